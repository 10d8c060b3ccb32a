"""Dollars written with their ISO code before the figure: "Net Proceeds USD 12.5 million".

Asian and European issuers, and wire copy edited for them, print US dollars as "USD 12.5
million" where US releases print "$12.5 million". Money itself reads both (`numbers.MONEY_RE`),
but the readers of table rows, flattened tables and sentence figures know a figure by the
"$" / "US$" in front of it. So the code is rewritten as "US$" in place, before any reading:
"USD 12.5" → "US$ 12.5" (a space after the sign, as money allows: a space before it would
part words that readers expect one space apart), so the text keeps its length and every
offset still points into the text as given (as `spaced_thousands` and `number_words` do).

Left alone: "USD $2.56 million" (already a dollar sign), a code glued to a word ("USDT",
"USDC" are stablecoins, not dollars) and a bare year after the code ("USD 2024 2023": a table's
header cells, not an amount).
"""

from __future__ import annotations

import re

# "USD 12.5", "USD12.5"; not "USD 2024" (a year, also before a sentence's stop or a comma: "in
# USD 2024, the"; "USD 2000 million" and "USD 2024.5" are money). The pattern opens with its
# literal, so the engine jumps to each "USD"; the character before it is checked after the
# match ("USDT", "xUSD", "$USD" are left alone).
_CODED = re.compile(
    r"USD(?P<space> ?)(?=\d)"
    r"(?!(?:19|20)\d\d(?!\d|[,.]\d)(?!\s?(?:million|billion|thousand|mn|bn|[mMbBkK])\b))"
)


# A letter or "$" glued before the code: another word or code ("USDT" is read as it stands).
_GLUED_BEFORE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$")


def as_dollars(text: str) -> str:
    """`text` with each "USD <figure>" written "US$ <figure>" in place (same length)."""
    if "USD" not in text:  # cheap gate: one literal scan
        return text
    pieces: list[str] = []
    last = 0
    for match in _CODED.finditer(text):
        at = match.start()
        if at and (text[at - 1] in _GLUED_BEFORE):
            continue
        pieces += [text[last:at], "US$", match["space"]]
        last = match.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
