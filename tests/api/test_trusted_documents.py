"""Trusted documents: the registry, both request shapes, and clients held to them."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from argon2 import PasswordHasher, profiles

from cims import cli
from cims.api import documents
from cims.app import create_app
from cims.auth import accounts, clients, passwords, provider, resource
from cims.auth.held import held_clients
from cims.domain.actor import Actor
from cims.domain.errors import ValidationFailed

BASE = "http://127.0.0.1:8000"
APP_REDIRECT = f"{BASE}/mobile/callback"
PASSWORD = "correct horse battery staple"
BRANCHES = "query Branches {\n  branches {\n    code\n  }\n}\n"
BRANCHES_ID = documents.document_id(BRANCHES)
FREE_TEXT = {"query": "{ branches { code } }"}
EXPORT = (
    "mutation { exportCustomers(input: {purpose: MARKETING, format: CSV}) "
    "{ __typename } }"
)


@pytest.fixture
def manifest(tmp_path):
    path = tmp_path / "trusted.json"
    path.write_text(json.dumps({BRANCHES_ID: BRANCHES}), encoding="utf-8")
    return path


@pytest.fixture
async def http(session_settings, database, manifest):
    resource.configure(None)
    passwords.use_hasher(PasswordHasher.from_parameters(profiles.CHEAPEST))
    await provider.ensure_keys(session_settings)
    settings = replace(session_settings, trusted_documents=str(manifest))
    app = create_app(settings, connect=False)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as c:
        yield c
    resource.configure(None)
    passwords.use_hasher(PasswordHasher())


async def service_token(http: httpx.AsyncClient, *, held: bool = False) -> tuple:
    new = await clients.create_service_client(
        Actor.system(), name="tool", roles=["analyst"], trusted_documents_only=held
    )
    response = await http.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(new.client.client_id, new.secret),
    )
    assert response.status_code == 200, response.text
    return new.client.client_id, bearer(response.json()["access_token"])


def bearer(token: str) -> dict:
    return {"authorization": f"Bearer {token}"}


async def app_token(http: httpx.AsyncClient, client_id: str) -> dict:
    """A mobile app's sign-in: authorization code with PKCE, as a staff member."""
    await accounts.create_staff(
        Actor.system(), username="zhao.mgr", roles=["analyst"], password=PASSWORD
    )
    verifier = secrets.token_urlsafe(48)
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        .rstrip(b"=")
        .decode()
    )
    params = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": APP_REDIRECT,
        "scope": "openid profile",
        "state": "s",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    page = await http.get("/oauth/authorize", params=params)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    form = {"csrf": csrf, "step": "password", "username": "zhao.mgr"}
    signed_in = await http.post(
        "/oauth/authorize", params=params, data={**form, "password": PASSWORD}
    )
    code = parse_qs(urlsplit(signed_in.headers["location"]).query)["code"][0]
    tokens = await http.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": APP_REDIRECT,
            "client_id": client_id,
            "code_verifier": verifier,
        },
    )
    assert tokens.status_code == 200, tokens.text
    return bearer(tokens.json()["access_token"])


def refusal_code(response: httpx.Response) -> str:
    body = response.json()
    assert body["errors"][0]["extensions"]["requestId"]
    assert "data" not in body
    return body["errors"][0]["extensions"]["code"]


# The registry


def test_a_document_id_is_the_sha256_of_its_exact_text():
    digest = hashlib.sha256(BRANCHES.encode()).hexdigest()

    assert f"sha256:{digest}" == BRANCHES_ID
    assert documents.document_id(BRANCHES.strip()) != BRANCHES_ID


def test_a_manifest_loads_into_the_registry(manifest):
    assert documents.load(manifest) == {BRANCHES_ID: BRANCHES}
    assert documents.registry_in_force("") == {}


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "not JSON"),
        ('["query { x }"]', "not a JSON object"),
        (json.dumps({"sha256:abc": BRANCHES}), "is not a document ID"),
        (json.dumps({BRANCHES_ID: 42}), "not a string"),
        (json.dumps({BRANCHES_ID: BRANCHES + " "}), "the SHA-256 of the document"),
        (json.dumps({documents.document_id("{ x"): "{ x"}), "not a GraphQL document"),
    ],
)
def test_a_bad_manifest_stops_the_start_with_its_reason(
    tmp_path, session_settings, content, reason
):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(SystemExit) as stopped:
        create_app(
            replace(session_settings, trusted_documents=str(path)), connect=False
        )

    assert str(stopped.value).startswith(
        f"CIMS_TRUSTED_DOCUMENTS: {path} cannot be used"
    )
    assert reason in str(stopped.value)


