"""The versioned JSON document a webhook receives (documented in README.md)."""

from __future__ import annotations

from typing import Any

from monitor.model import Alert

SCHEMA_VERSION = 1


def alert_document(alert: Alert, delivery_id: int) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "alert_id": alert.id,
        "delivery_id": delivery_id,
        "rule_id": alert.rule_id,
        "entity": alert.entity,
        "severity": alert.severity,
        "title": alert.title,
        "message": alert.body,
        "reason": alert.reason,
        "fired_at": alert.fired_at.isoformat(),
        "dedup_key": alert.dedup_key,
        "values": alert.values,
        "evidence": alert.evidence,
    }
