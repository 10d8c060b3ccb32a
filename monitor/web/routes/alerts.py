"""The alert history page (filters, pagination, newest first), one alert's page, and its
acknowledge button."""

from __future__ import annotations

import math
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from monitor.store import queries
from monitor.store import theses as thesis_store
from monitor.web import actions
from monitor.web.context import Ctx, ReadSession, render
from monitor.web.filters import SEVERITIES, STATES, AlertParams, PageNumber, RowId, alert_params
from monitor.web.forms import is_form, read_form
from monitor.web.views import alert_listing

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/alerts", status.HTTP_303_SEE_OTHER)


@router.get("/alerts", response_class=HTMLResponse)
def alerts_page(
    request: Request,
    session: ReadSession,
    params: Annotated[AlertParams, Depends(alert_params)],
    page: PageNumber = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = PER_PAGE,
) -> HTMLResponse:
    listing = alert_listing(session, params.to_filter(per_page, (page - 1) * per_page))
    pages = max(1, math.ceil(listing.total / per_page))
    return render(
        request,
        "alerts.html",
        {
            "listing": listing,
            "params": params,
            "page": page,
            "pages": pages,
            "per_page": per_page,
            "choices": queries.alert_choices(session),
            "severities": SEVERITIES,
            "states": STATES,
        },
    )


@router.get("/alerts/{alert_id}", response_class=HTMLResponse)
def alert_page(request: Request, session: ReadSession, alert_id: RowId) -> HTMLResponse:
    detail = queries.alert_detail(session, alert_id)
    if detail is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    theses = thesis_store.theses_linking(session, alert_id)
    return render(request, "alert.html", {"detail": detail, "theses": theses})


@router.post("/alerts/{alert_id}/ack")
async def acknowledge(request: Request, ctx: Ctx, alert_id: RowId) -> Response:
    """Acknowledge: a form post is sent back to the alert's page; other clients get JSON."""
    form = await read_form(request)
    ctx.auth.require(request, form)
    done = await run_in_threadpool(actions.acknowledge, ctx.sessions, alert_id, ctx.clock.now())
    if done is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    if is_form(request):
        return RedirectResponse(f"/alerts/{alert_id}", status.HTTP_303_SEE_OTHER)
    return JSONResponse(
        {
            "id": done.id,
            "state": done.state,
            "acknowledged_at": done.acknowledged_at.isoformat() if done.acknowledged_at else None,
        }
    )
