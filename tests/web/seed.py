"""A realistic Cango database for the web tests and the screenshots: monthly BTC held and sold
(January–April 2026, one restatement), debt and interest expense by quarter, BTC-USD and CANG
prices, a 6-K filing, a press release whose quote carries `<script>`, alerts with deliveries
and attempts, source health and a silence."""

# ruff: noqa: E501  (the data tables read best one fact per line)

from __future__ import annotations

import itertools
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Settings, load_settings
from monitor.metrics import metric_observation
from monitor.model import AlertDraft, Event, Observation
from monitor.store import alerts as alert_store
from monitor.store import events as event_store
from monitor.store import tables
from monitor.vocabulary.kinds import METRIC_RESTATED

NOW = datetime(2026, 5, 21, 9, 0, tzinfo=UTC)
SCRIPT = "<script>alert(1)</script>"
EDGAR = "https://www.sec.gov/Archives/edgar/data/1725123/000110465926011408"
SALE_URL = f"{EDGAR}/tm266050d1_ex99-1.htm"
JANUARY_URL = f"{EDGAR}/tm264511d1_ex99-1.htm"
FEBRUARY_URL = f"{EDGAR}/tm268802d1_ex99-1.htm"
RELEASE_URL = "https://ir.cangoonline.com/news-releases/news-release-details/cango-hashrate-loan"

