"""The embedded provider through its HTTP routes: discovery, the authorization-code
flow with PKCE, refresh-token rotation, client credentials, userinfo, sign-out."""

from __future__ import annotations

import asyncio
import base64
import logging
import re
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
from authlib.oidc.discovery import OpenIDProviderMetadata
from joserfc import jwt
from joserfc.jwk import KeySet
from starlette.applications import Starlette

from cims.auth import accounts, clients, totp
from cims.auth.provider import ensure_keys, routes
from cims.domain.actor import Actor
from cims.models import AuthorizationCode, RefreshToken, StaffMember


async def test_discovery_document_is_valid_openid_metadata(auth_settings, tmp_path):
    base = "http://127.0.0.1:8000"
    rs256 = replace(auth_settings, signing_alg="RS256", data_dir=tmp_path / "rs256")
    await ensure_keys(rs256)
    app = Starlette(routes=routes(rs256))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=base) as http:
        response = await http.get("/.well-known/openid-configuration")

    document = response.json()
    OpenIDProviderMetadata(document).validate()
    assert document["issuer"] == base
    assert document["id_token_signing_alg_values_supported"] == ["RS256"]
    assert document["code_challenge_methods_supported"] == ["S256"]
    assert document["token_endpoint"] == f"{base}/oauth/token"
    assert document["end_session_endpoint"] == f"{base}/oauth/end-session"


async def test_jwks_publishes_public_keys_only(client):
    response = await client.get("/oauth/jwks")

    keys = response.json()["keys"]
    assert len(keys) == 1
    assert keys[0]["alg"] == "ES256"
    assert "d" not in keys[0]


async def test_code_flow_with_pkce_issues_tokens_the_api_accepts(
    client, flow, make_staff, branch
):
    await make_staff("li.teller", ["teller"], branch_code="BJ001")
    verifier, challenge = flow.pkce_pair()

    params, response = await flow.sign_in("li.teller", flow.PASSWORD, challenge)
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith(flow.REDIRECT + "?")
    assert flow.query_of(location)["state"] == "state-123"
    tokens = (await flow.exchange(flow.query_of(location)["code"], verifier)).json()
    whoami = await client.get(
        "/api/whoami", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )

    assert tokens["token_type"] == "Bearer"
    assert tokens["expires_in"] == 300
    assert {"access_token", "refresh_token", "id_token"} <= tokens.keys()
    body = whoami.json()
    assert body["roles"] == ["teller"]
    assert "customer.pii.read" in body["permissions"]
    assert "risk.decide" not in body["permissions"]
    assert body["branch_id"] == branch.id


async def test_access_token_is_an_rfc9068_jwt_for_the_api(client, flow, make_staff):
    staff = await make_staff("wang.analyst", ["analyst"])

    tokens = await flow.tokens_for("wang.analyst")
    keys = KeySet.import_key_set((await client.get("/oauth/jwks")).json())
    access = jwt.decode(tokens["access_token"], keys, algorithms=["ES256"])

    assert access.header["typ"] == "at+jwt"
    assert access.claims["aud"] == "cims-api"
    assert access.claims["iss"] == flow.BASE
    assert access.claims["sub"] == staff.subject
    assert access.claims["client_id"] == "cims-spa"
    assert access.claims["roles"] == ["analyst"]
    assert access.claims["amr"] == ["pwd"]


async def test_id_token_names_the_client_and_echoes_the_nonce(client, flow, make_staff):
    staff = await make_staff("zhao.auditor", ["compliance_auditor"])
    verifier, challenge = flow.pkce_pair()

    params, response = await flow.sign_in("zhao.auditor", flow.PASSWORD, challenge)
    code = flow.query_of(response.headers["location"])["code"]
    tokens = (await flow.exchange(code, verifier)).json()
    keys = KeySet.import_key_set((await client.get("/oauth/jwks")).json())
    id_token = jwt.decode(tokens["id_token"], keys, algorithms=["ES256"])

    assert id_token.claims["aud"] == "cims-spa"
    assert id_token.claims["nonce"] == params["nonce"]
    assert id_token.claims["sub"] == staff.subject
    assert id_token.claims["preferred_username"] == "zhao.auditor"
    assert id_token.claims["roles"] == ["compliance_auditor"]


