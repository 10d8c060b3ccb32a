"""Reading a listing page (an IR newsroom, a wire's organisation page) with CSS selectors.

Selectors name, inside the page, each item and, inside an item, its title, link, date and
teaser. Presets cover PR Newswire's organisation pages and the usual IR layouts (Q4,
Notified/gcs-web, WordPress-style `article` lists); any selector can be overridden.
A page where the item selector matches nothing is an error, not an empty newsroom: it is
how a redesign or a block page shows itself.

Speed (issue 17): a page is one lxml tree. Each selector is translated to XPath once per
source (`CompiledSelectors`), and each of its alternatives is run at most once per page,
over the whole page; a row then finds its title, link, date and teaser by bisecting those
document-ordered matches on its own span of the page. So a row costs in proportion to
the row, not a CSS pass per row and alternative, and matching keeps CSS's meaning (an
ancestor outside the row may take part in a selector, as in soupsieve).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from bs4 import UnicodeDammit
from cssselect import HTMLTranslator, SelectorError
from lxml import etree
from pydantic import field_validator

from monitor.errors import SourceError
from monitor.registry import StrictModel
from monitor.sources.dates import parse_published
from monitor.sources.links import canonical_url
from monitor.sources.release import ReleaseItem, teaser

_MARKUP_TYPES = ("", "text/html", "application/xhtml+xml", "text/xml", "application/xml")
# Elements whose strings are not text a reader sees (BeautifulSoup's Script, Stylesheet,
# TemplateString and ruby annotations, which the previous parser left out too).
_NOT_TEXT = frozenset({"script", "style", "template", "rt", "rp"})
_SELECTOR_KEYS = ("item", "title", "title_exclude", "link", "date", "teaser")


def alternatives(selector: str | None) -> list[str]:
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


@lru_cache(maxsize=512)
def _xpath(css: str) -> etree.XPath:
    """One CSS alternative as an XPath that finds its matches anywhere below a node."""
    try:
        expression = HTMLTranslator().css_to_xpath(css, prefix="descendant-or-self::")
        return etree.XPath(expression)
    except (SelectorError, etree.XPathSyntaxError) as exc:
        raise ValueError(f"not a usable CSS selector {css!r}: {exc}") from exc


def _compiled(selector: str | None) -> tuple[etree.XPath, ...]:
    return tuple(_xpath(alternative) for alternative in alternatives(selector))


class Selectors(StrictModel):
    """CSS selectors for one layout; unset keys come from the preset."""

    item: str | None = None
    title: str | None = None
    title_exclude: str | None = None  # parts of the title element that are not the title
    link: str | None = None  # unset: the title's link, else the item's first link
    date: str | None = None  # a `datetime` attribute wins over the element's text
    teaser: str | None = None
    id_attribute: str | None = None  # identity from this attribute instead of the URL

    @field_validator(*_SELECTOR_KEYS)
    @classmethod
    def _translates(cls, value: str | None) -> str | None:
        if value is not None:
            for alternative in alternatives(value):
                _xpath(alternative)  # raises ValueError, which the config reports
        return value

    def __str__(self) -> str:
        chosen = self.model_dump(exclude_none=True)
        return ", ".join(f"{k}: {v}" for k, v in chosen.items()) or "the preset's"


PRESETS: dict[str, Selectors] = {
    "generic": Selectors(
        item=(
            "article, .news-item, .press-release, .module_item, .views-row, "
            ".nir-widget--list > div, li.news, .news-list li, .newsroom-item"
        ),
        title="h1, h2, h3, h4, h5, .module_headline, [class*=headline], [class*=title], a[href]",
        title_exclude="small, time, .date, [class*=date]",
        date="time, .date, [class*=date]",
        teaser="p, .summary, .teaser, [class*=summary]",
    ),
    "prnewswire": Selectors(
        item=".newsCards",
        title="h3",
        title_exclude="small",
        link="a[href]",
        date="h3 small",
        teaser="p.remove-outline",
    ),
}


def effective_selectors(preset: str, overrides: Selectors) -> Selectors:
    chosen = overrides.model_dump(exclude_none=True)
    return PRESETS[preset].model_copy(update=chosen)


class CompiledSelectors:
    """A source's selectors as XPath, built once: each key is its alternatives in order."""

    def __init__(self, selectors: Selectors) -> None:
        self.item = _compiled(selectors.item or "article")
        self.item_text = selectors.item or "article"
        self.title = _compiled(selectors.title)
        self.title_exclude = _compiled(selectors.title_exclude)
        self.link = _compiled(selectors.link) if selectors.link else None
        self.date = _compiled(selectors.date)
        self.teaser = _compiled(selectors.teaser)
        self.id_attribute = selectors.id_attribute
        self.any_link = _compiled("a[href]")


@dataclass(frozen=True)
class ListingPage:
    url: str  # after redirects: relative links resolve against it
    body: bytes
    content_type: str


