"""How far to trust one extracted fact, from what the fact and its quote show at alert time.

On text it has never seen, the extractor's facts are right about seven times in ten. Some
facts are shakier than others, and the quote says why: a news rewrite rather than the
company's own release, a figure hedged ("approximately", "up to"), planned, ranged, recalled
from another year, or told beside another company. `risk_flags` names those signs;
`confidence` turns them into a tier ("high", "medium", "low") with a one-line reason for the
alert. The rules were chosen by leave-one-batch-out over the blind batches' first runs
(`benchmarks/confidence.py`), which also measures them.

Most flags are features the learner weighs but the committed rules (`DOUBTS`, `LOW_SIGNS`)
do not use, so their reasons never show in an alert today: hedged, planned, ranged, recalled,
rate, other_year, other_company, many_numbers, headline and prose, and every `metric:` and
`shape:` flag not listed in the rules; "news" only words the "high" reason. Their reasons are
kept for when a new batch makes the learner pick them. `_QUARTER_WORDS` is loose (a bare
"first" or "quarter" names a quarter): requiring "third quarter" or "Q3" changes the learnt
rules ("planned" replaces "period_unnamed"), so it stays until the rules are re-chosen.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from monitor.vocabulary.periods import Period

from .entities import MINERS
from .model import Extracted

HIGH = "high"
MEDIUM = "medium"
LOW = "low"

# The company's own release or filing, as issued: wire services, release mirrors, EDGAR and
# its mirrors, investor-relations sites, company domains. Everything else is a news rewrite.
# (benchmarks/extraction.py scores "primary" cases by this same list.)
PRIMARY_SOURCES = (
    r"stocktitan|sec\.gov|secwatch|fast-edgar|edgarindex|capedge|gcs-web|globenewswire|"
    r"businesswire|prnewswire|accesswire|newsfile|//(?:ir|investors)\.|"
    r"//(?:www\.)?(?:bit-digital|hut8|solunacomputing|mawsoninc|riotplatforms|lmfunding|"
    r"argoblockchain|cathedra|hivedigitaltechnologies)\.com"
)
_PRIMARY = re.compile(PRIMARY_SOURCES, re.IGNORECASE)
_HEDGE = re.compile(
    r"\b(?:approximately|approx\.|about|around|roughly|nearly|almost|over|more than|"
    r"at least|up to|as much as|some|estimated)\b|~",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(?:will|would|could|may|might|plans? to|planned|planning|expects?|expected|intends?|"
    r"aims?|targets?|targeting|projected|anticipated?|potential|proposed|option to|"
    r"guidance|goal|seeks?|subject to)\b",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\d\s*(?:-|–|—|to)\s*\$?\d|\bbetween\b[^.;]{0,40}\band\b", re.IGNORECASE)
_RECALLED = re.compile(
    r"\b(?:previously|earlier|prior|last year|a year ago|had|since|to date|cumulative|"
    r"compared|versus|vs\.?|up from|down from|from \S+ to|year-over-year|in total|"
    r"respectively)\b",
    re.IGNORECASE,
)
_RATE = re.compile(r"\b(?:per day|daily|a day|average|averaging|per month)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_MINER_NAMES = {name: ticker for ticker, names in MINERS.items() for name in names}
_ANY_MINER = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _MINER_NAMES), key=len, reverse=True)) + r")\b"
)
_MONTHS = tuple(calendar.month_name[1:])  # "January" … "December"
_QUARTER_WORDS = re.compile(
    r"\b(?:quarter|Q[1-4]|three months|first|second|third|fourth)\b", re.IGNORECASE
)
_CUES = (
    ("hedged", _HEDGE),
    ("planned", _PLAN),
    ("ranged", _RANGE),
    ("recalled", _RECALLED),
    ("rate", _RATE),
)


@dataclass(frozen=True)
class Confidence:
    """A fact's tier and the one-line reason shown beside it."""

    tier: str
    reason: str


# A fact is "high" unless one of these fires; the first that fires is the alert's reason.
# Chosen by `python -m benchmarks.confidence --learn` on all blind batches (leave-one-batch-
# out measures the choosing); a test keeps this list equal to what the learner picks.
DOUBTS: tuple[str, ...] = (
    "shape:debt_total_usd/month",
    "same_metric_again",
    "metric:ai_capex_usd",
    "metric:debt_total_usd",
    "shape:btc_held/month",
    "metric:debt_repaid_usd",
    "metric:debt_issued_usd",
    "metric:ai_capacity_mw",
    "pub_month",
    "long",
    "period_unnamed",
)
# Signs under which facts were right at most about half the time: "low".
LOW_SIGNS: tuple[str, ...] = (
    "shape:debt_total_usd/month",
    "same_metric_again",
    "metric:ai_capex_usd",
    "conflict",
    "metric:debt_total_usd",
    "shape:btc_held/month",
)

_REASONS = {
    "same_metric_again": "the document gives another {metric} figure: check which is meant",
    "conflict": "another {metric} figure for the same period disagrees",
    "pub_month": "the period is the publication month, often a guess when none is stated",
    "period_unnamed": "the quote does not name the period",
    "planned": "the quote speaks of plans or expectations",
    "recalled": "the quote recalls or compares other periods",
    "other_year": "the quote names another year",
    "other_company": "the quote names another company",
    "hedged": "the figure is hedged (approximately, up to, more than)",
    "ranged": "the figure is part of a range",
    "rate": "the quote gives a rate or average",
    "long": "a long sentence with several figures",
    "many_numbers": "the quote carries many numbers",
    "headline": "read from a headline or bullet",
    "news": "read from a news rewrite: check the quote",
    "prose": "read from prose, not a table",
}


