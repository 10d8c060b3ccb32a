"""A sentence whose subject is "The miner" or "It" (or "The firm's …", "Their …") speaks of the
company the sentence before named.

"On the other hand, Riot Platforms … is monetizing production. The miner sold 465 BTC in
September" in a story about CleanSpark, "Cleanspark had yet another good month … Their current
Bitcoin hodl is 561 BTC" in a roundup for HIVE, "Cipher Mining also saw its June production
impacted … The company produced 160 BTC" in a story about Riot: the figure is the other
company's, though its own sentence names no one. The sentence before (in the same paragraph,
or the paragraph before when the sentence opens one) names miners; when none of them is the
case's entity, the anaphoric subject is one of them, unless that sentence itself opens with an
anaphoric subject ("The miner now ranks behind MARA and Riot. Its holdings …": the peers are its
objects, and the subject refers on to the sentence before). Only for a known entity: an unknown one
may go by any name.
"""

from __future__ import annotations

import re

from .entities import MINER_NAME, MINERS, ticker_named, ticker_of
from .folded import Folded
from .skipping import skipping

_NAMES = skipping(re.compile(MINER_NAME))
# "The miner", "The Texas-based company", "The firm", "It", "They": a subject that names no one.
_ANAPHORIC = Folded(
    r"^\W*(?:(?:in|during|for)\s+[^,]{2,30},\s*)?(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|miner|firm|"
    # ("The firm's balance sheet shows 13,726 BTC": the anaphoric subject as a possessor; "Their
    # current Bitcoin hodl is 561 BTC", "Its bitcoin holdings stood at …": a possessive subject)
    r"group|operator|producer)(?:['’]s)?|it|they|its|their)\s+(?!said\b|says\b)"
)
# "CleanSpark's competitor MARA continues …. The company stated …": the possessor only
# qualifies the rival, who is the sentence's subject.
_RIVAL_OF = skipping(
    re.compile(
        r"\b[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+(?:(?:main|closest|largest|biggest|larger|"
        r"smaller|fellow|chief)\s+)?(?:competitor|rival|peer|counterpart)s?\b"
    )
)
# A sentence that itself speaks of the miner named before: "the company" / "it" as a subject.
_CHAINED = Folded(r"(?:^|,\s+)(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|miner|firm)|it)\s+(?!said\b)")
# A sentence opened by an anaphoric subject, not a possessive ("The miner now ranks behind MARA";
# not "Its rival MARA sold …", where the rival is the subject).
_SUBJECT_OPENS = Folded(
    r"^\W*(?:(?:in|during|for)\s+[^,]{2,30},\s*)?(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|miner|"
    r"firm|group|operator|producer)|it|they)\s+(?!said\b|says\b)"
)
_SENTENCE_END = skipping(re.compile(r"[.!?]\s+(?=\S)|\n\s*"))
_REACH = 400


def is_peers_anaphora(document: str, start: int, sentence: str, entity: str | None) -> bool:
    """The sentence at `start` opens with an anaphoric subject whose antecedent, named in the
    sentence before, is a miner other than `entity`."""
    if not entity or ticker_of(entity) not in MINERS or not _ANAPHORIC.search(sentence):
        return False  # (an unknown entity may be any miner the text names)
    before = document[max(0, start - _REACH) : start].rstrip()
    breaks = list(_SENTENCE_END.finditer(before))
    previous = before[breaks[-1].end() :] if breaks else before
    named = _named(previous)
    if named and ticker_of(entity) not in named and _SUBJECT_OPENS.search(previous):
        # "The miner now ranks behind MARA Holdings and Riot Platforms by hashrate. Its bitcoin
        # holdings stood at …": the peers are objects; the subject refers on, as below
        named = set()
    if not named and breaks and _CHAINED.search(previous):
        # "Marathon became the largest miner. Having reached 18.8 EH/s, the company continued
        # … . The company mined 1,176 BTC": the sentence between refers on to the same miner
        opening = breaks[-2].end() if len(breaks) >= 2 else 0
        named = _named(before[opening : breaks[-1].end()])
    return bool(named) and ticker_of(entity) not in named


# "Miners have been selling vast amounts of Bitcoin … . On April 7th alone, they offloaded
# 15,000 BTC": "they" takes the miners (plural, no one named) of the sentence before, an
# industry aggregate.
_THEY = Folded(r"^\W*(?:[^,.;]{2,40},\s*)?they\s+(?!said\b|say\b)")
_GENERIC_MINERS = Folded(
    r"^\W*(?:[\w ]{1,30}:\s*)?(?:(?:the|many|most|some|other|several|"
    r"public(?:ly[- ]traded|ly[- ]listed)?|listed|large|small|bitcoin|btc|crypto)\s+){0,3}"
    r"(?:miners|mining\s+(?:companies|firms|stocks)|companies|firms)\b"
)


def is_industry_anaphora(document: str, start: int, sentence: str) -> bool:
    """The sentence at `start` opens with "they" and the sentence before with miners in general."""
    if not _THEY.search(sentence):
        return False
    before = document[max(0, start - _REACH) : start].rstrip()
    breaks = list(_SENTENCE_END.finditer(before))
    previous = before[breaks[-1].end() :] if breaks else before
    return _GENERIC_MINERS.search(previous) is not None


def _named(sentence: str) -> set[str]:
    """The miners a sentence names (not an entity qualifying its rival)."""
    sentence = _RIVAL_OF.sub(" ", sentence)  # "CleanSpark's competitor MARA": MARA is named
    named = {ticker_named(match.group(0)) for match in _NAMES.finditer(sentence)}
    named.discard(None)
    return named  # type: ignore[return-value]
