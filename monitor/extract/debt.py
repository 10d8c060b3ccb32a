"""Debt figures in prose: total outstanding debt, repayments made, interest expense.

A figure needs its trigger phrase and a money amount bound to it ("total debt … was US$612.5
million", "repaid US$50.0 million", "interest expense was RMB12.6 million"). Facility sizes,
issuance amounts, interest rates, interest income and repayment schedules do not match, and
forecasts ("expects to repay") are dropped by the hypothetical guard.
"""

from __future__ import annotations

import re

from . import guards
from .context import DocContext
from .debt_balance import (
    ANAPHOR_GATE,
    ANAPHOR_REDUCED,
    DEBT_AFTER,
    DEBT_BEFORE,
    DEBT_HELD_AFTER,
    DEBT_VERB_BEFORE,
    DRAWN_AFTER,
    DRAWN_BALANCE_AFTER,
    ENDED_WITH,
    HAD_BORROWED,
    MODAL_AFTER,
    NOT_A_BALANCE_BEFORE,
    OUTSTANDING_AFTER,
    OWED_AFTER,
    PART_OF_TOTAL,
    REMAINING_AFTER,
    TOTAL,
    TOTAL_OF,
    follows_debt,
    is_component,
    no_debt,
)
from .debt_issue import DRAWN_EVENT_AFTER, ISSUE_HINTS, USE_OF_DRAW, is_issued
from .debt_periods import is_respective_pair, period_of
from .debt_repay import (
    CUT_BEFORE,
    DEBT_NOUN_AFTER,
    EQUITY_AFTER,
    INCLUDING_INTEREST,
    PLANNED_USE,
    REDUCTION_AFTER,
    REPAID_AFTER,
    REPAID_DIRECT,
    REPAID_WORDS,
    REPAYMENT_LIST,
    REPAYMENT_OF,
    RETIRE_WORDS,
    SINCE_START,
    TO_REPAY,
    is_retired,
    is_schedule,
    proceeds_used,
)
from .debt_words import AMOUNT_CONNECTOR, DEBT_NEAR
from .entities import is_peer_figure
from .evidence import money_observations
from .folded import Folded, lowered
from .gates import any_of
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, INTEREST_EXPENSE, Extracted
from .numbers import APPROX, Money, may_hold_money
from .sentences import Segment

_I = re.IGNORECASE


# "incurred $3.0 million of interest expense"
_INTEREST_AFTER = Folded(r"^\s+(?:of|in)\s+(?:net\s+)?interest\s+expenses?\b")


_INTEREST = Folded(rf"\binterest\s+expenses?\b[^.;$]{{0,60}}?\b{AMOUNT_CONNECTOR}\s+{APPROX}$")


# Words one of the debt patterns needs near an amount (a cheap gate before them).
_NEAR_WORDS = any_of("debt", "loan", "note", "borrow", "repa", "paid", "payment", "redeem",
                     "retire", "repurchase", "outstanding", "interest", "convert", "bond",
                     "facility", "tranche", "payable", "offering", "credit", "principal",
                     "indebtedness", "remaining", "secured", "closed", "closes", "closing",
                     "issued", "drew", "drawn", "draw", "financ")  # fmt: skip


# Substring gate: sentences without any of these words cannot hold a debt figure.
_WORDS = any_of("debt", "indebtedness", "borrow", "loan", "interest", "repa", "paid",
                "redeem", "retire", "repurchase", "note", "convert", "bond", "tranche",
                "outstanding", "payable", "financing", "credit fac", "of credit",
                "credit line", "drew", "drawn", "drawing", "drawdown", "draw ",
                "-backed")  # fmt: skip


def extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """Debt observations stated in one sentence (a line of inline bullets is read bullet by
    bullet: "… $2.18 billion. - Debt: $821.2 million … - As of November 19, 2025, …")."""
    if " - " in segment.text or "•" in segment.text:
        pieces = list(_bullets(segment))
        if len(pieces) > 1:
            return [item for piece in pieces for item in _extract(piece, ctx)]
    return _extract(segment, ctx)


# "Total debt: $350.0 million", "Debt: $821.2 million net (…)", "Interest expense: $4.1
# million": a bullet read as a label and a value, which is a debt statement all the same.
_DEBT_ROW_LABEL = Folded(
    r"^\s*(?:total\s+|net\s+|long-term\s+|outstanding\s+)?(?:debt|borrowings|indebtedness|"
    r"interest\s+expense)\b"
)


