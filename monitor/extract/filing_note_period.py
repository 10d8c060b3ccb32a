"""The period an XBRL filing note's heading names, when the report period reader finds none.

A 10-K's note page opens on its span: "Debt and Other Financing Arrangements | 12 Months Ended
| Dec. 31, 2024 | Debt Disclosure [Abstract] …". The note tells the events of that report
period ("On May 13, 2024, the Company entered into a $1.5 million secured loan"): they are the
document's own (README decided case 2), not earlier flows the filing recalls, however long
before its publication the period began. Only a calendar span is named here (a year ended
December 31, a quarter, a half, nine months); a fiscal year of another end is left unread.
"""

from __future__ import annotations

from monitor.vocabulary.periods import Period

from .folded import MONTH_WORD, Folded

_HEAD_CHARS = 300
_SPAN_ENDED = Folded(
    r"\b(?P<span>3|6|9|12|three|six|nine|twelve)\s+months\s+ended\s{0,3}\|?\s{0,3}"
    r"(?P<month>" + MONTH_WORD + r")\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b"
)
_SPANS = {"3": 3, "6": 6, "9": 9, "12": 12, "three": 3, "six": 6, "nine": 9, "twelve": 12}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_ENDS = {3: 31, 6: 30, 9: 30, 12: 31}


def note_period(text: str) -> Period | None:
    """The calendar span a filing note's heading (in the text's first lines) names, if any."""
    head = text[:_HEAD_CHARS]
    if "months ended" not in head.lower():
        return None
    found = _SPAN_ENDED.search(head)
    if found is None:
        return None
    months = _SPANS[found.group("span")]
    month = _MONTHS.index(found.group("month")[:3]) + 1
    year = int(found.group("year"))
    if _MONTH_ENDS.get(month) != int(found.group("day")):
        return None  # not a calendar quarter's end
    if months == 3:
        return Period.of_quarter(year, month // 3)
    if months == 6 and month in (6, 12):
        return Period.of_half(year, month // 6)
    if months == 9 and month == 9:
        return Period.of_nine_months(year)
    if months == 12 and month == 12:
        return Period.of_year(year)
    return None
