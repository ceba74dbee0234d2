"""The Starlette application: GraphQL, probes and the built SPA on one port."""

from __future__ import annotations

import contextlib
import gc
import re
import uuid
from contextvars import ContextVar
from pathlib import Path

import orjson
from cross_web import HTTPException
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http.parse_content_type import parse_content_type
from strawberry.schema.exceptions import InvalidOperationTypeError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)
from strawberry.types.unset import UNSET

from cims import db, security_headers
from cims.api import documents, survey_page
from cims.api.connection import TOKEN_EXPIRED, ConnectionWatch
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
from cims.auth import provider, resource, revocation
from cims.auth.held import held_clients
from cims.auth.settings import AuthSettings
from cims.config import Settings, get_settings
from cims.domain import completeness, notify, risk
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
        return Actor(
            subject=ANONYMOUS, request_id=request_id, extra={"auth_error": error.code}
        )
    if actor is None:
        return Actor(
            subject=ANONYMOUS,
            request_id=request_id,
            extra={"auth_error": "UNAUTHENTICATED"},
        )
    # A token issued before its staff account was deactivated, or lost a right or
    # its branch, no longer speaks for it (no query unless the account changed).
    if reason := await revocation.refusal(actor):
        return Actor(
            subject=ANONYMOUS, request_id=request_id, extra={"auth_error": reason}
        )
    return actor


def bearer_challenge(code: str) -> tuple[int, dict[str, str]]:
    """The HTTP status and headers (RFC 6750 section 3) for a caller refused with
    ``code``, which the GraphQL error carries in ``extensions.code``: 401 and a
    bare challenge without a token (``UNAUTHENTICATED``); 401 ``invalid_token``
    for any token refused (``TOKEN_INVALID``, ``TOKEN_EXPIRED``,
    ``UNTRUSTED_ISSUER``, ``BRANCH_REQUIRED``, and a good token whose account's
    standing changed: ``ACCOUNT_INACTIVE``, ``RIGHTS_CHANGED``); 503 when the
    issuer's keys cannot be had (``ISSUER_UNAVAILABLE``: not the token's fault)."""
    if code == "UNAUTHENTICATED":
        return 401, {"www-authenticate": "Bearer"}
    if code == resource.ISSUER_UNAVAILABLE:
        return 503, {"retry-after": "30"}
    return 401, {"www-authenticate": 'Bearer error="invalid_token"'}


class _RejectingSocket:
    """The handler's socket while it reads connection_init: its refusal (4403
    "Forbidden") takes the code and reason ``on_ws_connect`` put in the
    context's ``rejection``, when there is one."""

    def __init__(self, websocket, context: Context) -> None:
        self._websocket = websocket
        self._context = context

    def __getattr__(self, name):
        return getattr(self._websocket, name)

    async def close(self, code: int, reason: str) -> None:
        if code == 4403 and self._context.rejection is not None:
            code, reason = self._context.rejection
        await self._websocket.close(code=code, reason=reason)


class TransportWSHandler(BaseGraphQLTransportWSHandler):
    """graphql-transport-ws, refusing an expired token at connection_init with
    4401 "Token expired" as a live connection is refused when it expires:
    the client renews its token and connects again (4403 stays for a token
    that is not valid or whose account lost its standing)."""

    async def handle_connection_init(self, message) -> None:
        websocket = self.websocket
        self.websocket = _RejectingSocket(websocket, self.context)
        try:
            await super().handle_connection_init(message)
        finally:
            self.websocket = websocket


# Set while ``parse_http_body`` reads a POST: the first JSON ``parse_json`` then
# decodes is the request's operation (the body, or a multipart's ``operations``).
_reading_operation: ContextVar[bool] = ContextVar("cims_reading_op", default=False)


class Refused(HTTPException):
    """A request refused before its operation is parsed, with its own code."""

    def __init__(self, status_code: int, reason: str, code: str) -> None:
        super().__init__(status_code, reason)
        self.code = code


