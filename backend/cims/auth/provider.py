"""The embedded OpenID provider's HTTP endpoints, as Starlette routes.

    /.well-known/openid-configuration   discovery
    /oauth/jwks                         public signing keys
    /oauth/authorize                    authorization endpoint and sign-in pages
    /oauth/token                        code, refresh and client-credentials grants
    /oauth/userinfo                     claims about the signed-in staff member
    /oauth/revoke                       refresh-token revocation (RFC 7009)
    /oauth/end-session                  sign-out (RP-initiated logout)

The sign-in itself (password, lock-out, second factor) happens here; everything
OAuth (validating the request, issuing codes and tokens) is Authlib's, in
:mod:`cims.auth.server`.
"""

from __future__ import annotations

import logging
import secrets
from urllib.parse import urlsplit

import anyio
from authlib.oauth2 import OAuth2Error
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from cims.auth import accounts, pages, secrets_box, sessions, tokens, totp
from cims.auth.clients import ensure_spa_client
from cims.auth.keys import store_for
from cims.auth.resource import InvalidToken, TokenValidator, embedded_issuer
from cims.auth.server import SCOPES, OAuthRequest, Principal, Server, user_info
from cims.auth.settings import AuthSettings, is_loopback_http, resolve
from cims.config import Settings
from cims.models import ProviderSession, StaffMember

log = logging.getLogger(__name__)

CSRF_COOKIE = "cims_op_csrf"
MAX_FORM_BYTES = 16 * 1024


def routes(settings: Settings | AuthSettings) -> list[BaseRoute]:
    """Every endpoint of the embedded provider, ready to mount at the root."""
    provider = Provider(resolve(settings))
    return [
        Route(
            "/.well-known/openid-configuration",
            provider.discovery,
            methods=["GET", "OPTIONS"],
        ),
        Route("/oauth/jwks", provider.jwks, methods=["GET", "OPTIONS"]),
        Route("/oauth/authorize", provider.authorize, methods=["GET", "POST"]),
        Route("/oauth/token", provider.token, methods=["POST", "OPTIONS"]),
        Route("/oauth/userinfo", provider.userinfo, methods=["GET", "POST", "OPTIONS"]),
        Route("/oauth/revoke", provider.revoke, methods=["POST", "OPTIONS"]),
        Route("/oauth/end-session", provider.end_session, methods=["GET", "POST"]),
    ]


async def ensure_keys(settings: Settings | AuthSettings) -> None:
    """Start-up work of the embedded provider; call once the database is connected.

    Creates the signing key on first start, registers the SPA's client and drops
    expired sessions, codes and refresh tokens.
    """
    auth = resolve(settings)
    if not auth.embedded:
        return
    store = store_for(auth.key_dir, auth.signing_alg)
    await anyio.to_thread.run_sync(store.ensure)
    await ensure_spa_client(auth)
    await sessions.purge_expired()
    await tokens.purge_expired()


def spa_config(settings: Settings | AuthSettings) -> dict:
    """What the SPA needs to sign in (served by the API to the front end)."""
    auth = resolve(settings)
    authority = auth.issuer if auth.embedded else auth.external_issuer
    return {
        "authority": authority,
        "clientId": auth.spa_client_id,
        "scope": "openid profile",
    }


def discovery_document(settings: AuthSettings, alg: str) -> dict:
    base = settings.issuer
    return {
        "issuer": base,
        "authorization_endpoint": f"{base}/oauth/authorize",
        "token_endpoint": f"{base}/oauth/token",
        "userinfo_endpoint": f"{base}/oauth/userinfo",
        "jwks_uri": f"{base}/oauth/jwks",
        "revocation_endpoint": f"{base}/oauth/revoke",
        "end_session_endpoint": f"{base}/oauth/end-session",
        "scopes_supported": SCOPES,
        "response_types_supported": ["code"],
        "response_modes_supported": ["query"],
        "grant_types_supported": [
            "authorization_code",
            "refresh_token",
            "client_credentials",
        ],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": [alg],
        "token_endpoint_auth_methods_supported": [
            "none",
            "client_secret_basic",
            "client_secret_post",
        ],
        "revocation_endpoint_auth_methods_supported": [
            "none",
            "client_secret_basic",
            "client_secret_post",
        ],
        "code_challenge_methods_supported": ["S256"],
        "claims_supported": ["sub", "name", "preferred_username", "roles", "branch"],
        "ui_locales_supported": list(pages.LANGUAGES),
        "prompt_values_supported": ["none", "login"],
    }


