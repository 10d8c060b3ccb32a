"""Balances that a later balance of the same instrument in the same document supersedes.

A story about a loan often walks its balance down: "by the end of June 30, Argo had an
outstanding balance of $22 million on the loan … As of July 31, 2022, only $6.72 million is
owed", "the debt owed to Galaxy was $12.8 million as of March 31" beside "As of June 30, 2024,
the remaining balance … is $5.7 million". The document's balance is the latest one it states;
the earlier ones are the starting points of the change (README: prior-period comparatives,
decided case 1). A balance at the close of the document's own period is kept: a report's
period-end balance is its figure even when a later one (after the period) is told too.

Only the same instrument's later balance supersedes: two loans named apart ("its term loan …
$20 million as of May 31", "the Galaxy loan … $5 million as of June 30") are two balances, each
labelled (decided case 3). A balance whose quote names its instrument only generically ("the
loan", "the debt") is taken as the story's one instrument.
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

from .folded import Folded
from .model import DEBT_TOTAL, Extracted
from .numbers import find_money

# The word that names a debt instrument apart: the one before its noun ("term loan",
# "Galaxy loan", "convertible notes"); articles, possessives and balance words name nothing.
_QUALIFIED = re.compile(
    r"([A-Za-z][\w-]*)\s+(?:loans?|notes|facility|debentures|line\s+of\s+credit|bonds)\b"
)
_GENERIC = frozenset(
    [
        "the",
        "its",
        "a",
        "an",
        "this",
        "that",
        "their",
        "our",
        "outstanding",
        "remaining",
        "total",
        "current",
        "existing",
        "company's",
        "miner's",
        "same",
        "said",
    ]
)


def superseded(found: list[Extracted], own: Period | None) -> list[Extracted]:
    """The dated balances of `found` stated for a day before a later dated balance of the same
    instrument (see the module docstring), except at the close of the document's own period;
    and the steps of a walk-down (`_steps_walked_down`)."""
    names = _Names()
    return _earlier_dates(found, own, names) + _steps_walked_down(found, names)


class _Names:
    """`_names` of each quote, read once: the checks below ask a quote's names again for each
    balance it is compared with (a pair loop over a walk-down's levels)."""

    __slots__ = ("_read",)

    def __init__(self) -> None:
        self._read: dict[str, set[str]] = {}

    def of(self, quote: str) -> set[str]:
        names = self._read.get(quote)
        if names is None:
            names = self._read[quote] = _names(quote)
        return names


def _earlier_dates(found: list[Extracted], own: Period | None, names_of: _Names) -> list[Extracted]:
    """The dated balances stated for a day before a later dated balance of the same instrument."""
    dated = [
        (item, period)
        for item in found
        if item.metric == DEBT_TOTAL
        and (period := Period.parse(item.period)) is not None
        and period.is_date
    ]
    if len({period.last_day() for _, period in dated}) < 2:
        return []  # one date: nothing is earlier
    own_end = own.last_day() if own is not None else None
    later = _names_after(dated, names_of)
    superseded_items: list[Extracted] = []
    for item, period in dated:
        day = period.last_day()
        if day == own_end or day not in later:
            continue
        unnamed, words = later[day]
        names = names_of.of(item.evidence)
        if not names or unnamed or names & words:  # as `_same_instrument` with any later one
            superseded_items.append(item)
    return superseded_items


def _names_after(
    dated: list[tuple[Extracted, Period]], names_of: _Names
) -> dict[dt.date, tuple[bool, set[str]]]:
    """For each day with a later dated balance: whether one of the later balances names no
    instrument apart, and the names the later ones give (one pass over the days, latest first,
    not a pass over every pair of balances: a long table holds thousands)."""
    by_day: dict[dt.date, list[set[str]]] = {}
    for item, period in dated:
        by_day.setdefault(period.last_day(), []).append(names_of.of(item.evidence))
    after: dict[dt.date, tuple[bool, set[str]]] = {}
    unnamed, seen = False, False
    words: set[str] = set()
    for day in sorted(by_day, reverse=True):
        if seen:
            after[day] = (unnamed, set(words))
        for names in by_day[day]:
            unnamed = unnamed or not names
            words |= names
        seen = True
    return after


def _same_instrument(names: set[str], others: set[str]) -> bool:
    """Do two balances' quotes, by the names they give (`_names`), name one instrument (or
    either names none apart)?"""
    return not names or not others or bool(names & others)


def _names(quote: str) -> set[str]:
    """The words that name the quote's debt instruments apart ("term", "galaxy")."""
    words = {match.group(1).lower() for match in _QUALIFIED.finditer(quote)}
    return words - _GENERIC


# A level a reduction reached, told right before the amount: "bringing it down to $66 million",
# "The total amount owing was reduced to $38 million", "cut the loan to $23 million".
_REDUCED_TO = (
    r"\b(?:down\s+to|(?:reduc|lower|cut|trimm?|bring|brought)\w*\s+(?:[\w’'-]+\s+){0,5}?to)\s"
)
_REACHED = Folded(
    _REDUCED_TO + r"+(?:(?:approximately|about|around|roughly|just)\s+)?(?:us|c)?\$?\s?$"
)
# the same verb anywhere in a quote: the cheap question asked first
_REACHED_ANYWHERE = Folded(_REDUCED_TO)


def _steps_walked_down(found: list[Extracted], names_of: _Names) -> list[Extracted]:
    """Undated balances that a later, lower level of the same story's walk-down supersedes.

    News tells a paydown in steps across sentences: "sold 1,500 of its bitcoin holdings to
    reduce the loan by $34 million, bringing it down to $66 million. The total amount owing
    was reduced to $38 million when it added an additional 1,500". The balance is the last
    level reached; the step before it is the starting point of the next change (README
    decided case 1), like a level a later participle of the same sentence moves on
    (`debt_news_balance`). Only levels reached by a reduction, of one period and currency, in
    text order, each lower than the last, naming the same instrument (or none apart)."""
    levels = [
        item
        for item in found
        if item.metric == DEBT_TOTAL
        and item.value
        and (period := Period.parse(item.period)) is not None
        and not period.is_date
        and reached_by_reduction(item)
    ]
    if len(levels) < 2:
        return []
    return [
        item
        for item in levels
        if any(
            later.start >= item.end
            and (later.period, later.unit) == (item.period, item.unit)
            and later.value < item.value
            and _same_instrument(names_of.of(item.evidence), names_of.of(later.evidence))
            for later in levels
        )
    ]


def reached_by_reduction(item: Extracted) -> bool:
    """Is the balance's amount, in its quote, a level a reduction reached?"""
    evidence = item.evidence
    if _REACHED_ANYWHERE.search(evidence) is None:
        return False  # cheap gate: no reducing verb before "to" in the quote
    return any(
        money.amount == item.value
        and _REACHED.search(evidence, max(0, money.start - 80), money.start) is not None
        for money in find_money(evidence)
    )