def held(actor: Actor | None) -> bool:
    """Whether the actor's client is held to trusted documents (no query: a set)."""
    return actor is not None and held_clients.holds(actor.extra.get("client_id"))


class GraphQLApp(GraphQL):
    graphql_transport_ws_handler_class = TransportWSHandler

    def __init__(
        self,
        *args,
        resolve_actor=token_actor,
        static_dir: Path | None = None,
        trusted_documents: dict[str, str] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.resolve_actor = resolve_actor
        self.static_dir = static_dir
        self.trusted_documents = trusted_documents or {}

    async def get_context(self, request: Request, response: Response) -> Context:
        request_id = request_id_of(request)
        request.scope["cims.request_id"] = request_id
        if isinstance(request, WebSocket):
            # Signed in by the connection_init payload, in on_ws_connect.
            anonymous = Actor(subject=ANONYMOUS, request_id=request_id)
            return Context(actor=anonymous, request_id=request_id, request=request)
        response.headers["x-request-id"] = request_id
        actor = await self.resolve_actor(request, request_id)
        if code := actor.extra.get("auth_error"):
            response.status_code, headers = bearer_challenge(code)
            response.headers.update(headers)
        current_actor.set(actor)
        current_transport.set("http")
        return Context(
            actor=actor, request_id=request_id, request=request, response=response
        )

    async def on_ws_connect(self, context: Context):
        """Sign the connection in with ``{"authorization": "Bearer ..."}`` from the
        connection_init payload (browsers cannot set headers on a WebSocket);
        a connection whose token has expired is closed with 4401 "Token expired",
        as a live one is when its token expires; one without a valid token, or
        whose staff account is inactive or no longer holds the token's rights,
        with 4403. The connection is then watched: closed with 4401 when the
        token expires, and with 4403 when the account loses its standing
        (cims.api.connection)."""
        params = context.connection_params or {}
        header = params.get("authorization")
        header = header if isinstance(header, str) else None
        handshake = Handshake(context.request, header)
        actor = await self.resolve_actor(handshake, context.request_id)
        watch = ConnectionWatch(context.request, actor)
        if actor.extra.get("auth_error") == resource.TOKEN_EXPIRED or (
            actor.subject != ANONYMOUS and watch.expired()
        ):
            context.rejection = TOKEN_EXPIRED
            raise ConnectionRejectionError()
        if actor.subject == ANONYMOUS or held(actor):
            # A client held to trusted documents sends no operation as text, and
            # operations over a WebSocket are text.
            raise ConnectionRejectionError()
        if not await watch.admit():
            raise ConnectionRejectionError()
        watch.start()
        # Stopped by __call__ when the connection ends.
        context.request.scope["cims.watch"] = watch
        context.watch = watch
        context.actor = actor
        context.loaders = Loaders(actor)
        # Operations of this connection run in tasks started from here, and so
        # inherit the actor and the transport for the validation rules.
        current_actor.set(actor)
        current_transport.set("ws")
        return UNSET

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            try:
                return await super().__call__(scope, receive, send)
            finally:
                if watch := scope.get("cims.watch"):
                    watch.stop()
        request = Request(scope=scope, receive=receive)
        try:
            try:
                response = await self.run(request)
            except HTTPException as error:
                response = refusal(request, error)
            await response(scope, receive, send)
        finally:
            # A multipart body's files, also when the request was refused.
            await request.close()

    async def parse_http_body(self, request_adapter):
        """A body that is not a JSON object (``"x"``, ``42``, bad UTF-8) is the
        client's mistake: 400 with a code, not a server error."""
        if request_adapter.method == "POST":
            content_type, _ = parse_content_type(request_adapter.content_type or "")
            if content_type not in ACCEPTED_CONTENT_TYPES:
                raise HTTPException(
                    415,
                    "The request's content type must be application/json "
                    "(multipart/form-data for a file upload)",
                )
        reading = _reading_operation.set(request_adapter.method == "POST")
        try:
            return await super().parse_http_body(request_adapter)
        except HTTPException:
            raise
        except (ValueError, TypeError, AttributeError, KeyError) as error:
            raise HTTPException(
                400, "The request body must be a JSON object"
            ) from error
        finally:
            _reading_operation.reset(reading)

    def parse_json(self, data: str | bytes):
        """JSON, and for the request's operation its trusted document resolved:
        a ``documentId`` (or Apollo's persisted query hash) becomes the registered
        text, free text from a held client is refused (cims.api.documents)."""
        parsed = super().parse_json(data)
        if _reading_operation.get():
            _reading_operation.set(False)
            try:
                return documents.resolve(
                    parsed, self.trusted_documents, held=held(current_actor.get())
                )
            except documents.DocumentRefused as error:
                raise Refused(error.status, error.message, error.code) from None
        return parsed

    async def process_result(self, request: Request, result):
        if result.errors:
            request_id = request.scope.get("cims.request_id") or request_id_of(request)
            result.errors = mask_errors(result.errors, request_id)
        return await super().process_result(request, result)

    async def render_graphql_ide(self, request: Request) -> Response:
        """GraphiQL as the web app's build made it (``frontend/graphiql``): every
        script, style and worker from this origin, under the app's own policy."""
        page = self.static_dir / "graphiql" / "index.html" if self.static_dir else None
        if page is None or not page.is_file():
            return HTMLResponse(
                "<h1>CIMS</h1><p>GraphiQL is not built: run <code>make run</code>.</p>",
                status_code=503,
            )
        return FileResponse(page, headers={"cache-control": "no-cache"})

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


ACCEPTED_CONTENT_TYPES = ("application/json", "multipart/form-data")


def refusal(request: Request, error: HTTPException) -> JSONResponse:
    """A request refused before any operation ran (body, batch, operation name,
    content type, method): a GraphQL error response with a code and the request
    ID, like every other answer of the endpoint."""
    request_id = request.scope.get("cims.request_id") or request_id_of(request)
    status, headers = error.status_code, {"x-request-id": request_id}
    if isinstance(error.__cause__, InvalidOperationTypeError):
        # An operation sent by GET: this endpoint takes operations by POST only.
        status, headers["allow"] = 405, "POST"
    body = {
        "errors": [
            {
                "message": error.reason,
                "extensions": {
                    "code": getattr(error, "code", "BAD_REQUEST"),
                    "requestId": request_id,
                },
            }
        ]
    }
    return JSONResponse(body, status_code=status, headers=headers)


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
                "<h1>CIMS</h1>"
                "<p>The web app is not built: run <code>make run</code>.</p>",
                status_code=503,
            )

        return [Route("/{path:path}", missing)]

    async def fallback(request: Request) -> FileResponse:
        return FileResponse(index, headers={"cache-control": "no-cache"})

    routes: list = []
    if (static_dir / "graphiql" / "assets").is_dir():
        ide_assets = StaticFiles(directory=static_dir / "graphiql" / "assets")
        routes.append(Mount("/graphiql/assets", ide_assets))
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


