"""Storage on SQLite and PostgreSQL: idempotent events, one alert per key, the outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import ManualClock
from monitor.metrics import metric_observation
from monitor.model import AlertDraft, DeliveryStatus, Document, Observation
from monitor.store import alerts, deliveries, events, source_state, tables
from monitor.store.history import StoredHistory

T0 = datetime(2026, 2, 9, 12, 0, tzinfo=UTC)


def observation(
    subject: str, price: float, minute: int = 0, doc: bytes | None = None
) -> Observation:
    moment = T0 + timedelta(minutes=minute)
    document = (
        Document("https://sec.example/doc.htm", moment, "text/html", doc, "text") if doc else None
    )
    return Observation(
        "price",
        "BTC-USD",
        subject,
        moment,
        (subject, minute, price),
        {"price": price},
        {"quoted_at": moment.isoformat()},
        document,
    )


def draft(key: str, channels: tuple[str, ...] = ("hook", "mail")) -> AlertDraft:
    return AlertDraft(
        "btc-above",
        "BTC-USD",
        key,
        "info",
        "BTC up",
        "body",
        "crossed",
        T0,
        {"price": 69000.5},
        [{"event_id": 1}],
        (1,),
        channels,
    )


def test_schema_matches_the_models(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        names = set(inspect(session.get_bind()).get_table_names())
    assert {t.name for t in tables.Base.metadata.sorted_tables} <= names


def test_events_are_inserted_once_per_fingerprint(sessions: sessionmaker[Session]) -> None:
    batch = [observation("BTC-USD", 1.0, 0), observation("BTC-USD", 2.0, 1)]
    with sessions.begin() as session:
        first = events.insert_observations(session, "btc", batch, T0)
    with sessions.begin() as session:
        again = events.insert_observations(
            session, "btc", [*batch, observation("BTC-USD", 3.0, 2)], T0
        )
    assert [e.payload["price"] for e in first] == [1.0, 2.0]
    assert [e.payload["price"] for e in again] == [3.0]
    with sessions() as session:
        stored = events.list_events(session, events.EventFilter(entity="BTC-USD"))
    assert [e.payload["price"] for e in stored] == [3.0, 2.0, 1.0]  # newest first
    assert all(e.occurred_at.tzinfo is not None for e in stored)


def test_documents_are_content_addressed(sessions: sessionmaker[Session]) -> None:
    body = b"<p>Total number of Bitcoins sold 4,451</p>"
    with sessions.begin() as session:
        events.insert_observations(
            session, "s", [observation("a", 1, 0, body), observation("b", 2, 1, body)], T0
        )
    with sessions() as session:
        docs = session.scalars(select(tables.Document)).all()
        linked = {e.document_sha256 for e in session.scalars(select(tables.Event))}
    assert len(docs) == 1 and docs[0].body == body
    assert linked == {docs[0].sha256}


def test_history_previous_sees_only_earlier_events(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        stored = events.insert_observations(
            session,
            "btc",
            [observation("BTC-USD", p, i) for i, p in enumerate([1.0, 2.0, 3.0])],
            T0,
        )
        history = StoredHistory(session)
        assert history.previous("price", "BTC-USD", "BTC-USD", stored[2]).payload["price"] == 2.0
        assert history.previous("price", "BTC-USD", "BTC-USD", stored[0]) is None


@pytest.mark.parametrize("remembered", ["none", "in order", "shuffled"])
def test_history_previous_is_the_same_from_the_batch_or_the_database(
    sessions: sessionmaker[Session], remembered: str
) -> None:
    prices = [5.0, 1.0, 4.0, 2.0, 3.0, 6.0]
    with sessions.begin() as session:
        stored = events.insert_observations(
            session, "btc", [observation("BTC-USD", p, i) for i, p in enumerate(prices)], T0
        )
        history = StoredHistory(session)
        if remembered != "none":
            batch = stored[::-1] if remembered == "shuffled" else stored
            history.remember(list(batch))
        found = [history.previous("price", "BTC-USD", "BTC-USD", e) for e in stored]
    assert [e.payload["price"] if e else None for e in found] == [None, *prices[:-1]]


def window_of(
    history: StoredHistory, since_minutes: int, before: tables.Event | Any
) -> list[float]:
    since = T0 + timedelta(minutes=since_minutes)
    found = history.window("price", "BTC-USD", "BTC-USD", since, before)
    return [e.payload["price"] for e in found]


@pytest.mark.parametrize("remembered", [False, True])
def test_history_windows_cut_from_one_read_are_the_database_s_windows(
    sessions: sessionmaker[Session], remembered: bool
) -> None:
    """Windows asked in a batch's order, out of order, reaching back further than the first
    ask, and for events stored out of time order: each the same as a fresh read."""
    minutes = [0, 5, 3, 9, 12, 12, 20, 18, 30, 41, 40, 55]  # out of order, one tie
    with sessions.begin() as session:
        stored = events.insert_observations(
            session,
            "btc",
            [observation("BTC-USD", float(i + 1), m) for i, m in enumerate(minutes)],
            T0,
        )
        history = StoredHistory(session)
        if remembered:
            history.remember(list(stored))
        asks = [(m - 15, e) for m, e in zip(minutes, stored, strict=True)]
        asks += [(m - 15, e) for m, e in reversed(list(zip(minutes, stored, strict=True)))]
        asks += [(-60, stored[6]), (0, stored[-1]), (25, stored[3])]
        cached = [window_of(history, since, before) for since, before in asks]
        fresh = [window_of(StoredHistory(session), since, before) for since, before in asks]
    assert cached == fresh
    assert fresh[8] == [8.0, 7.0]  # at minute 30, from 15: minutes 18 and 20, in time order
    assert any(len(window) > 3 for window in fresh)


def metric(name: str, index: int, value: float) -> Observation:
    return metric_observation(
        entity="CANG",
        metric=name,
        value=value,
        unit="USD",
        period=f"2026-{index % 12 + 1:02d}",
        occurred_at=T0 + timedelta(days=index),
        identity=(name, index),
        evidence={"quote": f"{name} was {value}"},
    )


@pytest.mark.parametrize("remembered", [False, True])
def test_history_metric_series_cut_from_one_read_are_the_database_s(
    sessions: sessionmaker[Session], remembered: bool
) -> None:
    """A metric's series up to each event, asked in order, out of order and whole, with
    another metric interleaved: each the same as a fresh read."""
    with sessions.begin() as session:
        first = events.insert_observations(
            session, "xbrl", [metric("debt_total_usd", i, 100.0 - i) for i in range(4)], T0
        )
        stored = first + events.insert_observations(
            session,
            "xbrl",
            [metric(name, i, float(i)) for i in range(4, 9) for name in ("debt_total_usd", "btc")],
            T0,
        )
        history = StoredHistory(session)
        if remembered:
            history.remember(stored[4:])  # the later batch, as the pipeline remembers it
        asks: list[tuple[str, Any]] = [("debt_total_usd", e) for e in stored]
        asks += [("btc", e) for e in reversed(stored)]
        asks += [("debt_total_usd", None), ("btc", stored[2]), ("debt_total_usd", stored[1])]

        def series(of: StoredHistory, name: str, upto: Any) -> list[float]:
            return [e.payload["value"] for e in of.metric_events("CANG", name, upto)]

        cached = [series(history, name, upto) for name, upto in asks]
        fresh = [series(StoredHistory(session), name, upto) for name, upto in asks]
    assert cached == fresh
    assert fresh[3] == [100.0, 99.0, 98.0, 97.0] and len(fresh[2 * len(stored)]) == 9


def debt_in(document: str, value: float, index: int) -> Observation:
    return metric_observation(
        entity="CANG",
        metric="debt_total_usd",
        value=value,
        unit="USD",
        period="2025-12-31",
        occurred_at=T0,
        identity=(document, index),
        evidence={"quote": f"debt was {value}"},
        extra={"document_sha256": document},
    )


@pytest.mark.parametrize("remembered", [False, True])
def test_a_series_asked_at_a_figure_holds_the_rest_of_its_document(
    sessions: sessionmaker[Session], remembered: bool
) -> None:
    """A document's figures are stored in one poll: the series asked at its first figure (a
    balance sheet's part) also holds the total stored after it, and nothing of another document
    or of a later poll of the same one."""
    with sessions.begin() as session:
        part, total, other = events.insert_observations(
            session,
            "exhibit",
            [debt_in("fy", 15.0, 1), debt_in("fy", 420.0, 2), debt_in("q1", 400.0, 3)],
            T0,
        )
        (later,) = events.insert_observations(
            session, "exhibit", [debt_in("fy", 480.0, 4)], T0 + timedelta(days=1)
        )
        history = StoredHistory(session)
        if remembered:
            history.remember([part, total, other])  # the poll's batch, as the pipeline keeps it
        asked = [e.payload["value"] for e in history.metric_events("CANG", "debt_total_usd", part)]
        at_total = history.metric_events("CANG", "debt_total_usd", total)
    assert later.payload["value"] == 480.0
    assert asked == [15.0, 420.0]
    assert [e.payload["value"] for e in at_total] == [15.0, 420.0]


def test_one_alert_per_dedup_key_with_its_deliveries(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        raised = alerts.raise_alert(session, draft("k1"), ["hook", "mail"], T0)
        duplicate = alerts.raise_alert(session, draft("k1"), ["hook", "mail"], T0)
    assert raised is not None and duplicate is None
    with sessions() as session:
        summary = alerts.delivery_summary(session, [raised.id])
        listed = alerts.list_alerts(session, alerts.AlertFilter(rule_id="btc-above"))
    assert summary == {raised.id: {"hook": "pending", "mail": "pending"}}
    assert [a.dedup_key for a in listed] == ["k1"]
    assert listed[0].values == {"price": 69000.5}


def test_alert_and_deliveries_roll_back_together(sessions: sessionmaker[Session]) -> None:
    try:
        with sessions.begin() as session:
            alerts.raise_alert(session, draft("k2"), ["hook"], T0)
            raise RuntimeError("crash before commit")
    except RuntimeError:
        pass
    with sessions() as session:
        assert session.scalars(select(tables.Alert)).all() == []
        assert session.scalars(select(tables.Delivery)).all() == []


def test_a_claimed_delivery_cannot_be_claimed_again_until_its_lease_expires(
    sessions: sessionmaker[Session], clock: ManualClock
) -> None:
    with sessions.begin() as session:
        alerts.raise_alert(session, draft("k3", ("hook",)), ["hook"], clock.now())
    with sessions.begin() as session:
        (delivery_id,) = deliveries.due_ids(session, clock.now(), 10)
        assert deliveries.claim(session, delivery_id, clock.now(), timedelta(minutes=5))
    with sessions.begin() as session:
        assert not deliveries.claim(session, delivery_id, clock.now(), timedelta(minutes=5))
        assert deliveries.due_ids(session, clock.now(), 10) == []
    later = clock.advance(timedelta(minutes=6))
    with sessions.begin() as session:
        assert deliveries.due_ids(session, later, 10) == [delivery_id]
        lease = deliveries.claim(session, delivery_id, later, timedelta(minutes=5))
        assert lease is not None
        assert deliveries.record(
            session, lease, later, deliveries.Outcome(DeliveryStatus.SENT, "HTTP 200", 12.0)
        )
    with sessions() as session:
        row = session.get_one(tables.Delivery, delivery_id)
        attempts = session.scalars(select(tables.DeliveryAttempt)).all()
    assert (row.status, row.attempts, row.sent_at) == ("sent", 1, later)
    assert [a.outcome for a in attempts] == ["sent"]


def test_a_late_outcome_from_a_lost_lease_never_overwrites_sent(
    sessions: sessionmaker[Session], clock: ManualClock
) -> None:
    """Worker A's lease runs out mid-send; B claims and sends; A's late "retry" is refused."""
    with sessions.begin() as session:
        alerts.raise_alert(session, draft("k4", ("hook",)), ["hook"], clock.now())
    with sessions.begin() as session:
        (delivery_id,) = deliveries.due_ids(session, clock.now(), 10)
        first = deliveries.claim(session, delivery_id, clock.now(), timedelta(seconds=15))
    later = clock.advance(timedelta(seconds=16))
    with sessions.begin() as session:
        assert first is not None
        second = deliveries.claim(session, delivery_id, later, timedelta(seconds=15))
        assert second is not None
        assert not deliveries.renew(session, first, later, timedelta(seconds=15))
        sent = deliveries.Outcome(DeliveryStatus.SENT, "HTTP 200", 5.0)
        assert deliveries.record(session, second, later, sent)
    with sessions.begin() as session:
        late = deliveries.Outcome(DeliveryStatus.PENDING, "timed out", 10_000.0, later)
        assert not deliveries.record(session, first, later, late)
    with sessions() as session:
        row = session.get_one(tables.Delivery, delivery_id)
        attempts = session.scalars(select(tables.DeliveryAttempt)).all()
    assert (row.status, row.attempts, row.last_error) == ("sent", 1, None)
    assert [a.outcome for a in attempts] == ["sent"]


def test_source_state_failure_backoff_doubles_and_success_resets(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        state = source_state.load(session, "btc")
        for _ in range(3):
            source_state.record_failure(state, T0, "HTTP 500", max_backoff=3600, interval=60)
        assert state.next_poll_after == T0 + timedelta(seconds=240)
        assert (state.consecutive_failures, state.errors_total) == (3, 3)
        source_state.record_success(state, T0, T0)
    with sessions() as session:
        state = source_state.load(session, "btc")
        assert (state.consecutive_failures, state.next_poll_after, state.newest_item_at) == (
            0,
            None,
            T0,
        )
        assert state.last_error == "HTTP 500"


def test_a_state_saves_only_what_changed_since_it_was_read(
    sessions: sessionmaker[Session],
) -> None:
    engine = sessions.kw["bind"]
    with engine.begin() as connection:
        read = source_state.load_values(connection, "btc")  # creates the row
    assert (read["cursor"], read["polls_total"], read["last_success_at"]) == ({}, 0, None)
    with sessions.begin() as session:  # meanwhile, a column no poll writes is changed
        source_state.load(session, "btc").last_error = "written elsewhere"
    state = source_state.PollState(**read)
    state.cursor = {"seen": ["a"]}
    source_state.record_success(state, T0, None)
    with engine.begin() as connection:
        assert source_state.save(connection, source_state.values(state), read)
    with sessions() as session:
        row = source_state.load(session, "btc")
        assert (row.cursor, row.polls_total, row.last_success_at) == ({"seen": ["a"]}, 1, T0)
        assert row.last_error == "written elsewhere"  # not overwritten with the value read


@pytest.mark.parametrize("first_fails", [False, True])
@pytest.mark.parametrize("second_fails", [False, True])
def test_of_two_polls_read_from_the_same_row_only_the_first_saved_is_kept(
    sessions: sessionmaker[Session], first_fails: bool, second_fails: bool
) -> None:
    engine = sessions.kw["bind"]
    with engine.begin() as connection:
        read = source_state.load_values(connection, "btc")
    polls = []
    for name, fails in (("first", first_fails), ("second", second_fails)):
        state = source_state.PollState(**read)
        state.cursor = {"by": name}
        if fails:
            source_state.record_failure(state, T0, f"{name} failed", 3600, 60)
        else:
            source_state.record_success(state, T0, None)
        polls.append(state)
    with engine.begin() as connection:
        assert source_state.save(connection, source_state.values(polls[0]), read)
        # Overtaken: nothing written.
        assert not source_state.save(connection, source_state.values(polls[1]), read)
    with sessions() as session:
        row = source_state.load(session, "btc")
        assert (row.cursor, row.polls_total) == ({"by": "first"}, 1)
        assert row.last_error == ("first failed" if first_fails else None)
        assert row.consecutive_failures == int(first_fails)
    with engine.begin() as connection:  # a poll that starts from the saved row is kept
        again = source_state.load_values(connection, "btc")
        state = source_state.PollState(**again)
        source_state.record_success(state, T0 + timedelta(minutes=1), None)
        assert source_state.save(connection, source_state.values(state), again)
        assert source_state.load_values(connection, "btc")["polls_total"] == 2