class Provider:
    def __init__(self, settings: AuthSettings) -> None:
        self.settings = settings
        self.store = store_for(settings.key_dir, settings.signing_alg)
        self.server = Server(settings, self.store)
        self.validator = TokenValidator(
            [embedded_issuer(settings)],
            algorithms=settings.algorithms,
            leeway=settings.leeway,
        )

    # -- discovery and keys -------------------------------------------------------

    async def discovery(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self._preflight(request)
        document = discovery_document(self.settings, self.store.signing_alg())
        headers = {"Cache-Control": "public, max-age=300"}
        return self._cors(request, JSONResponse(document, headers=headers))

    async def jwks(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self._preflight(request)
        response = JSONResponse(
            self.store.public_jwks(), headers={"Cache-Control": "public, max-age=300"}
        )
        return self._cors(request, response)

    # -- authorization endpoint ---------------------------------------------------

    async def authorize(self, request: Request) -> Response:
        lang = pages.language(request)
        key = request.cookies.get(sessions.COOKIE)
        session = await sessions.find(key)
        principal = await self._principal(session) if _complete(session) else None
        oauth_request = self._oauth_request(request, request.query_params.multi_items())
        try:
            grant = await self.server.call(
                self.server.get_consent_grant, oauth_request, end_user=principal
            )
        except OAuth2Error as error:
            return self._authorize_error(request, lang, oauth_request, error)
        if request.method == "POST":
            return await self._sign_in_step(
                request, lang, oauth_request, grant, session
            )
        if principal is not None and not self._must_sign_in_again(request, session):
            return await self._issue_code(oauth_request, grant, principal)
        if session is not None and session.stage == sessions.PASSWORD:
            return await self._second_factor_page(request, lang, session, None)
        return self._sign_in_page(request, lang, None)

    async def _sign_in_step(self, request, lang, oauth_request, grant, session):
        form = await _read_form(request)
        if form is None or not _csrf_ok(request, form):
            return self._sign_in_page(request, lang, pages.text(lang, "expired"))
        if form.get("cancel"):
            return await self._issue_code(oauth_request, grant, None)
        step = form.get("step")
        if step == "password":
            return await self._password_step(request, lang, oauth_request, grant, form)
        if session is None or session.stage != sessions.PASSWORD:
            return self._sign_in_page(request, lang, pages.text(lang, "expired"))
        return await self._totp_step(request, lang, oauth_request, grant, session, form)

    async def _password_step(self, request, lang, oauth_request, grant, form):
        username = str(form.get("username", ""))[:64]
        password = str(form.get("password", ""))[:256]
        staff = await accounts.check_password(self.settings, username, password)
        if staff is None:
            failed = pages.text(lang, "failed")
            return self._sign_in_page(request, lang, failed, username=username)
        await self._discard_session(request)
        if await accounts.totp_required(staff):
            key, row = await sessions.start(
                self.settings, staff, complete=False, amr=["pwd"]
            )
            row.staff = staff
            response = await self._second_factor_page(request, lang, row, None)
            return self._set_session_cookie(response, key)
        await accounts.record_success(staff)
        key, row = await sessions.start(
            self.settings, staff, complete=True, amr=["pwd"]
        )
        principal = await self._principal(row)
        response = await self._issue_code(oauth_request, grant, principal)
        return self._set_session_cookie(response, key)

    async def _totp_step(self, request, lang, oauth_request, grant, session, form):
        staff = session.staff
        code = str(form.get("code", ""))[:16]
        if accounts.is_locked(staff):
            await sessions.end(request.cookies.get(sessions.COOKIE))
            return self._sign_in_page(request, lang, pages.text(lang, "failed"))
        if session.pending_totp_secret:
            secret = secrets_box.unseal(
                self.settings.secret_key, session.pending_totp_secret
            )
            ok = await accounts.enroll_totp(self.settings, staff, secret, code)
        else:
            ok = await accounts.check_totp(self.settings, staff, code)
        if not ok:
            error = pages.text(lang, "totp_failed")
            return await self._second_factor_page(request, lang, session, error)
        await accounts.record_success(staff)
        await sessions.complete(self.settings, session, ["pwd", "otp"])
        principal = await self._principal(session)
        return await self._issue_code(oauth_request, grant, principal)

    async def _second_factor_page(self, request, lang, session: ProviderSession, error):
        csrf = _csrf_token(request)
        staff: StaffMember = session.staff
        if staff.totp_secret:
            response = pages.totp_page(request, lang, csrf, error=error)
        else:
            secret = await self._pending_secret(session)
            response = pages.enroll_page(
                request,
                lang,
                csrf,
                secret=totp.display_secret(secret),
                uri=totp.provisioning_uri(secret, staff.username),
                error=error,
            )
        return self._set_csrf_cookie(response, csrf)

    async def _pending_secret(self, session: ProviderSession) -> bytes:
        box = self.settings.secret_key
        if session.pending_totp_secret:
            return secrets_box.unseal(box, session.pending_totp_secret)
        secret = totp.new_secret()
        await sessions.hold_totp_secret(session, secrets_box.seal(box, secret))
        return secret

    def _sign_in_page(
        self, request: Request, lang: str, error: str | None, *, username: str = ""
    ) -> Response:
        csrf = _csrf_token(request)
        lockout = (self.settings.lockout_threshold, self.settings.lockout_seconds // 60)
        response = pages.sign_in_page(
            request, lang, csrf, error=error, lockout=lockout, username=username
        )
        return self._set_csrf_cookie(response, csrf)

    async def _issue_code(self, oauth_request, grant, principal) -> Response:
        """Redirect to the client with a code, or with access_denied when None."""
        return await self.server.call(
            self.server.create_authorization_response, oauth_request, principal, grant
        )

    def _authorize_error(self, request, lang, oauth_request, error: OAuth2Error):
        # Only a redirect URI the client registered may receive the error;
        # anything else is shown here, never redirected to.
        if error.redirect_uri:
            return self.server.handle_error_response(oauth_request, error)
        return pages.error_page(request, lang, error.description)

    def _must_sign_in_again(self, request: Request, session: ProviderSession) -> bool:
        prompt = request.query_params.get("prompt", "").split()
        max_age = request.query_params.get("max_age", "")
        if "login" in prompt:
            return True
        if max_age.isdigit():
            return sessions.now().timestamp() - session.auth_time > int(max_age)
        return False

    async def _principal(self, session: ProviderSession) -> Principal | None:
        staff = await accounts.usable_staff(session.staff_id)
        if staff is None:
            return None
        return Principal(staff, session.auth_time, list(session.amr), session.key_hash)

    async def _discard_session(self, request: Request) -> None:
        key = request.cookies.get(sessions.COOKIE)
        if key:
            await ProviderSession.filter(key_hash=tokens.digest(key)).delete()

    # -- token, userinfo, revocation ---------------------------------------------

    async def token(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self._preflight(request)
        form = await _read_form(request)
        if form is None:
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        oauth_request = self._oauth_request(request, form.multi_items())
        response = await self.server.call(
            self.server.create_token_response, oauth_request
        )
        return self._cors(request, response)

    async def revoke(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self._preflight(request)
        form = await _read_form(request)
        if form is None:
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        oauth_request = self._oauth_request(request, form.multi_items())
        response = await self.server.call(
            self.server.create_endpoint_response, "revocation", oauth_request
        )
        return self._cors(request, response)

    async def userinfo(self, request: Request) -> Response:
        if request.method == "OPTIONS":
            return self._preflight(request)
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        try:
            if scheme.lower() != "bearer":
                raise InvalidToken("TOKEN_INVALID", "Expected a Bearer token")
            claims = await self.validator.validate(token.strip())
        except InvalidToken:
            return self._cors(request, _bearer_error(401, "invalid_token"))
        if "openid" not in claims.scope:
            return self._cors(request, _bearer_error(403, "insufficient_scope"))
        staff = await StaffMember.get_or_none(subject=claims.subject, active=True)
        if staff is None:
            return self._cors(request, _bearer_error(401, "invalid_token"))
        await staff.fetch_related("branch")
        body = user_info(staff, " ".join(sorted(claims.scope)))
        headers = {"Cache-Control": "no-store"}
        return self._cors(request, JSONResponse(dict(body), headers=headers))

    # -- sign-out -----------------------------------------------------------------

    async def end_session(self, request: Request) -> Response:
        lang = pages.language(request)
        form = await _read_form(request) if request.method == "POST" else None
        if request.method == "POST" and (form is None or not _csrf_ok(request, form)):
            return pages.error_page(request, lang)
        key = request.cookies.get(sessions.COOKIE)
        items = request.query_params.multi_items()
        oauth_request = self._oauth_request(request, items, session_key=key)
        try:
            validated = await self.server.call(
                self.server.validate_endpoint_request, "end_session", oauth_request
            )
        except OAuth2Error as error:
            return pages.error_page(request, lang, error.description)
        if validated.needs_confirmation and request.method == "GET":
            csrf = _csrf_token(request)
            return self._set_csrf_cookie(pages.logout_page(request, lang, csrf), csrf)
        response = await self.server.call(
            self.server.create_endpoint_response, "end_session", validated
        )
        response = response or pages.logged_out_page(request, lang)
        response.delete_cookie(sessions.COOKIE, path=sessions.COOKIE_PATH)
        return response

    # -- plumbing -----------------------------------------------------------------

    def _oauth_request(self, request: Request, items, session_key=None) -> OAuthRequest:
        # The URI Authlib sees is the public one: behind a TLS-terminating proxy the
        # request itself arrives over plain http.
        query = request.url.query
        uri = self.settings.issuer + request.url.path + (f"?{query}" if query else "")
        return OAuthRequest(
            request.method, uri, request.headers, list(items), session_key=session_key
        )

    def _set_session_cookie(self, response: Response, key: str) -> Response:
        response.set_cookie(
            sessions.COOKIE,
            key,
            max_age=self.settings.session_ttl,
            path=sessions.COOKIE_PATH,
            secure=self.settings.secure_cookies,
            httponly=True,
            samesite="lax",
        )
        return response

    def _set_csrf_cookie(self, response: Response, value: str) -> Response:
        response.set_cookie(
            CSRF_COOKIE,
            value,
            path=sessions.COOKIE_PATH,
            secure=self.settings.secure_cookies,
            httponly=True,
            samesite="strict",
        )
        return response

    def _allowed_origin(self, request: Request) -> str | None:
        origin = request.headers.get("origin")
        if not origin:
            return None
        if origin == _origin(self.settings.issuer):
            return origin
        if self.settings.is_development and is_loopback_http(origin):
            return origin
        return None

    def _cors(self, request: Request, response: Response) -> Response:
        origin = self._allowed_origin(request)
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Vary"] = "Origin"
        return response

    def _preflight(self, request: Request) -> Response:
        response = Response(status_code=204)
        if self._allowed_origin(request):
            response.headers["Access-Control-Allow-Methods"] = "GET, POST"
            response.headers["Access-Control-Allow-Headers"] = (
                "Authorization, Content-Type"
            )
            response.headers["Access-Control-Max-Age"] = "600"
        return self._cors(request, response)


def _complete(session: ProviderSession | None) -> bool:
    return session is not None and session.stage == sessions.COMPLETE


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


async def _read_form(request: Request):
    length = request.headers.get("content-length", "")
    if not length.isdigit() or int(length) > MAX_FORM_BYTES:
        return None
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("application/x-www-form-urlencoded"):
        return None
    return await request.form()


def _csrf_token(request: Request) -> str:
    return request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)


def _csrf_ok(request: Request, form) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    sent = str(form.get("csrf", ""))
    return bool(cookie) and secrets.compare_digest(cookie, sent)


def _bearer_error(status: int, error: str) -> Response:
    return JSONResponse(
        {"error": error},
        status_code=status,
        headers={"WWW-Authenticate": f'Bearer error="{error}"'},
    )
