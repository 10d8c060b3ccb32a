"""Recorded-style SEC fixtures (tests/edgar/fixtures/sec mirrors SEC's URL paths) served to the
code under test: through `responses` at SEC's real hosts, or by a real LocalServer."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import responses
from responses import matchers

from monitor.clock import ManualClock
from monitor.http import HttpFetcher
from monitor.model import Observation
from monitor.ratelimit import HostLimiter
from monitor.sources.base import PollContext
from tests.servers import LocalServer, Reply

FIXTURES = Path(__file__).parent / "fixtures" / "sec"
SEC_UA = "SignalMonitorTests ops@example.com"
CIK = 1725123
SUBMISSIONS = "submissions/CIK0001725123.json"
FACTS = "api/xbrl/companyfacts/CIK0001725123.json"
FEED = "cgi-bin/latest-filings.atom"
DATA = "https://data.sec.gov"
WWW = "https://www.sec.gov"

# The Cango filings in the fixture, newest first (as EDGAR lists them).
SALE = "0001104659-26-010001"  # 6-K, 9 Feb 2026: bitcoin sale
JANUARY = "0001104659-26-009876"  # 6-K, 3 Feb 2026: January production update
DECEMBER_AMENDED = "0001104659-26-001877"  # 6-K/A, 7 Jan 2026
DECEMBER = "0001104659-26-000512"  # 6-K, 5 Jan 2026: December production update
INTERIM_9M = "0001104659-25-121907"  # 6-K with XBRL, 15 Dec 2025
Q3_RESULTS = "0001104659-25-117521"  # 6-K, 2 Dec 2025: third-quarter results
INTERIM_H1 = "0001104659-25-112896"  # 6-K with XBRL, 20 Nov 2025
SCHEDULE_13G = "0001213900-25-110342"  # SCHEDULE 13G/A about Cango, 14 Nov 2025
F6_POS = "0001104659-25-099001"  # F-6 POS, 20 Oct 2025
ANNUAL_2024 = "0001104659-25-028001"  # 20-F, 27 Mar 2025
# The 6-K family (6-K and 6-K/A) since October 2025, oldest first.
SIX_K_FILINGS = [
    INTERIM_H1,
    Q3_RESULTS,
    INTERIM_9M,
    DECEMBER,
    DECEMBER_AMENDED,
    JANUARY,
    SALE,
]


def read(path: str) -> bytes:
    return (FIXTURES / path).read_bytes()


def load_json(path: str) -> Any:
    return json.loads(read(path))


def submissions_without(*accessions: str) -> dict[str, Any]:
    """The Cango submissions as if the given filings had not been made yet."""
    data = copy.deepcopy(load_json(SUBMISSIONS))
    recent = data["filings"]["recent"]
    keep = [i for i, acc in enumerate(recent["accessionNumber"]) if acc not in accessions]
    for name, column in recent.items():
        recent[name] = [column[i] for i in keep]
    return data


def facts_without(*accessions: str) -> dict[str, Any]:
    """The Cango companyfacts as if the given filings had not been made yet."""
    data = copy.deepcopy(load_json(FACTS))
    for concepts in data["facts"].values():
        for concept in concepts.values():
            for unit, rows in concept["units"].items():
                concept["units"][unit] = [r for r in rows if r["accn"] not in accessions]
    return data


def archive_files() -> Iterator[str]:
    """Paths of every archived filing file, relative to FIXTURES."""
    for path in sorted((FIXTURES / "Archives").rglob("*")):
        if path.is_file():
            yield path.relative_to(FIXTURES).as_posix()


def content_type(path: str) -> str:
    if path.endswith(".json"):
        return "application/json"
    if path.endswith(".atom"):
        return "application/atom+xml"
    return "text/html"


def filing_path(accession: str, name: str, cik: int = CIK) -> str:
    return f"Archives/edgar/data/{cik}/{accession.replace('-', '')}/{name}"


# --- responses (SEC's real hosts) ----------------------------------------------------------

HEADERS = [matchers.header_matcher({"User-Agent": SEC_UA, "Accept-Encoding": "gzip, deflate"})]


def mock_sec(
    mock: responses.RequestsMock,
    *,
    submissions: Any = None,
    facts: Any = None,
    archives: bool = True,
) -> None:
    """Register the Cango fixtures at SEC's URLs; every request must declare the test UA."""
    body = json.dumps(submissions if submissions is not None else load_json(SUBMISSIONS))
    mock.get(f"{DATA}/{SUBMISSIONS}", body=body, content_type="application/json", match=HEADERS)
    facts_body = json.dumps(facts if facts is not None else load_json(FACTS))
    mock.get(f"{DATA}/{FACTS}", body=facts_body, content_type="application/json", match=HEADERS)
    if archives:
        for path in archive_files():
            mock.get(
                f"{WWW}/{path}", body=read(path), content_type=content_type(path), match=HEADERS
            )


def calls_to(mock: responses.RequestsMock, fragment: str) -> list[str]:
    return [c.request.url for c in mock.calls if fragment in (c.request.url or "")]


# --- a real local server -------------------------------------------------------------------


def serve_sec(server: LocalServer, *, etags: bool = True) -> None:
    """Serve every fixture at its SEC path; the APIs carry ETags, as SEC's do."""
    for path in [SUBMISSIONS, FACTS, *archive_files()]:
        headers = {"Content-Type": content_type(path)}
        if etags and path in (SUBMISSIONS, FACTS):
            headers["ETag"] = f'"{path}-v1"'
        server.routes[f"/{path}"] = Reply(200, read(path), headers)
    server.routes["/cgi-bin/browse-edgar"] = Reply(
        200, read(FEED), {"Content-Type": "application/atom+xml"}
    )


# --- polling a source directly -------------------------------------------------------------


@dataclass
class FakeStore:
    """What the pipeline's store tells a source: which fingerprints are already stored."""

    fingerprints: set[str] = field(default_factory=set)

    def known(self, fingerprints: Sequence[str]) -> set[str]:
        return set(fingerprints) & self.fingerprints

    def keep(self, observations: Iterable[Observation]) -> None:
        self.fingerprints |= {o.fingerprint for o in observations}


def sec_fetcher(clock: ManualClock, user_agent: str = SEC_UA) -> HttpFetcher:
    """A fetcher whose limiter never sleeps (pacing is tested on its own)."""
    limiter = HostLimiter(1000, sleep=lambda _seconds: None)
    return HttpFetcher(user_agent=user_agent, limiter=limiter, clock=clock, max_retries=0)


def context(
    fetcher: HttpFetcher,
    clock: ManualClock,
    store: FakeStore,
    cursor: dict[str, Any] | None = None,
    http_cache: dict[str, Any] | None = None,
    **kwargs: Any,
) -> PollContext:
    cache = http_cache if http_cache is not None else {}
    return PollContext(fetcher, clock, dict(cursor or {}), cache, store.known, **kwargs)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- a whole monitor ----------------------------------------------------------------------


def edgar_config(tmp_path: Path, db_url: str, sources: str) -> Path:
    """monitor.yaml with a declared User-Agent, no rules, no retries, and `sources` (YAML)."""
    from tests.helpers import write

    return write(
        tmp_path / "monitor.yaml",
        f'database_url: "{db_url}"\n'
        "rules: []\n"
        f'http: {{user_agent: "{SEC_UA}", max_retries: 0}}\n'
        f"sources:\n{sources}",
    )
