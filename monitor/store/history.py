"""History questions asked by rule conditions, answered from the database."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any, Protocol

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from monitor import model
from monitor.store import alerts, tables
from monitor.store.events import to_event
from monitor.vocabulary.kinds import METRIC_KINDS

# History is read as plain rows, not ORM objects: rules ask for many events per batch and
# loading each as an entity was a fifth of the pipeline's time (benchmarks/pipeline.py).
EVENT = tables.Event.__table__


@dataclass(frozen=True)
class _Read:
    """A window's or a series' events read once: every one with id ≤ `upto_id`, in time
    order (a window, from the `since` it is kept with) or id order (a series)."""

    upto_id: int
    rows: list[model.Event]

    @cached_property
    def by_document(self) -> dict[str, list[model.Event]]:
        """The rows of each document, in read order: a document's rest is found without
        scanning the batch for every ask (a backfill stores thousands of figures at once)."""
        grouped: dict[str, list[model.Event]] = {}
        for row in self.rows:
            if (document := row.document()) is not None:
                grouped.setdefault(document, []).append(row)
        return grouped


def _metric_query(entity: str, metric: str) -> Select[Any]:
    """The stored figures of one metric for one entity (subject "metric:period")."""
    return select(*EVENT.c).where(
        EVENT.c.kind.in_(METRIC_KINDS),
        EVENT.c.entity == entity,
        EVENT.c.subject.startswith(f"{metric}:", autoescape=True),
    )


def _time(event: model.Event) -> datetime:
    return event.occurred_at


class AlertLog(Protocol):
    def last_alert(self, rule_id: str, entity: str) -> model.Alert | None: ...

    def alerts_for(self, rule_id: str, entity: str) -> list[model.Alert]: ...


class StoredAlerts:
    """Alerts as stored (the live service)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def last_alert(self, rule_id: str, entity: str) -> model.Alert | None:
        return alerts.last_alert(self.session, rule_id, entity)

    def alerts_for(self, rule_id: str, entity: str) -> list[model.Alert]:
        where = alerts.AlertFilter(rule_id=rule_id, entity=entity, limit=10_000)
        return alerts.list_alerts(self.session, where)