def freeze_startup_heap() -> None:
    """Keep what start-up built out of every later garbage collection.

    The modules, the schema and the libraries behind them (scikit-learn, SciPy,
    pandas: about 200,000 objects) live as long as the process. A full collection
    walks every tracked object, and one fell on a request now and then, adding tens
    to hundreds of milliseconds to it. Frozen, they are never walked again; what
    requests allocate is collected as before.
    """
    gc.collect()
    gc.freeze()


def create_app(
    settings: Settings | None = None, *, connect: bool = True, resolve_actor=None
) -> Starlette:
    settings = settings or get_settings()
    settings.check()
    # A manifest that cannot be used stops the start.
    trusted = documents.registry_in_force(settings.trusted_documents)
    completeness.rules_in_force()  # a bad rules file stops the start, not a request
    risk.large_value_thresholds()  # and so does a bad file of large-value thresholds

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        relay = None
        if connect:
            await db.connect(settings)
            await provider.ensure_keys(settings)
            if db.dialect() == "postgres":
                # Subscribers in every API process hear every process's changes;
                # after a lost connection, the accounts changed meanwhile are read.
                relay = await notify.start(
                    settings.db_url, on_reconnect=revocation.heard_again
                )
            await revocation.start()
        async with contextlib.AsyncExitStack() as stack:
            if connect:
                await stack.enter_async_context(held_clients.kept_fresh())
            freeze_startup_heap()
            yield
        if relay is not None:
            await relay.stop()
        if connect:
            revocation.stop()
            await db.disconnect()

    graphql = GraphQLApp(
        schema,
        graphql_ide="graphiql",
        allow_queries_via_get=False,
        multipart_uploads_enabled=True,  # imports; bearer tokens only, so no CSRF
        resolve_actor=resolve_actor or token_actor,
        static_dir=settings.static_dir,
        trusted_documents=trusted,
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
        Middleware(MessageLimit),
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
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex
        if not declared.isdigit() or int(declared) > limit:
            return await _too_large(send, request_id)
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
            await _too_large(send, request_id)


def body_limit(headers: dict[bytes, bytes]) -> int:
    """Multipart bodies carry import files and may be larger than an operation."""
    content_type = headers.get(b"content-type", b"").lower()
    if content_type.startswith(b"multipart/form-data"):
        return MAX_UPLOAD_BYTES
    return MAX_BODY_BYTES


class TooLarge(Exception):
    pass


async def _too_large(send, request_id: str) -> None:
    error = {
        "message": "The request body is too large",
        "extensions": {"code": "REQUEST_TOO_LARGE", "requestId": request_id},
    }
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"x-request-id", request_id.encode()),
            ],
        }
    )
    await send(
        {"type": "http.response.body", "body": orjson.dumps({"errors": [error]})}
    )


