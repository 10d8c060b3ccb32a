"""Plays a thesis case: alerts raised as the rule engine would, the tracker judging each."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.model import AlertDraft
from monitor.store import alerts as alert_store
from monitor.store import tables
from monitor.store import theses as thesis_store
from monitor.store.db import make_engine, session_factory
from monitor.theses import reviews
from monitor.theses.loader import load_theses
from monitor.theses.tracker import ThesisTracker

CASES = Path(__file__).with_name("transitions.yaml")
RULES = ("sales-up", "sales-down", "plant-milestone", "onchain-proof", "covenant-breach")
RULES += ("invalidation", "market-up")


def load_cases() -> tuple[str, list[dict[str, Any]]]:
    document = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    return document["thesis"], document["cases"]


def moment(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, 12, tzinfo=UTC)
    parsed = datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def tracker_for(thesis_yaml: str, directory: Path, status: str | None = None) -> ThesisTracker:
    text = thesis_yaml
    if status is not None:  # the file's own status key, beside `opened`
        text = text.replace("    opened:", f"    status: {status}\n    opened:")
    file = directory / "theses" / "acme.yaml"
    file.parent.mkdir(exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return ThesisTracker(load_theses([file.parent], RULES, ["hook", "mail"]), ["hook", "mail"])


def scratch(directory: Path) -> sessionmaker[Session]:
    engine = make_engine(f"sqlite:///{directory / 'theses.db'}")
    tables.Base.metadata.create_all(engine)
    return session_factory(engine)


def play(
    tracker: ThesisTracker, sessions: sessionmaker[Session], steps: list[dict[str, Any]]
) -> None:
    thesis = tracker.theses[0]
    for number, step in enumerate(steps):
        with sessions.begin() as session:
            if "tick" in step:
                tracker.on_timer(session, moment(step["tick"]))
            elif "close" in step:
                reviews.close(session, thesis, step["note"], ["hook"], moment(step["close"]))
            else:
                at = moment(step["at"])
                draft = AlertDraft(
                    rule_id=step["alert"],
                    entity=step.get("entity", "ACME"),
                    dedup_key=f"{step['alert']}:{number}",
                    severity="info",
                    title=f"{step['alert']} #{number}",
                    body="",
                    reason="scripted",
                    fired_at=at,
                    values=step.get("values", {}),
                    channels=("hook",),
                )
                alert = alert_store.raise_alert(session, draft, draft.channels, at)
                assert alert is not None
                tracker.after_alerts(session, [alert], at)


def stored_states(sessions: sessionmaker[Session], thesis_id: str) -> dict[str, str]:
    with sessions() as session:
        rows = thesis_store.states(session, thesis_id)
    return {(key or thesis_id): row.state for (_scope, key), row in rows.items()}


def announced(sessions: sessionmaker[Session], thesis_id: str) -> list[str]:
    """The thesis's state-change alerts in order, as 'scope key: from → to'."""
    with sessions() as session:
        query = select(tables.Alert).where(tables.Alert.rule_id == f"thesis:{thesis_id}")
        found = []
        for alert in session.scalars(query.order_by(tables.Alert.id)):
            values = alert.values
            if "scope" not in values:
                continue
            where = "thesis" if values["scope"] == "thesis" else f"pillar {values['pillar']}"
            found.append(f"{where}: {values['from'] or 'new'} → {values['to']}")
        return found
