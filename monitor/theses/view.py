"""A thesis as the CLI and the web page show it: one plain dict, the same for text and JSON."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from monitor.model import Alert
from monitor.store import theses as thesis_store
from monitor.theses.evaluate import ConditionJudgement, Evaluation, evaluate, opened_at
from monitor.theses.model import Thesis
from monitor.theses.reviews import is_closed
from monitor.theses.spec import Effect
from monitor.theses.states import ConditionState, Verdict

OPEN_STATES = (ConditionState.PENDING, ConditionState.UNVERIFIABLE)


def direction(effect: str) -> str:
    """What a condition's evidence does to the thesis, in one word."""
    return "strengthens" if effect == Effect.CONFIRMS else "weakens"


def shown(session: Session, thesis: Thesis, now: datetime) -> Evaluation:
    """The states as the monitor last stored (and announced) them; computed now only where
    none is stored yet. The evidence is every alert the conditions count."""
    evaluation = evaluate(session, thesis, now, is_closed(session, thesis))
    stored = thesis_store.states(session, thesis.id)

    def pick(scope: str, key: str, verdict: Verdict) -> Verdict:
        row = stored.get((scope, key))
        return Verdict(row.state, row.reason) if row is not None else verdict

    return replace(
        evaluation,
        verdict=pick("thesis", "", evaluation.verdict),
        pillars={p: pick("pillar", p, v) for p, v in evaluation.pillars.items()},
        conditions=tuple(
            replace(j, verdict=pick("condition", j.condition.key, j.verdict))
            for j in evaluation.conditions
        ),
    )


def thesis_summary(session: Session, thesis: Thesis, now: datetime) -> dict[str, Any]:
    """One row of `monitor thesis list` and of the theses page."""
    evaluation = shown(session, thesis, now)
    review = _review(session, thesis, now)
    counts: dict[str, int] = {}
    for verdict in evaluation.pillars.values():
        counts[verdict.state] = counts.get(verdict.state, 0) + 1
    return {
        "id": thesis.id,
        "title": thesis.spec.title,
        "entities": list(thesis.spec.entities),
        "opened": thesis.spec.opened.isoformat(),
        "state": str(evaluation.verdict.state),
        "reason": evaluation.verdict.reason,
        "pillars": {str(k): v for k, v in sorted(counts.items())},
        "last_reviewed_at": review["last_reviewed_at"],
        "review_due": review["due"],
    }


def thesis_detail(session: Session, thesis: Thesis, now: datetime) -> dict[str, Any]:
    """Everything `monitor thesis show` and the thesis page show."""
    evaluation = shown(session, thesis, now)
    review = _review(session, thesis, now)
    since = review["last_reviewed_at"]
    evidence = [_logged(e) for e in thesis_store.evidence_log(session, thesis.id, since)]
    changes = [_change(c) for c in thesis_store.changes(session, thesis.id, since)]
    return {
        **thesis_summary(session, thesis, now),
        "statement": thesis.spec.statement.strip(),
        "review_every_days": thesis.spec.review_every_days,
        "quiet_after_days": thesis.spec.quiet_after_days,
        "review": review,
        "scorecard": _scorecard(evaluation),
        "since_last_review": {
            "since": since,
            "evidence": evidence,
            "changes": changes,
            "timeline": _timeline(evidence, changes),
        },
        "deadlines": _deadlines(evaluation, now),
        "evidence": [_logged(e) for e in thesis_store.evidence_log(session, thesis.id)],
        "history": [_change(c) for c in thesis_store.changes(session, thesis.id)],
        "reviews": [
            {"kind": r.kind, "reviewed_at": r.reviewed_at, "note": r.note}
            for r in thesis_store.reviews(session, thesis.id)
        ],
    }


def _timeline(evidence: list[dict[str, Any]], changes: list[dict[str, Any]]) -> list[Any]:
    """Evidence and the changes of the thesis and its pillars, in the order they happened."""
    items = [{"what": "evidence", "at": e["fired_at"], "entry": e} for e in evidence]
    items += [
        {"what": "change", "at": c["changed_at"], "entry": c}
        for c in changes
        if c["scope"] != "condition"
    ]
    return sorted(items, key=lambda item: item["at"])


def _review(session: Session, thesis: Thesis, now: datetime) -> dict[str, Any]:
    last = thesis_store.last_review(session, thesis.id)
    base = last.reviewed_at if last else opened_at(thesis)
    due_at = base + timedelta(days=thesis.spec.review_every_days)
    return {
        "last_reviewed_at": last.reviewed_at if last else None,
        "last_note": last.note if last else None,
        "due_at": due_at,
        "due": now >= due_at and not is_closed(session, thesis),
    }


def _scorecard(evaluation: Evaluation) -> list[dict[str, Any]]:
    return [
        {
            "id": pillar.id,
            "title": pillar.title,
            "description": pillar.description,
            "state": str(evaluation.pillars[pillar.id].state),
            "reason": evaluation.pillars[pillar.id].reason,
            "conditions": [
                _condition(j) for j in evaluation.conditions if j.condition.pillar_id == pillar.id
            ],
        }
        for pillar in evaluation.thesis.spec.pillars
    ]


def _condition(judgement: ConditionJudgement) -> dict[str, Any]:
    spec = judgement.condition.spec
    latest = judgement.latest
    return {
        "id": spec.id,
        "description": spec.description,
        "effect": str(spec.effect),
        "rule": judgement.condition.rule_id,
        "inline": spec.rule is None,
        "deadline": spec.deadline.isoformat() if spec.deadline else None,
        "state": str(judgement.verdict.state),
        "reason": judgement.verdict.reason,
        "evidence_count": len(judgement.alerts),
        "latest_evidence": _alert(latest) if latest else None,
    }


def _deadlines(evaluation: Evaluation, now: datetime) -> list[dict[str, Any]]:
    upcoming = [
        {
            "pillar": j.condition.pillar_id,
            "condition": j.condition.id,
            "deadline": j.condition.spec.deadline.isoformat(),
            "days_left": (j.condition.spec.deadline - now.date()).days,
            "state": str(j.verdict.state),
        }
        for j in evaluation.conditions
        if j.condition.spec.deadline is not None
        and j.condition.spec.deadline >= now.date()
        and j.verdict.state in OPEN_STATES
    ]
    return sorted(upcoming, key=lambda d: d["deadline"])


def _alert(alert: Alert) -> dict[str, Any]:
    first = alert.evidence[0] if alert.evidence else {}
    return {
        "alert_id": alert.id,
        "rule_id": alert.rule_id,
        "title": alert.title,
        "fired_at": alert.fired_at,
        "quote": first.get("quote"),
        "url": first.get("url"),
    }


def _logged(entry: thesis_store.LoggedEvidence) -> dict[str, Any]:
    pillar, _, condition = entry.condition_key.partition("/")
    return {
        "pillar": pillar,
        "condition": condition,
        "effect": entry.effect,
        "direction": direction(entry.effect),
        **_alert(entry.alert),
    }


def _change(change: Any) -> dict[str, Any]:
    return {
        "scope": change.scope,
        "key": change.key,
        "from": change.old_state,
        "to": change.new_state,
        "reason": change.reason,
        "changed_at": change.changed_at,
        "alert_id": change.alert_id,
    }
