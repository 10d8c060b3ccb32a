"""The same debt figure stated twice in one document: a rounding, or a deal named as a balance.

A headline rounds what the body states ("Restructures Remaining $55M of Debt" over "$54.9
million of debt"): one balance, labelled once, at the precise figure. And a heading or aside
names a deal by its size ("Marathon's $300 Million Convertible Notes", "Argo's $20 million
loan") while the body says the notes were sold or the loan repaid: the undated "balance" is
that flow restated, not a balance of its own.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from .debt_words import title_at
from .folded import Folded
from .model import DEBT_ISSUED, DEBT_REPAID, DEBT_TOTAL, Extracted
from .numbers import APPROX, Money, find_money
from .per_document import remembered

_DEBT = (DEBT_TOTAL, DEBT_ISSUED, DEBT_REPAID)


# How far a rounded figure may sit from the precise one ("$55M" for "$54.9 million").
_CLOSE = Decimal("0.025")


# The finest step a rounded figure is printed to ("$1,250,000" is precise).
_COARSEST = 100_000


def restatements(found: list[Extracted], text: str, published: dt.date | None) -> list[Extracted]:
    """Debt figures that restate another figure of the document (see the module docstring)."""
    debt = [item for item in found if item.metric in _DEBT and item.value]
    if not debt:
        return []
    return _roundings(debt, text) + _deals_as_balances(debt, published) + _titled_deals(debt, text)


def _roundings(debt: list[Extracted], text: str) -> list[Extracted]:
    """Figures that round another debt figure of the document, or (for a headline's) an amount
    the body under it states more precisely ("Reduces Debt by Over $4 Million" over "$4.1
    million … converted since the last report"): the precise statement says what it is."""
    # (a schedule's row is printed to its scale, "500,000" in thousands: not a rounding of the
    # total "503,000" below it)
    rounded = [item for item in debt if _step(item.value) >= _COARSEST and not _scheduled(item)]
    if not rounded:
        return []
    dropped: list[Extracted] = []
    # Each metric's amounts of each unit, in order, built once: a rounded figure looks only at
    # the amounts close enough to round to it (not at every other figure of the document).
    amounts: dict[tuple[str, str | None], list[Decimal]] = {}
    for other in debt:
        assert other.value is not None
        amounts.setdefault((other.metric, other.unit), []).append(other.value)
    ordered = {key: sorted(set(values)) for key, values in amounts.items()}
    for item in rounded:
        value = item.value
        assert value is not None
        close = _within(ordered[(item.metric, item.unit)], value, abs(value) * _CLOSE)
        if title_at(text, item.start):
            below = _precise_below(text, item.start)
            close = [*close, *(amount for amount, unit in below if unit == item.unit)]
        if any(amount != value and _rounds_to(amount, value) for amount in close):
            dropped.append(item)
    return dropped


def _scheduled(item: Extracted) -> bool:
    """Is `item` one loan's balance read from a table row printed to the table's scale?"""
    return item.metric == DEBT_TOTAL and item.row_label is not None and "," in item.evidence


def _within(ordered: list[Decimal], value: Decimal, reach: Decimal) -> list[Decimal]:
    """The amounts of `ordered` (sorted) no farther than `reach` from `value`."""
    low = bisect.bisect_left(ordered, value - reach)
    return ordered[low : bisect.bisect_right(ordered, value + reach)]


# How far below a headline its body restates the headline's figure.
_BODY_CHARS = 3000


def _precise_below(text: str, start: int) -> set[tuple[Decimal, str | None]]:
    """Amounts of debt stated in the body just below a headline (not proceeds)."""
    body = text[start : start + _BODY_CHARS]
    return {
        (money.amount, money.currency)
        for money in _amounts_before_debt(body)
        if _DEBT_AFTER.match(body, money.end)
        and not _PROCEEDS_BEFORE.search(body, max(0, money.start - 60), money.start)
    }


# A precise amount of debt ("$4.1 million of the principal amount of the notes"), not the
# proceeds of a deal ("net proceeds of $292.5 million"), which sit close to its principal.
_DEBT_AFTER = Folded(
    r"(?:(?!proceeds)[^.;$]){0,40}?\b(?:notes?|debt|loans?|principal|borrowings|debentures)\b"
)
_PROCEEDS_BEFORE = Folded(r"\bproceeds\b[^.;$]{0,40}$")


# A debt noun; the amounts that name debt stand just before one.
_DEBT_NOUN = re.compile(r"\b(?:notes?|debt|loans?|principal|borrowings|debentures)\b", re.I)
_BEFORE_NOUN = 60


def _amounts_before_debt(text: str) -> list[Money]:
    """Amounts within reach before a debt noun (the document's other amounts cannot be a
    precise statement of debt, and scanning only these windows keeps the check cheap)."""
    found: list[Money] = []
    last_end = 0
    for noun in _DEBT_NOUN.finditer(text):
        start = max(last_end, noun.start() - _BEFORE_NOUN)
        if start >= noun.start():
            continue
        start = text.rfind(" ", 0, start) + 1  # not in the middle of a number
        found.extend(
            money for money in find_money(text, start, noun.start()) if money.start >= last_end
        )
        last_end = noun.start()
    return found


@remembered  # (each rounded figure is tested against every other amount: asked again and again)
def _step(value: Decimal | None) -> Decimal:
    """The rounding step a figure is printed to ($55,000,000 → 1,000,000)."""
    step = Decimal(1)
    if not value:
        return step
    while value % (step * 10) == 0:
        step *= 10
    return step


def _rounds_to(precise: Decimal | None, rounded: Decimal | None) -> bool:
    """Is `rounded` (with its trailing zeros as precision) `precise` rounded?"""
    if precise is None or rounded is None or rounded <= 0:
        return False
    step = _step(rounded)
    if step < _COARSEST or abs(precise - rounded) > rounded * _CLOSE:
        return False  # "$1,250,000" is precise; "$5 million" is not "$10 million" rounded
    return (precise / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step == rounded


def _deals_as_balances(debt: list[Extracted], published: dt.date | None) -> list[Extracted]:
    """Undated balances (the publication month) equal to a new issue or repayment."""
    if published is None:
        return []
    month = f"{published.year:04d}-{published.month:02d}"
    flows = {(item.value, item.unit) for item in debt if item.metric in (DEBT_ISSUED, DEBT_REPAID)}
    return [
        item
        for item in debt
        if item.metric == DEBT_TOTAL
        and item.period == month
        and (item.value, item.unit) in flows
        and not _change_reached(item)
    ]


# "lower its debt … by $28 million, from $66 million to $37 million": the balance a change
# reached is a balance of its own, whatever other amount it happens to equal.
_REACHED_BEFORE = Folded(
    r"\b(?:(?:from|by)\s+\S+(?:\s+(?:million|billion|m|bn))?|reduc\w*|lower\w*|cut|down|"
    rf"decreas\w*|fell|dropped)\s+to\s+{APPROX}$"
)


# "effectively extending the company's $11 million debt": the company's debt as a whole
# (README decided case 16), not a deal named by its size ("Argo's $20 million loan").
_WHOLE_DEBT_AFTER = Folded(r"^\s+(?:in\s+|of\s+)?(?:total\s+)?(?:debt|indebtedness|borrowings)\b")


def _change_reached(item: Extracted) -> bool:
    """The balance a change reached, or the company's whole debt (see the patterns)."""
    evidence = item.evidence
    return any(
        money.amount == item.value
        and (
            _REACHED_BEFORE.search(evidence[: money.start]) is not None
            or _WHOLE_DEBT_AFTER.match(evidence[money.end :]) is not None
        )
        for money in find_money(evidence)
    )


# A headline's instrument held by a name: "Fitch rates Cipher Mining's $1.4 billion secured
# notes" (not the company's debt as a whole: "Argo's $40 million debt" is a balance).
_HELD_INSTRUMENT = Folded(
    r"\s*(?:(?:senior|secured|unsecured|convertible|exchangeable|green|term|private|project|"
    r"debt|bitcoin-backed|equipment)\s+){0,3}(?:notes?|bonds?|loans?|facility|financing|offering)\b"
)
_POSSESSIVE_BEFORE = Folded(r"(?:['’]s|\b(?:its|their))\s+(?:(?:new|planned|proposed)\s+)?$")


# The body's telling of the same deal: "announced a $1.4 billion senior note due 2030",
# "priced its offering of $1.4 billion of notes", "plans to issue $1.4 billion" (a deal made or
# in the making; either way the headline's amount names it).
_DEAL_VERB_BEFORE = Folded(
    r"\b(?:announc\w*|pric(?:ed|es|ing)|launch\w*|propos\w*|offer\w*|issu\w*|clos(?:ed|es|ing)|"
    r"sold|sell\w*|secur(?:ed|es|ing)|rais\w*|complet\w*|plans?\s+to\s+issue)\b"
    r"(?:[^.;$]|\.(?=\d)){0,40}$"
)


def _titled_deals(debt: list[Extracted], text: str) -> list[Extracted]:
    """Balances read from a headline's "Cipher Mining's $1.4 billion secured notes" when the
    body tells the same amount as a deal ("announced a $1.4 billion senior note due 2030"):
    the headline names the deal by its size (README decided case 6: a deal announced is no
    debt yet), not a balance outstanding."""
    titled = [
        item
        for item in debt
        if item.metric == DEBT_TOTAL and title_at(text, item.start) and _held_instrument(item)
    ]
    if not titled:
        return []
    dropped: list[Extracted] = []
    for item in titled:
        for money in find_money(text, item.end):
            if (money.amount, money.currency) != (item.value, item.unit):
                continue
            if _DEAL_VERB_BEFORE.search(text, max(item.end, money.start - 80), money.start):
                dropped.append(item)
                break
    return dropped


def _held_instrument(item: Extracted) -> bool:
    """Is the balance's amount a possessive's instrument in its evidence?"""
    evidence = item.evidence
    return any(
        money.amount == item.value
        and _POSSESSIVE_BEFORE.search(evidence, max(0, money.start - 30), money.start) is not None
        and _HELD_INSTRUMENT.match(evidence, money.end) is not None
        for money in find_money(evidence)
    )
