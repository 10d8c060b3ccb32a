"""German: the verb that closes a subordinate clause names the metric of a figure inside it.

    "…, dass sie im Laufe der letzten Woche insgesamt 3.000 BTC und damit fast die Hälfte ihrer
    kompletten Reserven verkaufte."                     → btc_sold 3000 (not held: "Reserven")
    "…, nachdem das Unternehmen im Mai 410 BTC geschürft hatte." → btc_produced 410

A German subordinate clause ("dass", "nachdem", "weil", "wobei", …) puts its finite verb last:
the cue word right before the clause's end is the figure's verb, whatever nouns stand between
(an apposition "und damit fast die Hälfte ihrer Reserven" is the coins' description, not their
metric). A main clause ("Bitfarms verkaufte 3.000 BTC und hält nun 3.349 BTC") is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_SUBORDINATE = re.compile(r"\b(?:dass|daß|nachdem|weil|wobei|indem|sodass|womit|obwohl)\b", re.I)
_SUBORDINATE_WINDOW = 90  # the conjunction, before the figure, in its clause
_CLAUSE_MARK = re.compile(r"[,;:.!?()\"„“”]")
# the clause's last word, after it an auxiliary at most ("geschürft hatte", "verkauft hat")
_LAST_WORDS = re.compile(
    r"(\w+)(?:\s+(?:hatte|hat|hätte|habe|hatten|haben|wurde|wurden|worden))?\s*$"
)


def metric(
    text: str, start: int, end: int, cues: Sequence[tuple[str, re.Pattern[str]]]
) -> str | None:
    """The metric of the verb closing the subordinate clause the figure text[start:end] stands
    in, or None (no such clause, or its last word is no cue)."""
    before = text[max(0, start - _SUBORDINATE_WINDOW) : start]
    conjunctions = list(_SUBORDINATE.finditer(before))
    if not conjunctions or _CLAUSE_MARK.search(before, conjunctions[-1].end()):
        return None
    mark = _CLAUSE_MARK.search(text, end)
    last = _LAST_WORDS.search(text, end, mark.start() if mark else len(text))
    if last is None:
        return None
    word = last.group(1)
    for name, pattern in cues:
        m = pattern.match(word)
        if m is not None and m.end() == len(word):
            return name
    return None


# A relative clause right after the coins that says where they are kept ("9.136 selbst
# geschürfte Bitcoins, die am 30. Juni in Verwahrung oder als Sicherheit verpfändet waren"):
# coins held, however they were come by (the participle before them says whence, not what
# the figure is). Its verb closes it in the past or present of "to be", not a future.
_HELD_RELATIVE = re.compile(
    r",?\s*(?:die|welche)\s+(?:[\w.]+\s+){0,6}?(?:in\s+Verwahrung|gehalten|verwahrt|"
    r"im\s+Bestand)\b[^.;!?]{0,60}?\b(?:waren|sind|wurden|werden)\b(?!\s+(?:soll|sollen))",
    re.I,
)


def held_relative(text: str, unit_end: int) -> bool:
    """Do the coins ending at `unit_end` stand before a relative clause of coins kept?"""
    return "die" in text[unit_end : unit_end + 12].lower() and bool(
        _HELD_RELATIVE.match(text, unit_end)
    )
