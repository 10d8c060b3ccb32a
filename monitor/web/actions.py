"""The only writes the page makes: acknowledging alerts (and taking it back), queueing an
alert's unsent deliveries again, adding and expiring silences. Each runs in its own
transaction; the route has already checked the token."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from monitor.model import AlertState
from monitor.store import deliveries, tables

MAX_SILENCE = timedelta(days=366)


@dataclass(frozen=True)
class Acknowledged:
    id: int
    state: str
    acknowledged_at: datetime | None


def acknowledge(
    sessions: sessionmaker[Session], alert_id: int, now: datetime
) -> Acknowledged | None:
    """Mark the alert acknowledged (once: acknowledging again keeps the first time)."""
    with sessions.begin() as session:
        alert = session.get(tables.Alert, alert_id)
        if alert is None:
            return None
        if alert.state != AlertState.ACKNOWLEDGED.value:
            alert.state = AlertState.ACKNOWLEDGED.value
            alert.acknowledged_at = now
        return Acknowledged(alert.id, alert.state, alert.acknowledged_at)


def unacknowledge(sessions: sessionmaker[Session], alert_id: int) -> Acknowledged | None:
    """Open an acknowledged alert again (an acknowledgement made by mistake)."""
    with sessions.begin() as session:
        alert = session.get(tables.Alert, alert_id)
        if alert is None:
            return None
        alert.state = AlertState.OPEN.value
        alert.acknowledged_at = None
        return Acknowledged(alert.id, alert.state, alert.acknowledged_at)


def acknowledge_many(sessions: sessionmaker[Session], alert_ids: list[int], now: datetime) -> int:
    """Acknowledge every listed alert still open, in one transaction; how many changed."""
    with sessions.begin() as session:
        changed = 0
        for alert_id in dict.fromkeys(alert_ids):
            alert = session.get(tables.Alert, alert_id)
            if alert is not None and alert.state != AlertState.ACKNOWLEDGED.value:
                alert.state = AlertState.ACKNOWLEDGED.value
                alert.acknowledged_at = now
                changed += 1
        return changed


def redeliver(sessions: sessionmaker[Session], alert_id: int, now: datetime) -> int | None:
    """Queue the alert's unsent deliveries again (as `monitor alerts redeliver`); None: no
    such alert. The dispatcher of a running monitor sends them."""
    with sessions.begin() as session:
        if session.get(tables.Alert, alert_id) is None:
            return None
        return deliveries.requeue(session, alert_id, now)


def silence_alert(
    sessions: sessionmaker[Session], alert_id: int, now: datetime, duration: timedelta
) -> int | None:
    """Silence the alert's rule for the alert's entity; the silence's id (None: no alert)."""
    with sessions.begin() as session:
        alert = session.get(tables.Alert, alert_id)
        if alert is None:
            return None
        rule_id, entity = alert.rule_id, alert.entity
    reason = f"silenced from alert #{alert_id}"
    return add_silence(sessions, rule_id, entity, reason, now, duration)


def add_silence(
    sessions: sessionmaker[Session],
    rule_id: str | None,
    entity: str | None,
    reason: str,
    now: datetime,
    duration: timedelta,
) -> int:
    """A silence for a rule and/or an entity, from now for `duration`; returns its id."""
    rule_id, entity = (rule_id or "").strip() or None, (entity or "").strip() or None
    if rule_id is None and entity is None:
        raise ValueError("a silence needs a rule, an entity, or both")
    if not timedelta(0) < duration <= MAX_SILENCE:
        raise ValueError("a silence lasts more than 0 and at most 366 days")
    with sessions.begin() as session:
        silence = tables.Silence(
            rule_id=rule_id,
            entity=entity,
            reason=reason.strip(),
            created_at=now,
            expires_at=now + duration,
        )
        session.add(silence)
        session.flush()
        return silence.id


def expire_silence(sessions: sessionmaker[Session], silence_id: int, now: datetime) -> bool | None:
    """End a silence now. None: no such silence; False: it had already expired."""
    with sessions.begin() as session:
        silence = session.get(tables.Silence, silence_id)
        if silence is None:
            return None
        if silence.expires_at <= now:
            return False
        silence.expires_at = now
        return True
