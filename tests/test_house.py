"""The poll path's parts that issue 23 put in one place: one `raise_alerts` for polls,
deadlines and health; health's transition drafted without a database; a silenced delivery
decided by `next_delivery` like every other outcome; and the state store that keeps an
unchanged poll's bookkeeping out of the database until it is flushed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from monitor.config import DeliverySettings
from monitor.health import RECOVERED_RULE, UNHEALTHY_RULE, transition
from monitor.model import AlertDraft, DeliveryStatus
from monitor.notify.decisions import Attempt, next_delivery
from monitor.source_states import Overtaken, SourceStateStore
from monitor.sources.crypto_spot import CryptoSpotConfig, CryptoSpotSource
from monitor.store import alerts, source_state
from monitor.store.source_state import SourceRow

T0 = datetime(2026, 2, 9, 14, 0, tzinfo=UTC)


def draft(key: str, channels: tuple[str, ...] = ("hook",)) -> AlertDraft:
    return AlertDraft("r", "BTC-USD", key, "info", "t", "b", "why", T0, {}, [], (), channels)


def test_raise_alerts_raises_each_key_once_in_the_drafts_order(
    sessions: sessionmaker[Session],
) -> None:
    with sessions.begin() as session:
        first = alerts.raise_alerts(session, [draft("a"), draft("b"), draft("a")], T0)
        again = alerts.raise_alerts(session, [draft("b"), draft("c", ())], T0)
    assert [a.dedup_key for a in first] == ["a", "b"]
    assert [a.dedup_key for a in again] == ["c"]


def test_health_drafts_unhealthy_once_then_recovered() -> None:
    source = CryptoSpotSource(CryptoSpotConfig(id="s", kind="crypto_spot", max_failures=2))
    row = SourceRow("s", last_poll_at=T0, consecutive_failures=2, last_error="HTTP 500")
    unhealthy = transition(source, row, T0, ["hook"])
    assert unhealthy is not None and unhealthy.rule_id == UNHEALTHY_RULE
    assert unhealthy.channels == ("hook",) and row.unhealthy_since == T0
    assert transition(source, row, T0, ["hook"]) is None  # still unhealthy: said once
    row.consecutive_failures = 0
    later = T0 + timedelta(hours=1)
    recovered = transition(source, row, later, ["hook"])
    assert recovered is not None and recovered.rule_id == RECOVERED_RULE
    assert recovered.dedup_key == f"{RECOVERED_RULE}:s:{T0.isoformat()}"
    assert row.unhealthy_since is None


def test_a_silenced_delivery_is_suppressed_whatever_its_age() -> None:
    policy = DeliverySettings(max_age_hours=1)
    old = T0 - timedelta(hours=5)
    decision = next_delivery(Attempt.SILENCED, 3, old, T0, policy)
    assert (decision.status, decision.next_at) == (DeliveryStatus.SUPPRESSED, None)
    assert decision.detail("silenced by #4") == "silenced by #4"


def test_a_delivery_given_up_records_why_with_what_the_other_side_said() -> None:
    policy = DeliverySettings(max_age_hours=1)
    decision = next_delivery(Attempt.RETRYABLE, 3, T0 - timedelta(hours=2), T0, policy)
    assert decision.status is DeliveryStatus.DEAD
    assert decision.detail("HTTP 503") == "gave up after max age (1 h): HTTP 503"


def test_an_unchanged_poll_waits_and_a_flush_writes_it(sessions: sessionmaker[Session]) -> None:
    store = SourceStateStore(sessions.kw["bind"], batch=2, max_wait=timedelta(seconds=5))
    row = store.row("btc")  # created empty
    source_state.record_success(row, T0, None)
    assert store.only_bookkeeping(row)
    store.count(row, T0)
    assert (store.waiting(), store.due(T0), store.due(T0 + timedelta(seconds=5))) == (
        1,
        False,
        True,
    )
    assert store.row("btc").polls_total == 1  # the next poll starts from the counted one
    with sessions() as session:
        assert source_state.all_states(session)["btc"].polls_total == 0
    assert store.flush() == 1
    with sessions() as session:
        assert source_state.all_states(session)["btc"].last_success_at == T0


def test_a_save_overtaken_by_another_process_is_rolled_back_and_read_again(
    sessions: sessionmaker[Session],
) -> None:
    mine = SourceStateStore(sessions.kw["bind"])
    theirs = SourceStateStore(sessions.kw["bind"])
    row, other = mine.row("btc"), theirs.row("btc")
    other.cursor = {"by": "them"}
    source_state.record_success(other, T0, None)  # every save counts a poll
    with theirs.saving(other):
        pass
    row.cursor = {"by": "me"}
    source_state.record_success(row, T0, None)
    try:
        with mine.saving(row):
            pass
    except Overtaken:
        pass
    else:
        raise AssertionError("the second save of the same version was kept")
    assert mine.known("btc") is None  # forgotten: read again
    assert (mine.row("btc").cursor, mine.row("btc").polls_total) == ({"by": "them"}, 1)
