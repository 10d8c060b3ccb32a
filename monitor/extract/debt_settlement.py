"""A debt settled for a cash payment: the principal retired is the repayment (decided case 32).

News tells a discounted settlement as a payment and the debt it satisfied: "paid BlockFi a
one-time cash settlement of $7.75 million to satisfy a $21 million debt", "closed the $21
million loan with BlockFi by paying $7.75 million in cash", "settled $21 million in debt from
BlockFi with a single payment of $7.75 million", "Settlement On $21 Million Debt Facility".
The debt the settlement retired is `debt_repaid_usd` at its stated amount (README decided case
32: settlements, extinguishments, exchanges and conversions retire principal); the cash paid is
the price of it and is labelled only when the text states no amount of the debt settled ("a
one-time cash settlement of $7.75 million to satisfy the loan"). A payment only planned ("will
pay … to settle") is dropped by the hypothetical guard, as for any flow.

An amount of principal or of an instrument settled for less ("settled C$5.73 million in
convertible debentures by paying C$4.59 million") is the principal repaid, and the cash is
the price of it (`debt_purpose.cash_for_principal`).
"""

from __future__ import annotations

from .debt_words import DEBT_OBJECT, GAP, Window
from .folded import Folded
from .gates import Words
from .numbers import APPROX

_WORDS = Words("settl", "satisf", "paying", "payment", "extinguish", "discharg", "in cash")


# The purpose a payment serves: "to satisfy a $21 million debt", "to settle the loan".
_SETTLE = r"(?:satisfy|settle|extinguish|discharge|fully\s+repay|pay\s+off|retire|close\s+out)"


# "a one-time cash settlement of $7.75 million", "a single cash payment of $7.75 million",
# then the debt it settles.
_PAYMENT_BEFORE = Folded(
    r"\b(?:(?:one-time|one-off|single|lump[\s-]sum|final|discounted)\s+)?(?:cash\s+)?"
    rf"(?:settlement|payment)\s+(?:amount\s+)?of\s+{APPROX}$"
)
# The settled thing is the debt itself ("a $21 million debt", "the outstanding BlockFi loan"),
# not a thing tied to one ("a customer lawsuit over the loan agreement").
_SETTLED_OBJECT = (
    r"(?:(?:a|an|the|its|their|our|all|outstanding|remaining)\s+){0,3}"
    r"(?:(?:us)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{DEBT_OBJECT}\b"
)
_PAYMENT_PURPOSE_AFTER = Folded(
    rf"^(?:\s+in\s+cash)?\s*,?\s+(?:in\s+order\s+)?to\s+{_SETTLE}\s+{_SETTLED_OBJECT}"
)
_PAID_BEFORE = Folded(r"\b(?:paid|pays|paying|made|makes|making)\b")


# "closed the $21 million loan with BlockFi by paying $7.75 million in cash": the cash that
# settled a debt the clause named.
# ("repaid the balance of a $21 million BlockFi loan in a single cash payment of $7.75
# million", "repays $21M loan with $7.75M payment": the payment that settled the whole loan)
_SETTLING_VERB = (
    r"(?:closed|settled|satisfied|extinguished|discharged|paid\s+off|retired|cleared|terminated|"
    r"repaid|repays|repay|paid\s+down|pays\s+(?:off|down))"
)
_BALANCE_OF = r"(?:(?:the\s+)?(?:balance|remainder|rest)\s+(?:of|on)\s+)?"
_IN_ONE_PAYMENT = (
    r"(?:in|with|through|via|for)\s+(?:a|an|one)\s+(?:(?:single|one-time|one-off|lump[\s-]sum|final|"
    r"discounted|cash)\s+){0,3}(?:payment|settlement)\s+of"
)
_BY_PAYING = Folded(
    rf"\b{_SETTLING_VERB}\s+{_BALANCE_OF}(?:(?:the|its|a|an|outstanding|remaining)\s+){{0,3}}"
    r"(?:us)?[$€£]\s?[\d.,]+\s*"
    rf"(?:million|billion|m|bn)?\s+{GAP}{{0,20}}?\b{DEBT_OBJECT}\b{GAP}{{0,80}}?\b(?:by\s+"
    rf"(?:paying|repaying|making\s+a\s+(?:\w+\s+){{0,2}}?payment\s+of)|{_IN_ONE_PAYMENT}|"
    rf"(?P<with>with\s+(?:an?\s+)?))\s*{APPROX}$"
)
# "… with a $7.75 million cash payment": the amount after "with" is a payment only when the
# payment noun follows it (read after the amount: the pattern above ends at the amount).
# ("with $7.75 million in cash": the cash paid)
_PAYMENT_NOUN_AFTER = Folded(r"^\s*(?:(?:in\s+)?(?:cash\s+)?(?:payment|settlement)|in\s+cash)\b")


