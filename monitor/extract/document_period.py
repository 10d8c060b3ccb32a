"""The period a whole document reports, which figures with no period of their own take.

In order of trust: the report's own period, named in a title-like sentence near the top
("January 2026 Production Update", "Third Quarter 2025 Results"); a news rewrite's period,
named in its first sentences; else the recent period the document names most (a quarterly
letter's highlight tiles, a call summary). Datelines and other full dates never name a report.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .cited_reports import is_cited_report
from .entities import MINERS, is_peer_figure, ticker_of
from .event_dates import dates_followed_event, dates_opening_event
from .folded import Folded
from .periods import Mention, Period, find_mentions
from .schedules import is_schedule
from .sentences import Segment
from .terms import is_comparative, is_since, is_term

# Words that mark a sentence as describing the report itself (title, opening paragraph).
_REPORT_CUE = Folded(
    r"\b(?:updates?|results|report|highlights|production\s+figures|earnings\s+(?:call|release)|"
    r"(?:its|the|their)\s+(?:(?:19|20)\d\d\s+)?(?:financial|fiscal)\s+year|"
    r"(?:monthly|production|operational|operations|mining)\s+(?:review|summary|numbers|"
    r"metrics|statistics|data))\b"
)  # "released its monthly review for April", "its production numbers for May"
# A title's own words: "Bitfarms Announces February 2025 Production", "Riot Platforms February
# 2025 Production and Operations" (the first line only: in prose "production" is no title).
_TITLE_CUE = Folded(r"\b(?:production|operations)\b")
# "DMG reported an 18% increase … during the third quarter": the verb names the report only
# in a story's title and opening sentences; further down it is news prose about something
# else ("As previously reported …, back in June", "As of the start of April, Marathon reports
# an operating fleet …").
_REPORTED = Folded(r"(?<!previously\s)\b(?:reported|reports)\b")
_REPORTED_SEGMENTS = 4  # title, byline or dateline, and the opening sentences
_REPORT_SCAN_CHARS = 2500
_ANNUAL = Folded(
    r"\b(?:full[- ]year|annual|fiscal|financial\s+year|FY|year[- ]end(?:ed)?|twelve\s+months|"
    r"year\s+end(?:ed|ing))\b"
)
# "In an earnings release for 2023", "its results for 2024": a report of the whole calendar
# year, once it has ended
_YEAR_RESULTS = Folded(
    r"\b(?:earnings|results)\s+(?:release\s+|report\s+)?for\s+(?:the\s+(?:calendar\s+)?year\s+)?"
    r"(?:19|20)\d\d\b(?!\s*(?:first|second|third|fourth|Q[1-4]))"
)


def detect_report_period(segments: Iterable[Segment], reference: dt.date | None) -> Period | None:
    """The period a report covers: "January 2026 … Update", "Third Quarter 2025 … Results".

    The first month, quarter or year named in a title-like sentence near the top; datelines
    and other full dates never count.
    """
    prose = 0
    news_lead = False
    parts = _report_parts(segments)
    told = False  # has the document told figures yet (a report announced after them is an aside)
    for index, segment in enumerate(parts):
        if segment.start >= _REPORT_SCAN_CHARS:
            break
        prose += 1
        if index:
            told = told or _FIGURE_TOLD.search(parts[index - 1].text) is not None
        cued = _REPORT_CUE.search(segment.text) is not None or (
            prose == 1 and _is_title(segment.text) and _TITLE_CUE.search(segment.text) is not None
        )
        if prose == 1:
            news_lead = not cued and _is_news_lead(segment.text, reference)
        if not _may_name_report(segment.text, prose, cued=cued, news_lead=news_lead, told=told):
            continue
        period = _covered_period(segment.text, cued, reference)
        if period is None:
            continue
        if period.month is not None and not _is_title(segment.text):
            following = parts[index + 1 : index + 1 + _NEXT_SEGMENTS]
            return _later_month(following, period, reference)
        return period
    return None


def _report_parts(segments: Iterable[Segment]) -> list[Segment]:
    """The segments that may name the report: a flattened table's layout is no sentence (the
    title is the first line that says something)."""
    return [
        part
        for part in segments
        if (not part.is_row or _is_title_row(part)) and not _LAYOUT.fullmatch(part.text)
    ]


def _may_name_report(text: str, prose: int, *, cued: bool, news_lead: bool, told: bool) -> bool:
    """Whether the `prose`-th sentence may name the report's period: it is cued as the report
    (or says "reported" near the top), and is no citation in another story nor a call to come."""
    if not cued and not (prose <= _REPORTED_SEGMENTS and _REPORTED.search(text)):
        return False
    if news_lead and (_mentions_results(text) or _OCCASION.search(text)):
        return False  # a story about a deal that cites last quarter's results is no such report
    # "will hold a conference call to discuss its results for the second quarter"
    return not (told and _FUTURE_REPORT.search(text))


def _covered_period(text: str, cued: bool, reference: dt.date | None) -> Period | None:
    """The first period a report sentence names that the report covers, if any."""
    for mention in _ended_first(find_mentions(text, reference), reference):
        if _is_covered(text, mention, cued, reference):
            return mention.period
    return None


def _is_covered(text: str, mention: Mention, cued: bool, reference: dt.date | None) -> bool:
    """Whether the period of `mention` in a report sentence is the one the report covers."""
    period = mention.period
    if period is None or period.is_date:
        return False
    if is_comparative(text, mention):
        return False  # "up 547 BTC from the 6,412.6 BTC reported in October": the other side
    if is_cited_report(text, mention):
        return False  # "As per an October report, the mining firm had …": a source cited
    if _SINCE_REPORT.search(text, max(0, mention.start - 60), mention.start):
        return False  # "Since it released its third-quarter results on Nov. 30, …": a start
    bare_year = period.is_longer_than_half
    if bare_year and not (cued and _annual(text, period, reference)):
        # a bare year ("in 2025") is not what a monthly update is about, and a story
        # that only says "for fiscal 2025, X reported revenue of …" is no annual report
        return False
    if reference is not None and period.month is not None and _after_month_of(period, reference):
        return False  # "results release on June 15": a month after publication is not covered
    if is_schedule(text, mention, reference):
        return False  # "expected to be operational in the second half of 2027": when due
    # "as previously disclosed in the Report …, effective in May 2023": too old to be reported
    return reference is None or reference - period.last_day() <= _max_age(bare_year)


# "Since it released its third-quarter results on Nov. 30, the company has signed four separate
# deals": the report is the start of a span of news that comes after it, not the story's period.
_SINCE_REPORT = Folded(
    r"\b(?:since|after)\s+(?:it|they|the\s+company|the\s+firm|\w+)\s+(?:released|reported|"
    r"published|announced|posted)\s+(?:its|their)\s+$"
)


# "Polaris Forge 1 Campus Update | November 2025", "Mining Update – Q3 2025 | Hive": a
# headline set off from its period by a bar is a title, not a table row (two or three cells,
# the first one a headline's words, on the document's first line)
_TITLE_ROW_CELLS = (2, 3)
_TITLE_ROW_START = 4


def _is_title_row(segment: Segment) -> bool:
    """Is the row the document's headline, its period in a cell of its own?"""
    cells = segment.cells
    if segment.start > _TITLE_ROW_START or len(cells) not in _TITLE_ROW_CELLS:
        return False
    head = cells[0].strip(" |")
    return _is_title(segment.text) and _REPORT_CUE.search(head) is not None


