"""Production recalled in a story whose news is a loan.

A story about a loan ("A Argo Blockchain garantiu outro contrato de empréstimo da Galaxy …",
"Argo Blockchain terminou de pagar os US$ 35 milhões que pegou emprestados …") may close on the
miner's latest monthly update: "supostamente minerou 206 BTC em agosto", "Em julho, a Argo
minerou 48 BTC". That month's production is the earlier update recalled as background (README
decided case 1), not the story's news: a production figure of a period before the story's own,
told past a lead that names a loan and no production, is left out. A lead that also tells the
production ("Argo mined 206 BTC in August and drew a $25M loan") keeps it: both are the news.
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

from .model import BTC_PRODUCED, Extracted
from .treasury_recalled import said_just_before

# The lead: the first sentence (or title line), at most this long.
_LEAD_CHARS = 400
_LEAD_MIN = 40  # (a short first line is a title: the lead runs on to the next stop)
_LEAD_END = re.compile(r"[.!?。](?=\s|$)|\n")
# A loan in the lead, in the languages the corpus' stories come in.
_LOAN = re.compile(
    r"\b(?:loans?|borrow(?:s|ed|ing)?|lend(?:s|ing)?|lent|credit\s+facility|"
    r"empr[ée]stimos?|emprestad[oa]s?|pr[ée]stamos?|prestiti|prestito|pr[êe]ts?|emprunt\w{0,4}|"
    r"darlehen|kredit\w{0,4})\b|借款|贷款|貸款|融資|融资",
    re.IGNORECASE,
)
# Production in the lead: the story's news is (also) the output.
_PRODUCTION = re.compile(
    r"\b(?:mined|mines|produced|produces|production|output|minerou|mineraram|produziu|"
    r"produ[çc][ãa]o|min[óo]|produjo|producci[óo]n|minato|prodott[oi]|produzione|min[ée]s?|"
    r"produit|gefördert|geschürft|produktion)\b|挖出|开采|開採|產出|产出|マイニングした",
    re.IGNORECASE,
)


def without_recalled_production(
    found: list[Extracted], text: str, own: Period | None, published: dt.date | None
) -> list[Extracted]:
    """`found` less the production figures a loan story recalls (see the module); a figure
    said the day before publication ("On Dec. 6, the company said it mined …") is news."""
    if own is None or own.is_date or not any(item.metric == BTC_PRODUCED for item in found):
        return found  # cheap gate: no production, or no own period to be before
    lead_end = _lead_end(text)
    lead = text[:lead_end]
    if _LOAN.search(lead) is None or _PRODUCTION.search(lead) is not None:
        return found
    own_start = own.first_day()
    return [
        item
        for item in found
        if not _recalled(item, lead_end, own_start) or said_just_before(item.evidence, published)
    ]


def _lead_end(text: str) -> int:
    """Where the lead ends: the first stop or line break past `_LEAD_MIN` characters."""
    stripped = len(text) - len(text.lstrip())
    stop = _LEAD_END.search(text, stripped + _LEAD_MIN, stripped + _LEAD_CHARS)
    return stop.end() if stop else min(len(text), stripped + _LEAD_CHARS)


def _recalled(item: Extracted, lead_end: int, own_start: dt.date) -> bool:
    """Is `item` a production figure in prose past the lead (`lead_end`) of a period that ended
    before the document's own period starts (`own_start`): a recalled earlier month, not news?"""
    if item.metric != BTC_PRODUCED or item.row_label is not None or item.start < lead_end:
        return False
    period = Period.parse(item.period) if item.period else None
    return period is not None and period.last_day() < own_start
