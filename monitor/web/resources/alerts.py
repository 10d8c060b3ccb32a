"""The alert resource: the filtered list, one alert, and what can be done to it (acknowledge
and take it back, silence its rule for its entity, queue its unsent deliveries again)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from monitor.model import Alert
from monitor.store import alert_views
from monitor.store.alerts import AlertFilter, delivery_summary, list_alerts
from monitor.web import actions
from monitor.web.context import WebContext
from monitor.web.resources.calls import duration, found, refused


@dataclass(frozen=True)
class AlertListing:
    alerts: list[Alert]
    deliveries: dict[int, dict[str, str]]
    total: int


def listing(session: Session, where: AlertFilter) -> AlertListing:
    found_alerts = list_alerts(session, where)
    return AlertListing(
        alerts=found_alerts,
        deliveries=delivery_summary(session, [a.id for a in found_alerts]),
        total=alert_views.count_alerts(session, where),
    )


def detail(session: Session, alert_id: int) -> alert_views.AlertDetail:
    return found(alert_views.alert_detail(session, alert_id), _missing(alert_id))


def alert_json(alert: Alert, deliveries: dict[str, str]) -> dict[str, Any]:
    return {**asdict(alert), "deliveries": deliveries, "url": f"/alerts/{alert.id}"}


def detail_json(detail: alert_views.AlertDetail) -> dict[str, Any]:
    statuses = {d.channel: d.status for d in detail.deliveries}
    return {
        **alert_json(detail.alert, statuses),
        "acknowledged_at": detail.acknowledged_at,
        "delivery_log": [asdict(d) for d in detail.deliveries],
        "events": [asdict(e) for e in detail.events],
    }


async def acknowledge(ctx: WebContext, alert_id: int) -> actions.Acknowledged:
    done = await run_in_threadpool(actions.acknowledge, ctx.sessions, alert_id, ctx.clock.now())
    return found(done, _missing(alert_id))


async def unacknowledge(ctx: WebContext, alert_id: int) -> actions.Acknowledged:
    done = await run_in_threadpool(actions.unacknowledge, ctx.sessions, alert_id)
    return found(done, _missing(alert_id))


async def acknowledge_many(ctx: WebContext, alert_ids: list[int]) -> int:
    return await run_in_threadpool(
        actions.acknowledge_many, ctx.sessions, alert_ids, ctx.clock.now()
    )


async def redeliver(ctx: WebContext, alert_id: int) -> int:
    """How many deliveries were queued again."""
    count = await run_in_threadpool(actions.redeliver, ctx.sessions, alert_id, ctx.clock.now())
    return found(count, _missing(alert_id))


async def silence(ctx: WebContext, alert_id: int, hours: str | float) -> int:
    """Silence the alert's rule for its entity; the silence's id."""
    lasting = duration(hours)
    with refused():  # a duration out of bounds
        silence_id = await run_in_threadpool(
            actions.silence_alert, ctx.sessions, alert_id, ctx.clock.now(), lasting
        )
    return found(silence_id, _missing(alert_id))


def _missing(alert_id: int) -> str:
    return f"no alert #{alert_id}"
