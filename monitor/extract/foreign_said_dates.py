"""The day a Japanese or Korean story says its news was announced.

"…保有量を9366BTCにまで増やしたと、同社は10月10日に発表した" (Hut 8 said so on 10 October), "10일
발표했다": the day names when the company spoke, not when its figures stood. A holding the
sentence reaches by the month's flows is held at that month's end (README decided case 14), so
the day of saying is no period of the sentence's figures.
"""

from __future__ import annotations

import re

# right after a day: "に発表した", "に公表", "に明らかにした", "(현지시간) 발표했다"
_SAID = {
    "ja": re.compile(r"\s?(?:\([^)]{0,8}\)|（[^）]{0,8}）)?\s?に(?:発表|公表|明らかに|開示)"),
    "ko": re.compile(r"\s?(?:\([^)]{0,8}\))?\s?(?:에\s?)?(?:발표|공시|밝혔)"),
}


def said_on(text: str, end: int, language: str) -> bool:
    """Whether the day ending at text[end] is the day the news was announced."""
    said = _SAID.get(language)
    return said is not None and said.match(text, end) is not None
