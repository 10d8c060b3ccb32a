"""Keeping theses up to date: after alerts are raised, and on the deadline schedule.

In the caller's transaction: link each alert a condition counts (the evidence log), store the
states that changed with their history, and raise an alert through the outbox for every
change of a thesis or a pillar, and for a review that is due.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from monitor.model import Alert
from monitor.store import alerts as alert_store
from monitor.store import theses as thesis_store
from monitor.theses import announce
from monitor.theses.evaluate import Evaluation, evaluate, opened_at
from monitor.theses.model import Thesis
from monitor.theses.states import ThesisState, Verdict

CLOSED_KEY = ("thesis", "")
log = logging.getLogger(__name__)


class ThesisTracker:
    def __init__(self, theses: Sequence[Thesis], channel_names: Sequence[str]) -> None:
        self.theses = list(theses)
        self.channel_names = tuple(channel_names)
        self.rule_ids = frozenset(r for t in self.theses for r in t.rule_ids)

    def get(self, thesis_id: str) -> Thesis | None:
        return next((t for t in self.theses if t.id == thesis_id), None)

    def after_alerts(self, session: Session, raised: Sequence[Alert], now: datetime) -> list[Alert]:
        """Update the theses that use any of the alerts just raised."""
        used = {a.rule_id for a in raised} & self.rule_ids
        touched = [t for t in self.theses if t.rule_ids & used]
        return [alert for t in touched for alert in self._guarded(t, self.update, session, now)]

    def on_timer(self, session: Session, now: datetime) -> list[Alert]:
        """Deadlines pass and reviews fall due: every thesis, then its reminders."""
        out = []
        for thesis in self.theses:
            out += self._guarded(thesis, self.update, session, now)
            out += self._guarded(thesis, self._reminders, session, now)
        return out

    def _guarded(
        self,
        thesis: Thesis,
        judge: Callable[[Session, Thesis, datetime], list[Alert]],
        session: Session,
        now: datetime,
    ) -> list[Alert]:
        # A thesis that cannot be judged must not cost the poll its events and alerts. Its
        # states are recomputed from all the evidence at every update, so the next one
        # repairs whatever this one left half done.
        try:
            return judge(session, thesis, now)
        except Exception:
            log.exception("thesis %s could not be judged; it is judged again next time", thesis.id)
            return []

    def update(self, session: Session, thesis: Thesis, now: datetime) -> list[Alert]:
        stored = thesis_store.states(session, thesis.id)
        row = stored.get(CLOSED_KEY)
        if row is not None and row.state == ThesisState.CLOSED:
            return []
        raised = []
        opening = opened_at(thesis)
        if row is not None and row.state == ThesisState.DRAFT and row.since < opening <= now:
            # Judged as a draft before its opening day and not since: it opened first (as
            # of that day), whatever has happened after.
            raised += self._judge(session, thesis, stored, opening, now, upto=opening)
            stored = thesis_store.states(session, thesis.id)
        return raised + self._judge(session, thesis, stored, now, now)

    def _judge(
        self,
        session: Session,
        thesis: Thesis,
        stored: dict[tuple[str, str], Any],
        at: datetime,
        now: datetime,
        upto: datetime | None = None,
    ) -> list[Alert]:
        """Record the states as of `at` (from the evidence up to `upto`) that differ from
        `stored`; announce them now."""
        evaluation = evaluate(session, thesis, at, closed=False, upto=upto)
        new_evidence = self._link(session, evaluation, now)
        raised = []
        for scope, key, verdict in evaluation.verdicts():
            row = stored.get((scope, key))
            if row is not None and row.state == verdict.state:
                if row.reason != verdict.reason:  # same state, newer grounds (for the page)
                    row.reason = verdict.reason
                continue
            raised += self._record(session, thesis, row, scope, key, verdict, new_evidence, at, now)
        return raised

    def _record(
        self,
        session: Session,
        thesis: Thesis,
        row: Any,
        scope: str,
        key: str,
        verdict: Verdict,
        new_evidence: list[tuple[str, Alert]],
        at: datetime,
        now: datetime,
    ) -> list[Alert]:
        """Store a state that differs from `row` (None: never judged); the alerts that
        announce it."""
        old = row.state if row is not None else None
        # Numbered from the state as read: a judge working from an older read tries a
        # number that is taken, and its change is dropped.
        seq = row.seq + 1 if row is not None else 1
        change = thesis_store.record_change(
            session, thesis.id, scope, key, seq, old, verdict.state, verdict.reason, at
        )
        if change is None:  # another transaction recorded (and announced) it first
            return []
        thesis_store.save_state(session, change)
        if scope == "condition" or not announce.is_news(old, verdict.state):
            return []
        triggers = [a for k, a in new_evidence if scope == "thesis" or k.startswith(key + "/")]
        # Stamped with the moment the state holds from (a draft that opened on its day
        # opened then, whenever the judge next ran), so the record reads the same however
        # late the deadline job came round.
        draft = announce.state_change(
            thesis, scope, key, old, verdict, seq, triggers, self._channels(thesis), at
        )
        raised = []
        # Raised here, one by one, so each change names the alert that announced it.
        for alert in alert_store.raise_alerts(session, [draft], now):
            change.alert_id = alert.id
            raised.append(alert)
        return raised

    def _link(
        self, session: Session, evaluation: Evaluation, now: datetime
    ) -> list[tuple[str, Alert]]:
        """Link every counted alert to its condition; the ones linked for the first time."""
        new = []
        for judgement in evaluation.conditions:
            condition = judgement.condition
            for alert in judgement.alerts:
                effect = str(condition.spec.effect)
                if thesis_store.link_evidence(
                    session, evaluation.thesis.id, condition.key, alert.id, effect, now
                ):
                    new.append((condition.key, alert))
        return new

    def _reminders(self, session: Session, thesis: Thesis, now: datetime) -> list[Alert]:
        state = thesis_store.states(session, thesis.id).get(CLOSED_KEY)
        if state is None or state.state in (ThesisState.DRAFT, ThesisState.CLOSED):
            return []
        drafts = []
        review = thesis_store.last_review(session, thesis.id)
        since = review.reviewed_at if review else opened_at(thesis)
        every = timedelta(days=thesis.spec.review_every_days)
        if now - since >= every:
            reason = f"not reviewed since {since:%Y-%m-%d}, due every {every.days} days"
            drafts.append(("review-due", since, since + every, reason))
        log = thesis_store.evidence_log(session, thesis.id)
        latest = max([e.alert.fired_at for e in log], default=opened_at(thesis))
        quiet = timedelta(days=thesis.spec.quiet_after_days)
        if now - latest >= quiet:
            reason = f"no evidence since {latest:%Y-%m-%d}, {quiet.days} days or more"
            drafts.append(("quiet", latest, latest + quiet, reason))
        channels = self._channels(thesis)
        # Stamped when it fell due, not when the deadline job noticed.
        reminders = [
            announce.reminder(thesis, kind, moment, reason, channels, min(now, due))
            for kind, moment, due, reason in drafts
        ]
        return alert_store.raise_alerts(session, reminders, now)

    def _channels(self, thesis: Thesis) -> tuple[str, ...]:
        return tuple(thesis.spec.channels or self.channel_names)
