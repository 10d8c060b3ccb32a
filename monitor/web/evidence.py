"""Evidence as a person reads it: the quoted sentence, links to the filing or release, and
the remaining provenance (accession, fetch time, content hash) as plain fields.

Only http(s) URLs become links: a scraped `javascript:` URL stays text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from monitor import readable
from monitor.web.format import plain

QUOTE_KEYS = ("quote", "evidence", "sentence", "text")
LINK_LABELS = {
    "url": "source document",
    "release_url": "press release",
    "index_url": "filing index",
    "document_url": "document",
}
HIDDEN = {"start", "end"}  # offsets into the clean text: not for people
# What an alert's evidence says about its event, shown in the card's heading instead.
EVENT_KEYS = ("kind", "subject", "occurred_at", "source_id", "entity", "event_id")


@dataclass(frozen=True)
class Link:
    label: str
    url: str


@dataclass(frozen=True)
class EvidenceView:
    quote: str | None
    links: list[Link]
    fields: list[tuple[str, str]]


def safe_url(value: Any) -> str | None:
    """The URL if it is an absolute http(s) URL, else None."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def evidence_view(item: Mapping[str, Any], skip: Iterable[str] = ()) -> EvidenceView:
    """Quote, links and fields of one evidence mapping; `skip` names keys shown elsewhere."""
    quote = next((item[k] for k in QUOTE_KEYS if isinstance(item.get(k), str)), None)
    hidden = HIDDEN | set(skip)
    links: list[Link] = []
    fields: list[tuple[str, str]] = []
    for key, value in item.items():
        if key in hidden or (quote is not None and value is quote):
            continue
        url = safe_url(value) if _is_url_key(key) else None
        if url:
            links.append(
                Link(LINK_LABELS.get(key, key.removesuffix("_url").replace("_", " ")), url)
            )
        else:
            fields.append((key, plain(value)))
    return EvidenceView(quote, links, fields)


def _is_url_key(key: str) -> bool:
    return key == "url" or key.endswith("_url")


def value_rows(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """An alert's compared values as (name, text) rows, in the order the rule gave them,
    written as monitor.readable writes them everywhere else."""
    return readable.value_rows(values)
