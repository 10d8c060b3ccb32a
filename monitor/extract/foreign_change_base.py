"""A flow with no period of its own, dated by the comparison the next sentence draws on it.

"Das Unternehmen verdiente 248,36 Bitcoins. Der Rückgang im Vergleich zum zweiten Quartal ist
auf das Migrationsprogramm zurückzuführen": the sentence after the figure opens on its change
("the decline", "el aumento", "la baisse") against one named month or quarter, the period
before the figure's. The figure is the next period's: the third quarter. A change against a
year ago ("im Vergleich zum Vorjahresquartal") names no period to step from, and a sentence
that does not open on the change (a new topic that happens to compare) says nothing of it.
Nor does a step that misses the report's own period, where the story names one: "Der Anstieg
im Vergleich zum Juli 2024" in July 2025's update compares with a year ago, not with the month
before the figure's.
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

from . import foreign_periods
from .foreign_words import Lexicon
from .sentences import Segment

# The next sentence opens on the change itself: German, Spanish, Portuguese, Italian, French.
_CHANGE_OPENS = re.compile(
    r"\s*(?:(?:Der|Dieser)\s+(?:Rückgang|Anstieg|Zuwachs)|Die\s+(?:Abnahme|Zunahme|Steigerung)|"
    r"(?:La|Esta)\s+(?:disminución|caída|reducción|baja)|(?:El|Este)\s+(?:aumento|incremento|"
    r"descenso)|(?:A|Esta)\s+(?:queda|redução|diminuição)|(?:O|Este)\s+aumento|"
    r"(?:Il|Questo)\s+(?:calo|aumento|incremento)|La\s+(?:diminuzione|riduzione|baisse|hausse|"
    r"diminution|progression)|Cette\s+(?:baisse|hausse))\b"
)


def step_from_comparison(
    following: Segment | None, lexicon: Lexicon, published: dt.date, report: Period | None
) -> Period | None:
    """The period after the one month or quarter `following` compares a change with, when
    it opens on that change and the step lands on the `report`'s own period (if one is known)."""
    if following is None or _CHANGE_OPENS.match(following.text) is None:
        return None
    compared = [
        mention.period
        for mention in foreign_periods.mentions(following.text, lexicon, published)
        if mention.compared and mention.period.granularity in ("month", "quarter")
    ]
    if len(compared) != 1:
        return None
    stepped = compared[0].next()
    if report is not None and not _overlaps(stepped, report):
        return None  # (a comparison with a year ago, or another period: not the one before)
    return stepped if stepped.last_day() <= published else None


def _overlaps(one: Period, other: Period) -> bool:
    """Do the two periods share a day (July within the third quarter, or the same month)?"""
    return one.first_day() <= other.last_day() and other.first_day() <= one.last_day()