def _annual(text: str, year: Period, reference: dt.date | None) -> bool:
    """Does the report sentence `text` name an annual report (of `year`)?"""
    if _ANNUAL.search(text):
        return True
    ended = reference is None or year.last_day() < reference
    return ended and _YEAR_RESULTS.search(text) is not None  # (not "will release … for 2025")


_NEXT_SEGMENTS = 2


def _ended_first(mentions: tuple[Mention, ...], reference: dt.date | None) -> list[Mention]:
    """ "As the first week of August wraps up, miners have released their monthly updates for
    July": a report covers a period that has ended; the publication's own month named beside
    it is when, not what (tried last)."""
    if reference is None:
        return list(mentions)
    running = [m for m in mentions if m.period is not None and m.period.last_day() >= reference]
    return [m for m in mentions if m not in running] + running


def _later_month(following: list[Segment], month: Period, reference: dt.date | None) -> Period:
    """ "The update outlined that in June, the firm mined 450 BTC … The figures for July show
    a considerable uptick": a rewrite that opens with the prior month reports the later month
    it names next, if that month has ended."""
    if reference is None:
        return month
    for segment in following:
        for mention in find_mentions(segment.text, reference):
            later = mention.period
            if (
                later is not None
                and not later.is_date
                and later.granularity == "month"
                and month.last_day() < later.last_day() < reference
            ):
                return later
    return month


