"""Bitcoin figures of an earlier period that a document recalls beside its own.

README decided case 1: a document reports its own period. "Riot sold 250 BTC in May … as the
company also sold 250 bitcoins in April and 200 in March" in a May story, "it previously said
the company held 6,695 bitcoins in August" in a September one, "compared to the three-month
period ended March 31, 2022, where the Company mined approximately 178 BTC" in a Q1 2023
release: each earlier figure is background or a comparative, whatever words recall it.

The rule is gated so that a document's own figures are never dropped: a prose figure goes only
when (1) its period ended before the document's own period began, and (2) the document also
states a figure of the same metric for its own period (the earlier one then cannot be the
document's subject), or the period ended more than about six months before the document's own
began, in a document that names recent dates (no report comes out that late: it is history). A
sentence that states both periods side by side with no comparison ("liquidate 1,818 bitcoin in
December and 383 in November") reports two periods as its own subject (README: "unless the
document reports two periods as its own subject") and keeps both. A sentence that itself
recalls ("previously said", "also sold … in April", "had sold", "in its March update") drops
its earlier figure without that second condition: the words say the figure is not news. Table
cells are left to the table readers (their columns name periods).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from monitor.vocabulary.periods import Period

from .model import BTC_HELD, BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, Extracted
from .periods import find_mentions
from .skipping import skipping

_BTC = (BTC_PRODUCED, BTC_SOLD, BTC_HELD, BTC_SALE_PROCEEDS)

# A report named for a quarter or a year may date its balances at the end of the quarter its
# fiscal name puts before it ("first quarter 2023" for the quarter ended December 31, 2022).
_BALANCE_SLACK = 3

# Words that make a second period in the same sentence a comparison, not a second subject.
# ("from" compares only toward a figure: "up from 400 BTC", not "attention from analysts")
_COMPARED = skipping(
    re.compile(
        r"\b(?:compar\w*|versus|vs\.?|from(?=[^.;]{0,40}?\d)|than|up|down|increase\w*|decrease\w*|decline\w*|"
        r"drop\w*|rose|fell|grew|previously|earlier|prior|last|consistent\s+with|where)\b",
        re.IGNORECASE,
    )
)

# Words that recall an earlier report or event: "It previously said the company held 6,695",
# "the company also sold 250 bitcoins in April", "in its March update", "had sold 400 BTC",
# "last month's 450 BTC", "the third consecutive month of sales".
_RECALLS = skipping(
    re.compile(
        r"\b(?:earlier|previously|"
        # (not "in a recent announcement on November 4, the company detailed that it sold …",
        # "in its latest update": the news the story retells)
        r"(?:in|from|per)\s+(?:its|the|their|a|an)\s+"
        r"(?:(?!(?:recent|latest|new|newest)\b)[\w-]+\s+){0,3}?(?:update|report|release|"
        r"filing|announcement)|had\s+(?:already\s+)?(?:sold|mined|produced|held|liquidated)|"
        r"also\s+(?:sold|mined|produced|held|liquidated)|consecutive|before\s+that|"
        r"prior\s+to\s+that)\b",
        re.IGNORECASE,
    )
)

# Reported speech shifts the tense back: "Argo reported that it had mined 167 BTC in October"
# tells what the report said ("we mined"), not an earlier event; its "had" recalls nothing.
_BACKSHIFTED = skipping(
    re.compile(
        r"\b(?:said|says|reported|reports|announced|disclosed|stated|noted|revealed|confirmed|added)"
        r"\s+(?:that\s+|which\s+)?(?:(?:it|they|the\s+(?:company|miner|firm|group))\s+)?"
        r"had\s+(?=(?:sold|mined|produced|held|liquidated)\b)",
        re.IGNORECASE,
    )
)


def _recalls(evidence: str, reported: bool) -> bool:
    """Words of the sentence recall an earlier report or event (`_RECALLS`), a news story's
    reported sentence's backshifted "had" aside (in a periodic report, "the Company reported
    that it had sold 300 BTC in December" recalls the earlier report)."""
    if "had" in evidence and not reported:
        evidence = _BACKSHIFTED.sub(lambda found: " " * len(found.group(0)), evidence)
    return _RECALLS.search(evidence) is not None


