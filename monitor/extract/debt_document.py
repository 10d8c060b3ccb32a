"""Debt figures checked against the whole document, after every sentence has been read.

A sentence alone cannot tell whether new debt was really taken on: a headline says "Bitdeer
Secures $400 Million in Convertible Notes" while the body only announces the *pricing*; a
"secured a $100 million credit facility" story goes on to say the company *plans to draw* on
it; a headline's "US$500 Million of Convertible Notes" is the base deal that the body restates
as US$588 million "including the exercise in full of the $88 million option". Each check here
drops the issued figure the rest of the document contradicts. Balances and repayments are
checked too: a balance a later one supersedes (`debt_superseded`), a loan's size in a story of
a repayment finished over several periods (`debt_finished`), and figures of earlier periods.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from monitor.vocabulary.periods import Period

from . import guards
from .debt_bounds import refined_bounds
from .debt_facility_size import sizes_beside_draws
from .debt_finished import life_totals
from .debt_funded_cash import cash_raised_by_notes
from .debt_headline_undone import headline_deals_undone
from .debt_lines import is_drawn, sizes_a_line
from .debt_offering_closed import offering_closed
from .debt_paid_off import paid_off_balances
from .debt_recalled import recalled
from .debt_restated import restatements
from .debt_superseded import superseded
from .debt_words import line_at, line_bounds, title_at
from .flow_parts import sums_of_parts
from .folded import Folded, lowered
from .model import DEBT_ISSUED, DEBT_REPAID, Extracted
from .numbers import IN_SENTENCE, Money, find_money
from .per_document import found_in
from .periods import find_mentions
from .stated_amounts import stated_amounts

# An offering announced as priced ...
_PRICED = Folded(
    rf"\b(?:pric(?:ed|ing|es)\b{IN_SENTENCE}{{0,80}}\b(?:offering|notes|bonds|debentures)|"
    rf"(?:offering|notes|bonds|debentures)\b{IN_SENTENCE}{{0,40}}\bpric(?:ed|ing)\b)"
)
# ... and never said to have closed ("closing price" is a share price, not a closing).
_CLOSED = Folded(
    r"\b(?:closed|closes|closing(?!\s+(?:sale\s+)?prices?)|completed|completion|consummat\w*)\b"
)
_FLOWS = (DEBT_ISSUED, DEBT_REPAID)
# A closing still ahead: "the closing … will occur", "is expected to close", "subject to
# customary closing conditions", a headline's "closing expected Dec 3, 2025" or "to close by
# year-end" ...
CLOSING_AHEAD = Folded(
    rf"\bclosings?\b{IN_SENTENCE}{{0,120}}?\b(?:will|shall)\s+(?:occur|take\s+place)\b|"
    r"\b(?:(?:is|are)\s+)?(?:expected|anticipated|scheduled)\s+to\s+close\b|"
    r"\bclosing\s+(?:is\s+)?(?:expected|anticipated)\b|"
    # "to close by year-end", "… notes offering, to close on Dec 3": a time must follow (proceeds
    # used "to close on the acquisition" tell no closing of their own, nor "to close on 2 land
    # parcels" a count, nor "to close in yearly installments" a word that starts like a time)
    r"\bto\s+close\s+(?:on|in|by)\s+(?:or\s+about\s+)?(?:the\s+)?(?:(?:end|early|mid|late|"
    r"first|second|third|fourth|coming|next|q[1-4]|year|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|"
    r"apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\b|(?:19|20)\d{2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]{0,6}\b)|"
    r"\bsubject\s+to\s+(?:the\s+satisfaction\s+of\s+)?(?:customary\s+)?closing\s+conditions\b"
)
# ... and none behind ("closed", "completed", "issued and sold").
_CLOSED_PAST = Folded(
    r"\b(?:closed|completed|consummated|(?:sold\s+and\s+)?issued|funded|drawn|drew)\b"
)
_REACH = 120
_BUYS_BACK = Folded(r"\b(?:repurchas\w*|redeem\w*|redemption|buy\s*backs?|bought\s+back)\b")
_NOTES = Folded(r"\b(?:notes?|bonds?|debentures?|offering)\b")
# A facility that is available but not (yet) drawn.
_NOT_DRAWN = Folded(
    r"\b(?:(?:plans?|intends?|expects?|anticipates?)\s+to\s+draw|undrawn|will\s+draw\b"
    rf"(?={IN_SENTENCE}{{0,120}}\bsubject\s+to\b)|"
    r"(?:has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?drawn|"
    r"no\s+(?:amounts?|borrowings)\s+(?:have\s+been\s+|were\s+|are\s+)?(?:drawn|outstanding))\b"
)
# A draw its own sentence tells as made (a later plan to draw more contradicts nothing).
_DRAW_MADE = Folded(
    r"\b(?:(?:has|have|had)\s+(?:already\s+|now\s+)?(?:drawn|borrowed)|already\s+drawn|drew)"
    r"(?:\s+down)?\s+(?:(?:an?|an\s+initial|the\s+first|a\s+first)\s+)?(?:us)?[$€£]"
)
_DRAWDOWN = Folded(r"\b(?:drawdown|draw-down|draws?|drawing)\b")
_FACILITY = Folded(r"\b(?:facility|line\s+of\s+credit|credit\s+line|revolv\w*)\b")
# "…, which includes the exercise in full of the $88 million option …": the total restates the
# base deal plus the option.
_WITH_OPTION = Folded(
    rf"\binclud\w*\s+(?:the\s+)?(?:full\s+)?exercise\b{IN_SENTENCE}{{0,80}}\b(?:option|over-?allotment)"
)


def reconcile(
    found: list[Extracted],
    text: str,
    published: dt.date | None = None,
    own: Period | None = None,
    lead: Period | None = None,
) -> list[Extracted]:
    """`found` without the debt flows that the rest of the document contradicts, the figures
    it restates, and those of earlier periods it recalls (`own` is its report's period; `lead`
    a news rewrite's period, named in its first sentences)."""
    issued = [item for item in found if item.metric == DEBT_ISSUED]
    stated = _Stated(text)
    dropped = _contradicted_flows(found, text, issued, stated)
    dropped |= _told_again(found, text, published, stated)
    dropped |= {id(item) for item in recalled(found, text, published, own)}
    # (a rewrite of a half-year's results keeps the half's closing balance beside a later one:
    # "In the first half … reduced its debt to $75 million. … In July, … reduced to $72 million")
    dropped |= {id(item) for item in superseded(found, own or lead)}
    dropped |= {id(item) for item in paid_off_balances(found, text)}
    dropped |= {id(item) for item in refined_bounds(found)}
    dropped |= {id(item) for item in life_totals(found, text)}
    # decided cases 3 and 11, over what is left (a base deal and its option already dropped
    # as parts of their stated total leave that total alone)
    kept = [item for item in found if id(item) not in dropped]
    dropped |= {id(item) for item in sums_of_parts(kept, published)}
    if not dropped:
        return found
    return [item for item in found if id(item) not in dropped]


def _contradicted_flows(
    found: list[Extracted], text: str, issued: list[Extracted], stated: _Stated
) -> set[int]:
    """Ids of new debt the rest of the document contradicts or shows as a part, a base deal,
    a line restated or a size beside its draws, and of repurchases that are a planned use."""
    dropped: set[int] = set()
    repurchases = [
        item for item in found if item.metric == DEBT_REPAID and found_in(_BUYS_BACK, item.evidence)
    ]
    if issued or repurchases:
        doubts = _Doubts(text)
        dropped = {id(item) for item in issued if doubts.contradict(item)}
        dropped |= {id(item) for item in _base_deals(issued)}
        dropped |= {id(item) for item in _parts_of_totals(issued, stated)}
        # A repurchase of old notes told in a release whose new offering is only priced is a
        # planned use of its proceeds ("Proceeds will fund … repurchase of $135.0M 2029 notes").
        dropped |= {id(item) for item in repurchases if doubts.offering_pending()}
    if issued:
        dropped |= {id(item) for item in _lines_restated(issued, text, stated)}
        dropped |= {id(item) for item in _taken_before_repaid(issued, found)}
        dropped |= {id(item) for item in sizes_beside_draws(issued)}
    return dropped


def _told_again(
    found: list[Extracted], text: str, published: dt.date | None, stated: _Stated
) -> set[int]:
    """Ids of debt figures a headline, an undated line or a plan restates."""
    heads = {id(item) for item in _headlines_restated(found, text, published)}
    heads |= {id(item) for item in headline_deals_undone(found, text)}  # "Borrows $70M" over
    # "is borrowing $70.6 million": the story's own words tell a deal under way
    unheaded = [item for item in found if id(item) not in heads]
    dropped = heads | {id(item) for item in _undated_restatements(unheaded, published)}
    dropped |= {id(item) for item in _plans_restated(found, text, stated)}
    return dropped | {id(item) for item in restatements(found, text, published)}


class _Doubts:
    """What the whole document says against new debt, read once (and only when needed: the
    document-wide scans are the costly part)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lower = lowered(text)
        self._priced_only: bool | None = None
        self._not_drawn: bool | None = None
        self._closing_ahead: bool | None = None

    def contradict(self, item: Extracted) -> bool:
        if _NOTES.search(item.evidence) and (self.priced_only() or self.closing_ahead()):
            # priced, or its closing still ahead: no debt yet (unless its money is in the cash:
            # "cash … reached $1.207B driven by the upsized $1.3B 0% 2031 converts")
            return not cash_raised_by_notes(item.evidence)
        if _DRAW_MADE.search(item.evidence):
            return False  # "has already drawn down $60 million … and expects to draw more"
        if _FACILITY.search(item.evidence) or _DRAWDOWN.search(item.evidence):
            return self.not_drawn()  # a line, or a draw the document calls pending
        return False

    def offering_pending(self) -> bool:
        return self.priced_only() or self.closing_ahead()

    def priced_only(self) -> bool:
        if self._priced_only is None:
            self._priced_only = (
                self._around("pric", _PRICED)
                and _CLOSED.search(self._text) is None
                # ("reduced its debt … through recent convertible senior notes offering")
                and not offering_closed(self._text)
            )
        return self._priced_only

    def closing_ahead(self) -> bool:
        """ "The initial closing of the Note … will occur on the date the closing conditions
        have been satisfied", and no closing is said to have happened."""
        if self._closing_ahead is None:
            self._closing_ahead = (
                self._around("clos", CLOSING_AHEAD) and _CLOSED_PAST.search(self._text) is None
            )
        return self._closing_ahead

    def not_drawn(self) -> bool:
        if self._not_drawn is None:
            self._not_drawn = self._around("draw", _NOT_DRAWN)
        return self._not_drawn

    def _around(self, word: str, pattern: Folded) -> bool:
        """Does `pattern` match near an occurrence of `word`? (Scanning the windows around a
        plain substring is much cheaper than running the pattern over the whole document.)"""
        position = self._lower.find(word)
        while position >= 0:
            start = max(0, position - _REACH)
            if pattern.search(self._text[start : position + _REACH]):
                return True
            position = self._lower.find(word, position + len(word))
        return False


def _undated_restatements(found: list[Extracted], published: dt.date | None) -> list[Extracted]:
    """ "today announced the extinguishment of $2.1 million" (dated by publication) restates
    "On October 26, 2022, … the extinguishment of $2.1 million": the dated sentence says when."""
    if published is None:
        return []
    month = f"{published.year:04d}-{published.month:02d}"
    flows = [item for item in found if item.metric in _FLOWS]
    dated = {(item.metric, item.value, item.unit) for item in flows if item.period != month}
    return [
        item
        for item in flows
        if item.period == month and (item.metric, item.value, item.unit) in dated
    ]


def _headlines_restated(
    found: list[Extracted], text: str, published: dt.date | None
) -> list[Extracted]:
    """A headline's flow that the body tells again under another period ("Bitfarms repays $21M
    loan with $7.75M payment" over "… has repaid the balance … in a single cash payment of
    $7.75 million"): the body's sentence, with its own words around the figure, dates it; the
    headline has none. (The same figure under the same period is one figure already.)"""
    flows = [item for item in found if item.metric in _FLOWS]
    titled = [
        item
        for item in flows
        if title_at(text, item.start) and not find_mentions(line_at(text, item.start), published)
    ]
    if not titled:
        return []
    heads = {id(item) for item in titled}
    body = {
        (item.metric, item.value, item.unit): item.period for item in flows if id(item) not in heads
    }
    return [
        item
        for item in titled
        if body.get((item.metric, item.value, item.unit), item.period) != item.period
    ]


class _Stated:
    """The amounts the document states, looked up by value (`stated_amounts`) and kept."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[Decimal, list[Money]] = {}

    def amounting(self, values: Iterable[Decimal | None]) -> list[Money]:
        """Every amount the document states whose value is one of `values`, in order."""
        wanted = {value for value in values if value is not None}
        missing = wanted - self._found.keys()
        if missing:
            for value in missing:
                self._found[value] = []
            for money in stated_amounts(self._text, missing):
                self._found[money.amount].append(money)
        found = [money for value in wanted for money in self._found[value]]
        return sorted(found, key=lambda money: money.start)


# How far back the plan check reads for the clause that governs an amount.
_CLAUSE_CHARS = 200


def _planned(text: str, start: int) -> bool:
    """Does a modal govern the amount at `start` (read in a short window: cheap)?"""
    window = text[max(0, start - _CLAUSE_CHARS) : start]
    return guards.is_hypothetical(window, len(window))


def _plans_restated(found: list[Extracted], text: str, stated: _Stated) -> list[Extracted]:
    """A flow whose amount the rest of the document only ever states as a plan: the headline
    "Core Scientific … reduces $260M debt load" over "the conversion will result in the
    exchange of … shares … for $260 million of convertible debt"."""
    # (the class is a headline's flow: reading only those keeps the document scan rare)
    flows = [
        item
        for item in found
        if item.metric in _FLOWS and item.value and title_at(text, item.start)
    ]
    if not flows:
        return []
    mentions: dict[tuple[object, str | None], list[int]] = {}
    for money in stated.amounting(item.value for item in flows):
        mentions.setdefault((money.amount, money.currency), []).append(money.start)
    planned: list[Extracted] = []
    for item in flows:
        starts = mentions.get((item.value, item.unit), [])
        if len(starts) < 2:
            continue  # stated once: nothing else says what it is
        # The figure's own mention: the first in its evidence that no modal governs (a title
        # line with no full stop may share its evidence with the line after it).
        inside = [start for start in starts if item.start <= start < item.end]
        own = next(
            (start for start in inside if not _planned(text, start)),
            inside[0] if inside else None,
        )
        if own is not None and not title_at(text, own):
            continue  # the body's figure, told after a headline with no full stop of its own
        others = [start for start in starts if start != own]
        if others and all(_planned(text, start) for start in others):
            planned.append(item)
    return planned


_SIDE_CHARS = 120
_SENTENCE_CUT = Folded(r"[.!?](?:\s|$)|\n")


def _sides(text: str, money: Money) -> tuple[str, str]:
    """The amount's sentence before and after it (cut at a full stop or a line break)."""
    before = text[max(0, money.start - _SIDE_CHARS) : money.start]
    cuts = list(_SENTENCE_CUT.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    after = text[money.end : money.end + _SIDE_CHARS]
    cut = _SENTENCE_CUT.search(after)
    return before, after[: cut.start()] if cut else after


def _lines_restated(issued: list[Extracted], text: str, stated: _Stated) -> list[Extracted]:
    """New debt whose amount the document elsewhere names as a credit line's size, and never
    as drawn: a headline's "secures $50M loan" over "the proceeds of a $50 million credit
    facility" (README, decided case 19: a line counts when drawn)."""
    # (the class is a headline's or a summary bullet's "loan": reading only those keeps the
    # document scan rare)
    issued = [item for item in issued if _headline_or_bullet(text, item.start)]
    if not issued:
        return []
    wanted = {(item.value, item.unit) for item in issued}
    amounts = stated.amounting(value for value, _ in wanted)
    mentions = [money for money in amounts if (money.amount, money.currency) in wanted]
    if len(mentions) < 2:
        return []  # stated once: the sentence's own reading stands
    readings = [(money, *_reading(text, money)) for money in mentions]
    dropped: list[Extracted] = []
    for item in issued:
        others = [
            (line, drawn)
            for money, line, drawn in readings
            if (money.amount, money.currency) == (item.value, item.unit)
            and not item.start <= money.start < item.end
        ]
        if any(line for line, _ in others) and not any(drawn for _, drawn in others):
            dropped.append(item)
    return dropped


_BULLET = Folded(r"\s*[-–•*▪]\s")


def _headline_or_bullet(text: str, position: int) -> bool:
    """Is the line holding `position` a headline or a bulleted item?"""
    if title_at(text, position):
        return True
    start, end = line_bounds(text, position)
    # (the line has no outer spaces: a bullet and its space are its first two characters)
    return _BULLET.match(text[start : min(end, start + 2)]) is not None


def _reading(text: str, money: Money) -> tuple[bool, bool]:
    """(sizes a line, stated as drawn) for one mention of an amount."""
    before, after = _sides(text, money)
    drawn = is_drawn(before, after)
    return (not drawn and sizes_a_line(before, after)), drawn


# A new loan that repays the old one (README decided case 16: both are labelled).
_NEW_LOAN = Folded(r"\b(?:new|newly|fresh|roll\w*|refinanc\w*|replac\w*)\b")


def _taken_before_repaid(issued: list[Extracted], found: list[Extracted]) -> list[Extracted]:
    """A loan the document reports repaid, told as taken too ("has repaid a $35 million loan
    … Apart from securing a $35 million loan, …"): the taking is the loan's background, not
    new debt of the document (decided case 1), unless the text calls it a new loan. A loan the
    same words tell as funded and since repaid ("funded for $50 million in March 2025 and since
    repaid") was kept only as funded within the story's period (`debt_funded_for`): both stay."""
    repaid = {(item.value, item.unit) for item in found if item.metric == DEBT_REPAID}
    since = {(item.start, item.value, item.unit) for item in found if item.metric == DEBT_REPAID}
    return [
        item
        for item in issued
        if (item.value, item.unit) in repaid
        and not _NEW_LOAN.search(item.evidence)
        and (item.start, item.value, item.unit) not in since
    ]


def _base_deals(issued: list[Extracted]) -> list[Extracted]:
    """Issued figures equal to a stated total less its option: the same deal, counted once."""
    bases: set[tuple[object, str]] = set()
    for item in issued:
        if item.value is None or not _WITH_OPTION.search(item.evidence):
            continue
        for money in find_money(item.evidence):
            if money.currency == item.unit and 0 < money.amount < item.value:
                bases.add((item.value - money.amount, item.unit))
    return [item for item in issued if (item.value, item.unit) in bases]


# "…, bringing the total raised to $375 million": a total the option made.
_DEAL_TOTAL = Folded(
    r"\b(?:bring\w*|brought|tak(?:e|es|ing)|took|rais(?:e|es|ing)|increas\w*|lift\w*)\s+the\s+"
    r"(?:total|aggregate)\b"
    # ("… an additional $75.0 million principal of notes for an aggregate principal amount of …")
    r"|\badditional\b(?:[^.;]|\.(?=\d)){0,120}?\bfor\s+an?\s+(?:total|aggregate)\s+(?:principal\s+)?amount\b"
)


def _parts_of_totals(issued: list[Extracted], stated: _Stated) -> list[Extracted]:
    """A base deal and its option stated apart ("raised $330 million", "an additional $45
    million") when the document also states their total ($375 million): the README labels one
    figure, the total principal. A part is an issued figure that, with another amount the
    document names, makes a stated total."""
    totals = [
        item for item in issued if item.value is not None and _DEAL_TOTAL.search(item.evidence)
    ]
    if not totals or len(issued) < 2:
        return []
    pairs = [
        (item, total.value - item.value)
        for total in totals
        for item in issued
        if item is not total and item.value is not None and item.unit == total.unit
    ]
    rests = [rest for _, rest in pairs if rest > 0]
    named = {(money.amount, money.currency) for money in stated.amounting(rests)}
    return [item for item, rest in pairs if rest > 0 and (rest, item.unit) in named]
