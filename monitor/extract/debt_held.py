"""Debt balances named by who owes or holds the debt, not by a stative verb.

Writers state a balance without "outstanding" or "totaled" as often as with them: "owes
US$74 million to its lender", "bondholders holding Argo's $40 million unsecured notes", "a debt
burden of $114 million", "its borrowings of $45 million", "$60 million in outstanding
borrowings". These shapes are read last (after repayments and issuances), and only when no
action verb governs the amount: "repaid its $20 million loan" or "closed its $400 million notes
offering" is a flow, never a balance.
"""

from __future__ import annotations

from . import guards
from .debt_words import ACTION_VERB, Window, without_equivalent
from .folded import Folded
from .gates import any_of
from .numbers import APPROX, Money

# "owes US$74 million to Growler", "still owes its lender $22 million": the company as debtor
# (not "is owed $5 million", money owed to it; not "after owing $143 million", a past high).
_OWES_BEFORE = Folded(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bafter\s)(?<!\bhaving\s)"
    r"\b(?:owes|owing|owed)\s+(?:(?:(?:its|their|the|our)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:lenders?|creditors?|noteholders|bondholders)\s+|"
    # the lender by name: "owes Galaxy Digital $30 million"
    r"(?:[a-z][\w.&'’-]*\s+){1,3}?)?"
    rf"{APPROX}$"
)


# Owed, but not debt: fees, rent, taxes, wages, damages.
_NOT_DEBT_AFTER = Folded(
    r"^[^.;$]{0,40}?\b(?:fees?|rent|taxes|wages|bills?|invoices?|damages|royalt\w*|"
    r"payables?\s+to\s+(?:vendors|suppliers)|purchase\s+price)\b"
)


# A possessive right before the amount and an instrument right after: "Argo's $40 million
# unsecured notes", "its $75 million term loan", "the company's $11 million promissory note".
# ("All of Greenidge's remaining $21.8 million of secured debt would be eliminated": the
# balance still owed, whatever the plan does with it)
_POSSESSIVE_BEFORE = Folded(
    r"(?:\b(?:its|their|our)|[a-z0-9)]['’]s|\bthe\s+(?:company|miner|group)['’]s)\s+"
    r"(?:(?:remaining|outstanding)\s+)?$"
)


_INSTRUMENT_AFTER = Folded(
    r"^\s+(?:[\w%.-]+\s+){0,4}?(?:notes|bonds|debentures|(?:promissory\s+)?note|"
    r"(?:term\s+|bridge\s+|secured\s+|related[- ]party\s+)?loans?|debt|borrowings)\b"
    # the size of a programme, offering or facility is not a balance
    r"(?!\s+(?:offering|issuance|programs?|programmes?|facilit\w*|agreements?|financing|deal|"
    r"transaction|purchase|sale|exchange|repurchase|raise|receivables?)\b)"
)


# "a debt burden of $114 million", "indebtedness of $120 million", "its borrowings of $45
# million", "an outstanding loan balance of $8 million": a balance noun, then "of" the amount.
_BALANCE_OF = Folded(
    r"\b(?:debt\s+(?:burden|load|pile|balance|position|obligations?)|indebtedness|borrowings|"
    r"outstanding\s+(?:loans?|notes|debt|obligations)|(?:loan|note|debt)\s+balance)\s+"
    rf"(?:of|totaling|totalling|worth|amounting\s+to|at)\s+{APPROX}$"
)


# "Borrowings under this credit facility stand at US$66 million", "amounts drawn on the line
# were $40 million": the balance noun qualified by its instrument, then a stative verb.
_UNDER_NAMED = Folded(
    r"\b(?:borrowings|indebtedness|debt|loans?|notes|balance|principal|amounts?\s+(?:drawn|"
    r"borrowed|outstanding))\s+(?:outstanding\s+)?(?:under|on|from|with|owed\s+to)\s+[^.;$]{0,60}?"
    r"\b(?:(?:now|currently|still)\s+)?(?:stand|stands|stood|sits|sat|totaled|totalled|totals|"
    rf"were|was|are|is|amounted\s+to|reached)\s+(?:(?:now|currently|still)\s+)?(?:at\s+)?{APPROX}$"
)


# "Riot carries roughly $600 million in convertible notes", "has $48 million left to repay
# on the equipment loan": a holding verb, the amount, then debt.
_CARRIES_BEFORE = Folded(
    r"\b(?:carr(?:y|ies|ied|ying)|ha[sd]|have|having|holds?|held|(?:is|was)\s+saddled\s+with|"
    rf"shoulders?|sits\s+on)\s+(?:(?:only|still|just)\s+)?(?:an?\s+)?{APPROX}$"
)


# "With $100 million drawn at close, …": the amount drawn on a line so far is its balance.
_WITH_BEFORE = Folded(r"(?:^|[,;(]\s*|\n\s*)with\s+(?:(?:about|approximately|roughly|nearly)\s+)?$")
_DRAWN_AFTER = Folded(
    r"\s+(?:now\s+|already\s+|fully\s+)?(?:drawn|borrowed)\s+(?:at\s+(?:the\s+)?(?:close|closing)|"
    r"to\s+date|so\s+far|under|on|from)\b"
)


