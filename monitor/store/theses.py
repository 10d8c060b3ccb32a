"""Thesis bookkeeping: current states, their history, the evidence log and reviews."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import tables
from monitor.store.alerts import to_alert
from monitor.store.upsert import insert_ignoring_conflict

StateKey = tuple[str, str]  # (scope, key)


@dataclass(frozen=True)
class LoggedEvidence:
    """One entry of a thesis's evidence log: the alert and the condition it moved."""

    condition_key: str
    effect: str
    linked_at: datetime
    alert: model.Alert


def states(session: Session, thesis_id: str) -> dict[StateKey, tables.ThesisStateRow]:
    query = select(tables.ThesisStateRow).where(tables.ThesisStateRow.thesis_id == thesis_id)
    return {(row.scope, row.key): row for row in session.scalars(query)}


def save_state(session: Session, change: tables.ThesisChange) -> None:
    """Make a recorded change the current state."""
    key = (change.thesis_id, change.scope, change.key)
    row = session.get(tables.ThesisStateRow, key)
    if row is None:
        row = tables.ThesisStateRow(thesis_id=change.thesis_id, scope=change.scope, key=change.key)
        session.add(row)
    row.state, row.reason = change.new_state, change.reason
    row.since, row.seq = change.changed_at, change.seq


def record_change(
    session: Session,
    thesis_id: str,
    scope: str,
    key: str,
    seq: int,
    old: str | None,
    new: str,
    reason: str,
    now: datetime,
) -> tables.ThesisChange | None:
    """Record change number `seq` of a state; None if it was recorded already (by another
    transaction that judged the same change)."""
    values = {
        "thesis_id": thesis_id,
        "scope": scope,
        "key": key,
        "seq": seq,
        "old_state": old,
        "new_state": new,
        "reason": reason,
        "changed_at": now,
    }
    conflict = ["thesis_id", "scope", "key", "seq"]
    change_id = insert_ignoring_conflict(session, tables.ThesisChange, values, conflict)
    return None if change_id is None else session.get_one(tables.ThesisChange, change_id)


def changes(
    session: Session, thesis_id: str, since: datetime | None = None
) -> list[tables.ThesisChange]:
    """State changes of a thesis, oldest first."""
    query = select(tables.ThesisChange).where(tables.ThesisChange.thesis_id == thesis_id)
    if since is not None:
        query = query.where(tables.ThesisChange.changed_at > since)
    return list(session.scalars(query.order_by(tables.ThesisChange.id)))


def alerts_of(
    session: Session,
    rule_id: str,
    entities: Sequence[str],
    since: datetime,
    until: datetime | None = None,
) -> list[model.Alert]:
    """Alerts of one rule for these entities fired since `since` (up to `until`), oldest
    first."""
    query = select(tables.Alert).where(
        tables.Alert.rule_id == rule_id,
        tables.Alert.entity.in_(list(entities)),
        tables.Alert.fired_at >= since,
    )
    if until is not None:
        query = query.where(tables.Alert.fired_at <= until)
    query = query.order_by(tables.Alert.fired_at, tables.Alert.id)
    return [to_alert(row) for row in session.scalars(query)]


def link_evidence(
    session: Session, thesis_id: str, condition_key: str, alert_id: int, effect: str, now: datetime
) -> bool:
    """Link an alert to a condition once; True if it was not linked before."""
    values = {
        "thesis_id": thesis_id,
        "condition_key": condition_key,
        "alert_id": alert_id,
        "effect": effect,
        "linked_at": now,
    }
    conflict = ["thesis_id", "condition_key", "alert_id"]
    return insert_ignoring_conflict(session, tables.ThesisEvidence, values, conflict) is not None


def evidence_log(
    session: Session, thesis_id: str, since: datetime | None = None
) -> list[LoggedEvidence]:
    """What arrived for a thesis, newest first (since a moment, when given)."""
    query = (
        select(tables.ThesisEvidence, tables.Alert)
        .join(tables.Alert, tables.Alert.id == tables.ThesisEvidence.alert_id)
        .where(tables.ThesisEvidence.thesis_id == thesis_id)
    )
    if since is not None:
        query = query.where(tables.ThesisEvidence.linked_at > since)
    query = query.order_by(tables.Alert.fired_at.desc(), tables.ThesisEvidence.id.desc())
    return [
        LoggedEvidence(link.condition_key, link.effect, link.linked_at, to_alert(alert))
        for link, alert in session.execute(query)
    ]


def add_review(
    session: Session, thesis_id: str, kind: str, note: str, now: datetime
) -> tables.ThesisReview:
    review = tables.ThesisReview(thesis_id=thesis_id, kind=kind, note=note, reviewed_at=now)
    session.add(review)
    session.flush()
    return review


def reviews(session: Session, thesis_id: str) -> list[tables.ThesisReview]:
    """Reviews of a thesis, newest first."""
    query = (
        select(tables.ThesisReview)
        .where(tables.ThesisReview.thesis_id == thesis_id)
        .order_by(tables.ThesisReview.reviewed_at.desc(), tables.ThesisReview.id.desc())
    )
    return list(session.scalars(query))


def last_review(session: Session, thesis_id: str) -> tables.ThesisReview | None:
    found = reviews(session, thesis_id)
    return found[0] if found else None


def theses_linking(session: Session, alert_id: int) -> list[str]:
    """Ids of the theses that use an alert as evidence."""
    query = select(tables.ThesisEvidence.thesis_id).where(
        tables.ThesisEvidence.alert_id == alert_id
    )
    return sorted(set(session.scalars(query)))