async def test_signed_in_browser_gets_a_code_without_the_form(client, flow, make_staff):
    await make_staff("sun.risk", ["risk_officer"])
    await flow.tokens_for("sun.risk")
    _, challenge = flow.pkce_pair()

    response = await flow.open_sign_in(flow.authorize_params(challenge))

    assert response.status_code == 302
    assert "code" in flow.query_of(response.headers["location"])


async def test_prompt_login_shows_the_form_to_a_signed_in_browser(
    client, flow, make_staff
):
    await make_staff("sun.risk", ["risk_officer"])
    await flow.tokens_for("sun.risk")
    _, challenge = flow.pkce_pair()

    response = await flow.open_sign_in(flow.authorize_params(challenge, prompt="login"))

    assert response.status_code == 200
    assert 'name="password"' in response.text


async def test_prompt_none_without_a_session_answers_login_required(client, flow):
    _, challenge = flow.pkce_pair()

    response = await flow.open_sign_in(flow.authorize_params(challenge, prompt="none"))

    assert response.status_code == 302
    assert flow.query_of(response.headers["location"])["error"] == "login_required"


async def test_plain_pkce_is_refused_and_no_code_issued(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    verifier, _ = flow.pkce_pair()
    params = flow.authorize_params(verifier, code_challenge_method="plain")

    response = await flow.open_sign_in(params)

    assert response.status_code == 302
    result = flow.query_of(response.headers["location"])
    assert result["error"] == "invalid_request"
    assert "code" not in result
    assert await AuthorizationCode.all().count() == 0


async def test_authorization_without_pkce_is_refused(client, flow):
    params = flow.authorize_params(
        "unused", code_challenge=None, code_challenge_method=None
    )

    response = await flow.open_sign_in(params)

    assert response.status_code == 302
    assert flow.query_of(response.headers["location"])["error"] == "invalid_request"


async def test_wrong_code_verifier_is_refused(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()
    other_verifier, _ = flow.pkce_pair()

    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)
    code = flow.query_of(response.headers["location"])["code"]
    result = await flow.exchange(code, other_verifier)

    assert result.status_code == 400
    assert result.json()["error"] == "invalid_grant"
    assert await RefreshToken.all().count() == 0


async def test_token_request_without_verifier_is_refused(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()

    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)
    result = await flow.exchange(
        flow.query_of(response.headers["location"])["code"], None
    )

    assert result.status_code == 400
    assert result.json()["error"] == "invalid_request"


async def test_unregistered_redirect_uri_gets_an_error_page_not_a_redirect(
    client, flow
):
    _, challenge = flow.pkce_pair()
    params = flow.authorize_params(challenge, redirect_uri="https://evil.example/cb")

    response = await flow.open_sign_in(params)

    assert response.status_code == 400
    assert "location" not in response.headers


async def test_any_loopback_port_is_accepted_for_the_spa_in_development(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    flow.redirect_uri = "http://localhost:5173/auth/callback"
    _, challenge = flow.pkce_pair()

    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)

    assert response.headers["location"].startswith(
        "http://localhost:5173/auth/callback?"
    )


async def test_authorization_code_is_single_use_and_reuse_revokes_its_tokens(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    verifier, challenge = flow.pkce_pair()
    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)
    code = flow.query_of(response.headers["location"])["code"]
    first = (await flow.exchange(code, verifier)).json()

    second = await flow.exchange(code, verifier)
    refreshed = await flow.refresh(first["refresh_token"])

    assert second.status_code == 400
    assert second.json()["error"] == "invalid_grant"
    assert refreshed.json()["error"] == "invalid_grant"
    assert await RefreshToken.filter(revoked_at__isnull=True).count() == 0


async def test_cancel_on_the_sign_in_page_returns_access_denied(client, flow):
    _, challenge = flow.pkce_pair()
    params = flow.authorize_params(challenge)
    page = await flow.open_sign_in(params)

    response = await flow.post_step(page, params, step="password", cancel="1")

    assert flow.query_of(response.headers["location"])["error"] == "access_denied"


async def test_sign_in_post_without_the_csrf_cookie_is_refused(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()
    params = flow.authorize_params(challenge)
    page = await flow.open_sign_in(params)
    client.cookies.clear()

    response = await flow.post_step(
        page, params, step="password", username="li.analyst", password=flow.PASSWORD
    )

    assert response.status_code == 401
    assert "location" not in response.headers
    assert await AuthorizationCode.all().count() == 0


async def test_sign_in_page_speaks_chinese_by_default_and_english_on_request(
    client, flow
):
    _, challenge = flow.pkce_pair()
    params = flow.authorize_params(challenge)

    chinese = await flow.open_sign_in(params)
    english = await flow.open_sign_in({**params, "ui_locales": "en-US"})

    assert '<html lang="zh-CN">' in chinese.text
    assert "用户名" in chinese.text
    assert '<html lang="en">' in english.text
    assert "Username" in english.text
    assert "frame-ancestors 'none'" in chinese.headers["content-security-policy"]


async def test_refresh_rotates_the_refresh_token(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    first = await flow.tokens_for("li.analyst")

    second = (await flow.refresh(first["refresh_token"])).json()
    third = (await flow.refresh(second["refresh_token"])).json()

    assert second["refresh_token"] != first["refresh_token"]
    assert third["refresh_token"] != second["refresh_token"]
    assert third["access_token"]
    assert (
        await RefreshToken.filter(revoked_at__isnull=True, used_at__isnull=True).count()
        == 1
    )


async def test_reused_refresh_token_revokes_the_whole_family(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    first = await flow.tokens_for("li.analyst")
    second = (await flow.refresh(first["refresh_token"])).json()

    replay = await flow.refresh(first["refresh_token"])
    after = await flow.refresh(second["refresh_token"])

    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    assert after.json()["error"] == "invalid_grant"
    assert await RefreshToken.filter(revoked_at__isnull=True).count() == 0


async def test_reuse_revokes_only_its_own_family(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    mine = await flow.tokens_for("li.analyst")
    client.cookies.clear()
    other = await flow.tokens_for("li.analyst")
    await flow.refresh(mine["refresh_token"])

    await flow.refresh(mine["refresh_token"])
    still = await flow.refresh(other["refresh_token"])

    assert still.status_code == 200


async def test_deactivated_staff_cannot_refresh(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    tokens = await flow.tokens_for("li.analyst")
    await accounts.set_active(Actor.system(), "li.analyst", False)

    response = await flow.refresh(tokens["refresh_token"])

    assert response.status_code == 400
    assert response.json()["error"] == "invalid_grant"


async def test_client_credentials_token_carries_the_service_roles(client, branch):
    new = await clients.create_service_client(
        Actor.system(), name="nightly report", roles=["analyst"]
    )

    response = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(new.client.client_id, new.secret),
    )
    token = response.json()["access_token"]
    whoami = await client.get(
        "/api/whoami", headers={"Authorization": f"Bearer {token}"}
    )

    assert response.status_code == 200
    assert "refresh_token" not in response.json()
    assert whoami.json()["subject"] == new.client.client_id
    assert whoami.json()["roles"] == ["analyst"]
    assert "segment.manage" in whoami.json()["permissions"]


async def test_client_credentials_with_a_wrong_secret_are_refused(client):
    new = await clients.create_service_client(
        Actor.system(), name="nightly report", roles=["analyst"]
    )

    response = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(new.client.client_id, "not-the-secret"),
    )

    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"


async def test_public_client_cannot_use_client_credentials(client):
    response = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "client_id": "cims-spa"},
    )

    assert response.status_code in {400, 401}
    assert response.json()["error"] in {"invalid_client", "unauthorized_client"}


async def test_revoked_client_gets_no_token(client):
    new = await clients.create_service_client(
        Actor.system(), name="nightly report", roles=["analyst"]
    )
    await clients.revoke_client(Actor.system(), new.client.client_id)

    response = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(new.client.client_id, new.secret),
    )

    assert response.json()["error"] == "invalid_client"


async def test_userinfo_describes_the_signed_in_staff_member(client, flow, make_staff):
    staff = await make_staff("zhou.agent", ["service_agent"])
    tokens = await flow.tokens_for("zhou.agent")

    response = await client.get(
        "/oauth/userinfo", headers={"Authorization": f"Bearer {tokens['access_token']}"}
    )

    assert response.json() == {
        "sub": staff.subject,
        "name": "zhou.agent",
        "preferred_username": "zhou.agent",
        "roles": ["service_agent"],
    }


async def test_userinfo_refuses_an_id_token(client, flow, make_staff):
    await make_staff("zhou.agent", ["service_agent"])
    tokens = await flow.tokens_for("zhou.agent")

    response = await client.get(
        "/oauth/userinfo", headers={"Authorization": f"Bearer {tokens['id_token']}"}
    )

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer error="invalid_token"'


async def test_revocation_ends_the_refresh_family(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    tokens = await flow.tokens_for("li.analyst")

    response = await client.post(
        "/oauth/revoke",
        data={
            "token": tokens["refresh_token"],
            "token_type_hint": "refresh_token",
            "client_id": "cims-spa",
        },
    )
    refreshed = await flow.refresh(tokens["refresh_token"])

    assert response.status_code == 200
    assert refreshed.json()["error"] == "invalid_grant"


async def test_end_session_with_id_token_hint_signs_out_and_redirects(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    tokens = await flow.tokens_for("li.analyst")

    response = await client.get(
        "/oauth/end-session",
        params={
            "id_token_hint": tokens["id_token"],
            "post_logout_redirect_uri": f"{flow.BASE}/",
            "state": "bye",
        },
    )
    _, challenge = flow.pkce_pair()
    again = await flow.open_sign_in(flow.authorize_params(challenge))
    refreshed = await flow.refresh(tokens["refresh_token"])

    assert response.status_code == 302
    assert response.headers["location"] == f"{flow.BASE}/?state=bye"
    assert again.status_code == 200
    assert 'name="password"' in again.text
    assert refreshed.json()["error"] == "invalid_grant"


async def test_end_session_without_hint_asks_before_signing_out(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    await flow.tokens_for("li.analyst")

    page = await client.get("/oauth/end-session")
    still = await flow.open_sign_in(flow.authorize_params(flow.pkce_pair()[1]))
    done = await client.post(
        "/oauth/end-session", data={"csrf": flow.csrf_of(page.text), "step": "logout"}
    )
    after = await flow.open_sign_in(flow.authorize_params(flow.pkce_pair()[1]))

    assert page.status_code == 200
    assert still.status_code == 302
    assert done.status_code == 200
    assert after.status_code == 200


async def test_wrong_password_three_times_locks_the_account(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()
    for _ in range(3):
        _, failed = await flow.sign_in("li.analyst", "wrong password!", challenge)
        assert failed.status_code == 401

    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)
    staff = await StaffMember.get(username="li.analyst")

    assert response.status_code == 401
    assert "location" not in response.headers
    assert staff.locked_until is not None
    assert await AuthorizationCode.all().count() == 0


async def test_unknown_user_and_wrong_password_look_the_same(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()

    _, unknown = await flow.sign_in("nobody.here", "wrong password!", challenge)
    _, wrong = await flow.sign_in("li.analyst", "wrong password!", challenge)

    assert unknown.status_code == wrong.status_code == 401
    assert _form_error(unknown.text) == _form_error(wrong.text)


async def test_wrong_password_keeps_the_username_not_the_password(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()

    _, failed = await flow.sign_in("li.analyst", "wrong password!", challenge)
    _, odd = await flow.sign_in('a"><b>x', "wrong password!", challenge)

    assert failed.status_code == 401
    assert re.search(r'<input[^>]*id="username"[^>]*value="li\.analyst"', failed.text)
    assert "wrong password!" not in failed.text
    # The cursor goes to the password, the one field left to type again.
    assert re.search(r'<input[^>]*id="password"[^>]*autofocus', failed.text)
    assert 'value="a&quot;&gt;&lt;b&gt;x"' in odd.text
    assert "<b>x" not in odd.text


async def test_sign_in_card_fills_a_phone_screen(client, flow):
    page = await flow.open_sign_in(flow.authorize_params(flow.pkce_pair()[1]))

    phone = re.search(r"@media \(max-width:420px\)\{main\{([^}]*)\}", page.text)
    assert phone is not None
    assert "max-width:none" in phone.group(1)
    assert re.search(r'<input[^>]*id="username"[^>]*autofocus', page.text)
    assert not re.search(r'<input[^>]*id="username"[^>]*value=', page.text)


async def test_unlock_lets_a_locked_account_sign_in_again(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()
    for _ in range(3):
        await flow.sign_in("li.analyst", "wrong password!", challenge)

    await accounts.unlock(Actor.system(), "li.analyst")
    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)

    assert response.status_code == 302


async def test_an_expired_lock_no_longer_holds(client, flow, make_staff):
    staff = await make_staff("li.analyst", ["analyst"])
    past = datetime.now(UTC) - timedelta(seconds=1)
    await StaffMember.filter(id=staff.id).update(locked_until=past)
    _, challenge = flow.pkce_pair()

    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)

    assert response.status_code == 302


async def test_a_success_resets_the_failure_count(client, flow, make_staff):
    await make_staff("li.analyst", ["analyst"])
    _, challenge = flow.pkce_pair()
    for _ in range(2):
        await flow.sign_in("li.analyst", "wrong password!", challenge)
    await flow.sign_in("li.analyst", flow.PASSWORD, challenge)
    client.cookies.clear()
    for _ in range(2):
        await flow.sign_in("li.analyst", "wrong password!", challenge)

    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, challenge)

    assert response.status_code == 302


async def _enroll(flow, username: str) -> tuple[bytes, dict]:
    """Sign in with a password, enrol an authenticator, return its secret."""
    verifier, challenge = flow.pkce_pair()
    params, page = await flow.sign_in(username, flow.PASSWORD, challenge)
    shown = re.search(r"<code>([A-Z2-7 ]+)</code>", page.text).group(1)
    text = shown.replace(" ", "")
    secret = base64.b32decode(text + "=" * (-len(text) % 8))
    code = totp.code_at(secret, time.time())
    response = await flow.post_step(page, params, step="enroll", code=code)
    location = response.headers["location"]
    tokens = (await flow.exchange(flow.query_of(location)["code"], verifier)).json()
    return secret, tokens


async def test_a_role_that_requires_totp_enrols_at_first_sign_in(
    client, flow, make_staff, validator
):
    await make_staff("sun.risk", ["risk_officer"])
    await accounts.require_totp(Actor.system(), "risk_officer")

    secret, tokens = await _enroll(flow, "sun.risk")
    claims = await validator.validate(tokens["access_token"])
    staff = await StaffMember.get(username="sun.risk")

    assert claims.raw["amr"] == ["pwd", "otp"]
    assert staff.totp_secret is not None
    assert base64.b32encode(secret).decode() not in staff.totp_secret


async def test_enrolled_staff_give_a_code_and_a_code_is_not_accepted_twice(
    client, flow, make_staff
):
    await make_staff("sun.risk", ["risk_officer"])
    await accounts.require_totp(Actor.system(), "risk_officer")
    secret, _ = await _enroll(flow, "sun.risk")
    next_code = totp.code_at(secret, time.time() + totp.STEP)

    client.cookies.clear()
    params, page = await flow.sign_in("sun.risk", flow.PASSWORD, flow.pkce_pair()[1])
    accepted = await flow.post_step(page, params, step="totp", code=next_code)
    client.cookies.clear()
    params, page = await flow.sign_in("sun.risk", flow.PASSWORD, flow.pkce_pair()[1])
    replayed = await flow.post_step(page, params, step="totp", code=next_code)

    assert 'name="code"' in page.text
    assert accepted.status_code == 302
    assert "code" in flow.query_of(accepted.headers["location"])
    assert replayed.status_code == 401
    assert "location" not in replayed.headers


async def test_wrong_totp_codes_count_towards_the_lock_out(client, flow, make_staff):
    await make_staff("sun.risk", ["risk_officer"])
    await accounts.require_totp(Actor.system(), "risk_officer")
    secret, _ = await _enroll(flow, "sun.risk")
    client.cookies.clear()
    params, page = await flow.sign_in("sun.risk", flow.PASSWORD, flow.pkce_pair()[1])
    for _ in range(3):
        page = await flow.post_step(page, params, step="totp", code="000000")

    good = totp.code_at(secret, time.time() + totp.STEP)
    response = await flow.post_step(page, params, step="totp", code=good)
    staff = await StaffMember.get(username="sun.risk")

    assert response.status_code == 401
    assert staff.locked_until is not None


async def test_the_totp_step_cannot_be_skipped(client, flow, make_staff):
    await make_staff("sun.risk", ["risk_officer"])
    await accounts.require_totp(Actor.system(), "risk_officer")
    _, challenge = flow.pkce_pair()
    await flow.sign_in("sun.risk", flow.PASSWORD, challenge)

    again = await flow.open_sign_in(flow.authorize_params(challenge))

    assert again.status_code == 200
    assert 'name="code"' in again.text
    assert await AuthorizationCode.all().count() == 0


async def test_roles_without_the_rule_sign_in_with_a_password_only(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    await accounts.require_totp(Actor.system(), "risk_officer")

    _, response = await flow.sign_in("li.analyst", flow.PASSWORD, flow.pkce_pair()[1])

    assert response.status_code == 302


def _form_error(html: str) -> str:
    return re.search(r'<p class="error" role="alert">(.*?)</p>', html).group(1)


async def test_two_refreshes_racing_with_one_token_get_one_answer(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    tokens = await flow.tokens_for("li.analyst")

    racing = await asyncio.gather(
        flow.refresh(tokens["refresh_token"]), flow.refresh(tokens["refresh_token"])
    )

    statuses = [r.status_code for r in racing]
    assert statuses.count(200) <= 1
    assert 400 in statuses
    assert await RefreshToken.filter(revoked_at__isnull=True).count() == 0


async def test_a_password_reset_ends_every_session_of_the_staff_member(
    client, flow, make_staff
):
    await make_staff("li.analyst", ["analyst"])
    tokens = await flow.tokens_for("li.analyst")

    await accounts.reset_password(Actor.system(), "li.analyst")
    refreshed = await flow.refresh(tokens["refresh_token"])
    again = await flow.open_sign_in(flow.authorize_params(flow.pkce_pair()[1]))

    assert refreshed.json()["error"] == "invalid_grant"
    assert again.status_code == 200


async def test_tokens_never_reach_the_logs(client, flow, make_staff, caplog):
    await make_staff("li.analyst", ["analyst"])

    with caplog.at_level(logging.DEBUG):
        tokens = await flow.tokens_for("li.analyst")
        await flow.refresh(tokens["refresh_token"])

    for secret in (tokens["access_token"], tokens["refresh_token"], flow.PASSWORD):
        assert secret not in caplog.text


async def test_a_development_spa_origin_may_read_discovery_and_tokens(client):
    origin = {"Origin": "http://localhost:5173"}

    discovery = await client.get("/.well-known/openid-configuration", headers=origin)
    preflight = await client.options("/oauth/userinfo", headers=origin)
    foreign = await client.get(
        "/.well-known/openid-configuration", headers={"Origin": "https://evil.example"}
    )

    assert discovery.headers["access-control-allow-origin"] == "http://localhost:5173"
    assert "Authorization" in preflight.headers["access-control-allow-headers"]
    assert "access-control-allow-origin" not in foreign.headers


async def test_client_refusals_do_not_tell_which_client_ids_exist(client):
    """A wrong secret, a revoked client and an unknown client ID, by HTTP Basic
    or in the form, are refused with one answer: nothing to probe IDs with."""
    kept = await clients.create_service_client(
        Actor.system(), name="nightly report", roles=["analyst"]
    )
    gone = await clients.create_service_client(
        Actor.system(), name="old report", roles=["analyst"]
    )
    await clients.revoke_client(Actor.system(), gone.client.client_id)
    attempts = [
        (kept.client.client_id, "not-the-secret"),
        (gone.client.client_id, gone.secret),
        ("no-such-client", "whatever"),
    ]

    answers = []
    for client_id, secret in attempts:
        basic = await client.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, secret),
        )
        form = await client.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": client_id,
                "client_secret": secret,
            },
        )
        for response in (basic, form):
            answers.append(
                (
                    response.status_code,
                    response.json(),
                    response.headers.get("www-authenticate"),
                )
            )

    assert len(set(map(repr, answers))) == 1, answers
    status, body, _ = answers[0]
    assert status == 401
    assert body == {
        "error": "invalid_client",
        "error_description": "Client authentication failed",
    }
    # The right secret still works.
    good = await client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(kept.client.client_id, kept.secret),
    )
    assert good.status_code == 200
