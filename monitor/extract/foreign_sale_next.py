"""A sale's proceeds told in the sentence after the sale, in German copy.

    "…, dass sie im Laufe der letzten Woche insgesamt 3.000 BTC … verkaufte. Der Gesamtwert
    belief sich auf rund 62 Millionen US-Dollar."          → btc_sale_proceeds_usd 62000000
    "… Der Erlös aus dem Verkauf belief sich auf 2,6 Milliarden Euro"   → 2600000000 EUR

README decided case 4: proceeds are the money the text says the sale brought. The next sentence
opens on the sale's total value or proceeds ("Der Gesamtwert", "Der Erlös aus dem Verkauf") and
says what it came to; a value of something else ("Der Gesamtwert seiner Bestände", the
holdings') names no sale, nor does a sum the sentence says was measured on the holding ("Der
Wert betrug 1,2 Milliarden US-Dollar, gemessen am gesamten Bitcoin-Bestand"). (Only German
wordings of it were found in the corpus's copy.)
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import foreign_numbers

_OPENER: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"\W{0,3}(?:Der|Dieser)\s+(?:Gesamtwert|Gesamterlös|Verkaufserlös|Erlös|Wert)"
        r"(?:\s+(?:aus\s+dem|des)\s+Verkauf\w*)?\s+(?:belief\s+sich|betrug|lag)\s+"
        r"(?:auf\s+)?(?:rund|etwa|circa|knapp|über)?\s*$"
    ),
}
_WINDOW = 90  # the opener, before the sum
# the sum measured on a holding, told after it: "Der Wert betrug 1,2 Milliarden US-Dollar,
# gemessen am gesamten Bitcoin-Bestand", "…, bezogen auf die Bestände" (a holding's value)
_HOLDING_AFTER: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"[^.;]{0,40}?\b(?:gemessen\s+a[nm]|bezogen\s+auf|berechnet\s+auf|für\s+(?:den|die|das)"
        r"\s+gesamte\w*|des\s+gesamten)\s+[^.;]{0,30}?"
        r"(?:Bestand|Bestände\w*|Bestands|Reserve\w*|Holdings|Treasury|Portfolio\w*)"
    ),
}

# the opener names the sale, not a bare value: "Der Erlös", "Gesamterlös", "aus dem Verkauf"
_SALE_NAMED = re.compile(r"erlös|Verkauf", re.I)


def proceeds(
    text: str, language: str, spaced: bool, dollar: str = "CAD"
) -> tuple[Decimal, str, int] | None:
    """(value, currency, end) of the sale's proceeds `text` tells right after a sale, or None
    (`dollar`: the currency of "20 M$", `foreign_numbers.quebec_dollar`)."""
    opener = _OPENER.get(language)
    if opener is None:
        return None
    first = next(foreign_numbers.money(text, False, spaced, dollar), None)
    if first is None:
        return None
    start, end, value, currency = first
    if start > _WINDOW or not opener.match(text[:start]):
        return None
    # (a sum the opener names as the sale's, "Der Erlös aus dem Verkauf", is the sale's however
    # it is then compared with the holding: "…, etwa 5 Prozent des gesamten Bitcoin-Bestands")
    holding = _HOLDING_AFTER.get(language)
    if holding is None or _SALE_NAMED.search(text, 0, start):
        return value, currency, end
    return None if holding.match(text, end) else (value, currency, end)
