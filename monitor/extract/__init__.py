"""Prose → metrics: BTC sold/produced/held, sale proceeds, debt, AI capex/capacity/milestones.

    >>> from monitor.extract import extract_text
    >>> [o.to_dict()["value"] for o in extract_text("Cango sold 4,451 Bitcoin.")]
    [4451]

`extract` takes a document as fetched (HTML or text, str or bytes); HTML is turned into clean
text by `monitor.textify.html_to_text` first and every `start`/`end` offset points into that
clean text. Patterns over sentence and table-row structure do the work: they are fast, and
each observation quotes the sentence or row it came from.

Currency: a `*_usd` metric keeps its name whatever the currency; a figure stated in RMB, CAD,
… carries that code in `unit` and `currency` and is never converted or relabelled USD. A
convenience translation printed next to it ("RMB12.6 million (US$1.7 million)") is a second
observation in USD.
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.textify import html_to_text

from . import json_items
from .model import METRICS, Extracted
from .pipeline import extract_text

__all__ = ["METRICS", "Extracted", "clean_text", "extract", "extract_text"]

_HTML_TYPES = ("html", "xhtml", "xml")


def extract(
    document: str | bytes,
    *,
    content_type: str = "text/html",
    published: dt.date | None = None,
    entity: str | None = None,
) -> list[Extracted]:
    """Observations in `document`; offsets refer to the clean text of the document."""
    return extract_text(clean_text(document, content_type), published=published, entity=entity)


def clean_text(document: str | bytes, content_type: str = "text/html") -> str:
    """The text the extractor reads: HTML through textify, plain text decoded as is."""
    if any(kind in content_type.lower() for kind in _HTML_TYPES):
        return html_to_text(document)
    if isinstance(document, bytes):
        document = document.decode("utf-8", errors="replace")
    if _is_markup(document):
        return html_to_text(document.replace(_ESCAPED_RETURN, " ").replace(_ESCAPED_NEWLINE, " "))
    # (a JSON record's items, `json_items`: sentences of their own)
    return json_items.split(_unescaped_newlines(document))


# A page's raw HTML handed over as text ("<p><span style=…>Bitfarms mined 189 bitcoin last
# month, </span><a href=…>up from 156 bitcoin in May</a>…</p>\r\n<p>…"): read as the HTML it
# is, or every tag would cut a sentence. A "<" in prose ("<5 MW", "<b>") is not markup: the
# text must open with a tag and close several blocks.
_OPENS_WITH_TAG = re.compile(r"\s*<(?:[a-zA-Z][a-zA-Z0-9]*|!DOCTYPE|!--)[\s>/]", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(?:p|div|span|li|h[1-6]|td|tr|table|ul|ol|a)\s*>", re.IGNORECASE)
_BLOCKS_ENOUGH = 2


def _is_markup(text: str) -> bool:
    """Does the text open with a tag and close at least two blocks (see above)?"""
    if _OPENS_WITH_TAG.match(text) is None:
        return False
    return len(_BLOCK_END.findall(text, 0, 20_000)) >= _BLOCKS_ENOUGH


_ESCAPED_NEWLINE = "\\n"
_ESCAPED_RETURN = "\\r"  # (a "\\r\\n" pair: the return first)
_ESCAPED_ENOUGH = 5


def _unescaped_newlines(text: str) -> str:
    """A page that shipped its body as a JSON string ("…updates for April 2025.\\nBitcoin
    Produced\\n463\\n533…") has its lines joined by the two characters backslash-n. Each
    becomes a line break and a space, so every offset stays where it was."""
    if text.count(_ESCAPED_NEWLINE) < _ESCAPED_ENOUGH:
        return text
    return text.replace(_ESCAPED_NEWLINE, "\n ")