def extract_row(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """Debt observations of a "Label: value" line whose label names debt or interest."""
    if len(segment.cells) != 2 or ":" not in segment.text:
        return []
    if not _DEBT_ROW_LABEL.match(segment.cells[0]):
        return []
    return _extract(segment, ctx)


_INLINE_BULLET = re.compile(r"(?<=[.;])\s+[-–•*]\s+(?=[A-Z$])")


def _bullets(segment: Segment) -> list[Segment]:
    pieces: list[Segment] = []
    start = 0
    for match in _INLINE_BULLET.finditer(segment.text):
        pieces.append(_piece(segment, start, match.start()))
        start = match.end()
    pieces.append(_piece(segment, start, len(segment.text)))
    return pieces


def _piece(segment: Segment, start: int, end: int) -> Segment:
    return Segment(segment.text[start:end], segment.start + start, segment.start + end)


def _extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    text = segment.text
    lower = lowered(text)
    anaphor = ANAPHOR_GATE.match(lower) is not None and follows_debt(segment, ctx)
    if not anaphor and not _WORDS.search(lower):
        return []
    found: list[Extracted] = list(no_debt(segment, ctx, lower))
    if not may_hold_money(lower):
        found.extend(proceeds_used(segment, ctx, lower))
        return found
    monies = ctx.monies(segment)
    total: tuple[int, str | None] | None = None  # end and period of the sentence's last balance
    compared: set[int] = set()  # the second figures of "$A and $B …, respectively"
    for index, money in enumerate(monies):
        if index in compared:
            continue
        metric = _classify(text, money, lower)
        if metric is None and total is not None and is_component(text, total[0], money):
            found.extend(money_observations(segment, DEBT_TOTAL, money, [], total[1]))
            continue
        if metric is None and anaphor and ANAPHOR_REDUCED.match(text[: money.start]):
            metric = DEBT_TOTAL
        if metric is None or not _acceptable(text, money, metric, ctx):
            continue
        end = money.end
        if index + 1 < len(monies) and is_respective_pair(text, money, monies[index + 1]):
            # "$3.0 million and $5.4 million during the three months ended September 30, 2023
            # and 2022, respectively": the first is this period's, the second the comparative.
            compared.add(index + 1)
            end = monies[index + 1].end
        period = period_of(metric, segment, money, end, ctx)
        found.extend(money_observations(segment, metric, money, monies[index + 1 :], period))
        if metric == DEBT_TOTAL:
            total = (money.end, period)
    return found


def _classify(text: str, money: Money, lower: str) -> str | None:
    before = text[max(0, money.start - 120) : money.start]
    after = text[money.end : money.end + 120]
    if not _NEAR_WORDS.search(lower, max(0, money.start - 120), money.end + 120):
        return None  # no debt word near the amount: skip the detailed patterns
    if REPAYMENT_OF.search(before[-60:]) and not is_schedule(before, after):
        # "… paid off its outstanding debt, in a final payment of $77.5 million"
        return None if INCLUDING_INTEREST.match(after) else DEBT_REPAID
    before_lower = lower[max(0, money.start - 120) : money.start]
    repaid_words = REPAID_WORDS.search(before_lower) is not None
    if repaid_words and (REPAID_DIRECT.search(before) or TO_REPAY.search(before)):
        # "repaid the remaining $15.0 million outstanding under its loan": the amount repaid
        return DEBT_REPAID
    if TOTAL.search(before) or OUTSTANDING_AFTER.match(after) or REMAINING_AFTER.match(after):
        return DEBT_TOTAL
    if " ow" in after and OWED_AFTER.match(after):
        return DEBT_TOTAL
    if DRAWN_AFTER.match(after) and TOTAL_OF.search(before[-30:]):
        return DEBT_TOTAL
    if DRAWN_BALANCE_AFTER.match(after) or HAD_BORROWED.search(before):
        return DEBT_TOTAL
    if ENDED_WITH.search(before[-60:]) and DEBT_HELD_AFTER.match(after):
        return DEBT_TOTAL
    if DRAWN_EVENT_AFTER.match(after) and DEBT_NEAR.search(before[-120:]):
        return DEBT_ISSUED
    if ISSUE_HINTS.search(lower) and is_issued(before, after):
        return DEBT_ISSUED
    if _INTEREST.search(before) or _INTEREST_AFTER.match(after):
        return INTEREST_EXPENSE
    if REPAID_AFTER.match(after):
        return DEBT_REPAID
    if REDUCTION_AFTER.match(after) or (
        CUT_BEFORE.search(before[-40:]) and DEBT_NOUN_AFTER.match(after)
    ):
        return DEBT_REPAID
    if REPAYMENT_LIST.search(before) and DEBT_NEAR.search(after[:50]):
        return DEBT_REPAID
    near = (max(0, money.start - 120), money.end + 120)
    if RETIRE_WORDS.search(lower, *near) and is_retired(before, after):
        return DEBT_REPAID
    if REPAYMENT_OF.search(before) and not is_schedule(before, after):
        return None if INCLUDING_INTEREST.match(after) else DEBT_REPAID
    if "debt" not in lower:
        return None
    clause = guards.clause_before(text, money.start)
    if (DEBT_BEFORE.search(before) or DEBT_AFTER.match(after)) and not DEBT_VERB_BEFORE.search(
        clause
    ):
        return DEBT_TOTAL
    return None


# A participle clause ("…, bringing the balance down to $9 million") shares the mood of the
# clause it hangs from.
_PARTICIPLE_WORDS = any_of("bringing", "reducing", "lowering", "leaving", "taking", "cutting")


_PARTICIPLE = Folded(r"^\s*(?:and\s+)?(?:bringing|reducing|lowering|leaving|taking|cutting)\b")


def _is_forecast(text: str, position: int, metric: str) -> bool:
    """A flow under a modal ("expects to repay"), or a balance in a participle clause hanging
    from one ("will make a $1.9 million payment, bringing the balance down to $9 million").
    Other balances are not checked: "$X outstanding" is stated, whatever the sentence plans."""
    if metric == DEBT_ISSUED and USE_OF_DRAW.search(text, max(0, position - 60), position):
        return False  # "We intend to use this drawdown of $50 million to …": the draw is made
    if metric in (DEBT_REPAID, DEBT_ISSUED):
        return guards.is_hypothetical(text, position)
    if metric != DEBT_TOTAL or not _PARTICIPLE_WORDS.search(
        lowered(text), max(0, position - 120), position
    ):
        return False
    clause = guards.clause_before(text, position)
    start = position - len(clause)
    return bool(_PARTICIPLE.match(clause)) and start > 0 and guards.is_hypothetical(text, start - 1)


# "the final tranche of Bitcoin miners", "26,200 Bitcoin miners": machines, not companies.
_MACHINES = Folded(r"\b(?:of|\d[\d,.]*)\s+(?:\w+\s+)?bitcoin\s+miners\b")


def _without_machines(text: str) -> str:
    """`text` with mining machines blanked out (same length), for the industry-aggregate guard."""
    if "miners" not in text:
        return text
    for match in _MACHINES.finditer(text):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


_PEERS = Folded(
    r"\b(?:peers?|rivals?|other|competing)\s+(?:bitcoin\s+)?(?:miners|companies|firms)\b"
)


_LENDER_SIDE = Folded(r"\b(?:facilitat\w*|originat\w*|extended\s+to|lent\s+to|receivables?)\b")


# "reduced its debt by $267 through …" lost its "million": no miner reports debt in dollars.
_SMALLEST = 1000


def _acceptable(text: str, money: Money, metric: str, ctx: DocContext) -> bool:
    if guards.is_per_unit(text, money.end) or money.amount < _SMALLEST:
        return False
    if metric == DEBT_TOTAL and NOT_A_BALANCE_BEFORE.search(
        text, max(0, money.start - 50), money.start
    ):
        return False
    if metric == DEBT_TOTAL and (
        MODAL_AFTER.match(text, money.end) or PART_OF_TOTAL.search(text, 0, money.start)
    ):
        return False
    if _PEERS.search(text, max(0, money.start - 80), money.start):
        return False  # "Peer miners took on $11 billion of debt": other companies
    if _LENDER_SIDE.search(text, max(0, money.start - 120), money.start):
        return False  # loans the company facilitated or made: its customers' debt, not its own
    if metric != DEBT_TOTAL and guards.is_cumulative(text, money.start, money.end):
        return False  # "… during the nine months ended September 30": not a whole period
    if metric == DEBT_REPAID and EQUITY_AFTER.match(text, money.end):
        return False  # "repurchased $460 million stock": a buyback, not debt repaid
    if metric == DEBT_REPAID and (
        PLANNED_USE.search(text, 0, money.start) or SINCE_START.search(text, 0, money.start)
    ):
        return False
    if _is_forecast(text, money.start, metric):
        return False
    if guards.is_aggregate(_without_machines(text), money.start):
        return False  # "bitcoin miners raised $11 billion in convertible notes this year"
    return not is_peer_figure(text, money.start, ctx.entity)
