"""What the extractor knows about the whole document: its date, entity, report period.

`DocContext` holds the publication date, the report's own period (`document_period`), a news
story's lead period, the period a document names most, a section heading's period and the
month or quarter the prose is about; `fallback` is the period a figure whose sentence names
none takes, and `absolute` reads relative phrases ("the month", "this quarter", "last month")
against them. How a figure's period is chosen is `resolver` (the precedence) and
`balance_dates` (the day a balance stands at).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .balance_dates import stock_date
from .cited_reports import is_cited_report
from .fiscal_year_end import ended_fiscal_year
from .folded import MONTH_WORD, Folded, lowered
from .numbers import NEXT_FIGURE, Money, find_money
from .periods import Mention, Period, find_mentions, last_quarter_before, shift_month
from .resolver import can_be_topic
from .sentences import Segment
from .span_flows import is_summed_month
from .terms import is_price_date, is_release_date, is_since, is_term

__all__ = ["DocContext", "detect_dollar"]

_LEAD_REACH = 15


_HEADING_CHARS = 80


_HEADING_WORD = Folded(
    r"\b(?:highlights|update|results|summary|overview|metrics)\b"
)  # a period phrase starting this close to the sentence start opens it


# Cheap test of the first word before looking for a period phrase at the sentence start.
_OPENS_WITH_PERIOD = re.compile(
    r"(?:(?:The|Its|Their)\s+(?:figures|results|numbers|data|update)\s+for|"
    r"In|During|For|As|On|Beginning|Starting|Since|At|Through|Over|By|From|Throughout|"
    r"Between|Effective|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|Q[1-4]|[1-4]Q|FY|"
    r"Fiscal|The\s+(?:first|second|third|fourth))\b"
)


# "• Reported record full year FY22 results": a list item telling what was done, not a heading
# over the lines after it.
# "Q3 2025: Record Profits Amid Rising Costs", "Fiscal 2024 – A Year of Growth": a heading
# that opens with its period and a colon or dash names its section's period.
# (a quarter in any of its notations: "Q3 2025", "3Q 2025", "Third Quarter 2025", "third quarter
# 2025")
_PERIOD_TITLE = re.compile(
    r"\s*(?:(?:Q[1-4]|[1-4]Q)\s+(?:FY\s?)?(?:19|20)\d\d|"
    r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)[- ][Qq]uarter\s+"
    r"(?:19|20)\d\d|(?:Fiscal\s+|Full[- ]Year\s+|FY\s?)(?:19|20)\d\d|[A-Z][a-z]+\s+(?:19|20)\d\d)"
    r"\s*(?::|\s[–—-]\s)\s*[A-Z]"
)
_DONE_ITEM = Folded(
    r"\s*(?:reported|announced|achieved|completed|delivered|published|released|posted|recorded|"
    r"closed|signed|secured|generated|mined|produced|filed|held|hosted)\b"
)


# A heading ending on its report noun: "Preliminary February Operational Results".
_REPORT_NOUN_END = Folded(r"\b(?:operational|operating|production)\s+(?:results|update)\s*$")


def heading_period(text: str, reference: dt.date | None) -> Period | None:
    """The period a section heading names ("Preliminary February Operational Results", "Q3
    2025: Record Profits"): a short line naming one period and nothing else numeric."""
    if len(text) > _HEADING_CHARS or text.rstrip().endswith((".", ",", ";")):
        return None
    titled = _PERIOD_TITLE.match(text) is not None
    if not (titled or _HEADING_WORD.search(text)) or _DONE_ITEM.match(text):
        return None
    mentions = [m for m in find_mentions(text, reference) if m.period is not None]
    if len(mentions) != 1 or mentions[0].period is None or mentions[0].period.is_date:
        return None
    rest = text[: mentions[0].start] + text[mentions[0].end :]
    if any(char.isdigit() for char in rest):
        return None
    # (the period phrase may take the heading's noun in: "February Operational Results")
    if not (titled or _HEADING_WORD.search(rest) or _REPORT_NOUN_END.search(text)):
        return None
    return mentions[0].period


# A release of a whole year's results, in its title or lead ("Reports Full Year Results",
# "Annual Results and Operational Update", "fourth quarter and full year", "Form 10-K").
_FULL_YEAR_RELEASE = Folded(
    r"\b(?:full[\s-]+(?:fiscal[\s-]+)?year|annual|year[\s-]+end|fiscal\s+year)\s+"
    r"(?:(?:financial|operating|operational)\s+)?results\b|\bfourth[\s-]+quarter\s+and\s+"
    r"(?:the\s+)?full[\s-]+year\b|\bannual\s+report\b|\b10-K\b"
)
_RELEASE_HEAD_CHARS = 600
# A year is reported early in the next: results of a calendar year come out by its 10-K's
# deadline (the same reach as a news lead's period, `document_period`).
_YEAR_JUST_ENDED = dt.timedelta(days=100)
# "during the year", "during the fiscal year" (`periods`' relative phrases)
_THE_YEAR = ("report-year", "report-fiscal-year")
# Periods counted from the report's own period.
_OF_THE_REPORT = ("report-quarter", "report", "report-period", "report-half")


@dataclass(slots=True)
class DocContext:
    """Publication date, entity and the report's own period, plus state across sentences."""

    published: dt.date | None = None
    entity: str | None = None
    report: Period | None = None
    text: str | None = None  # the whole clean text, for quoting cells of rebuilt tables
    # The period a heading named ("Fourth Quarter 2024 Highlights"): the bullets under it
    # are about that period, whatever the release's title says.
    section: Period | None = None
    # Every period a heading named: each section reports its period as the document's own.
    sections: list[Period] = field(default_factory=list)
    # The calendar quarter `report` was found as, when it is the issuer's fiscal quarter
    # ("quarter ended December 31, 2024" of a "fiscal Q1" release: 2024-Q4 for 2025-Q1).
    report_calendar: Period | None = None
    # A news rewrite's period, named in its first sentences (used when it names no report).
    lead: Period | None = None
    # The recent period a document with no report period names most (`detect_document_period`).
    document: Period | None = None
    # The calendar quarter `document` was found as, when it is the issuer's fiscal quarter
    # ("the quarter ending September 30" of a "Q2 earnings" story: 2025-Q3 for 2026-Q2).
    document_calendar: Period | None = None
    # "All financial references are in Canadian Dollars": what a plain "$" means here.
    dollar: str = "USD"
    ai_document: bool = False  # the title/lead is about an AI/HPC build-out
    # Period of the last BTC sale seen, so "The sale generated proceeds of…" can refer back.
    last_sale: tuple[int, str | None] | None = None
    # Period of the first selling intention the document stated: the same intention told again
    # later ("It will continue to sell self-mined bitcoins …") keeps that date (`intent`).
    first_intent: str | None = None
    # The month or quarter the prose last talked about, for "during the month" in a story
    # without a report period ("Riot produced 463 BTC in April 2025. During the month, …").
    topic: Period | None = None
    # "On March 28, 2024, the Company closed …": the month of the event the prose last dated.
    event: Period | None = None
    event_at: int = -1  # where the sentence that dated the event starts
    # Where the sentence that opened with the topic's period ("In May 2022 the Company
    # liquidated …") starts: its paragraph's next sentences tell the same event.
    opened: tuple[int, Period] | None = None
    # "Balance sheet as of March 31, 2024:" or "Liquidity (as of month end)" over a list: the
    # day the listed balances stand at, until the list ends.
    balance_day: Period | None = None
    # Flows refused as told for a span of months that is no whole period (`treasury_spans`):
    # the same figure told elsewhere without its span is that span's too.
    span_flows: set[tuple[str, Decimal | None]] = field(default_factory=set)
    # Production figures the prose has stated, by value: their periods. A share's lead that
    # tells one again ("Of that 189 BTC earned, it sold 134") restates it (`treasury_restated`).
    produced: dict[Decimal, str | None] = field(default_factory=dict)
    # The sentence (its start) whose lead restated a production: its value and first period.
    restated: tuple[int, Decimal | None, str | None] | None = None
    _mentions: dict[int, tuple[Mention, ...]] = field(default_factory=dict)
    _dating: dict[tuple[int, str], tuple[Mention, ...]] = field(default_factory=dict)
    _monies: dict[int, list[Money]] = field(default_factory=dict)

    # The report period whose last day `reference` gave, and that day: the readers ask for
    # the reference once per sentence, figure and cell (a period never changes once made).
    _report_end: tuple[Period | None, dt.date | None] = field(
        default=(None, None), repr=False, compare=False
    )

    @property
    def reference(self) -> dt.date | None:
        """Date used to put a year on "in December": publication, else the report's end."""
        if self.published is not None:
            return self.published
        report = self.report
        if not report:
            return None
        kept = self._report_end
        if kept[0] is not report:
            kept = self._report_end = (report, report.last_day())
        return kept[1]

    def mentions(self, segment: Segment) -> tuple[Mention, ...]:
        cached = self._mentions.get(segment.start)
        if cached is None:
            cached = find_mentions(segment.text, self.reference)
            self._mentions[segment.start] = cached
        return cached

    def dating(self, segment: Segment) -> tuple[Mention, ...]:
        """The sentence's period phrases that may date a figure (not terms, deadlines or a
        price's date),
        judged once per sentence: every figure of it asks."""
        key = (segment.start, segment.text)
        cached = self._dating.get(key)
        if cached is None:
            text = segment.text
            cached = tuple(
                m
                for m in self.mentions(segment)
                if not is_term(text, m)
                and not is_price_date(text, m)
                and not is_since(text, m)
                and not is_release_date(text, m)
                and not is_summed_month(text, m)  # "combined … during April and May"
            )
            self._dating[key] = cached
        return cached

    def monies(self, segment: Segment) -> list[Money]:
        """Money amounts in a sentence, found once and shared by the metric families."""
        cached = self._monies.get(segment.start)
        if cached is None:
            cached = list(find_money(segment.text))
            if self.dollar != "USD":
                cached = [self._in_document_dollar(money) for money in cached]
            self._monies[segment.start] = cached
        return cached

    def _in_document_dollar(self, money: Money) -> Money:
        if not money.bare_dollar or self.dollar == "USD":
            return money
        return replace(money, currency=self.dollar)

    def fallback(self) -> Period | None:
        """Period of a figure whose sentence names none: the report's, else the month or
        quarter the prose is about ("In May, … . The Company used the proceeds …"), else the
        month of publication."""
        if self.section is not None:
            return self.section
        if self.report is not None:
            return self.report
        if self.lead is not None:
            return self.lead
        if self.document is not None:
            return self.document
        if self.topic is not None:
            return self.topic
        return shift_month(self.published, 0) if self.published else None

    def news_month(self) -> Period | None:
        """The own period of a story that names none (no report, lead or document period):
        the month of the news, its publication (README "Periods", last resort)."""
        return shift_month(self.published, 0) if self.published else None

    def _year_reported(self) -> Period | None:
        """ "For the full year, annual interest expense was $8.4 million" in a document with no
        report period: the year its lead or the period it names most closes (a year, a fourth
        quarter, a December), else the year just ended before publication when the document
        is a full-year release or names that year ("Reports Full Year Results", "revenue for
        2024"); else None (the fallback's month)."""
        own = self.section or self.lead or self.document
        if own is not None and not own.is_date:
            if own.month is None and own.quarter is None and own.half is None:
                return own
            if own.month == 12 or own.quarter == 4:
                return Period.of_year(own.year)
        published = self.published
        if published is None or self.text is None:
            return None
        year = Period.of_year(published.year - 1)
        if published - year.last_day() > _YEAR_JUST_ENDED:
            return None
        head = self.text[:_RELEASE_HEAD_CHARS]
        if _FULL_YEAR_RELEASE.search(head) or re.search(rf"\b{year.year}\b", self.text):
            return year
        return None

    def _year_implied(self) -> Period | None:
        """ "During the year, Riot has sold 500 BTC" in a story that names no year: the year
        the story is about (its lead's, its document's or its prose's period; that period
        itself when it opens the year: a first quarter's year so far), else the year of
        publication, or the year just ended when the story runs early in the next (the
        sentence names a year, never a month: README "Periods")."""
        own = self.lead or self.document or self.topic
        if own is not None:
            return _year_so_far(own)
        published = self.published
        if published is None:
            return None
        just_ended = Period.of_year(published.year - 1)
        if published - just_ended.last_day() <= _YEAR_JUST_ENDED:
            return just_ended
        return Period.of_year(published.year)

    def _report_month(self) -> Period | None:
        """ "1,072 BTC for the month" in a story whose report period is a quarter: the month
        the prose is about ("In August 2023, …"), if it names one. With no report or section
        period, "the month" is the month the prose last named ("The figures for July show …
        It mined 650 BTC during the month"), not the story's opening month."""
        topic = self.topic
        if self.report is None and self.section is None and topic and topic.month is not None:
            return topic
        period = self.fallback()
        if period is None or period.month is not None or period.is_date:
            return period
        topic = self.topic
        return topic if topic is not None and topic.month is not None else period

    def month_of_report(self) -> Period | None:
        """The month a figure stated as monthly belongs to: the prose's month, else the last
        month of a quarterly report published after it ended (a quarter's release reports its
        last month beside the quarter), else the usual fallback."""
        period = self._report_month()
        if period is None or period.quarter is None or self.published is None:
            return period
        end = period.last_day()
        return Period.of_month(end.year, end.month) if end < self.published else period

    def note_heading(self, segment: Segment) -> None:
        """A short line naming one period and nothing else numeric is a section heading."""
        self._note_balance_heading(segment)
        period = heading_period(segment.text, self.reference)
        if period is not None:
            self.section = period
            self.sections.append(period)

    def _note_balance_heading(self, segment: Segment) -> None:
        """An as-of line over a list dates the list's balances; a line that is no list item
        ends it."""
        text = segment.text
        if (
            len(text) <= _HEADING_CHARS
            and _AS_OF_HEADING.search(text)
            and not _ENDS_SENTENCE.search(text)
        ):
            day = self._heading_day(segment)
            if day is not None:
                self.balance_day = day
                return
        if self.balance_day is not None and not self._listed(segment) and _has_words(text):
            if _SUBHEADING.fullmatch(text):
                return  # "Assets" over the list's first items: a part of the list, not its end
            self.balance_day = None  # (a flattened table's "|" between items ends no list)

    def _heading_day(self, segment: Segment) -> Period | None:
        mentions = self.mentions(segment)
        # (one day, printed once or in two heading lines: "Period of Report: December 9, 2024"
        # over "Bitcoin Holdings as of December 9, 2024")
        if not mentions or NEXT_FIGURE.search(segment.text):
            return None
        if len({(mention.period, mention.relative) for mention in mentions}) != 1:
            return None
        period = self.absolute(mentions[0])
        if period is None or (not period.is_date and mentions[0].relative != "report"):
            return None
        return period if period.is_date else stock_date(period)

    def _listed(self, segment: Segment) -> bool:
        """Does the segment start a list item ("• 2,287 BTC held", "- No debt")?"""
        text = self.text or ""
        line_start = text.rfind("\n", 0, segment.start) + 1
        if _BULLET.match(text, line_start, segment.start + 1) is not None:
            return True
        # a flattened table gives the bullet a cell of its own, on the line before ("▪ |")
        previous = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        return line_start > 0 and _BULLET_CELL.fullmatch(text, previous, line_start - 1) is not None

    def note_topic(self, segment: Segment) -> None:
        """A sentence that opens with a period ("In May, …", "January was …") sets the topic."""
        label = _FIELD_LABEL.match(segment.text)  # "Comments: On December 27, 2024, …"
        text = segment.text[label.end() :] if label else segment.text
        if not _OPENS_WITH_PERIOD.match(text):
            self._note_update_month(segment)
            return
        # Only the opening matters, so scan just the first words (cheaper than the sentence).
        for mention in find_mentions(text[: _LEAD_REACH + 40], self.reference):
            if mention.start > _LEAD_REACH + 12:
                break
            if is_since(text, mention):
                continue  # "Since January 2021, …" names when a span began, not the topic
            if is_cited_report(text, mention):
                continue  # "As per an October report, the firm had …": a source, not the topic
            if can_be_topic(mention.period):
                self.topic = mention.period
                self.opened = (segment.start, mention.period)
            elif _event_date(text, mention):
                self.topic = self.event = mention.period.as_month()  # type: ignore[union-attr]
                self.event_at = segment.start

    def _note_update_month(self, segment: Segment) -> None:
        """ "… per its July mining and operations update. The unaudited report also showed it
        mined 575 BTC across the month": a monthly update named by its month makes that month
        what "the month" of the next sentences means."""
        lower = lowered(segment.text)  # (kept: the readers of this sentence lower it next)
        if "update" not in lower and "report" not in lower:
            return  # cheap gate
        found = _UPDATE_MONTH.search(segment.text)
        if found is None:
            return
        for mention in find_mentions(segment.text[found.start() : found.end()], self.reference):
            period = mention.period
            if period is not None and period.granularity == "month" and can_be_topic(period):
                self.topic = period
                return

    def absolute_in(self, segment: Segment, mention: Mention) -> Period | None:
        """`absolute`, except that "this month" / "last month" inside a quotation count from
        when it was said: the date the sentence says it was said on ("…," the CEO said on
        January 31), else the report's own month or quarter (a monthly update's quote is about
        the month reported), never the story's publication."""
        named = self._month_named_before(segment, mention)
        if named is not None:
            return named
        if mention.relative not in _SPOKEN or not _quoted(segment.text, mention.start):
            return self.absolute(mention)
        said = _said_on(self, segment, mention)
        if said is not None and mention.relative == "published-quarter":
            return Period.of_quarter(said.year, (said.month - 1) // 3 + 1)
        if said is not None:
            return shift_month(said, -1 if mention.relative == "published-previous" else 0)
        if mention.relative == "published" and self.report and self.report.month is not None:
            return self.report
        if mention.relative == "published-quarter" and self.report and self.report.quarter:
            return self.report
        return self.absolute(mention)

    def _month_named_before(self, segment: Segment, mention: Mention) -> Period | None:
        """ "an update on November 2022 … proceeds of EUR 4.1 million in this month alone":
        "in this month" after a month named earlier in the sentence points back to it."""
        if mention.relative != "published":
            return None
        text = segment.text
        if not _IN_THIS_MONTH.search(text, max(0, mention.start - 12), mention.end + 8):
            return None
        earlier = [
            m.period
            for m in self.dating(segment)
            if m.end <= mention.start
            and m.period is not None
            and m.period.month is not None
            and not m.period.is_date
        ]
        return earlier[-1] if earlier else None

    def absolute(self, mention: Mention) -> Period | None:
        """A mention's period, resolving "the month", "this quarter", "last month"."""
        if mention.period is not None:
            return mention.period
        relative = mention.relative
        if relative == "report-quarter" and self._prose_only():
            return self._quarter_of_prose()
        if relative == "report-fiscal-year" and self.published is not None:
            # "During the fiscal year" of an issuer whose fiscal year the document says ended on
            # a stated day: that fiscal year (named by the calendar year it ended in)
            ended = ended_fiscal_year(self.text or "", self.published)
            if ended is not None:
                return ended
        if relative in _THE_YEAR and self.published is not None:
            return self._the_year()
        if relative in _OF_THE_REPORT:
            return self._of_the_report(relative)
        if self.published is None:
            return self.report
        return self._of_publication(relative)

    def _prose_only(self) -> bool:
        """No report period or section heading to count from, but a publication date."""
        return self.report is None and self.section is None and self.published is not None

    def _quarter_of_prose(self) -> Period | None:
        """ "In the second quarter of 2023, … mined 399 Bitcoins during the quarter": the
        quarter the prose is about, else the last one before publication."""
        assert self.published is not None  # (checked by `_prose_only`)
        quarter = self.topic if self.topic is not None and self.topic.quarter else None
        quarter = quarter or last_quarter_before(self.published)
        # (named as the issuer does when the document is its fiscal quarter)
        return self.document if quarter == self.document_calendar else quarter

    def _the_year(self) -> Period | None:
        """ "For the full year", "during the year": the year the report closes or is in."""
        report = self.report
        if report is not None and report.month is None and report.quarter is None:
            return report
        if report is not None and (report.month == 12 or report.quarter == 4):
            # "For the full year, Riot produced 6,626 BTC" in a December update: the year
            # that report closes
            return Period.of_year(report.year)
        if report is None:
            return self._year_reported() or self._year_implied()
        # "During the year, we sold 500 BTC" in a month's or quarter's report: its year,
        # or the report itself when it opens the year (a Q1's year so far is the quarter)
        return _year_so_far(report)

    def _of_the_report(self, relative: str) -> Period | None:
        """ "the quarter", "the month", "the period", "the half" of the report."""
        if relative == "report-quarter":
            return _last_quarter_of(self.fallback())
        if relative == "report":
            return self._report_month()
        if relative == "report-period":
            return self.fallback()
        return _half_of(self.fallback())

    def _of_publication(self, relative: str | None) -> Period:
        """ "this quarter", "last quarter", "last month", "today", "this month": counted from
        the publication date."""
        assert self.published is not None  # (checked by `absolute`)
        if relative == "published-quarter":
            if self.report is not None and self.report.quarter is not None:
                return self.report
            return Period.of_quarter(self.published.year, (self.published.month - 1) // 3 + 1)
        if relative == "published-previous-quarter":
            return last_quarter_before(self.published)
        if relative == "published-previous":
            return shift_month(self.published, -1)
        if relative == "published-day":
            day = self.published
            return Period.of_date(day.year, day.month, day.day)
        return shift_month(self.published, 0)


# "its July mining and operations update", "the company's August production report": a
# monthly update named by its month.
_UPDATE_MONTH = Folded(
    r"\b(?:its|the|their|the\s+company['’]s)\s+" + MONTH_WORD + r"(?:\s+20\d\d)?\s+"
    r"(?:(?:monthly|mining|production|operations|operational|and|bitcoin|btc)\s+){0,4}"
    r"(?:update|report)\b"
)


# A filing digest's or form's field label before its prose ("Comments: ", "Summary: ").
_FIELD_LABEL = re.compile(r"[A-Z][A-Za-z]{2,15}(?:\s[A-Za-z]{2,15})?:\s+")


# "On December 27, 2024, Bit Digital acquired …": the day of the event the story is about;
# its month is the prose's topic ("The site was purchased for CAD $33.5 million").
_ON_DATE = re.compile(r"On\s")
_AFTER_DATE = re.compile(r",\s+(?:(?:the\s+)?[A-Z]|we\b|our\b)")


def _event_date(text: str, mention: Mention) -> bool:
    if mention.period is None or not mention.period.is_date or not _ON_DATE.match(text):
        return False
    return _AFTER_DATE.match(text, mention.end) is not None


_AS_OF_HEADING = Folded(r"\bas\s+(?:of|at)\b")
# A list's own sub-heading, a word or two, no figure ("Assets", "Current Liabilities").
_SUBHEADING = re.compile(r"\s*[A-Z][A-Za-z]{2,20}(?:\s+[A-Za-z]{2,20})?\s*")
_ENDS_SENTENCE = re.compile(r"[.;,]\s*$")
_BULLET = re.compile(r"\s*(?:[•▪●◦*o–-]|\d{1,2}[.)])\s")
_BULLET_CELL = re.compile(r"\s*[•▪●◦*o–-]\s*\|\s*")


def _has_words(text: str) -> bool:
    """Does a segment say anything (not only a table's "|" or a bullet cell)?"""
    return any(char.isalnum() for char in text)


# ("All monetary references are in Canadian {Dollars}": a rewrite's synonyms and markup)
# A statement's own heading says it too, on a line of its own: "(In Canadian dollars)",
# "(Expressed in Canadian dollars, except share amounts)". A prose aside in brackets ("(in
# Canadian dollars, about US$36.5 million)", a grant "$2 million (in Canadian dollars)") tells
# one amount's currency, not the document's.
_DOLLAR_NOTICE = Folded(
    r"\b(?:all\s+)?(?:(?:financial|monetary)\s+(?:references|amounts|figures)|amounts|"
    r"figures|dollar\s+amounts|currency)\s+(?:are\s+|is\s+)?"
    r"(?:expressed\s+|stated\s+|reported\s+)?"
    r"in\s+(?P<which>Canadian|Australian|U\.S\.|US|United\s+States)\s+[{(]?dollars"
    r"|(?<![^\n])[ \t|]{0,8}\(\s*(?:expressed\s+|presented\s+)?"
    r"in\s+(?P<heading>Canadian|Australian|U\.S\.|US|United\s+States)\s+dollars"
    r"(?:,\s*(?:except|unless)\b[^)\n]{0,80})?\s*\)[ \t|]{0,8}(?:\n|$)"
)


_DOLLARS = {"canadian": "CAD", "australian": "AUD"}


_DOLLAR_SCAN_CHARS = 5000


# The anaphoric "this month" of written reports ("in this month", "this month alone"), not a
# news story's "this month" (its publication month).
_IN_THIS_MONTH = Folded(r"\b(?:in|during)\s+this\s+month\b|\bthis\s+month\s+alone\b")
_SPOKEN = ("published", "published-previous", "published-quarter")


_QUOTES = '"“”'


_SAID_ON = Folded(r"\b(?:said|stated|noted|told\s+\w+|wrote|added)\s+(?:on\s+)?$")


def _quoted(text: str, at: int) -> bool:
    """Is `at` inside a quotation (an odd number of quote marks before it in the sentence)?"""
    return sum(text.count(mark, 0, at) for mark in _QUOTES) % 2 == 1


def _said_on(ctx: DocContext, segment: Segment, mention: Mention) -> dt.date | None:
    """The day a quoted sentence was said on: "…," the CEO said on January 31."""
    for other in ctx.mentions(segment):
        if other.start <= mention.end or other.period is None or not other.period.is_date:
            continue
        if _SAID_ON.search(segment.text, max(0, other.start - 30), other.start):
            return other.period.last_day()
    return None


def _year_so_far(period: Period) -> Period:
    """The year a story on `period` means by "during the year": `period` itself when it opens
    the year ("Q1 2025 results. During the year, the Company repaid …": the year so far is the
    quarter; README labels no year to date), else its year."""
    if period.granularity in ("month", "quarter", "half") and period.first_day().month == 1:
        return period
    return Period.of_year(period.year)


def _last_quarter_of(period: Period | None) -> Period | None:
    """ "during the quarter" in a half-year or annual report: its last quarter; in a monthly
    update, the quarter the month is in ("in March … we reduced our debt during the quarter")."""
    if period is None or period.granularity in ("date", "quarter"):
        return period
    last_month = period.last_day().month
    return Period.of_quarter(period.year, (last_month - 1) // 3 + 1)


def _half_of(period: Period | None) -> Period | None:
    """ "ended the half-year with …", "during the half": a half-year report's own half; in the
    report of a half's last quarter (Q2, Q4, as the issuer numbers them), that half; else
    none (a month's or a year's report names no half)."""
    if period is None or period.is_date:
        return None
    if period.half is not None:
        return period
    if period.quarter in (2, 4):
        return Period.of_half(period.year, period.quarter // 2)
    return None


def detect_dollar(text: str) -> str:
    """The dollar a plain "$" means, from a notice such as "all amounts are in Canadian
    dollars" near the top of the document; U.S. dollars otherwise."""
    head = text[:_DOLLAR_SCAN_CHARS]
    if head.isascii() and "dollars" not in head.lower():
        return "USD"  # cheap gate: every notice says "dollars" (any case, in ASCII text)
    notice = _DOLLAR_NOTICE.search(text, 0, _DOLLAR_SCAN_CHARS)
    if notice is None:
        return "USD"
    return _DOLLARS.get((notice["which"] or notice["heading"]).lower(), "USD")
