"""Judging a thesis now: the alerts each condition counts, and the states they lead to.

Reads only; the tracker stores what changed and announces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time

from sqlalchemy.orm import Session

from monitor.model import Alert
from monitor.store import theses as thesis_store
from monitor.theses.model import Thesis, ThesisCondition
from monitor.theses.states import (
    JudgedCondition,
    Verdict,
    condition_state,
    pillar_state,
    thesis_state,
)


@dataclass(frozen=True)
class ConditionJudgement:
    condition: ThesisCondition
    verdict: Verdict
    alerts: tuple[Alert, ...]  # its evidence, oldest first

    @property
    def latest(self) -> Alert | None:
        return self.alerts[-1] if self.alerts else None


@dataclass(frozen=True)
class Evaluation:
    """The thesis's verdict, its pillars' and its conditions', as of `at`."""

    thesis: Thesis
    at: datetime
    verdict: Verdict
    pillars: dict[str, Verdict]
    conditions: tuple[ConditionJudgement, ...]

    def verdicts(self) -> list[tuple[str, str, Verdict]]:
        """(scope, key, verdict) for everything that has a state: conditions first."""
        return [
            *(("condition", c.condition.key, c.verdict) for c in self.conditions),
            *(("pillar", pillar, verdict) for pillar, verdict in self.pillars.items()),
            ("thesis", "", self.verdict),
        ]


def opened_at(thesis: Thesis) -> datetime:
    return datetime.combine(thesis.spec.opened, time.min, tzinfo=UTC)


def counted_from(thesis: Thesis, condition: ThesisCondition) -> datetime:
    """Evidence counts from the condition's own `since` (evidence of a past event, such as
    the sale seen on-chain), else from the day the thesis opened."""
    if condition.spec.since is not None:
        return datetime.combine(condition.spec.since, time.min, tzinfo=UTC)
    return opened_at(thesis)


def evaluate(
    session: Session, thesis: Thesis, now: datetime, closed: bool, upto: datetime | None = None
) -> Evaluation:
    """The states as of `now`, from the alerts fired up to `upto` (default: all of them)."""
    judgements = []
    for condition in thesis.conditions:
        since = counted_from(thesis, condition)
        alerts = tuple(
            a
            for a in thesis_store.alerts_of(
                session, condition.rule_id, condition.entities, since, upto
            )
            if condition.accepts(a.values)
        )
        spec = condition.spec
        first = alerts[0].fired_at if alerts else None
        verdict = condition_state(spec.effect, spec.deadline, spec.unverifiable, first, now)
        judgements.append(ConditionJudgement(condition, verdict, alerts))
    judged = [
        JudgedCondition(
            j.condition.key,
            j.condition.spec.effect,
            j.verdict.state,  # type: ignore[arg-type]
            j.latest.fired_at if j.latest else None,
        )
        for j in judgements
    ]
    pillar_of = [j.condition.pillar_id for j in judgements]
    pillars = {
        pillar.id: pillar_state(
            [jc for jc, owner in zip(judged, pillar_of, strict=True) if owner == pillar.id]
        )
        for pillar in thesis.spec.pillars
    }
    draft = thesis.spec.status == "draft"
    verdict = thesis_state(thesis.spec.opened, draft, closed, pillars, judged, now)
    return Evaluation(thesis, now, verdict, pillars, tuple(judgements))
