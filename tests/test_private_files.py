"""The embedded database holds personal data: it is made by the commands that are
meant to make it, in a folder and a file readable by their owner only, and the
other commands refuse to run without it instead of making an empty one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

NO_DATABASE = (
    "cims: no database at {}; run cims migrate or set CIMS_DATA_DIR/CIMS_DATABASE_URL\n"
)


def cims(cwd: Path, *argv: str, data_dir: str | None = None):
    env = {**os.environ, "CIMS_ENV": "development", "CIMS_LOG_LEVEL": "WARNING"}
    env.pop("CIMS_DATABASE_URL", None)
    env.pop("CIMS_DATA_DIR", None)
    if data_dir is not None:
        env["CIMS_DATA_DIR"] = data_dir
    return subprocess.run(
        [sys.executable, "-m", "cims", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_command_in_a_folder_without_a_database_refuses_and_makes_none(tmp_path):
    listed = cims(tmp_path, "staff", "list")
    audit = cims(tmp_path, "audit", "verify")
    erase = cims(tmp_path, "erase", "list", "--as", "nobody")

    expected = NO_DATABASE.format(tmp_path.resolve() / "var" / "cims.sqlite3")
    assert (listed.returncode, listed.stdout, listed.stderr) == (2, "", expected)
    assert (audit.returncode, audit.stderr) == (2, expected)
    assert (erase.returncode, erase.stderr) == (2, expected)
    assert not (tmp_path / "var").exists()


def test_migrate_makes_the_folder_and_the_database_for_their_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        made = cims(tmp_path, "migrate", data_dir=str(tmp_path / "data"))
    finally:
        os.umask(old)
    listed = cims(tmp_path, "staff", "list", data_dir=str(tmp_path / "data"))

    assert made.returncode == 0, made.stderr
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    database = tmp_path / "data" / "cims.sqlite3"
    assert database.stat().st_mode & 0o777 == 0o600
    for sidecar in (tmp_path / "data").glob("cims.sqlite3-*"):
        assert sidecar.stat().st_mode & 0o077 == 0, sidecar.name
    assert (listed.returncode, listed.stdout) == (0, "[]\n")


def test_a_database_made_readable_before_is_made_private_again(tmp_path):
    data = tmp_path / "data"
    assert cims(tmp_path, "migrate", data_dir=str(data)).returncode == 0
    (data / "cims.sqlite3").chmod(0o644)

    again = cims(tmp_path, "migrate", data_dir=str(data))

    assert again.returncode == 0
    assert (data / "cims.sqlite3").stat().st_mode & 0o777 == 0o600
