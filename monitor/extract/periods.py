"""Periods named in text: dates, months, (fiscal) quarters, years and relative phrases.

Each phrase is read into the vocabulary's `Period` (a date, month, quarter, half or year).
Months and quarters named without a year ("in December") get the latest such period not
after the reference date — usually the publication date, so a December update published in
January is last year's. Fiscal quarters keep the issuer's own label ("Q3 FY25" → 2025-Q3):
fiscal year ends differ by issuer and are not converted to calendar quarters.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from monitor.vocabulary.periods import Period, month_number, quarter_of

from .month_spans import MONTH_SPAN, month_span
from .next_year import in_next_year
from .pattern_sets import PatternSet
from .per_document import remembered
from .required import required_words
from .skipping import compile_skipping, skipping
from .spoken_quarters import SPOKEN_QUARTER, spoken_quarter

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4}  # fmt: skip

# Month names are matched case-sensitively (capitalised) so the modal "may" is never May.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_FULL_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Sept\.?)"
)
_YEAR = r"(?:19|20)\d{2}"
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_FISCAL = r"(?:fiscal(?:\s+year)?\s+|FY\s?'?)"  # includes its trailing space


@dataclass(frozen=True, slots=True)
class Mention:
    """A period phrase at `start:end`; `relative` is set for "the month", "this quarter"…"""

    start: int
    end: int
    period: Period | None
    # "report" | "report-quarter" | "published" | "published-previous"; "ago" marks a month
    # counted back from publication ("two weeks ago"), which dates but does not name a month
    relative: str | None = None


def full_year(text: str) -> int:
    year = int(text.lstrip("'"))
    return year + 2000 if year < 100 else year


def infer_month(month: int, reference: dt.date | None) -> Period | None:
    """The latest `month` not after `reference` (None without a reference)."""
    if reference is None:
        return None
    year = reference.year if month <= reference.month else reference.year - 1
    return Period.of_month(year, month)


def infer_quarter(quarter: int, reference: dt.date | None) -> Period | None:
    if reference is None:
        return None
    current = (reference.month - 1) // 3 + 1
    year = reference.year if quarter <= current else reference.year - 1
    return Period.of_quarter(year, quarter)


_Build = Callable[[re.Match[str], dt.date | None], Period | None]


def _date_mdy(m: re.Match[str], _: dt.date | None) -> Period:
    return Period.of_date(int(m["y"]), month_number(m["mon"]), int(m["d"]))


def _date_numeric(m: re.Match[str], _: dt.date | None) -> Period | None:
    month, day = int(m["mo"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Period.of_date(full_year(m["y"]), month, day)


def _date_iso(m: re.Match[str], _: dt.date | None) -> Period | None:
    month, day = int(m["mo"]), int(m["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Period.of_date(int(m["y"]), month, day)


def _date_without_year(m: re.Match[str], ref: dt.date | None) -> Period | None:
    month = infer_month(month_number(m["mon"]), ref)
    return None if month is None else Period.of_date(month.year, month.month, int(m["d"]))


_SPAN_WORD = r"three|3|six|6|nine|9|twelve|12"
# (the feature screen of a span that ends on a day: "months to", "months up to", "months through")
_SPAN_TO = re.compile(r"months (?:up )?to|months through")


def _months_ended(m: re.Match[str], _: dt.date | None) -> Period:
    year, month = int(m["y"]), month_number(m["mon"] or m["mon2"])
    span = m["span"].lower()
    if span in ("three", "3") or "quarter" in span:
        return Period.of_quarter(year, quarter_of(month))
    if span in ("six", "6"):
        return Period.of_half(year, 1 if month <= 6 else 2)
    return Period.of_year(year)


def _span_word_ended(m: re.Match[str], ref: dt.date | None) -> Period:
    """ "the quarter ended March 31, 2022" is the calendar quarter; a quarter ended in another
    month ("quarter ended August 31, 2025") is an issuer's fiscal quarter, whose label the
    calendar does not give: its end day is kept (see `fiscal`)."""
    month = month_number(m["mon"] or m["mon2"])
    if "quarter" in m["span"].lower() and month % 3:
        return Period.of_date(int(m["y"]), month, int(m["d"] or m["d2"]))
    return _months_ended(m, ref)


def _quarter_ended(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """The issuer names the quarter: its fiscal year ends (4 - q) quarters after this one
    ("first quarter ended June 30, 2023" of a March year-end → 2024-Q1); for a calendar year
    this is the calendar quarter ("third quarter ended September 30, 2025" → 2025-Q3)."""
    quarter = _ORDINALS[m["q"].lower()]
    month = month_number(m["mon"])
    if m["y"]:
        year = int(m["y"])
    elif ref is None:
        return None
    else:  # the latest such day not after the reference
        year = ref.year if (month, int(m["d"])) <= (ref.month, ref.day) else ref.year - 1
    index = year * 12 + month - 1 + 3 * (4 - quarter)
    return Period.of_quarter(index // 12, quarter)


def _month_year(m: re.Match[str], _: dt.date | None) -> Period:
    return Period.of_month(int(m["y"]), month_number(m["mon"]))


def _month_short_year(m: re.Match[str], _: dt.date | None) -> Period:
    return Period.of_month(full_year(m["y"]), month_number(m["mon"]))


def _quarter_year(m: re.Match[str], _: dt.date | None) -> Period:
    text = m["q"] or m.groupdict().get("q2") or ""
    quarter = int(text) if text.isdigit() else _ORDINALS[text.lower()]
    return Period.of_quarter(full_year(m["y"]), quarter)


def _last_quarter_of_year(m: re.Match[str], _: dt.date | None) -> Period:
    return Period.of_quarter(full_year(m["y"]), 4)


def _q_alone(m: re.Match[str], ref: dt.date | None) -> Period | None:
    return infer_quarter(int(m["q"] or m["q2"]), ref)


def _quarter_alone(m: re.Match[str], ref: dt.date | None) -> Period | None:
    return infer_quarter(_ORDINALS[m["q"].lower()], ref)


# A fourth quarter is reported within a season of its end: a calendar Q4 further back than
# this at publication is not the one an issuer's "fiscal fourth quarter" names.
_FOURTH_REPORTED_WITHIN = dt.timedelta(days=100)


def _fiscal_fourth_alone(_: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "at the end of the fiscal fourth quarter" with no year: the calendar Q4 just ended when
    the reference follows it by a reporting season, else the fiscal year that ended in the
    reference's year (named by that year, as the issuer does: "Q4 FY25")."""
    if ref is None:
        return None
    calendar = Period.of_quarter(ref.year - 1, 4)
    if ref - calendar.last_day() <= _FOURTH_REPORTED_WITHIN:
        return calendar
    return Period.of_quarter(ref.year, 4)


