"""A two-column table a wire page printed as bullets, each row's last value on its own line.

GlobeNewswire re-posts print a monthly update's table as "Metric August 2025 September 2025 -
Bitcoin2 - Mined, net 5.8\\n\\n5.9\\n\\n- Sold (9.0)\\n\\n(12.5)\\n\\n- Purchased 164\\n\\n-\\n\\n-
Bitcoin HODL 311.2\\n\\n304.5 …": the header's periods, then each row as a bullet ("- label
first value") and the next column's value as a paragraph of its own. Laid end to end, the rows
are the flattened table `flat` reads ("… Sold (9.0) (12.5) Purchased 164 - Bitcoin HODL 311.2
304.5"), whose header says which column is which. So the block's line breaks and the bullets
opening its rows (not a dash standing for none, nor one inside a label) become spaces: same
length, every offset holds (the evidence is quoted from the text as given).

The block is the header's paragraph and the paragraphs after it that are a bullet row or a
lone value; it must hold at least two lone values (the layout, not a bulleted list).
"""

from __future__ import annotations

import re

from .date_forms import MONTH_NAME
from .document_signs import document_sign, scan
from .skipping import skipping

# Two or more column periods: "August 2025 September 2025", "Q2 2025 Q3 2025".
_PERIOD = rf"(?:{MONTH_NAME}\s\d{{4}}|Q[1-4]\s\d{{4}})"
# (opening with a group of month names, the pattern would be tried at every position of a
# whole page: `skipping` lets the engine jump to the capitals a period can start with, and
# `document_signs.scan` to where RE2 finds a header, most pages printing none)
_HEADER = document_sign(
    skipping(re.compile(rf"{_PERIOD}\d{{0,2}}(?:\s+{_PERIOD}\d{{0,2}})+\s+(?P<bullet>-)\s+[A-Z]"))
)
_PARAGRAPH = re.compile(r"[^\n]+")
# A paragraph that is one cell: "5.9", "(12.5)", "4,320", "-", "0.70".
_LONE_VALUE = re.compile(r"\s*(?:\(?\$?\d[\d,]*(?:\.\d+)?\)?%?|[-–—])\s*")
_BULLET_ROW = re.compile(r"\s*[-–•]\s+\S")
# A row's bullet: a dash opening its line before a label word (a dash alone is a value; one
# inside a label, "Bitcoin2 - Mined, net", is the label's and stays).
_BULLET = re.compile(r"(?<=\n)[ \t]*(?P<bullet>[-–•])(?=\s+[A-Za-z])")
_MIN_LONE = 2


def joined(text: str) -> str:
    """`text` with each bulleted two-column block laid on one line (same length)."""
    if "\n-" not in text:
        return text  # (cheap gate: the layout's rows open with a bullet on a new line)
    chars: list[str] | None = None
    for header in scan(_HEADER, text):
        block = _block(text, header.start())
        if block is None:
            continue
        chars = chars if chars is not None else list(text)
        start, end = block
        chars[header.start("bullet")] = " "  # the first row's bullet, after the periods
        for bullet in _BULLET.finditer(text, start, end):
            chars[bullet.start("bullet")] = " "
        for index in range(start, end):
            if text[index] == "\n":
                chars[index] = " "
    return "".join(chars) if chars is not None else text


def _block(text: str, header: int) -> tuple[int, int] | None:
    """The header's paragraph and the bullet rows and lone values after it, or None."""
    line_start = text.rfind("\n", 0, header) + 1
    end = text.find("\n", header)
    if end < 0:
        return None
    lone = 0
    for paragraph in _PARAGRAPH.finditer(text, end):
        if _LONE_VALUE.fullmatch(paragraph.group()):
            lone += 1
        elif not _BULLET_ROW.match(paragraph.group()):
            break
        end = paragraph.end()
    if lone < _MIN_LONE:
        return None
    return line_start, end
