"""A rate told in parentheses beside the period's figure, in Romance, German and other copy
read clause by clause.

"la produzione di mining di aprile è stata di 268 BTC (una produzione media giornaliera di 8,9
BTC), e le riserve …": the daily-average words make the 8,9 a rate, but the parentheses set them
apart from the 268 before, the month's production. The clause's words that make a figure none
of the period's (`not_own`) are then the parenthetical's own: a figure outside it keeps its
reading. Only a parenthetical with coins of its own (the rate told): a bare "(al giorno)" right
after a figure qualifies that figure, and so does a change told beside it ("734 Bitcoin (+28,5 %
gegenüber dem Vorquartal)": the figure of a period compared, no coins in the parentheses).
"""

from __future__ import annotations

import re

# a parenthetical of bounded length with a count of coins inside; no nested parentheses
_PARENTHETICAL = re.compile(
    r"\([^()]{0,160}?\d[\d.,]{0,12}\s?(?:BTC|[Bb]itcoins?|биткоин\w*|биткойн\w*)[^()]{0,160}?\)"
)


def set_apart(text: str, clause: tuple[int, int], start: int, words: re.Pattern[str]) -> bool:
    """Do all of `words`' matches in the clause lie inside parentheticals with coins of their
    own, none of which holds the figure at `start`?"""
    clause_start, clause_end = clause
    spans = [
        m.span()
        for m in _PARENTHETICAL.finditer(text, clause_start, clause_end)
        if not m.start() <= start < m.end()
    ]
    if not spans:
        return False
    return all(
        any(low <= m.start() < high for low, high in spans)
        for m in words.finditer(text, clause_start, clause_end)
    )
