"""The alert history page (filters, search, pagination, newest first, acknowledging several
at once), one alert's page, and what can be done from it: acknowledge and take it back,
silence its rule for its entity, queue its unsent deliveries again."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from monitor.store import alert_views
from monitor.store import theses as thesis_store
from monitor.store.alerts import list_alerts
from monitor.web import actions
from monitor.web.context import Ctx, ReadSession, render
from monitor.web.filters import SEVERITIES, STATES, AlertParams, PageNumber, RowId, alert_params
from monitor.web.forms import is_form, read_form
from monitor.web.views import alert_listing

router = APIRouter(include_in_schema=False)
PER_PAGE = 50
REFRESH_SECONDS = 60  # how often the list page reloads itself (a meta refresh: no script)
MAX_BULK = 500  # alerts acknowledged by one form post at most
SILENCE_HOURS = (1, 4, 12, 24, 72, 168)  # the choices next to "silence this rule"


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
            "choices": alert_views.alert_choices(session),
            "severities": SEVERITIES,
            "states": STATES,
            "refresh_seconds": REFRESH_SECONDS,
        },
    )


@router.get("/alerts/{alert_id}", response_class=HTMLResponse)
def alert_page(
    request: Request,
    session: ReadSession,
    alert_id: RowId,
    requeued: Annotated[int | None, Query(ge=0)] = None,
    silenced: Annotated[int | None, Query(ge=1)] = None,
) -> HTMLResponse:
    detail = alert_views.alert_detail(session, alert_id)
    if detail is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    notice = None
    if requeued is not None:
        notice = f"{requeued} deliveries queued again; a running monitor sends them now."
    elif silenced is not None:
        notice = (
            f"Silence #{silenced}: {detail.alert.rule_id} for {detail.alert.entity} "
            "(see Silences to end it)."
        )
    unsent = [d for d in detail.deliveries if d.status != "sent"]
    return render(
        request,
        "alert.html",
        {
            "detail": detail,
            "notice": notice,
            "unsent": unsent,
            "silence_hours": SILENCE_HOURS,
            "theses": thesis_store.theses_linking(session, alert_id),
        },
    )


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


@router.post("/alerts/{alert_id}/unack")
async def unacknowledge(request: Request, ctx: Ctx, alert_id: RowId) -> Response:
    form = await read_form(request)
    ctx.auth.require(request, form)
    done = await run_in_threadpool(actions.unacknowledge, ctx.sessions, alert_id)
    if done is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    if is_form(request):
        return RedirectResponse(f"/alerts/{alert_id}", status.HTTP_303_SEE_OTHER)
    return JSONResponse({"id": done.id, "state": done.state, "acknowledged_at": None})


@router.post("/alerts/ack")
async def acknowledge_selected(request: Request, ctx: Ctx) -> Response:
    """Acknowledge the alerts ticked on the list (or, with scope=matching, every alert the
    list's filters match), then show the list as it was filtered."""
    form = await read_form(request)
    ctx.auth.require(request, form)
    if form.get("scope") == "matching":
        ids = await run_in_threadpool(_matching_ids, ctx, form.get("listing", ""))
    else:
        ids = _ticked_ids(await request.body())
    await run_in_threadpool(actions.acknowledge_many, ctx.sessions, ids, ctx.clock.now())
    return RedirectResponse(_listing_url(form.get("listing", "")), status.HTTP_303_SEE_OTHER)


@router.post("/alerts/{alert_id}/redeliver")
async def redeliver(request: Request, ctx: Ctx, alert_id: RowId) -> Response:
    form = await read_form(request)
    ctx.auth.require(request, form)
    count = await run_in_threadpool(actions.redeliver, ctx.sessions, alert_id, ctx.clock.now())
    if count is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    if is_form(request):
        return RedirectResponse(f"/alerts/{alert_id}?requeued={count}", status.HTTP_303_SEE_OTHER)
    return JSONResponse({"id": alert_id, "requeued": count})


@router.post("/alerts/{alert_id}/silence")
async def silence(request: Request, ctx: Ctx, alert_id: RowId) -> Response:
    """Silence this alert's rule for this alert's entity, for `hours` (24 by default)."""
    form = await read_form(request)
    ctx.auth.require(request, form)
    try:
        hours = float(form.get("hours") or 24)
        silence_id = await run_in_threadpool(
            actions.silence_alert, ctx.sessions, alert_id, ctx.clock.now(), timedelta(hours=hours)
        )
    except (ValueError, OverflowError) as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None
    if silence_id is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    if is_form(request):
        url = f"/alerts/{alert_id}?silenced={silence_id}"
        return RedirectResponse(url, status.HTTP_303_SEE_OTHER)
    return JSONResponse({"id": alert_id, "silence_id": silence_id})


def _matching_ids(ctx: Any, listing: str) -> list[int]:
    fields = dict(parse_qsl(listing.lstrip("?")))
    params = AlertParams(**{k: fields.get(k) for k in AlertParams.__dataclass_fields__})
    with ctx.sessions() as session:
        found = list_alerts(session, params.to_filter(MAX_BULK, 0))
    return [alert.id for alert in found]


def _ticked_ids(body: bytes) -> list[int]:
    """Every `alert_id` of the form (a form may repeat it; read_form keeps only the last)."""
    pairs = parse_qsl(body.decode("utf-8", errors="replace"))
    return [int(v) for k, v in pairs if k == "alert_id" and v.isdigit()][:MAX_BULK]


def _listing_url(listing: str) -> str:
    """Back to the list with its filters; rebuilt from the parsed query, so the redirect can
    only ever lead to /alerts."""
    return "/alerts?" + urlencode(parse_qsl(listing.lstrip("?"))) if listing else "/alerts"
