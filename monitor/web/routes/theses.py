"""Theses: the list, one thesis's page (statement, scorecard, what changed since the last
review, deadlines, evidence log), and the same as JSON."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse

from monitor.theses.model import Thesis
from monitor.theses.view import thesis_detail, thesis_summary
from monitor.web.context import Ctx, ReadSession, render

router = APIRouter()


@router.get("/theses", response_class=HTMLResponse, include_in_schema=False)
def theses_page(request: Request, session: ReadSession, ctx: Ctx) -> HTMLResponse:
    now = ctx.clock.now()
    rows = [thesis_summary(session, thesis, now) for thesis in ctx.theses]
    return render(request, "theses.html", {"theses": rows})


@router.get("/theses/{thesis_id}", response_class=HTMLResponse, include_in_schema=False)
def thesis_page(request: Request, session: ReadSession, ctx: Ctx, thesis_id: str) -> HTMLResponse:
    detail = thesis_detail(session, _thesis(ctx.theses, thesis_id), ctx.clock.now())
    return render(request, "thesis.html", {"t": detail})


@router.get("/api/theses", tags=["theses"])
def theses_json(session: ReadSession, ctx: Ctx) -> list[dict[str, Any]]:
    """Every thesis with its state, its pillars' states and whether a review is due."""
    now = ctx.clock.now()
    return [thesis_summary(session, thesis, now) for thesis in ctx.theses]


@router.get("/api/theses/{thesis_id}", tags=["theses"])
def thesis_json(session: ReadSession, ctx: Ctx, thesis_id: str) -> dict[str, Any]:
    """One thesis as `monitor thesis show --format json` prints it."""
    return thesis_detail(session, _thesis(ctx.theses, thesis_id), ctx.clock.now())


def _thesis(theses: tuple[Thesis, ...], thesis_id: str) -> Thesis:
    for thesis in theses:
        if thesis.id == thesis_id:
            return thesis
    raise HTTPException(status.HTTP_404_NOT_FOUND, f"no thesis {thesis_id!r}")


def naming(theses: tuple[Thesis, ...], entity: str) -> list[Thesis]:
    """The theses that name an entity, for its page."""
    return [
        t
        for t in theses
        if entity in t.spec.entities or any(entity in c.entities for c in t.conditions)
    ]