_TITLE_CHARS = 120
# A report comes out within months of its period's end (a quarter's or month's within about six):
# a period ended longer ago is recalled background, never the document's own.
_REPORT_MAX_AGE = dt.timedelta(days=190)
# An annual report may come out later: a late filer's audited year ("Northern Data … net
# revenue of €77.5 million for the fiscal year 2023", published in July 2024).
_ANNUAL_MAX_AGE = dt.timedelta(days=230)


def _max_age(annual: bool) -> dt.timedelta:
    return _ANNUAL_MAX_AGE if annual else _REPORT_MAX_AGE


# "Applied Digital announced today that it has finalized …": a story about the day's event.
_TODAY = Folded(r"\btoday\b")
_ON_BEFORE = Folded(r"\bon\s+$")


def _names_event_day(text: str, reference: dt.date) -> bool:
    """ "Hut 8 … announced on May 6 the commercialization of …": a news lead that dates its
    event by a day (as "today" does) is about that event; a quarter a later sentence names
    ("Hut 8's Q1 2026 earnings disclosure characterized the tenant …") is a cited source."""
    if " on " not in text:
        return False  # cheap gate
    return any(
        m.period is not None
        and m.period.is_date
        and m.period.last_day() <= reference
        and _ON_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
        for m in find_mentions(text, reference)
    )


def _is_news_lead(text: str, reference: dt.date | None) -> bool:
    """A news story's opening sentence about an event, naming no period ("Cipher announced a
    10-year colocation agreement with Fluidstack …"): the story is about that event."""
    if not text.rstrip().endswith(".") or _is_title(text) or _title_cased(text):
        return False
    return not any(  # (a dateline's day is no period of the story)
        m.period is not None and not m.period.is_date for m in find_mentions(text, reference)
    )


# "In Q3 2025 the company reported $72 million in revenue", "The company's third quarter 2025
# results highlighted this transition, showcasing record quarterly revenue": a result cited,
# as opposed to the report published ("today announced its results for the third quarter",
# "released its production update for May").
_RESULT_CITED = Folded(
    r"\b(?:reported|reports|posted)\s+(?:an?\s+|its\s+)?(?:\w+\s+){0,3}?(?:US\$|C\$|\$|\d|revenues?\b|"
    r"(?:net|operating)\s+(?:loss|income)|(?:adjusted\s+)?(?:earnings|ebitda)\b|loss\b|profit\b)"
)
_RESULTS_PUBLISHED = Folded(
    r"\b(?:announc|releas|publish|present|provid|issu|unveil|fil|report|post|shar)\w*\s+"
    r"(?:\S+\s+){0,8}?(?:results|update|report)\b"
)


# "This partnership was revealed during Galaxy's earnings call for Q4 2024", "announced in its
# third-quarter report": the report is where a story's event was told, not what it rewrites.
_OCCASION = Folded(
    r"\b(?:during|on|at|in|with)\s+(?:\S+\s+){0,5}?(?:earnings\s+call|conference\s+call|"
    r"results|report|update)\b"
)


def _mentions_results(text: str) -> bool:
    """Does the sentence cite results ("reported $72 million in revenue") rather than say that
    the report itself was published?"""
    if _RESULTS_PUBLISHED.search(text):
        return False
    return _RESULT_CITED.search(text) is not None or "results" in text.lower()


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{3,}")
_TITLE_WORDS = 3


