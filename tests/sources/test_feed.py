"""feed: RSS 2.0 and Atom items, edits, filters, full articles, malformed XML and 304s."""

from __future__ import annotations

from typing import Any

import pytest
import responses
from responses import matchers

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.sources import feed
from monitor.sources.feed import FeedConfig, FeedSource
from monitor.vocabulary.kinds import PRESS_RELEASE, PRESS_RELEASE_UPDATED
from tests.sources.harness import (
    Harness,
    check_identical_bodies_are_not_parsed,
    count_parses,
    fixture,
    kinds,
    titles,
)

GNW_URL = "https://www.globenewswire.com/RssFeed/organization/dGhpcyBpcyBub3QgcmVhbA=="
GNW_JANUARY = (
    "https://www.globenewswire.com/news-release/2026/02/04/3229911/0/en/"
    "Riot-Platforms-Announces-January-2026-Production-and-Operations-Updates.html"
)
ATOM_URL = "https://ir.cangoonline.com/rss/news-releases.xml"
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml"


def gnw_source(**extra: Any) -> FeedSource:
    config = {"id": "riot-gnw", "kind": "feed", "url": GNW_URL, "entity": "RIOT", **extra}
    return FeedSource(FeedConfig.model_validate(config))


def atom_source(**extra: Any) -> FeedSource:
    config = {"id": "cango-ir", "kind": "feed", "url": ATOM_URL, "entity": "CANG", **extra}
    return FeedSource(FeedConfig.model_validate(config))


def serve_gnw(body: bytes | None = None) -> None:
    responses.get(GNW_URL, body=body or fixture("gnw_riot.xml"), content_type=RSS_TYPE)


def serve_gnw_articles() -> None:
    responses.add_callback(
        responses.GET,
        url=__import__("re").compile(r"https://www\.globenewswire\.com/news-release/.*"),
        callback=lambda _request: (200, {"Content-Type": "text/html"}, fixture("gnw_release.html")),
    )


@responses.activate
def test_rss_items_with_only_a_summary_get_the_full_article(clock: ManualClock) -> None:
    serve_gnw()
    serve_gnw_articles()
    result = Harness(gnw_source(), clock).poll()

    assert kinds(result.observations) == [PRESS_RELEASE] * 3
    january = result.observations[0]
    assert january.entity == "RIOT"
    assert january.subject == "3229911"  # the guid is the identity
    assert january.payload["url"] == GNW_JANUARY
    assert january.payload["published_at"] == "2026-02-04T13:30:00+00:00"
    assert january.payload["teaser"].startswith("CASTLE ROCK, Colo., Feb. 04, 2026")
    assert january.document is not None and january.document.url == GNW_JANUARY
    assert "Bitcoin Sold | 470 | 490" in january.document.text.splitlines()
    assert january.evidence["url"] == GNW_URL
    assert january.evidence["release_url"] == GNW_JANUARY
    assert result.newest_item_at is not None
    assert result.newest_item_at.isoformat() == "2026-02-04T13:30:00+00:00"


@responses.activate
def test_atom_full_content_is_used_without_fetching_and_latin1_is_decoded(
    clock: ManualClock,
) -> None:
    responses.get(ATOM_URL, body=fixture("ir_atom.xml"), content_type=ATOM_TYPE)
    result = Harness(atom_source(), clock).poll()

    sale, january = result.observations
    assert sale.subject == "tag:ir.cangoonline.com,2026:news/1203"
    # The relative Atom link is resolved against the feed.
    assert sale.payload["url"] == (
        "https://ir.cangoonline.com/news-releases/news-release-details/cango-inc-completes-bitcoin-sale"
    )
    assert sale.document is not None
    assert "Café – résumé ± noted." in sale.document.text
    assert january.document is not None
    assert "Total number of Bitcoins sold | 550.03 | -" in january.document.text.splitlines()
    assert len(responses.calls) == 1  # nothing but the feed was fetched


@responses.activate
def test_fetch_article_always_fetches_even_with_full_content(clock: ManualClock) -> None:
    responses.get(ATOM_URL, body=fixture("ir_atom.xml"), content_type=ATOM_TYPE)
    responses.get(
        "https://ir.cangoonline.com/news-releases/news-release-details/cango-inc-completes-bitcoin-sale",
        body=fixture("prn_release_sale.html"),
    )
    responses.get(
        "https://ir.cangoonline.com/news-releases/news-release-details/cango-inc-announces-january-2026",
        body=fixture("prn_release_jan2026.html"),
    )
    sale, _ = Harness(atom_source(fetch_article="always"), clock).poll().observations
    assert sale.document is not None and "to partially repay" in sale.document.text


@responses.activate
def test_without_following_links_the_summary_is_the_document(clock: ManualClock) -> None:
    serve_gnw()
    result = Harness(gnw_source(follow_links=False), clock).poll()
    january = result.observations[0]
    assert january.document is not None
    assert january.document.text.startswith("CASTLE ROCK, Colo., Feb. 04, 2026 (GLOBE NEWSWIRE)")
    assert len(responses.calls) == 1


