"""State changes and review reminders of a thesis, as alert drafts for the same outbox."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from monitor.model import Alert, AlertDraft
from monitor.theses.model import Thesis
from monitor.theses.states import PillarState, ThesisState, Verdict

# A first judgement in one of these states is news; holding or active is not.
QUIET_START = {PillarState.HOLDING, ThesisState.ACTIVE, ThesisState.DRAFT}
CRITICAL = {PillarState.BROKEN, ThesisState.INVALIDATED}
WARNING = {PillarState.AT_RISK, ThesisState.AT_RISK}


def thesis_rule_id(thesis: Thesis) -> str:
    """The rule id a thesis's own alerts carry."""
    return f"thesis:{thesis.id}"


def words(state: str | None) -> str:
    return (state or "new").replace("_", " ")


def is_news(old: str | None, new: str) -> bool:
    return old is not None or new not in QUIET_START


def state_change(
    thesis: Thesis,
    scope: str,
    key: str,
    old: str | None,
    verdict: Verdict,
    seq: int,
    triggers: Sequence[Alert],
    channels: Sequence[str],
    now: datetime,
) -> AlertDraft:
    """The alert that a thesis or one of its pillars changed state (change number `seq`)."""
    spec = thesis.spec
    title = _title(thesis, scope, key, old, verdict.state)
    severity = _severity(verdict.state)
    because = "; ".join(f"{a.rule_id}: {a.title}" for a in triggers)
    reason = verdict.reason + (f" (after {because})" if because else "")
    return AlertDraft(
        rule_id=thesis_rule_id(thesis),
        entity=spec.entities[0],
        dedup_key=f"{thesis_rule_id(thesis)}:{scope}:{key}:{seq}",
        severity=severity,
        title=title,
        body=f"{spec.title}. {reason}.",
        reason=reason,
        fired_at=now,
        values={
            "thesis": spec.id,
            "scope": scope,
            "pillar": key or None,
            "from": old,
            "to": str(verdict.state),
        },
        evidence=[_evidence_of(a) for a in triggers],
        event_ids=tuple(dict.fromkeys(i for a in triggers for i in a.event_ids)),
        channels=tuple(channels),
    )


def _title(thesis: Thesis, scope: str, key: str, old: str | None, new: str) -> str:
    """'Thesis ID: [pillar TITLE] old → new', the states in words."""
    spec = thesis.spec
    if scope == "pillar":
        pillar = next(p for p in spec.pillars if p.id == key)
        return f"Thesis {spec.id}: pillar {pillar.title} {words(old)} → {words(new)}"
    return f"Thesis {spec.id}: {words(old)} → {words(new)}"


def _severity(state: str) -> str:
    """Broken or invalidated is critical, at risk a warning, any other state info."""
    if state in CRITICAL:
        return "critical"
    return "warning" if state in WARNING else "info"


def reminder(
    thesis: Thesis, kind: str, since: datetime, reason: str, channels: Sequence[str], now: datetime
) -> AlertDraft:
    """A review reminder, once per review (or per quiet spell) thanks to its dedup key."""
    spec = thesis.spec
    return AlertDraft(
        rule_id=thesis_rule_id(thesis),
        entity=spec.entities[0],
        dedup_key=f"{thesis_rule_id(thesis)}:{kind}:{since.isoformat()}",
        severity="info",
        title=f"Thesis {spec.id}: review due, {reason}",
        body=f"{spec.title}: review it with `monitor thesis review {spec.id}`. {reason}.",
        reason=reason,
        fired_at=now,
        values={"thesis": spec.id, "reminder": kind, "since": since.isoformat()},
        channels=tuple(channels),
    )


def _evidence_of(alert: Alert) -> dict[str, Any]:
    first = alert.evidence[0] if alert.evidence else {}
    kept = {k: first[k] for k in ("url", "quote", "accession", "source_id") if k in first}
    return {
        "alert_id": alert.id,
        "rule_id": alert.rule_id,
        "title": alert.title,
        "fired_at": alert.fired_at.isoformat(),
        **kept,
    }
