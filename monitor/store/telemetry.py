"""The totals /metrics exposes: events by kind, alerts by rule and state, deliveries by
status, attempts by outcome and their durations as histograms."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from monitor.store import tables


def _grouped(session: Session, *columns: Any) -> list[tuple[Any, int]]:
    """[(key, count)] grouped by the columns; key is a value, or a tuple for several."""
    query = select(*columns, func.count()).group_by(*columns)
    rows = session.execute(query)
    if len(columns) == 1:
        return [(row[0], int(row[1])) for row in rows]
    return [(tuple(row[:-1]), int(row[-1])) for row in rows]


def events_by_kind(session: Session) -> dict[str, int]:
    return dict(_grouped(session, tables.Event.kind))


def alerts_by_rule(session: Session) -> dict[tuple[str, str], int]:
    """{(rule id, severity): count}"""
    return dict(_grouped(session, tables.Alert.rule_id, tables.Alert.severity))


def alerts_by_state(session: Session) -> dict[str, int]:
    return dict(_grouped(session, tables.Alert.state))


def deliveries_by_status(session: Session) -> dict[tuple[str, str], int]:
    """{(channel, status): count}"""
    return dict(_grouped(session, tables.Delivery.channel, tables.Delivery.status))


def attempts_by_outcome(session: Session) -> dict[tuple[str, str], int]:
    """{(channel, outcome): count}"""
    query = (
        select(tables.Delivery.channel, tables.DeliveryAttempt.outcome, func.count())
        .join(tables.Delivery, tables.Delivery.id == tables.DeliveryAttempt.delivery_id)
        .group_by(tables.Delivery.channel, tables.DeliveryAttempt.outcome)
    )
    return {(channel, outcome): int(n) for channel, outcome, n in session.execute(query)}


@dataclass(frozen=True)
class Histogram:
    """Cumulative counts of observations at or under each bound, plus their count and sum."""

    bounds: tuple[float, ...]
    cumulative: tuple[int, ...]
    count: int
    total: float


def attempt_durations(session: Session, bounds_ms: Sequence[float]) -> dict[str, Histogram]:
    """Delivery attempt durations per channel as a histogram with the given bounds (ms)."""
    duration = tables.DeliveryAttempt.duration_ms
    buckets = [func.sum(case((duration <= bound, 1), else_=0)) for bound in bounds_ms]
    query = (
        select(tables.Delivery.channel, func.count(), func.sum(duration), *buckets)
        .join(tables.Delivery, tables.Delivery.id == tables.DeliveryAttempt.delivery_id)
        .group_by(tables.Delivery.channel)
    )
    return {
        channel: Histogram(
            bounds=tuple(bounds_ms),
            cumulative=tuple(int(n or 0) for n in counts),
            count=int(count),
            total=float(total or 0.0),
        )
        for channel, count, total, *counts in session.execute(query)
    }