def _title_cased(text: str) -> bool:
    """ "U.S. Mining Company Marathon Now Holds 8,133 BTC.": a headline in title case, its
    full stop a sentence of its own, is no news lead about an event (a story under it may
    retell a report: "In their December report, …")."""
    if len(text) > _TITLE_CHARS:
        return False
    words = _WORD.findall(text)
    return len(words) >= _TITLE_WORDS and all(word[0].isupper() for word in words)


def _is_title(text: str) -> bool:
    """A short line with no sentence end and no figure: a headline, not news prose."""
    return len(text) <= _TITLE_CHARS and not text.rstrip().endswith(".") and "BTC" not in text


def _after_month_of(period: Period, reference: dt.date) -> bool:
    """Does `period` end after the month of `reference` (the month itself may be reported)?"""
    return (period.year, period.month or 12) > (reference.year, reference.month)


_LEAD_SEGMENTS = 2
# A flattened table's layout between cells: "|", "|•", "|o", "▪ |".
_LAYOUT = re.compile(r"[\s|•▪●◦*o–-]*")
_LEAD_MAX_AGE = dt.timedelta(days=100)


def detect_lead_period(
    segments: Iterable[Segment], reference: dt.date | None, entity: str | None = None
) -> Period | None:
    """A news rewrite names its period in its first sentences ("… a 7.3% increase in mined BTC
    in September 2023"): the first recent month or quarter there, ended before publication."""
    if reference is None:
        return None
    seen = 0
    news_lead = False
    first = ""
    for segment in segments:
        if segment.is_row or _LAYOUT.fullmatch(segment.text):
            continue  # (a flattened table's "|" or bullet cell is no sentence of the lead)
        seen += 1
        if seen > _LEAD_SEGMENTS or segment.start > _REPORT_SCAN_CHARS:
            break
        if seen == 1:
            news_lead = _is_news_lead(segment.text, reference)
        elif news_lead and (
            _TODAY.search(first)
            or _names_event_day(first, reference)
            or _mentions_results(segment.text)
            or _OCCASION.search(segment.text)
        ):
            break  # the story is about the event of its lead, not the results it cites, nor
            # a month recalled after "announced today that it has finalized a new lease"
        first = first or segment.text
        period = _lead_period_in(segment.text, reference, entity)
        if period is not None:
            return period
    return None


def _lead_period_in(text: str, reference: dt.date, entity: str | None) -> Period | None:
    """The first recent month or quarter a lead sentence dates its own figures by, if any."""
    for mention in find_mentions(text, reference):
        period = mention.period
        if period is None or period.is_date or period.is_longer_than_half:
            continue  # (a half is a lead's period too: "In the first half of the year, …")
        if _background(text, mention):
            continue  # "… 3,349 BTC, down from more than 6,000 BTC in May"
        if is_peer_figure(text, mention.start, entity):
            continue  # "… far below MARA, which held 52,850 BTC at the end of December"
        if entity and _others_only(text, mention, entity):
            continue  # "In May, Marathon's CFO said it too may consider selling"
        if not reference - _LEAD_MAX_AGE <= period.last_day() <= reference:
            continue
        if _incident_only(text, mention):
            continue  # "The company's site was knocked offline in July due to …"
        return period
    return None


# What a lead sentence that dates the story's figures speaks of: a figure, or the things the
# monitor reads ("Riot's bitcoin production fell in September").
_FIGURE_WORDS = Folded(
    r"\b(?:bitcoins?|btc|min(?:ed|ing|er|ers)|produc\w{0,6}|output|sold|sales?|sell\w{0,3}|"
    r"held|hold\w{0,4}|treasury|reserves?|debt|loans?|notes|borrow\w{0,4}|repa\w{0,5}|"
    r"interest|revenues?|results|earnings|quarter|update|report\w{0,2}|hash\w{0,4}|capacity|"
    r"megawatts?|mw|ai|hpc|gpus?|contract|lease|deal|financ\w{0,4}|credit|capex|liquidat\w{0,5}|"
    r"dump\w{0,3}|buy\w{0,3}|bought|purchas\w{0,3}|acqui\w{0,7}|accumulat\w{0,5}|stack\w{0,3}|"
    r"energi[sz]\w{0,3}|expan\w{0,6}|grow\w{0,3}|fell|rose|increas\w{0,3}|decreas\w{0,3})\b"
)