def _half(m: re.Match[str], _: dt.date | None) -> Period:
    half = (m["h"] or m.groupdict().get("h2") or "1").lower()
    year = m["y"] or m.groupdict().get("y2") or ""
    return Period.of_half(full_year(year), 1 if half in ("1", "first", "1st") else 2)


# A plan or outlook in the same sentence before the half ("expects to energize 100 MW in the
# second half of the year"): the half still to come, in the year the story is told in.
_FORWARD_BEFORE = re.compile(
    r"\b(?:will|shall|expects?|expected|plans?|planned|intends?|anticipates?|aims?|targets?|"
    r"scheduled|on track|going to)\b[^.;!?]{0,120}$",
    re.IGNORECASE,
)
_FORWARD_REACH = 160  # characters looked back for the plan (one clause)


def _half_of_the_year(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "In the first half of the year", "the first six months of the year": the latest half
    begun by the reference (publication), as a quarter named without its year (the current,
    unfinished half included); a half told as a plan is this year's even if still to come."""
    if ref is None:
        return None
    half = 1 if m["h"].lower() in ("first", "1st") else 2
    current = 1 if ref.month <= 6 else 2
    if half <= current:
        return Period.of_half(ref.year, half)
    before = m.string[max(0, m.start() - _FORWARD_REACH) : m.start()]
    if "\n\n" not in before and _FORWARD_BEFORE.search(before) is not None:
        return Period.of_half(ref.year, half)  # a later half of the current year, planned
    return Period.of_half(ref.year - 1, half)


_MONTH_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": 12, "final": 12,
}  # fmt: skip
_MONTH_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"last|final|(?:[1-9]|1[0-2])(?:st|nd|rd|th))"
)


def _nth_month(m: re.Match[str], _: dt.date | None) -> Period:
    """ "the second month of 2023": February (a calendar year's month, counted from January)."""
    word = m["n"].lower()
    month = _MONTH_ORDINALS.get(word) or int(word[:-2])
    return Period.of_month(int(m["y"]), month)


def _year(m: re.Match[str], _: dt.date | None) -> Period:
    return Period.of_year(full_year(m["y"]))


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "several": 3, "few": 3}
_UNIT_DAYS = {"day": 1, "week": 7}


