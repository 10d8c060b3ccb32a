"""Entities: the list of what is watched, and one entity's page with its charts over time,
latest figures, the theses that name it, recent alerts and recent events."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse

from monitor.store import entities
from monitor.theses.view import thesis_summary
from monitor.web.context import Ctx, ReadSession, render
from monitor.web.routes.theses import naming
from monitor.web.views import entity_overview

router = APIRouter(include_in_schema=False)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, session: ReadSession) -> HTMLResponse:
    return render(request, "entities.html", {"entities": entities.entity_summaries(session)})


@router.get("/entities/{entity}", response_class=HTMLResponse)
def entity_page(request: Request, session: ReadSession, ctx: Ctx, entity: str) -> HTMLResponse:
    overview = entity_overview(session, entity)
    theses = [
        {
            "id": t.id,
            "title": t.spec.title,
            "state": thesis_summary(session, t, ctx.clock.now())["state"],
        }
        for t in naming(ctx.theses, entity)
    ]
    if not (overview.metrics or overview.events or overview.alerts or theses):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"nothing is stored for {entity!r}")
    return render(request, "entity.html", {"overview": overview, "theses": theses})
