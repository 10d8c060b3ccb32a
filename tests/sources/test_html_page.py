"""html_page: new releases once, their documents, the link policy, 304s and failures."""

from __future__ import annotations

from typing import Any

import pytest
import responses
from responses import matchers

from monitor.clock import ManualClock
from monitor.errors import SourceError
from monitor.sources import html_page
from monitor.sources.html_page import HtmlPageConfig, HtmlPageSource
from monitor.vocabulary.kinds import PRESS_RELEASE
from tests.sources.harness import (
    Harness,
    check_identical_bodies_are_not_parsed,
    count_parses,
    fixture,
    titles,
)

PRN_URL = "https://www.prnewswire.com/news/cango-inc/"
PRN = "https://www.prnewswire.com/news-releases/"
SALE = PRN + (
    "cango-inc-completes-bitcoin-sale-to-strengthen-financial-position-and-advance-ai-"
    "transformation-302683001.html"
)
JANUARY = PRN + (
    "cango-inc-announces-january-2026-bitcoin-production-and-mining-operations-update-"
    "302677210.html"
)
DECEMBER = PRN + (
    "cango-inc-announces-december-2025-bitcoin-production-and-mining-operations-update-"
    "302654321.html"
)
NEWSROOM_URL = "https://www.cangoonline.com/news/"
LETTER = (
    "https://ir-image.cangoonline.com/ir-documents/2025-12-1_6-K_Letter%20to%20Shareholders.html"
)
METRICS_ROW = "Total number of Bitcoins sold | 550.03 | -"


def prn_source(**extra: Any) -> HtmlPageSource:
    config = {"id": "cango-prn", "kind": "html_page", "url": PRN_URL, "entity": "CANG",
              "preset": "prnewswire", **extra}  # fmt: skip
    return HtmlPageSource(HtmlPageConfig.model_validate(config))


def newsroom_source(**extra: Any) -> HtmlPageSource:
    config = {"id": "cango-news", "kind": "html_page", "url": NEWSROOM_URL, "entity": "CANG",
              **extra}  # fmt: skip
    return HtmlPageSource(HtmlPageConfig.model_validate(config))


def serve_prn_releases() -> None:
    responses.get(SALE, body=fixture("prn_release_sale.html"), content_type="text/html")
    responses.get(JANUARY, body=fixture("prn_release_jan2026.html"), content_type="text/html")
    responses.get(DECEMBER, body=fixture("prn_release_sale.html"), content_type="text/html")


def requested(url: str) -> int:
    return sum(1 for call in responses.calls if call.request.url == url)


@responses.activate
def test_each_card_becomes_a_press_release_with_its_document(clock: ManualClock) -> None:
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html")
    serve_prn_releases()
    result = Harness(prn_source(), clock).poll()

    assert [obs.kind for obs in result.observations] == [PRESS_RELEASE] * 3
    sale, january, _december = result.observations
    assert sale.entity == "CANG" and sale.subject == SALE
    assert sale.payload == {
        "title": "Cango Inc. Completes Bitcoin Sale to Strengthen Financial Position and "
        "Advance AI Transformation",
        "url": SALE,
        "published_at": "2026-02-09T11:00:00+00:00",
        "teaser": "DALLAS, Feb. 9, 2026 /PRNewswire/ -- Cango Inc. (NYSE: CANG) ... sold 4,451 "
        "Bitcoin ... approximately US$305 million in USDT ...",
        "item_id": SALE,
    }
    assert sale.occurred_at.isoformat() == "2026-02-09T11:00:00+00:00"
    assert sale.evidence["url"] == PRN_URL
    assert sale.evidence["fetched_at"] == clock.now().isoformat()
    assert len(sale.evidence["sha256"]) == 64

    # The release page with the metrics table reaches extraction as clean text.
    assert january.document is not None
    assert january.document.url == JANUARY
    assert METRICS_ROW in january.document.text.splitlines()
    assert "Total number of Bitcoins held | 7,474.7 | 7,528.3" in january.document.text
    assert "dataLayer" not in january.document.text  # scripts are not text
    assert january.evidence["release_sha256"] == january.document.sha256
    assert result.newest_item_at is not None
    assert result.newest_item_at.isoformat() == "2026-02-09T11:00:00+00:00"


@responses.activate
def test_a_release_is_new_once_whatever_the_page_does_next(clock: ManualClock) -> None:
    page = fixture("prn_cango.html").decode()
    cards = page.split('<div class="row newsCards"')
    head, sale, _january, december = cards[0], *cards[1:]
    reordered = head + '<div class="row newsCards"'.join(["", december, sale])
    responses.get(PRN_URL, body=page, content_type="text/html")
    responses.get(PRN_URL, body=reordered, content_type="text/html")  # January dropped
    responses.get(PRN_URL, body=page, content_type="text/html")  # and back again
    serve_prn_releases()
    harness = Harness(prn_source(), clock)

    assert len(harness.poll().observations) == 3
    assert harness.poll().observations == []
    assert harness.poll().observations == []
    assert requested(JANUARY) == 1  # a known release is never fetched again


