"""The submissions API (data.sec.gov/submissions/CIK##########.json): fetched, parsed into
filings.

`filings.recent` is columnar: parallel arrays where index i across all arrays is one filing.
Only the arrays named here are read, so SEC adding arrays breaks nothing; arrays of unequal
length mean a broken payload. Older history lives in shards listed in `filings.files`, each
the same columnar object without the wrapper.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from monitor.errors import SourceError
from monitor.http import FetchError, NotModified
from monitor.sources.base import PollContext
from monitor.sources.edgar.access import parse_json, sec_fetch
from monitor.sources.edgar.urls import EdgarUrls

EASTERN = ZoneInfo("America/New_York")

_REQUIRED = ("accessionNumber", "filingDate", "form", "primaryDocument")
_OPTIONAL = (
    "reportDate",
    "acceptanceDateTime",
    "items",
    "primaryDocDescription",
    "isXBRL",
    "fileNumber",
)


@dataclass(frozen=True)
class Filing:
    accession: str
    form: str
    filing_date: date
    accepted_at: datetime | None  # UTC
    report_date: date | None
    items: tuple[str, ...]
    primary_document: str
    description: str
    is_xbrl: bool
    file_number: str

    @property
    def published_at(self) -> datetime:
        """When the filing became public: acceptance, else the start of its filing day (ET)."""
        if self.accepted_at is not None:
            return self.accepted_at
        return datetime.combine(self.filing_date, time(), EASTERN).astimezone(UTC)


@dataclass(frozen=True)
class Shard:
    name: str
    filing_from: date | None
    filing_to: date | None


@dataclass(frozen=True)
class Submissions:
    cik: int
    name: str
    tickers: tuple[str, ...]
    fiscal_year_end: str | None  # "MMDD"
    filings: tuple[Filing, ...]
    shards: tuple[Shard, ...]


def eastern_to_utc(text: str) -> datetime:
    """EDGAR's acceptanceDateTime is Eastern wall-clock time despite its trailing "Z" (filings
    at 17:30 and later carry the next business day's filingDate, EDGAR's 5:30 pm ET cut-off),
    so the "Z" is dropped, the time localised to New York, then converted to UTC."""
    naive = datetime.fromisoformat(text.strip().removesuffix("Z").removesuffix("z"))
    return naive.replace(tzinfo=EASTERN).astimezone(UTC)


def parse_submissions(data: Any) -> Submissions:
    """Parse a submissions document; SourceError when its shape is not the API's."""
    try:
        recent = data["filings"]["recent"]
        return Submissions(
            cik=int(data["cik"]),
            name=str(data.get("name") or ""),
            tickers=tuple(data.get("tickers") or ()),
            fiscal_year_end=data.get("fiscalYearEnd") or None,
            filings=parse_columns(recent),
            shards=tuple(_shard(f) for f in data["filings"].get("files") or ()),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise SourceError(
            f"unexpected submissions JSON shape: {type(exc).__name__}: {exc}"
        ) from exc


def parse_columns(columns: Mapping[str, Any]) -> tuple[Filing, ...]:
    """The filings of one columnar block (`recent` or a shard)."""
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        raise SourceError(f"submissions JSON lacks the arrays {', '.join(missing)}")
    count = len(columns["accessionNumber"])
    known = [n for n in (*_REQUIRED, *_OPTIONAL) if n in columns]
    uneven = [n for n in known if len(columns[n]) != count]
    if uneven:
        raise SourceError(f"submissions JSON arrays of unequal length: {', '.join(uneven)}")
    return tuple(_filing({n: columns[n][i] for n in known}) for i in range(count))


def _filing(row: Mapping[str, Any]) -> Filing:
    accepted = row.get("acceptanceDateTime") or ""
    items = str(row.get("items") or "")
    return Filing(
        accession=str(row["accessionNumber"]),
        form=str(row["form"]),
        filing_date=date.fromisoformat(row["filingDate"]),
        accepted_at=eastern_to_utc(accepted) if accepted else None,
        report_date=_date_or_none(row.get("reportDate")),
        items=tuple(i.strip() for i in items.split(",") if i.strip()),
        primary_document=str(row["primaryDocument"] or ""),
        description=str(row.get("primaryDocDescription") or ""),
        is_xbrl=bool(row.get("isXBRL")),
        file_number=str(row.get("fileNumber") or ""),
    )


def _shard(entry: Mapping[str, Any]) -> Shard:
    return Shard(
        str(entry["name"]),
        _date_or_none(entry.get("filingFrom")),
        _date_or_none(entry.get("filingTo")),
    )


def _date_or_none(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def fetch_submissions(
    ctx: PollContext, urls: EdgarUrls, cik: int, *, conditional: bool
) -> Submissions | None:
    """A company's submissions, or None when unchanged since the last poll (304)."""
    url = urls.submissions(cik)
    try:
        result = sec_fetch(ctx, url, conditional=conditional)
    except FetchError as exc:
        if exc.status == 404:
            raise SourceError(f"SEC has no company with CIK {cik} (HTTP 404 for {url})") from exc
        raise
    if isinstance(result, NotModified):
        return None
    return parse_submissions(parse_json(result, "submissions"))
