"""The demo's story as data: Cango (CANG) from January to April 2026.

Dates and figures follow ../shared/reference/data-sources.md: the monthly production 6-Ks,
the interim and annual XBRL filings (debt up in Q3 2025, down at year end), the sale of 4,451
BTC on 9 February 2026, an AI pivot with capex tied to capacity and a date, and the BTC and
CANG price paths around them. Bodies of the documents live in data/releases/; XBRL facts in
data/companyfacts.json. Everything published before START is the baseline world the
monitor's first polls find (and raise nothing for); the rest appears as the clock passes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

EASTERN = ZoneInfo("America/New_York")

CIK = 1725123
TICKER = "CANG"
COMPANY = "Cango Inc."
START = datetime(2026, 1, 1, tzinfo=UTC)
END = datetime(2026, 4, 20, tzinfo=UTC)
# The invalidation line's deadline (rules/watchlist.yaml) is 2026-12-31: judged just after.
DEADLINE_CHECK = datetime(2027, 1, 1, 0, 30, tzinfo=UTC)


def eastern(text: str) -> datetime:
    """'2026-02-09 07:01' New York wall-clock time, as a UTC instant."""
    return datetime.fromisoformat(text).replace(tzinfo=EASTERN).astimezone(UTC)


@dataclass(frozen=True)
class Release:
    """A press release: body in data/releases/{key}.html, on PR Newswire when `prn_id`."""

    key: str
    title: str
    published: datetime
    prn_id: int | None = None

    @property
    def prn_path(self) -> str | None:
        if self.prn_id is None:
            return None
        slug = "".join(c if c.isalnum() else "-" for c in self.title.lower()).strip("-")
        return f"/news-releases/{'-'.join(filter(None, slug.split('-')))}-{self.prn_id}.html"


@dataclass(frozen=True)
class Filing:
    """A row of the submissions API; 6-Ks carry their press release as EX-99.1."""

    accession: str
    form: str
    accepted: datetime
    primary: str
    size: int
    release: str | None = None  # key of the Release furnished as EX-99.1
    exhibit_note: str = ""  # the cover's exhibit index description
    xbrl: bool = False
    report_date: str = ""
    act: str = "34"
    file_number: str = "001-38590"

    @property
    def exhibit(self) -> str | None:
        return self.primary.replace("_6k.htm", "_ex99-1.htm") if self.release else None


def _update(month: str, published: str, prn_id: int) -> Release:
    return Release(
        f"production-{date.fromisoformat(month + '-01'):%Y-%m}",
        f"Cango Inc. Announces {date.fromisoformat(month + '-01'):%B %Y} Bitcoin Production "
        "and Mining Operations Update",
        eastern(published),
        prn_id,
    )


RELEASES: tuple[Release, ...] = (
    _update("2025-10", "2025-11-05 06:30", 302604718),
    Release(
        "interim-2025-h1",
        "Unaudited Interim Condensed Consolidated Financial Statements for the Six Months "
        "Ended June 30, 2025",
        eastern("2025-11-20 08:02"),
    ),
    Release(
        "results-2025-q3",
        "Cango Inc. Reports Third Quarter 2025 Unaudited Financial Results",
        eastern("2025-12-02 06:30"),
        302630145,
    ),
    _update("2025-11", "2025-12-03 06:30", 302631902),
    _update("2025-12", "2026-01-05 06:30", 302654321),
    Release(
        "interim-2025-9m",
        "Unaudited Interim Condensed Consolidated Financial Statements for the Nine Months "
        "Ended September 30, 2025",
        eastern("2026-01-15 08:10"),
    ),
    _update("2026-01", "2026-02-03 06:05", 302677210),
    Release(
        "bitcoin-sale",
        "Cango Inc. Completes Bitcoin Sale to Strengthen Financial Position and Advance AI "
        "Transformation",
        eastern("2026-02-09 07:01"),
        302683001,
    ),
    _update("2026-02", "2026-03-03 06:30", 302700457),
    Release(
        "results-2025-q4",
        "Cango Inc. Reports Fourth Quarter and Full Year 2025 Unaudited Financial Results",
        eastern("2026-03-25 06:45"),
        302719833,
    ),
    _update("2026-03", "2026-04-02 06:30", 302726940),
    Release(
        "ai-inference-plan",
        "Cango Inc. Announces AI Inference Build-Out Plan",
        eastern("2026-04-15 07:00"),
        302741588,
    ),
)

# Newest last. Rows before November 2025 are history the monitor never fetches (outside its
# look-back) but that a real submissions file lists; their facts are in companyfacts.json.
FILINGS: tuple[Filing, ...] = (
    Filing("0001104659-24-052304", "20-F", eastern("2024-04-26 16:02"), "tm2411871d1_20f.htm",
           8_912_004, xbrl=True, report_date="2023-12-31"),
    Filing("0001104659-25-028001", "20-F", eastern("2025-03-27 16:05"), "tm253456d1_20f.htm",
           9_876_543, xbrl=True, report_date="2024-12-31"),
    Filing("0001104659-25-060101", "6-K", eastern("2025-06-20 08:00"), "tm2518101d1_6k.htm",
           1_402_118, xbrl=True),
    Filing("0001104659-25-099001", "F-6 POS", eastern("2025-10-20 16:15"),
           "e664910_f6pos-cango.htm", 60_112, act="33", file_number="333-257631"),
    Filing("0001104659-25-107310", "6-K", eastern("2025-11-05 06:30"), "tm2529310d1_6k.htm",
           186_210, "production-2025-10", "October 2025 production update"),
    Filing("0001104659-25-113475", "F-1", eastern("2025-11-14 16:20"), "tm2531020-1_f1.htm",
           3_310_877, xbrl=True, act="33", file_number="333-291417"),
    Filing("0001213900-25-110342", "SCHEDULE 13G/A", eastern("2025-11-14 16:31"),
           "xslSCHEDULE_13G_X01/primary_doc.xml", 40_127, act="", file_number="005-90511"),
    Filing("0001104659-25-112896", "6-K", eastern("2025-11-20 08:02"), "tm2530001d1_6k.htm",
           1_804_413, "interim-2025-h1", "Interim financial statements (six months)", xbrl=True),
    Filing("0001104659-25-117521", "6-K", eastern("2025-12-02 06:30"), "tm2532465d1_6k.htm",
           912_330, "results-2025-q3", "Third quarter 2025 results"),
    Filing("0001104659-25-118204", "6-K", eastern("2025-12-03 06:30"), "tm2532871d1_6k.htm",
           187_002, "production-2025-11", "November 2025 production update"),
    Filing("0001104659-26-000512", "6-K", eastern("2026-01-05 06:30"), "tm260512d1_6k.htm",
           187_554, "production-2025-12", "December 2025 production update"),
    Filing("0001104659-26-004112", "6-K", eastern("2026-01-15 08:10"), "tm261533d1_6k.htm",
           1_650_331, "interim-2025-9m", "Interim financial statements (nine months)",
           xbrl=True),
    Filing("0001104659-26-009876", "6-K", eastern("2026-02-03 06:05"), "tm264321d1_6k.htm",
           188_020, "production-2026-01", "January 2026 production update"),
    Filing("0001104659-26-010001", "6-K", eastern("2026-02-09 07:01"), "tm265001d1_6k.htm",
           210_345, "bitcoin-sale", "Bitcoin sale"),
    Filing("0001104659-26-021455", "6-K", eastern("2026-03-03 06:30"), "tm267402d1_6k.htm",
           189_411, "production-2026-02", "February 2026 production update"),
    Filing("0001104659-26-031872", "6-K", eastern("2026-03-25 06:45"), "tm269811d1_6k.htm",
           2_210_764, "results-2025-q4", "Fourth quarter and full year 2025 results",
           xbrl=True),
    Filing("0001104659-26-036640", "6-K", eastern("2026-04-02 06:30"), "tm2610233d1_6k.htm",
           190_233, "production-2026-03", "March 2026 production update"),
)  # fmt: skip

# BTC-USD spot, interpolated linearly between these points (00:00 UTC of each day): from
# ~87k at New Year down through the sale price (68,524) in early February, a trough in the
# low 60s mid-February, back above the sale price in the second week of March.
BTC_USD: tuple[tuple[date, float], ...] = tuple(
    (date.fromisoformat(day), price)
    for day, price in (
        ("2026-01-01", 87_540.0), ("2026-01-05", 91_180.0), ("2026-01-14", 95_820.0),
        ("2026-01-20", 90_460.0), ("2026-01-29", 84_010.0), ("2026-02-01", 78_530.0),
        ("2026-02-05", 72_960.0), ("2026-02-08", 70_210.0), ("2026-02-12", 66_480.0),
        ("2026-02-15", 63_790.0), ("2026-02-20", 62_410.0), ("2026-02-25", 64_870.0),
        ("2026-03-01", 66_150.0), ("2026-03-05", 67_790.0), ("2026-03-10", 71_340.0),
        ("2026-03-20", 73_910.0), ("2026-03-31", 72_080.0), ("2026-04-10", 76_420.0),
        ("2026-04-20", 79_760.0),
    )
)  # fmt: skip

# CANG closing prices (Class A shares since the 2025-11-17 ADS conversion), interpolated
# between these trading days. The day after the sale the stock jumps 18%.
CANG_CLOSES: tuple[tuple[date, float], ...] = tuple(
    (date.fromisoformat(day), price)
    for day, price in (
        ("2025-12-31", 1.49), ("2026-01-14", 1.61), ("2026-01-30", 1.36),
        ("2026-02-06", 1.21), ("2026-02-09", 1.17), ("2026-02-10", 1.38),
        ("2026-02-20", 1.31), ("2026-03-10", 1.44), ("2026-03-31", 1.39),
        ("2026-04-20", 1.55),
    )
)  # fmt: skip
# The ADS-to-share conversion, declared to the stock source so history compares like with like.
CANG_UNIT_CHANGE = {
    "date": "2025-11-17",
    "ratio": 0.5,
    "note": "ADS to Class A shares, 2 shares per ADS",
}


def release(key: str) -> Release:
    return next(r for r in RELEASES if r.key == key)


@dataclass(frozen=True)
class Headline:
    """A line of narration: what became public, when and where."""

    moment: datetime
    where: str
    what: str


def headlines(start: datetime, end: datetime) -> list[Headline]:
    """What EDGAR and the wire publish in (start, end], oldest first."""
    found = []
    filed = {f.release for f in FILINGS if f.release}
    for filing in FILINGS:
        if filing.release and start < filing.accepted <= end:
            item = release(filing.release)
            where = "EDGAR+PRN" if item.prn_id else "EDGAR"
            form = f"{filing.form} with XBRL" if filing.xbrl else filing.form
            found.append(Headline(filing.accepted, where, f"{form}: {item.title}"))
    for item in RELEASES:
        if item.key not in filed and start < item.published <= end:
            found.append(Headline(item.published, "PRN", item.title))
    return sorted(found, key=lambda h: h.moment)
