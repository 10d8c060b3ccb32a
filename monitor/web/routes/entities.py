"""Entities: the list of what is watched, and one entity's page with its charts over time,
latest figures, recent alerts and recent events."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request, status
from fastapi.responses import HTMLResponse

from monitor.store import queries
from monitor.web.context import ReadSession, render
from monitor.web.views import entity_overview

router = APIRouter(include_in_schema=False)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, session: ReadSession) -> HTMLResponse:
    return render(request, "entities.html", {"entities": queries.entity_summaries(session)})


@router.get("/entities/{entity}", response_class=HTMLResponse)
def entity_page(request: Request, session: ReadSession, entity: str) -> HTMLResponse:
    overview = entity_overview(session, entity)
    if not (overview.metrics or overview.events or overview.alerts):
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"nothing is stored for {entity!r}")
    return render(request, "entity.html", {"overview": overview})