@responses.activate
def test_only_the_new_card_is_fetched_and_reported(clock: ManualClock) -> None:
    page = fixture("prn_cango.html")
    new_card = b"""<div class="row newsCards"><a href="/news-releases/cango-new-302699999.html">
      <h3><small>Feb 10, 2026, 16:30 ET</small> Cango Inc. Announces Something New</h3></a></div>"""
    responses.get(PRN_URL, body=page, content_type="text/html")
    responses.get(PRN_URL, body=page.replace(b"<main", new_card + b"<main", 1))
    responses.get(PRN + "cango-new-302699999.html", body=fixture("prn_release_sale.html"))
    serve_prn_releases()
    harness = Harness(prn_source(), clock)
    harness.poll()

    (obs,) = harness.poll().observations
    assert obs.payload["title"] == "Cango Inc. Announces Something New"
    assert obs.payload["published_at"] == "2026-02-10T21:30:00+00:00"


@responses.activate
def test_newsroom_links_relative_other_host_and_allow_list(clock: ManualClock) -> None:
    responses.get(NEWSROOM_URL, body=fixture("ir_newsroom.html"), content_type="text/html")
    responses.get(NEWSROOM_URL + "detail/1203", body=fixture("prn_release_sale.html"))
    responses.get(NEWSROOM_URL + "detail/1202", body=fixture("prn_release_jan2026.html"))
    result = Harness(newsroom_source(), clock).poll()

    by_url = {obs.payload["url"]: obs for obs in result.observations}
    assert len(by_url) == 4
    assert METRICS_ROW in by_url[NEWSROOM_URL + "detail/1202"].document.text  # type: ignore[union-attr]
    # Links to other hosts are reported as releases but not followed.
    for url in (DECEMBER, LETTER):
        assert by_url[url].document is None
        assert by_url[url].payload["document_problem"].startswith("not followed: host")
        assert requested(url) == 0


@responses.activate
def test_allowed_hosts_are_followed(clock: ManualClock) -> None:
    letter = LETTER
    responses.get(NEWSROOM_URL, body=fixture("ir_newsroom.html"), content_type="text/html")
    responses.get(NEWSROOM_URL + "detail/1203", body=fixture("prn_release_sale.html"))
    responses.get(NEWSROOM_URL + "detail/1202", body=fixture("prn_release_jan2026.html"))
    responses.get(letter, body=b"<html><body><p>Dear shareholders,</p></body></html>")
    source = newsroom_source(allowed_hosts=["*.cangoonline.com"])
    by_url = {obs.payload["url"]: obs for obs in Harness(source, clock).poll().observations}
    assert by_url[letter].document is not None
    assert by_url[letter].document.text == "Dear shareholders,"
    assert by_url[DECEMBER].document is None  # prnewswire.com is still not allowed


@responses.activate
def test_a_redirect_to_another_host_is_not_used(clock: ManualClock) -> None:
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html")
    serve_prn_releases()
    responses.replace(responses.GET, SALE, status=302, headers={"Location": "https://x.example/"})
    responses.get("https://x.example/", body=b"<p>elsewhere</p>")
    sale = Harness(prn_source(), clock).poll().observations[0]
    assert sale.document is None
    assert "x.example" in sale.payload["document_problem"]
    assert requested("https://x.example/") == 0  # refused before it was requested


@responses.activate
def test_a_release_in_an_unknown_charset_is_read_and_the_poll_goes_on(clock: ManualClock) -> None:
    """`charset=x-bogus` raised LookupError outside the per-release try: every poll failed."""
    responses.get(NEWSROOM_URL, body=fixture("ir_newsroom.html"), content_type="text/html")
    bogus = "text/plain; charset=x-bogus"
    body = b"Cango sold 550.03 BTC in January."
    responses.get(NEWSROOM_URL + "detail/1203", body=body, content_type=bogus)
    responses.get(NEWSROOM_URL + "detail/1202", body=fixture("prn_release_jan2026.html"))
    by_url = {
        obs.payload["url"]: obs for obs in Harness(newsroom_source(), clock).poll().observations
    }
    sale = by_url[NEWSROOM_URL + "detail/1203"].document
    assert sale is not None and sale.text == "Cango sold 550.03 BTC in January."
    assert METRICS_ROW in by_url[NEWSROOM_URL + "detail/1202"].document.text  # type: ignore[union-attr]


@responses.activate
def test_follow_links_off_fetches_only_the_listing(clock: ManualClock) -> None:
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html")
    result = Harness(prn_source(follow_links=False), clock).poll()
    assert len(result.observations) == 3
    assert all(obs.document is None for obs in result.observations)
    assert len(responses.calls) == 1


@responses.activate
def test_match_keeps_only_matching_items(clock: ManualClock) -> None:
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html")
    serve_prn_releases()
    result = Harness(prn_source(match=r"production\s+and\s+MINING"), clock).poll()
    assert titles(result.observations) == [
        "Cango Inc. Announces January 2026 Bitcoin Production and Mining Operations Update",
        "Cango Inc. Announces December 2025 Bitcoin Production and Mining Operations Update",
    ]
    assert requested(SALE) == 0