def _incident_only(text: str, mention: Mention) -> bool:
    """A subtitle's incident dated by a month ("The company's North Dakota site was knocked
    offline in July due to an equipment failure", under a title about a new loan): a sentence
    with no figure besides its date and no word of what is reported dates no figure of the
    story, which keeps the publication month (README "Periods")."""
    if not text.rstrip().endswith("."):
        return False  # a heading ("Digital Assets (Details) - Three Months Ended …") names
        # its period as what it is about
    rest = text[: mention.start] + text[mention.end :]
    return not any(char.isdigit() for char in rest) and _FIGURE_WORDS.search(text) is None


_DOCUMENT_SCAN_CHARS = 6000
_MONTHLY_LAG = dt.timedelta(days=20)  # a monthly update comes out within days of month-end
_DOCUMENT_MENTIONS = 2


def detect_document_period(
    segments: Iterable[Segment], reference: dt.date | None, entity: str | None = None
) -> Period | None:
    """The period a document with no title period is about: the latest month or quarter it
    names among those ended recently before publication, if named more than once.

    A quarterly letter's highlights say "IN Q3 2025" line after line, a call summary "in
    3Q '25" beside "from … in 2Q '25" (the prior quarter ended too long ago to be reported
    now). A balance dated at a quarter's end well after that end stands for the quarter
    ("as of September 30, 2021" in a story published in November); within days of a
    month-end it stands for the month. Peers' sentences count too: a sector round-up's
    month is the same for every miner in it.
    """
    if reference is None:
        return None
    tally = _PeriodTally()
    for segment in _story_segments(segments, reference):
        _count_mentions(tally, segment.text, reference, entity)
    counts, years = tally.counts, tally.years
    # Named once, a period is as likely background ("a prior loan … back in June"); a
    # quarter's balance-sheet date counts twice (it is what a quarterly report is dated by).
    # The latest period is the one reported; earlier ones are background or comparatives.
    latest = max(counts, key=lambda period: (period.last_day(), counts[period]), default=None)
    if latest is not None and counts[latest] >= _DOCUMENT_MENTIONS:
        return _half_ended(latest, counts, tally.named)
    # With no month or quarter, a year just ended that the story keeps naming is what it
    # reports ("Hashrate Reached an ATH in 2022 … revenue … for 2022. It mined 5,554 BTC").
    year = max(years, key=lambda period: years[period], default=None)
    return year if year is not None and years[year] >= _YEAR_MENTIONS else None


@dataclass
class _PeriodTally:
    """How often a document names each recent period, which of them in words (not only by a
    balance date), and how often each year just ended."""

    counts: dict[Period, int] = field(default_factory=dict)
    named: set[Period] = field(default_factory=set)
    years: dict[Period, int] = field(default_factory=dict)


def _story_segments(segments: Iterable[Segment], reference: dt.date) -> Iterator[Segment]:
    """The segments near the top that may date the story: in a news story (its first
    sentence after a headline and a subtitle a news lead), none that cites results."""
    news_lead: bool | None = None
    headlines = 0
    for segment in segments:
        if segment.start > _DOCUMENT_SCAN_CHARS:
            break
        if news_lead is None:
            # (a headline and a subtitle before the story's first sentence do not decide it:
            # "Bit Digital Acquires HPC Data Center for $46 Million", then the news lead)
            if not _is_headline(segment) or headlines == _HEADLINES:
                news_lead = _is_news_lead(segment.text, reference) and not segment.is_row
            headlines += 1
        elif news_lead and _mentions_results(segment.text):
            continue  # results cited in a story about another event do not date it
        yield segment


