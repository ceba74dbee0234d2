"""Security headers on every HTTP response: the SPA, the API, probes, errors.

A response that sets its own Content-Security-Policy keeps it (the sign-in and
survey pages carry stricter ones); every other header is added where missing.

The SPA's policy allows scripts from this origin only; Vite's build has no
inline script. Styles allow 'unsafe-inline' because Ant Design writes its CSS
into <style> elements at run time and a static index.html cannot carry a
per-response nonce; a style cannot run code, so this is the usual trade-off.
GraphiQL's page (GET /graphql in a browser) is built with the app from npm's
graphiql package and lives under the same policy: no third-party origin at all.
"""

from __future__ import annotations

from urllib.parse import urlsplit

COMMON = {
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"no-referrer",
}


def app_policy(connect_origins: tuple[str, ...] = ()) -> str:
    """The policy of the SPA and of every response without its own."""
    connect = " ".join(("'self'", *connect_origins))
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; font-src 'self' data:; "
        f"connect-src {connect}; worker-src 'self' blob:; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )


def origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


class SecurityHeaders:
    """ASGI middleware adding the headers above to each HTTP response."""

    def __init__(self, app, policy: str) -> None:
        self.app = app
        self.defaults = {**COMMON, b"content-security-policy": policy.encode()}

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                missing = [
                    (name, value)
                    for name, value in self.defaults.items()
                    if name not in present
                ]
                message["headers"] = [*message.get("headers", []), *missing]
            await send(message)

        await self.app(scope, receive, with_headers)
