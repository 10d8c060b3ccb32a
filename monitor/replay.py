"""Dry runs: evaluate rules over stored events in time order, delivering nothing.

A replay keeps its alerts in memory (one per dedup key, as the live store does) and checks
time-driven rules at every event's moment and once more at the end of the window.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import as_utc
from monitor.model import Alert, AlertDraft, AlertState, Observation
from monitor.rules.engine import RuleEngine
from monitor.store import events as event_store
from monitor.store.db import make_engine, session_factory, upgrade
from monitor.store.history import StoredHistory


@dataclass
class MemoryAlertLog:
    """The alerts a dry run would have raised, one per dedup key."""

    alerts: list[Alert] = field(default_factory=list)

    def add(self, draft: AlertDraft) -> Alert | None:
        if any(a.dedup_key == draft.dedup_key for a in self.alerts):
            return None
        alert = Alert(
            id=len(self.alerts) + 1,
            rule_id=draft.rule_id,
            entity=draft.entity,
            dedup_key=draft.dedup_key,
            severity=draft.severity,
            title=draft.title,
            body=draft.body,
            reason=draft.reason,
            fired_at=draft.fired_at,
            values=draft.values,
            evidence=draft.evidence,
            event_ids=list(draft.event_ids),
            state=AlertState.OPEN,
        )
        self.alerts.append(alert)
        return alert

    def last_alert(self, rule_id: str, entity: str) -> Alert | None:
        mine = self.alerts_for(rule_id, entity)
        return mine[-1] if mine else None

    def alerts_for(self, rule_id: str, entity: str) -> list[Alert]:
        return [a for a in self.alerts if a.rule_id == rule_id and a.entity == entity]


def replay(
    sessions: sessionmaker[Session],
    engine: RuleEngine,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Iterator[Alert]:
    """Yield each alert the rules would have raised, in the order it would have fired."""
    log = MemoryAlertLog()
    with sessions() as session:
        history = StoredHistory(session, log)
        last_moment = None
        for event in event_store.events_in_order(session, since, until):
            last_moment = event.observed_at
            drafts = engine.evaluate_timers(history, event.observed_at)
            drafts += engine.evaluate([event], history, event.observed_at)
            yield from _added(log, drafts)
        end = until or last_moment
        if end is not None:
            yield from _added(log, engine.evaluate_timers(history, end))


def _added(log: MemoryAlertLog, drafts: Iterable[AlertDraft]) -> Iterator[Alert]:
    for draft in drafts:
        alert = log.add(draft)
        if alert is not None:
            yield alert


def load_jsonl_events(path: Path, sessions: sessionmaker[Session]) -> int:
    """Store events written one JSON object a line (kind, entity, subject, occurred_at,
    payload, optional observed_at/evidence/document_sha256); returns how many were stored."""
    count = 0
    with path.open(encoding="utf-8") as lines, sessions.begin() as session:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            obs, observed_at = _observation(json.loads(line), path, number)
            count += len(event_store.insert_observations(session, "jsonl", [obs], observed_at))
    return count


def _observation(data: dict[str, Any], path: Path, number: int) -> tuple[Observation, datetime]:
    try:
        occurred = as_utc(datetime.fromisoformat(data["occurred_at"]))
        observed = as_utc(datetime.fromisoformat(data.get("observed_at", data["occurred_at"])))
        payload = dict(data.get("payload", {}))
        if data.get("document_sha256"):
            payload["document_sha256"] = data["document_sha256"]
        obs = Observation(
            kind=data["kind"],
            entity=data["entity"],
            subject=data["subject"],
            occurred_at=occurred,
            identity=(number, json.dumps(data, sort_keys=True)),
            payload=payload,
            evidence=dict(data.get("evidence", {})),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ValueError(f"{path}:{number}: bad event: {exc}") from exc
    return obs, observed


def scratch_sessions(directory: Path) -> sessionmaker[Session]:
    """A throwaway SQLite database for `monitor rules test`."""
    engine = make_engine(f"sqlite:///{directory / 'scratch.db'}")
    upgrade(engine)
    return session_factory(engine)