def parse_listing(
    page: ListingPage, selectors: Selectors | CompiledSelectors, zone: tzinfo
) -> list[ReleaseItem]:
    """Every item on the page, in page order; raise SourceError if the page is not a listing.

    Pass the `CompiledSelectors` a source keeps, so its selectors are translated once."""
    compiled = (
        selectors if isinstance(selectors, CompiledSelectors) else CompiledSelectors(selectors)
    )
    tree = _PageTree(_root(page))
    base = _Links(_base_url(tree.root, page.url))
    elements = tree.outermost(compiled.item)
    if not elements:
        raise SourceError(
            f"no items match {compiled.item_text!r} on {page.url}: not a listing page, "
            "or its layout changed"
        )
    items = [item for el in elements if (item := _Row(tree, el, compiled).item(base, zone))]
    if not items:
        raise SourceError(
            f"{len(elements)} items on {page.url} but none has a title and a link or id"
        )
    return items


def _root(page: ListingPage) -> etree._Element | None:
    head = page.body.lstrip()[:1]
    if not head:
        raise SourceError(f"empty body from {page.url}")
    if page.content_type not in _MARKUP_TYPES and head != b"<":
        raise SourceError(f"not an HTML page: {page.content_type} from {page.url}")
    # BeautifulSoup's detection (BOM, meta charset, UTF-8, then Windows-1252), as before;
    # a garbled declaration falls back to reading the bytes as UTF-8, lossily.
    try:
        text = UnicodeDammit(page.body, is_html=True).unicode_markup
    except (LookupError, ValueError):
        text = None
    if text is None:
        text = page.body.decode("utf-8", errors="replace")
    # lxml refuses str input that declares an encoding; hand it bytes known to be UTF-8.
    parser = etree.HTMLParser(encoding="utf-8")
    try:
        return etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.ParserError, ValueError, LookupError) as exc:
        raise SourceError(f"unreadable HTML from {page.url}: {exc}") from exc


class _PageTree:
    """The page's elements in document order, and each selector alternative's matches.

    An element's subtree is the contiguous span [its position, its last descendant's], so
    "the first match inside this row" is a bisection, and a match list is built once per
    page however many rows ask for it.
    """

    def __init__(self, root: etree._Element | None) -> None:
        self.root = root
        nodes = list(root.iter()) if root is not None else []
        self.position = {node: index for index, node in enumerate(nodes)}
        self._matches: dict[etree.XPath, _Matches] = {}
        self._unions: dict[tuple[etree.XPath, ...], frozenset[etree._Element]] = {}

    def matches(self, xpath: etree.XPath) -> _Matches:
        found = self._matches.get(xpath)
        if found is None:
            elements = xpath(self.root) if self.root is not None else []
            found = self._matches[xpath] = _Matches(
                [self.position[el] for el in elements], elements
            )
        return found

    def union(self, alternatives: tuple[etree.XPath, ...]) -> frozenset[etree._Element]:
        """Every match of any alternative on the page. A text walk checks only an element's
        descendants against it, so it excludes what matches inside the element, as a CSS
        pass from the element would."""
        found = self._unions.get(alternatives)
        if found is None:
            found = self._unions[alternatives] = frozenset(
                element for xpath in alternatives for element in self.matches(xpath).elements
            )
        return found

    def span(self, el: etree._Element) -> tuple[int, int]:
        last = el
        while len(last):
            last = last[-1]
        return self.position[el], self.position[last]

    def outermost(self, alternatives: tuple[etree.XPath, ...]) -> list[etree._Element]:
        """Matches of any alternative in page order, without those nested in an earlier one
        (a union selector may hit both)."""
        found: dict[int, etree._Element] = {}
        for xpath in alternatives:
            matches = self.matches(xpath)
            found.update(zip(matches.positions, matches.elements, strict=True))
        chosen, end = [], -1
        for position in sorted(found):
            if position > end:
                element = found[position]
                chosen.append(element)
                end = self.span(element)[1]
        return chosen

    def first(
        self,
        alternatives: tuple[etree.XPath, ...],
        span: tuple[int, int],
        accept: Callable[[etree._Element], bool] | None = None,
    ) -> etree._Element | None:
        """The first acceptable match inside `span` of the earliest alternative that has one.

        Alternatives are tried in the order written (`h3, a[href]`: a heading before a
        link), and the span's own element counts as a candidate.
        """
        start, end = span
        for xpath in alternatives:
            matches = self.matches(xpath)
            positions = matches.positions
            index = bisect_left(positions, start)
            while index < len(positions) and positions[index] <= end:
                element = matches.elements[index]
                if accept is None or accept(element):
                    return element
                index += 1
        return None

    def inside(self, node: etree._Element, span: tuple[int, int]) -> bool:
        position = self.position[node]
        return span[0] <= position <= span[1]