# The debt a payment settled: "… to satisfy a $21 million debt" after the payment.
_SETTLED_DEBT = Folded(
    rf"\b(?:settlement|payment)\s+of\s+{APPROX}(?:us)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?"
    rf"(?:\s+in\s+cash)?\s*,?\s+(?:in\s+order\s+)?to\s+{_SETTLE}\s+(?:(?:a|an|the|its|all|"
    rf"outstanding|remaining)\s+){{1,3}}{APPROX}$"
)


# "closed the $21 million loan … by paying …": the debt closed by a payment.
_CLOSED_BY_PAYMENT = Folded(
    r"\b(?:closed|settled|satisfied|extinguished|discharged|cleared)\s+(?:(?:the|its|a|an|"
    rf"outstanding|remaining)\s+){{1,3}}{APPROX}$"
    # (no article: "repays $21M loan with $7.75M payment"; the amount must then name the loan
    # as a whole, `_WHOLE_AFTER`: "settled C$5.73 million in debentures by paying …" is the
    # principal repaid)
    rf"|\b(?P<bare>{_SETTLING_VERB})\s+{_BALANCE_OF}(?:(?:the|its|a|an|outstanding|remaining)\s+){{0,3}}"
    rf"{APPROX}$"
)
_WHOLE_AFTER = Folded(
    rf"^\s*(?!(?:in|of|worth)\b)(?:[\w-]+\s+){{0,2}}?{DEBT_OBJECT}\b"
    # "extinguished $21 million in a loan from BlockFi", "settled $21 million in debt from
    # BlockFi": one loan, or the debt owed to one lender, named whole (not "C$5.73 million in
    # convertible debentures", an amount of an instrument's principal)
    r"|^\s+in\s+(?:a|an|the|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:loan|facility|debt)\b"
    r"|^\s+in\s+(?:debt|loans?)\s+(?:from|owed\s+to|due\s+to|with)\b"
)
_BY_PAYMENT_AFTER = Folded(
    rf"^{GAP}{{0,20}}?\b{DEBT_OBJECT}\b{GAP}{{0,60}}?\b(?:by\s+(?:paying|repaying|making\s+a\s+)|"
    rf"{_IN_ONE_PAYMENT}\s|with\s+(?:an?\s+)?(?:us)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?"
    r"\s+(?:(?:cash\s+)?(?:payment|settlement)|in\s+cash)\b)"
)


def settlement_paid(window: Window) -> bool:
    """The amount is cash paid to settle a debt the text states no amount of: the repayment."""
    return _paid(window) is False


def settlement_payment(window: Window) -> bool | None:
    """None: the amount is no settlement's payment; True: cash paid for a debt stated by its
    amount (the price, not principal); False: cash paid for a debt of no stated amount (the
    repayment). One reading for `debt._classify`, which asks both."""
    return _paid(window)


_STATED = Folded(r"[$€£]\s?\d")


def _paid(window: Window) -> bool | None:
    """None: the amount is no settlement's payment; else whether the debt it settled is stated
    by its amount (see the module docstring)."""
    if not _near_words(window):
        return None  # cheap gate
    before, after = window.before, window.after
    if _PAYMENT_BEFORE.search(before[-80:]):
        purpose = _PAYMENT_PURPOSE_AFTER.match(after)
        if purpose is not None:
            if _PAID_BEFORE.search(before) is None:
                return None
            return _STATED.search(purpose.group()) is not None
    paying = _BY_PAYING.search(window.text, max(0, window.start - 240), window.start)
    if paying is None:
        return None
    if paying.group("with") is None or _PAYMENT_NOUN_AFTER.match(after) is not None:
        return True  # (the debt closed is stated by its amount before the payment)
    return None


# "Bitfarms Reaches $7.8 Million Settlement On $21 Million Debt Facility", "a settlement of
# the $21 million loan": the debt a settlement is on (the amount must name the debt as a whole).
_SETTLEMENT_ON = Folded(
    r"\bsettlements?\s+(?:on|of|over|for|with)\s+(?:(?:the|its|a|an|outstanding|remaining)\s+){0,3}$"
)


def settled_by_payment(window: Window) -> bool:
    """The amount is the debt a payment settled: the principal retired (decided case 32)."""
    if not _near_words(window):
        return False  # cheap gate
    if _SETTLED_DEBT.search(window.text, max(0, window.start - 160), window.start):
        return True
    closed = _CLOSED_BY_PAYMENT.search(window.before[-60:])
    if closed is None or not _BY_PAYMENT_AFTER.match(window.after):
        return False
    return closed.group("bare") is None or _WHOLE_AFTER.match(window.after) is not None


