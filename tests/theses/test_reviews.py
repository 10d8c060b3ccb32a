"""Reviews: a reminder when the cadence passes or evidence stops arriving, once each; a
review starts the cadence again; closing needs a post-mortem note."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.store import tables
from monitor.theses import reviews
from tests.theses.runner import load_cases, moment, play, scratch, tracker_for

THESIS, _ = load_cases()
CADENCE = THESIS.replace("review_every_days: 365", "review_every_days: 30").replace(
    "quiet_after_days: 365", "quiet_after_days: 45"
)


def _reminders(sessions: object) -> list[tuple[str, str]]:
    with sessions() as session:  # type: ignore[operator]
        rows = session.scalars(select(tables.Alert).order_by(tables.Alert.id))
        return [
            (a.values["reminder"], a.values["since"][:10]) for a in rows if "reminder" in a.values
        ]


def test_a_review_falls_due_with_the_cadence_once_and_again_after_the_next_cadence(
    tmp_path: Path,
) -> None:
    tracker = tracker_for(CADENCE, tmp_path)
    sessions = scratch(tmp_path)
    play(tracker, sessions, [{"tick": "2026-03-02"}, {"at": "2026-03-20", "alert": "sales-up"}])
    play(tracker, sessions, [{"tick": "2026-03-30"}])
    assert _reminders(sessions) == []  # 29 days after opening: not yet
    play(tracker, sessions, [{"tick": "2026-03-31T01:00"}, {"tick": "2026-04-02"}])
    assert _reminders(sessions) == [("review-due", "2026-03-01")]  # once, not at every tick
    with sessions.begin() as session:
        reviews.review(session, tracker.theses[0], "fine", moment("2026-04-03"))
    play(tracker, sessions, [{"tick": "2026-05-02"}, {"tick": "2026-05-03T13:00"}])
    assert _reminders(sessions) == [("review-due", "2026-03-01"), ("review-due", "2026-04-03")]


def test_a_review_falls_due_when_no_evidence_arrived_for_the_quiet_period(tmp_path: Path) -> None:
    quiet = CADENCE.replace("review_every_days: 30", "review_every_days: 365")
    tracker = tracker_for(quiet, tmp_path)
    sessions = scratch(tmp_path)
    play(tracker, sessions, [{"tick": "2026-03-02"}, {"at": "2026-03-20", "alert": "sales-up"}])
    play(tracker, sessions, [{"tick": "2026-05-03"}])
    assert _reminders(sessions) == []  # 44 days after the last evidence
    play(tracker, sessions, [{"tick": "2026-05-04T13:00"}, {"tick": "2026-05-10"}])
    assert _reminders(sessions) == [("quiet", "2026-03-20")]


def test_no_reminders_for_a_closed_thesis(tmp_path: Path) -> None:
    tracker = tracker_for(CADENCE, tmp_path)
    sessions = scratch(tmp_path)
    play(tracker, sessions, [{"tick": "2026-03-02"}, {"close": "2026-03-05", "note": "wrong"}])
    play(tracker, sessions, [{"tick": "2026-09-01"}])
    assert _reminders(sessions) == []


def test_closing_asks_for_a_post_mortem_and_happens_once(tmp_path: Path) -> None:
    tracker = tracker_for(CADENCE, tmp_path)
    sessions = scratch(tmp_path)
    thesis = tracker.theses[0]
    with sessions.begin() as session, pytest.raises(reviews.ReviewError, match="post-mortem"):
        reviews.close(session, thesis, "  ", ["hook"], moment("2026-03-05"))
    play(tracker, sessions, [{"close": "2026-03-05", "note": "wrong"}])
    with sessions.begin() as session, pytest.raises(reviews.ReviewError, match="already closed"):
        reviews.close(session, thesis, "again", ["hook"], moment("2026-03-06"))
    with sessions.begin() as session, pytest.raises(reviews.ReviewError, match="is closed"):
        reviews.review(session, thesis, "late", moment("2026-03-06"))
