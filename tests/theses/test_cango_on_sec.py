"""The shipped Cango thesis on recorded-style SEC data served at SEC's paths: the sale's own
6-K (the thesis's premise) arrives before the thesis opens and does not count against it, and
the thesis opens on its day; sales reported once it is open weaken the treasury pillar, with
the 6-K's quote in the evidence log."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from monitor.clock import ManualClock
from monitor.config import packaged_rules_dir, packaged_theses_dir
from monitor.store import theses as thesis_store
from monitor.theses.view import thesis_detail
from tests.edgar.support import JANUARY, SALE, SEC_UA, SUBMISSIONS, serve_sec, submissions_without
from tests.helpers import monitor_from, write
from tests.servers import LocalServer, Reply, WebhookReceiver


def _config(tmp_path: Path, db_url: str, sec_url: str, hook_url: str) -> Path:
    return write(
        tmp_path / "monitor.yaml",
        f"""\
database_url: "{db_url}"
rules: ["{packaged_rules_dir()}"]
theses: ["{packaged_theses_dir()}"]
http: {{user_agent: "{SEC_UA}", max_retries: 0}}
sources:
  - id: cango-filings
    kind: edgar_filings
    cik: 1725123
    ticker: CANG
    forms: [6-K]
    lookback_days: 120
    data_url: {sec_url}
    archives_url: {sec_url}/Archives
channels:
  - {{name: hook, kind: webhook, url: "{hook_url}"}}
""",
    )


def test_the_cango_thesis_on_sec_filings(tmp_path: Path, db_url: str, clock: ManualClock) -> None:
    with LocalServer() as sec, WebhookReceiver() as receiver:
        serve_sec(sec)
        everything = sec.routes[f"/{SUBMISSIONS}"].body
        earlier = json.dumps(submissions_without(JANUARY, SALE)).encode()
        sec.routes[f"/{SUBMISSIONS}"] = Reply(200, earlier, {"ETag": '"before"'})
        config = _config(tmp_path, db_url, sec.url, receiver.hook_url)
        monitor = monitor_from(config, clock)  # 2026-02-09 14:00, the day of the sale
        monitor.poll()  # the baseline
        sec.routes[f"/{SUBMISSIONS}"] = Reply(200, everything, {"ETag": '"after"'})
        clock.advance(timedelta(minutes=5))
        sale_day = [a.rule_id for r in monitor.poll() for a in r.alerts]
        clock.set(datetime.fromisoformat("2026-02-10T00:30+00:00"))
        opening = [a.title for r in monitor.poll() for a in r.alerts]
        monitor.dispatch()
        received = [hit.json()["title"] for hit in receiver.deliveries()]
        with monitor.sessions() as session:
            thesis = monitor.theses.get("cango-sale")
            assert thesis is not None
            detail = thesis_detail(session, thesis, clock.now())
            log = thesis_store.evidence_log(session, "cango-sale")
        monitor.close()

    # The January update and the sale: rule alerts, but the thesis is not open yet. Holdings
    # fell in January and again with the sale ("continues to hold approximately 3,023.7").
    assert sorted(sale_day) == [
        "btc-holdings-falling",
        "btc-holdings-falling",
        "further-btc-sales",
        "further-btc-sales",
    ]
    assert opening == ["Thesis cango-sale: draft → active"]
    assert "Thesis cango-sale: draft → active" in received
    assert detail["state"] == "active"
    treasury = next(p for p in detail["scorecard"] if p["id"] == "treasury")
    assert [(c["id"], c["state"]) for c in treasury["conditions"]] == [
        ("further-sales", "pending"),  # the sale before the opening day is the premise
        ("sale-on-chain", "unverifiable"),
    ]
    assert log == []


def test_sales_reported_once_the_thesis_is_open_weaken_the_treasury(
    tmp_path: Path, db_url: str
) -> None:
    clock = ManualClock(datetime.fromisoformat("2026-02-11T09:00+00:00"))
    with LocalServer() as sec, WebhookReceiver() as receiver:
        serve_sec(sec)
        everything = sec.routes[f"/{SUBMISSIONS}"].body
        earlier = json.dumps(submissions_without(JANUARY, SALE)).encode()
        sec.routes[f"/{SUBMISSIONS}"] = Reply(200, earlier, {"ETag": '"before"'})
        config = _config(tmp_path, db_url, sec.url, receiver.hook_url)
        monitor = monitor_from(config, clock)
        monitor.poll()  # the baseline: the thesis is judged, all quiet
        sec.routes[f"/{SUBMISSIONS}"] = Reply(200, everything, {"ETag": '"after"'})
        clock.advance(timedelta(minutes=5))
        thesis_alerts = [a.title for r in monitor.poll() for a in r.alerts if "thesis" in a.rule_id]
        with monitor.sessions() as session:
            log = thesis_store.evidence_log(session, "cango-sale")
        monitor.close()

    assert thesis_alerts == [
        "Thesis cango-sale: pillar Treasury is not a funding source holding → at risk",
        "Thesis cango-sale: active → at risk",
    ]
    assert sorted((e.condition_key, e.alert.values["period"]) for e in log) == [
        ("treasury/further-sales", "2026-01"),
        ("treasury/further-sales", "2026-02"),
    ]
    january = next(e for e in log if e.alert.values["period"] == "2026-01")
    quote = next(item["quote"] for item in january.alert.evidence if item.get("quote"))
    assert quote == "Total number of Bitcoins sold | 550.03 | -"
