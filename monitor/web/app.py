"""create_app(sessions, settings, clock): the ASGI app behind `monitor web` and `monitor run
--web` — alert history, alert detail, sources, entities with charts, theses, silences, the JSON API,
/healthz and /metrics."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from monitor import __version__
from monitor.clock import Clock
from monitor.theses.loader import configured_theses
from monitor.web.auth import Auth
from monitor.web.context import WebContext, render
from monitor.web.routes import (
    alerts,
    api,
    entities,
    events,
    ops,
    session,
    silences,
    sources,
    theses,
)
from monitor.web.settings import WebSettings, web_settings
from monitor.web.sources_view import configured_sources
from monitor.web.templating import make_templates

DESCRIPTION = """\
Alerts raised by Signal Monitor, with their evidence, delivery log and the figures behind them.

Reading is open. Acknowledging an alert and adding or expiring a silence need
`Authorization: Bearer <token>`, the token being the value of the environment variable named
by `web.token_env`; when no token is configured those actions are refused (403).
"""

# No script may run on these pages, and nothing is loaded from elsewhere.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
JSON_PREFIXES = ("/api/", "/healthz", "/metrics", "/openapi.json")


def create_app(
    sessions: sessionmaker[Session],
    settings: Any,
    clock: Clock,
    *,
    web: WebSettings | None = None,
) -> FastAPI:
    """Build the app; `web` overrides the settings' `web` section (tests, `monitor web`)."""
    web = web or web_settings(settings)
    app = FastAPI(
        title="Signal Monitor",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # Swagger UI loads from a CDN; /api lists the routes offline instead
        redoc_url=None,
    )
    app.state.monitor = WebContext(
        sessions=sessions,
        settings=settings,
        clock=clock,
        sources=configured_sources(settings),
        auth=Auth(web.token(), clock, timedelta(hours=web.session_hours)),
        templates=make_templates(),
        theses=tuple(configured_theses(settings)),
    )
    for module in (alerts, events, sources, entities, silences, session, api, ops, theses):
        app.include_router(module.router)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _bad_request)
    app.middleware("http")(_security_headers)
    # Outermost: a request naming a host we do not serve (DNS rebinding) is answered 400.
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=web.allowed_hosts())
    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


async def _bad_request(request: Request, exc: Exception) -> Response:
    """Out-of-range or malformed parameters are the client's error: 400, naming the field."""
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in error['loc'][1:]) or 'request'}: {error['msg']}"
        for error in exc.errors()
    )
    return await _http_error(request, StarletteHTTPException(400, problems))


async def _http_error(request: Request, exc: Exception) -> Response:
    """Errors as JSON for API clients, as a page for people."""
    assert isinstance(exc, StarletteHTTPException)
    wants_page = "text/html" in request.headers.get("accept", "")
    if request.url.path.startswith(JSON_PREFIXES) or not wants_page:
        return await http_exception_handler(request, exc)
    response = render(
        request, "error.html", {"status": exc.status_code, "detail": exc.detail}, exc.status_code
    )
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response