@responses.activate
def test_an_article_that_cannot_be_fetched_keeps_the_summary(clock: ManualClock) -> None:
    serve_gnw()
    responses.add_callback(
        responses.GET,
        url=__import__("re").compile(r"https://www\.globenewswire\.com/news-release/.*"),
        callback=lambda _request: (403, {}, b"Forbidden"),
    )
    january = Harness(gnw_source(), clock).poll().observations[0]
    assert january.document is not None and "(GLOBE NEWSWIRE)" in january.document.text
    assert "HTTP 403" in january.payload["document_problem"]


@responses.activate
def test_new_items_once_and_an_edited_item_is_an_update(clock: ManualClock) -> None:
    original = fixture("gnw_riot.xml")
    edited = original.replace(
        b"<title>Riot Platforms to Host Fourth Quarter and Full Year 2025 Earnings Call</title>",
        b"<title>Riot Platforms to Host Fourth Quarter and Full Year 2025 Earnings Call "
        b"(Updated Time)</title>",
    )
    added = edited.replace(
        b"<item>",
        b"<item><guid>3240000</guid><title>Riot Platforms Announces February 2026 Production"
        b"</title><link>https://www.globenewswire.com/news-release/2026/03/04/3240000/x.html</link>"
        b"<pubDate>Wed, 04 Mar 2026 13:30 GMT</pubDate></item><item>",
        1,
    )
    for body in (original, original, edited, edited, added):
        serve_gnw(body)
    serve_gnw_articles()
    harness = Harness(gnw_source(), clock)

    assert len(harness.poll().observations) == 3
    assert harness.poll().observations == []
    (update,) = harness.poll().observations
    assert update.kind == PRESS_RELEASE_UPDATED
    assert update.subject == "3221005"
    assert update.payload["title"].endswith("(Updated Time)")
    assert update.payload["changed"] == ["title"]
    assert harness.poll().observations == []  # the edit is reported once
    (new,) = harness.poll().observations
    assert new.kind == PRESS_RELEASE
    assert new.payload["title"] == "Riot Platforms Announces February 2026 Production"


@responses.activate
def test_an_edit_reverted_and_a_summary_change_are_updates_too(clock: ManualClock) -> None:
    original = fixture("gnw_riot.xml")
    summary_edit = original.replace(b"will host a conference call.", b"will host a call at 4pm.")
    for body in (original, summary_edit, original):
        serve_gnw(body)
    serve_gnw_articles()
    harness = Harness(gnw_source(), clock)
    harness.poll()

    (changed,) = harness.poll().observations
    assert changed.payload["changed"] == ["summary"]
    (reverted,) = harness.poll().observations
    assert reverted.kind == PRESS_RELEASE_UPDATED
    assert reverted.fingerprint != changed.fingerprint


@responses.activate
def test_the_store_not_the_cursor_decides_what_is_new(clock: ManualClock) -> None:
    serve_gnw()
    serve_gnw_articles()
    harness = Harness(gnw_source(), clock)
    harness.poll()
    # Memory of edits lost (with the body's hash, which is stored beside the cursor): still
    # no release is reported twice.
    harness.cursor, harness.http_cache = {}, {}
    assert harness.poll().observations == []
    assert len(harness.cursor["seen"]) == 3


@responses.activate
def test_match_filters_on_title_or_summary(clock: ManualClock) -> None:
    serve_gnw()
    serve_gnw_articles()
    result = Harness(gnw_source(match="PRODUCTION and operations updates?"), clock).poll()
    assert titles(result.observations) == [
        "Riot Platforms Announces January 2026 Production and Operations Updates",
        "Riot Platforms Announces December 2025 Production and Operations Updates",
    ]
    result = Harness(gnw_source(match="conference call"), clock).poll()  # in the summary only
    assert [obs.subject for obs in result.observations] == ["3221005"]


@responses.activate
def test_edit_memory_is_bounded(clock: ManualClock) -> None:
    items = b"".join(
        b'<item><guid isPermaLink="false">g%d</guid><title>Release %d</title></item>' % (n, n)
        for n in range(15)
    )
    serve_gnw(b'<?xml version="1.0"?><rss version="2.0"><channel>' + items + b"</channel></rss>")
    harness = Harness(gnw_source(max_tracked_items=10, follow_links=False), clock)
    harness.poll()
    assert [row[0] for row in harness.cursor["seen"]] == [f"g{n}" for n in range(10)]


