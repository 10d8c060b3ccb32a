"""Reviewing and closing a thesis: what the analyst does with it, recorded with the time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from monitor.model import Alert
from monitor.store import alerts as alert_store
from monitor.store import theses as thesis_store
from monitor.theses import announce
from monitor.theses.model import Thesis
from monitor.theses.states import ThesisState, Verdict
from monitor.theses.tracker import CLOSED_KEY


class ReviewError(ValueError):
    """A review or closing that cannot be recorded (the message says why)."""


def review(session: Session, thesis: Thesis, note: str, now: datetime) -> None:
    """Mark the thesis reviewed now; "what changed" counts from here on."""
    if is_closed(session, thesis):
        raise ReviewError(f"thesis {thesis.id} is closed")
    thesis_store.add_review(session, thesis.id, "review", note, now)


def close(
    session: Session, thesis: Thesis, note: str, channels: Sequence[str], now: datetime
) -> Alert | None:
    """Close the thesis with a post-mortem note; the change is announced like any other."""
    if not note.strip():
        raise ReviewError("closing a thesis asks for a post-mortem note (--note)")
    if is_closed(session, thesis):
        raise ReviewError(f"thesis {thesis.id} is already closed")
    thesis_store.add_review(session, thesis.id, "close", note, now)
    row = thesis_store.states(session, thesis.id).get(CLOSED_KEY)
    old = row.state if row is not None else None
    reason = f"closed: {note.strip()}"
    seq = row.seq + 1 if row is not None else 1
    change = thesis_store.record_change(
        session, thesis.id, "thesis", "", seq, old, ThesisState.CLOSED, reason, now
    )
    if change is None:
        raise ReviewError(f"thesis {thesis.id} changed meanwhile; try again")
    thesis_store.save_state(session, change)
    verdict = Verdict(ThesisState.CLOSED, reason)
    draft = announce.state_change(thesis, "thesis", "", old, verdict, seq, [], channels, now)
    alert = next(iter(alert_store.raise_alerts(session, [draft], now)), None)
    if alert is not None:  # None: the dedup key was raised before
        change.alert_id = alert.id
    return alert


def is_closed(session: Session, thesis: Thesis) -> bool:
    row = thesis_store.states(session, thesis.id).get(CLOSED_KEY)
    return row is not None and row.state == ThesisState.CLOSED
