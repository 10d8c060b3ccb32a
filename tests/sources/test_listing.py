"""Reading listing pages with selectors: PR Newswire cards, an IR newsroom, odd layouts."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from monitor.errors import SourceError
from monitor.sources.listing import ListingPage, Selectors, effective_selectors, parse_listing
from monitor.sources.release import ReleaseItem
from tests.sources.harness import fixture

NEW_YORK = ZoneInfo("America/New_York")
PRN_URL = "https://www.prnewswire.com/news/cango-inc/"
NEWSROOM_URL = "https://www.cangoonline.com/news/"


def parse(body: bytes, url: str, preset: str = "generic", **selectors: str) -> list[ReleaseItem]:
    chosen = effective_selectors(preset, Selectors(**selectors))
    return parse_listing(ListingPage(url, body, "text/html"), chosen, NEW_YORK)


def test_prnewswire_cards() -> None:
    items = parse(fixture("prn_cango.html"), PRN_URL, "prnewswire")
    assert [item.title for item in items] == [
        "Cango Inc. Completes Bitcoin Sale to Strengthen Financial Position and Advance AI "
        "Transformation",
        "Cango Inc. Announces January 2026 Bitcoin Production and Mining Operations Update",
        "Cango Inc. Announces December 2025 Bitcoin Production and Mining Operations Update",
    ]
    first = items[0]
    assert first.url == (
        "https://www.prnewswire.com/news-releases/cango-inc-completes-bitcoin-sale-to-strengthen-"
        "financial-position-and-advance-ai-transformation-302683001.html"
    )
    assert first.key == first.url
    assert first.published_at == datetime(2026, 2, 9, 11, 0, tzinfo=UTC)  # 06:00 ET
    assert first.teaser is not None and first.teaser.startswith("DALLAS, Feb. 9, 2026")
    # Tracking parameters do not make a second identity for the same release.
    assert items[2].url is not None and "utm_" not in items[2].url


def test_ir_newsroom_with_the_generic_preset_resolves_relative_links() -> None:
    items = parse(fixture("ir_newsroom.html"), NEWSROOM_URL)
    assert [item.url for item in items] == [
        "https://www.cangoonline.com/news/detail/1203",
        "https://www.cangoonline.com/news/detail/1202",  # "detail/1202?utm_source=home#top"
        "https://www.prnewswire.com/news-releases/cango-inc-announces-december-2025-bitcoin-"
        "production-and-mining-operations-update-302654321.html",
        "https://ir-image.cangoonline.com/ir-documents/2025-12-1_6-K_Letter%20to%20Shareholders.html",
    ]
    assert items[0].published_at == datetime(2026, 2, 9, 5, 0, tzinfo=UTC)  # "Date: 2026-02-09"
    assert items[1].teaser == "Unaudited production update for January 2026."
    assert items[2].teaser is None


GENERIC_LAYOUTS = [
    pytest.param(
        b"""<div class="module_item"><div class="module_date-text">February 3, 2026</div>
        <div class="module_headline"><a class="module_headline-link"
        href="/news-events/press-releases/detail/88/q4-update">Q4 Update</a></div></div>""",
        ("Q4 Update", "https://ir.example.com/news-events/press-releases/detail/88/q4-update",
         datetime(2026, 2, 3, 5, 0, tzinfo=UTC)),
        id="q4-module-item",
    ),
    pytest.param(
        b"""<article class="node--nir-news"><time datetime="2026-02-03T12:00:00Z">Feb 3</time>
        <a href="/img"><img src="x.png"></a>
        <h2 class="nir-widget--news--headline"><a href="/news-releases/news-release-details/jan">
        January update</a></h2></article>""",
        ("January update", "https://ir.example.com/news-releases/news-release-details/jan",
         datetime(2026, 2, 3, 12, 0, tzinfo=UTC)),
        id="notified-article-image-link-first",
    ),
    pytest.param(
        b"""<base href="https://cdn.example.net/site/"><ul class="news-list"><li>
        <a href="r/1.html">Release one</a> <span class="date">05/12/2025</span></li></ul>""",
        ("Release one", "https://cdn.example.net/site/r/1.html",
         datetime(2025, 5, 12, 4, 0, tzinfo=UTC)),
        id="base-href",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("html", "expected"), GENERIC_LAYOUTS)
def test_common_ir_layouts(html: bytes, expected: tuple[str, str, datetime]) -> None:
    (item,) = parse(html, "https://ir.example.com/news/")
    assert (item.title, item.url, item.published_at) == expected


def test_nested_matches_are_one_item() -> None:
    html = b"""<div class="views-row"><article><h3><a href="/a">A</a></h3></article></div>
               <div class="views-row"><article><h3><a href="/b">B</a></h3></article></div>"""
    assert [item.title for item in parse(html, "https://ir.example.com/")] == ["A", "B"]


def test_id_attribute_is_the_identity() -> None:
    html = b"""<div class="card" data-release-id="302683001"><h3>Sale</h3>
               <a href="/r/sale.html?session=abc">more</a></div>"""
    (item,) = parse(html, PRN_URL, item=".card", id_attribute="data-release-id")
    assert item.key == "302683001"
    assert item.url == "https://www.prnewswire.com/r/sale.html?session=abc"


def test_items_without_link_or_title_are_skipped() -> None:
    html = b"""<article><h3>No link here</h3></article>
               <article><a href="/x"></a></article>
               <article><h3><a href="/ok">Fine</a></h3></article>"""
    assert [item.title for item in parse(html, "https://ir.example.com/")] == ["Fine"]


MALFORMED = [
    (b"", "text/html", "empty body"),
    (b'{"error": "maintenance"}', "application/json", "not an HTML page"),
    (b"<html><body><p>Access denied</p></body></html>", "text/html", "no items match"),
    (b"<html><body><div class='newsCar", "text/html", "no items match"),  # truncated
    (b"<div class='newsCards'><p>no title, no link</p></div>", "text/html", "none has a title"),
]


@pytest.mark.parametrize(("body", "content_type", "message"), MALFORMED)
def test_pages_that_are_not_listings_are_errors(
    body: bytes, content_type: str, message: str
) -> None:
    selectors = effective_selectors("prnewswire", Selectors())
    with pytest.raises(SourceError, match=message):
        parse_listing(ListingPage(PRN_URL, body, content_type), selectors, NEW_YORK)
