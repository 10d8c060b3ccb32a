"""The alert history page (filters, search, pagination, newest first, acknowledging several
at once), one alert's page, and what can be done from it: acknowledge and take it back,
silence its rule for its entity, queue its unsent deliveries again."""

from __future__ import annotations

import math
from typing import Annotated, Any
from urllib.parse import parse_qsl, urlencode

from fastapi import APIRouter, Depends, Query, Request, Response, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from monitor.store import alert_views
from monitor.store import theses as thesis_store
from monitor.store.alerts import list_alerts
from monitor.web.context import Ctx, ReadSession, render
from monitor.web.filters import SEVERITIES, STATES, AlertParams, PageNumber, RowId, alert_params
from monitor.web.forms import is_form, read_form
from monitor.web.resources import alerts as resource

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
    listing = resource.listing(session, params.to_filter(per_page, (page - 1) * per_page))
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
    detail = resource.detail(session, alert_id)
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
    ctx.auth.require(request, await read_form(request))
    done = await resource.acknowledge(ctx, alert_id)
    at = done.acknowledged_at.isoformat() if done.acknowledged_at else None
    payload = {"id": done.id, "state": done.state, "acknowledged_at": at}
    return _answer(request, f"/alerts/{alert_id}", payload)


@router.post("/alerts/{alert_id}/unack")
async def unacknowledge(request: Request, ctx: Ctx, alert_id: RowId) -> Response:
    ctx.auth.require(request, await read_form(request))
    done = await resource.unacknowledge(ctx, alert_id)
    payload = {"id": done.id, "state": done.state, "acknowledged_at": None}
    return _answer(request, f"/alerts/{alert_id}", payload)


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
    await resource.acknowledge_many(ctx, ids)
    return RedirectResponse(_listing_url(form.get("listing", "")), status.HTTP_303_SEE_OTHER)


@router.post("/alerts/{alert_id}/redeliver")
async def redeliver(request: Request, ctx: Ctx, alert_id: RowId) -> Response:
    ctx.auth.require(request, await read_form(request))
    count = await resource.redeliver(ctx, alert_id)
    url = f"/alerts/{alert_id}?requeued={count}"
    return _answer(request, url, {"id": alert_id, "requeued": count})


@router.post("/alerts/{alert_id}/silence")
async def silence(request: Request, ctx: Ctx, alert_id: RowId) -> Response:
    """Silence this alert's rule for this alert's entity, for `hours` (24 by default)."""
    form = await read_form(request)
    ctx.auth.require(request, form)
    silence_id = await resource.silence(ctx, alert_id, form.get("hours") or 24)
    url = f"/alerts/{alert_id}?silenced={silence_id}"
    return _answer(request, url, {"id": alert_id, "silence_id": silence_id})


def _answer(request: Request, page: str, payload: dict[str, Any]) -> Response:
    """A form post goes (back) to the page; other clients get the payload as JSON."""
    if is_form(request):
        return RedirectResponse(page, status.HTTP_303_SEE_OTHER)
    return JSONResponse(payload)


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