# "On Dec. 1, the company said it mined 339 bitcoins in November", "On May 31, Bitfarms
# reported that it owned 6,075 BTC" in a story of a week later: the figure was the news of an
# earlier statement, dated by its day, and is recalled here.
_SAID_ON_DAY = skipping(
    re.compile(
        r"\b[Oo]n\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s+(?P<y>(?:19|20)\d\d))?,?\s+(?:[^.;,]{0,60}?\s)?"
        r"(?:said|reported|announced|disclosed|stated|revealed|noted)\b"
    )
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A story comes out within days of the statement it reports; a statement older than this is
# recalled, not reported.
_STALE = dt.timedelta(days=4)


def _said_days_before(evidence: str, published: dt.date | None) -> bool:
    """The sentence tells what was said on a day well before publication."""
    day = said_on(evidence, published)
    return day is not None and published is not None and published - day >= _STALE


def said_just_before(evidence: str, published: dt.date | None) -> bool:
    """The sentence tells what was said a day or so before publication: the story's news
    ("On Dec. 6, the company said it mined 339 bitcoins in November" in a Dec. 7 story)."""
    day = said_on(evidence, published)
    return day is not None and published is not None and published - day < _STALE


def said_on(evidence: str, published: dt.date | None) -> dt.date | None:
    """The day the sentence says its figure was stated on ("On Dec. 1, the company said")."""
    if published is None or "On " not in evidence:
        return None
    said = _SAID_ON_DAY.search(evidence)
    if said is None:
        return None
    month = _MONTHS.index(said["mon"].lower()) + 1
    year = int(said["y"]) if said["y"] else published.year
    try:
        day = dt.date(year, month, int(said["d"]))
    except ValueError:
        return None
    if not said["y"] and day > published:
        day = day.replace(year=year - 1)  # a day named without its year is the latest one
    return day


# A revision is the document's own news about an earlier period: "January production has been
# revised to 497.1 BTC from the previously reported 496.4 BTC" (labelled for January).
_REVISED = skipping(
    re.compile(r"\b(?:revised|restated|restatement|adjusted|corrected|amended)\b", re.I)
)


def recalled(
    found: list[Extracted],
    own: Period | None,
    sections: list[Period] | tuple[Period, ...] = (),
    text: str | None = None,
    published: dt.date | None = None,
    reported: bool = False,
) -> set[int]:
    """Ids of the prose BTC figures of `found` recalled from before the `own` period. A
    period a section heading names ("Q3 2025: Record Profits …") is the document's own
    subject too: its figures are not recalled. `text` (the document) tells whether it names
    recent events, beside which a figure of a long-past period is history; `reported`: the
    document is a periodic report (it has a report period of its own)."""
    if own is None or own.is_date:
        return set()
    own_start = own.first_day()
    current, earlier = _split_by_period(found, own, own_start, sections)
    # (each question about a sentence is asked once: a run-on of a thousand figures shares one)
    revised = functools.cache(_REVISED.search)
    earlier = [item for item in earlier if not revised(item.evidence)]
    history = {id(item) for item in earlier if _long_before(item, own_start)}
    if history and not _names_recent(text, own_start):
        history = set()  # (a story naming only old periods may have misprinted its year)
    # A statement days old is recalled only beside the story's own news (a figure of its own
    # period); a story that only retells it reports it.
    has_news = any(_is_current(item, own_start) for item in found)
    recalls = functools.cache(functools.partial(_recalls, reported=reported))
    said_before = functools.cache(functools.partial(_said_days_before, published=published))
    beside = {metric: _Current(items) for metric, items in current.items()}
    dropped = [
        item
        for item in earlier
        if recalls(item.evidence)
        or (has_news and said_before(item.evidence))
        or id(item) in history
        or (item.metric in beside and not beside[item.metric].keeps(item))
    ]
    return {id(item) for item in dropped + _proceeds_of(dropped, earlier)}


def _split_by_period(
    found: list[Extracted],
    own: Period,
    own_start: dt.date,
    sections: list[Period] | tuple[Period, ...],
) -> tuple[dict[str, list[Extracted]], list[Extracted]]:
    """The prose BTC figures of the document's own period (by metric), and those before it."""
    current: dict[str, list[Extracted]] = {}
    earlier: list[Extracted] = []
    for item in found:
        if item.metric not in _BTC:
            continue
        period = Period.parse(item.period)
        if period is None:
            continue
        if period.last_day() >= _start_for(item.metric, own, own_start) or period in sections:
            current.setdefault(item.metric, []).append(item)
        elif item.row_label is None:
            earlier.append(item)
    return current, earlier


def _proceeds_of(dropped: list[Extracted], earlier: list[Extracted]) -> list[Extracted]:
    """The proceeds of a recalled sale are recalled with it ("sold 200 bitcoin in February,
    bringing in $18 million")."""
    sales = {(item.start, item.period) for item in dropped if item.metric == BTC_SOLD}
    return [
        item
        for item in earlier
        if item.metric == BTC_SALE_PROCEEDS and (item.start, item.period) in sales
    ]


def _is_current(item: Extracted, own_start: dt.date) -> bool:
    period = Period.parse(item.period) if item.period else None
    return period is not None and period.last_day() >= own_start


# A document reports a period within months of its end (an annual report within about four):
# a period that ended longer before the document's own began is history ("In 2022, the
# company mined 3576 BTC" in an August 2024 story about a bankruptcy).
_HISTORY = dt.timedelta(days=190)


def _long_before(item: Extracted, own_start: dt.date) -> bool:
    period = Period.parse(item.period)
    return period is not None and period.last_day() < own_start - _HISTORY


def _names_recent(text: str | None, own_start: dt.date) -> bool:
    """Does the document name, with its year, a period that ended after the history line ("a
    $54 million loan due on July 30, 2024" in an August 2024 story)? Then its own time is now
    (a bare "May" takes the latest May whatever the story meant)."""
    if not text:
        return False
    line = own_start - _HISTORY
    return any(
        mention.period is not None
        and mention.period.last_day() >= line
        and _YEAR.search(text, mention.start, mention.end) is not None
        for mention in find_mentions(text, own_start)
    )


_YEAR = skipping(re.compile(r"\b(?:19|20)\d\d\b"))


def _start_for(metric: str, own: Period, own_start: dt.date) -> dt.date:
    """The first day a figure of `metric` may lie on and still be the document's own."""
    if metric != BTC_HELD or own.month is not None:
        return own_start
    index = own_start.year * 12 + own_start.month - 1 - _BALANCE_SLACK
    return dt.date(index // 12, index % 12 + 1, 1)


class _Current:
    """The own period's figures of one metric, as an earlier figure asks about them (a few
    look-ups per figure, not a pass over all of them)."""

    def __init__(self, items: list[Extracted]) -> None:
        self._starts = {item.start for item in items}
        self._undated = {item.value for item in items if not _is_date(item.period)}
        self._compared = functools.cache(_COMPARED.search)

    def keeps(self, item: Extracted) -> bool:
        """`item` stands beside its sentence's own-period figure (`_side_by_side`) or is a
        holding the own period restates (`_same_holding`)."""
        return self._side_by_side(item) or self._same_holding(item)

    def _same_holding(self, item: Extracted) -> bool:
        """ "finishing the year with 18,005 BTC" beside "They still hold 18,005 BTC" (no date):
        one holding told twice, dated once; the dated telling is kept (the dateless one
        restates it), not dropped as an earlier balance."""
        return item.metric == BTC_HELD and item.value in self._undated

    def _side_by_side(self, item: Extracted) -> bool:
        """The sentence of `item` also states the own period's figure, with no comparison."""
        return item.start in self._starts and not self._compared(_unattributed(item.evidence))


# "According to official disclosures from Riot Platforms, these sales were …": the lead names
# the source; its "from" compares nothing (the comparison words are judged after it).
_ATTRIBUTION = re.compile(r"^\s*according\s+to\s[^,.;:]{1,100},", re.IGNORECASE)


def _unattributed(sentence: str) -> str:
    if not sentence.lstrip()[:9].lower().startswith("according"):
        return sentence  # (a substring test first: most sentences name no source)
    lead = _ATTRIBUTION.match(sentence)
    return sentence[lead.end() :] if lead else sentence


def _is_date(period: str | None) -> bool:
    parsed = Period.parse(period)
    return parsed is not None and parsed.is_date
