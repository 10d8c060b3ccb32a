"""Date forms: month abbreviations, day-month order and quarter notations."""

from __future__ import annotations

import re

from benchmarks.rewrites.turns import Turns

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SHORT = {month: month[:3] for month in MONTHS}
_FULL = {month[:3]: month for month in MONTHS} | {"Sept": "September"}
_MONTH = "|".join(MONTHS)
# Only a month followed by a day or a year is rewritten: "May" the verb, "March" the walk never.
_FULL_MONTH = re.compile(rf"\b({_MONTH})(?=\s+\d)")
_SHORT_MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?=\s+\d)")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH}) (\d{{1,2}}), (\d{{4}})\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) ({_MONTH}),? (\d{{4}})\b")

_ORDINALS = ("first", "second", "third", "fourth")
# "(the) third quarter (of) 2025"; not after "fiscal" (a fiscal quarter is named as the issuer
# names it) and not before "fiscal" (no year follows then anyway).
_QUARTER_WORDS = re.compile(
    r"(?<!fiscal )(?<!and )(?<!or )(?<!, )"
    r"\b(?:[Tt]he\s+)?(first|second|third|fourth)\s+quarter\s+(?:of\s+)?(20\d\d)\b",
    re.IGNORECASE,
)
_QUARTER_Q = re.compile(r"(?<![\w'])Q([1-4])\s+(20\d\d)\b")
_QUARTER_NQ = re.compile(r"(?<![\w'])([1-4])Q\s+(20\d\d)\b")


def months(text: str) -> str:
    """September 30 -> Sept. 30 / Sep 30 in turn (every month alike); Sept. 30 -> September 30."""
    turns = Turns()
    text = _SHORT_MONTH.sub(lambda m: _FULL[m[1]] + "\x00", text)
    text = _FULL_MONTH.sub(lambda m: _short(m[1], turns), text)
    return text.replace("\x00", "")


def _short(month: str, turns: Turns) -> str:
    if month == "May":
        return month
    dotted = "Sept." if month == "September" else _SHORT[month] + "."
    return turns.pick((dotted, _SHORT[month]))


def date_order(text: str) -> str:
    """September 30, 2023 <-> 30 September 2023."""
    text = _DAY_MONTH_YEAR.sub("\\2\x00\\1, \\3", text)
    text = _MONTH_DAY_YEAR.sub(r"\2 \1 \3", text)
    return text.replace("\x00", " ")


def quarter_q(text: str) -> str:
    """(the) third quarter (of) 2025 -> Q3 2025; Q3 2025 -> third quarter 2025."""
    text = _QUARTER_Q.sub(lambda m: f"{_ORDINALS[int(m[1]) - 1]}\x00quarter {m[2]}", text)
    text = _QUARTER_WORDS.sub(lambda m: f"Q{_ORDINALS.index(m[1].lower()) + 1} {m[2]}", text)
    return text.replace("\x00", " ")


def quarter_nq(text: str) -> str:
    """(the) third quarter (of) 2025 and Q3 2025 -> 3Q 2025; 3Q 2025 -> Q3 2025."""
    text = _QUARTER_NQ.sub(lambda m: f"Q{m[1]}\x00{m[2]}", text)
    text = _QUARTER_WORDS.sub(lambda m: f"{_ORDINALS.index(m[1].lower()) + 1}Q {m[2]}", text)
    text = _QUARTER_Q.sub(r"\1Q \2", text)
    return text.replace("\x00", " ")
