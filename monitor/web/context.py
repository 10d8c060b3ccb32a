"""What every route needs — sessions, clock, settings, sources, auth, templates — kept on the
app (no globals), with FastAPI dependencies to reach it and a helper to render a page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session, sessionmaker
from starlette.templating import Jinja2Templates

from monitor.clock import Clock
from monitor.sources.base import Source
from monitor.theses.model import Thesis
from monitor.web.auth import Auth


@dataclass(frozen=True)
class WebContext:
    sessions: sessionmaker[Session]
    settings: Any
    clock: Clock
    sources: dict[str, Source]
    auth: Auth
    templates: Jinja2Templates
    theses: tuple[Thesis, ...] = ()


def get_ctx(request: Request) -> WebContext:
    ctx: WebContext = request.app.state.monitor
    return ctx


def read_session(request: Request) -> Iterator[Session]:
    """A session for reading; nothing it does is committed."""
    with get_ctx(request).sessions() as session:
        yield session


Ctx = Annotated[WebContext, Depends(get_ctx)]
ReadSession = Annotated[Session, Depends(read_session)]


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    ctx = get_ctx(request)
    base = {
        "now": ctx.clock.now(),
        "signed_in": ctx.auth.signed_in(request),
        "actions_enabled": ctx.auth.enabled,
    }
    return ctx.templates.TemplateResponse(
        request, name, {**base, **context}, status_code=status_code
    )
