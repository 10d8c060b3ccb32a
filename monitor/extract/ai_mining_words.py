"""Mining words that are not a company's name: "Cipher Mining signed a lease" is no mining.

The AI readers leave out a sentence, site or capacity about bitcoin mining ("delivered 50 MW
to its miners", "a 100 MW hosting agreement with a bitcoin miner"). A company named "… Mining"
(Cipher Mining, BIT Mining, Peak Mining) says nothing of the kind: "Cipher Mining has reached
a 15-year lease agreement with Amazon" is an AI lease. The word "Mining" right after a
capitalised name is masked before the mining words are looked for, unless that name is itself
a mining word ("Bitcoin Mining", "Crypto Mining") or a report's ("… Mining Update").
"""

from __future__ import annotations

import functools
import re
import sys

from .folded import Folded

_COMPANY_MINING = re.compile(
    r"\b(?!(?:Bitcoin|BTC|Crypto|Cryptocurrency|Digital|Asset|Self|Proprietary|Sustainable|"
    r"Green|The|Its|Our|And|Of|For|In)\b)[A-Z][\w&.'’-]*\s+(?P<word>Mining)\b"
    r"(?!\s+(?:Update|Report|Results|Operations|Business|Segment|Division)\b)"
)


class MiningWords:
    """A `Folded` pattern of mining words, searched with company names' "Mining" masked."""

    __slots__ = ("_pattern",)

    def __init__(self, source: str) -> None:
        self._pattern = Folded(source)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if "Mining" in text:
            text = _masked(text)
        return self._pattern.search(text, pos, endpos)


# Words of bitcoin mining: a sentence holding them (and no strong AI word) speaks of a mining
# site, not AI capacity.
MINING_WORDS = MiningWords(r"\b(?:miners?|mining|hash\s*rate|hashrate|EH/s|ASICs?|bitcoin)\b")


@functools.lru_cache(maxsize=256)
def _masked(text: str) -> str:
    """`text` with each company name's "Mining" blanked (same length: offsets hold)."""
    return _COMPANY_MINING.sub(lambda m: m.group(0)[: m.start("word") - m.start()] + " " * 6, text)