@responses.activate
def test_a_304_costs_no_parse(clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = count_parses(monkeypatch, feed, "parse_feed")
    responses.get(GNW_URL, body=fixture("gnw_riot.xml"), content_type=RSS_TYPE,
                  headers={"Last-Modified": "Wed, 04 Feb 2026 13:31:00 GMT"})  # fmt: skip
    responses.get(
        GNW_URL,
        status=304,
        match=[matchers.header_matcher({"If-Modified-Since": "Wed, 04 Feb 2026 13:31:00 GMT"})],
    )
    serve_gnw_articles()
    harness = Harness(gnw_source(), clock)
    first = harness.poll()

    second = harness.poll()
    assert second.unchanged is True and second.observations == []
    assert second.cursor == first.cursor
    assert parsed == ["parse"]


TRUNCATED = fixture("gnw_riot.xml")[:1500]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (TRUNCATED, "malformed XML in feed"),
        (b"<html><body><h1>Service unavailable</h1></body></html>", "not an RSS or Atom feed"),
        (b'{"error": "rate limited"}', "not an RSS or Atom feed"),
        (b"   ", "empty body"),
    ],
)
@responses.activate
def test_a_body_that_is_not_a_feed_is_a_source_error(
    clock: ManualClock, body: bytes, message: str
) -> None:
    serve_gnw(body)
    with pytest.raises(SourceError, match=message):
        Harness(gnw_source(), clock).poll()


@responses.activate
def test_lenient_xml_takes_what_a_broken_feed_has(clock: ManualClock) -> None:
    serve_gnw(TRUNCATED)
    result = Harness(gnw_source(strict_xml=False, follow_links=False), clock).poll()
    assert [obs.subject for obs in result.observations] == ["3229911", "3221005"]


@responses.activate
def test_html_entities_in_xml_are_tolerated(clock: ManualClock) -> None:
    serve_gnw(
        b'<?xml version="1.0"?><rss version="2.0"><channel><item><guid>n1</guid>'
        b"<title>Riot&nbsp;Platforms update</title></item></channel></rss>"
    )
    (obs,) = Harness(gnw_source(follow_links=False), clock).poll().observations
    assert obs.payload["title"] == "Riot Platforms update"  # &nbsp; read as a space


@responses.activate
def test_items_without_guid_use_their_link(clock: ManualClock) -> None:
    serve_gnw(
        b'<?xml version="1.0"?><rss version="2.0"><channel>'
        b"<item><title>A</title><link>https://www.globenewswire.com/a?utm_source=x</link></item>"
        b"<item><title>No identity at all</title></item>"
        b"</channel></rss>"
    )
    result = Harness(gnw_source(follow_links=False), clock).poll()
    assert [obs.subject for obs in result.observations] == ["https://www.globenewswire.com/a"]


@responses.activate
def test_an_identical_feed_without_validators_costs_no_parse(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = count_parses(monkeypatch, feed, "parse_feed")
    original = fixture("gnw_riot.xml")
    moved = original.replace(b"</channel>", b"<!-- a comment that moved --></channel>")
    for body in (original, original, original, moved, moved):  # all 200s, no validators
        serve_gnw(body)
    serve_gnw_articles()
    check_identical_bodies_are_not_parsed(Harness(gnw_source(), clock), parsed, new=3)


@responses.activate
def test_an_identical_feed_with_entries_waiting_is_parsed_again(clock: ManualClock) -> None:
    for _ in range(2):
        serve_gnw()
    serve_gnw_articles()
    harness = Harness(gnw_source(max_new_per_poll=2), clock)

    assert len(harness.poll().observations) == 2
    # The same bytes, but an entry waits (the limit): the feed is read again, not skipped.
    (third,) = harness.poll().observations
    assert third.kind == PRESS_RELEASE


@responses.activate
def test_a_stop_leaves_the_articles_not_fetched_yet_for_the_next_poll(
    clock: ManualClock,
) -> None:
    """The safe point of a stopping monitor: the article being fetched is kept, the rest
    wait as if past max_new_per_poll, and the poll's result can be stored as it is."""
    serve_gnw()
    serve_gnw()
    harness = Harness(gnw_source(), clock)
    fetched: list[str] = []

    def article(request: Any) -> tuple[int, dict[str, str], bytes]:
        fetched.append(request.url)
        if len(fetched) == 1:  # the stop comes while the first article is fetched
            harness.fetcher.stop(30)
        return 200, {"Content-Type": "text/html"}, fixture("gnw_release.html")

    responses.add_callback(
        responses.GET,
        url=__import__("re").compile(r"https://www\.globenewswire\.com/news-release/.*"),
        callback=article,
    )
    first = harness.poll()
    assert len(fetched) == 1 and len(first.observations) == 1
    assert first.observations[0].document is not None  # the article in hand was kept
    assert harness.cursor["backlog"] is True
    # After a restart (a new fetcher), the next poll reads the feed again and takes the rest.
    harness.fetcher = Harness(gnw_source(), clock).fetcher
    rest = harness.poll()
    assert len(rest.observations) == 2
    assert {o.subject for o in first.observations + rest.observations} == {
        o.subject for o in Harness(gnw_source(follow_links=False), clock).poll().observations
    }
