"""SEC fair access: declared User-Agent, one shared limiter group, the 10-minute pause."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import responses
from click.testing import CliRunner
from pydantic import ValidationError

from monitor.cli import main
from monitor.clock import ManualClock
from monitor.errors import ConfigError, SourceError
from monitor.http import HttpFetcher, ThrottledError
from monitor.ratelimit import HostLimiter
from monitor.sources.edgar.access import SEC_GROUP, EdgarThrottled, check_user_agent
from monitor.sources.edgar.atom import EdgarAtomConfig, EdgarAtomSource
from monitor.sources.edgar.facts import EdgarFactsConfig, EdgarFactsSource
from monitor.sources.edgar.filings import EdgarFilingsConfig, EdgarFilingsSource
from tests.edgar.support import (
    DATA,
    FACTS,
    HEADERS,
    SEC_UA,
    SUBMISSIONS,
    WWW,
    FakeStore,
    context,
    read,
    sec_fetcher,
)
from tests.helpers import write

UA_CASES = [
    ("SignalMonitorTests ops@example.com", True),
    ("CangoSignalMonitor/0.1 (ops@acme-research.com)", True),
    ("Acme Research analyst.name+sec@acme.co.uk", True),
    ("SignalMonitor/0.1 (set http.user_agent to 'Name you@example.com')", False),  # the default
    ("python-requests/2.32.3", False),
    ("Acme Research", False),
    ("Acme Research ops@localhost", False),
    ("", False),
]


@pytest.mark.parametrize(("user_agent", "accepted"), UA_CASES)
def test_user_agent_must_declare_a_contact_email(user_agent: str, accepted: bool) -> None:
    if accepted:
        check_user_agent(user_agent, "cango")
        return
    with pytest.raises(ConfigError) as caught:
        check_user_agent(user_agent, "cango")
    (problem,) = caught.value.problems
    assert problem.field == "http.user_agent"
    assert "contact e-mail" in problem.message and "'cango'" in str(problem)


@pytest.mark.parametrize("kind", ["edgar_filings", "edgar_facts", "edgar_atom"])
def test_an_edgar_source_does_not_start_without_a_declared_user_agent(
    tmp_path: Path, kind: str
) -> None:
    company = "companies: [{cik: 1725123}]" if kind == "edgar_atom" else "cik: 1725123"
    config = write(
        tmp_path / "monitor.yaml",
        f"""\
        database_url: "sqlite:///{tmp_path / "m.db"}"
        rules: []
        sources:
          - id: cango
            kind: {kind}
            {company}
        """,
    )
    result = CliRunner().invoke(
        main, ["--config", str(config), "poll"], env={"MONITOR_USER_AGENT": ""}
    )
    assert result.exit_code == 2, result.output
    expected = f"error: {config}:4: http.user_agent: source 'cango': SEC EDGAR requires"
    assert expected in result.output


def test_requests_per_second_is_capped_at_ten() -> None:
    with pytest.raises(ValidationError, match="less than or equal to 10"):
        EdgarFilingsConfig.model_validate(
            {"id": "x", "kind": "edgar_filings", "cik": 1, "requests_per_second": 12}
        )


class FakeTime:
    """A monotonic clock that sleeping advances, to observe the limiter's pacing."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


def test_all_sec_hosts_share_one_budget_at_the_strictest_rate() -> None:
    time = FakeTime()
    limiter = HostLimiter(100, monotonic=time.monotonic, sleep=time.sleep)
    fetcher = HttpFetcher(user_agent=SEC_UA, limiter=limiter)
    filings = {"id": "a", "kind": "edgar_filings", "cik": 1, "requests_per_second": 8}
    mirror = {"archives_url": "http://127.0.0.1:8123/Archives", "requests_per_second": 4}
    EdgarFilingsSource(EdgarFilingsConfig.model_validate(filings)).setup(fetcher)
    EdgarFactsSource(
        EdgarFactsConfig.model_validate({"id": "b", "kind": "edgar_facts", "cik": 1, **mirror})
    ).setup(fetcher)
    for host in ("www.sec.gov", "data.sec.gov", "efts.sec.gov", "127.0.0.1"):
        assert limiter.group_of(host) == SEC_GROUP
    assert limiter.group_of("api.coinbase.com") != SEC_GROUP
    for host in ("data.sec.gov", "www.sec.gov", "127.0.0.1", "efts.sec.gov"):
        limiter.acquire(host)
    assert time.slept == [0.25, 0.25, 0.25]  # 4 a second across hosts, not 4 per host


THROTTLES = [
    ({"status": 403, "body": read("rate-threshold-403.html")}, "Request Rate Threshold Exceeded"),
    ({"status": 429, "body": b"Too Many Requests"}, "HTTP 429"),
    ({"status": 403, "body": read("undeclared-tool-403.html")}, "check http.user_agent"),
]


@pytest.mark.parametrize(
    ("reply", "why"), THROTTLES, ids=["403-threshold", "429", "403-undeclared"]
)
@responses.activate
def test_a_throttle_answer_pauses_every_sec_request_for_ten_minutes(
    clock: ManualClock, reply: dict[str, Any], why: str
) -> None:
    fetcher = sec_fetcher(clock)  # ONE fetcher, as in a running monitor
    cango = EdgarFilingsSource(
        EdgarFilingsConfig.model_validate({"id": "cango", "kind": "edgar_filings", "cik": 1725123})
    )
    riot = EdgarAtomSource(
        EdgarAtomConfig.model_validate(
            {"id": "miners", "kind": "edgar_atom", "companies": [{"cik": 1167419}]}
        )
    )
    facts = EdgarFactsSource(
        EdgarFactsConfig.model_validate(
            {"id": "cango-facts", "kind": "edgar_facts", "cik": 1725123}
        )
    )
    for src in (cango, riot, facts):
        src.setup(fetcher)
    responses.get(f"{DATA}/{SUBMISSIONS}", **reply)
    responses.get(f"{DATA}/{FACTS}", json={"facts": {}})
    responses.get(f"{WWW}/cgi-bin/browse-edgar", body=b"<feed/>")

    with pytest.raises(EdgarThrottled, match=why) as throttled:
        cango.poll(context(fetcher, clock, FakeStore()))
    assert "paused for 10 minutes" in str(throttled.value)
    # The other EDGAR sources, on other SEC hosts, now fail without sending anything.
    for other in (riot, facts):
        with pytest.raises(ThrottledError, match="paused for 600s more") as paused:
            other.poll(context(fetcher, clock, FakeStore()))
        assert isinstance(paused.value, SourceError)
    assert len(responses.calls) == 1


@responses.activate
def test_every_request_declares_the_user_agent_and_accepts_gzip(clock: ManualClock) -> None:
    responses.get(f"{DATA}/{FACTS}", json={"facts": {}}, match=HEADERS)
    facts = EdgarFactsSource(
        EdgarFactsConfig.model_validate({"id": "f", "kind": "edgar_facts", "cik": 1725123})
    )
    fetcher = sec_fetcher(clock)
    facts.setup(fetcher)
    assert facts.poll(context(fetcher, clock, FakeStore())).observations == []
