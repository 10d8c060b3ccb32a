"""The lxml listing parser gives the rows the BeautifulSoup one gave (issue 17).

`bs4_listing` is the parser as it was, kept as the oracle; each case is a page as real
newsrooms write them (the recorded fixtures, the common IR layouts) or a layout that tests a
corner of the old semantics: alternatives in order, the item itself as a candidate, nested
matches, excluded parts of titles, comments and scripts inside titles, selectors whose
ancestor lies outside the item, a teaser inside the title, ids in attributes, charsets.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.errors import SourceError
from monitor.sources.links import canonical_url
from monitor.sources.listing import (
    CompiledSelectors,
    ListingPage,
    Selectors,
    _Links,
    effective_selectors,
    parse_listing,
)
from tests.sources import bs4_listing
from tests.sources.harness import fixture
from tests.sources.test_listing import GENERIC_LAYOUTS

NEW_YORK = ZoneInfo("America/New_York")
URL = "https://ir.example.com/news/"


def _newsroom(rows: int) -> bytes:
    """A newsroom like the benchmark's: `rows` dated, linked articles with teasers."""
    items = "".join(
        f'<article class="news-item"><span class="date">2026-01-{1 + n % 28:02d}</span>'
        f'<h3><a href="/r/{900 - n}?utm_source=list">Release {900 - n}: mining update</a></h3>'
        f"<p>Teaser {n} &amp; more.</p></article>\n"
        for n in range(rows)
    )
    return f"<html><body><nav><a href='/'>Home</a></nav><section>{items}</section>".encode()


CASES = [
    pytest.param(fixture("prn_cango.html"), "prnewswire", {}, id="prn-cards"),
    pytest.param(fixture("ir_newsroom.html"), "generic", {}, id="ir-newsroom"),
    *[
        pytest.param(case.values[0], "generic", {}, id=f"layout-{case.id}")
        for case in GENERIC_LAYOUTS
    ],
    pytest.param(_newsroom(70), "generic", {}, id="seventy-rows"),
    pytest.param(
        b"""<ul><li class="news"><h3>Results <small>Feb 3, 2026</small><!-- c -->day</h3>
        <a href="/r/1">more</a><p>  </p><p>Real teaser</p></li>
        <li class="news"><h4><span class="date">Jan 2</span></h4><a href="/r/2">Second</a></li>
        </ul>""",
        "generic",
        {},
        id="excluded-date-and-comment-in-title",
    ),
    pytest.param(
        b"""<div class="newsCards"><h3>Sale <script>var x = 1;</script><small>Feb 9, 2026
        06:00 ET</small></h3><a href="">empty</a><a href="/r/sale">Sale</a>
        <p class="remove-outline">DALLAS, Feb. 9</p></div>""",
        "prnewswire",
        {},
        id="script-in-title-empty-href-first",
    ),
    pytest.param(
        b"""<div class="list"><div class="row"><a href="/r/a"><h3>Inside a link</h3></a>
        <p>tease</p></div><div class="row"><h3><em>Title</em> only</h3><p>x</p></div></div>""",
        "generic",
        {"item": ".row", "teaser": "h3, p"},
        id="link-around-title-teaser-inside-title",
    ),
    pytest.param(
        b"""<section class="wire"><div class="card"><h2>One</h2><a href="/1">x</a></div>
        <div class="card"><h2>Two</h2><a href="/2">y</a></div></section>
        <div class="card"><h2>Three</h2><a href="/3">z</a></div>""",
        "generic",
        {"item": ".card", "title": ".wire h2, h2"},
        id="ancestor-outside-the-item",
    ),
    pytest.param(
        b"""<div class="card" data-id=" 77 "><h3>Id on item</h3></div>
        <div class="card"><div data-id="78"><h3>Id inside</h3></div></div>
        <div class="card"><h3>No id</h3></div>""",
        "generic",
        {"item": ".card", "id_attribute": "data-id"},
        id="id-attribute",
    ),
    pytest.param(
        b"""<div class="item"><time datetime="2026-02-03T12:00:00Z">Feb 3</time>
        <meta content="2026-02-04"><a href="/a" class="headline">A</a></div>
        <div class="item"><span class="date">05/12/2025 <b>9:30 pm</b> ET</span>
        <a href="/b">B</a></div>""",
        "generic",
        {"item": ".item", "date": "time, meta, .date"},
        id="dates-from-attributes-and-nested-text",
    ),
    pytest.param(
        "<meta charset='windows-1252'><article><h3><a href='/caf\xe9'>Caf\xe9 \u201cnews\u201d"
        "</a></h3></article>".encode("cp1252"),
        "generic",
        {},
        id="windows-1252",
    ),
    pytest.param(
        b"<article><h2><a href='/x'>Bytes \xff\xfe not UTF-8</a></h2></article>",
        "generic",
        {},
        id="invalid-utf-8",
    ),
    pytest.param(
        b"<article><h2>A</h2><article><h2><a href='/n'>Nested</a></h2></article>"
        b"<a href='/a'>a</a></article>",
        "generic",
        {},
        id="nested-articles",
    ),
]


@pytest.mark.parametrize(("body", "preset", "overrides"), CASES)
def test_same_rows_as_the_beautifulsoup_parser(
    body: bytes, preset: str, overrides: dict[str, str]
) -> None:
    selectors = effective_selectors(preset, Selectors(**overrides))
    page = ListingPage(URL, body, "text/html")
    try:
        before = bs4_listing.parse_listing(page, selectors, NEW_YORK)
    except SourceError as exc:
        with pytest.raises(SourceError, match=str(exc).split(" on ")[0]):
            parse_listing(page, CompiledSelectors(selectors), NEW_YORK)
        return
    after = parse_listing(page, CompiledSelectors(selectors), NEW_YORK)
    assert after == before
    assert after  # each case lists at least one row


def test_a_selector_lxml_cannot_translate_is_a_config_error() -> None:
    with pytest.raises(ValueError, match="not a usable CSS selector"):
        Selectors(item="div[")


BASES = [
    "https://IR.Example.com:443/news/",
    "http://127.0.0.1:8080/etag/page/3",
    "https://www.prnewswire.com/news/cango-inc/?page=2#list",
    "http://[::1]:8080/news/",
    "ftp://files.example.com/",
    "https://user:pw@example.com/a/b",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(BASES),
    st.text(alphabet="/abc.%?#=&_-~ \t\\:é", max_size=24).map(lambda tail: "/" + tail)
    | st.text(alphabet="/abc.%?#=&:é", max_size=24),
)
def test_the_fast_path_for_links_agrees_with_canonical_url(base: str, href: str) -> None:
    assert _Links(base).canonical(href) == canonical_url(href, base)
