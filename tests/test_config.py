"""Settings read from the environment: the public origin of links to customers, and
the processes that check an import."""

from __future__ import annotations

import os

from cims.config import Settings


def test_public_url_comes_from_the_environment_without_a_trailing_slash(
    monkeypatch,
):
    monkeypatch.setenv("CIMS_PUBLIC_URL", "https://cims.bank.example/")

    settings = Settings()

    assert settings.public_url == "https://cims.bank.example"
    assert settings.public_origin("http://10.0.0.5:8000/") == settings.public_url


def test_without_a_public_url_links_follow_the_request(monkeypatch):
    monkeypatch.delenv("CIMS_PUBLIC_URL", raising=False)

    settings = Settings(host="0.0.0.0", port=8123)

    assert settings.public_origin("https://branch.example/") == "https://branch.example"
    assert settings.public_origin() == "http://127.0.0.1:8123"


def test_an_ipv6_listen_address_is_bracketed():
    settings = Settings(host="::1", port=9000, public_url="")

    assert settings.listen_origin == "http://[::1]:9000"


def test_import_workers_default_to_the_cpus_this_process_may_use(monkeypatch):
    monkeypatch.delenv("CIMS_IMPORT_WORKERS", raising=False)
    assert Settings().import_workers == len(os.sched_getaffinity(0))

    monkeypatch.setenv("CIMS_IMPORT_WORKERS", "0")
    assert Settings().import_workers == 0


def test_the_clear_export_row_limit_is_a_setting(monkeypatch):
    monkeypatch.delenv("CIMS_EXPORT_CLEAR_MAX_ROWS", raising=False)
    assert Settings().export_clear_max_rows == 1000

    monkeypatch.setenv("CIMS_EXPORT_CLEAR_MAX_ROWS", "250")
    assert Settings().export_clear_max_rows == 250