_LEFT_TO_REPAY_AFTER = Folded(
    r"^\s+(?:left|remaining|outstanding|still)\s+(?:to\s+(?:be\s+)?(?:re)?pa(?:y|id)|owing|due)\b"
)


# "A $20 million promissory note remains outstanding": the instrument, then its state.
_STILL_OUTSTANDING_AFTER = Folded(
    r"^\s+(?:[\w%.-]+\s+){0,3}?(?:notes?|loans?|debt|debentures?|bonds?|borrowings)\s+"
    r"(?:remains?|remained|is\s+still|was\s+still|are\s+still|were\s+still)\s+"
    r"(?:outstanding|unpaid|owed|due)\b"
)


# "$X of notes converted", "$X in loans repaid": a flow after all.
_FLOW_AFTER = Folded(
    r"^[^.;$]{0,50}?\b(?:converted|repaid|redeemed|retired|issued|exchanged|repurchased|settled|"
    r"sold|drawn|borrowed|raised)\b"
)


# "principal repayments on $54.9 million of debt", "defaulted on $12 million of loans": the
# amount is the debt a clause is about (a balance), whatever verb governs the clause.
# ("… crypto assets against approximately $47 million worth of debt": a hedge word between)
_ON_DEBT_BEFORE = Folded(
    r"\b(?:on|against|covering)\s+(?:the\s+|its\s+|their\s+)?"
    rf"{APPROX}$"  # (any hedge: "against ~$47 million worth of debt")
)


_OF_DEBT_AFTER = Folded(
    r"^\s+(?:(?:of|in)\s+(?:(?:its|the|their|our|outstanding|existing)\s+)?)?(?:[\w%.'’-]+\s+){0,2}?"
    r"(?:debt|loans?|notes|borrowings|indebtedness|(?:debt|equipment|loan|term|bridge|project|"
    r"asset-backed|bitcoin-backed)[\s-]+financing)\b(?!\s+receivable)"
)


# "Its convertible notes, totaling $650 million", "the miner's notes worth $300 million": the
# instrument held, then its size.
_INSTRUMENT_SIZED = Folded(
    r"(?:\b(?:its|their|our)|[a-z0-9)]['’]s)\s+(?:[\w%.-]+\s+){0,3}?(?:notes|loans?|bonds|"
    r"debentures|borrowings|debt|convertibles)\s*,?\s+(?:totaling|totalling|worth|amounting\s+to)"
    rf"\s+{APPROX}$"
)


# "a $40 million loan balance with Galaxy": the amount, then a balance noun.
_BALANCE_AFTER = Folded(r"^\s+(?:[\w-]+\s+){0,2}?(?:loan|debt|principal|outstanding)\s+balance\b")


# "bondholders holding $40 million of its notes", "holders of $40 million of notes": debt held
# by its creditors is outstanding.
_HOLDERS_BEFORE = Folded(
    r"\b(?:holders?|bondholders|noteholders|lenders|creditors)\s+(?:of|holding)\s+(?:the\s+)?"
    rf"{APPROX}$"
)


# "restructured its $54.9 million loan", "extended the maturity of its $40 million notes": a
# change of terms leaves the balance as it was, and names it.
_TERMS_CHANGED_BEFORE = Folded(
    r"\b(?:restructur\w*|amend\w*|extend\w*|renegotiat\w*|modif\w*)\b[^.;$]{0,30}?"
    rf"\b(?:its|the|their|our|an?)\s+{APPROX}$"
    # "about restructuring $74.7 million of debt": the debt restructured, named by its size
    rf"|\b(?:restructur(?:e|es|ed|ing)|renegotiat(?:e|es|ed|ing))\s+(?:of\s+)?{APPROX}$"
)


# "restructured $20 million of its notes into equity": converted, no longer owed.
_INTO_EQUITY_AFTER = Folded(
    r"^[^.;$]{0,60}?\binto\s+(?:\w+\s+)?(?:equity|shares|stock|common|ordinary)\b"
)


# "its $50 million loan from NYDIG now amounts to $62 million": the amount is the loan's
# original principal, and the balance now is the later one.
_GROWN_SINCE_AFTER = Folded(
    r"^[^.;$]{0,60}?\b(?:now|currently)\s+(?:amounts?\s+to|stands?\s+at|totals?|comes?\s+to)\s+"
    r"(?:about\s+|around\s+|approximately\s+|roughly\s+)?(?:us)?[$€£]"
)


_GATE = any_of("ow", "with", "'s", "’s", "its ", "their ", "our ", "debt", "indebted", "borrowings",
               "outstanding", "balance", "drawn", "on ", "against", "covering", "carr", "has",
               "had", "have", "hold", "held", "saddled", "shoulder", "sits", "restructur",
               "amend", "extend", "renegotiat", "modif", "lender", "creditor")  # fmt: skip


