"""Dates as writers print them: one vocabulary of month words and of day-month orders.

US filers print "September 30, 2023"; UK, Canadian and Australian filers, and much news copy,
print "30 September 2023" ("(Fiscal Year Ended 30 September 2025)", "first quarter ended 30 June
2023", "as of 30 April"). Every reader of `monitor.extract` knows the month-first order, so a
day-first date is rewritten month-first in place, before any reading: the day and the month
swap places ("30 September 2023" → "September 30 2023", "1st Sept. 2024" → "Sept. 1st 2024"),
so the text keeps its length and every offset still points into the text as given (as
`spaced_thousands` and `number_words` do). A day so moved can no longer be read as a count
either ("holding 1,484 bitcoins as of 30 June 2025": no holding of 30).

A day-first date is rewritten only where it plainly is one: a day (1–31, maybe with its
ordinal suffix) and a month word, then a year ("30 September 2023", "30 Sept., 2023"), or,
without a year, right after "of", "at" or "on" ("as of 30 April", "on 31st March"): a bare
count before a month ("mined 30 March…") is no date. The month-first readers accept the date
without its comma ("September 30 2023": see `MONTH_DAY_YEAR`).
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import MONTHS

from .document_signs import document_sign, scan

# A month's name or abbreviation in a case-sensitive pattern ("September", "Sept.", "Dec"):
# the one spelling every case-sensitive reader shares. (The modal "may" is never May.)
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
YEAR = r"(?:19|20)\d\d"
# A day and its year after the month: " 30, 2023", " 30 2023" (a day-first date rewritten by
# `month_first`), " 31st, 2024"
DAY_YEAR = rf"\s{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?(?:,\s{{0,3}}|\s{{1,3}}){YEAR}"
# "September 30, 2023", "Sept. 30 2023", "Dec 31st, 2024": a date as every reader reads it
MONTH_DAY_YEAR = rf"{MONTH_NAME}{DAY_YEAR}"
_PARTS = re.compile(
    r"(?P<mon>[A-Za-z]+)\.?\s{1,3}(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(?P<y>\d{4})"
)

# Every month word as printed in a heading or a sentence: "September", "SEPTEMBER", "Sept."
_WORDS = sorted({form for name in MONTHS for form in (name.title(), name.upper())}, key=len)
_MONTH_ANY_CASE = "(?:" + "|".join(reversed(_WORDS)) + r")\.?"
# The months' full names: a dot after one is a full stop (abbreviations have at most four
# letters, "sept"; "may", "june" and "july" are both)
_FULL_NAMES = frozenset(name for name in MONTHS if len(name) > 4 or name in ("may", "june", "july"))
_DAY = r"(?:[1-9]|0[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
# The day stands alone (not "1,30 June", "$30 June", "2/30 June"); after the month, a year (a
# comma may sit before it), or no year where "of", "at" or "on" opens the date.
# (a look-behind first: CPython tries it at every character; `document_signs.scan` finds the
# few places RE2 says it may match)
_DAY_FIRST = document_sign(
    re.compile(
        rf"(?<![\w.,/$£€%-])(?P<day>{_DAY})(?P<gap>[ \t\xa0])(?P<month>{_MONTH_ANY_CASE})(?!\w)"
    )
)
_BEFORE_NO_YEAR = re.compile(r"\b(?:of|at|on|OF|AT|ON|Of|At|On)\s$")
_YEAR_AFTER = re.compile(rf",?[ \t\xa0]{YEAR}\b")
# Where a day-first date may be: a digit, a space and a month's capital (a literal-led scan).
_GATE = re.compile(r"\d(?:st|nd|rd|th)?[ \t\xa0][ADFJMNOS]")


def month_first(text: str) -> str:
    """`text` with every day-first date printed month-first, at the same offsets."""
    return month_first_swaps(text)[0]


def month_first_swaps(text: str) -> tuple[str, dict[str, str]]:
    """`month_first`, and each date it moved as read ("June 30") → as printed ("30 June"):
    a table's column label is quoted as the document prints it (see `as_printed`)."""
    if _GATE.search(text) is None:
        return text, {}  # (cheap: most texts print no day before a month)
    parts: list[str] = []
    swaps: dict[str, str] = {}
    last = 0
    for found in scan(_DAY_FIRST, text):
        year = _YEAR_AFTER.match(text, found.end()) is not None
        if not (year or _BEFORE_NO_YEAR.search(text, max(0, found.start() - 3), found.start())):
            continue
        parts.append(text[last : found.start()])
        month, dot = found["month"], ""
        if month.endswith(".") and (not year or month[:-1].lower() in _FULL_NAMES):
            # (a full stop, not an abbreviation's dot: "as of 30 April. 300 BTC were sold"
            # stays a sentence's end, "April 30.", not "April. 30")
            month, dot = month[:-1], "."
        moved = month + found["gap"] + found["day"] + dot
        parts.append(moved)
        swaps[moved] = found.group(0)
        last = found.end()
    if not parts:
        return text, {}
    parts.append(text[last:])
    return "".join(parts), swaps


def as_printed(label: str | None, swaps: dict[str, str]) -> str | None:
    """A label read from the month-first text, with its dates as the document prints them."""
    if not label or not swaps:
        return label
    for moved, printed in swaps.items():
        if moved in label:
            # (whole dates only: "June 3" moved is no part of a printed "June 30, 2024")
            whole = re.compile(rf"(?<!\w){re.escape(moved)}(?!\w)")
            label = whole.sub(printed.replace("\\", "\\\\"), label)
    return label


def parse_date(text: str) -> dt.date | None:
    """The day a `MONTH_DAY_YEAR` date names ("Sept. 30, 2024", "September 30 2024")."""
    found = _PARTS.fullmatch(text.strip())
    month = MONTHS.get(found["mon"].lower()) if found else None
    if found is None or month is None:
        return None
    try:
        return dt.date(int(found["y"]), month, int(found["d"]))
    except ValueError:
        return None
