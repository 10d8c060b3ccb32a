"""A fetched release as a Document: which bodies are text, and which are not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.errors import SourceError
from monitor.http import FetchResult
from monitor.sources.release import document_from_result

URL = "https://www.prnewswire.com/news-releases/x.html"
NOW = datetime(2026, 2, 9, 14, 0, tzinfo=UTC)


def result(body: bytes, content_type: str) -> FetchResult:
    return FetchResult(
        URL, 200, body, NOW, 1.0, {"content-type": content_type} if content_type else {}
    )


TEXTS = [
    (b"<p>Cango sold 4,451 Bitcoin.</p>", "text/html; charset=utf-8", "Cango sold 4,451 Bitcoin."),
    (b"<p>Labelled plain, but HTML.</p>", "text/plain", "Labelled plain, but HTML."),
    (b"Plain text\nrelease", "text/plain", "Plain text\nrelease"),
    (b"<p>No content type</p>", "", "No content type"),
    (b"<html><head><meta charset=\x00x></head><body><p>Odd charset</p></body></html>",
     "text/html", "Odd charset"),
    ("<p>Caf\u00e9 r\u00e9sum\u00e9</p>".encode("latin-1"), "text/html; charset=iso-8859-1",
     "Caf\u00e9 r\u00e9sum\u00e9"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "content_type", "text"), TEXTS)
def test_release_bodies_become_clean_text(body: bytes, content_type: str, text: str) -> None:
    document = document_from_result(result(body, content_type))
    assert document.text == text
    assert document.body == body and document.url == URL and document.fetched_at == NOW


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"%PDF-1.7 ...", "application/pdf", "release is application/pdf"),
        (b"<html><body><script>x()</script></body></html>", "text/html", "has no text"),
    ],
)
def test_bodies_without_text_are_refused(body: bytes, content_type: str, message: str) -> None:
    with pytest.raises(SourceError, match=message):
        document_from_result(result(body, content_type))