@dataclass
class _Matches:
    positions: list[int]  # of the elements, ascending
    elements: list[etree._Element] = field(repr=False)


class _Row:
    """One item element and what its fields are found with."""

    def __init__(self, tree: _PageTree, el: etree._Element, selectors: CompiledSelectors):
        self.tree, self.el, self.selectors = tree, el, selectors
        self.span = tree.span(el)

    def item(self, base: _Links, zone: tzinfo) -> ReleaseItem | None:
        tree, selectors = self.tree, self.selectors
        title_el = tree.first(selectors.title, self.span, lambda tag: bool(self._title(tag)))
        link_el = self._link(title_el)
        href = link_el.get("href") if link_el is not None else None
        url = base.canonical(href) if href is not None else None
        title = self._title(title_el) or _text(link_el, frozenset())
        key = _identity(self.el, selectors.id_attribute) or url
        if not title or key is None:
            return None
        title_span = tree.span(title_el) if title_el is not None else None
        teaser_el = tree.first(
            selectors.teaser,
            self.span,
            lambda tag: (
                not (title_span and tree.inside(tag, title_span)) and bool(_text(tag, frozenset()))
            ),
        )
        return ReleaseItem(
            key=key,
            title=title,
            url=url,
            published_at=parse_published(_date_text(tree.first(selectors.date, self.span)), zone),
            teaser=teaser(_text(teaser_el, frozenset())),
        )

    def _title(self, el: etree._Element | None) -> str:
        """The element's text without the parts `title_exclude` names inside it."""
        if el is None:
            return ""
        return _text(el, self.tree.union(self.selectors.title_exclude))

    def _link(self, title_el: etree._Element | None) -> etree._Element | None:
        tree, selectors = self.tree, self.selectors
        if selectors.link is not None:
            return tree.first(selectors.link, self.span, lambda tag: bool(tag.get("href")))
        if title_el is not None:
            if title_el.tag == "a" and title_el.get("href"):
                return title_el
            start, end = tree.span(title_el)
            inner = tree.first(selectors.any_link, (start + 1, end))
            if inner is not None:
                return inner
            outer = next(
                (a for a in title_el.iterancestors("a") if a.get("href") is not None), None
            )
            if outer is not None and tree.inside(outer, self.span):
                return outer
        return tree.first(selectors.any_link, self.span)


class _Links:
    """Links of one page made canonical (`links.canonical_url`). Most newsroom links are
    site-absolute paths (`/news/2026/q4-results`); for those the answer is the page's own
    origin plus the path, without the URL parsing that was a quarter of a changed page's
    parse. Anything else goes through `canonical_url`."""

    _PLAIN_PATH = re.compile(r"/(?!/)[^?#\s\\]*")

    def __init__(self, base: str) -> None:
        self.base = base
        canonical_base = canonical_url(base)
        parts = urlsplit(canonical_base) if canonical_base else None
        plain = parts is not None and ":" not in (parts.hostname or ":")  # not IPv6
        self.origin = f"{parts.scheme}://{parts.netloc}" if parts and plain else None

    def canonical(self, href: str) -> str | None:
        href = href.strip()
        if (
            self.origin is not None
            and self._PLAIN_PATH.fullmatch(href)
            and "/." not in href
            and "%" not in href
        ):
            return self.origin + href
        return canonical_url(href, self.base)


def _base_url(root: etree._Element | None, page_url: str) -> str:
    if root is None:
        return page_url
    for base in root.iter("base"):
        href = base.get("href")
        if href is not None:
            return urljoin(page_url, href)
    return page_url


def _identity(el: etree._Element, attribute: str | None) -> str | None:
    if not attribute:
        return None
    holder = el if el.get(attribute) is not None else None
    if holder is None:
        holder = next(
            (
                node
                for node in el.iterdescendants()
                if isinstance(node.tag, str) and node.get(attribute) is not None
            ),
            None,
        )
    if holder is None:
        return None
    return (holder.get(attribute) or "").strip() or None


def _text(el: etree._Element | None, excluded: frozenset[etree._Element]) -> str:
    """The element's visible strings, one space between them, whitespace collapsed."""
    if el is None:
        return ""
    strings: list[str] = []
    _strings(el, excluded, strings)
    return " ".join(" ".join(strings).split())


def _strings(el: etree._Element, excluded: frozenset[etree._Element], out: list[str]) -> None:
    if el.text:
        out.append(el.text)
    for child in el:
        # Comments and processing instructions have no name and no text of the page's; the
        # text after any child (its tail) is the parent's.
        if isinstance(child.tag, str) and child.tag not in _NOT_TEXT and child not in excluded:
            _strings(child, excluded, out)
        if child.tail:
            out.append(child.tail)


def _date_text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    attribute = el.get("datetime") or el.get("content")
    return attribute if attribute else _text(el, frozenset())