SALE_QUOTE = (
    "Cango Inc. announced that it has sold 4,451 Bitcoin for net proceeds of approximately "
    "US$305 million, which will be used to partially repay its Bitcoin-collateralized loan."
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class Seeded:
    """Ids a test needs to find what was seeded."""

    alerts: dict[str, int] = field(default_factory=dict)
    events: dict[str, int] = field(default_factory=dict)
    silence_id: int = 0


def web_settings_file(tmp_path: Path, db_url: str) -> Settings:
    """Settings with the sources the seeded states belong to."""
    path = tmp_path / "monitor.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            database_url: "{db_url}"
            sources:
              - id: btc-usd
                kind: crypto_spot
                symbol: BTC-USD
              - id: cango-ir
                kind: html_page
                url: https://ir.cangoonline.com/news-releases
                entity: CANG
                max_failures: 3
              - id: cango-news
                kind: feed
                url: https://ir.cangoonline.com/rss/news-releases.xml
                entity: CANG
                freshness_hours: 24
            """
        ),
        encoding="utf-8",
    )
    return load_settings(path)


def seed(sessions: sessionmaker[Session]) -> Seeded:
    seeded = Seeded()
    with sessions.begin() as session:
        _metrics(session, seeded)
        _prices(session)
        _documents(session, seeded)
        _alerts(session, seeded)
        _source_states(session)
        seeded.silence_id = _silence(session)
    return seeded


# --- events ---------------------------------------------------------------------------------

# (metric, period, value, unit, seen at, url, quote)
METRICS: list[tuple[str, str, float, str, str, str, str]] = [
    ("btc_held", "2025-12", 7528.3, "BTC", "2026-01-05T12:00", JANUARY_URL, "Total number of Bitcoins held 7,528.3"),
    ("btc_sold", "2026-01", 550.03, "BTC", "2026-02-03T07:01", JANUARY_URL, "Total number of Bitcoins sold | 550.03 | -"),
    ("btc_held", "2026-01", 7474.7, "BTC", "2026-02-03T07:01", JANUARY_URL, "Total number of Bitcoins held | 7,474.7 | 7,528.3"),
    ("btc_sold", "2026-02", 4451, "BTC", "2026-02-09T11:00", SALE_URL, SALE_QUOTE),
    ("btc_held", "2026-02", 3313.4, "BTC", "2026-03-03T07:00", FEBRUARY_URL, "Total number of Bitcoins held | 3,313.4 | 7,474.7"),
    ("btc_sold", "2026-02", 4451, "BTC", "2026-03-03T07:00", FEBRUARY_URL, "Total number of Bitcoins sold | 4,451 | 550.03"),
    ("btc_held", "2026-03", 3802.6, "BTC", "2026-04-02T07:00", f"{EDGAR}/tm2611d1_ex99-1.htm", "Total number of Bitcoins held | 3,802.6 | 3,313.4"),
    ("btc_held", "2026-04", 4287.9, "BTC", "2026-05-04T07:00", f"{EDGAR}/tm2614d1_ex99-1.htm", "Total number of Bitcoins held | 4,287.9 | 3,798.1"),
    ("debt_total_usd", "2025-09-30", 500_000_000, "USD", "2025-11-20T12:00", f"{EDGAR}/q3.htm", "Total debt of US$500.0 million as of September 30, 2025"),
    ("interest_expense_usd", "2025-Q3", 9_400_000, "USD", "2025-11-20T12:00", f"{EDGAR}/q3.htm", "Interest expense was US$9.4 million"),
    ("debt_total_usd", "2025-12-31", 480_000_000, "USD", "2026-03-10T12:00", f"{EDGAR}/q4.htm", "Total debt of US$480.0 million as of December 31, 2025"),
    ("interest_expense_usd", "2025-Q4", 9_000_000, "USD", "2026-03-10T12:00", f"{EDGAR}/q4.htm", "Interest expense was US$9.0 million"),
    ("debt_total_usd", "2026-03-31", 300_000_000, "USD", "2026-05-20T12:00", f"{EDGAR}/q1.htm", "Total debt of US$300.0 million as of March 31, 2026"),
    ("interest_expense_usd", "2026-Q1", 7_000_000, "USD", "2026-05-20T12:00", f"{EDGAR}/q1.htm", "Interest expense was US$7.0 million"),
]  # fmt: skip


def _metrics(session: Session, seeded: Seeded) -> None:
    for n, (metric, period, value, unit, seen, url, quote) in enumerate(METRICS):
        obs = metric_observation(
            entity="CANG",
            metric=metric,
            value=value,
            unit=unit,
            period=period,
            occurred_at=at(seen),
            identity=(url, n),
            evidence={"url": url, "quote": quote, "fetched_at": seen, "accession": _accession(url)},
        )
        event = _insert(session, "cango-edgar", obs, at(seen))
        seeded.events.setdefault(f"{metric}:{period}", event.id)
    restated = metric_observation(
        entity="CANG",
        metric="btc_held",
        value=3798.1,
        unit="BTC",
        period="2026-03",
        occurred_at=at("2026-05-04T07:00"),
        identity=("restated", 1),
        evidence={"url": f"{EDGAR}/tm2614d1_ex99-1.htm", "quote": "3,798.1 (restated)"},
        extra={"previous_value": 3802.6},
        kind=METRIC_RESTATED,
    )
    _insert(session, "cango-edgar", restated, at("2026-05-04T07:00"))


def _accession(url: str) -> str:
    return "0001104659-26-011408" if url.startswith(EDGAR) else ""


BTC_PATH = [
    ("2026-01-01", 93_400.0),
    ("2026-01-31", 84_200.0),
    ("2026-02-09", 70_100.0),
    ("2026-02-12", 66_000.0),
    ("2026-03-02", 69_000.0),
    ("2026-03-31", 71_500.0),
    ("2026-04-30", 78_300.0),
]


def btc_prices(step_days: int = 2) -> list[tuple[datetime, float]]:
    """A BTC-USD path through the figures of the Cango timeline, one quote every two days."""
    points = []
    for (start, low), (end, high) in itertools.pairwise(BTC_PATH):
        t0, t1 = at(start + "T10:00"), at(end + "T10:00")
        moment = t0
        while moment < t1:
            share = (moment - t0) / (t1 - t0)
            points.append((moment, round(low + share * (high - low), 2)))
            moment += timedelta(days=step_days)
    points.append((at(BTC_PATH[-1][0] + "T10:00"), BTC_PATH[-1][1]))
    return points


def _prices(session: Session) -> None:
    for moment, price in btc_prices():
        _insert(session, "btc-usd", _price("BTC-USD", "coinbase", moment, price), moment)
    for day, price in (("2026-01-30", 1.35), ("2026-02-06", 1.21), ("2026-02-09", 1.17),
                       ("2026-02-10", 1.40), ("2026-03-31", 1.52), ("2026-04-30", 1.61)):  # fmt: skip
        moment = at(day + "T21:00")
        _insert(session, "cang-quote", _price("CANG", "yahoo", moment, price), moment)


def _price(symbol: str, provider: str, moment: datetime, price: float) -> Observation:
    return Observation(
        kind="price",
        entity=symbol,
        subject=symbol,
        occurred_at=moment,
        identity=(provider, moment.isoformat(), price),
        payload={"symbol": symbol, "price": price, "currency": "USD", "provider": provider},
        evidence={"provider": provider, "quoted_at": moment.isoformat()},
    )


def _documents(session: Session, seeded: Seeded) -> None:
    filing = Observation(
        kind="filing_published",
        entity="CANG",
        subject="0001104659-26-011408",
        occurred_at=at("2026-02-09T10:58"),
        identity=("0001104659-26-011408",),
        payload={"form": "6-K", "title": "Cango Inc. announces sale of 4,451 BTC"},
        evidence={"url": f"{EDGAR}/0001104659-26-011408-index.htm", "accession": "0001104659-26-011408"},
    )  # fmt: skip
    seeded.events["filing"] = _insert(session, "cango-edgar", filing, at("2026-02-09T11:00")).id
    release = Observation(
        kind="press_release",
        entity="CANG",
        subject="cango-hashrate-loan",
        occurred_at=at("2026-02-10T08:00"),
        identity=("cango-hashrate-loan",),
        payload={"title": "Cango <b>repays</b> part of its hashrate loan", "url": RELEASE_URL},
        evidence={
            "url": "https://ir.cangoonline.com/news-releases",
            "release_url": RELEASE_URL,
            "quote": f"The mining hashrate loan {SCRIPT} bears interest at 10% per annum.",
            "document_url": "javascript:alert(2)",
        },
    )
    seeded.events["script"] = _insert(session, "cango-ir", release, at("2026-02-10T08:05")).id


def _insert(session: Session, source_id: str, obs: Observation, seen: datetime) -> Event:
    (event,) = event_store.insert_observations(session, source_id, [obs], seen)
    return event


# --- alerts ---------------------------------------------------------------------------------


def _evidence(session: Session, event_id: int) -> dict[str, Any]:
    row = session.get_one(tables.Event, event_id)
    return {
        "event_id": row.id,
        "kind": row.kind,
        "entity": row.entity,
        "subject": row.subject,
        "occurred_at": row.occurred_at.isoformat(),
        "source_id": row.source_id,
        **row.evidence,
    }


def _raise(
    session: Session,
    rule_id: str,
    entity: str,
    severity: str,
    title: str,
    reason: str,
    fired: str,
    values: dict[str, Any],
    event_ids: tuple[int, ...],
    channels: tuple[str, ...] = ("analyst-webhook", "analyst-email"),
) -> int:
    draft = AlertDraft(
        rule_id=rule_id,
        entity=entity,
        dedup_key=f"{rule_id}:{entity}:{fired}",
        severity=severity,
        title=title,
        body=f"{title}\n\n{reason}",
        reason=reason,
        fired_at=at(fired),
        values=values,
        evidence=[_evidence(session, i) for i in event_ids],
        event_ids=event_ids,
    )
    alert = alert_store.raise_alert(session, draft, channels, at(fired))
    assert alert is not None
    return alert.id


Attempt = tuple[int, str, str, float]  # seconds after firing, outcome, detail, duration ms


def _deliver(
    session: Session, alert_id: int, channel: str, status: str, attempts: list[Attempt]
) -> None:
    delivery = next(
        d for d in session.query(tables.Delivery).filter_by(alert_id=alert_id, channel=channel)
    )
    for seconds, outcome, detail, ms in attempts:
        moment = delivery.created_at + timedelta(seconds=seconds)
        session.add(
            tables.DeliveryAttempt(
                delivery_id=delivery.id,
                attempted_at=moment,
                outcome=outcome,
                detail=detail,
                duration_ms=ms,
            )
        )
        delivery.attempts += 1
        delivery.next_attempt_at = moment + timedelta(seconds=60)
        if outcome == "sent":
            delivery.sent_at = moment
        else:
            delivery.last_error = detail
    delivery.status = status


def _alerts(session: Session, seeded: Seeded) -> None:
    events = seeded.events
    sale = _raise(
        session,
        "btc-sold-large",
        "CANG",
        "critical",
        "Cango sold 4,451 BTC in 2026-02",
        "btc_sold for 2026-02 is 4,451, above the threshold of 1,000",
        "2026-02-09T11:01",
        {"metric": "btc_sold", "period": "2026-02", "value": 4451, "threshold": 1000, "previous": 550.03},
        (events["btc_sold:2026-02"], events["filing"]),
    )  # fmt: skip
    _deliver(session, sale, "analyst-webhook", "sent",
             [(0, "retry", "HTTP 503 Service Unavailable", 1210.0), (31, "sent", "HTTP 200", 84.0)])  # fmt: skip
    _deliver(session, sale, "analyst-email", "sent", [(0, "sent", "250 OK queued", 236.0)])
    seeded.alerts["sale"] = sale

    mention = _raise(
        session,
        "debt-keywords",
        "CANG",
        "warning",
        "Cango release mentions its hashrate loan",
        f"press release matched 'hashrate loan': The mining hashrate loan {SCRIPT} bears interest",
        "2026-02-10T08:06",
        {"pattern": "hashrate loan", "title": "Cango <b>repays</b> part of its hashrate loan"},
        (events["script"],),
    )
    _deliver(session, mention, "analyst-webhook", "sent", [(0, "sent", "HTTP 204", 95.0)])
    _deliver(session, mention, "analyst-email", "sent", [(0, "sent", "250 OK", 310.0)])
    seeded.alerts["script"] = mention

    cross = _raise(
        session,
        "btc-above-sale-price",
        "BTC-USD",
        "info",
        "BTC-USD crossed above 68,524 (Cango's sale price)",
        "price 69,000 crossed above 68,524 (previous 66,000)",
        "2026-03-02T10:00",
        {"price": 69000, "level": 68524, "previous": 66000, "direction": "above"},
        (),
        ("analyst-webhook",),
    )
    _deliver(session, cross, "analyst-webhook", "sent", [(0, "sent", "HTTP 200", 61.0)])
    seeded.alerts["cross"] = cross

    drop = _raise(
        session,
        "btc-holdings-drop",
        "CANG",
        "warning",
        "Cango's BTC holdings fell 55.7% in 2026-02",
        "btc_held for 2026-02 is 3,313.4, down 55.7% from 7,474.7 in 2026-01",
        "2026-03-03T07:01",
        {"metric": "btc_held", "period": "2026-02", "value": 3313.4, "previous": 7474.7, "change_pct": -55.67},
        (events["btc_held:2026-02"], events["btc_held:2026-01"]),
    )  # fmt: skip
    _deliver(session, drop, "analyst-webhook", "sent", [(0, "sent", "HTTP 200", 77.0)])
    _deliver(session, drop, "analyst-email", "pending",
             [(0, "retry", "SMTP 451 4.7.1 try again later", 2040.0),
              (30, "retry", "SMTP 451 4.7.1 try again later", 1985.0)])  # fmt: skip
    seeded.alerts["drop"] = drop

    debt = _raise(
        session,
        "debt-down",
        "CANG",
        "info",
        "Cango's total debt fell to US$300 million",
        "debt_total_usd for 2026-Q1 is 300,000,000, down 37.5% from 480,000,000 in 2025-Q4",
        "2026-05-20T12:01",
        {"metric": "debt_total_usd", "period": "2026-Q1", "value": 300_000_000, "previous": 480_000_000},
        (events["debt_total_usd:2026-03-31"],),
        ("analyst-webhook",),
    )  # fmt: skip
    _deliver(session, debt, "analyst-webhook", "failed", [(0, "failed", "HTTP 400 Bad Request", 43.0)])  # fmt: skip
    row = session.get_one(tables.Alert, debt)
    row.state, row.acknowledged_at = "acknowledged", at("2026-05-20T15:30")
    seeded.alerts["debt"] = debt

    unhealthy = _raise(
        session,
        "source-unhealthy",
        "cango-ir",
        "warning",
        "Source cango-ir is unhealthy",
        "6 failures in a row; last: HTTP 503 from ir.cangoonline.com",
        "2026-05-19T06:00",
        {"source_id": "cango-ir", "kind": "html_page"},
        (),
        ("analyst-webhook",),
    )
    _deliver(session, unhealthy, "analyst-webhook", "sent", [(0, "sent", "HTTP 200", 70.0)])
    seeded.alerts["unhealthy"] = unhealthy


# --- health and silences ---------------------------------------------------------------------


def _source_states(session: Session) -> None:
    session.add_all(
        [
            tables.SourceState(
                source_id="btc-usd",
                cursor={},
                http_cache={},
                last_poll_at=NOW - timedelta(seconds=40),
                last_success_at=NOW - timedelta(seconds=40),
                newest_item_at=NOW - timedelta(seconds=45),
                polls_total=201_600,
                errors_total=12,
                events_total=198_400,
                consecutive_failures=0,
            ),
            tables.SourceState(
                source_id="cango-ir",
                cursor={},
                http_cache={},
                last_poll_at=NOW - timedelta(minutes=10),
                last_success_at=at("2026-05-19T04:45"),
                last_error="HTTP 503 from https://ir.cangoonline.com/news-releases <em>busy</em>",
                last_error_at=NOW - timedelta(minutes=10),
                newest_item_at=at("2026-05-04T07:00"),
                polls_total=9_850,
                errors_total=31,
                events_total=58,
                consecutive_failures=6,
                unhealthy_since=at("2026-05-19T06:00"),
            ),
            tables.SourceState(
                source_id="retired-feed",
                cursor={},
                http_cache={},
                last_poll_at=at("2026-01-15T00:00"),
                last_success_at=at("2026-01-15T00:00"),
                polls_total=40,
                errors_total=0,
                events_total=3,
                consecutive_failures=0,
            ),
        ]
    )


def _silence(session: Session) -> int:
    silence = tables.Silence(
        rule_id="btc-above-sale-price",
        entity=None,
        reason="price noise while the sale settles",
        created_at=NOW - timedelta(hours=2),
        expires_at=NOW + timedelta(hours=22),
    )
    session.add(silence)
    session.flush()
    return silence.id