class StoredHistory:
    """Implements monitor.rules.base.History over a session (inside the caller's transaction,
    so events inserted earlier in the same transaction are visible). A replay passes its own
    alert log, since a dry run stores no alerts."""

    def __init__(self, session: Session, alert_log: AlertLog | None = None) -> None:
        self.session = session
        self.alert_log = alert_log or StoredAlerts(session)
        self._batch: dict[tuple[str, str, str], list[model.Event]] = {}
        self._windows: dict[tuple[str, str, str], tuple[datetime, _Read]] = {}
        self._series: dict[tuple[str, str], _Read] = {}
        self._last_remembered_id = 0

    def remember(self, events: list[model.Event]) -> None:
        """The batch just stored: `previous` answers from it without a query when it can
        (a backfill or a busy feed stores many events of one subject at once)."""
        for event in events:
            self._batch.setdefault((event.kind, event.entity, event.subject), []).append(event)
            self._last_remembered_id = max(self._last_remembered_id, event.id)
        for batch in self._batch.values():
            batch.sort(key=lambda e: e.id)

    def previous(
        self, kind: str, entity: str, subject: str, before: model.Event
    ) -> model.Event | None:
        batch = self._batch.get((kind, entity, subject), [])
        # The batch is in id order: the last event before `before` is found by bisection
        # (scanning it for every event was quadratic in a big batch).
        earlier = bisect.bisect_left(batch, before.id, key=lambda e: e.id)
        if earlier:
            return batch[earlier - 1]
        query = (
            select(*EVENT.c)
            .where(
                EVENT.c.kind == kind,
                EVENT.c.entity == entity,
                EVENT.c.subject == subject,
                EVENT.c.id < before.id,
            )
            .order_by(EVENT.c.id.desc())
            .limit(1)
        )
        row = self.session.execute(query).first()
        return to_event(row) if row else None

    def metric_events(
        self, entity: str, metric: str, upto: model.Event | None
    ) -> list[model.Event]:
        """The metric's events for the entity, up to `upto` (by id), in id order, then the
        rest of `upto`'s document. Read once per batch up to its last event and cut for each
        ask, as `window` is."""
        if upto is None:  # the whole series (a deadline): asked once, not cut
            return self._metric_rows(entity, metric, None)
        key = (entity, metric)
        read = self._series.get(key)
        if read is None or upto.id > read.upto_id:
            upto_id = self._read_upto(upto)
            read = self._series[key] = _Read(upto_id, self._metric_rows(entity, metric, upto_id))
        cut = bisect.bisect_right(read.rows, upto.id, key=lambda e: e.id)
        return read.rows[:cut] + self._rest_of_document(entity, metric, upto, read)

    def _rest_of_document(
        self, entity: str, metric: str, upto: model.Event, read: _Read
    ) -> list[model.Event]:
        """The figures of `upto`'s document stored with it and after it. A document's figures
        are stored together, in one poll, so each is judged beside all of them: a balance
        sheet's part read before the release's total must not pass for the period's figure."""
        document = upto.document()
        if document is None:
            return []
        # The batch just stored is in the read; an event judged alone (a replay) asks for it.
        if upto.id <= self._last_remembered_id:
            later = [e for e in read.by_document.get(document, []) if e.id > upto.id]
        else:
            later = [e for e in self._rows_after(entity, metric, upto) if e.document() == document]
        return [e for e in later if e.observed_at == upto.observed_at]

    def _rows_after(self, entity: str, metric: str, upto: model.Event) -> list[model.Event]:
        query = _metric_query(entity, metric).where(
            EVENT.c.id > upto.id, EVENT.c.observed_at == upto.observed_at
        )
        return [to_event(row) for row in self.session.execute(query.order_by(EVENT.c.id))]

    def _metric_rows(self, entity: str, metric: str, upto_id: int | None) -> list[model.Event]:
        query = _metric_query(entity, metric)
        if upto_id is not None:
            query = query.where(EVENT.c.id <= upto_id)
        return [to_event(row) for row in self.session.execute(query.order_by(EVENT.c.id))]

    def window(
        self, kind: str, entity: str, subject: str, since: datetime, before: model.Event
    ) -> list[model.Event]:
        """Events of the subject before `before` (by id), from `since` to `before`'s time, in
        time order.

        A batch of prices asks this once per price, for windows that overlap: the first ask
        reads the window up to the batch's last event once, and the later ones are cut from
        it (reading each window anew was a fifth of the pipeline's time).
        """
        key = (kind, entity, subject)
        found = self._windows.get(key)
        if found is None or since < found[0] or before.id > found[1].upto_id:
            upto_id = self._read_upto(before)
            read = _Read(upto_id, self._window_rows(key, since, upto_id))
            found = self._windows[key] = (since, read)
        read = found[1]
        start = bisect.bisect_left(read.rows, since, key=_time)
        end = bisect.bisect_right(read.rows, before.occurred_at, key=_time)
        return [e for e in read.rows[start:end] if e.id < before.id]

    def _read_upto(self, asked: model.Event) -> int:
        # Up to the batch's last event, so that the batch's later asks are cut from this read.
        return max(asked.id, self._last_remembered_id)

    def _window_rows(
        self, key: tuple[str, str, str], since: datetime, upto_id: int
    ) -> list[model.Event]:
        kind, entity, subject = key
        query = (
            select(*EVENT.c)
            .where(
                EVENT.c.kind == kind,
                EVENT.c.entity == entity,
                EVENT.c.subject == subject,
                EVENT.c.id <= upto_id,
                EVENT.c.occurred_at >= since,
            )
            .order_by(EVENT.c.occurred_at, EVENT.c.id)
        )
        return [to_event(row) for row in self.session.execute(query)]

    def same_document(self, event: model.Event, metric: str) -> list[model.Event]:
        document = event.document()
        if document is None:
            return []
        query = _metric_query(event.entity, metric)
        return [
            found
            for found in map(to_event, self.session.execute(query))
            if found.document() == document
        ]

    def latest_per_subject(self, kind: str, entity: str, upto: model.Event) -> list[model.Event]:
        latest = (
            select(func.max(EVENT.c.id))
            .where(EVENT.c.kind == kind, EVENT.c.entity == entity, EVENT.c.id <= upto.id)
            .group_by(EVENT.c.subject)
        )
        query = select(*EVENT.c).where(EVENT.c.id.in_(latest)).order_by(EVENT.c.id)
        return [to_event(row) for row in self.session.execute(query)]

    def last_alert(self, rule_id: str, entity: str) -> model.Alert | None:
        return self.alert_log.last_alert(rule_id, entity)

    def alerts_for(self, rule_id: str, entity: str) -> list[model.Alert]:
        return self.alert_log.alerts_for(rule_id, entity)
