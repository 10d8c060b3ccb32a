"""The listing parser as it was before issue 17 (BeautifulSoup and soupsieve, a CSS pass per
row and alternative): kept only as the oracle that the lxml parser must agree with."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from datetime import tzinfo
from urllib.parse import urljoin

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import NavigableString, Tag

from monitor.errors import SourceError
from monitor.sources.dates import parse_published
from monitor.sources.links import canonical_url
from monitor.sources.listing import ListingPage, Selectors
from monitor.sources.release import ReleaseItem, teaser

_MARKUP_TYPES = ("", "text/html", "application/xhtml+xml", "text/xml", "application/xml")


def parse_listing(page: ListingPage, selectors: Selectors, zone: tzinfo) -> list[ReleaseItem]:
    """Every item on the page, in page order; raise SourceError if the page is not a listing."""
    soup = _soup(page)
    base = _base_url(soup, page.url)
    elements = _outermost(soup.select(selectors.item or "article"))
    if not elements:
        raise SourceError(
            f"no items match {selectors.item!r} on {page.url}: not a listing page, "
            "or its layout changed"
        )
    items = [item for el in elements if (item := _item(el, base, selectors, zone))]
    if not items:
        raise SourceError(
            f"{len(elements)} items on {page.url} but none has a title and a link or id"
        )
    return items


def _soup(page: ListingPage) -> BeautifulSoup:
    head = page.body.lstrip()[:1]
    if not head:
        raise SourceError(f"empty body from {page.url}")
    if page.content_type not in _MARKUP_TYPES and head != b"<":
        raise SourceError(f"not an HTML page: {page.content_type} from {page.url}")
    with warnings.catch_warnings():
        # An XHTML listing, or a short body, is still just a page to search with selectors.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        try:
            return BeautifulSoup(page.body, "lxml")
        except (ValueError, LookupError):
            # A garbled charset declaration trips lxml's decoder; read the bytes lossily.
            pass
        try:
            return BeautifulSoup(page.body.decode("utf-8", errors="replace"), "lxml")
        except (ValueError, LookupError) as exc:
            raise SourceError(f"unreadable HTML from {page.url}: {exc}") from exc


def _base_url(soup: BeautifulSoup, page_url: str) -> str:
    base = soup.find("base", href=True)
    return urljoin(page_url, str(base["href"])) if isinstance(base, Tag) else page_url


def _outermost(elements: list[Tag]) -> list[Tag]:
    """Drop matches nested in an earlier match (a union selector may hit both)."""
    chosen: list[Tag] = []
    ids: set[int] = set()
    for element in elements:
        if not any(id(parent) in ids for parent in element.parents):
            chosen.append(element)
            ids.add(id(element))
    return chosen


def _item(el: Tag, base: str, selectors: Selectors, zone: tzinfo) -> ReleaseItem | None:
    exclude = selectors.title_exclude
    title_el = _first(el, selectors.title, lambda tag: bool(_text(tag, exclude)))
    link_el = _link(el, title_el, selectors.link)
    url = canonical_url(str(link_el["href"]), base) if link_el is not None else None
    title = _text(title_el, exclude) or _text(link_el, None)
    key = _identity(el, selectors.id_attribute) or url
    if not title or key is None:
        return None
    teaser_el = _first(
        el, selectors.teaser, lambda tag: not _inside(tag, title_el) and bool(_text(tag, None))
    )
    return ReleaseItem(
        key=key,
        title=title,
        url=url,
        published_at=parse_published(_date_text(_first(el, selectors.date)), zone),
        teaser=teaser(_text(teaser_el, None)),
    )


def _always(_tag: Tag) -> bool:
    return True


def _first(el: Tag, selector: str | None, accept: Callable[[Tag], bool] = _always) -> Tag | None:
    """The first acceptable match of the earliest alternative of `selector` that has one.

    Alternatives are tried in the order written (`h3, a[href]`: a heading before a link),
    and the item element itself counts as a candidate.
    """
    for alternative in _alternatives(selector):
        candidates = [el] if el.css.match(alternative) else []
        for found in candidates + el.select(alternative):
            if accept(found):
                return found
    return None


def _alternatives(selector: str | None) -> list[str]:
    """Split a selector group at its top-level commas."""
    if not selector:
        return []
    parts, depth, current = [], 0, []
    for char in selector:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def _inside(node: Tag, ancestor: Tag | None) -> bool:
    """Identity, not equality: two look-alike tags are still different tags."""
    if ancestor is None:
        return False
    return node is ancestor or any(parent is ancestor for parent in node.parents)


def _link(el: Tag, title_el: Tag | None, selector: str | None) -> Tag | None:
    if selector:
        return _first(el, selector, lambda tag: bool(tag.get("href")))
    if title_el is not None:
        if title_el.name == "a" and title_el.get("href"):
            return title_el
        inner = title_el.select_one("a[href]")
        if inner is not None:
            return inner
        outer = title_el.find_parent("a", href=True)
        if outer is not None and _inside(outer, el):
            return outer
    return _first(el, "a[href]")


def _identity(el: Tag, attribute: str | None) -> str | None:
    if not attribute:
        return None
    holder = el if el.has_attr(attribute) else el.find(attrs={attribute: True})
    if not isinstance(holder, Tag):
        return None
    value = str(holder.get(attribute) or "").strip()
    return value or None


def _text(el: Tag | None, exclude: str | None) -> str:
    if el is None:
        return ""
    excluded = {id(tag) for tag in el.select(exclude)} if exclude else set()
    return " ".join(" ".join(_strings(el, excluded)).split())


def _strings(el: Tag, excluded: set[int]) -> Iterator[str]:
    for child in el.children:
        if isinstance(child, Tag):
            if id(child) not in excluded and child.name not in ("script", "style"):
                yield from _strings(child, excluded)
        elif type(child) is NavigableString:  # not comments, CDATA or doctypes
            yield str(child)


def _date_text(el: Tag | None) -> str | None:
    if el is None:
        return None
    attribute = el.get("datetime") or el.get("content")
    return str(attribute) if attribute else el.get_text(" ", strip=True)
