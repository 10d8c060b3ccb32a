"""Days of a payment schedule: "interest … payable quarterly in arrears on each March 31, June
30, September 30 and December 31, commencing September 30, 2024".

The days an instrument pays its coupon (or its instalments) on recur for its life; they say
when money falls due, never the period a figure is stated for, and a schedule of quarter-end
days must not make a document look like a quarterly report dated by a balance-sheet day.
"""

from __future__ import annotations

from .folded import MONTH_WORD, Folded
from .periods import Mention

# What may stand between "payable … on" and the day: the schedule's earlier days
# ("March 31, June 30, ") and its joiners, at most a few.
_EARLIER_DAYS = rf"(?:{MONTH_WORD}\.?\s\d{{1,2}}(?:,\s\d{{4}})?,?\s+(?:and\s+)?){{0,5}}"
# "payable quarterly in arrears on each March 31, …", "payable semi-annually on June 1 and …",
# "… , commencing September 30, 2024" (the schedule's first day, in the same sentence)
_SCHEDULE_BEFORE = Folded(
    r"\b(?:payable|paid|due)\s+(?:(?:quarterly|monthly|semi-?annually|annually|in\s+arrears|"
    r"in\s+cash|in\s+kind)\s+){0,3}on\s+(?:each\s+|every\s+)?(?:of\s+)?"
    rf"{_EARLIER_DAYS}$|"
    r"\bpayable\b[^.;]{0,160}?,?\s+(?:commencing|beginning|starting)\s+(?:on\s+)?$"
)
_REACH = 200


def is_payment_day(text: str, mention: Mention) -> bool:
    """Is the day at `mention` one of a payment schedule's (a coupon's or instalment's day)?"""
    if mention.period is None or not mention.period.is_date:
        return False
    before = text[max(0, mention.start - _REACH) : mention.start]
    if "payable" not in before and " due " not in before and "paid " not in before:
        return False  # cheap gate
    return _SCHEDULE_BEFORE.search(before) is not None
