"""Debt figures in prose: balances, new debt, repayments and interest expense.

A figure is an amount bound to a debt instrument by a verb class or position, read in this
order: a repayment named right before it, a balance (`debt_balance`), new debt (`debt_issue`),
interest expense, other repayment shapes (`debt_repay`). Guards then drop bounds, peers',
lenders' and aggregate figures, forecasts and cumulative flows; `debt_periods` dates what is
left, and `debt_document` checks issuances against the whole document. A line of inline
bullets is read bullet by bullet, and "Label: value" lines naming debt are read too.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from enum import Enum, auto

from . import guards, ranges, undone
from .background import is_background
from .branches import Branches
from .context import DocContext
from .debt_added_draw import added_to_draw
from .debt_against_cash import against_cash
from .debt_backstop import backstop_or_illustrative
from .debt_balance import (
    PREVIOUS_CHARS,
    acquired_company_debt,
    anaphoric_balance,
    are_coordinated,
    continues_balance,
    is_component,
    names_balance,
    no_debt,
    not_a_balance,
    opens_with_anaphor,
    plain_balance,
    repaid_in_full,
    with_interest_to_come,
)
from .debt_balance_retired import balance_then_retired
from .debt_before_restatement import before_restatement
from .debt_capital_mix import beside_equity
from .debt_claimed import claimed_by_creditor
from .debt_document import CLOSING_AHEAD
from .debt_draw_kinds import drawn_to_date, equity_draw_after
from .debt_drawn_so_far import borrowed_so_far, drawn_in_part_next
from .debt_earlier_report import said_in_earlier_month
from .debt_facility_drawn import facility_drawn_next
from .debt_financing_deal import financing_deal_is_loan
from .debt_finished import final_payment, finish_period, follows_finish, paid_at_finish
from .debt_funded_for import since_gone, since_repaid_at, since_repaid_part, within_story
from .debt_held import held_balance, owed_after, owed_under_plan
from .debt_holder import held_by_another
from .debt_interest_after import interest_named_after
from .debt_interest_change import interest_changed_by, is_interest_change
from .debt_interest_incurred import interest_incurred
from .debt_issue import draw_made, issued
from .debt_issue_news import received_at_once, terms_of_loan_entered
from .debt_lent_out import lent_out_before
from .debt_lent_to import lent_to_entity, may_lend_to
from .debt_lines import increment_drawn
from .debt_modal_level import level_under_modal
from .debt_net import bound_to_net_debt
from .debt_news_balance import (
    dated_last_month_end,
    news_balance,
    step_before_next_sentence,
    step_to_later_level,
)
from .debt_news_held import failed_to_repay, news_held, owed_as_stated, still_held
from .debt_now_after import dated_only_by_deal, today_after
from .debt_offering_closed import final_size_of_closed_offering
from .debt_owed_creditors import owed_to_creditors
from .debt_parts_next import part_named_next
from .debt_periods import (
    dated_just_before,
    is_respective_pair,
    period_of,
    publication_month,
    respective_days,
)
from .debt_planned_list import planned_item
from .debt_present import told_as_news
from .debt_promissory import note_made
from .debt_purpose import cash_for_principal, purpose_of_plan
from .debt_receivable import is_lent_out
from .debt_repaid_balance import balance_repaid
from .debt_repay import (
    proceeds_used,
    reduction_named,
    repaid_before,
    repaid_otherwise,
    repayment_doubted,
    repayment_named,
)
from .debt_repay_news import aside_span, repaid_in_news
from .debt_retired_subject import main_verb_at, retired_balance_dated, retired_by_main_verb
from .debt_sale_money import sale_money_repaid, shared_with_other_use
from .debt_series_holders import named_by_holders
from .debt_settlement import (
    obligations_discharged,
    satisfied_in_exchange,
    settled_by_payment,
    settlement_on,
    settlement_paid,
    settlement_payment,
)
from .debt_sold_by_lender import sold_by_lender
from .debt_span_pairs import span_pair_before
from .debt_staged import recalled_by_age, recalled_by_year, staged_size
from .debt_terms_told import terms_told
from .debt_tranches_drawn import tranche_drawn_next
from .debt_words import AMOUNT_CONNECTOR, DEBT_NEAR, Window, is_title, line_at
from .debt_year_earlier import opens_with_prior_period
from .entities import is_peer_figure
from .evidence import money_observations
from .folded import Folded, lowered
from .gates import Words, any_of, opens, sentence_gate
from .group_subject import is_group_paragraph
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, INTEREST_EXPENSE, Extracted
from .named_subject import is_named_other
from .numbers import APPROX, Money, may_hold_money
from .periods import shift_month
from .sentences import Segment
from .summary_headlines import in_summary_headline

# A summary's label opening the sentence: "Interest Expense $4.5 million, decreased by …".
_INTEREST_FIRST = Folded(rf"\s*(?:[-•*]\s*)?(?:total\s+)?interest\s+expenses?\s+{APPROX}$")
# How far after a new loan its "has since been repaid" is read (`debt_funded_for.since_gone`).
_SINCE_REACH = 120
_LABEL_REACH = 40


_INTEREST = Folded(
    rf"\binterest\s+(?:expenses?|costs)\b[^.;$]{{0,60}}?\b{AMOUNT_CONNECTOR}\s+{APPROX}$"
)


# The amount is the interest expense's own: "interest expense of $5.5 million reflects the
# notes issued in August" (read before the debt frames, which would take the notes' verb).
_INTEREST_OWN = Folded(
    r"\binterest\s+(?:expenses?|costs)(?:,?\s+net)?\s+(?:of|was|were|totaled|totalled|"
    rf"amounted\s+to|came\s+to|stood\s+at|reached)\s+{APPROX}$"
)


# A results release's change frame, the new level last: "Net interest expense rose 12% to
# $9.8 million", "Interest expense increased by $2.1 million to $7.4 million".
_INTEREST_CHANGED_TO = Folded(
    r"\binterest\s+(?:expenses?|costs)\b[^.;$]{0,40}?\b(?:rose|increased|decreased|fell|grew|"
    r"declined|dropped|climbed|jumped|was\s+(?:up|down)|went\s+(?:up|down))\s+"
    rf"(?:by\s+)?(?:[^;\s]+\s+){{1,3}}?to\s+{APPROX}$"
)


# Words one of the debt patterns needs near an amount (a cheap gate before them).
_NEAR_WORDS = any_of("debt", "loan", "note", "borrow", "repa", "paid", "payment", "redeem",
                     "retire", "repurchase", "outstanding", "interest", "conver", "bond", "cancel",
                     "settl", "extinguish", "bought", "eliminat",
                     "facility", "tranche", "payable", "offering", "credit", "principal",
                     "indebtedness", "remaining", "secured", "closed", "closes", "closing",
                     "issued", "drew", "drawn", "draw", "financ", "option", "owe", "owing", "tapp",
                     "clear", "carr", "forg", "fell", "lent", "debenture", "to fund",
                     "funding", "install", "advance")  # fmt: skip


# Substring gate: sentences without any of these words cannot hold a debt figure.
_WORDS = sentence_gate("debt", "indebtedness", "borrow", "loan", "interest", "repa", "paid",
                "redeem", "retire", "repurchase", "note", "convert", "bond", "tranche",
                "outstanding", "payable", "financing", "credit fac", "of credit",
                "credit line", "drew", "drawn", "drawing", "drawdown", "draw ",
                "-backed", "option", "owes", "owed", "owing", "pay down", "pay off", "pay back",
                "facilit", "principal", "tapped", "cleared", "debenture",
                "finance for", "new funding", "to fund", "funding of", "funding from",
                " lent ", "upsized from", "the added $", "the additional $",
                "million advance", "received an initial $")  # fmt: skip


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


# "Liquidity: $120 million in cash and $650 million in debt": a colon line whose value is a
# clause naming debt is read as prose, whatever its label.
_DEBT_IN_VALUE = Folded(r"\b(?:debt|borrowings|indebtedness|loans?|notes)\b")


def extract_row(segment: Segment, ctx: DocContext) -> list[Extracted]:
    """Debt observations of a "Label: value" line whose label names debt or interest."""
    if len(segment.cells) != 2 or ":" not in segment.text:
        return []
    value = segment.text[segment.text.find(":") + 1 :]
    if not _DEBT_ROW_LABEL.match(segment.cells[0]) and not _DEBT_IN_VALUE.search(value):
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


@dataclass(slots=True)
class _Scan:
    """One sentence's reading, and what it carries from one amount to the next."""

    segment: Segment
    ctx: DocContext
    lower: str
    finishing: bool  # the sentence follows one telling a repayment finished
    anaphor: bool  # the sentence opens with an anaphor for a debt named before
    monies: list[Money]
    lends: bool  # (a cheap look before `lent_to_entity`)
    found: list[Extracted]
    total: tuple[int, str | None] | None = None  # end and period of the sentence's last balance
    compared: set[int] = field(default_factory=set)  # the second figures of "…, respectively"
    pending: Money | None = None  # an amount of notes coordinated with the next one
    flow: tuple[Money, str] | None = None  # the last repayment or issuance and its metric
    since_part: tuple[int, int, str | None] | None = None  # a part since repaid: where, when


