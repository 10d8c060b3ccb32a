"""What /metrics reports, gathered from the database: polls, errors, late and missed polls
per source, events by kind, alerts by rule, deliveries by state, and delivery attempt
latency per channel."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from monitor.cluster.stats import queue_families
from monitor.store import telemetry
from monitor.web.prometheus import Family
from monitor.web.sources_view import SourceView

# Attempt duration buckets, in seconds (stored in ms).
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def collect(session: Session, sources: Sequence[SourceView]) -> list[Family]:
    return [
        *source_families(sources),
        *_store_families(session),
        latency_family(session),
        *queue_families(session),  # PostgreSQL's task queue (`monitor worker`)
    ]


def _store_families(session: Session) -> list[Family]:
    """Events by kind, alerts by rule and by state, deliveries and attempts, as counted."""
    return [
        _counted(
            "monitor_events_total",
            "counter",
            "Events stored, by kind.",
            ("kind",),
            telemetry.events_by_kind(session),
        ),
        _counted(
            "monitor_alerts_total",
            "counter",
            "Alerts raised, by rule and severity.",
            ("rule", "severity"),
            telemetry.alerts_by_rule(session),
        ),
        _counted(
            "monitor_alerts_by_state",
            "gauge",
            "Alerts by state (open, acknowledged).",
            ("state",),
            telemetry.alerts_by_state(session),
        ),
        _counted(
            "monitor_deliveries",
            "gauge",
            "Deliveries by channel and status (pending, sent, failed, dead, unknown, suppressed).",
            ("channel", "status"),
            telemetry.deliveries_by_status(session),
        ),
        _counted(
            "monitor_delivery_attempts_total",
            "counter",
            "Delivery attempts by channel and outcome.",
            ("channel", "outcome"),
            telemetry.attempts_by_outcome(session),
        ),
    ]


def _counted(
    name: str, kind: str, help_text: str, label_names: tuple[str, ...], counts: Mapping[Any, int]
) -> Family:
    family = Family(name, kind, help_text)
    for key, count in sorted(counts.items(), key=lambda item: str(item[0])):
        values = key if isinstance(key, tuple) else (key,)
        family.add(count, dict(zip(label_names, map(str, values), strict=True)))
    return family


def latency_family(session: Session) -> Family:
    family = Family(
        "monitor_delivery_attempt_duration_seconds",
        "histogram",
        "Time taken by each delivery attempt (dispatch latency), per channel.",
    )
    bounds_ms = [bound * 1000 for bound in LATENCY_BUCKETS]
    for channel, histogram in sorted(telemetry.attempt_durations(session, bounds_ms).items()):
        family.add_histogram(
            {"channel": channel},
            LATENCY_BUCKETS,
            histogram.cumulative,
            histogram.count,
            histogram.total / 1000,
        )
    return family


def source_families(sources: Sequence[SourceView]) -> list[Family]:
    counters = {
        "polls_total": "Polls per source, failed ones included.",
        "errors_total": "Failed polls per source.",
        "events_total": "New events stored per source.",
        "polls_late": "Polls that started more than scheduler.late_after_seconds after their time.",
        "polls_missed": "Scheduled polls that never ran (the previous poll was still queued "
        "or running, or the slot was folded into a later poll).",
    }
    families = []
    for attr, help_text in counters.items():
        name = attr if attr.endswith("_total") else f"{attr}_total"
        family = Family(f"monitor_source_{name}", "counter", help_text)
        for view in sources:
            family.add(getattr(view, attr), {"source": view.id})
        families.append(family)
    gauges = [
        ("consecutive_failures", "Failed polls in a row.", lambda v: v.consecutive_failures),
        ("healthy", "1 when the source is healthy (not failing or stale).", lambda v: v.healthy),
        (
            "last_success_timestamp_seconds",
            "Unix time of the last good poll.",
            _ts("last_success_at"),
        ),
        (
            "newest_item_timestamp_seconds",
            "Unix time of the newest item seen.",
            _ts("newest_item_at"),
        ),
    ]
    for attr, help_text, read in gauges:
        family = Family(f"monitor_source_{attr}", "gauge", help_text)
        for view in sources:
            value = read(view)
            if value is not None:
                family.add(float(value), {"source": view.id})
        families.append(family)
    return families


def _ts(attr: str) -> Callable[[SourceView], float | None]:
    def read(view: SourceView) -> float | None:
        moment = getattr(view, attr)
        return moment.timestamp() if moment is not None else None

    return read