def held_balance(window: Window) -> bool:
    """A balance named by its debtor or holder, with no action verb in the clause."""
    before = window.before
    if _STILL_OUTSTANDING_AFTER.match(window.after):
        return True
    if not _GATE.search(window.lower, max(0, window.start - 60), window.start):
        return False
    if _DRAWN_AFTER.match(window.text, window.end) and _WITH_BEFORE.search(
        window.text, max(0, window.start - 20), window.start
    ):
        return True  # "With $100 million drawn at close, …"
    if _OWES_BEFORE.search(before[-80:]):
        return not _NOT_DEBT_AFTER.match(window.after)
    if _UNDER_NAMED.search(before):
        return True
    instrument = _OF_DEBT_AFTER.match(window.after) or _INSTRUMENT_AFTER.match(window.after)
    if instrument and (
        _HOLDERS_BEFORE.search(before[-60:]) or _TERMS_CHANGED_BEFORE.search(before[-80:])
    ):
        return not _INTO_EQUITY_AFTER.match(window.after)
    if _CARRIES_BEFORE.search(before[-40:]):
        # "has a 610 million euro ($715 million) loan from Tether": past the equivalent
        after = without_equivalent(window.after)
        if _LEFT_TO_REPAY_AFTER.match(after):
            return True
        if _OF_DEBT_AFTER.match(after) and not _FLOW_AFTER.match(after):
            return True
        if _INSTRUMENT_AFTER.match(after) and not _FLOW_AFTER.match(after):
            return True  # "still has a $25 million loan from Galaxy on its books"

    if _ON_DEBT_BEFORE.search(before[-36:]) and _OF_DEBT_AFTER.match(window.after):
        return True
    shaped = (
        _BALANCE_OF.search(before[-60:])
        or _INSTRUMENT_SIZED.search(before[-80:])
        or _BALANCE_AFTER.match(window.after)
    ) or (_POSSESSIVE_BEFORE.search(before[-40:]) and _INSTRUMENT_AFTER.match(window.after))
    if not shaped or _GROWN_SINCE_AFTER.match(window.after):
        return False
    return not ACTION_VERB.search(guards.clause_before(window.text, window.start))


def possessive_before(text: str, money: Money) -> bool:
    """Is the amount held by a possessive or by holders ("Argo's $40 million notes will
    receive …", "Holders of $40 million of notes will receive …": a modal after such a balance
    governs its holders, not the balance)?"""
    before = text[max(0, money.start - 60) : money.start]
    return bool(_POSSESSIVE_BEFORE.search(before[-40:]) or _HOLDERS_BEFORE.search(before))


# "will return the rigs … in order to settle the total $67.4 million debt owing to the lender":
# a planned repayment names the debt still owed (a balance; the repayment is not done).
_OWED_DEBT_AFTER = Folded(
    r"\s+(?:[\w-]+\s+){0,2}?(?:debt|loans?|obligations?|borrowings)\s+(?:still\s+)?"
    r"(?:owing|owed|outstanding|due)\s+(?:to|under|with)\b"
    # "to eliminate all of its $67.4 million outstanding debt to the lender"
    r"|\s+(?:outstanding|remaining)\s+(?:[\w-]+\s+)?(?:debt|loans?|borrowings)\s+(?:to|with)\b"
)


# "in order to settle the total", "to repay the": a repayment as a purpose is not yet done.
_TO_PAY_BEFORE = Folded(
    r"\bto\s+(?:help\s+)?(?:settle|repay|pay\s+(?:down|off|back)|retire|clear|eliminate|"
    r"extinguish)\s+(?:(?:the|its|their|total|entire|full|remaining|outstanding|all|of)\s+)*$"
)


_PLANNED = Folded(
    r"\b(?:will|would|shall|(?:plans?|intends?|expects?|aims?|seeks?|proposes?|agreed)\s+to)\b"
)
_PLAN_REACH = 200


def owed_under_plan(window: Window) -> bool:
    """A debt named as owed, in a clause whose repayment of it is only planned or a purpose."""
    if " ow" not in window.after[:60] and "outstanding" not in window.after[:60]:
        return False  # cheap gate
    if not _OWED_DEBT_AFTER.match(window.text, window.end):
        return False
    if guards.is_hypothetical(window.text, window.start):
        return True
    # a purpose under a plan further back ("will return 26,200 rigs … in order to settle …")
    head = window.text[max(0, window.start - _PLAN_REACH) : window.start]
    return bool(_TO_PAY_BEFORE.search(head[-60:])) and _PLANNED.search(head) is not None


def owed_after(text: str, money: Money) -> bool:
    """Is the amount followed by a debt named as owed ("$20 million loan owed to Galaxy")?"""
    # (read where the phrase can be, not to the end of a long sentence)
    return _OWED_DEBT_AFTER.match(text, money.end, money.end + _OWED_REACH) is not None


_OWED_REACH = 160  # longer than the phrase (`\s+` runs aside)
