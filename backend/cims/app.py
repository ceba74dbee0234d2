"""The Starlette application: GraphQL, probes and the built SPA on one port."""

from __future__ import annotations

import contextlib
import re
import uuid
from pathlib import Path

import orjson
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from cross_web import HTTPException
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types.unset import UNSET

from cims import db, security_headers
from cims.api import survey_page
from cims.api.context import Context
from cims.api.extensions import mask_errors
from cims.api.limits import (
    MAX_BODY_BYTES,
    MAX_UPLOAD_BYTES,
    current_actor,
    current_transport,
)
from cims.api.loaders import Loaders
from cims.api.schema import schema
from cims.auth import provider, resource
from cims.auth.settings import AuthSettings
from cims.config import Settings, get_settings
from cims.domain import notify
from cims.domain.actor import Actor
from cims.security_headers import SecurityHeaders

REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def request_id_of(request: Request) -> str:
    """The caller's X-Request-ID when well-formed, else a fresh one."""
    given = request.headers.get("x-request-id", "")
    return given if REQUEST_ID.match(given) else uuid.uuid4().hex


ANONYMOUS = "anonymous"


def _address(request: Request) -> str | None:
    return request.client.host if request.client else None


async def token_actor(request: Request, request_id: str) -> Actor:
    """The actor a bearer token names; an anonymous one when absent or refused.

    Every GraphQL operation of an anonymous actor is refused before any resolver
    runs (cims.api.limits.AuthenticationRule), with the reason's code.
    """
    try:
        actor = await resource.actor_from_authorization(
            request.headers.get("authorization"),
            request_id=request_id,
            client_address=_address(request),
        )
    except resource.InvalidToken as error:
        return Actor(subject=ANONYMOUS, request_id=request_id,
                     extra={"auth_error": error.code})
    if actor is None:
        return Actor(subject=ANONYMOUS, request_id=request_id,
                     extra={"auth_error": "UNAUTHENTICATED"})
    return actor