def settlement_on(window: Window) -> bool:
    """ "reaches settlement on $74 million NYDIG loan": the debt a settlement is on, which the
    text does not say was retired (neither a balance nor a repayment)."""
    if not _near_words(window):
        return False  # cheap gate
    return bool(_SETTLEMENT_ON.search(window.before[-40:]) and _WHOLE_AFTER.match(window.after))


# How far before the amount the patterns above read (`_BY_PAYING`'s reach).
_WORDS_BEFORE = 240


def _near_words(window: Window) -> bool:
    """The gate's words in the stretch the patterns read (not the whole sentence: a sentence of
    many amounts would be scanned once for each). Three questions of `debt._classify` ask it
    in turn of one window: the last answer is kept with its window (held, so that no other
    window can take its identity)."""
    last = _LAST_NEAR[0]
    if last[0] is window:
        return last[1]
    lower = window.lower
    start, end = max(0, window.start - _WORDS_BEFORE), window.end + len(window.after)
    near = _WORDS.found(lower, start, end)
    _LAST_NEAR[0] = (window, near)
    return near


_LAST_NEAR: list[tuple[Window | None, bool]] = [(None, False)]


# "issued 2,313,435 shares … in exchange for the satisfaction of $37,928,768.53 total
# outstanding principal and accrued interest on certain loans": debt retired for shares, the
# principal (and interest, decided case 37) it satisfied is the repayment (decided case 32).
_SATISFACTION_BEFORE = Folded(
    r"\b(?:in\s+exchange\s+for|in\s+consideration\s+(?:of|for)|as\s+consideration\s+for)\s+"
    r"the\s+(?:full\s+)?(?:satisfaction|settlement|extinguishment|discharge|cancell?ation)\s+of\s+"
    r"(?:(?:the|all|its|an?)\s+)?$"
)
_SATISFIED_DEBT_AFTER = Folded(
    r"^\s*(?:(?:in\s+)?(?:total|aggregate|outstanding|unpaid)\s+){0,3}(?:principal|indebtedness|"
    r"debt|loans?|notes|obligations\s+under)\b"
)


def satisfied_in_exchange(window: Window) -> bool:
    """Debt satisfied in exchange for shares or other consideration: the debt retired."""
    if "satisf" not in window.before_lower[-80:] and "settlement" not in window.before_lower[-80:]:
        return False  # cheap gate
    before = window.before[-100:]
    return bool(_SATISFACTION_BEFORE.search(before)) and bool(
        _SATISFIED_DEBT_AFTER.match(window.after)
    )


# "has completed its debt obligations to BlockFi in the amount of $21 million in exchange for a
# one-time cash payment of $7.75 million", "fulfilled its loan obligations of $21 million": the
# obligations discharged, named by their amount, are the debt retired (decided case 32).
_OBLIGATIONS_DISCHARGED = Folded(
    r"\b(?:completed|fulfilled|satisfied|discharged|settled|extinguished|cleared|met|paid\s+off)\s+"
    r"(?:(?:all|its|the|their|our|of|remaining|outstanding)\s+){1,3}(?:[\w-]+\s+){0,2}?"
    r"obligations?\s+(?:(?:to|with|owed\s+to|under)\s+[^.;$]{1,40}?\s+)?"
    rf"(?:in\s+the\s+(?:amount|sum)\s+of|totall?ing|amounting\s+to|of)\s+{APPROX}$"
)
# (the obligations must be debt: "its debt obligations", "loan obligations", named before the
# word "obligations", or those "under the loan agreement"; a debt word in the counterparty's
# name, "its obligations to its loan servicer of $3 million in fees", makes no debt of them)
_DEBT_OBLIGATION = Folded(
    r"\b(?:debt|loan|credit|note|repayment)\s+obligations?\b|\bloan\b|\bdebt\b"
)
_UNDER_DEBT = Folded(r"^s?\s+under\s+[^.;$]{0,40}?\b(?:loans?|debt|notes?|credit|facility)\b")


def obligations_discharged(window: Window) -> bool:
    """The amount is debt obligations the company discharged (see `_OBLIGATIONS_DISCHARGED`)."""
    before = window.before[-140:]
    if "obligation" not in before.lower():
        return False  # cheap gate
    found = _OBLIGATIONS_DISCHARGED.search(before)
    if found is None:
        return False
    phrase = found.group()
    cut = phrase.lower().find("obligation") + len("obligation")
    return bool(_DEBT_OBLIGATION.search(phrase[:cut]) or _UNDER_DEBT.match(phrase[cut:]))
