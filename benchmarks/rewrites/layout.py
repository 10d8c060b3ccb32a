"""Typography and layout: no-break spaces, quotes and dashes, hard-wrapped lines, headline case."""

from __future__ import annotations

import re
import textwrap

NBSP = "\u00a0"
_FIGURE_THEN_WORD = re.compile(
    r"(?<=\d) (?=(?:million|billion|BTC|bitcoins?|Bitcoins?|MW|megawatts|EH/s)\b)"
)
_HEDGE_THEN_FIGURE = re.compile(r"\b(approximately|Approximately) (?=\$?\d)")
_MONTH_THEN_FIGURE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November"
    r"|December) (?=\d)"
)

_PROSE_DASH = re.compile(r"(?<=[A-Za-z,)\"'])( ?)([—–])( ?)(?=[A-Za-z(])")
_PROSE_LINE = re.compile(r"^\S.{89,}$")
# A flattened table glued into one line ("BTC Mined371BTC Sold34"): not prose, not wrapped.
_GLUED_CELLS = re.compile(r"[a-z]\d")
WRAP_WIDTH = 72
_SMALL_WORDS = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "per", "the", "to")
)


def nbsp(text: str) -> str:
    """A no-break space between a figure and its unit/scale, a hedge and its figure, a month
    and its day or year (as pages copied from a browser have)."""
    text = _FIGURE_THEN_WORD.sub(NBSP, text)
    for pattern in (_HEDGE_THEN_FIGURE, _MONTH_THEN_FIGURE):
        text = pattern.sub(rf"\1{NBSP}", text)
    return text


def quotes_dashes(text: str) -> str:
    """Curly quotes and dashes straightened where the text has them, else straight ones curled."""
    if re.search("[“”’–—]", text):
        for curly, straight in (("“", '"'), ("”", '"'), ("’", "'"), ("‘", "'")):
            text = text.replace(curly, straight)
        # Only a dash between words: a lone dash in a table cell means nil, it stays.
        text = _PROSE_DASH.sub(lambda m: m[1] + ("--" if m[2] == "—" else "-") + m[3], text)
        return re.sub(r"(?<=\b(?:19|20)\d\d)–(?=(?:19|20)\d\d\b)", "-", text)
    text = re.sub(r"\"([^\"\n]{0,400})\"", r"“\1”", text)
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = text.replace(" -- ", " — ").replace(" - ", " – ")
    return re.sub(r"(?<=\b(?:19|20)\d\d)-(?=(?:19|20)\d\d\b)", "–", text)


def linebreak(text: str) -> str:
    """Long prose lines hard-wrapped at 72 columns, as plain-text mail and PDF dumps have.

    A table row (a "|" or a tab) or an indented line is left as it is: its layout is its meaning.
    """
    lines = []
    for line in text.split("\n"):
        if (
            _PROSE_LINE.match(line)
            and not re.search(r"[|\t]", line)
            and not _GLUED_CELLS.search(line)
        ):
            line = textwrap.fill(line, WRAP_WIDTH, break_long_words=False, break_on_hyphens=False)
        lines.append(line)
    return "\n".join(lines)


def headline_upper(text: str) -> str:
    """The first line, when it is a headline, in UPPER CASE."""
    return _on_headline(text, str.upper)


def headline_title(text: str) -> str:
    """The first line, when it is a headline, in Title Case (small words and codes kept)."""
    return _on_headline(text, _title)


def _title(line: str) -> str:
    words = line.split(" ")
    return " ".join(
        word[:1].upper() + word[1:]
        if word[:1].islower() and (index == 0 or word not in _SMALL_WORDS)
        else word
        for index, word in enumerate(words)
    )


def _on_headline(text: str, recase: object) -> str:
    """`recase` applied to the first non-empty line if it reads as a headline: short, no full
    stop at its end, not a table row."""
    start = len(text) - len(text.lstrip("\n "))
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    line = text[start:end]
    words = line.split()
    if not 3 <= len(words) <= 30 or line.rstrip().endswith(".") or "|" in line or "\t" in line:
        return text
    return text[:start] + recase(line) + text[end:]  # type: ignore[operator]
