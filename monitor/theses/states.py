"""The states of conditions, pillars and theses, as pure functions of the evidence and the time.

condition: pending → met | not_met | expired | unverifiable
  met           evidence arrived (by the deadline, when there is one)
  not_met       a confirming condition's deadline passed without its evidence
  expired       a weakening or killing condition's deadline passed without it: the threat lapsed
  unverifiable  no source can check it yet (it says why); evidence still makes it met
pillar: holding | at_risk | broken
  broken        a killing condition is met
  at_risk       a confirming condition is not met, or the latest evidence weakens it
thesis: draft → active → at_risk → confirmed | invalidated → closed
  invalidated   a pillar is broken
  confirmed     every checkable confirming condition is met and no pillar is at risk
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum

from monitor.theses.spec import Effect


class ConditionState(StrEnum):
    PENDING = "pending"
    MET = "met"
    NOT_MET = "not_met"
    EXPIRED = "expired"
    UNVERIFIABLE = "unverifiable"


class PillarState(StrEnum):
    HOLDING = "holding"
    AT_RISK = "at_risk"
    BROKEN = "broken"


class ThesisState(StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    AT_RISK = "at_risk"
    CONFIRMED = "confirmed"
    INVALIDATED = "invalidated"
    CLOSED = "closed"


@dataclass(frozen=True)
class Verdict:
    """A state and the reason for it, in words for an alert."""

    state: str
    reason: str


@dataclass(frozen=True)
class JudgedCondition:
    """What a pillar needs to know of one of its conditions."""

    id: str
    effect: Effect
    state: ConditionState
    evidence_at: datetime | None = None  # when its latest counted evidence arrived


def end_of(day: date) -> datetime:
    """A deadline day ends at midnight UTC."""
    return datetime.combine(day, time.max, tzinfo=UTC)


def condition_state(
    effect: Effect,
    deadline: date | None,
    unverifiable: str | None,
    first_evidence_at: datetime | None,
    now: datetime,
) -> Verdict:
    """The state of a condition from when its first evidence arrived (None: not yet)."""
    late = deadline is not None and first_evidence_at is not None
    if first_evidence_at is not None and not (late and first_evidence_at > end_of(deadline)):  # type: ignore[arg-type]
        return Verdict(ConditionState.MET, f"evidence arrived {first_evidence_at:%Y-%m-%d}")
    if deadline is not None and now > end_of(deadline):
        if effect is Effect.CONFIRMS:
            return Verdict(ConditionState.NOT_MET, f"no evidence by the {deadline} deadline")
        return Verdict(ConditionState.EXPIRED, f"did not happen by {deadline}: the threat lapsed")
    if unverifiable:
        return Verdict(ConditionState.UNVERIFIABLE, unverifiable)
    due = f" (due {deadline})" if deadline else ""
    return Verdict(ConditionState.PENDING, f"no evidence yet{due}")


def pillar_state(conditions: Sequence[JudgedCondition]) -> Verdict:
    """Broken by a killing condition met; at risk when a confirming condition is not met or
    the latest evidence weakens it; holding otherwise."""
    met = [c for c in conditions if c.state is ConditionState.MET]
    killed = [c.id for c in met if c.effect is Effect.KILLS]
    if killed:
        return Verdict(PillarState.BROKEN, f"kill criterion met: {', '.join(killed)}")
    missed = [
        c.id
        for c in conditions
        if c.effect is Effect.CONFIRMS and c.state is ConditionState.NOT_MET
    ]
    if missed:
        return Verdict(PillarState.AT_RISK, f"not met by its deadline: {', '.join(missed)}")
    dated = [c for c in met if c.evidence_at is not None]
    latest = max(dated, key=lambda c: c.evidence_at, default=None)  # type: ignore[arg-type, return-value]
    if latest is not None and latest.effect is Effect.WEAKENS:
        return Verdict(PillarState.AT_RISK, f"the latest evidence weakens it: {latest.id}")
    if latest is not None:
        return Verdict(PillarState.HOLDING, f"the latest evidence confirms it: {latest.id}")
    return Verdict(PillarState.HOLDING, "no evidence against it")


def thesis_state(
    opened: date,
    draft: bool,
    closed: bool,
    pillars: dict[str, Verdict],
    conditions: Sequence[JudgedCondition],
    now: datetime,
) -> Verdict:
    """The thesis from its pillars: a broken pillar invalidates it, a pillar at risk puts it
    at risk, and every checkable confirming condition met confirms it."""
    if closed:
        return Verdict(ThesisState.CLOSED, "closed by review")
    if draft or now < datetime.combine(opened, time.min, tzinfo=UTC):
        return Verdict(ThesisState.DRAFT, "not opened yet")
    broken = [p for p, v in pillars.items() if v.state is PillarState.BROKEN]
    if broken:
        return Verdict(ThesisState.INVALIDATED, f"pillar broken: {', '.join(broken)}")
    at_risk = [p for p, v in pillars.items() if v.state is PillarState.AT_RISK]
    if at_risk:
        return Verdict(ThesisState.AT_RISK, f"pillar at risk: {', '.join(at_risk)}")
    confirming = [
        c
        for c in conditions
        if c.effect is Effect.CONFIRMS and c.state is not ConditionState.UNVERIFIABLE
    ]
    if confirming and all(c.state is ConditionState.MET for c in confirming):
        return Verdict(ThesisState.CONFIRMED, "every confirming condition is met")
    return Verdict(ThesisState.ACTIVE, "every pillar holds")