def _count_mentions(tally: _PeriodTally, text: str, reference: dt.date, entity: str | None) -> None:
    """Count the recent periods and years just ended that the sentence `text` names."""
    mentions = find_mentions(text, reference)
    for index, mention in enumerate(mentions):
        year = _ended_year(mention.period, reference)
        if year is not None and not _background(text, mention):
            tally.years[year] = tally.years.get(year, 0) + 1
        period, weight = _reported_with_weight(text, mentions, index, reference)
        if period is None or _background(text, mention):
            continue
        if entity and _others_only(text, mention, entity):
            continue  # "In May, Marathon's CFO said …" in a story about Bitfarms
        tally.counts[period] = tally.counts.get(period, 0) + weight
        if not mention.period.is_date:  # type: ignore[union-attr]
            tally.named.add(period)


def _reported_with_weight(
    text: str, mentions: tuple[Mention, ...], index: int, reference: dt.date
) -> tuple[Period | None, int]:
    """The recent period `mentions[index]` stands for and how much it counts: a
    balance-sheet date twice, a period named in words once."""
    mention = mentions[index]
    period = None if _weekday_dated(text, mention) else _reported_span(mention.period, reference)
    if period is not None:
        return period, _DOCUMENT_MENTIONS if mention.period.is_date else 1  # type: ignore[union-attr]
    period = _fiscal_quarter_ended(text, mentions[index:], reference) or _fiscal_label_ahead(
        text, mention, reference
    )
    return period, _DOCUMENT_MENTIONS  # dated like a balance-sheet date


_YEAR_MENTIONS = 3
_HEADLINES = 2  # a headline and a subtitle
# A list item or a heading's mark opens no headline: "- Hive's stock rose 7.5% …", "## The TL;DR"
_LIST_MARK = re.compile(r"\s*[-•*#▪●–]")


def _is_headline(segment: Segment) -> bool:
    """A plain line at the top of a story, with no sentence end: its headline or subtitle."""
    return not segment.is_row and _is_title(segment.text) and not _LIST_MARK.match(segment.text)


def _half_ended(latest: Period, counts: dict[Period, int], named: set[Period]) -> Period:
    """ "In the first half of 2025, it sold 27.15 bitcoins … as of June 30, 2025": a quarter
    found only from a balance date that also closes a half the text names is that half's
    report (an interim report's balances stand at the half's last day; a quarterly report
    names its quarter)."""
    if latest.quarter is None or latest in named:
        return latest
    end = latest.last_day()
    halves = [p for p in counts if p.half is not None and p in named and p.last_day() == end]
    return halves[0] if halves else latest


def _others_only(text: str, mention: Mention, entity: str) -> bool:
    """Does the period phrase date another miner's or the industry's news told as a likeness
    to the entity's story ("In May, Marathon's CFO said it too may consider selling", "miners
    also dumped their holdings in May"), in a sentence that does not name the entity? (A
    sector list's parallel items, "MARA mined 750 BTC in January", still date the list.)"""
    return _told_alike(text, entity)


@functools.lru_cache(maxsize=64)
def _told_alike(text: str, entity: str) -> bool:
    """The answer of `_others_only`, which depends on the sentence alone (asked once per period
    phrase of it: kept)."""
    if _names_entity(text, entity) or not _LIKENESS.search(text):
        return False
    return is_peer_figure(text, len(text), entity) or _INDUSTRY.search(text) is not None


# ("Previously, miners in the US did the same by selling 4,411 BTC throughout May 2022")
_LIKENESS = Folded(
    r"\b(?:too|also|likewise|similarly|as\s+well|did\s+the\s+same|followed\s+suit)\b"
)


# "Bitcoin miners also dumped their holdings faster than usual in May", "miners in the US did
# the same": the sector's month
_INDUSTRY = Folded(
    r"\b(?:bitcoin\s+|public\s+|listed\s+)?miners\s+(?:(?:in|from|across)\s+(?:the\s+)?\w+\s+)?"
    r"(?:also\s+|have\s+|had\s+)?(?:\w+ed|did)\b"
)