def _extract(segment: Segment, ctx: DocContext) -> list[Extracted]:
    lower = lowered(segment.text)
    anaphor = opens_with_anaphor(segment, ctx, lower)
    finishing = False  # "The final payment of $2.1 million …" after a repayment finished
    if not anaphor and not opens(_WORDS, lower):
        finishing = follows_finish(segment, ctx, lower)
        if not finishing:
            return []
    found: list[Extracted] = list(no_debt(segment, ctx, lower))
    if not may_hold_money(lower):
        return _without_money(segment, ctx, lower, found)
    monies = ctx.monies(segment)
    lends = may_lend_to(lower, ctx.entity)
    scan = _Scan(segment, ctx, lower, finishing, anaphor, monies, lends, found)
    for index, money in enumerate(monies):
        if index not in scan.compared:
            _read_amount(scan, index, money)
    if "proceeds" in lower and all(item.metric != DEBT_REPAID for item in found):
        # "The proceeds were used to repay a loan, while it holds 3,645 BTC worth $250
        # million": the repaid amount is the earlier sentence's, whatever else this one says.
        found.extend(proceeds_used(segment, ctx, lower))
    return found


def _without_money(
    segment: Segment, ctx: DocContext, lower: str, found: list[Extracted]
) -> list[Extracted]:
    """A sentence with no amount: a repayment or retirement of an amount told before it."""
    found.extend(proceeds_used(segment, ctx, lower))
    if not found:
        found.extend(repaid_in_full(segment, ctx, lower))
    if not found:
        found.extend(balance_then_retired(segment, ctx, lower))  # "The amount was paid …"
    return found


def _read_amount(scan: _Scan, index: int, money: Money) -> None:
    """Reads one amount: its metric, the guards that drop it, its period, its observations."""
    read = _metric_of(scan, index, money)
    if read is None:
        return  # read already (a note made, a balance's component) or held for the next
    metric, tranche = read
    if metric is None or _dropped(scan, money, metric, tranche):
        return
    end, days = _respective(scan, index, money, metric)
    period = _period_for(scan, money, metric, end, days)
    if metric == DEBT_TOTAL and scan.pending is not None:
        scan.found.extend(money_observations(scan.segment, metric, scan.pending, [], period))
    scan.pending = None
    if metric == DEBT_ISSUED and not _since_repaid(scan, index, money, period):
        return
    scan.found.extend(_observations(scan.segment, metric, money, scan.monies[index + 1 :], period))
    if metric == DEBT_REPAID:
        scan.found.extend(_retired_balance(scan, money, end, days))
    if metric == DEBT_TOTAL:
        scan.total = (money.end, period)
    scan.flow = (money, metric) if metric in (DEBT_REPAID, DEBT_ISSUED) else None


def _retired_balance(
    scan: _Scan, money: Money, end: int, days: tuple[str, str] | None
) -> list[Extracted]:
    """The balance a retired principal's subject dates ("The Note with remaining principal of
    $4.1 million as of September 30, 2023, …, was extinguished"): a balance at that day beside
    the repayment (README decided case 1's exception: a balance the text states)."""
    window = Window.at(scan.segment.text, scan.lower, money)
    if not retired_balance_dated(window):
        return []
    day = _period_for(scan, money, DEBT_TOTAL, end, days)
    if day is None or len(day) != len("2023-09-30"):
        return []  # (a balance told of a day only)
    return _observations(scan.segment, DEBT_TOTAL, money, [], day)


def _read_as_made_note(scan: _Scan, money: Money) -> bool:
    """A note's principal the company promises to pay ("… (the “Borrower”), promises to pay …
    ($5,000,000.00)"): read here as new debt."""
    if not note_made(scan.segment.text, money, scan.ctx):
        return False
    month = publication_month(scan.ctx)
    scan.found.extend(money_observations(scan.segment, DEBT_ISSUED, money, [], month))
    return True


def _read_as_component(scan: _Scan, money: Money) -> bool:
    """A part of the balance stated before it, or the same balance told on: read here as a
    balance at the total's date."""
    total, text = scan.total, scan.segment.text
    if total is None or not (
        is_component(text, total[0], money) or continues_balance(text, total[0], money)
    ):
        return False
    scan.found.extend(money_observations(scan.segment, DEBT_TOTAL, money, [], total[1]))
    return True


