"""A zero sale said of several miners together: "Riot and Marathon … kept their mined bitcoins".

README decided case 8: a zero stated for several companies ("Riot and Marathon did not sell
any BTC") is labelled for the case's entity. The nearest name before the words is then another
miner's, but the subject is the pair (or list) that holds the entity, taken up by a plural
("they", "both", "the two", "each") or by the coordination itself right before the verb.
"""

from __future__ import annotations

import re

from .entities import MINERS, ticker_of
from .skipping import skipping

# A company's name: capitalised words ("Marathon Digital Holdings", "Hut 8").
_NAME_TAIL = r"(?:\s+(?:[A-Z][\w.&-]*|\d+))?(?:\s+[A-Z][\w.&-]*){0,2}"
_NAME = rf"[A-Z][\w.&-]*{_NAME_TAIL}"
# How far back the coordinated subject may start.
_REACH = 200
# A plural subject after the names: "show that they have kept", "both kept", "each sold none".
_PLURAL = skipping(
    re.compile(r"\b(?:they|both(?:\s+companies|\s+miners)?|the\s+two|all\s+three|each)\b")
)


def _names(entity: str) -> tuple[str, ...]:
    ticker = ticker_of(entity)
    return (entity.strip(), ticker, *MINERS.get(ticker, ()))


def said_jointly(text: str, position: int, entity: str | None) -> bool:
    """The words at `position` have a subject that coordinates `entity` with other miners."""
    if not entity:
        return False
    window_start = max(0, position - _REACH)
    window = text[window_start:position]
    for name in _names(entity):
        if not name:
            continue
        escaped = re.escape(name)
        pair = re.search(
            rf"(?:\b{escaped}\b{_NAME_TAIL}(?:,\s+{_NAME}){{0,3}},?\s+and\s+[A-Z]|"
            rf"\b{_NAME}(?:,\s+{_NAME}){{0,3}},?\s+and\s+{escaped}\b)",
            window,
        )
        if pair is None:
            continue
        after = window[pair.end() :]
        if ";" in after or ". " in after:
            continue  # a new sentence part: the pair is no longer the subject
        if _PLURAL.search(after) or len(after) < 60:
            return True
    return False
