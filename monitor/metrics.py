"""The one shape of a metric event, shared by XBRL facts, text extraction and rules.

A metric event is kind `metric_observed` (or `metric_restated` when a value for a period
already seen changes), entity = the company's ticker (or CIK), subject = "metric:period".
Its payload is a `MetricPayload` and its period one of the vocabulary's labels
(`monitor/vocabulary/periods.py`): `YYYY-MM`, `YYYY-Qn`, `YYYY`, an as-of date `YYYY-MM-DD`,
or the XBRL year-to-date `YYYY-H1`, `YYYY-9M` and `YYYY-H2`, which period rules leave aside.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from monitor.model import Observation
from monitor.vocabulary.kinds import METRIC_OBSERVED
from monitor.vocabulary.payloads import MetricPayload


def metric_subject(metric: str, period: str | None) -> str:
    return f"{metric}:{period or '-'}"


def metric_observation(
    *,
    entity: str,
    metric: str,
    value: float | None,
    unit: str,
    period: str | None,
    occurred_at: datetime,
    identity: tuple[object, ...],
    evidence: dict[str, Any],
    extra: dict[str, Any] | None = None,
    kind: str = METRIC_OBSERVED,
) -> Observation:
    """Build a metric observation; `identity` must name the fact's origin (document, offset
    or XBRL accession), so the same figure from two documents is two events."""
    payload = MetricPayload(
        metric=metric, value=value, unit=unit, period=period, details=extra or {}
    )
    return Observation(
        kind=kind,
        entity=entity,
        subject=metric_subject(metric, period),
        occurred_at=occurred_at,
        identity=(metric, period, *identity),
        payload=payload.to_payload(),
        evidence=evidence,
    )
