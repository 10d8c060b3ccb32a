"""A loan's whole principal in a story of a repayment finished over several periods.

README decided case 15: "finished repaying" / "completed repaying the $35 million it borrowed
in 2022" states the loan's principal repaid over its life, a since-inception total; only the
period's own payment is a figure. A document that tells the repayment ran over time
("finished repaying", "Repayments of the $35 million loan began in May 2023", "began repaying
the loan") makes the loan's size a life total wherever it recurs as a repayment: "has repaid
its $35 million Galaxy Digital bailout loan", "Full Repayment of $35 Million Galaxy Loan",
"Successfully repaying $35 million of high-interest rate debt". A one-off repayment told
without such history ("repaid its $10 million loan facility on June 14") stays a figure, and
so does another loan's repayment in a story that tells one loan's history: the sizes are those
named in the sentences that tell the repayment ran over time (or, when such a sentence names
the loan only as "the loan", in the sentence before it).

The payment that finished it is the period's own repayment (decided case 15: "a final payment
of $77.5 million"), told in the same sentence ("finished repaying the $35 million loan with a
final payment of $2.1 million in November") or in the next ("… has finished repaying the $35
million loan. The final payment of $2.1 million was made in November."): `final_payment`.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache

from . import guards
from .context import DocContext
from .debt_words import DEBT_NEAR, Window
from .document_signs import document_sign, scan
from .folded import Folded, lowered
from .gates import holds_any
from .model import DEBT_REPAID, Extracted
from .numbers import APPROX, Money, find_money
from .periods import shift_month
from .sentences import Segment

# The repayment told as ending a course that began before: finished, completed, or begun.
# (a sign of the whole document too: `_life_sizes` asks RE2 first, `document_signs`)
_OVER_TIME = document_sign(
    Folded(
        r"\b(?:finish(?:ed|es|ing)?|complet(?:ed|es|ing))\s+(?:the\s+)?(?:repaying|repayment\s+of|"
        r"paying\s+(?:off|back|down))\b|"
        r"\b(?:began|begun|started|commenced)\s+(?:repaying|to\s+repay|paying\s+(?:off|back|down))\b|"
        r"\brepayments?\s+(?:of\s+)?[^.;]{0,60}?\b(?:began|begun|started|commenced)\b"
    )
)


# The size a loan is named by: "$35 million loan", "$35 Million Galaxy Loan", "$35 million
# rescue loan" (not "the final $2.5 million of its loan", a part of it).
_SIZED_LOAN = Folded(
    r"\s+(?:(?!(?:of|in|on|from|under)\s)[\w-]+\s+){0,3}?(?:loans?|facility|debt|borrowings?|notes)\b"
)


# What may stand between "finished repaying" and its object's amount ("the $35 million it
# borrowed"); "the final $2.5 million of its loan" is the period's own payment (decided case 15).
_OBJECT_GAP = re.compile(r"\s*(?:(?:the|a|its|their)\s+)?(?:US)?")
# A sentence's end: the history sentence is the one the loan's size must be named in.
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n")


def life_totals(found: list[Extracted], text: str) -> list[Extracted]:
    """Repayments of `found` whose amount is a loan's size named where the document tells the
    loan's repayment ran over time (see the module docstring)."""
    repaid = [item for item in found if item.metric == DEBT_REPAID]
    if not repaid or "repa" not in lowered(text):
        return []
    sizes = _life_sizes(text)
    return [item for item in repaid if item.value in sizes]


def _life_sizes(text: str) -> set[Decimal]:
    """The amounts loans are named by in the sentences that tell a repayment over time."""
    sizes: set[Decimal] = set()
    bounds = _SentenceBounds(text)
    named: dict[int, tuple[str, list[int], list[Money], set[Decimal]]] = {}  # once a sentence
    for match in scan(_OVER_TIME, text):  # (`document_signs`: found where RE2 finds them)
        start, end = bounds.around(match.start(), match.end())
        if start and next(find_money(text[start:end]), None) is None:
            # "Repayments of the loan began in March": the loan is the one the sentence
            # before named ("has fully repaid its $20 million loan from NYDIG")
            start = bounds.around(start - 1, start - 1)[0]
        if start not in named:
            sentence = text[start:end]
            monies = list(find_money(sentence))
            sized = {m.amount for m in monies if _SIZED_LOAN.match(sentence, m.end, m.end + 80)}
            named[start] = (sentence, [m.start for m in monies], monies, sized)
        sentence, starts, monies, sized = named[start]
        sizes |= sized
        told = match.end() - start  # where the history's own object begins in the sentence
        index = bisect.bisect_left(starts, told)  # (only the first amount after it can be)
        if index < len(monies):
            money = monies[index]
            if _OBJECT_GAP.fullmatch(sentence, told, money.start):
                sizes.add(money.amount)
    return sizes


class _SentenceBounds:
    """Where the sentences of a text end, found once, when a history sentence first asks (a
    document that tells no repayment over time never pays for the scan of its whole text)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence holding text[start:end]."""
        starts = self._starts
        if starts is None:
            found = list(_SENTENCE_END.finditer(self._text))
            starts = self._starts = [m.start() for m in found]
            self._ends = [m.end() for m in found]
        ends = self._ends
        before = bisect.bisect_right(ends, start)
        after = bisect.bisect_left(starts, end)
        first = ends[before - 1] if before else 0
        return first, (ends[after] if after < len(ends) else len(self._text))


