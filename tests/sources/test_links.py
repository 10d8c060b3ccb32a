"""Canonical release URLs and the same-host / allow-list link policy."""

from __future__ import annotations

import pytest

from monitor.sources.links import LinkPolicy, canonical_url

BASE = "https://www.cangoonline.com/news/"

CANONICAL = [
    ("/news/detail/1203", BASE, "https://www.cangoonline.com/news/detail/1203"),
    ("detail/1202", BASE, "https://www.cangoonline.com/news/detail/1202"),
    ("../about", BASE, "https://www.cangoonline.com/about"),
    ("//ir.cangoonline.com/x", BASE, "https://ir.cangoonline.com/x"),
    ("HTTPS://WWW.CangoOnline.com:443/News/A#top", None, "https://www.cangoonline.com/News/A"),
    ("http://example.com:8080/a", None, "http://example.com:8080/a"),
    ("http://example.com", None, "http://example.com/"),
    ("/a?utm_source=rss&id=7&utm_medium=feed&fbclid=x", BASE, "https://www.cangoonline.com/a?id=7"),
    ("/a?b=2&a=1", BASE, "https://www.cangoonline.com/a?b=2&a=1"),
    ("mailto:ir@cangoonline.com", BASE, None),
    ("javascript:void(0)", BASE, None),
    ("  ", BASE, None),
    ("http://example.com:notaport/", None, None),
    ("http://[oops/release", BASE, None),  # a malformed IPv6 host (found by the fuzzer)
]


@pytest.mark.parametrize(("href", "base", "expected"), CANONICAL)
def test_canonical_url(href: str, base: str | None, expected: str | None) -> None:
    assert canonical_url(href, base) == expected


POLICY = [
    ("https://www.prnewswire.com/news-releases/a.html", (), True),
    ("https://prnewswire.com/news-releases/a.html", (), True),  # www. is the same site
    ("https://evil.example/prnewswire.com", (), False),
    ("https://www.prnewswire.com.evil.example/a", (), False),
    ("https://ir-image.cangoonline.com/doc.html", (), False),
    ("https://ir-image.cangoonline.com/doc.html", ("ir-image.cangoonline.com",), True),
    ("https://ir-image.cangoonline.com/doc.html", ("*.cangoonline.com",), True),
    ("https://cangoonline.com/doc.html", ("*.cangoonline.com",), True),
    ("https://notcangoonline.com/doc.html", ("*.cangoonline.com",), False),
    ("ftp://www.prnewswire.com/a", (), True),  # the host decides; canonical_url drops ftp
    ("not a url", (), False),
]


@pytest.mark.parametrize(("url", "allowed", "expected"), POLICY)
def test_link_policy(url: str, allowed: tuple[str, ...], expected: bool) -> None:
    policy = LinkPolicy("www.prnewswire.com", allowed)
    assert policy.allows(url) is expected


def test_refusal_names_the_host() -> None:
    message = LinkPolicy("www.prnewswire.com").refusal("https://other.example/x")
    assert message.startswith("not followed") and "other.example" in message
