"""The company a treasury of coins is tied to in Spanish, Portuguese or Italian copy.

A treasury told as another company's is not the entity's holding: "La tesorería de Strategy, de
640.000 BTC, supera la de CleanSpark", "lejos de una tesorería de 640.000 BTC como la de
Strategy". The reader (`foreign`) judges whether the name found is the entity's own (a treasury
"de CleanSpark" read for CleanSpark stays its holding).
"""

from __future__ import annotations

import re

# a cheap screen first: most sentences name no treasury
_SCREEN = re.compile(r"tesor", re.I)
# "tesorería de Strategy, de 640.000 BTC": the holder named before the figure
_BEFORE = re.compile(
    r"\btesor(?:er[ií]a|aria|eria)\s+(?:de|da|do|di|della|del)\s+"
    r"(?P<name>(?!BTC\b|Bitcoin)[A-Z][\w.&-]{1,30})[^.;]{0,30}$",
)
# "640.000 BTC como la de Strategy", "como a da Strategy", "come quella di Strategy"
_AFTER = re.compile(
    r"\s*(?:BTC|bitcoins?)?\s*,?\s*(?:como|come)\s+(?:la|el|a|o|quella|quello)\s+"
    r"(?:de|da|do|di)\s+(?P<name>(?!BTC\b|Bitcoin)[A-Z][\w.&-]{1,30})",
)
_REACH = 60  # the characters before a figure its treasury's holder is looked for in


def holder(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the company a treasury at the figure text[start:end] is tied to is named, or
    None when the figure is told as no named company's treasury."""
    if not _SCREEN.search(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        return None
    m = _BEFORE.search(text, max(0, start - _REACH), start) or _AFTER.match(text, end)
    return m.span("name") if m else None
