"""HTML to clean text, shaped for sentence and table-row extraction.

`html_to_text` turns an EDGAR 6-K exhibit or a press-release page into plain text whose
structure the extractors can rely on:

* every block element (paragraph, heading, list item, div, ...) starts a new line, and
  paragraphs are separated by one blank line;
* every table row is ONE line, its non-empty cells in order joined by `` | ``
  (``Total number of Bitcoins sold | 550.03 | -``);
* scripts, styles, comments, the document head and hidden blocks (``display:none``,
  inline-XBRL ``ix:header``) are dropped;
* whitespace (including non-breaking and zero-width spaces) is collapsed inside a line;
* footnote markers (``<sup>1</sup>``, ``<sup>(2)</sup>``, ``<sup>*</sup>``) are dropped, so
  ``held<sup>1</sup>`` stays ``held`` and a marker never glues onto a number; ordinal
  suffixes (``1<sup>st</sup>``) stay glued; any other superscript is kept, set off by a space.

Text nested deeper than libxml2's default limit (255 levels) is kept: the parser runs with
`huge_tree`, the walk flattens what lies below MAX_DEPTH levels into one run (no recursion
limit to hit), and a document deeper than even libxml2's huge limit is stripped of its tags
instead of coming back empty. Control characters (ESC, so terminal escapes and OSC-8 links;
the other C0/C1 codes; bidirectional overrides) never reach the text.

Bytes are decoded with BeautifulSoup's encoding detection (BOM, meta charset, then guessing),
so an odd or wrong encoding gives replacement characters, never an exception. The tree itself
is lxml's: building BeautifulSoup's tree in Python cost more than the whole extraction. It is
lxml's plain `etree` tree, not `lxml.html`'s: that one asks a Python class lookup for every
element the walk touches (a third of the conversion), and the walk needs none of its methods.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

from bs4 import UnicodeDammit
from lxml import etree

__all__ = ["html_to_text"]

CELL_SEPARATOR = " | "

# Elements whose content is never visible text.
_DROPPED = frozenset(
    {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "svg",
     "ix:header"}  # inline-XBRL filings carry their hidden facts and contexts in ix:header
)  # fmt: skip
# Hidden blocks (iXBRL puts ix:header in one) are not part of what a reader sees.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# Elements that start a paragraph (blank line around them).
_PARAGRAPHS = frozenset(
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol",
        "dl", "figure", "form", "fieldset", "address", "center", "hr", "body", "html",
    }
)  # fmt: skip
# Elements that start a line but not a paragraph.
_LINES = frozenset({"li", "dt", "dd", "tr", "caption", "figcaption", "option", "legend"})

_FOOTNOTE_MARKER = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[*†‡§¶#]+)\)?$", re.IGNORECASE)
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)$", re.IGNORECASE)
# Cells holding only a currency sign belong to the number in the next cell (EDGAR tables put
# "$" and "305.0" in separate cells); a lone ")" or "%" belongs to the previous one.
_LEADING_CELL = re.compile(r"^(?:US\$|U\.S\.\$|C\$|A\$|HK\$|\$|RMB|¥|€|£|\()$")
_TRAILING_CELL = re.compile(r"^(?:\)|%|\)%|%\))$")
# Non-breaking, thin, zero-width and other exotic spaces become plain spaces before collapsing.
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_ZERO_WIDTH = ("\u200b", "\ufeff")  # in _SPACES but not whitespace to str.split()
# Controls a terminal would act on; \x00 is kept out of it (the <pre> line marker below).
_CONTROLS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Every character `_collapse` drops or turns into a space: the controls, and the whitespace
# (`str.split`'s, which is `\s`'s; none lies above U+3000) and zero-width spaces other than
# the plain space.
_UNTIDY = re.compile(
    "["
    + _CONTROLS.pattern[1:-1]
    + "".join(re.escape(chr(code)) for code in range(0x3100) if chr(code).isspace() and code != 32)
    + "".join(_ZERO_WIDTH)
    + "]"
)
_TAG = re.compile(r"<[^>]*>")
# An element's text and its descendants' (what `lxml.html`'s `text_content` asks).
_TEXT_CONTENT = etree.XPath("string()", smart_strings=False)
# Below this depth an element's text is kept as one run: the walk recurses per level.
MAX_DEPTH = 120

# Break strengths between text runs.
_LINE = 1
_PARAGRAPH = 2

_Token = str | int

# What the walk does with an element, by its name (an inline element, the rest, is walked
# through): its breaks' strength for a block, else a role of its own.
_INLINE, _DROP, _BREAK, _SUPERSCRIPT, _TABLE, _CELL = (
    "inline", "drop", "br", "sup", "table", "cell"
)  # fmt: skip
_ROLES: dict[str, int | str] = {
    **dict.fromkeys(_LINES, _LINE),
    **dict.fromkeys(_PARAGRAPHS, _PARAGRAPH),
    "br": _BREAK,
    "sup": _SUPERSCRIPT,
    "table": _TABLE,
    "td": _CELL,
    "th": _CELL,
    **dict.fromkeys(_DROPPED, _DROP),
}


def html_to_text(html: str | bytes) -> str:
    """Return the visible text of `html` as lines and paragraphs, tables one row per line."""
    text = html if isinstance(html, str) else _decode(html)
    root = _parse(text)
    if root is None:
        return ""
    tokens: list[_Token] = []
    _walk(root, tokens, preformatted=False)
    result = _assemble(tokens)
    if not result and _too_deep(text):
        return _collapse(unescape(_TAG.sub(" ", text)))
    return result


def _too_deep(text: str) -> bool:
    """Whether libxml2 gave up on the nesting (past even its huge limit of 2048)."""
    return text.count("<") > 2 * 2048


def _parse(text: str) -> etree._Element | None:
    """An lxml tree of the document; None when there is nothing to parse."""
    if not text.strip():
        return None
    # lxml refuses str input that declares an encoding; hand it bytes we know are UTF-8.
    parser = etree.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
    )
    try:
        # (None for a document libxml2 finds empty, as `lxml.html` would refuse it)
        return etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.ParserError, ValueError):
        return None


def _decode(data: bytes) -> str:
    try:
        decoded = UnicodeDammit(data, is_html=True).unicode_markup
    except (LookupError, ValueError):
        decoded = None
    return decoded if decoded is not None else data.decode("utf-8", errors="replace")


# The walkers append to one token list (rather than chaining generators): a 50 KB page has
# tens of thousands of nodes, and this is the hot path.
def _walk(node: etree._Element, out: list[_Token], *, preformatted: bool, depth: int = 0) -> None:
    """Append text runs and break markers for `node`'s content (not its tail) in order."""
    # (each of lxml's `text`, `tail` and `tag` builds a new str: each is read once)
    text = node.text
    if text:
        out.append(_preformatted(text) if preformatted else text)
    for child in node:
        name = child.tag
        if isinstance(name, str):  # comments and processing instructions have no name
            _walk_tag(child, name, out, preformatted, depth + 1)
        tail = child.tail
        if tail:
            out.append(_preformatted(tail) if preformatted else tail)