def _metric_of(scan: _Scan, index: int, money: Money) -> tuple[str | None, bool] | None:
    """The amount's metric and whether it is told drawn (a listed tranche); None when the
    amount is read here already or held to be read with the next one."""
    segment, ctx, text = scan.segment, scan.ctx, scan.segment.text
    metric = _first_metric(scan, money)
    if metric is None and _read_as_made_note(scan, money):
        return None
    if metric is None and _drawn_on_loan(scan, money):
        metric = DEBT_ISSUED
    tranche = metric in (None, DEBT_TOTAL) and tranche_drawn_next(
        text, money.start, money.end, ctx.text, segment.end
    )
    if tranche:
        metric = DEBT_ISSUED  # "Tranche A-1 ($5.5 million), … Soluna drew on the first two
        # tranches at closing."
    if metric is None and _read_as_component(scan, money):
        return None
    if metric is None and scan.flow is not None and are_coordinated(text, scan.flow[0], money):
        metric = scan.flow[1]  # "repaid $20 million of term loans and $10 million of …"
    following = scan.monies[index + 1] if index + 1 < len(scan.monies) else None
    if metric is None and following and are_coordinated(text, money, following):
        scan.pending = money  # "$650 million of 2029 notes and $400 million … outstanding"
        return None
    if metric in (None, DEBT_ISSUED) and borrowed_so_far(
        text, segment.start, money, ctx.text, ctx.published
    ):
        return DEBT_ISSUED, True  # "… a $15 million loan deal … The company has so far
        # borrowed nearly $4.7 million": told drawn, so no cumulative (`_acceptable`)
    if metric is None:
        metric = _late_metric(scan, money)
    return metric, tranche


def _first_metric(scan: _Scan, money: Money) -> str | None:
    """The metric the words bound to the amount give, or a loan made to the company."""
    text = scan.segment.text
    metric = _classify(text, money, scan.lower, scan.finishing)
    if (
        metric in (None, DEBT_TOTAL)
        and scan.lends
        and lent_to_entity(text, money.start, money.end, scan.ctx.entity)
    ):
        # "CleanSpark provided GRIID with a … loan of $5 million"; "Galaxy extended a $35
        # million loan to Argo" (a loan's amount, not a balance: made to the company now)
        metric = DEBT_ISSUED
    return metric


def _drawn_on_loan(scan: _Scan, money: Money) -> bool:
    """Is the amount, which no debt words bind, a draw on a loan the text names around it?"""
    segment, ctx, text = scan.segment, scan.ctx, scan.segment.text
    return (
        _draws_on_named_loan(segment, ctx, money)
        # "raises the maximum loan size by $70 million" (drawn in full)
        or increment_drawn(
            text[max(0, money.start - 120) : money.start], ctx.text, segment.start, segment.end
        )
        # "entered into a $32M financing deal with BlockFi. Under the terms of the agreement,
        # Bitfarms entered into a … 14.5% interest rate, equipment loan"
        or financing_deal_is_loan(text, money.start, money.end, ctx.text, segment.end)
        # "a $23.0 million Delayed Draw Facility. Such loans under the Delayed Draw Facility
        # were drawn on the closing date …"
        or facility_drawn_next(text, money.end, ctx.text, segment.end)
    )


def _late_metric(scan: _Scan, money: Money) -> str | None:
    """The metric of an amount no nearer reading placed, from the sentences around it."""
    segment, ctx, text = scan.segment, scan.ctx, scan.segment.text
    if scan.anaphor and anaphoric_balance(text, money):
        return DEBT_TOTAL
    if added_to_draw(text, money, ctx.text, segment.start):
        return DEBT_ISSUED  # "… has now drawn $100 million … The added $50 million …"
    if final_size_of_closed_offering(text, money, ctx.text):
        return DEBT_ISSUED  # "… increased to $400 million of notes" of an offering closed
    if part_named_next(text, money, ctx.text, segment.start):
        return DEBT_TOTAL  # "… overall debt of $290 million. This comprises a $150M note"
    return None


def _dropped(scan: _Scan, money: Money, metric: str, tranche: bool) -> bool:
    """Does a guard drop the amount (not the company's own figure, background, a plan …)?"""
    segment, ctx, text = scan.segment, scan.ctx, scan.segment.text
    if not _acceptable(text, money, metric, ctx, drawn=tranche):
        return True
    if metric in (DEBT_ISSUED, DEBT_REPAID) and is_background(text, money.start, segment.start):
        return True  # "the company recently raised $1 billion through … notes": background
    if metric == DEBT_REPAID and shared_with_other_use(text, scan.lower, money.end):
        return True  # "$305M to retire BTC-backed debt and accelerate AI": part of it (case 13)
    if metric in (DEBT_ISSUED, DEBT_REPAID) and planned_item(segment, ctx):
        return True  # "will fund growth, including: - Repaying a $200 million … facility"
    if is_lent_out(text, money.start, ctx.text, segment.start, ctx.entity):
        return True  # "entered into promissory notes with MEOA for a loan" (Notes Receivable)
    if is_group_paragraph(ctx.text, segment.start, text[: money.start]):
        return True  # "… for the eight public miners … Outstanding loans remained at $1.2 billion"
    if metric == DEBT_TOTAL and step_before_next_sentence(text, money.start, ctx.text, segment.end):
        return True  # "… lowered the loan … to $66 million … Then …, bringing it down to …"
    if metric == DEBT_ISSUED and drawn_in_part_next(text, money, ctx.text, segment.end):
        return True  # "a $15 million loan deal … The company has so far borrowed $4.7 million"
    return metric == DEBT_ISSUED and _draws_on_equity(segment, ctx, scan.lower)


def _respective(
    scan: _Scan, index: int, money: Money, metric: str
) -> tuple[int, tuple[str, str] | None]:
    """Where the amount's phrase ends and, for a respective pair dated day by day, the two
    days; reads a pair's second amount when it is another instrument's or day's."""
    segment, ctx, text, monies = scan.segment, scan.ctx, scan.segment.text, scan.monies
    respective = index + 1 < len(monies) and is_respective_pair(text, money, monies[index + 1])
    if not respective:
        return money.end, None
    days = respective_days(ctx, segment, monies[index + 1].end, metric)
    two_periods = _TWO_PERIODS.found(text, money.end, money.end + 200) or span_pair_before(
        text, money.start
    )
    scan.compared.add(index + 1)
    if days or not two_periods:
        # "the balances of the term loan and the equipment loan were $20 million and $10
        # million, respectively": two instruments, each with its balance; "loans of $250,000
        # and $2,000,000, respectively, on Sept. 2 and Sept. 15": each with its day.
        period = days[1] if days else period_of(metric, segment, money, money.end, ctx)
        later = monies[index + 2 :]
        scan.found.extend(_observations(segment, metric, monies[index + 1], later, period))
        return money.end, days
    # "$3.0 million and $5.4 million during the three months ended September 30, 2023
    # and 2022, respectively": the first is this period's, the second the comparative.
    return monies[index + 1].end, None


