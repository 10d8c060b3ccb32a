"""Exhibit discovery: which files of a filing directory are worth fetching.

The filing's own index states each document's type: `{accession}-index-headers.html` carries
the submission's SGML header with one `<DOCUMENT>` block per file (`<TYPE>EX-99.1`,
`<FILENAME>d836506dex991.htm`). That is what decides. Only when it is missing is the
directory's index.json read, which lists file names only; then the type is guessed from the
name, as filing agents name exhibit files after their type:

    tm2532465d1_ex99-1.htm   (Toppan Merrill)      → EX-99.1
    d412345dex991.htm        (Donnelley)           → EX-99.1
    ea0201234ex99-1_acme.htm (EdgarAgents)         → EX-99.1
    exhibit99_2.htm, ex-99.htm                     → EX-99.2, EX-99
    adbeex991q123.htm, fy242510-kexhibit99x1.htm   → EX-99.1 (a company prefix before "ex")

Only the primary document and the exhibits matching the configured patterns (default EX-99.*:
press releases and other prose) are fetched, and only HTML or plain text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from monitor.errors import SourceError
from monitor.sources.edgar.urls import EdgarUrls, raw_document_name

# "ex"/"exhibit" then the number, after a non-letter ("_ex99-1", "dex991" is Donnelley's "d"
# prefix) or, glued to a company prefix ("adbeex991", "8kex991", "zex-99_1", "wmtexhibit991"),
# only when two or more digits follow: "annex1" stays a plain file name.
_EXHIBIT_NAME = re.compile(
    r"(?:(?:^|[^a-z])d?(?:ex|exhibit)[-_]?(\d{1,4})|[a-z](?:ex|exhibit)[-_]?(\d{2,4}))"
    r"(?:[-_.x](\d{1,3}))?",
    re.I,
)
# One <DOCUMENT> block of the SGML header: its type, then (a line or two later) its file name.
_HEADER_DOCUMENT = re.compile(
    r"<DOCUMENT>\s*<TYPE>([^\r\n<]+)(?:(?!</DOCUMENT>).)*?<FILENAME>([^\r\n<]+)", re.S
)
_TEXT_SUFFIXES = (".htm", ".html", ".txt")
# XBRL viewer pages (R1.htm …) and SEC's own index pages are not documents of the filing.
_NOT_DOCUMENTS = re.compile(
    r"^(?:R\d+\.htm|.*-index(?:-headers)?\.html?|FilingSummary\.xml)$", re.I
)


@dataclass(frozen=True)
class ListedFile:
    """A file of a filing directory, with its type when the filing's index states it."""

    name: str
    doc_type: str | None = None


@dataclass(frozen=True)
class DocumentRef:
    """One document of a filing to fetch."""

    filename: str
    doc_type: str  # the form (primary document) or an exhibit type such as EX-99.1
    url: str
    primary: bool


def index_filenames(data: Any) -> list[ListedFile]:
    """The files listed in a filing directory's index.json (names only, no types)."""
    try:
        items = data["directory"]["item"]
        return [ListedFile(str(item["name"])) for item in items]
    except (KeyError, TypeError) as exc:
        raise SourceError(f"unexpected filing index.json shape: {type(exc).__name__}") from exc


def index_headers(page: str) -> list[ListedFile]:
    """The documents of a filing with their stated types, from `…-index-headers.html` (the
    header is shown HTML-escaped inside a <PRE>); empty when the page holds no header."""
    text = html.unescape(page)
    stated = [(t.strip().upper(), n.strip()) for t, n in _HEADER_DOCUMENT.findall(text)]
    return [ListedFile(name, doc_type) for doc_type, name in stated if name and doc_type]


def exhibit_type(filename: str) -> str | None:
    """`tm2532465d1_ex99-1.htm` → `EX-99.1`; None when the name does not say."""
    stem = filename.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    match = _EXHIBIT_NAME.search(stem)
    if not match:
        return None
    number, glued, sub = match.groups()
    number = number or glued
    if sub is None and len(number) >= 3:
        # Unseparated digits: the exhibit number is two digits ("991" → 99.1, "311" → 31.1).
        number, sub = number[:2], number[2:]
    number = number.lstrip("0") or "0"
    return f"EX-{number}.{sub.lstrip('0') or '0'}" if sub else f"EX-{number}"


def matches(doc_type: str, patterns: Iterable[str]) -> bool:
    return any(fnmatchcase(doc_type.upper(), p.upper()) for p in patterns)


def discover(
    listed: Sequence[ListedFile],
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
    for file in listed:
        name = file.name
        if name == primary_name or _NOT_DOCUMENTS.match(name):
            continue
        if not name.lower().endswith(_TEXT_SUFFIXES):
            continue
        doc_type = file.doc_type or exhibit_type(name)
        if doc_type and matches(doc_type, patterns):
            url = urls.document(cik, accession, name)
            exhibits.append(DocumentRef(name, doc_type, url, False))
    exhibits.sort(key=lambda ref: (_sort_key(ref.doc_type), ref.filename))
    return refs + exhibits


def _sort_key(doc_type: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", doc_type))
