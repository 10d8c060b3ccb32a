"""The demo's EDGAR at a given moment: submissions, companyfacts, filing directories.

Shapes follow SEC's (see tests/edgar/fixtures/sec): a columnar `filings.recent` whose
acceptanceDateTime is New York wall-clock time with a misleading `Z`, an index.json per
filing directory, companyfacts holding only the facts of filings already accepted.
"""

from __future__ import annotations

import copy
from datetime import datetime
from functools import cache
from typing import Any

from monitor.demo import documents
from monitor.demo.scenario import CIK, EASTERN, FILINGS, Filing

ARCHIVE_DIR = f"/Archives/edgar/data/{CIK}"


def public_filings(now: datetime) -> list[Filing]:
    """Filings accepted by `now`, oldest first."""
    return [f for f in FILINGS if f.accepted <= now]


def submissions(now: datetime) -> dict[str, Any]:
    """data.sec.gov/submissions/CIK##########.json as of `now` (newest filing first)."""
    rows = list(reversed(public_filings(now)))
    data = copy.deepcopy(documents.data_json("submissions_header.json"))
    data["filings"] = {"recent": _columns(rows), "files": []}
    return data


def _columns(rows: list[Filing]) -> dict[str, list[Any]]:
    def eastern(f: Filing) -> datetime:
        return f.accepted.astimezone(EASTERN)

    return {
        "accessionNumber": [f.accession for f in rows],
        "filingDate": [f"{eastern(f):%Y-%m-%d}" for f in rows],
        "reportDate": [f.report_date for f in rows],
        # EDGAR's quirk, kept: Eastern wall-clock time labelled as UTC.
        "acceptanceDateTime": [f"{eastern(f):%Y-%m-%dT%H:%M:%S}.000Z" for f in rows],
        "act": [f.act for f in rows],
        "form": [f.form for f in rows],
        "fileNumber": [f.file_number for f in rows],
        "filmNumber": [f.accession[11:13] + f.accession[-6:] for f in rows],  # stable, 8 digits
        "items": ["" for _ in rows],
        "core_type": [f.form for f in rows],
        "size": [f.size for f in rows],
        "isXBRL": [int(f.xbrl) for f in rows],
        "isInlineXBRL": [int(f.xbrl) for f in rows],
        "primaryDocument": [f.primary for f in rows],
        "primaryDocDescription": [f"FORM {f.form}" if f.form == "6-K" else f.form for f in rows],
    }


def company_facts(now: datetime) -> dict[str, Any]:
    """data.sec.gov/api/xbrl/companyfacts/CIK##########.json: facts of accepted filings only."""
    hidden = {f.accession for f in FILINGS if f.accepted > now}
    data = copy.deepcopy(_all_facts())
    for concepts in data["facts"].values():
        for concept in concepts.values():
            for unit, rows in concept["units"].items():
                concept["units"][unit] = [r for r in rows if r["accn"] not in hidden]
    return data


@cache
def _all_facts() -> dict[str, Any]:
    return documents.data_json("companyfacts.json")  # type: ignore[no-any-return]


def filing_at(path: str, now: datetime) -> tuple[Filing, str] | None:
    """The public filing and file name an /Archives path points at, if any."""
    parts = path.removeprefix(ARCHIVE_DIR + "/").split("/")
    if len(parts) != 2:
        return None
    directory, name = parts
    for filing in public_filings(now):
        if filing.accession.replace("-", "") == directory:
            return filing, name
    return None


def directory_listing(filing: Filing) -> dict[str, Any]:
    """A filing directory's index.json (only 6-Ks have files in the demo)."""
    stamp = f"{filing.accepted.astimezone(EASTERN):%Y-%m-%d %H:%M:%S}"
    names = [
        f"{filing.accession}-index-headers.html",
        f"{filing.accession}-index.html",
        f"{filing.accession}.txt",
        filing.primary,
        *([filing.exhibit] if filing.exhibit else []),
    ]
    items = [{"last-modified": stamp, "name": n, "type": "text.gif", "size": ""} for n in names]
    acc_dir = filing.accession.replace("-", "")
    return {
        "directory": {
            "item": items,
            "name": f"{ARCHIVE_DIR}/{acc_dir}",
            "parent-dir": ARCHIVE_DIR,
        }
    }


def index_headers(filing: Filing) -> str:
    """A filing's `-index-headers.html`: the SGML header, HTML-escaped in a <PRE>, stating
    each document's type as SEC does."""
    documents = [(filing.primary, filing.form)]
    if filing.exhibit:
        documents.append((filing.exhibit, "EX-99.1"))
    blocks = "".join(
        f"&lt;DOCUMENT&gt;\n&lt;TYPE&gt;{doc_type}\n&lt;SEQUENCE&gt;{seq}\n"
        f"&lt;FILENAME&gt;{name}\n&lt;TEXT&gt;\n&lt;/DOCUMENT&gt;\n"
        for seq, (name, doc_type) in enumerate(documents, 1)
    )
    return (
        f"<HTML><HEAD><TITLE>SEC EDGAR Submission {filing.accession}</TITLE></HEAD><BODY>\n"
        f"<PRE>&lt;SEC-DOCUMENT&gt;{filing.accession}-index.html\n{blocks}"
        "&lt;/SEC-DOCUMENT&gt;</PRE></BODY></HTML>\n"
    )


def document(filing: Filing, name: str) -> str | None:
    """The HTML of a filing's cover or exhibit; None for files the demo does not have."""
    if filing.release is None:
        return None
    if name == filing.primary:
        return documents.cover(filing)
    if name == filing.exhibit:
        return documents.exhibit(filing)
    return None