def _period_for(
    scan: _Scan, money: Money, metric: str, end: int, days: tuple[str, str] | None
) -> str | None:
    """The period of the amount (its phrase reaching to `end`)."""
    segment, ctx, text = scan.segment, scan.ctx, scan.segment.text
    at_finish = finish_period(ctx, segment, money) if metric == DEBT_REPAID else None
    if at_finish is not None:
        period: str | None = at_finish  # the final payment of a loan "borrowed in 2022"
    elif metric in (DEBT_REPAID, DEBT_TOTAL) and _dated_in_aside(segment, ctx):
        # (not resolved: the aside's month would become the prose's topic)
        period = ctx.report.label() if ctx.report else publication_month(ctx)
    else:
        period = period_of(metric, segment, money, end, ctx)
    if days is not None:
        period = days[0]
    if (
        metric == DEBT_TOTAL
        and ctx.published
        and dated_last_month_end(text, money.start, money.end)
    ):
        # "as of the end of the previous month": the last day of the month before publication
        period = shift_month(ctx.published, -1).last_day().isoformat()
    if metric == DEBT_TOTAL and _stated_now(segment, money, ctx):
        period = publication_month(ctx)  # "now down to $38 million": at publication
    if metric == DEBT_REPAID:
        period = _retired_after_subject(segment, ctx, money, period)
    period = told_as_news(ctx, segment, money, period) or period  # "has repaid …"
    since_part = scan.since_part
    if metric == DEBT_REPAID and since_part and since_part[0] <= money.start < since_part[1]:
        period = since_part[2]  # the part since repaid: no date of its own either
    elif metric == DEBT_REPAID:
        period = _since_repaid_period(scan, money, period)
    return period


def _since_repaid_period(scan: _Scan, money: Money, period: str | None) -> str | None:
    """A repayment "has since been repaid by $X" after every date its sentence names: those
    date what came before it, so the story's period (else as read)."""
    since = since_repaid_at(scan.segment.text, money.start)
    mentions = scan.ctx.mentions(scan.segment)
    if since is None or not mentions or any(m.start >= since for m in mentions):
        return period
    story = scan.ctx.fallback()
    return story.label() if story is not None else period


def _since_repaid(scan: _Scan, index: int, money: Money, period: str | None) -> bool:
    """Reads a new loan "has since been repaid": the repayment (or where its own part is
    told); False when the loan is an earlier draw recalled, not read as this period's."""
    since = scan.segment.text[money.end : money.end + _SINCE_REACH]
    if not since_gone(since):
        return True
    story = scan.ctx.fallback()  # "funded for $54 million in 2021 and have since been repaid"
    if not within_story(period, story):
        return False  # an earlier draw recalled (decided case 1)
    repaid = story.label() if story else period  # (repaid since: no date of its own)
    part = since_repaid_part(since)  # ("has since repaid $40 million of it": that amount)
    if part is None:
        later = scan.monies[index + 1 :]
        scan.found.extend(_observations(scan.segment, DEBT_REPAID, money, later, repaid))
    else:
        scan.since_part = (money.end + part[0], money.end + part[1], repaid)
    return True


def _retired_after_subject(
    segment: Segment, ctx: DocContext, money: Money, period: str | None
) -> str | None:
    """A retirement told by the main verb, every date of the sentence in its subject ("The Note
    with remaining principal of $4.1 million as of September 30, 2023, …, was extinguished"):
    dated by the event the lead before it gives (`debt_retired_subject`), else as read."""
    verb = main_verb_at(Window.at(segment.text, lowered(segment.text), money))
    if verb is None or any(mention.start >= verb for mention in ctx.mentions(segment)):
        return period
    day = dated_just_before(ctx, segment)
    return shift_month(day.last_day(), 0).label() if day is not None else period


def _observations(
    segment: Segment, metric: str, money: Money, later: list[Money], period: str | None
) -> list[Extracted]:
    """The figure and its convenience translation, the translation held to the figure's own
    floor: "AUD$1.45 million (USD$0.99 milli" cut at the page's end is no debt of 99 cents."""
    first, *translated = money_observations(segment, metric, money, later, period)
    return [first, *(item for item in translated if item.value and item.value >= _SMALLEST)]


# "… its preferred equity financing facility of up to $5.0 billion. The first draw of $112.5
# million was funded today": a draw on an equity line the previous sentence named.
_EQUITY_LINE = Folded(
    r"\bequity\s+(?:financing\s+|purchase\s+)?(?:facility|line|program(?:me)?|agreement)\b"
)


def _draws_on_equity(segment: Segment, ctx: DocContext, lower: str) -> bool:
    """A draw in a sentence that names no debt, on an equity line named just before it."""
    if "draw" not in lower or ctx.text is None or DEBT_NEAR.search(segment.text):
        return False
    before = ctx.text[max(0, segment.start - PREVIOUS_CHARS) : segment.start]
    return _EQUITY_LINE.search(before) is not None


# "… converted its facility into a project loan of up to $300 million. The company immediately
# drew an additional $50 million to speed orders": a draw told right after the loan it is on.
_DRAW_JUST_BEFORE = Folded(
    r"\b(?:drew|has\s+drawn|have\s+drawn|drawn)\s+(?:down\s+)?"
    r"(?:(?:an?|another|additional|further|first|initial|new)\s+){0,2}"
    rf"{APPROX}$"
)


_OWN_MONEY_AFTER = Folded(
    r"\s*(?:(?:in|of)\s+cash\b|[^.;]{0,30}?\bfrom\s+(?:its|the|their|our)\s+(?:own\s+)?"
    r"(?:cash|reserves?|treasury|balance\s+sheet|savings)\b)"
)


def _draws_on_named_loan(segment: Segment, ctx: DocContext, money: Money) -> bool:
    """A draw in a sentence naming no debt, on a loan or facility the text named just before
    (not an equity line: `_draws_on_equity`)."""
    text = segment.text
    draw = _DRAW_JUST_BEFORE.search(text, max(0, money.start - 50), money.start)
    if ctx.text is None or draw is None:
        return False
    if DEBT_NEAR.search(text) or _OWN_MONEY_AFTER.match(text, money.end):
        return False  # the sentence's own words decide (`_classify`); own cash is no loan
    before = ctx.text[max(0, segment.start - PREVIOUS_CHARS) : segment.start]
    return DEBT_NEAR.search(before) is not None and _EQUITY_LINE.search(before) is None


# "…, now down to $38 million", "currently stands at $20 million": the balance at the time of
# writing, whatever month the paragraph spoke of before.
_NOW_BEFORE = Folded(
    r"\b(?:now|currently|today)\s+(?:(?:down|up|stands?|sits?|totals?|is|are|reduced|"
    rf"lowered|cut)\s+){{0,2}}(?:to\s+|at\s+)?{APPROX}$"
    # "currently has a 610 million euro … loan from Tether": the debtor holding it now
    rf"|\b(?:now|currently|still)\s+(?:has|have|holds?|carries|carry|owes)\s+(?:an?\s+)?{APPROX}$"
)


# "debt remains around $290 million": a balance in the present tense, as it stands now.
_REMAINS_BEFORE = Folded(
    rf"\b(?:debt|borrowings|indebtedness|loans?)\s+remains\s+(?:at\s+)?{APPROX}$"
)
_OWN_DATE_AFTER = 40  # how far after a balance its own date is told ("… $290 million as of …")