@responses.activate
def test_a_304_costs_no_parse(clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = count_parses(monkeypatch, html_page, "parse_listing")
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html",
                  headers={"ETag": '"v1"'})  # fmt: skip
    responses.get(PRN_URL, status=304, match=[matchers.header_matcher({"If-None-Match": '"v1"'})])
    serve_prn_releases()
    harness = Harness(prn_source(), clock)
    first = harness.poll()

    second = harness.poll()
    assert second.unchanged is True
    assert second.observations == [] and second.newest_item_at is None
    assert second.cursor == first.cursor  # the cursor is kept, not wiped
    assert parsed == ["parse"]


def counting_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return count_parses(monkeypatch, html_page, "parse_listing")


@responses.activate
def test_an_identical_page_without_validators_costs_no_parse(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = counting_parses(monkeypatch)
    page = fixture("prn_cango.html")
    changed = page.replace(b"</body>", b"<p>a footer that moved</p></body>")
    for body in (page, page, page, changed, changed):  # no ETag, no Last-Modified: all 200s
        responses.get(PRN_URL, body=body, content_type="text/html")
    serve_prn_releases()
    check_identical_bodies_are_not_parsed(Harness(prn_source(), clock), parsed, new=3)


@responses.activate
def test_a_backlog_parses_the_same_page_again(
    clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = counting_parses(monkeypatch)
    for _ in range(3):
        responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html")
    serve_prn_releases()
    harness = Harness(prn_source(max_new_per_poll=2), clock)

    assert len(harness.poll().observations) == 2
    # The same bytes, but an item waits: the page is read again rather than skipped.
    assert titles(harness.poll().observations) == [
        "Cango Inc. Announces December 2025 Bitcoin Production and Mining Operations Update"
    ]
    assert parsed == ["parse", "parse"]


@responses.activate
def test_a_long_backlog_is_worked_off_over_polls(clock: ManualClock) -> None:
    # The listing answers 304 to a conditional request: the backlog must not wait on it.
    responses.get(PRN_URL, status=304, match=[matchers.header_matcher({"If-None-Match": '"v1"'})])
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html",
                  headers={"ETag": '"v1"'})  # fmt: skip
    serve_prn_releases()
    harness = Harness(prn_source(max_new_per_poll=2), clock)

    first = harness.poll()
    assert len(first.observations) == 2 and first.cursor["backlog"] is True
    second = harness.poll()
    assert titles(second.observations) == [
        "Cango Inc. Announces December 2025 Bitcoin Production and Mining Operations Update"
    ]
    assert second.cursor["backlog"] is False
    assert harness.poll().unchanged is True


@responses.activate
def test_a_release_failing_transiently_waits_then_is_stored_with_its_document(
    clock: ManualClock,
) -> None:
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html")
    serve_prn_releases()
    responses.replace(responses.GET, JANUARY, status=503)
    harness = Harness(prn_source(), clock)

    first = harness.poll()
    assert len(first.observations) == 2  # January waits
    assert first.cursor["attempts"] == {JANUARY: 1} and first.cursor["backlog"] is True
    responses.replace(responses.GET, JANUARY, body=fixture("prn_release_jan2026.html"))
    (january,) = harness.poll().observations
    assert january.document is not None and METRICS_ROW in january.document.text
    assert harness.cursor["attempts"] == {}


@responses.activate
def test_a_release_that_keeps_failing_is_stored_without_document(clock: ManualClock) -> None:
    responses.get(PRN_URL, body=fixture("prn_cango.html"), content_type="text/html")
    serve_prn_releases()
    responses.replace(responses.GET, JANUARY, status=503)
    responses.replace(responses.GET, DECEMBER, status=404)  # permanent: no waiting
    harness = Harness(prn_source(max_fetch_attempts=2), clock)

    first = harness.poll()
    assert titles(first.observations)[1].startswith("Cango Inc. Announces December")
    assert "HTTP 404" in first.observations[1].payload["document_problem"]
    (january,) = harness.poll().observations
    assert january.document is None and "HTTP 503" in january.payload["document_problem"]


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"<html><body><h1>Site maintenance</h1></body></html>", "text/html", "no items match"),
        (b'{"items": []}', "application/json", "not an HTML page"),
        (b"", "text/html", "empty body"),
    ],
)
@responses.activate
def test_a_page_that_is_not_the_listing_is_a_source_error(
    clock: ManualClock, body: bytes, content_type: str, message: str
) -> None:
    responses.get(PRN_URL, body=body, content_type=content_type)
    with pytest.raises(SourceError, match=message):
        Harness(prn_source(), clock).poll()


def test_config_refuses_unknown_keys_and_bad_values() -> None:
    base = {"id": "p", "kind": "html_page", "url": PRN_URL, "entity": "CANG"}
    for bad in ({"selector": ".x"}, {"match": "("}, {"timezone": "Mars/Olympus"},
                {"url": "file:///etc/passwd"}, {"preset": "q4"},
                {"selectors": {"item": ".x", "titel": "h3"}}):  # fmt: skip
        with pytest.raises(ValueError):
            HtmlPageConfig.model_validate({**base, **bad})
