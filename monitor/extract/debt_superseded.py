"""Balances that a later balance in the same document supersedes.

A story about a loan often walks its balance down: "by the end of June 30, Argo had an
outstanding balance of $22 million on the loan … As of July 31, 2022, only $6.72 million is
owed", "the debt owed to Galaxy was $12.8 million as of March 31" beside "As of June 30, 2024,
the remaining balance … is $5.7 million". The document's balance is the latest one it states;
the earlier ones are the starting points of the change (README: prior-period comparatives,
decided case 1). A balance at the close of the document's own period is kept: a report's
period-end balance is its figure even when a later one (after the period) is told too.
"""

from __future__ import annotations

from monitor.vocabulary.periods import Period

from .model import DEBT_TOTAL, Extracted


def superseded(found: list[Extracted], own: Period | None) -> list[Extracted]:
    """The dated balances of `found` stated for a day before its latest dated balance."""
    dated = [
        (item, period)
        for item in found
        if item.metric == DEBT_TOTAL
        and (period := Period.parse(item.period)) is not None
        and period.is_date
    ]
    if len({period.last_day() for _, period in dated}) < 2:
        return []  # one date: nothing is earlier
    latest = max(period.last_day() for _, period in dated)
    own_end = own.last_day() if own is not None else None
    return [
        item
        for item, period in dated
        if period.last_day() < latest and period.last_day() != own_end
    ]