def _walk_tag(
    tag: etree._Element, name: str, out: list[_Token], preformatted: bool, depth: int
) -> None:
    """Append `tag`'s runs and breaks (not its tail): dropped, flattened, a line break, a
    superscript, a table, a stray cell, a block or an inline element."""
    name = name.lower()
    role = _ROLES.get(name, _INLINE)  # (one look-up, not a test per kind: most are inline)
    if role is _DROP:
        return
    style = tag.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return
    if depth > MAX_DEPTH:  # flatten: its text as one paragraph, without recursing further
        out.extend((_PARAGRAPH, _text_content(tag), _PARAGRAPH))
    elif role is _INLINE:
        _walk(tag, out, preformatted=preformatted, depth=depth)
    elif role is _LINE or role is _PARAGRAPH:
        out.append(role)
        _walk(tag, out, preformatted=preformatted or name == "pre", depth=depth)
        out.append(role)
    elif role is _BREAK:
        out.append(_LINE)
    elif role is _SUPERSCRIPT:
        out.append(_superscript(tag))
    elif role is _TABLE:
        out.append(_PARAGRAPH)
        _table(tag, out)
        out.append(_PARAGRAPH)
    else:  # a stray cell outside any row: keep its text as an inline run
        out.append(" " + _inline_text(tag) + " ")


def _text_content(tag: etree._Element) -> str:
    result: str = _TEXT_CONTENT(tag)
    return result


def _preformatted(text: str) -> str:
    # Inside <pre> the line structure is the content: turn newlines into explicit line tokens
    # by a private marker that _assemble understands.
    return text.replace("\r\n", "\n").replace("\n", "\x00")


