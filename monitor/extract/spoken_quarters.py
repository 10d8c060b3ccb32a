"""A quarter as a speech transcript writes it: "during Q two", "Q three of 2023".

Machine transcripts of calls and videos spell the digit of "Q2" as a word. The quarter is
read as "Q2" would be: with its year when one follows, else the latest such quarter not after
the reference date (publication).
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4}
SPOKEN_QUARTER = r"\bQ\s(?P<qw>one|two|three|four)\b(?:,?\s+(?:of\s+)?(?P<qy>(?:19|20)\d{2})\b)?"


def spoken_quarter(m: re.Match[str], reference: dt.date | None) -> Period | None:
    quarter = _WORDS[m["qw"]]
    if m["qy"]:
        return Period.of_quarter(int(m["qy"]), quarter)
    if reference is None:
        return None
    current = (reference.month - 1) // 3 + 1
    year = reference.year if quarter <= current else reference.year - 1
    return Period.of_quarter(year, quarter)
