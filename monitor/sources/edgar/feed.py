"""EDGAR's latest-filings Atom feed (browse-edgar?action=getcurrent), parsed into entries.

The feed declares ISO-8859-1, so it is parsed from bytes. Every element, including SEC's own,
is in the Atom namespace. An entry's title is "{form} - {NAME} ({cik10}) ({role})"; the same
accession can appear twice (Filer and Subject), and is reported once per CIK.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime

from monitor.errors import SourceError

ATOM = "{http://www.w3.org/2005/Atom}"
_TITLE = re.compile(r"^(?P<form>.+?) - (?P<name>.*) \((?P<cik>\d{1,10})\) \((?P<role>[^)]*)\)\s*$")
_ACCESSION = re.compile(r"accession-number=(\d{10}-\d{2}-\d{6})")
_ACCESSION_IN_TEXT = re.compile(r"\b(\d{10}-\d{2}-\d{6})\b")
_CIK_IN_LINK = re.compile(r"/edgar/data/(\d+)/")


@dataclass(frozen=True)
class FeedEntry:
    accession: str
    cik: int
    form: str
    company: str
    role: str
    updated: datetime | None  # UTC; the feed's offsets are correct, unlike acceptanceDateTime
    link: str


def parse_feed(body: bytes) -> list[FeedEntry]:
    """The entries of a latest-filings feed; SourceError if it is not such a feed."""
    try:
        root = ET.fromstring(body)
    except (ET.ParseError, LookupError) as exc:  # LookupError: an unknown declared encoding
        raise SourceError(f"malformed Atom feed: {exc}") from exc
    if root.tag != f"{ATOM}feed":
        raise SourceError(f"not an Atom feed (root element {root.tag!r})")
    entries: dict[tuple[str, int], FeedEntry] = {}
    for element in root.iter(f"{ATOM}entry"):
        entry = _entry(element)
        if entry is not None:
            entries.setdefault((entry.accession, entry.cik), entry)
    return list(entries.values())


def _entry(element: ET.Element) -> FeedEntry | None:
    link_element = element.find(f"{ATOM}link")
    link = link_element.get("href", "") if link_element is not None else ""
    category = element.find(f"{ATOM}category")
    term = (category.get("term") or "") if category is not None else ""
    title = _TITLE.match(_text(element, "title"))
    # The title names the company the entry is about; the link only the filer's directory.
    cik_text = title["cik"] if title else _first(_CIK_IN_LINK, link)
    accession = _accession(element)
    form = term or (title["form"] if title else "")
    if accession is None or cik_text is None or not form:
        return None  # not a filing entry we can attribute; the submissions poll backs it up
    return FeedEntry(
        accession=accession,
        cik=int(cik_text),
        form=form.strip(),
        company=title["name"].strip() if title else "",
        role=title["role"].strip() if title else "",
        updated=_when(_text(element, "updated")),
        link=link,
    )


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


def _accession(element: ET.Element) -> str | None:
    for text in (_text(element, "id"), _text(element, "summary")):
        match = _ACCESSION.search(text) or _ACCESSION_IN_TEXT.search(text)
        if match:
            return match.group(1)
    return None


def _text(element: ET.Element, name: str) -> str:
    child = element.find(f"{ATOM}{name}")
    return (child.text or "").strip() if child is not None else ""


def _when(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