def confidence(
    fact: Extracted,
    *,
    siblings: Sequence[Extracted] = (),
    entity: str | None = None,
    source_url: str | None = None,
    published: dt.date | None = None,
) -> Confidence:
    """The fact's tier and why: "low" under a weak sign, "medium" under a doubt, else "high"."""
    flags = risk_flags(
        fact, siblings=siblings, entity=entity, source_url=source_url, published=published
    )
    for tier, rules in ((LOW, LOW_SIGNS), (MEDIUM, DOUBTS)):
        fired = next((rule for rule in rules if rule in flags), None)
        if fired is not None:
            return Confidence(tier, _reason(fired, fact.metric))
    where = "a table cell" if fact.row_label is not None else "a sentence"
    source = "a news rewrite" if "news" in flags else "the company's own release or filing"
    return Confidence(HIGH, f"read from {where} of {source}, no sign of doubt")


def _reason(flag: str, metric: str) -> str:
    if flag.startswith("metric:"):
        return f"{metric} is often misread in unseen text: check the quote"
    if flag.startswith("shape:"):
        period = _PERIOD_WORDS.get(flag.rsplit("/", 1)[1], "period")
        return f"{metric} dated by a {period} is often misread: check the quote"
    return _REASONS.get(flag, flag).format(metric=metric)


_PERIOD_WORDS = {"month": "month without a day", "date": "date", "Q": "quarter", "H": "half"}


def risk_flags(
    fact: Extracted,
    *,
    siblings: Sequence[Extracted] = (),
    entity: str | None = None,
    source_url: str | None = None,
    published: dt.date | None = None,
) -> frozenset[str]:
    """The signs of doubt a reader can see in the fact, its quote, its source and document.

    `siblings` are the other facts read from the same document (the fact itself may be among
    them); `metric:<name>` and `shape:<metric>/<period kind>` name the fact's kind so that the
    rules can single out the kinds that are often wrong.
    """
    flags = _quote_flags(fact, entity, published)
    flags |= _document_flags(fact, siblings, published)
    if not _PRIMARY.search(source_url or ""):
        flags.add("news")
    flags.add(f"metric:{fact.metric}")
    flags.add(f"shape:{fact.metric}/{period_kind(fact.period)}")
    return frozenset(flags)


def period_kind(period: str | None) -> str:
    """month, date, Q, H, nine_months, year (or none): how precise the fact's period is."""
    parsed = Period.parse(period)
    return "none" if parsed is None else _KINDS[parsed.granularity]


# A period's granularity as the learned rules name it ("shape:btc_held/month").
_KINDS = {
    "date": "date",
    "month": "month",
    "quarter": "Q",
    "half": "H",
    "nine_months": "nine_months",
    "year": "year",
}


def _quote_flags(fact: Extracted, entity: str | None, published: dt.date | None) -> set[str]:
    quote = fact.evidence
    flags = {name for name, pattern in _CUES if pattern.search(quote)}
    if fact.row_label is None:
        flags.add("prose")
        if not quote.rstrip().endswith((".", ";", ":", "”", '"', ")")):
            flags.add("headline")
    if _other_year(quote, fact.period, published):
        flags.add("other_year")
    if _other_company(quote, entity):
        flags.add("other_company")
    if len(quote.split()) > 40:
        flags.add("long")
    if len(_NUMBER.findall(quote)) >= 4:
        flags.add("many_numbers")
    if not _period_named(quote, fact.period):
        flags.add("period_unnamed")
    return flags


def _document_flags(
    fact: Extracted, siblings: Sequence[Extracted], published: dt.date | None
) -> set[str]:
    """Signs from the document's other facts and its date."""
    flags = set()
    others = [other for other in siblings if other is not fact]
    if any(other.metric == fact.metric for other in others):
        flags.add("same_metric_again")
    if any(
        other.metric == fact.metric
        and other.period == fact.period
        and other.unit == fact.unit
        and other.value != fact.value
        for other in others
    ):
        flags.add("conflict")
    if published is not None and fact.period == published.isoformat()[:7]:
        flags.add("pub_month")
    return flags


def _other_year(quote: str, period: str | None, published: dt.date | None) -> bool:
    """A year in the quote that is neither the fact's period's nor the document's."""
    parsed = Period.parse(period)
    own = {str(parsed.year)} if parsed is not None else set()
    if published is not None:
        own.add(str(published.year))
    return any(year not in own for year in _YEAR.findall(quote))


def _other_company(quote: str, entity: str | None) -> bool:
    """A known miner other than the document's own is named in the quote."""
    return any(_MINER_NAMES[name] != entity for name in _ANY_MINER.findall(quote))


def _period_named(quote: str, period: str | None) -> bool:
    """Whether the quote itself names the fact's period (its month, quarter or year)."""
    parsed = Period.parse(period)
    if parsed is None:
        return False
    text = quote.lower()
    if parsed.granularity in ("quarter", "half"):
        return bool(_QUARTER_WORDS.search(quote)) or "half" in text or "six months" in text
    if parsed.granularity == "nine_months":
        return "nine months" in text or "nine-month" in text or "9m" in text
    if parsed.month is not None:
        month = _MONTHS[parsed.month - 1].lower()
        numeric = f"{parsed.year}-{parsed.month:02d}"
        return month in text or month[:3] + "." in text or numeric in text
    return str(parsed.year) in quote or "year" in text