# "As of the time of writing, Bitfarms' debt was $38 million after using the bitcoin it sold
# in June …": the writer dates the balance at the telling, whatever month the sentence names.
_AT_WRITING = Folded(
    r"\b(?:as\s+of|at)\s+(?:the\s+time\s+of\s+)?(?:this\s+)?writing\b|\bat\s+press\s+time\b"
)


def _stated_now(segment: Segment, money: Money, ctx: DocContext) -> bool:
    """A balance stated as of now, in a sentence that names no period of its own (or dated
    "at the time of writing" by the sentence itself)."""
    if still_held(Window.at(segment.text, lowered(segment.text), money)):
        return True  # "the company still manages $72 million in unsecured debt"
    if today_after(segment.text, money) or dated_only_by_deal(segment, money, ctx):
        return True  # "to $25 million today"; "remaining debt includes …, agreed upon in June"
    told_at_writing = "writing" in segment.text or "press time" in segment.text
    if told_at_writing and _AT_WRITING.search(segment.text, 0, money.start):
        return True
    if owed_after(segment.text, money):
        # "to settle the total $67.4 million debt owing to the lender": owed as it is told
        return not ctx.mentions(segment)
    before = segment.text[max(0, money.start - 40) : money.start]
    if "remain" in before and _REMAINS_BEFORE.search(before):
        # "Hut 8's debt remains around $290 million, incorporating a notable $150 million
        # raised in June 2024": a month named only past a later amount is that amount's
        return all(mention.start > money.end + _OWN_DATE_AFTER for mention in ctx.mentions(segment))
    if not any(word in before for word in ("now", "current", "today", "still")):
        return False  # cheap gate
    return _NOW_BEFORE.search(before) is not None and not ctx.mentions(segment)


def _dated_in_aside(segment: Segment, ctx: DocContext) -> bool:
    """Every period the sentence names lies in the aside of a reduction ("…, perhaps the one
    agreed to with NYDIG in June, by $15 million"): it dates the debt's deal, not the cut."""
    span = aside_span(segment.text)
    mentions = ctx.mentions(segment)
    if span is None or not mentions:
        return False
    return all(span[0] <= mention.start < span[1] for mention in mentions)


def _classify(text: str, money: Money, lower: str, after_finish: bool = False) -> str | None:
    """Which debt figure the amount is, read from the words bound to it (the order settles
    overlaps: a repayment verb before a balance word, a balance before an issuance);
    `after_finish`: the sentence follows one telling a repayment finished."""
    if not _NEAR_WORDS.search(lower, max(0, money.start - 120), money.end + 120):
        return None  # no debt word near the amount: skip the detailed patterns
    window = Window.at(text, lower, money)
    if after_finish:  # a sentence naming no debt, read only for the payment that finished one
        if repayment_named(window, 60) is False:
            return None  # "… including fees and accrued interest": not principal
        return DEBT_REPAID if final_payment(window, after_finish) else None
    # (stages in order, each settling overlaps with the ones after it; the first verdict holds)
    verdict = _not_debt_or_interest(window)
    if verdict is _Next.STAGE:
        verdict = _settled_or_named(window)
    if verdict is _Next.STAGE:
        verdict = _repaid_or_held(window)
    if verdict is _Next.STAGE:
        return _issued_or_interest(text, money, window)
    return verdict


class _Next(Enum):
    """A stage of `_classify` found no verdict (None is one: the amount is no debt figure)."""

    STAGE = auto()


def _not_debt_or_interest(window: Window) -> str | _Next | None:
    """A figure of net debt or of interest, or a debt in default."""
    if bound_to_net_debt(window):
        return None  # "reduced its net debt by $79 million": debt less cash, not debt repaid
    if "interest" in window.before_lower and (
        is_interest_change(window) or interest_changed_by(window)
    ):
        return None  # "the decrease in interest expense of $5.3 million": a change, no level;
        # "Interest expense … was reduced by $4 million": the expense's, no repayment
    if "interest" in window.before_lower and (
        _INTEREST_OWN.search(window.before) or _INTEREST_CHANGED_TO.search(window.before)
    ):
        return INTEREST_EXPENSE
    if failed_to_repay(window):
        return DEBT_TOTAL  # "fails to repay a $103M loan": in default, so outstanding
    return _Next.STAGE


def _settled_or_named(window: Window) -> str | _Next | None:
    """A settlement's payment or the debt it satisfied, a debt owed, a repayment named."""
    paid = settlement_payment(window)
    if paid is False:
        return DEBT_REPAID  # "a one-time cash settlement of $7.75 million to satisfy the loan"
    if paid:
        return None  # "… of $7.75 million to satisfy a $21 million debt": the price (case 32)
    if settled_by_payment(window) or obligations_discharged(window):
        return DEBT_REPAID  # "… to satisfy a $21 million debt": the principal retired (case 32)
    if settlement_on(window):
        return None  # "reaches settlement on $74 million NYDIG loan": a deal, nothing retired
    if satisfied_in_exchange(window):
        return DEBT_REPAID  # "shares … in exchange for the satisfaction of $37.9 million … loans"
    if owed_under_plan(window):
        return DEBT_TOTAL  # "in order to settle the total $67.4 million debt owing to the lender"
    named = repayment_named(window, 60)
    if named is not None:
        return DEBT_REPAID if named else None
    if final_payment(window):
        return (
            DEBT_REPAID  # "with a last installment of $2.1 million", "a final $2.1 million payment"
        )
    return _Next.STAGE


def _repaid_or_held(window: Window) -> str | _Next | None:
    """A repayment or reduction told by its verbs, or a balance held or drawn."""
    if repaid_before(window) or repaid_in_news(window) or balance_repaid(window):
        return DEBT_REPAID
    if retired_by_main_verb(window):
        return DEBT_REPAID  # "The Note with principal of $4.1 million, …, was extinguished"
    if sale_money_repaid(window):
        return DEBT_REPAID  # "Part of the proceeds, $28 million, was used to reduce the … line"
    if reduction_named(window):
        return DEBT_REPAID  # "resulting in total aggregate debt reduction of around $59 million"
    if acquired_company_debt(window):
        return None  # "agreed to acquire X, a miner with total debt amounting to $45 million"
    if names_balance(window):
        return DEBT_TOTAL
    if news_held(window):
        return DEBT_TOTAL  # "still manages $72 million in unsecured debt", "its debt of $74M"
    if drawn_to_date(window.before, window.after):
        return DEBT_TOTAL  # "has now drawn $100 million from its facility": the level drawn
    if equity_draw_after(window.after):
        return None  # "the initial $112.5 million draw from a … preferred equity facility"
    if received_at_once(window.before, window.after):
        return DEBT_ISSUED  # "immediately receives $20 million, and has until … to draw down"
    return _Next.STAGE


