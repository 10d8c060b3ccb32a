"""The demo's documents, rendered from the bundled data: 6-K covers and EX-99.1 exhibits in
EDGAR's style, PR Newswire release pages and the organisation page that lists them."""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from html import unescape
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from monitor.demo.scenario import EASTERN, Filing, Release, release

TEASER_CHARS = 240
_TAG = re.compile(r"<[^>]+>")
_FIRST_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S)


@cache
def _templates() -> Environment:
    return Environment(
        loader=PackageLoader("monitor.demo", "data/templates"),
        autoescape=select_autoescape(["j2"]),
        keep_trailing_newline=True,
    )


def _render(template: str, **values: Any) -> str:
    return _templates().get_template(template).render(**values)


def data_text(name: str) -> str:
    """A bundled data file (monitor/demo/data/…) as text."""
    resource = files("monitor.demo").joinpath("data")
    for part in name.split("/"):
        resource = resource.joinpath(part)
    return resource.read_text("utf-8")


def data_json(name: str) -> Any:
    return json.loads(data_text(name))


@cache
def body(key: str) -> str:
    """A release's body: trusted HTML written for the demo, so it is not escaped."""
    return data_text(f"releases/{key}.html")


def exhibit(filing: Filing) -> str:
    """EX-99.1 of a 6-K: the release it furnishes, in the filing agent's layout."""
    assert filing.release is not None
    furnished = release(filing.release)
    return _render("exhibit.html.j2", release=furnished, body=Markup(body(furnished.key)))


def cover(filing: Filing) -> str:
    """The 6-K cover page (the filing's primary document)."""
    accepted = filing.accepted.astimezone(EASTERN)
    return _render(
        "cover_6k.html.j2", filing=filing, month=f"{accepted:%B %Y}", date=f"{accepted:%Y-%m-%d}"
    )


def prn_release(item: Release) -> str:
    return _render(
        "prn_release.html.j2",
        release=item,
        body=Markup(body(item.key)),
        when=prn_date(item.published),
    )


def prn_listing(items: list[Release]) -> str:
    """PR Newswire's organisation page: newest release first, as its cards show them."""
    cards = [
        {
            "path": item.prn_path,
            "title": item.title,
            "when": prn_date(item.published),
            "teaser": teaser(item),
        }
        for item in sorted(items, key=lambda r: r.published, reverse=True)
    ]
    return _render("prn_listing.html.j2", cards=cards)


def prn_date(moment: datetime) -> str:
    """'Feb 09, 2026, 07:01 ET', as the wire prints it."""
    return f"{moment.astimezone(EASTERN):%b %d, %Y, %H:%M} ET"


def teaser(item: Release) -> str:
    """The card's teaser: the start of the release's first paragraph, as plain text."""
    match = _FIRST_PARAGRAPH.search(body(item.key))
    text = " ".join(unescape(_TAG.sub("", match.group(1) if match else "")).split())
    return text if len(text) <= TEASER_CHARS else text[: TEASER_CHARS - 1].rstrip() + "…"
