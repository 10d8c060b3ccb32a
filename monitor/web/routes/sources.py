"""The sources page: each source's health, last success, last error and freshness."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from monitor.web.context import Ctx, ReadSession, render
from monitor.web.resources import sources

router = APIRouter(include_in_schema=False)


@router.get("/sources", response_class=HTMLResponse)
def sources_page(request: Request, ctx: Ctx, session: ReadSession) -> HTMLResponse:
    return render(request, "sources.html", {"sources": sources.listing(ctx, session)})