def _names_entity(text: str, entity: str) -> bool:
    lower = text.lower()
    own = ticker_of(entity)
    return any(name.lower() in lower for name in (entity, own, *MINERS.get(own, ())))


def _ended_year(period: Period | None, reference: dt.date) -> Period | None:
    """`period` if it is a bare year that ended recently before `reference`."""
    if period is None or period.is_date or period.granularity != "year":
        return None
    return period if reference - _LEAD_MAX_AGE <= period.last_day() <= reference else None


def _background(text: str, mention: Mention) -> bool:
    """A term, a span's start ("since May") or a comparison's other side ("down from 6,000
    BTC in May"): never the period the document reports."""
    return (
        is_term(text, mention)
        or is_since(text, mention)
        or is_comparative(text, mention)
        or _RECALLED.search(text, max(0, mention.start - _RECALLED_REACH), mention.start)
        is not None
        or _ORIGIN.search(text, max(0, mention.start - _ORIGIN_REACH), mention.start) is not None
        or dates_followed_event(text, mention.start)
        or is_cited_report(text, mention)
        # "Following a sale of 1,818 Bitcoin in December, Riot … sold 1,080": the recalled sale's
        or dates_opening_event(text, mention.start, mention.end, len(text))
    )


# "includes a $150-million convertible note agreed in June with Coatue": the month an
# instrument or deal the story mentions began, background to the story's own news
_ORIGIN = Folded(
    r"\b(?:notes?|loans?|facility|facilities|debentures?|agreements?|contracts?|leases?|deals?)\s+"
    r"(?:(?:first|originally|initially)\s+)?(?:agreed|signed|issued|borrowed|entered\s+into|"
    r"obtained|arranged|taken\s+out|incurred|originated|advanced)\s+(?:(?:back\s+)?(?:on|in|"
    r"during)\s+)?$"
)
_ORIGIN_REACH = 60


# "$7 billion from the initial two … leases executed in May 2025", "Under the initial lease
# agreements in May", "its previously announced loan of June": an earlier deal recalled as
# background (decided case 1) names no period of the document's own
_RECALLED = Folded(
    r"\b(?:initial|previous(?:ly)?|prior|earlier|existing|original(?:ly)?)\b[^.;:!?]{0,60}"
    r"\b(?:executed|signed|announced|entered|agreed|closed|agreements?|contracts?|leases?|"
    r"loans?|notes?|deals?)\b[^.;:!?]{0,12}$"
)
_RECALLED_REACH = 100