def _issued_or_interest(text: str, money: Money, window: Window) -> str | None:
    """The last stage: an issuance, an interest expense, a repayment or a plain balance."""
    if issued(window) or terms_of_loan_entered(text, money.start):
        return DEBT_ISSUED  # (the latter: "… pursuant to which X would borrow … a loan in the
        # original principal amount of $3,000,000.00", an agreement entered into)
    if _INTEREST.search(window.before) or interest_named_after(window):
        return INTEREST_EXPENSE  # "incurred $3.0 million of interest expense"
    if interest_incurred(window):
        return INTEREST_EXPENSE  # "incurred $4.8 million in interest during the quarter"
    if money.start <= _LABEL_REACH and _INTEREST_FIRST.match(text[: money.start]):
        return INTEREST_EXPENSE  # "Interest Expense $4.5 million, decreased by $9.3 million."
    if repaid_otherwise(window):
        return DEBT_REPAID
    named = repayment_named(window, 120)
    if named is not None:
        return DEBT_REPAID if named else None
    if plain_balance(window) or held_balance(window) or news_balance(window):
        return DEBT_TOTAL
    return None


# A participle clause ("…, bringing the balance down to $9 million") shares the mood of the
# clause it hangs from.
_PARTICIPLE_WORDS = Words("bringing", "reducing", "lowering", "leaving", "taking", "cutting",
                           "for a total")  # fmt: skip


# "will draw an additional $50 million …, for a total of $100 million drawn": the total that a
# planned draw will make hangs from the plan like a participle.
_PARTICIPLE = Folded(
    r"^\s*(?:and\s+)?(?:bringing|reducing|lowering|leaving|taking|cutting|for\s+a\s+total\s+of)\b"
)


def _is_forecast(text: str, position: int, metric: str) -> bool:
    """A flow under a modal ("expects to repay"), or a balance in a participle clause hanging
    from one ("will make a $1.9 million payment, bringing the balance down to $9 million").
    Other balances are not checked: "$X outstanding" is stated, whatever the sentence plans."""
    if metric == DEBT_ISSUED and (
        draw_made(text, position) or terms_of_loan_entered(text, position)
    ):
        return False
    if metric == INTEREST_EXPENSE and _EXPECTED.search(guards.clause_before(text, position)):
        return True  # "expects interest expense of $20 million next year"
    if metric == INTEREST_EXPENSE and _run_rate(text, position):
        return True  # "a 7.75% coupon, which equates to an annual interest expense of $250M"
    if metric in (DEBT_REPAID, DEBT_ISSUED, INTEREST_EXPENSE):
        return (
            guards.is_hypothetical(text, position)
            or purpose_of_plan(text, position)
            or (metric == DEBT_REPAID and _purpose_listed_in_plan(text, position))
        )
    if metric != DEBT_TOTAL or not _PARTICIPLE_WORDS.found(
        lowered(text[max(0, position - 120) : position])
    ):
        return False
    clause = guards.clause_before(text, position)
    start = position - len(clause)
    if not _PARTICIPLE.match(clause) or start <= 0:
        return False
    governing = guards.clause_before(text, start - 1)
    if _QUALIFIER.match(governing) and start - 1 - len(governing) > 0:
        # "will draw $50 million from the facility, subject to closing conditions, for a total
        # of …": the participle hangs from the clause before the qualifier.
        return guards.is_hypothetical(text, start - 2 - len(governing))
    return guards.is_hypothetical(text, start - 1)


# An interest cost per year worked out from a coupon or a balance ("equates to an annual
# interest expense of approximately $250 million", "annualized interest cost of $12 million")
# is a rate, not a period's expense: no year is named between the words and the amount.
_RUN_RATE = Folded(
    r"\b(?:annual|annuali[sz]ed|yearly)\s+interest\s+(?:expenses?|costs?|payments?|burden|bill)"
    r"\b(?:(?!\b(?:19|20)\d\d\b)[^.;$]){0,30}$"
)
# "For the full year 2024, annual interest expense was $12.3 million": a period named before
# the words makes the amount that period's expense, not a run-rate.
_PERIOD_BEFORE_RATE = Folded(
    r"\b(?:for\s+the\s+(?:full\s+|whole\s+|entire\s+)?(?:fiscal\s+)?year|fiscal\s+year|"
    r"(?:in|for|during)\s+(?:fiscal\s+)?(?:19|20)\d\d)\b[^.;$]{0,60}$"
)


# A repayment told as a bare verb heading an item of a list of purposes ("could provide up to
# USD 900 million to complete the build-out, repay approximately USD 180 million in bridge debt,
# recover …"): the "to" and the mood are the first item's, in the clause before.
_LISTED_REPAY = Folded(
    r"^\s*(?:and\s+)?(?:repay|pay\s+(?:down|off)|redeem|retire|prepay|settle)\s+"
    r"(?:(?:approximately|about|around|roughly|nearly|some|up\s+to|the|its|all|an?)\s+){0,3}$"
)
_PURPOSE_TO = Folded(r"\bto\s+[a-z]+\b")


def _purpose_listed_in_plan(text: str, position: int) -> bool:
    """A repayment listed among purposes after a first "to …" under a modal: the list shares
    the mood of the clause that opens it (README decided cases 6 and 13)."""
    clause = guards.clause_before(text, position)
    start = position - len(clause)
    if start <= 0 or not _LISTED_REPAY.match(clause):
        return False
    governing = guards.clause_before(text, start - 1)
    if not _PURPOSE_TO.search(governing):
        return False
    return guards.is_hypothetical(text, start - 1)


def _run_rate(text: str, position: int) -> bool:
    """An annual interest cost worked out as a rate (`_RUN_RATE`), with no period before it."""
    rate = _RUN_RATE.search(text, max(0, position - 80), position)
    return rate is not None and not _PERIOD_BEFORE_RATE.search(
        text, max(0, rate.start() - 80), rate.start()
    )


# "… ended September 30, 2023 and 2022, respectively": the pair is two periods' (not two
# instruments').
_TWO_PERIODS = Branches(
    r"\b(?:19|20)\d{2}\b[^.;]{0,60}?\b(?:19|20)\d{2}\b|\b(?:periods|quarters|years|months)\b"
)


# A flow verb in the present tense: a headline's report of a deal done ("Miner Repays $5
# Million to Galaxy"), but in running text what a deal does or will do ("the plan converts
# $7.5 million of loans into equity").
_PRESENT_FLOW = Folded(
    r"\b(?:repays|redeems|repurchases|prepays|pays\s+(?:down|off|back)|settles|converts|"
    r"extinguishes|cancels|gets|receives|draws|borrows|lands|obtains|issues|takes\s+out)\s+"
    r"(?:\S+\s+){0,3}?$"
)


_TO_CLOSE_REACH = 120  # (a headline's own words after its amount)

# A title: a short line with no full stop, or most words capitalised ("Hut 8 Gets $50 Million
# Loan From Coinbase").
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_TITLE_SHARE = 0.6


