"""The day a story not in English prices bitcoin on, which is no day its figures stood.

"कुल बिटकॉइन होल्डिंग्स अब 17,429 BTC हो गई हैं, जिसका मूल्य बिटकॉइन की 16 दिसंबर की कीमत $106,000
के आधार पर लगभग $2 बिलियन है" (valued at the 16 December price), "valorizadas al precio del 16 de
diciembre", "au cours du 16 décembre", "zum Kurs vom 16. Dezember": the day dates the price the
holding is valued at, not the holding (README Periods: a holding "now" with no date of its own
takes the story's period).
"""

from __future__ import annotations

import re

# right after the day: Hindi "की कीमत" (the price of), "के भाव"
_PRICE_AFTER = re.compile(r"\s?(?:की|के)\s+(?:कीमत|भाव|मूल्य|दर)")
# right before the day: "al precio del", "ao preço de", "al prezzo del", "au cours du", "zum
# Kurs vom" (a day the price was taken on)
_PRICE_BEFORE = re.compile(
    r"\b(?:al\s+precio|ao\s+preço|al\s+prezzo|au\s+(?:cours|prix)|zum\s+(?:Kurs|Preis))\s+"
    r"(?:del?|do|da|du|vom|am)\s+$",
    re.I,
)
_BEFORE = 30


def priced_on(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] is the day bitcoin's price was taken on."""
    return (
        _PRICE_AFTER.match(text, end) is not None
        or _PRICE_BEFORE.search(text, max(0, start - _BEFORE), start) is not None
    )
