"""Whatever a server sends, parsers answer with items or a SourceError, never a crash."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.errors import SourceError
from monitor.http import FetchResult
from monitor.sources.dates import parse_published
from monitor.sources.feed_entries import parse_feed
from monitor.sources.links import canonical_url
from monitor.sources.listing import ListingPage, Selectors, effective_selectors, parse_listing
from tests.sources.harness import fixture

NEW_YORK = ZoneInfo("America/New_York")
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Real documents cut and spliced at random points, plus noise: closer to what breaks than
# uniformly random bytes.
DOCUMENTS = [fixture(name) for name in ("prn_cango.html", "gnw_riot.xml", "ir_atom.xml")]
mangled = st.builds(
    lambda doc, cut, noise: doc[:cut] + noise + doc[cut * 2 :],
    st.sampled_from(DOCUMENTS),
    st.integers(min_value=0, max_value=4000),
    st.binary(max_size=64),
) | st.binary(max_size=512)


@FAST
@given(st.text(max_size=80))
def test_any_text_gives_a_utc_date_or_none(text: str) -> None:
    parsed = parse_published(text, NEW_YORK)
    assert parsed is None or parsed.tzinfo == UTC


@FAST
@given(
    st.sampled_from(["http", "https", "HTTP", "ftp", "mailto"]),
    st.from_regex(r"[A-Za-z0-9-]{1,12}(\.[A-Za-z]{2,5}){1,2}", fullmatch=True),
    st.from_regex(r"(/[A-Za-z0-9._~%-]{0,8}){0,3}", fullmatch=True),
    st.from_regex(r"(\?([a-z_]{1,6}=[A-Za-z0-9]{0,4}&?){0,3})?(#[a-z]{0,4})?", fullmatch=True),
)
def test_canonical_urls_are_a_fixed_point(scheme: str, host: str, path: str, rest: str) -> None:
    once = canonical_url(f"{scheme}://{host}{path}{rest}")
    if scheme.lower() not in ("http", "https"):
        assert once is None
        return
    assert once is not None and "#" not in once
    assert canonical_url(once) == once


@FAST
@given(mangled)
def test_a_listing_parser_fails_only_with_source_error(body: bytes) -> None:
    selectors = effective_selectors("prnewswire", Selectors())
    try:
        items = parse_listing(ListingPage("https://x.example/", body, "text/html"), selectors,
                              NEW_YORK)  # fmt: skip
    except SourceError:
        return
    assert all(item.title and item.key for item in items)


@FAST
@given(mangled)
def test_the_feed_parser_fails_only_with_source_error(body: bytes) -> None:
    result = FetchResult("https://x.example/feed", 200, body, datetime.now(UTC), 1.0, {})
    try:
        entries = parse_feed(result)
    except SourceError:
        return
    assert len({entry.key for entry in entries}) == len(entries)
