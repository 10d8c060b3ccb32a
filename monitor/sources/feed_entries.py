"""RSS 2.0 and Atom entries, read with feedparser into what the `feed` source needs.

The body goes to feedparser as bytes (wrapped in a stream: given raw bytes feedparser would
try them as a file name), with the HTTP Content-Type, so it can honour the declared or served
encoding — ISO-8859-1 Atom from EDGAR, windows-1252 mislabelled as UTF-8. Each entry gets an
identity (guid/id, else its link) and a fingerprint per part (title, summary, content) so an
edit is recognised as an edit.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import xml.sax
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from monitor.errors import SourceError
from monitor.http import FetchResult
from monitor.sources.links import canonical_url
from monitor.textify import html_to_text

# feedparser's "undefined entity" is an HTML entity (&nbsp;) in XML: its loose parser reads
# it correctly, so it is not a reason to refuse the feed.
_TOLERATED_XML_ERRORS = ("undefined entity",)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class FeedEntry:
    key: str  # guid/id, else the canonical link
    title: str
    url: str | None
    published_at: datetime | None
    updated_at: datetime | None
    summary_html: str | None
    content_html: str | None  # full text carried by the feed (content:encoded, Atom content)
    parts: dict[str, str]  # part name -> short hash of its normalised text

    @property
    def summary_text(self) -> str | None:
        return _plain(self.summary_html) if self.summary_html else None


def parse_feed(result: FetchResult, *, strict: bool = True) -> list[FeedEntry]:
    """Entries of an RSS or Atom body; SourceError if it is not a feed or not well-formed."""
    if not result.body.strip():
        raise SourceError(f"empty body from {result.url}")
    try:
        parsed = feedparser.parse(
            io.BytesIO(result.body),
            response_headers={
                "content-type": result.headers.get("content-type", ""),
                "content-location": result.url,
            },
        )
    except (UnicodeError, LookupError) as exc:  # feedparser's own decoding can still raise
        raise SourceError(f"undecodable feed from {result.url}: {exc}") from exc
    _check(parsed, result.url, strict)
    entries: dict[str, FeedEntry] = {}
    for raw in parsed.entries:
        entry = _entry(raw, result.url)
        if entry is not None:
            entries.setdefault(entry.key, entry)  # a guid listed twice is one item
    return list(entries.values())


def _check(parsed: Any, url: str, strict: bool) -> None:
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if not parsed.get("version") and not parsed.entries:
        detail = f": {_describe(problem)}" if problem else ""
        raise SourceError(f"not an RSS or Atom feed ({url}){detail}")
    tolerated = any(text in str(problem) for text in _TOLERATED_XML_ERRORS)
    if strict and isinstance(problem, xml.sax.SAXException) and not tolerated:
        # A truncated or broken document would give half its items; refuse it whole.
        raise SourceError(f"malformed XML in feed {url}: {_describe(problem)}")


def _describe(problem: Exception) -> str:
    if isinstance(problem, xml.sax.SAXParseException):
        return f"{problem.getMessage()} at line {problem.getLineNumber()}"
    return str(problem)


def _entry(raw: Any, feed_url: str) -> FeedEntry | None:
    link = canonical_url(raw.get("link") or "", feed_url) if raw.get("link") else None
    key = _identity(raw.get("id"), feed_url) or link
    title = " ".join((raw.get("title") or "").split())
    if key is None or not (title or link):
        return None
    summary = raw.get("summary") or None
    content = _content(raw)
    return FeedEntry(
        key=key,
        title=title or link or key,
        url=link,
        published_at=_when(_raw(raw, "published_parsed")) or _when(_raw(raw, "updated_parsed")),
        updated_at=_when(_raw(raw, "updated_parsed")),
        summary_html=summary,
        content_html=content,
        parts={
            "title": _digest(title),
            "summary": _digest(_plain(summary) if summary else ""),
            "content": _digest(_plain(content) if content else ""),
        },
    )


def _raw(entry: Any, name: str) -> Any:
    """The field itself: feedparser's `get` maps a missing updated_parsed to published_parsed."""
    return dict.get(entry, name)


def _identity(raw_id: str | None, feed_url: str) -> str | None:
    raw_id = (raw_id or "").strip()
    if not raw_id:
        return None
    if raw_id.lower().startswith(("http://", "https://")):
        return canonical_url(raw_id, feed_url) or raw_id  # a permalink guid: one URL form
    return raw_id


def _content(raw: Any) -> str | None:
    for part in raw.get("content") or []:
        value = (part.get("value") or "").strip()
        if value and (part.get("type") in (*_HTML_TYPES, "text/plain") or not part.get("type")):
            return value
    return None


def _when(parsed: Any) -> datetime | None:
    """feedparser gives UTC struct_times; keep them as aware datetimes."""
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _plain(html: str) -> str:
    text = html_to_text(html) if "<" in html else html  # plain text needs no HTML parser
    return " ".join(text.split())


def _digest(text: str) -> str:
    """Whitespace-insensitive, so reflowed markup is not an edit."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
