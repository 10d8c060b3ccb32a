"""/healthz (is the database reachable, how is each source) and /metrics (Prometheus)."""

from __future__ import annotations

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse, PlainTextResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from monitor.web import telemetry
from monitor.web.context import Ctx
from monitor.web.prometheus import CONTENT_TYPE, Family, render
from monitor.web.resources import sources
from monitor.web.schemas import HealthOut

router = APIRouter(tags=["operations"])


@router.get(
    "/healthz",
    response_model=HealthOut,
    responses={
        503: {
            "model": HealthOut,
            "description": "database unreachable (or, with strict=true, a source unhealthy)",
        }
    },
)
def healthz(ctx: Ctx, strict: bool = False) -> JSONResponse:
    """200 while the database answers; the body says how each source is. With `strict=true`
    an unhealthy (failing or stale) source also makes it 503."""
    now = ctx.clock.now()
    try:
        with ctx.sessions() as session:
            session.execute(text("SELECT 1"))
            views = sources.listing(ctx, session)
    except SQLAlchemyError as exc:
        down = HealthOut(
            status="error",
            database=f"unreachable ({type(exc).__name__})",
            checked_at=now,
            sources={},
            unhealthy=[],
        )
        return JSONResponse(down.model_dump(mode="json"), status.HTTP_503_SERVICE_UNAVAILABLE)
    unhealthy = [v.id for v in views if not v.healthy]
    body = HealthOut(
        status="degraded" if unhealthy else "ok",
        database="ok",
        checked_at=now,
        sources={v.id: v.health for v in views},
        unhealthy=unhealthy,
    )
    code = status.HTTP_503_SERVICE_UNAVAILABLE if strict and unhealthy else status.HTTP_200_OK
    return JSONResponse(body.model_dump(mode="json"), code)


@router.get("/metrics", response_class=PlainTextResponse)
def metrics(ctx: Ctx) -> PlainTextResponse:
    """Prometheus text format: polls and errors per source, events by kind, alerts by rule,
    deliveries by status, delivery attempt latency."""
    up = Family("monitor_database_up", "gauge", "1 when the database answered this scrape.")
    try:
        with ctx.sessions() as session:
            families = telemetry.collect(session, sources.listing(ctx, session))
    except SQLAlchemyError:
        up.add(0)
        return PlainTextResponse(
            render([up]), status.HTTP_503_SERVICE_UNAVAILABLE, media_type=CONTENT_TYPE
        )
    up.add(1)
    return PlainTextResponse(render([up, *families]), media_type=CONTENT_TYPE)