def _ago(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "two weeks ago", "last week", "yesterday": the month of that day, counted back from
    publication (a news story's own clock)."""
    if ref is None:
        return None
    if m["n"] is None:
        days = 1 if m.group(0).lower() == "yesterday" else 7
    else:
        count = _COUNTS.get(m["n"].lower()) or int(m["n"])
        days = count * _UNIT_DAYS[m["unit"].lower()]
    day = ref - dt.timedelta(days=days)
    return Period.of_month(day.year, day.month)


def _year_end(m: re.Match[str], ref: dt.date | None) -> Period | None:
    return infer_month(12, ref)


def _last_year_end(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "at the end of last year": the December of the year before publication."""
    return Period.of_month(ref.year - 1, 12) if ref is not None else None


def _december(m: re.Match[str], _: dt.date | None) -> Period:
    return Period.of_month(int(m["y"]), 12)


def _month_end_word(m: re.Match[str], ref: dt.date | None) -> Period | None:
    if m["y"]:
        return Period.of_month(int(m["y"]), month_number(m["mon"]))
    return infer_month(month_number(m["mon"]), ref)


def _month_alone(m: re.Match[str], ref: dt.date | None) -> Period | None:
    return infer_month(month_number(m["mon"]), ref)


# Longer, more specific forms first: a later match overlapping an earlier one is dropped.
# (text, ignore case?, builder)
_FORMS: list[tuple[str, bool, _Build]] = [
    # "from April to June", "between April and June 2024": one span (`month_spans`)
    (MONTH_SPAN, False, month_span),
    # "during Q two": a transcript's quarter (`spoken_quarters`)
    (SPOKEN_QUARTER, False, spoken_quarter),
    # "third quarter ended Dec. 31, 2023": the issuer's own (fiscal) quarter, see _quarter_ended
    # ("fiscal third quarter, ended Dec. 31": a news story's words, the year left to the
    # reader: the latest such day not after publication)
    (rf"\b(?P<q>{_ORDINAL})\s+(?:fiscal\s+)?quarter,?\s+ended\s+(?P<mon>{_MONTH})\s*"
     rf"(?P<d>\d{{1,2}})(?:,?\s+(?P<y>{_YEAR}))?\b(?!,?\s*\d)", True, _quarter_ended),
    # "In the second month of 2023", "the last month of the year 2024": a month by its
    # ordinal in the calendar year (not "the second month of fiscal 2024": fiscal years vary)
    (rf"\b(?P<n>{_MONTH_ORDINAL})\s+month\s+of\s+(?:the\s+(?:calendar\s+)?year\s+)?"
     rf"(?P<y>{_YEAR})\b", True, _nth_month),
    # "for the month ending August 31, 2024": the month, not its last day
    # ("month and quarter ended March 31, 2022": the month is the report's, the quarter beside)
    (rf"\bmonth\s+(?:and\s+(?:the\s+)?(?:quarter|year)\s+)?(?:ended|ending)\s+"
     rf"(?P<mon>{_MONTH})\s*\d{{1,2}},?\s+(?P<y>{_YEAR})\b", True,
     _month_year),
    # "three months ended", "the three-month period ended", "the three and nine months ended"
    # (the first span is the first figure's), "quarter ended", "quarterly period ending",
    # "the years ended December 31, 2022 and 2021" (the first year is the first figure's);
    # "the 12 months up to 30 June 2024", "… through June 30, 2024" name the span as "ended"
    # does ("leading up to" a day is a trailing window: `guards`)
    (rf"\b(?P<span>{_SPAN_WORD})(?:\s+and\s+(?:{_SPAN_WORD}))?[- ]months?(?:\s+period)?\s+"
     rf"(?:ended|ending|(?:up\s+)?to|through)\s+"
     rf"(?:(?P<mon>{_MONTH})\s+\d{{1,2}},?|\d{{1,2}}\s+(?P<mon2>{_MONTH}),?)\s+"
     rf"(?P<y>{_YEAR})\b", True, _months_ended),
    (rf"\b(?P<span>(?:fiscal\s+)?(?:quarter|year)s?)(?:ly)?(?:\s+period)?\s+(?:ended|ending)\s+"
     rf"(?:(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}}),?|(?P<d2>\d{{1,2}})\s+(?P<mon2>{_MONTH}),?)\s+"
     rf"(?P<y>{_YEAR})\b", True, _span_word_ended),
    # "March 31, 2024", "March 31st, 2024", "31 March 2024", "31st of March 2024"
    (rf"(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})\b", False,
     _date_mdy),
    (rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH})\s+(?P<y>{_YEAR})\b",
     False, _date_mdy),
    (r"\b(?P<y>(?:19|20)\d{2})-(?P<mo>\d{2})-(?P<d>\d{2})\b", False, _date_iso),
    (r"(?<![\d/])(?P<mo>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\d/])", False,
     _date_numeric),
    (rf"(?P<mon>{_MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d)", False,
     _date_without_year),
    # "as of 30 April", "on 31st March": day first, no year (only after "of", "at", "on":
    # a bare count before a month, "mined 30 March…", is no date)
    (rf"(?<=\b(?:of|at|on)\s)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_FULL_MONTH})\b"
     rf"(?!,?\s*\d)", False, _date_without_year),
    # "Its March holdings", "the company's June-end balance": a month naming a balance;
    # "reported June Bitcoin mining of 278.5 coins", "its April production": a month naming
    # the flows of that month
    (rf"(?P<mon>{_FULL_MONTH})(?:[- ]end)?\s+(?=(?:[Bb]itcoin\s+|BTC\s+)?(?:holdings|balance|"
     rf"treasury|reserves?|production|output|mining|sales)\b)", False, _month_alone),
    # "Bitcoin Production (January): 573 BTC": a month in brackets after a label, alone
    (rf"(?<=\()(?P<mon>{_FULL_MONTH})(?=\))", False, _month_alone),
    # "July's self-mining production", "November's bitcoin output": the month's possessive,
    # maybe one word qualifying the flow between
    (rf"(?P<mon>{_FULL_MONTH})['’]s\s+(?=(?:[\w-]+\s+)?(?:[Bb]itcoin\s+|BTC\s+)?(?:holdings|"
     rf"balance|treasury|reserves?|production|output|mining|sales)\b)", False, _month_alone),
    # "June 2022", "June of 2022", "June, 2022"
    (rf"(?P<mon>{_MONTH}),?\s?(?:of\s+)?(?P<y>{_YEAR})\b", False, _month_year),
    # "Sep'21", "Dec '23", "Sept. ’21": a month with its year cut to two digits (as "Q3'22")
    (rf"(?P<mon>{_MONTH})\s?['’](?P<y>\d{{2}})\b", False, _month_short_year),
    (rf"\bQ(?P<q>[1-4])\s*(?:{_FISCAL})?(?P<y>{_YEAR}|'?\d{{2}})\b", True, _quarter_year),
    # "Q4 of 2025", "Q1 of fiscal 2026": the year after "of" (never the quarter alone)
    (rf"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)\s+of\s+(?:{_FISCAL})?(?P<y>{_YEAR})\b", True,
     _quarter_year),
    (rf"\b(?P<q>[1-4])Q\s?(?:{_FISCAL})?(?P<y>{_YEAR}|'?\d{{2}})\b", True, _quarter_year),
    (rf"\b{_FISCAL}(?P<y>{_YEAR}|\d{{2}})\s+Q(?P<q>[1-4])\b", True, _quarter_year),
    # "Applied Digital (APLD) - 2026 Q2 - Quarterly Report": a report index's year-first label
    # (not "December 31, 2024 Q1…": a day's year is no quarter's)
    (rf"(?<![\d,]\s)(?<!\d,)\b(?P<y>{_YEAR})\s+Q(?P<q>[1-4])\b(?![\s'’-]*(?:FY|fiscal|\d))", True,
     _quarter_year),
    (rf"\b(?P<q>{_ORDINAL})[\s-]+(?:fiscal\s+)?quarter(?:\s+of)?,?\s+(?:{_FISCAL})?"
     rf"(?P<y>{_YEAR})\b", True, _quarter_year),
    (rf"\b{_FISCAL}(?P<y>{_YEAR})\s+(?P<q>{_ORDINAL})\s+quarter\b", True, _quarter_year),
    # "the last quarter of 2024": the year's fourth ("last quarter" alone is the previous one)
    (rf"\b(?:last|final)\s+(?:fiscal\s+)?quarter\s+of\s+(?:{_FISCAL})?(?P<y>{_YEAR})\b", True,
     _last_quarter_of_year),
    # "Third Quarter FY24": the issuer's fiscal quarter, with a two-digit year
    (rf"\b(?P<q>{_ORDINAL})[\s-]+quarter\s+(?:of\s+)?{_FISCAL}(?P<y>\d{{2}})\b", True,
     _quarter_year),
    # "the fiscal fourth quarter", "fourth fiscal quarter", "fiscal Q4" with no year: the
    # issuer's latest fourth quarter (not a calendar Q4 long closed)
    (r"\bfiscal\s+(?:(?:fourth|4th)[\s-]+quarter|Q4)\b|\b(?:fourth|4th)[\s-]+fiscal\s+quarter\b",
     True, _fiscal_fourth_alone),
    (rf"\b(?P<q>{_ORDINAL})[\s-]+(?:fiscal\s+)?quarter\b", True, _quarter_alone),
    # "to 7,406 in Q2": a quarter without a year, the latest such quarter not after publication
    (r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)\b(?![\s'’-]*(?:FY|fiscal|\d))", False, _q_alone),
    (rf"\b(?P<h>first|second|1st|2nd)\s+half\s+(?:of\s+)?(?:{_FISCAL})?(?P<y>{_YEAR})\b", True,
     _half),
    # "the first six months of 2024", "the last six months of fiscal 2025": a half by its
    # months (as "the six months ended June 30, 2024")
    (rf"\b(?P<h>first|second|last|final|1st|2nd)\s+(?:six|6)\s+months\s+of\s+(?:{_FISCAL})?"
     rf"(?P<y>{_YEAR})\b", True, _half),
    # "In the first half of the year", "for the first six months of the year": the year is
    # the one the story is told in (not "the first half of the year 2024": its own year)
    (r"\b(?P<h>first|second|1st|2nd)\s+(?:half|(?:six|6)\s+months)\s+of\s+the\s+year\b"
     r"(?!\s+(?:19|20)\d\d)", True, _half_of_the_year),
    # "H1 2024", "1H FY25", "H2'24" (never "H200", a GPU)
    (rf"\b(?:H(?P<h>[12])|(?P<h2>[12])H)\s?(?:(?:{_FISCAL})?(?P<y>{_YEAR})|(?:{_FISCAL}|')"
     rf"(?P<y2>\d{{2}}))\b", True, _half),
    (rf"(?:\b(?:full|calendar|financial)[- ]year\s+|\b(?:fiscal(?:\s+year)?|FY)\s?'?)"
     rf"(?P<y>{_YEAR}|\d{{2}})\b", True, _year),
    # "its 2023 financial year", "the 2025 fiscal year": the issuer's year as it names it
    (rf"\b(?P<y>{_YEAR})\s+(?:fiscal|financial)\s+year\b", True, _year),
    # "mining 5,592 bitcoin for the 2018 year" (not "the 2018 year-end": a day)
    # (the article as fixed-width lookbehinds: the scan is gated by "year", not by "the")
    # ("the 2018 calendar year": the same year)
    # ("2021 was a transformative year for Marathon as we …": the year the sentence is about,
    # its subject; the year's own words follow it, so no count is read as a year)
    (rf"(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\bour\s)|(?<![\w,.$])(?=\d{{4}}\s+was\s))"
     rf"(?P<y>{_YEAR})\s+(?:calendar\s+|was\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){{0,3}}?)?year\b"
     r"(?![- ]end)", True, _year),
    # "its 2025 mining output", "Riot's 2023 bitcoin production": the year the company's
    # own output is named by (a year before the output's noun, after its owner)
    # (scanned only in a text that names output or production: see `_extra_features`)
    (rf"(?:(?<=\bits\s)|(?<=\btheir\s)|(?<=\bour\s)|(?<=['’]s\s))(?P<y>{_YEAR})\s+"
     r"(?:(?:full[- ]year|annual|total|bitcoin|btc|mining|self[- ]mining)\s+){0,2}"
     r"(?:output|production)\b", True, _year),
    # "Hut 8 Reports 2018 Year-End Financial Results": the results of the year it ended
    (rf"\b(?P<y>{_YEAR})\s+year[- ]end\s+(?:(?:financial|operating|audited)\s+){{0,2}}"
     r"(?:results|report)\b", True, _year),
    (rf"\b(?:[Ii]n|of|[Ff]or|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Bb]y(?:\s+the\s+end\s+of)?|"
     rf"end\s+of|before|until|year|ended|ending|exited|closed(?:\s+out)?|finished|concluded)\s+"
     rf"(?P<y>{_YEAR})\b(?![-/]\d)", False, _year),
    # "ended March with", "exited April with": a month closed with a balance (see context).
    (rf"\b(?:[Ii]n|[Dd]uring|for|of|since|through|by|throughout|end\s+of|[Ff]rom|and|ended|"
     rf"ending|exited|closed(?:\s+out)?|concluded|finished|wrapped\s+up)\s+"
     rf"(?:the\s+month\s+of\s+)?(?P<mon>{_FULL_MONTH})\b(?!\s*\d)", False, _month_alone),
    # "at June-end", "March-end 2024", "at February's end": the month's close (a balance: its
    # last day)
    (rf"(?P<mon>{_FULL_MONTH})(?:['’]s)?[- ]end\b(?:\s+(?P<y>{_YEAR})\b)?", False, _month_end_word),
    # "Argo's June Operational Update": a month naming a report, without a year.
    # Lower-case too: news citing an earlier report ("according to its January production
    # update, Riot mined 520 BTC") dates the figures by the report it cites.
    (rf"(?P<mon>{_FULL_MONTH})\s+(?i:(?:Operational|Operations|Production|Mining|Monthly|"
     rf"Bitcoin)\s+(?:and\s+\w+\s+)?)?(?i:(?:Update|Report|Results|Highlights))\b", False,
     _month_alone),
    # "as of Oct.": an abbreviated month after "as of"
    (rf"\b[Aa]s\s+(?:of|at)\s+(?P<mon>{_MONTH})(?!\s*\d)", False, _month_alone),
    # "January was a tough month …": a month opening the sentence.
    (rf"^(?P<mon>{_FULL_MONTH})\b(?!\s*\d)", False, _month_alone),
    # "two weeks ago", "last week", "yesterday": counted back from publication
    (r"\b(?:(?P<n>an?|one|two|three|four|five|several|few|\d{1,2})\s+(?P<unit>day|week)s?\s+ago|"
     r"last\s+week|yesterday)\b", True, _ago),
    # "at year-end 2024", "year end of 2023": that year's December (a balance: its last day)
    (rf"(?<!fiscal )\byear[- ]end\s+(?:of\s+)?(?P<y>{_YEAR})\b", True, _december),
    # "at end-June", "end-March 2024": the month (a balance: its last day, see context)
    (rf"\bend[- ](?P<mon>{_FULL_MONTH})\b(?:\s+(?P<y>{_YEAR})\b)?", False, _month_end_word),
    # "at year-end": the last calendar year-end (fiscal year-ends differ and are not guessed).
    # "ended the year with 3,002 BTC": a balance at that year-end
    # "held 53,822 BTC at the end of last year", "at the close of the previous year": the
    # calendar year-end before the year of publication (a balance: its last day)
    (r"\b(?:end|close)\s+of\s+(?:last|the\s+(?:previous|prior|past|last))\s+(?:calendar\s+)?year\b|"
     r"\blast\s+year[- ]end\b", True, _last_year_end),
    # ("at the year's end": the possessive is the same close)
    (r"(?<!fiscal )\byear(?:['’]s)?[- ]end\b|\bend\s+of\s+the\s+(?:calendar\s+)?year\b|"
     r"\b(?:end|clos|conclud|finish|exit)(?:ed|ing)\s+the\s+(?:calendar\s+)?year\b",
     True, _year_end),
]  # fmt: skip
# Relative phrases, resolved later against the report period or the publication date.
_RELATIVE_FORMS: list[tuple[str, str]] = [
    # "Subsequent to the quarter, …": after the report period, i.e. around publication.
    (
        r"\b(?:subsequent\s+to|after|following)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?"
        r"(?:quarter|month|year|period)(?:[- ]end)?\b",
        "published",
    ),
    # "outstanding … as of the date hereof is C$19,810,390", "as of the date of this press
    # release", "as of today": the day the document was issued
    (
        r"\bthe\s+date\s+(?:hereof|of\s+this\s+(?:press\s+release|news\s+release|release|"
        r"announcement))\b|(?<=as\sof\s)today\b",
        "published-day",
    ),
    (r"\b(?:this|the\s+current)\s+month\b", "published"),
    (r"\b(?:this|the\s+current)\s+quarter\b", "published-quarter"),
    (r"\blast\s+month\b", "published-previous"),
    (r"\blast\s+quarter\b", "published-previous-quarter"),
    (r"\bmonth(?:['’]s\s+|[- ])end\b", "report"),  # ("at month's end")
    # "End-of-month holdings", "as of the last day of the month"
    (r"\bend[- ]of[- ](?:the[- ])?month\b|\blast\s+day\s+of\s+the\s+month\b", "report"),
    # (not "during the month of December 2022": the month it names is the period)
    (rf"\bthe\s+month\b(?!\s+of\s+{_FULL_MONTH}\b)", "report"),
    (r"\bquarter(?:['’]s\s+|[- ])end\b", "report-quarter"),
    (
        r"\b(?:during|in|for|over)\s+the\s+(?:full\s+|whole\s+|entire\s+)?year\b",
        "report-year",
    ),
    # the issuer's year, which may have ended months before the calendar's ("During the fiscal
    # year, HIVE mined 1,414 BTC" in June, its year ended March 31: `context.absolute`)
    (
        r"\b(?:during|in|for|over)\s+the\s+(?:full\s+|whole\s+|entire\s+)?fiscal\s+year\b",
        "report-fiscal-year",
    ),
    (r"\bthe\s+quarter\b", "report-quarter"),
    # "ended the half-year with $9.1 million in cash and 46 BTC", "mined 507 BTC during the
    # half": a half-year report's own half (not "the half of it", "the half of 2024",
    # "the half-dozen sites", "the half-hour after")
    (
        r"\b(?:this|the\s+current)\s+half[- ]year\b|\b(?:(?:end|clos|conclud|finish|exit)"
        r"(?:ed|ing)|during|in|for|over|throughout)\s+the\s+half(?:[- ]year)?(?![\w-])(?!\s+of\b)",
        "report-half",
    ),
    # "ended the period with cash of $2.5 million and 4 BTC": the period the report covers
    (
        r"\b(?:end|clos|conclud|finish|exit)(?:ed|ing)\s+the\s+(?:reporting\s+)?period\b",
        "report-period",
    ),
]


def _feature_of(pattern: str, handler: _Build | str) -> frozenset[str]:
    """The cheap features a form needs (see `_features`), judged from the form itself."""
    return frozenset({_main_feature(pattern, handler), *_extra_features(pattern, handler)})


def _main_feature(pattern: str, handler: _Build | str) -> str:
    if isinstance(handler, str):
        return "relative"
    if handler in (_year_end, _december, _last_year_end):
        return "year-end"
    if handler is _month_end_word:
        return "month"
    if handler is _ago:
        return "ago"
    if handler is spoken_quarter:
        return "q "  # "Q two"
    if handler in (_months_ended, _quarter_ended, _span_word_ended):
        return "ended"
    if handler in (
        _date_mdy,
        _date_without_year,
        _month_year,
        _month_short_year,
        _month_alone,
        month_span,
    ):
        return "month"
    if handler is _date_iso:
        return "-"
    if handler is _date_numeric:
        return "/"
    if handler is _half:
        return "fiscal"  # "half", "h1", "1h", "six months" are among the fiscal hints
    if handler is _half_of_the_year:
        return "word:year"  # "the first half of the year": no digit
    if "quarter" in pattern:
        return "quarter"
    if "Q" in pattern:
        return "q"
    if handler is _year and "fiscal" in pattern:
        return "fiscal"
    return "year"


_DAY_FIRST_TAIL = rf"\s+(?:of\s+)?(?P<mon>{_MONTH})\s+(?P<y>{_YEAR})\b"
_MONTH_YEAR_ANY = re.compile(rf"{_MONTH}\s+{_YEAR}")


def _extra_features(pattern: str, handler: _Build | str) -> set[str]:
    """Words a form cannot match without, beyond its main feature (fewer scans per text)."""
    extra = set()
    if handler in (_date_mdy, _date_without_year, _month_year, _month_short_year):
        extra.add("digit")
    if handler is _month_short_year:
        extra.add("apostrophe")  # "Sep'21": rare, so its scan is skipped almost everywhere
    if "(?:Update|Report|Results|Highlights)" in pattern:
        extra.add("report-word")
    if "[Aa]s\\s+(?:of|at)" in pattern:
        extra.add("as")
    if "(?:output|production)" in pattern:
        extra.add("output-word")  # "its 2025 mining output": rare, so rarely scanned
    if handler is _date_mdy and _DAY_FIRST_TAIL in pattern:
        # "31 March 2024": its month and year stand side by side (in the form's sequence,
        # not inside an optional part), so a text where no month word is followed by a year
        # cannot hold it (the day-first scan tries every digit; this one only capitals)
        extra.add("month-year")
    if isinstance(handler, str) and "subsequent" not in pattern and handler != "report-half":
        extra.update(f"word:{word}" for word in ("quarter", "month", "year") if word in pattern)
    return extra


def _compile() -> list[tuple[re.Pattern[str], _Build | str, frozenset[str]]]:
    forms: list[tuple[str, bool, _Build | str]] = [*_FORMS]
    forms += [(pattern, True, relative) for pattern, relative in _RELATIVE_FORMS]
    return [
        (compile_skipping(pattern, re.IGNORECASE if ignore_case else 0), handler,
         _feature_of(pattern, handler))
        for pattern, ignore_case, handler in forms
    ]  # fmt: skip


# One scan per form is about twice as fast as one scan of all forms joined by "|" (a joined
# alternation is tried at every position); forms whose cheap feature is absent are skipped.
_COMPILED = _compile()
_MONTH_ANY = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_YEAR_ANY = re.compile(r"(?:19|20)\d\d")
_ISO_ANY = re.compile(r"\d-\d\d-\d")
_SLASH_ANY = re.compile(r"\d/\d")
_Q_ANY = skipping(re.compile(r"q[1-4]|[1-4]q"))
_PAST_YEAR = re.compile(r"(?:last|previous|prior|past) (?:calendar )?year")
_DIGIT = re.compile(r"\d")  # every digit a form's \d can match (str.isdigit says more)


def _features(text: str, lower: str) -> frozenset[str]:
    """Which forms could match `text` (`lower` its lowercase): a few substring tests, far
    cheaper than the regexes.

    Every form needs a digit except the month words, relative phrases and "ago": a text
    without one skips the digit tests (which could not succeed) and most forms. Word lists
    are asked with `in`, one word at a time (on a sentence, a few `in` tests cost less than
    one regex scan of it: `_features_by_regex` in the tests is the plain form), and a test
    whose words all hold "year", "month" or "quarter" is asked only when that word is there.
    """
    quarter, month, year = "quarter" in lower, "month" in lower, "year" in lower
    features: set[str] = set()
    if "ended" in lower or "ending" in lower or ("months " in lower and _SPAN_TO.search(lower)):
        features.add("ended")
    if quarter:
        features.add("quarter")
        features.add("word:quarter")
    if month:
        features.add("word:month")
    if year:
        features.add("word:year")
    if _DIGIT.search(text) is not None:
        _add_digit_features(text, lower, year, features)
    if _MONTH_ANY.search(text):
        features.add("month")
        if "'" in text or "’" in text:
            features.add("apostrophe")
        if "digit" in features and _MONTH_YEAR_ANY.search(text):
            features.add("month-year")  # "March 2024", "Sept. 2025"
    _add_relative_features(lower, quarter, month, year, features)
    if "update" in lower or "report" in lower or "results" in lower or "highlights" in lower:
        features.add("report-word")
    if "as of" in lower or "as at" in lower:
        features.add("as")
    if "output" in lower or "production" in lower:
        features.add("output-word")
    return frozenset(features)


def _add_digit_features(text: str, lower: str, year: bool, features: set[str]) -> None:
    """The forms a text with a digit may hold: ISO and slashed dates, "Q3", years, fiscal
    periods and halves."""
    features.add("digit")
    if "-" in lower and _ISO_ANY.search(lower):
        features.add("-")
    if "/" in lower and _SLASH_ANY.search(lower):
        features.add("/")
    if "q" in lower and _Q_ANY.search(lower):
        features.add("q")
    if _YEAR_ANY.search(text):
        features.add("year")
    if (
        year
        or "fiscal" in lower
        or "fy" in lower
        or "half" in lower
        or "months of" in lower
        or _half_code(lower)
    ):
        features.add("fiscal")  # "fiscal 2026", "FY26", "first half of 2025", "six months of"


def _add_relative_features(
    lower: str, quarter: bool, month: bool, year: bool, features: set[str]
) -> None:
    """The relative forms ("the quarter", "last month", "ago") and the year's end."""
    the_year = year and "the year" in lower
    if (
        month
        or quarter
        or the_year
        or (year and ("fiscal year" in lower or "full year" in lower))
        or " the period" in lower
        or "half" in lower
        or "the date " in lower
        or "of today" in lower
    ):
        features.add("relative")
    if "q " in lower:
        features.add("q ")
    if "ago" in lower or "last week" in lower or "yesterday" in lower:
        features.add("ago")
    if the_year or "s end" in lower or (year and ("year-end" in lower or "year end" in lower)):
        features.add("year-end")
    elif year and _PAST_YEAR.search(lower):
        features.add("year-end")  # "at the end of last year"
    elif year and "the calendar year" in lower:
        features.add("year-end")  # "at the end of the calendar year", "ended the calendar year"


def _half_code(lower: str) -> bool:
    """ "h1", "h2", "1h" or "2h" in the text (a half-year named by its code)."""
    return "h1" in lower or "h2" in lower or "1h" in lower or "2h" in lower


# A form's words, one of which the lowercase of every match holds (`required.required_words`),
# or None: a text without them is not scanned for the form (an `in` test per word costs far
# less than a scan). Exact for a case-sensitive form; for a case-insensitive one only on ASCII
# text (a few other letters, "ſ", match an ASCII one without lowering to it).
_Words = tuple[str, ...] | None
_FORM_WORDS: dict[str, _Words] = {
    pattern.pattern: required_words(pattern.pattern, pattern.flags, lowercase=True)
    for pattern, _, _ in _COMPILED
}


@functools.lru_cache(maxsize=1024)
def _forms_for(
    features: frozenset[str],
) -> tuple[tuple[re.Pattern[str], _Build | str, _Words, bool], ...]:
    """The forms whose cheap features are all present, in order (few distinct sets recur),
    each with its words and whether they hold for non-ASCII text too."""
    return tuple(
        (pattern, handler, _FORM_WORDS[pattern.pattern], _case_sensitive(pattern))
        for pattern, handler, needs in _COMPILED
        if needs <= features
    )


# The forms asked of an ASCII text in one RE2 pass, where it is installed (`pattern_sets`): the
# forms that cannot match are not scanned (on the worst-case document 2,800 scans were 340
# matches). Without RE2, or for other text, the features and words above choose the forms.
_FORM_SET = PatternSet([pattern for pattern, _, _ in _COMPILED], whole=True)  # (`finditer`)


@functools.lru_cache(maxsize=1024)
def _forms_in(
    possible: frozenset[int],
) -> tuple[tuple[re.Pattern[str], _Build | str, _Words, bool], ...]:
    """The forms (by index) that may match, in order, shaped as `_forms_for`'s (no words)."""
    return tuple(
        (pattern, handler, None, True)
        for index, (pattern, handler, _) in enumerate(_COMPILED)
        if index in possible
    )


def _case_sensitive(pattern: re.Pattern[str]) -> bool:
    return not pattern.flags & re.IGNORECASE and "(?i" not in pattern.pattern


def find_mentions(text: str, reference: dt.date | None) -> tuple[Mention, ...]:
    """Period phrases in `text`, left to right, without overlaps.

    A sentence is asked about several times (its figures, headings, the report's title), and
    the answer depends only on the text and the reference date: it is kept in a bounded cache,
    which `forget_mentions` empties when a new document starts (so each document pays for its
    own scans, and timings of one document run again and again stay honest).
    """
    return _cached_mentions(text, reference)


def forget_mentions() -> None:
    _cached_mentions.cache_clear()


@functools.lru_cache(maxsize=4096)
def _cached_mentions(text: str, reference: dt.date | None) -> tuple[Mention, ...]:
    return tuple(_scan_mentions(text, reference))


def _scan_mentions(text: str, reference: dt.date | None) -> list[Mention]:
    possible = _FORM_SET.possible(text)
    if possible is not None:
        forms = _forms_in(possible)
        if not forms:
            return []  # (RE2 rules every form out: most texts without a period phrase)
        lower = ""  # (unread: these forms carry no words to test)
        ascii_text = True
    else:
        lower = text.lower()
        forms = _forms_for(_features(text, lower))
        ascii_text = lower.isascii()
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern, handler, words, exact in forms:
        if words is not None and (ascii_text or exact):
            for word in words:  # (a loop, not a call per form: the call costs more than the tests)
                if word in lower:
                    break
            else:
                continue  # none of the form's words: it cannot match
        for match in pattern.finditer(text):
            start, end = match.span()
            # Month forms have no leading \b (it slows the scan); check the boundary here.
            if (start and text[start - 1].isalnum()) or _overlaps(taken, start, end):
                continue
            bisect.insort(taken, (start, end))
            if isinstance(handler, str):
                found.append(Mention(start, end, None, handler))
            else:
                relative = "ago" if handler is _ago else None
                found.append(Mention(start, end, handler(match, reference), relative))
    found.sort(key=lambda mention: mention.start)
    if "next year" in text:  # "by the end of Q2 next year": the year after publication
        found = [_next_year(text, mention, reference) for mention in found]
    return _shared_years(text, found) if len(found) > 1 else found


def _next_year(text: str, mention: Mention, reference: dt.date | None) -> Mention:
    period = in_next_year(text, mention.start, mention.end, mention.period, reference)
    return mention if period is mention.period else dataclasses.replace(mention, period=period)


# "between Q1 and Q3 of 2025", "in Q1 and Q2 2025": two quarters joined, the year told once
_JOINED = re.compile(r"\s{1,3}(?:and|to|through|or|-|–)\s{1,3}")
_YEAR_TOLD = re.compile(r"\d{4}|'\d\d")


def _shared_years(text: str, found: list[Mention]) -> list[Mention]:
    """A quarter named without its year takes the year of the quarter joined to it, as "Q1" in
    "delivered in phases between Q1 and Q3 of 2025" (not the latest Q1 before publication)."""
    for index, (first, second) in enumerate(itertools.pairwise(found)):
        one, two = first.period, second.period
        if (
            one is None
            or two is None
            or one.granularity != "quarter"
            or two.granularity != "quarter"
            or one.year == two.year
            or one.index > two.index
            or _JOINED.fullmatch(text, first.end, second.start) is None
            or _YEAR_TOLD.search(text, first.start, first.end) is not None
        ):
            continue
        found[index] = Mention(first.start, first.end, Period("quarter", two.year, one.index))
    return found


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does `start:end` overlap a taken span? `taken` is sorted and its spans do not overlap,
    so only the spans either side of `start` can (a bisection, not a scan of all of them)."""
    index = bisect.bisect_left(taken, (start, start))
    if index and taken[index - 1][1] > start:
        return True
    return index < len(taken) and taken[index][0] < end


def parse_period(text: str, reference: dt.date | None) -> Period | None:
    """The first absolute period in `text` (used for table headers and labels)."""
    for mention in find_mentions(text, reference):
        if mention.period is not None:
            return mention.period
    return None


_BARE_YEAR = re.compile(rf"^\s*(?:FY\s?)?(?P<y>{_YEAR})\s*$", re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"^\s*(?P<mon>{_MONTH})\s*$")
# "Apr-24", "Feb 23", "Sep'25": a month and a two-digit year, as monthly tables head columns.
_MONTH_SHORT_YEAR = re.compile(rf"^\s*(?P<mon>{_MONTH})\s?[-'’ ]\s?(?P<y>\d{{2}})\s*\d?\s*$")


# Header abbreviations: "First Qtr. 2024", "3rd Qtr 2025" (a quarter); "Q1-24", "Q3'25".
_QTR = re.compile(r"\bQtr\b\.?", re.IGNORECASE)
_QUARTER_SHORT_YEAR = re.compile(r"^\s*(?:Q(?P<q>[1-4])[-'’ ]\s?(?P<y>\d{2}))\s*\d?\s*$")


def expand_header(text: str) -> str:
    """A header cell with its abbreviations written out ("First Qtr. 2024" → "First Quarter
    2024")."""
    if "tr" not in text and "TR" not in text:
        return text  # cheap gate: "Qtr", "QTR"
    return _QTR.sub("Quarter", text)


@remembered
def parse_header(text: str, reference: dt.date | None) -> Period | None:
    """A table header cell: any period phrase, or a bare year ("2025") or month ("May")."""
    text = expand_header(text)
    quarter = _QUARTER_SHORT_YEAR.match(text) if "Q" in text else None
    if quarter:
        return Period.of_quarter(full_year(quarter["y"]), int(quarter["q"]))
    bare = _BARE_YEAR.match(text)
    if bare:
        return Period.of_year(int(bare["y"]))
    month = _MONTH_ONLY.match(text)
    if month:
        return infer_month(month_number(month["mon"]), reference)
    short = _MONTH_SHORT_YEAR.match(text)
    if short:
        return Period.of_month(full_year(short["y"]), month_number(short["mon"]))
    return parse_period(text, reference)


def is_short_header(text: str) -> bool:
    """A header cell that is only a year, a month or a month with a two-digit year ("Aug-22")."""
    return any(form.match(text) for form in (_BARE_YEAR, _MONTH_ONLY, _MONTH_SHORT_YEAR))


def last_quarter_before(day: dt.date) -> Period:
    """The last calendar quarter that ended before `day` (what "the quarter" means in a
    release that names none)."""
    index = day.year * 4 + (day.month - 1) // 3 - 1
    return Period.of_quarter(index // 4, index % 4 + 1)


def shift_month(day: dt.date, months: int) -> Period:
    index = day.year * 12 + day.month - 1 + months
    return Period.of_month(index // 12, index % 12 + 1)