def _reported_span(period: Period | None, reference: dt.date) -> Period | None:
    """The month, quarter or half `period` may be a report of, if it ended recently."""
    if period is None or period.is_longer_than_half:
        return None
    if period.is_date:
        day = period.last_day()
        month = Period.of_month(day.year, day.month)
        if day != month.last_day():
            return None  # a mid-month date is an event, not a reporting date
        if reference - day > _MONTHLY_LAG:
            if day.month % 3:
                return None
            period = Period.of_quarter(day.year, day.month // 3)
        else:
            period = month
    end = period.last_day()
    if not reference - _LEAD_MAX_AGE <= end <= reference:
        return None
    return period


# "The announcement was made Tuesday, Oct. 31": a day named by its weekday is an event's (news
# tells when something happened so); a balance or reporting date is never stated that way.
_WEEKDAY_BEFORE = Folded(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?$")
_WEEKDAY_REACH = 16


def _weekday_dated(text: str, mention: Mention) -> bool:
    """Is the date at `mention` given with its weekday ("Tuesday, Oct. 31")?"""
    if mention.period is None or not mention.period.is_date:
        return False
    return (
        _WEEKDAY_BEFORE.search(text, max(0, mention.start - _WEEKDAY_REACH), mention.start)
        is not None
    )


_FISCAL_WORD = Folded(r"\b(?:fiscal|fy)")
_ENDED_WORD = Folded(r"\bended\b")
_ENDED_REACH = 40
_FISCAL_BEFORE = 8  # "fiscal Q1 2026"


def _fiscal_quarter_ended(
    text: str, mentions: tuple[Mention, ...], reference: dt.date
) -> Period | None:
    """ "the first quarter of fiscal 2026 (period ended August 31, 2025)": an issuer's fiscal
    quarter, whose label runs ahead of the calendar, reported now because it ended recently."""
    quarter, ended = mentions[0], mentions[1] if len(mentions) > 1 else None
    period = quarter.period
    if period is None or period.quarter is None or ended is None or ended.period is None:
        return None
    fiscal = _FISCAL_WORD.search(text, max(0, quarter.start - _FISCAL_BEFORE), quarter.end)
    if fiscal is None or not ended.period.is_date:
        return None
    if ended.start - quarter.end > _ENDED_REACH or not _ENDED_WORD.search(
        text,
        quarter.end,
        ended.end,  # ("quarter ended August 31, 2025" is one mention)
    ):
        return None
    day = ended.period.last_day()
    return period if reference - _LEAD_MAX_AGE <= day <= reference else None


# "Q1 FY26 operating performance: total revenue $240M" (told in November 2025): a quarter the
# issuer labels by a fiscal year running ahead of the calendar, whose calendar namesake has not
# begun at publication, is the fiscal quarter just reported (its label, as the issuer names it).
_FY_AFTER = Folded(r"\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?:20)?\d\d\b")
_AHEAD_MAX = dt.timedelta(days=200)
# the quarter names what is reported: "Q1 FY26 operating performance", "… 2026 results"
_RESULTS_AFTER = Folded(
    r"(?:\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?:20)?\d\d)?\s+(?:[\w-]+\s+)?"
    r"(?:results|performance|highlights|earnings|financials)\b"
)


def _fiscal_label_ahead(text: str, mention: Mention, reference: dt.date) -> Period | None:
    period = mention.period
    if period is None or period.quarter is None or period.is_date:
        return None
    fiscal = _FISCAL_WORD.search(text, max(0, mention.start - _FISCAL_BEFORE), mention.end)
    if fiscal is None and not _FY_AFTER.match(text, mention.end):
        return None
    if not _RESULTS_AFTER.match(text, mention.end):
        return None  # ("targeting completion in the second quarter of fiscal 2026": a goal)
    first = period.first_day()
    return period if reference < first <= reference + _AHEAD_MAX else None


# "Marathon will hold a webcast and conference call to discuss its financial results for the
# second quarter", "plans to release its third-quarter results on November 12": a report still
# to come, announced after the document's own figures (a monthly update's closing lines, a note
# on the month's production). An earnings preview opens with it: there it names the quarter
# the preview is about (`previews`).
_FUTURE_REPORT = Folded(
    r"\b(?:will|plans\s+to|intends\s+to|(?:is|are)\s+(?:scheduled|expected|set)\s+to)\s+"
    r"(?:hold|host|release|report|announce|publish|present|discuss|file)\b"
)
# A figure told: coins or money ("produced 1,176 BTC", "$115 million").
_FIGURE_TOLD = Folded(r"\d\s*(?:btc|bitcoins?)\b|\$\s?\d")


# "[10-K] Hut 8 Corp. Files Annual Report", "its annual report on Form 20-F": the document is a
# whole year's report, whatever quarter-end date its balances are stated at.
_ANNUAL_REPORT = Folded(
    r"\b(?:annual\s+report|10-K|Form\s+(?:20|40)-F|full[- ]year\s+(?:\d{4}\s+)?results|"
    r"(?:fiscal|financial)\s+year\s+(?:\d{4}\s+)?results)\b"
)
_ANNUAL_HEAD_CHARS = 600


def annual_document(document: Period | None, text: str) -> Period | None:
    """An annual report's period: the year whose last quarter the document was dated by
    ("As of December 31, 2025" in a 10-K summary is the year 2025, not its fourth quarter)."""
    if document is None or document.quarter != 4 or document.is_date:
        return document
    if _ANNUAL_REPORT.search(text[:_ANNUAL_HEAD_CHARS]) is None:
        return document
    return Period.of_year(document.year)