def _described_deal(text: str, money: Money) -> bool:
    """A present-tense flow verb outside a title line (see `_PRESENT_FLOW`)."""
    if not _PRESENT_FLOW.search(text, max(0, money.start - 40), money.start):
        return False
    line = line_at(text, money.start)
    if is_title(line) or in_summary_headline(text, money.start):
        # a headline, in sentence case or title case (or a summary record's): done, unless it
        # says the closing is still to come ("issues $50M notes; closing expected Dec 3")
        return CLOSING_AHEAD.search(text, money.end, money.end + _TO_CLOSE_REACH) is not None
    words = _WORD.findall(line)
    capitalised = sum(word[0].isupper() for word in words)
    return not words or capitalised < _TITLE_SHARE * len(words)


# A forecast named by its verb or noun ("expects", "guidance", "estimated").
_EXPECTED = Folded(
    r"\b(?:expects?|expected|anticipates?|anticipated|projects?|projected|forecasts?|guid\w+|"
    r"estimates?|estimated|outlook|budget\w*)\b"
)


# A clause that qualifies the one before it and has no verb of its own.
_QUALIFIER = Folded(r"^\s*(?:subject\s+to|pending|upon|once|after|before|net\s+of|including)\b")


# "the final tranche of Bitcoin miners", "26,200 Bitcoin miners": machines, not companies.
_MACHINES = Folded(r"\b(?:of|\d[\d,.]*)\s+(?:\w+\s+)?bitcoin\s+miners\b")


@functools.lru_cache(maxsize=8)  # (a sentence's question, asked by each of its amounts)
def _without_machines(text: str) -> str:
    """`text` with mining machines blanked out (same length), for the industry-aggregate guard."""
    if "miners" not in text:
        return text
    for match in _MACHINES.finditer(text):
        text = text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]
    return text


_PEERS = Folded(
    r"\b(?:peers?|rivals?|other|competing)\s+(?:bitcoin\s+)?(?:miners|companies|firms)\b"
    # "publicly-listed Bitcoin (BTC) miners took on more than $4 billion worth of debt"
    r"|\b(?:publicly[- ](?:listed|traded)|public|listed)\s+(?:bitcoin\s+)?(?:\(btc\)\s+)?"
    r"(?:miners|mining\s+(?:companies|firms))\b"
)


# "Riot, one of the largest publicly traded bitcoin miners, …": the company described; "Riot,
# like other public miners, had …": the group only its comparison.
_ONE_OF = Folded(
    r"\b(?:one\s+of|among|like|unlike|alongside|along\s+with|as\s+with|than)\b[^.;$]{0,30}$"
)


def _peers_before(text: str, money: Money) -> bool:
    """Other companies or a group of them as the subject shortly before the amount."""
    head = text[max(0, money.start - 80) : money.start]
    return any(not _ONE_OF.search(head[: match.start()]) for match in _PEERS.finditer(head))


_LENDER_SIDE = Folded(r"\b(?:facilitat\w*|originat\w*|extended\s+to|lent\s+to)\b")


# "reduced its debt by $267 through …" lost its "million": no miner reports debt in dollars.
_SMALLEST = 1000


# "wiping out $50 billion in debt" is a typo for millions: no miner owes or moves that much.
_LARGEST = 20_000_000_000


# How far the guards read around an amount: a clause's words sit close to it, a sentence's at
# most this far before it (a list of many amounts with no full stop is read piece by piece).
_REACH = 120
_SENTENCE_REACH = 1000


# A figure from an earlier report the sentence recalls (README decided case 1).
_EARLIER_REPORT = Folded(
    r"\b(?:last|previous|earlier\s+this|earlier\s+in\s+the)\s+(?:week|month)\b[^.;]{0,60}?"
    r"\b(?:said|reported|announced|disclosed|stated)\b"
    # ("its previously announced offering" is the deal now closed, not an earlier report)
    r"|\b(?:had\s+(?:previously\s+)?|previously\s+)(?:said|reported|disclosed|stated)\b[^.;]{0,80}$"
)


# A flow summed over a span that is no named period: "over the past two years", "in all,
# since mid-August", "in recent months".
_OVER_SPAN = Folded(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years|months|weeks|"
    r"quarters|days)|in\s+all\b|altogether|in\s+recent\s+(?:months|weeks|years)|since\s+(?:mid|early|"
    r"late)[- ]\w+)\b"
)


# "During the quarter and through May 14, 2020, the Company … converted $500,000": a period
# and the weeks after it, no one period, whichever clause of the sentence names it.
_PERIOD_AND_AFTER = Folded(
    r"\b(?:during|in|for)\s+the\s+(?:quarter|month|year|period|half)\s+and\s+(?:through|up\s+to|"
    r"until|subsequently)\b"
)


_SPAN_REACH = 160


def _over_span(text: str, money: Money) -> bool:
    """A span phrase in the amount's clause: past a number's comma ("26,200 miners"), not past
    a clause's ", " or ";" ("stock surged over the past six months, announced … $3.2 billion")."""
    head = text[max(0, money.start - _SPAN_REACH) : money.start]
    cut = max(head.rfind(";"), head.rfind(", "))
    return _OVER_SPAN.search(head[cut + 1 :]) is not None


# "(exclusive of $1.5 million of deferred financing costs)": costs of the debt, not debt.
_COSTS_AFTER = Folded(
    r"\s+(?:of|in)\s+(?:unamortized\s+|deferred\s+|capitali[sz]ed\s+)?(?:debt\s+)?(?:financing|"
    r"issuance|issue|transaction|origination|arrangement)\s+(?:costs|fees|expenses)\b"
)


# "repaid the $6.7 million that was previously outstanding under the … loan": what was owed
# until the repayment now, not a comparison with an earlier period.
_PREVIOUSLY_OWED = Folded(
    r"[^.;$]{0,30}?\bpreviously\s+(?:outstanding|owed|owing|drawn|borrowed|due)\b"
)


# "no significant debt other than $11 million": an exception, not a comparison.
_OTHER_THAN = Folded(rf"\b(?:other|rather)\s+than\s+{APPROX}$")


def _acceptable(
    text: str, money: Money, metric: str, ctx: DocContext, *, drawn: bool = False
) -> bool:
    """`drawn`: the amount is told drawn (a listed tranche), whatever the loan's stages. The
    guards run in order, each a reason the amount is no figure of this metric."""
    if _refused_by_size(text, money):
        return False
    owed = metric == DEBT_TOTAL and owed_as_stated(Window.at(text, lowered(text), money))
    if _refused_by_kind(text, money, metric, owed) or _refused_by_time(text, money, metric):
        return False
    if _refused_as_told(text, money, metric, ctx, drawn=drawn):
        return False
    if metric == DEBT_REPAID and cash_for_principal(text, money):
        # "repaid C$2,000,000 to retire C$3,333,333 of the principal" (not a debt named whole
        # by its size: "a cash payment of $4 million to settle the $9 million loan")
        return settlement_paid(Window.at(text, lowered(text), money))
    return not _refused_as_not_done(text, money, metric, ctx, owed=owed)


