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

import re

from monitor.vocabulary.periods import Period

from .model import DEBT_TOTAL, Extracted

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
    instrument (see the module docstring), except at the close of the document's own period."""
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
    # Each quote's names, read once (every pair of balances asks about both of its quotes).
    names = {id(item): _names(item.evidence) for item, _ in dated}
    return [
        item
        for item, period in dated
        if period.last_day() != own_end
        and any(
            later.last_day() > period.last_day()
            and _same_instrument(names[id(item)], names[id(other)])
            for other, later in dated
        )
    ]


def _same_instrument(names: set[str], others: set[str]) -> bool:
    """Do two balances' quotes, by the names they give (`_names`), name one instrument (or
    either names none apart)?"""
    return not names or not others or bool(names & others)


def _names(quote: str) -> set[str]:
    """The words that name the quote's debt instruments apart ("term", "galaxy")."""
    words = {match.group(1).lower() for match in _QUALIFIED.finditer(quote)}
    return words - _GENERIC