# The payment that ended the course, named before its amount: "a final payment of $2.1
# million", "the last installment of $2.1 million", "a final principal repayment of $2.1
# million", "the final $2.1 million" (of the loan: `_PART_AFTER`), "a final $2.1 million payment".
_FINAL = r"\b(?:final|last|closing|concluding)\s+"
_PAYMENT_NOUN = (
    r"(?:(?:principal|loan|cash|lump[\s-]sum)\s+)?(?:(?:re)?payments?|install?ments?|"
    r"pay-?downs?)"
)
_FINAL_PAYMENT_BEFORE = Folded(
    rf"{_FINAL}{_PAYMENT_NOUN}\s+(?:(?:of|worth|totall?ing)\s+)?{APPROX}$"
)
_FINAL_AMOUNT_BEFORE = Folded(rf"{_FINAL}{APPROX}$")
_PART_AFTER = Folded(
    rf"^\s+{_PAYMENT_NOUN}\b|^\s+(?:of|on)\s+(?:(?:the|its|their|outstanding|remaining)\s+)?"
    r"(?:[\w$.-]+\s+){0,4}?(?:principal|loans?|debt|facility|notes|borrowings?)\b"
)
# "a final payment of $2.1 million to Bitmain for its miners": a purchase paid, not debt.
_PURCHASE_AFTER = Folded(
    r"^[^.;]{0,60}?\bfor\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:miners|machines|"
    r"rigs|servers|gpus|equipment|hardware|units|land|site|facility\s+purchase|purchase|acquisition)\b"
)
_FINAL_WORDS = ("final", "last", "closing", "concluding")
_PREVIOUS_CHARS = 300  # how far back the sentence telling the finish may start


def final_payment(window: Window, after_finish: bool = False) -> bool:
    """The amount is the payment that finished a repayment of debt: named so, in a sentence
    that names the debt or tells the finish (or, `after_finish`, that follows one telling it)."""
    before = window.before[-60:]
    if not holds_any(before.lower(), _FINAL_WORDS):
        return False  # cheap gate
    named = _FINAL_PAYMENT_BEFORE.search(before) is not None or (
        _FINAL_AMOUNT_BEFORE.search(before) is not None
        and _PART_AFTER.match(window.after) is not None
    )
    if not named or _PURCHASE_AFTER.match(window.after):
        return False
    text = window.text
    return after_finish or DEBT_NEAR.search(text) is not None or _OVER_TIME.search(text) is not None


def paid_at_finish(text: str, money: Money) -> bool:
    """The final payment in a sentence whose only since-inception words tell the repayment
    finished ("finished repaying the $35 million loan with a final payment of $2.1 million"):
    the finish makes the loan's size a life total, not the payment that ended it."""
    window = Window.at(text, lowered(text), money)
    if not final_payment(window) or _OVER_TIME.search(text) is None:
        return False
    return not guards.is_cumulative(_without_finish(text), money.start, money.end)


@lru_cache(maxsize=8)  # (a sentence's, asked by each of its amounts)
def _without_finish(text: str) -> str:
    """`text` lowercased, its words telling a finish blanked out (same length)."""
    parts: list[str] = []
    last = 0
    lower = lowered(text)
    for match in _OVER_TIME.finditer(text):
        parts += [lower[last : match.start()], " " * (match.end() - match.start())]
        last = match.end()
    return "".join([*parts, lower[last:]])


def follows_finish(segment: Segment, ctx: DocContext, lower: str) -> bool:
    """A sentence naming a final payment, right after one that tells a repayment finished
    ("The final payment of $2.1 million was made in November.")."""
    if ctx.text is None or not holds_any(lower, _FINAL_WORDS):
        return False
    if "pay" not in lower and "install" not in lower:
        return False
    start = max(0, segment.start - _PREVIOUS_CHARS)
    return _OVER_TIME.search(ctx.text, start, segment.start) is not None


def finish_period(ctx: DocContext, segment: Segment, money: Money) -> str | None:
    """The period of a final payment in a sentence telling the finish, when the sentence dates
    the finished loan itself ("completed repaying the $35 million it borrowed in 2022 with a
    final installment of $2.1 million"): such dates are the loan's, not the payment's. The
    payment takes the nearest other period the sentence names, else the document's own (its
    report's, else publication); None when the sentence names no date of the loan's."""
    text = segment.text
    over = _OVER_TIME.search(text, 0, money.start)
    if over is None:
        return None
    mentions = ctx.mentions(segment)
    own = [m for m in mentions if not over.end() <= m.start < money.start]
    if len(own) == len(mentions):
        return None
    # (the first after the amount, "… of $2.1 million in November", else the last before it)
    ordered = [m for m in own if m.start > money.start] + [
        m for m in reversed(own) if m.start < money.start
    ]
    dated = [period for m in ordered if (period := ctx.absolute_in(segment, m)) is not None]
    if dated:
        return shift_month(dated[0].last_day(), 0).label()
    if ctx.report is not None:
        return ctx.report.label()
    return shift_month(ctx.published, 0).label() if ctx.published else None