# What ``cims serve`` tells uvicorn: a WebSocket message is held to the limit of an
# HTTP body before it is even read whole (uvicorn's default is 16 MiB).
SERVER_LIMITS = {"ws_max_size": MAX_BODY_BYTES}
MESSAGE_TOO_BIG = 1009  # RFC 6455's close code


class MessageLimit:
    """Closes a WebSocket whose client sends a message over ``MAX_BODY_BYTES``.

    The same limit as an HTTP body, whichever server runs the app: the connection is
    closed with 1009 (message too big), the app hears a disconnect and ends the
    connection's operations, and nothing it sends after the close goes out.
    """

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "websocket":
            return await self.app(scope, receive, send)
        closed = False
        close = {"type": "websocket.close", "code": MESSAGE_TOO_BIG}
        gone = {"type": "websocket.disconnect", "code": MESSAGE_TOO_BIG}

        async def limited():
            nonlocal closed
            if closed:
                return gone
            message = await receive()
            if message["type"] == "websocket.receive" and _oversized(message):
                closed = True
                await send({**close, "reason": "The message is too large"})
                return gone
            return message

        async def unless_closed(message) -> None:
            if not closed:
                await send(message)

        await self.app(scope, limited, unless_closed)


def _oversized(message: dict) -> bool:
    text = message.get("text") or ""
    # A character is at most 4 bytes in UTF-8: only text that may be over is encoded.
    size = len(text.encode()) if len(text) * 4 > MAX_BODY_BYTES else len(text)
    return size + len(message.get("bytes") or b"") > MAX_BODY_BYTES


def worker_app() -> Starlette:
    """The app of one of several ``cims serve`` workers: each configures its logs."""
    from cims import logs

    settings = get_settings()
    logs.configure(settings)
    return create_app(settings)