def _refused_by_size(text: str, money: Money) -> bool:
    """An amount per unit, out of range, a cost of the debt or an earlier report's."""
    if guards.is_per_unit(text, money.end) or not _SMALLEST <= money.amount <= _LARGEST:
        return True
    if _COSTS_AFTER.match(text, money.end, money.end + _REACH):
        return True  # "$1.5 million of deferred financing costs": the debt's costs
    # "Last week, Bitfarms said it had … reduced the loan to $66 million"
    return bool(_EARLIER_REPORT.search(text, max(0, money.start - _SENTENCE_REACH), money.start))


def _refused_by_kind(text: str, money: Money, metric: str, owed: bool) -> bool:
    """Not the debt `metric` reads: no balance, a backstop, a claim, a deal's description."""
    if metric == DEBT_TOTAL and not owed and not_a_balance(text, money):
        return True
    if metric == DEBT_ISSUED and named_by_holders(text, money):
        return True  # "Holders of the $40 million unsecured bonds issued by Argo will receive …"
    if metric in (DEBT_TOTAL, DEBT_ISSUED) and backstop_or_illustrative(text, money):
        return True  # "Backstop debt of $1.4B amortizes over lease": a promise, no debt
    if metric == DEBT_TOTAL and claimed_by_creditor(text, money):
        return True  # "two lenders claim the company defaulted on $103 million" (case 35)
    if metric == DEBT_TOTAL and level_under_modal(text, money):
        return True  # "that would restructure …, reduce its debt by $57 million to $68 million"
    if metric == DEBT_TOTAL and not owed and terms_told(text, money):
        return True  # "CleanSpark's $650 million convertible note features a 0% coupon rate"
    if metric == DEBT_TOTAL and owed_to_creditors(text, money):
        return True  # "owes its creditors $57.4 million": liabilities, not debt (case 36)
    if metric == DEBT_TOTAL and with_interest_to_come(text, money):
        return (
            True  # "$17.9 million of principal … and interest, which would accrue through maturity"
        )
    if metric == DEBT_TOTAL and beside_equity(text, money):
        return True  # "consisting of $400 million in shares and $100 million in convertible debt"
    if metric == DEBT_TOTAL and step_to_later_level(text, money.start, money.end):
        return True  # "from $100 million to $66 million, bringing the debt down to $38 million"
    # "The restructuring converts $7.5 million of loans into equity"
    return (
        metric in (DEBT_REPAID, DEBT_ISSUED)
        and _described_deal(text, money)
        and not received_at_once(text[max(0, money.start - 120) : money.start], text[money.end :])
    )


def _refused_by_time(text: str, money: Money, metric: str) -> bool:
    """A comparative amount, a replaced note's or other companies' amount."""
    if (
        guards.is_prior_period(text, money.start, money.end)
        and not (metric == DEBT_TOTAL and dated_last_month_end(text, money.start, money.end))
        and not _OTHER_THAN.search(text, max(0, money.start - 30), money.start)
        and not (metric == DEBT_REPAID and _PREVIOUSLY_OWED.match(text, money.end))
        and not (metric == DEBT_TOTAL and against_cash(text, money))
    ):
        return True  # "compared with $300 million of debt a year earlier"
    if opens_with_prior_period(text):
        return True  # "A year earlier, its debt stood at $35 million": the comparative
    if metric == DEBT_TOTAL and before_restatement(text, money):
        return True  # "… the Original Note, under which the balance was $900,000 immediately
        # before this Note": the replaced note's old balance
    return _peers_before(text, money)  # "Peer miners took on $11 billion of debt": others


def _refused_as_told(text: str, money: Money, metric: str, ctx: DocContext, *, drawn: bool) -> bool:
    """Loans the company made, cumulative, recalled or staged amounts, doubted repayments."""
    if _LENDER_SIDE.search(text[max(0, money.start - 120) : money.start]):
        return True  # loans the company facilitated or made: its customers' debt, not its own
    if lent_out_before(text, money.start, ctx.entity):
        return True  # "Company lent additional $0.7M to seller; aggregate loans total $3.7M"
    if (
        metric != DEBT_TOTAL
        and not (metric == DEBT_ISSUED and drawn)
        and guards.is_cumulative(text, money.start, money.end)
        and not (metric == DEBT_REPAID and paid_at_finish(text, money))
    ):
        return True  # "… during the nine months ended September 30": not a whole period
    if metric != DEBT_TOTAL and _over_span(text, money):
        return True  # "over the past 10 weeks … the extinguishment of $67.4 million": a span
    if metric != DEBT_TOTAL and "and" in text and _PERIOD_AND_AFTER.search(text):
        return True  # "During the quarter and through May 14, 2020, … converted $500,000"
    if metric in (DEBT_REPAID, DEBT_ISSUED) and said_in_earlier_month(
        text, money.start, ctx.published
    ):
        return True  # "In January, Marathon said that it fully paid off $30 million …"
    if metric in (DEBT_REPAID, DEBT_ISSUED) and recalled_by_age(text, money.start, money.end):
        return True  # "received a $32 million loan … exactly one year ago": background
    if metric == DEBT_ISSUED and recalled_by_year(text, money.start, money.end, ctx.published):
        return True  # "dates back to the 2021 bull run when Stronghold borrowed $40 million"
    if metric == DEBT_ISSUED and not drawn and staged_size(ctx.text, text, money.start):
        return True  # "securing a $300 million loan … will initially receive $50 million"
    return metric == DEBT_REPAID and repayment_doubted(text, money)


def _refused_as_not_done(
    text: str, money: Money, metric: str, ctx: DocContext, *, owed: bool
) -> bool:
    """Forecasts, offerings under way, aggregates and other companies' debt."""
    if _is_forecast(text, money.start, metric) or ranges.is_range_end(text, money.start, money.end):
        return True
    if metric in (DEBT_REPAID, DEBT_ISSUED) and undone.is_in_progress(text, money.start):
        return True  # "is issuing $100 million in convertible bonds": an offering under way
    if metric in (DEBT_REPAID, DEBT_ISSUED) and undone.is_proposed(text, money.start):
        return True  # "initially proposed raising $300 million through notes": not done
    if metric == DEBT_TOTAL and not owed and undone.is_expected_balance(text, money.start):
        return True  # "expects to have less than $55 million of debt": a forecast balance
    if guards.is_aggregate(_without_machines(text), money.start):
        return True  # "bitcoin miners raised $11 billion in convertible notes this year"
    if metric == DEBT_TOTAL and held_by_another(text, money, ctx.entity):
        return True  # "However, CoreWeave already carries a debt of $17.2 billion"
    if sold_by_lender(text, money):
        return True  # "the bankrupt lender has been looking to sell $160 million in debt"
    if is_named_other(text, money.start, ctx.entity, after_verb=True):
        return True  # "Zeta Holdings, a Nasdaq-listed treasury company, has $500 million of notes"
    return is_peer_figure(text, money.start, ctx.entity)
