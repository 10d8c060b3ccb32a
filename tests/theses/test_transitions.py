"""Every state transition of a thesis, pillar and condition, from scripted rule alerts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from monitor.store import tables
from tests.theses.runner import announced, load_cases, play, scratch, stored_states, tracker_for

THESIS, CASES = load_cases()


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_transition(case: dict[str, Any], tmp_path: Path) -> None:
    tracker = tracker_for(THESIS, tmp_path, case.get("status"))
    sessions = scratch(tmp_path)
    play(tracker, sessions, case["steps"])
    states = stored_states(sessions, "acme")
    assert {key: states.get(key) for key in case["states"]} == case["states"]
    assert announced(sessions, "acme") == case["announced"]


def test_every_announcement_goes_to_the_outbox_of_the_thesis_channels(tmp_path: Path) -> None:
    tracker = tracker_for(THESIS, tmp_path)
    sessions = scratch(tmp_path)
    play(
        tracker,
        sessions,
        [
            {"tick": "2026-03-02"},
            {"at": "2026-06-01", "alert": "invalidation", "values": {"state": "breached"}},
        ],
    )
    with sessions() as session:
        rows = session.execute(
            select(tables.Alert.severity, tables.Alert.title, tables.Delivery.channel)
            .join(tables.Delivery, tables.Delivery.alert_id == tables.Alert.id)
            .where(tables.Alert.rule_id == "thesis:acme")
            .order_by(tables.Alert.id)
        ).all()
    assert rows == [
        ("critical", "Thesis acme: pillar Survival holding → broken", "hook"),
        ("critical", "Thesis acme: active → invalidated", "hook"),
    ]


# Severity by the state a change goes to: broken or invalidated is critical, at risk a warning,
# any other state (holding again, active again) info.
SEVERITY_OF_STATE = {"broken": "critical", "invalidated": "critical", "at risk": "warning"}


def test_a_change_to_at_risk_is_a_warning_and_a_recovery_is_info(tmp_path: Path) -> None:
    tracker = tracker_for(THESIS, tmp_path)
    sessions = scratch(tmp_path)
    play(
        tracker,
        sessions,
        [
            {"tick": "2026-03-02"},
            {"at": "2026-03-04", "alert": "sales-down"},
            {"tick": "2026-03-05"},
            {"at": "2026-03-06", "alert": "sales-up"},
        ],
    )
    with sessions() as session:
        rows = session.execute(
            select(tables.Alert.severity, tables.Alert.title)
            .where(tables.Alert.rule_id == "thesis:acme")
            .order_by(tables.Alert.id)
        ).all()
    reached = [title.rsplit("→ ", 1)[1] for _, title in rows]
    assert reached == ["at risk", "at risk", "holding", "active"]
    assert [severity for severity, _ in rows] == [
        SEVERITY_OF_STATE.get(state, "info") for state in reached
    ]


def test_the_alerts_a_condition_used_are_linked_to_it_once(tmp_path: Path) -> None:
    tracker = tracker_for(THESIS, tmp_path)
    sessions = scratch(tmp_path)
    play(
        tracker,
        sessions,
        [
            {"at": "2026-03-04", "alert": "sales-down"},
            {"tick": "2026-03-05"},
            {"at": "2026-03-06", "alert": "sales-up"},
            {"tick": "2026-03-07"},
        ],
    )
    with sessions() as session:
        links = session.execute(
            select(
                tables.ThesisEvidence.condition_key,
                tables.ThesisEvidence.effect,
                tables.Alert.title,
            )
            .join(tables.Alert, tables.Alert.id == tables.ThesisEvidence.alert_id)
            .order_by(tables.ThesisEvidence.id)
        ).all()
    assert links == [
        ("growth/down", "weakens", "sales-down #0"),
        ("growth/up", "confirms", "sales-up #2"),
    ]


def test_a_change_judged_twice_at_once_is_recorded_and_announced_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A poll and the deadline job (or two processes) judge the same new alert: the second
    still sees the states from before the first committed, and its change is dropped."""
    from monitor.store import theses as thesis_store

    tracker = tracker_for(THESIS, tmp_path)
    sessions = scratch(tmp_path)
    play(tracker, sessions, [{"tick": "2026-03-02"}])
    with sessions() as session:
        before = thesis_store.states(session, "acme")
        session.expunge_all()
    play(tracker, sessions, [{"at": "2026-03-04", "alert": "sales-down"}])
    monkeypatch.setattr(thesis_store, "states", lambda _session, _thesis_id: before)
    play(tracker, sessions, [{"tick": "2026-03-04T01:00"}])  # judges from the stale states
    assert announced(sessions, "acme") == [
        "pillar growth: holding → at_risk",
        "thesis: active → at_risk",
    ]
    with sessions() as session:
        count = session.scalar(select(func.count()).select_from(tables.ThesisChange))
    assert count == 14  # 11 first judgements + condition, pillar and thesis once each