class GraphQLApp(GraphQL):
    def __init__(self, *args, resolve_actor=token_actor, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.resolve_actor = resolve_actor

    async def get_context(self, request: Request, response: Response) -> Context:
        request_id = request_id_of(request)
        request.scope["cims.request_id"] = request_id
        if isinstance(request, WebSocket):
            # Signed in by the connection_init payload, in on_ws_connect.
            anonymous = Actor(subject=ANONYMOUS, request_id=request_id)
            return Context(actor=anonymous, request_id=request_id, request=request)
        response.headers["x-request-id"] = request_id
        actor = await self.resolve_actor(request, request_id)
        current_actor.set(actor)
        current_transport.set("http")
        return Context(actor=actor, request_id=request_id, request=request, response=response)

    async def on_ws_connect(self, context: Context):
        """Sign the connection in with ``{"authorization": "Bearer ..."}`` from the
        connection_init payload (browsers cannot set headers on a WebSocket);
        a connection without a valid token is closed with 4403."""
        params = context.connection_params or {}
        header = params.get("authorization")
        header = header if isinstance(header, str) else None
        handshake = Handshake(context.request, header)
        actor = await self.resolve_actor(handshake, context.request_id)
        if actor.subject == ANONYMOUS:
            raise ConnectionRejectionError()
        context.actor = actor
        context.loaders = Loaders(actor)
        # Operations of this connection run in tasks started from here, and so
        # inherit the actor and the transport for the validation rules.
        current_actor.set(actor)
        current_transport.set("ws")
        return UNSET

    async def parse_http_body(self, request_adapter):
        """A body that is not a JSON object (``"x"``, ``42``, bad UTF-8) is the
        client's mistake: 400 with a code, not a server error."""
        try:
            return await super().parse_http_body(request_adapter)
        except HTTPException:
            raise
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise HTTPException(400, "The request body must be a JSON object") from error

    async def process_result(self, request: Request, result):
        if result.errors:
            request_id = request.scope.get("cims.request_id") or request_id_of(request)
            result.errors = mask_errors(result.errors, request_id)
        return await super().process_result(request, result)

    async def render_graphql_ide(self, request: Request) -> Response:
        html = self.graphql_ide_html
        policy = security_headers.graphiql_policy(html)
        return HTMLResponse(html, headers={"content-security-policy": policy})

    def encode_json(self, data: object) -> str:
        # Text, not bytes: the WebSocket adapter sends bytes as binary frames, which
        # graphql-transport-ws clients do not read.
        return orjson.dumps(data).decode()

    def decode_json(self, data: str | bytes) -> object:
        """JSON nested deeper than the decoder recurses (thousands of ``{"not":``)
        is the client's mistake: 400, not a RecursionError and a 500."""
        try:
            return super().decode_json(data)
        except RecursionError as error:
            raise HTTPException(400, "The request body is nested too deeply") from error


class Handshake:
    """What ``resolve_actor`` reads of a request, for a WebSocket's connection_init:
    the authorization came in the payload, not in a header."""

    def __init__(self, websocket: WebSocket, authorization: str | None) -> None:
        self.client = websocket.client
        self.scope = websocket.scope
        self.headers = {"authorization": authorization} if authorization else {}


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    try:
        await db.ping()
    except Exception:  # noqa: BLE001 - any failure means "not ready"
        return JSONResponse({"status": "unavailable"}, status_code=503)
    return JSONResponse({"status": "ready"})


def spa_routes(static_dir: Path) -> list:
    index = static_dir / "index.html"
    if not index.exists():
        async def missing(request: Request) -> HTMLResponse:
            return HTMLResponse(
                "<h1>CIMS</h1><p>The web app is not built: run <code>make run</code>.</p>",
                status_code=503,
            )
        return [Route("/{path:path}", missing)]

    async def fallback(request: Request) -> FileResponse:
        return FileResponse(index, headers={"cache-control": "no-cache"})

    routes: list = []
    if (static_dir / "assets").is_dir():
        routes.append(Mount("/assets", StaticFiles(directory=static_dir / "assets")))
    for item in static_dir.iterdir():
        if item.is_file() and item.name != "index.html":
            routes.append(Route(f"/{item.name}", _file(item)))
    routes.append(Route("/{path:path}", fallback))
    return routes


def _file(path: Path):
    async def serve(request: Request) -> FileResponse:
        return FileResponse(path)

    return serve


def create_app(
    settings: Settings | None = None, *, connect: bool = True, resolve_actor=None
) -> Starlette:
    settings = settings or get_settings()
    settings.check()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        relay = None
        if connect:
            await db.connect(settings)
            await provider.ensure_keys(settings)
            if db.dialect() == "postgres":
                # Subscribers in every API process hear every process's changes.
                relay = await notify.start(settings.db_url)
        yield
        if relay is not None:
            await relay.stop()
        if connect:
            await db.disconnect()

    graphql = GraphQLApp(
        schema,
        graphql_ide="graphiql",
        allow_queries_via_get=False,
        multipart_uploads_enabled=True,  # imports; bearer tokens only, so no CSRF
        resolve_actor=resolve_actor or token_actor,
        subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
    )
    async def auth_config(request: Request) -> JSONResponse:
        return JSONResponse(provider.spa_config(settings))

    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/auth/config", auth_config),
        *provider.routes(settings),
        *survey_page.routes(),
        *spa_routes(settings.static_dir),
    ]
    middleware = [
        Middleware(SecurityHeaders, policy=_app_policy(settings)),
        Middleware(BodyLimit),
    ]
    app = Starlette(routes=routes, lifespan=lifespan, middleware=middleware)
    app.state.settings = settings  # for resolvers that build public links
    return app


def _app_policy(settings: Settings) -> str:
    """The SPA talks to an external provider's endpoints, when one is configured."""
    issuer = AuthSettings.from_settings(settings).external_issuer
    external = security_headers.origin_of(issuer) if issuer else None
    return security_headers.app_policy((external,) if external else ())


class BodyLimit:
    """Refuses request bodies over the limit (``body_limit``), declared or streamed."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        limit = body_limit(headers)
        declared = headers.get(b"content-length", b"0")
        if not declared.isdigit() or int(declared) > limit:
            return await _too_large(send)
        received = 0

        async def limited():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise TooLarge
            return message

        try:
            await self.app(scope, limited, send)
        except TooLarge:
            await _too_large(send)


def body_limit(headers: dict[bytes, bytes]) -> int:
    """Multipart bodies carry import files and may be larger than an operation."""
    content_type = headers.get(b"content-type", b"").lower()
    if content_type.startswith(b"multipart/form-data"):
        return MAX_UPLOAD_BYTES
    return MAX_BODY_BYTES


class TooLarge(Exception):
    pass


async def _too_large(send) -> None:
    body = orjson.dumps({"errors": [{"message": "The request body is too large",
                                     "extensions": {"code": "REQUEST_TOO_LARGE"}}]})
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


def worker_app() -> Starlette:
    """The app of one of several ``cims serve`` workers: each configures its logs."""
    from cims import logs

    settings = get_settings()
    logs.configure(settings)
    return create_app(settings)