def _superscript(tag: etree._Element) -> str:
    text = _collapse(_text_content(tag))
    if not text or _FOOTNOTE_MARKER.match(text):
        return ""
    if _ORDINAL_SUFFIX.match(text):
        return text
    return " " + text + " "


def _table(table: etree._Element, out: list[_Token]) -> None:
    """One line per row; nested tables are flattened into the cell that holds them."""
    for row in _rows(table):
        # Decide "one-cell row" on the raw text first, so a cell is walked once: walking it
        # inline and again as paragraphs doubled the work at every level of nested layout
        # tables (exponential on a page of 50 nested tables).
        candidates = [cell for cell in _cells(row) if _text_content(cell).strip()]
        if len(candidates) == 1:
            _layout_cell(candidates[0], out)
            continue
        cells = [(cell, text) for cell in candidates if (text := _inline_text(cell))]
        if len(cells) == 1:
            _layout_cell(cells[0][0], out)
            continue
        texts = _merge_sign_cells([text for _, text in cells])
        if texts:
            out.extend((_LINE, CELL_SEPARATOR.join(texts), _LINE))


def _layout_cell(cell: etree._Element, out: list[_Token]) -> None:
    # A one-cell row is layout (old EDGAR exhibits wrap whole pages in a table): keep its
    # paragraphs instead of squashing them onto one line.
    out.append(_LINE)
    _walk(cell, out, preformatted=False)
    out.append(_LINE)


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    """Rows belonging to this table (not to tables nested inside its cells)."""
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is table:
            yield row


def _cells(row: etree._Element) -> list[etree._Element]:
    """The row's own cells (lxml puts cells directly under their row)."""
    return [cell for cell in row if cell.tag in ("td", "th")]


def _inline_text(tag: etree._Element) -> str:
    """Text of a cell on one line: every internal break becomes a space."""
    tokens: list[_Token] = []
    _walk(tag, tokens, preformatted=False)
    return _collapse("".join(" " if isinstance(t, int) else t.replace("\x00", " ") for t in tokens))


def _merge_sign_cells(cells: list[str]) -> list[str]:
    merged: list[str] = []
    pending = ""
    for cell in cells:
        if not cell:
            continue
        if _LEADING_CELL.match(cell):
            pending += cell
            continue
        if _TRAILING_CELL.match(cell) and merged and not pending:
            merged[-1] += cell
            continue
        merged.append(pending + cell)
        pending = ""
    if pending:
        merged.append(pending)
    return merged


def _collapse(text: str) -> str:
    """Controls dropped, every run of spaces one " ", no space at either end.

    Same as `_SPACES.sub(" ", …).strip()`: `str.split()` splits at exactly the characters
    `\\s` matches, and the two `_SPACES` adds beyond those (zero-width space, BOM) become
    spaces first. Splitting is a few times faster, and this runs once per line and cell. A
    text holding no character either would change (`_UNTIDY`) and no two spaces in a row has
    only its end spaces to lose: one search, not a string built for each of its words.
    """
    if "  " not in text and _UNTIDY.search(text) is None:
        return text.strip(" ")  # (most lines: nothing inside to drop or collapse)
    text = _CONTROLS.sub("", text)
    if _ZERO_WIDTH[0] in text or _ZERO_WIDTH[1] in text:
        text = text.replace(_ZERO_WIDTH[0], " ").replace(_ZERO_WIDTH[1], " ")
    return " ".join(text.split())


def _assemble(tokens: list[_Token]) -> str:
    """Join runs into lines; the breaks between two lines merge into the strongest one."""
    lines: list[str] = []
    current: list[str] = []
    gap = 0  # strongest break seen since the last emitted line

    def flush() -> None:
        nonlocal gap
        line = _collapse("".join(current))
        current.clear()
        if not line:
            return
        if lines and gap >= _PARAGRAPH:
            lines.append("")
        lines.append(line)
        gap = 0

    for token in tokens:
        if isinstance(token, int):
            if current:  # (breaks come in runs: flushing nothing would change nothing)
                flush()
            gap = max(gap, token)
            continue
        if "\x00" not in token:  # the usual run: no <pre> line break inside
            current.append(token)
            continue
        for index, piece in enumerate(token.split("\x00")):
            if index:
                flush()
                gap = max(gap, _LINE)
            current.append(piece)
    flush()
    return "\n".join(lines)