def test_a_missing_manifest_stops_the_start(tmp_path):
    with pytest.raises(SystemExit, match="No such file"):
        documents.registry_in_force(str(tmp_path / "missing.json"))


def test_the_command_writes_a_manifest_of_graphql_files(tmp_path, capsys):
    folder = tmp_path / "app" / "operations"
    folder.mkdir(parents=True)
    (folder / "branches.graphql").write_text(BRANCHES, encoding="utf-8")
    me = "query Me {\n  me {\n    username\n  }\n}\n"
    (folder / "nested").mkdir()
    (folder / "nested" / "me.graphql").write_text(me, encoding="utf-8")
    (folder / "notes.txt").write_text("not a document", encoding="utf-8")
    output = tmp_path / "trusted.json"

    code = cli.main(["documents", "manifest", str(folder), "-o", str(output)])

    assert code == 0
    assert documents.load(output) == {
        BRANCHES_ID: BRANCHES,
        documents.document_id(me): me,
    }
    assert "2 trusted documents" in capsys.readouterr().out


def test_the_command_merges_with_the_documents_of_older_app_versions(
    tmp_path, manifest
):
    me = "query Me { me { username } }"
    (tmp_path / "me.graphql").write_text(me, encoding="utf-8")

    kept = cli.main(
        ["documents", "manifest", str(tmp_path), "-o", str(manifest), "--merge"]
    )
    merged = documents.load(manifest)
    replaced = cli.main(["documents", "manifest", str(tmp_path), "-o", str(manifest)])

    assert (kept, replaced) == (0, 0)
    assert merged == {BRANCHES_ID: BRANCHES, documents.document_id(me): me}
    assert documents.load(manifest) == {documents.document_id(me): me}


def test_the_command_refuses_a_document_the_schema_does_not_answer(tmp_path, capsys):
    (tmp_path / "typo.graphql").write_text("{ branchez { code } }", encoding="utf-8")
    output = tmp_path / "trusted.json"

    code = cli.main(["documents", "manifest", str(tmp_path), "-o", str(output)])

    assert code == 2
    assert "branchez" in capsys.readouterr().err
    assert not output.exists()


def test_the_command_refuses_a_folder_without_documents(tmp_path, capsys):
    code = cli.main(["documents", "manifest", str(tmp_path), "-o", str(tmp_path / "m")])

    assert code == 2
    assert "no .graphql file" in capsys.readouterr().err


# Both request shapes


async def test_a_document_id_runs_the_registered_text(http):
    _, headers = await service_token(http)
    body = {"documentId": BRANCHES_ID, "variables": {}}

    response = await http.post("/graphql", json=body, headers=headers)

    assert response.status_code == 200
    assert response.json() == {"data": {"branches": []}}


async def test_apollo_persisted_query_hash_runs_the_registered_text(http):
    _, headers = await service_token(http)
    digest = BRANCHES_ID.removeprefix("sha256:")
    body = {"extensions": {"persistedQuery": {"version": 1, "sha256Hash": digest}}}

    response = await http.post("/graphql", json=body, headers=headers)

    assert response.json() == {"data": {"branches": []}}


async def test_an_unknown_document_is_refused_with_a_code(http):
    _, headers = await service_token(http)
    unknown = documents.document_id("{ me { username } }")
    apollo = {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}

    by_id = await http.post("/graphql", json={"documentId": unknown}, headers=headers)
    by_hash = await http.post("/graphql", json={"extensions": apollo}, headers=headers)
    not_text = await http.post("/graphql", json={"documentId": 7}, headers=headers)

    for response in (by_id, by_hash, not_text):
        assert response.status_code == 400
        assert refusal_code(response) == "DOCUMENT_UNKNOWN"


async def test_a_query_beside_a_document_id_must_be_its_text(http):
    _, headers = await service_token(http)
    other = {"documentId": BRANCHES_ID, "query": EXPORT}
    same = {"documentId": BRANCHES_ID, "query": BRANCHES}

    refused = await http.post("/graphql", json=other, headers=headers)
    answered = await http.post("/graphql", json=same, headers=headers)

    assert refused.status_code == 400
    assert refusal_code(refused) == "DOCUMENT_MISMATCH"
    assert answered.json() == {"data": {"branches": []}}


async def test_unregistered_text_with_its_own_hash_is_free_text(http, manifest):
    """How Apollo's persisted-query link retries: the text beside its hash."""
    _, headers = await service_token(http)
    _, held_headers = await service_token(http, held=True)
    text = FREE_TEXT["query"]
    digest = documents.document_id(text).removeprefix("sha256:")
    apollo = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    body = {"query": text, "extensions": apollo}

    answered = await http.post("/graphql", json=body, headers=headers)
    refused = await http.post("/graphql", json=body, headers=held_headers)
    registered = documents.load(manifest)

    assert answered.json() == {"data": {"branches": []}}
    assert refusal_code(refused) == "TRUSTED_DOCUMENTS_ONLY"
    assert documents.document_id(text) not in registered


