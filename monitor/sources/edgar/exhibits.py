"""Exhibit discovery: which files of a filing directory are worth fetching.

A filing's index.json lists file names only; SEC puts exhibit types in the human index page,
not there. Filing agents, though, name exhibit files after their type, and that convention is
stable across agents:

    tm2532465d1_ex99-1.htm   (Toppan Merrill)      → EX-99.1
    d412345dex991.htm        (Donnelley)           → EX-99.1
    ea0201234ex99-1_acme.htm (EdgarAgents)         → EX-99.1
    exhibit99_2.htm, ex-99.htm                     → EX-99.2, EX-99

Only the primary document and the exhibits matching the configured patterns (default EX-99.*:
press releases and other prose) are fetched, and only HTML or plain text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from monitor.errors import SourceError
from monitor.sources.edgar.urls import EdgarUrls, raw_document_name

_EXHIBIT_NAME = re.compile(r"(?:^|[^a-z])(?:d?ex|exhibit)[-_]?(\d{1,4})(?:[-_.](\d{1,3}))?", re.I)
_TEXT_SUFFIXES = (".htm", ".html", ".txt")
# XBRL viewer pages (R1.htm …) and SEC's own index pages are not documents of the filing.
_NOT_DOCUMENTS = re.compile(
    r"^(?:R\d+\.htm|.*-index(?:-headers)?\.html?|FilingSummary\.xml)$", re.I
)


@dataclass(frozen=True)
class DocumentRef:
    """One document of a filing to fetch."""

    filename: str
    doc_type: str  # the form (primary document) or an exhibit type such as EX-99.1
    url: str
    primary: bool


def index_filenames(data: Any) -> list[str]:
    """The file names listed in a filing directory's index.json."""
    try:
        items = data["directory"]["item"]
        return [str(item["name"]) for item in items]
    except (KeyError, TypeError) as exc:
        raise SourceError(f"unexpected filing index.json shape: {type(exc).__name__}") from exc


def exhibit_type(filename: str) -> str | None:
    """`tm2532465d1_ex99-1.htm` → `EX-99.1`; None when the name does not say."""
    stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    match = _EXHIBIT_NAME.search(stem)
    if not match:
        return None
    number, sub = match.groups()
    if sub is None and len(number) >= 3:
        # Unseparated digits: the exhibit number is two digits ("991" → 99.1, "311" → 31.1).
        number, sub = number[:2], number[2:]
    number = number.lstrip("0") or "0"
    return f"EX-{number}.{sub.lstrip('0') or '0'}" if sub else f"EX-{number}"


def matches(doc_type: str, patterns: Iterable[str]) -> bool:
    return any(fnmatchcase(doc_type.upper(), p.upper()) for p in patterns)


def discover(
    filenames: Sequence[str],
    *,
    urls: EdgarUrls,
    cik: int,
    accession: str,
    form: str,
    primary_document: str,
    patterns: Sequence[str],
) -> list[DocumentRef]:
    """The primary document first, then matching exhibits in exhibit-number order."""
    primary_name = raw_document_name(primary_document)
    refs: list[DocumentRef] = []
    if primary_name.lower().endswith(_TEXT_SUFFIXES):
        refs.append(
            DocumentRef(primary_name, form, urls.document(cik, accession, primary_name), True)
        )
    exhibits = []
    for name in filenames:
        if name == primary_name or _NOT_DOCUMENTS.match(name):
            continue
        if not name.lower().endswith(_TEXT_SUFFIXES):
            continue
        doc_type = exhibit_type(name)
        if doc_type and matches(doc_type, patterns):
            url = urls.document(cik, accession, name)
            exhibits.append(DocumentRef(name, doc_type, url, False))
    exhibits.sort(key=lambda ref: (_sort_key(ref.doc_type), ref.filename))
    return refs + exhibits


def _sort_key(doc_type: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", doc_type))
