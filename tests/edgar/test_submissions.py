"""Submissions JSON: columnar parsing, Eastern acceptance times, form families, amendments."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from monitor.errors import SourceError
from monitor.sources.edgar.forms import amended_filing, in_families
from monitor.sources.edgar.submissions import Filing, eastern_to_utc, parse_submissions
from tests.edgar.support import SUBMISSIONS, at, load_json, submissions_without

EASTERN_CASES = [
    # (EDGAR acceptanceDateTime, the UTC moment it means, why)
    ("2026-02-09T07:01:12.000Z", "2026-02-09T12:01:12", "winter: EST is UTC-5"),
    ("2023-08-03T18:04:43.000Z", "2023-08-03T22:04:43", "summer: EDT is UTC-4 (Apple 10-Q)"),
    ("2025-03-09T12:00:00.000Z", "2025-03-09T16:00:00", "first day of daylight time"),
    ("2025-11-20T23:59:59.000Z", "2025-11-21T04:59:59", "late evening crosses the UTC date"),
    ("2025-11-20T08:02:31", "2025-11-20T13:02:31", "no Z at all"),
]


@pytest.mark.parametrize(("text", "utc", "why"), EASTERN_CASES, ids=[c[2] for c in EASTERN_CASES])
def test_acceptance_time_is_eastern_despite_its_z(text: str, utc: str, why: str) -> None:
    assert eastern_to_utc(text) == at(utc)


def test_parses_the_columnar_recent_block_ignoring_unknown_arrays() -> None:
    data = load_json(SUBMISSIONS)
    assert "core_type" in data["filings"]["recent"]  # an array this code does not know
    parsed = parse_submissions(data)
    assert (parsed.cik, parsed.name, parsed.tickers, parsed.fiscal_year_end) == (
        1725123,
        "Cango Inc.",
        ("CANG",),
        "1231",
    )
    assert len(parsed.filings) == 10
    newest = parsed.filings[0]
    assert newest == Filing(
        accession="0001104659-26-010001",
        form="6-K",
        filing_date=date(2026, 2, 9),
        accepted_at=at("2026-02-09T12:01:12"),
        report_date=None,
        items=(),
        primary_document="tm265001d1_6k.htm",
        description="FORM 6-K",
        is_xbrl=False,
        file_number="001-38590",
    )
    annual = parsed.filings[-1]
    assert (annual.form, annual.report_date, annual.is_xbrl) == ("20-F", date(2024, 12, 31), True)


def test_items_are_split() -> None:
    data = submissions_without()
    data["filings"]["recent"]["items"][0] = "2.02,9.01"
    assert parse_submissions(data).filings[0].items == ("2.02", "9.01")


def _broken(change: str) -> Any:
    data = submissions_without()
    recent = data["filings"]["recent"]
    if change == "uneven":
        recent["form"].pop()
    elif change == "no-recent":
        del data["filings"]["recent"]
    elif change == "no-accessions":
        del recent["accessionNumber"]
    elif change == "bad-date":
        recent["filingDate"][0] = "09/02/2026"
    elif change == "not-an-object":
        return ["filings"]
    return data


@pytest.mark.parametrize(
    "change", ["uneven", "no-recent", "no-accessions", "bad-date", "not-an-object"]
)
def test_a_payload_of_another_shape_is_a_source_error(change: str) -> None:
    with pytest.raises(SourceError, match="submissions JSON"):
        parse_submissions(_broken(change))


FAMILY_CASES = [
    ("6-K", ["6-K"], True),
    ("6-K/A", ["6-K"], True),
    ("10-K/A", ["10-K"], True),
    ("10-KT", ["10-K"], False),
    ("10-Q", ["10-K"], False),
    ("8-K", ["6-K", "8-K"], True),
    ("SCHEDULE 13G/A", ["SC 13G"], True),
    ("SC 13D", ["SCHEDULE 13D"], True),
    ("6-k", ["6-K"], True),
    ("F-6 POS", ["6-K", "20-F"], False),
]


@pytest.mark.parametrize(("form", "families", "expected"), FAMILY_CASES)
def test_form_families(form: str, families: list[str], expected: bool) -> None:
    assert in_families(form, families) is expected


def filing(
    accession: str, form: str, day: str, report: str | None = None, accepted: str = "12:00"
) -> Filing:
    return Filing(
        accession=accession,
        form=form,
        filing_date=date.fromisoformat(day),
        accepted_at=at(f"{day}T{accepted}"),
        report_date=date.fromisoformat(report) if report else None,
        items=(),
        primary_document="doc.htm",
        description="",
        is_xbrl=False,
        file_number="",
    )


HISTORY = [
    filing("q2", "10-Q", "2025-08-01", "2025-06-30"),
    filing("q3", "10-Q", "2025-11-01", "2025-09-30"),
    filing("k1", "6-K", "2026-01-05"),
    filing("k2", "6-K", "2026-01-20"),
    filing("k3", "6-K", "2026-02-03"),
    filing("k1a", "6-K/A", "2026-01-07"),
    filing("q2a", "10-Q/A", "2025-12-01", "2025-06-30"),
    filing("orphan", "20-F/A", "2026-01-10", "2024-12-31"),
    filing("k0a", "6-K/A", "2025-01-01"),
    filing("k3a", "6-K/A", "2026-02-03", accepted="14:00"),  # two hours after k3
]

AMENDMENT_CASES = [
    ("k1a", "k1", "6-K/A: the latest 6-K published before it"),
    ("q2a", "q2", "10-Q/A: the 10-Q of the same period, not the later one"),
    ("orphan", None, "no 20-F in the history"),
    ("k0a", None, "nothing earlier"),
    ("k3", None, "not an amendment"),
    ("k3a", "k3", "same day, published earlier (acceptance time decides)"),
]


@pytest.mark.parametrize(
    ("amendment", "original", "why"), AMENDMENT_CASES, ids=[c[2] for c in AMENDMENT_CASES]
)
def test_amendment_linking(amendment: str, original: str | None, why: str) -> None:
    by_accession = {f.accession: f for f in HISTORY}
    found = amended_filing(by_accession[amendment], HISTORY)
    assert (found.accession if found else None) == original
