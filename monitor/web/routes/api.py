"""The JSON API: the same data as the pages, under /api (schema at /openapi.json)."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from starlette.concurrency import run_in_threadpool

from monitor.store import alert_views, entities, series, silences
from monitor.store.events import EventFilter, list_events
from monitor.web import actions
from monitor.web.context import Ctx, ReadSession, WebContext
from monitor.web.filters import AlertParams, Offset, RowId, alert_params, parse_moment
from monitor.web.schemas import (
    AckOut,
    AlertDetailOut,
    AlertList,
    AlertOut,
    EntityOut,
    EventList,
    EventOut,
    SeriesOut,
    SeriesPointOut,
    SilenceIn,
    SilenceOut,
    SourceOut,
)
from monitor.web.views import alert_json, alert_listing, detail_json, sources

router = APIRouter(prefix="/api")
READ = "read (open)"
ACT = "act (bearer token)"


@router.get("/alerts", response_model=AlertList, tags=[READ])
def api_alerts(
    session: ReadSession,
    params: Annotated[AlertParams, Depends(alert_params)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Offset = 0,
) -> AlertList:
    """Alerts matching the filters, newest first, with each channel's delivery status."""
    listing = alert_listing(session, params.to_filter(limit, offset))
    items = [AlertOut(**alert_json(a, listing.deliveries[a.id])) for a in listing.alerts]
    return AlertList(items=items, total=listing.total, limit=limit, offset=offset)


@router.get("/alerts/{alert_id}", response_model=AlertDetailOut, tags=[READ])
def api_alert(session: ReadSession, alert_id: RowId) -> AlertDetailOut:
    """One alert: reason, values, evidence, triggering events and the delivery log."""
    detail = alert_views.alert_detail(session, alert_id)
    if detail is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    return AlertDetailOut(**detail_json(detail))


@router.post("/alerts/{alert_id}/ack", response_model=AckOut, tags=[ACT])
async def api_acknowledge(request: Request, ctx: Ctx, alert_id: RowId) -> AckOut:
    """Acknowledge an alert (needs `Authorization: Bearer <token>`)."""
    ctx.auth.require(request)
    done = await run_in_threadpool(actions.acknowledge, ctx.sessions, alert_id, ctx.clock.now())
    if done is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no alert #{alert_id}")
    return AckOut(id=done.id, state=done.state, acknowledged_at=done.acknowledged_at)


@router.get("/events", response_model=EventList, tags=[READ])
def api_events(
    session: ReadSession,
    kind: str | None = None,
    entity: str | None = None,
    source: str | None = None,
    since: Annotated[str | None, Query(description="occurred at or after")] = None,
    until: Annotated[str | None, Query(description="occurred before")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> EventList:
    """Stored events, newest first."""
    where = EventFilter(
        kind or None,
        entity or None,
        source or None,
        parse_moment(since, "since"),
        parse_moment(until, "until", end_of_day=True),
        limit,
    )
    found = list_events(session, where)
    return EventList(
        items=[EventOut.model_validate(e, from_attributes=True) for e in found], limit=limit
    )


@router.get("/sources", response_model=list[SourceOut], tags=[READ])
def api_sources(ctx: Ctx, session: ReadSession) -> list[SourceOut]:
    """Each source's health, counters, last success and last error."""
    return [SourceOut.model_validate(v, from_attributes=True) for v in sources(ctx, session)]


@router.get("/entities", response_model=list[EntityOut], tags=[READ])
def api_entities(session: ReadSession) -> list[EntityOut]:
    """Every entity with stored events or alerts."""
    return [
        EntityOut.model_validate(e, from_attributes=True)
        for e in entities.entity_summaries(session)
    ]


@router.get("/entities/{entity}/series/{metric}", response_model=SeriesOut, tags=[READ])
def api_series(
    session: ReadSession,
    entity: str,
    metric: str,
    by: Annotated[
        Literal["month", "quarter", "year"] | None,
        Query(description="put as-of dates in their month/quarter/year; omit: labels as stored"),
    ] = None,
) -> SeriesOut:
    """A metric's figure per period (the latest stored for each period: restatements applied)."""
    points = series.metric_series(session, entity, metric, by)
    return SeriesOut(
        entity=entity,
        metric=metric,
        granularity=by,
        points=[SeriesPointOut.model_validate(p, from_attributes=True) for p in points],
    )


@router.get("/silences", response_model=list[SilenceOut], tags=[READ])
def api_silences(ctx: Ctx, session: ReadSession) -> list[SilenceOut]:
    """Active silences first, then expired ones."""
    found = silences.list_silences(session, ctx.clock.now())
    return [SilenceOut.model_validate(s, from_attributes=True) for s in found]


@router.post("/silences", response_model=SilenceOut, status_code=201, tags=[ACT])
async def api_add_silence(request: Request, ctx: Ctx, body: SilenceIn) -> SilenceOut:
    """Silence a rule and/or an entity for some hours (needs the bearer token)."""
    ctx.auth.require(request)
    now = ctx.clock.now()
    try:
        silence_id = await run_in_threadpool(
            actions.add_silence,
            ctx.sessions,
            body.rule_id,
            body.entity,
            body.reason,
            now,
            timedelta(hours=body.hours),
        )
    except ValueError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None
    return _silence(ctx, silence_id)


@router.post("/silences/{silence_id}/expire", response_model=SilenceOut, tags=[ACT])
async def api_expire_silence(request: Request, ctx: Ctx, silence_id: RowId) -> SilenceOut:
    """End a silence now (needs the bearer token)."""
    ctx.auth.require(request)
    done = await run_in_threadpool(
        actions.expire_silence, ctx.sessions, silence_id, ctx.clock.now()
    )
    if done is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no silence #{silence_id}")
    return _silence(ctx, silence_id)


def _silence(ctx: WebContext, silence_id: RowId) -> SilenceOut:
    with ctx.sessions() as session:
        record = silences.get_silence(session, silence_id, ctx.clock.now())
    return SilenceOut.model_validate(record, from_attributes=True)