async def test_a_signed_out_caller_naming_a_document_is_still_refused(http):
    response = await http.post("/graphql", json={"documentId": BRANCHES_ID})

    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


# Clients held to trusted documents


async def test_a_normal_client_still_sends_free_text(http):
    _, headers = await service_token(http)

    response = await http.post("/graphql", json=FREE_TEXT, headers=headers)

    assert response.json() == {"data": {"branches": []}}


async def test_a_held_client_runs_documents_and_no_free_text(http):
    _, headers = await service_token(http, held=True)

    free = await http.post("/graphql", json=FREE_TEXT, headers=headers)
    no_query = await http.post("/graphql", json={}, headers=headers)
    document = await http.post(
        "/graphql", json={"documentId": BRANCHES_ID}, headers=headers
    )

    for response in (free, no_query):
        assert response.status_code == 403
        assert refusal_code(response) == "TRUSTED_DOCUMENTS_ONLY"
    assert document.json() == {"data": {"branches": []}}


async def test_a_held_mobile_app_cannot_export_customers(http):
    app = await clients.create_public_client(
        Actor.system(),
        name="mobile banking",
        redirect_uris=[APP_REDIRECT],
        trusted_documents_only=True,
    )
    headers = await app_token(http, app.client.client_id)
    export = {"query": EXPORT}

    refused = await http.post("/graphql", json=export, headers=headers)
    multipart = await http.post(
        "/graphql",
        data={"operations": json.dumps(export), "map": "{}"},
        files={"unused": ("x.txt", b"x")},
        headers=headers,
    )
    document = await http.post(
        "/graphql", json={"documentId": BRANCHES_ID}, headers=headers
    )

    for response in (refused, multipart):
        assert response.status_code == 403
        assert refusal_code(response) == "TRUSTED_DOCUMENTS_ONLY"
    assert document.json() == {"data": {"branches": []}}


async def test_an_unheld_mobile_app_is_not_refused(http):
    app = await clients.create_public_client(
        Actor.system(), name="pilot app", redirect_uris=[APP_REDIRECT]
    )
    headers = await app_token(http, app.client.client_id)

    response = await http.post("/graphql", json=FREE_TEXT, headers=headers)

    assert response.json() == {"data": {"branches": []}}


async def test_holding_an_existing_client_applies_to_its_tokens_at_once(http):
    client_id, headers = await service_token(http)
    spa_id = "cims-spa"

    await clients.hold_to_trusted_documents(
        Actor.system(), client_id, True, spa_client_id=spa_id
    )
    held = await http.post("/graphql", json=FREE_TEXT, headers=headers)
    await clients.hold_to_trusted_documents(
        Actor.system(), client_id, False, spa_client_id=spa_id
    )
    freed = await http.post("/graphql", json=FREE_TEXT, headers=headers)

    assert refusal_code(held) == "TRUSTED_DOCUMENTS_ONLY"
    assert freed.json() == {"data": {"branches": []}}


async def test_the_web_app_client_cannot_be_held(database):
    with pytest.raises(ValidationFailed):
        await clients.hold_to_trusted_documents(
            Actor.system(), "cims-spa", True, spa_client_id="cims-spa"
        )


async def test_the_hold_is_read_from_memory_not_the_database(http, monkeypatch):
    _, headers = await service_token(http, held=True)

    class NoQueries:
        @staticmethod
        def filter(**_):
            raise AssertionError("a query on the request path")

    monkeypatch.setattr("cims.auth.held.OAuthClient", NoQueries)
    response = await http.post("/graphql", json=FREE_TEXT, headers=headers)

    assert refusal_code(response) == "TRUSTED_DOCUMENTS_ONLY"


async def test_a_change_made_elsewhere_is_picked_up_by_the_refresh(http):
    client_id, headers = await service_token(http)
    # As another process would: the row changes, this process's set does not.
    from cims.models import OAuthClient

    await OAuthClient.filter(client_id=client_id).update(trusted_documents_only=True)
    before = await http.post("/graphql", json=FREE_TEXT, headers=headers)
    async with held_clients.kept_fresh(interval=3600):
        after = await http.post("/graphql", json=FREE_TEXT, headers=headers)

    assert before.json() == {"data": {"branches": []}}
    assert refusal_code(after) == "TRUSTED_DOCUMENTS_ONLY"
