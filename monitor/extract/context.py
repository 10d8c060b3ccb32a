"""What the extractor knows about the whole document, and how a figure gets its period.

A figure's period is, in order: the period phrase right after it in its sentence (before any
"compared with…" clause, the next figure, the next line item or a clause it opens: "… and Q2
reached 19.5 BTC"), else the nearest one before
it in the sentence — terms ("until July 2024", "due in 2027") never count — else the
document's period (`document_period`: its title's, its lead's, or the recent period it names
most), else the month or quarter the prose is about (set by sentences opening with one, "In
May, …"), else the month of publication. Intentions and milestones only look after the
trigger, at a leading adverbial ("In November, …") and at the time a statement was made
("announced last month that …"), because periods elsewhere in the sentence usually belong to
other clauses; they are dated by the document or the publication, never by the topic.
A balance (holdings, debt) named with its period's close ("as of", "at the end of", "ended
March with", "concluded the month with") stands at the period's last day; a period phrase that
belongs to another figure of the sentence does not date it, and it takes the report's label.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from monitor.vocabulary.periods import month_number

from .folded import Folded
from .numbers import NEXT_FIGURE, Money, find_money
from .periods import Mention, Period, find_mentions, last_quarter_before, shift_month
from .sentences import Segment
from .terms import is_term

# After a figure, a comparison clause or a new figure starts talking about something else.
_COMPARISON = Folded(
    r"\b(?:compared|comparison|versus|vs\.?|(?:up|down)\s+(?:\d+(?:\.\d+)?%\s+)?from|from\s+the\s+"
    r"(?:prior|previous|same)|relative\s+to|against|an?\s+(?:\w+\s+)?(?:\d+(?:\.\d+)?%\s+)?(?:increase|"
    r"decrease|rise|decline|drop|jump|gain|fall)|(?:increase|decrease|rise|decline|drop|jump|"
    r"gain|fall|slightly\s+down|slightly\s+up)\s+from|from\s+(?:[A-Z][a-z]+'s|the\s+(?:prior|"
    r"previous|same|last))|while|whereas|due|matur\w*|(?:that|which|it|they)\s+(?:had\s+)?"
    r"(?:borrowed|raised|issued|took|received|secured|obtained|drew)|(?:far\s+|well\s+)?(?:below|"
    r"above|behind|ahead\s+of)|(?:which|who)\s+(?:\w+\s+)?(?:held|holds|had|has|sold|mined|"
    r"produced|reported)|and\s+(?:also\s+)?(?:reported|posted|announced|said|recorded))\b|;"
)
# The comparison words of _COMPARISON without ";" (an as-of date may sit past a semicolon).
_COMPARISON_WORDS = Folded(
    r"\b(?:compared|comparison|versus|vs\.?|up\s+from|down\s+from|from\s+the\s+(?:prior|"
    r"previous|same)|relative\s+to|against|while|whereas)\b|"
    r"\bfrom\s+(?:approximately\s+|about\s+|roughly\s+)?(?:US\$|C\$|\$)?\d"
)  # "rose to 1,152 BTC from 1,117 BTC on January 31": the date is the starting point's
_LEAD_REACH = 15
_BOUNDARY_OVERLAP = 20  # a boundary phrase may run past the period phrase it precedes
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
_LEAD_ADVERBIAL = re.compile(
    r"^(?:In|During|For|As\s+of|As\s+at|On|Beginning|Starting|Since|At|Through|Over|By|From|"
    r"Throughout|Between|Effective)\b[^,]{0,80},",
)


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
    # A news rewrite's period, named in its first sentences (used when it names no report).
    lead: Period | None = None
    # The recent period a document with no report period names most (`detect_document_period`).
    document: Period | None = None
    # "All financial references are in Canadian Dollars": what a plain "$" means here.
    dollar: str = "USD"
    ai_document: bool = False  # the title/lead is about an AI/HPC build-out
    # Period of the last BTC sale seen, so "The sale generated proceeds of…" can refer back.
    last_sale: tuple[int, str | None] | None = None
    # The month or quarter the prose last talked about, for "during the month" in a story
    # without a report period ("Riot produced 463 BTC in April 2025. During the month, …").
    topic: Period | None = None
    _mentions: dict[int, tuple[Mention, ...]] = field(default_factory=dict)
    _dating: dict[tuple[int, str], tuple[Mention, ...]] = field(default_factory=dict)
    _monies: dict[int, list[Money]] = field(default_factory=dict)

    @property
    def reference(self) -> dt.date | None:
        """Date used to put a year on "in December": publication, else the report's end."""
        if self.published is not None:
            return self.published
        return self.report.last_day() if self.report else None

    def mentions(self, segment: Segment) -> tuple[Mention, ...]:
        cached = self._mentions.get(segment.start)
        if cached is None:
            cached = find_mentions(segment.text, self.reference)
            self._mentions[segment.start] = cached
        return cached

    def dating(self, segment: Segment) -> tuple[Mention, ...]:
        """The sentence's period phrases that may date a figure (not terms or deadlines),
        judged once per sentence: every figure of it asks."""
        key = (segment.start, segment.text)
        cached = self._dating.get(key)
        if cached is None:
            text = segment.text
            cached = tuple(m for m in self.mentions(segment) if not is_term(text, m))
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
        text = segment.text
        if len(text) > _HEADING_CHARS or text.rstrip().endswith((".", ",", ";")):
            return
        if not _HEADING_WORD.search(text):
            return
        mentions = [m for m in find_mentions(text, self.reference) if m.period is not None]
        if len(mentions) != 1 or mentions[0].period is None or mentions[0].period.is_date:
            return
        rest = text[: mentions[0].start] + text[mentions[0].end :]
        if any(char.isdigit() for char in rest) or not _HEADING_WORD.search(rest):
            return
        self.section = mentions[0].period

    def note_topic(self, segment: Segment) -> None:
        """A sentence that opens with a period ("In May, …", "January was …") sets the topic."""
        if not _OPENS_WITH_PERIOD.match(segment.text):
            return
        # Only the opening matters, so scan just the first words (cheaper than the sentence).
        for mention in find_mentions(segment.text[: _LEAD_REACH + 40], self.reference):
            if mention.start > _LEAD_REACH + 12:
                break
            if _can_be_topic(mention.period):
                self.topic = mention.period

    def absolute_in(self, segment: Segment, mention: Mention) -> Period | None:
        """`absolute`, except that "this month" / "last month" inside a quotation count from
        when it was said: the date the sentence says it was said on ("…," the CEO said on
        January 31), else the report's own month or quarter (a monthly update's quote is about
        the month reported), never the story's publication."""
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

    def absolute(self, mention: Mention) -> Period | None:
        """A mention's period, resolving "the month", "this quarter", "last month"."""
        if mention.period is not None:
            return mention.period
        if (
            mention.relative == "report-quarter"
            and self.report is None
            and self.section is None
            and self.published is not None
        ):
            return last_quarter_before(self.published)
        if mention.relative == "report-year" and self.published is not None:
            if (
                self.report is not None
                and self.report.month is None
                and self.report.quarter is None
            ):
                return self.report
            return None  # "during the year" of an unnamed year: leave it to the fallback
        if mention.relative == "report-quarter":
            return _last_quarter_of(self.fallback())
        if mention.relative == "report":
            return self._report_month()
        if self.published is None:
            return self.report
        if mention.relative == "published-quarter":
            if self.report is not None and self.report.quarter is not None:
                return self.report
            return Period.of_quarter(self.published.year, (self.published.month - 1) // 3 + 1)
        if mention.relative == "published-previous":
            return shift_month(self.published, -1)
        return shift_month(self.published, 0)


_DOLLAR_NOTICE = Folded(
    r"\b(?:all\s+)?(?:financial\s+references|amounts|figures|dollar\s+amounts|currency)\s+"
    r"(?:are\s+|is\s+)?(?:expressed\s+|stated\s+|reported\s+)?in\s+(?P<which>Canadian|Australian|"
    r"U\.S\.|US|United\s+States)\s+dollars"
)
_DOLLARS = {"canadian": "CAD", "australian": "AUD"}
_DOLLAR_SCAN_CHARS = 5000


_SPOKEN = ("published", "published-previous", "published-quarter")
_QUOTES = "\"“”"
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


def _last_quarter_of(period: Period | None) -> Period | None:
    """ "during the quarter" in a half-year or annual report: its last quarter."""
    if period is None or period.granularity in ("date", "month", "quarter"):
        return period
    last_month = period.last_day().month
    return Period.of_quarter(period.year, (last_month - 1) // 3 + 1)


def detect_dollar(text: str) -> str:
    """The dollar a plain "$" means, from a notice such as "all amounts are in Canadian
    dollars" near the top of the document; U.S. dollars otherwise."""
    head = text[:_DOLLAR_SCAN_CHARS]
    if head.isascii() and "dollars" not in head.lower():
        return "USD"  # cheap gate: every notice says "dollars" (any case, in ASCII text)
    notice = _DOLLAR_NOTICE.search(text, 0, _DOLLAR_SCAN_CHARS)
    if notice is None:
        return "USD"
    return _DOLLARS.get(notice["which"].lower(), "USD")


def resolve_period(
    ctx: DocContext,
    segment: Segment,
    start: int,
    end: int,
    *,
    as_of: bool = False,
    lead_only: bool = False,
    limit: int | None = None,
) -> str | None:
    """Period label for a figure at `segment.text[start:end]`.

    `as_of` keeps an ISO date for stock figures (holdings, debt); `lead_only` is for
    statements (intentions, milestones): the look-back is restricted to a leading adverbial and
    the prose's topic is not used, since a statement is dated by its report or publication.
    `limit` is where the next figure starts.
    """
    period = resolve(
        ctx, segment, start, end, lead_only=lead_only, limit=limit, inferred=not lead_only
    )
    if as_of:
        period = _as_of_date_after(ctx, segment, end) or _lead_date(ctx, segment, end) or period
    if period is None:
        return None
    if as_of:
        named = _named_in(ctx, segment, period, start, end)
        if named is not None:
            period = _not_after_publication(ctx, named, _balance_day(segment.text, named, period))
        elif _dates_an_earlier_figure(ctx, segment, period, start):
            period = ctx.fallback() or period
        elif period == ctx.report and period.granularity == "year":
            period = _stated_year_end(ctx, period) or period
    return period.label(as_of=as_of)


def _not_after_publication(ctx: DocContext, named: Mention, day: Period) -> Period:
    """ "held 2,000 BTC as of the end of the month" in a story with no period of its own,
    published on April 4: the month that has ended (March 31), never a day still to come."""
    published = ctx.published
    if named.relative is None or published is None or not day.is_date:
        return day
    if day.last_day() <= published:
        return day
    return stock_date(shift_month(published, -1))


# "(Fiscal Year Ended September 30, 2025)": the day an annual report's balances stand at.
_YEAR_ENDED = Folded(
    r"\byear\s+end(?:ed|ing)\s+(?P<mon>[a-z]+)\.?\s+(?P<d>\d{1,2}),?\s+(?P<y>(?:19|20)\d\d)\b"
)
_YEAR_ENDED_SCAN = 3000


def _stated_year_end(ctx: DocContext, year: Period) -> Period | None:
    """An annual report's undated balance stands at the year-end the report states."""
    head = (ctx.text or "")[:_YEAR_ENDED_SCAN]
    if "nded" not in head and "nding" not in head:
        return None  # cheap gate ("ended", "Ending")
    position = 0
    while (found := _YEAR_ENDED.search(head, position)) is not None:
        position = found.end()
        if int(found["y"]) != year.year:
            continue  # a comparative year ("compared with the year ended June 30, 2024")
        try:
            return Period.of_date(year.year, month_number(found["mon"]), int(found["d"]))
        except (KeyError, ValueError):
            return None
    return None


_OWNER_REACH = 40  # "3,568 BTC, all of its mined coins in 2022": the phrase follows its figure


def _dates_an_earlier_figure(ctx: DocContext, segment: Segment, period: Period, start: int) -> bool:
    """ "added 3,568 BTC, all of its mined coins in 2022, …, pushing holdings to 9,086": the
    period named before another figure dates that figure; the balance has no date of its own."""
    if period.is_date:
        return False
    text = segment.text
    for mention in reversed(ctx.dating(segment)):
        if mention.end > start:
            continue
        if ctx.absolute(mention) != period:
            return False  # the nearest period phrase before the balance is another one
        # a figure between the phrase and the balance, or one the phrase follows closely
        owner = NEXT_FIGURE.search(text, max(0, mention.start - _OWNER_REACH), start)
        return owner is not None
    return False


_ENDED = Folded(r"end")
# "concluded the month with a treasury of 13,011 BTC", "finished the quarter with 11,466 BTC",
# "exited April with", "closed out the year holding": a balance at the close of that period.
_CLOSE_VERB = (
    r"(?:end(?:ed|ing|s)?|clos(?:ed|ing|es)|conclud(?:ed|ing|es)|finish(?:ed|ing|es)|"
    r"exit(?:ed|ing|s)|wrap(?:ped|ping|s)\s+up)"
)
_CLOSED_BEFORE = Folded(rf"\b{_CLOSE_VERB}\s+(?:out\s+)?(?:the\s+|its\s+|their\s+)?$")
_CLOSED_AT = Folded(rf"{_CLOSE_VERB}\b")
_DATING_CUE = Folded(r"\b(?:end|ended|ending|as\s+(?:of|at)|at)\b")
# "…, ending the year with 1,034 BTC", "…, leaving no outstanding debt": the balance at the end
# of the period just named.
_END_STATE = Folded(r"\b(?:ending|ended|leaving|closing|closed|eliminat\w*|reduc\w*)\b")
_CLOSE_AFTER = 25
_TERM_DATE = Folded(r"\b(?:due|matur\w*|until|expir\w*)\b")
_PRICE_DATE = Folded(r"\bprice\b")
# "142.2 bitcoins through Nov. 30 were worth $14.2 million as of Dec. 6": "through" dates it
_AS_OF = Folded(r"\b(?:as\s+(?:of|at)|on|at\s+the\s+end\s+of|through)\s+$")


# A new line that starts a new item (capital, digit, bullet), not a wrapped sentence.
_NEW_LINE = re.compile(r"\n\s*(?=[A-Z0-9•▪*#–-])")


def _line_end(text: str, end: int) -> int:
    """Where the line item holding `end` stops: lines of a list run into one segment each
    date only their own figures."""
    found = _NEW_LINE.search(text, end)
    return found.start() if found else len(text)


def _as_of_date_after(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """ "holdings to 631.86 BTC valued at $29.3 million as of December 31, 2021": a balance's
    as-of date may follow another figure in the clause (not a comparison's date)."""
    text = segment.text
    stop = _COMPARISON_WORDS.search(text, end)
    limit = stop.start() if stop else len(text)
    limit = min(limit, _line_end(text, end))
    bound = _bound_after(ctx, segment, end)
    for mention in ctx.mentions(segment):
        if mention.start < end or mention.end > limit or mention.period is None:
            continue
        if bound is not None and bound.start < mention.start:
            return None  # "18,005 BTC at month-end, valued at … as of January 5": its own date
        lead = text[max(0, mention.start - 40) : mention.start]
        if _TERM_DATE.search(lead):
            return None  # "…, which is due upon maturity on Nov. 11, 2024": a term, not a date
        if not mention.period.is_date or _after_publication(ctx, mention.period):
            continue  # "… will redeem all notes on September 23": a plan, not a balance date
        if _AS_OF.search(lead[-20:]) and not _PRICE_DATE.search(lead):
            return mention.period
    return None


def _bound_after(ctx: DocContext, segment: Segment, end: int) -> Mention | None:
    """The period phrase that follows the figure before any other figure ("8,490 BTC at
    month-end, valued at $1.6 billion as of January 5" → "month-end"): the figure's own."""
    after = next((m for m in ctx.dating(segment) if m.start >= end), None)
    if after is None or NEXT_FIGURE.search(segment.text, end, after.start) is not None:
        return None
    if after.period is not None and after.period.granularity == "year":
        return None  # "$862.5 million of 2029 Notes outstanding as of September 30": a name
    return after


def _after_publication(ctx: DocContext, period: Period) -> bool:
    return ctx.published is not None and period.last_day() > ctx.published


def _lead_date(ctx: DocContext, segment: Segment, end: int) -> Period | None:
    """ "On September 8, 2025, we … for all US$7,700,000 … outstanding …, pursuant to which
    we will redeem … on September 23": a balance is dated by the sentence's leading date,
    unless a date follows the figure closely."""
    lead = _LEAD_ADVERBIAL.match(segment.text)
    if lead is None or lead.end() > end or _line_end(segment.text, lead.end()) < end:
        return None  # (the leading date of a list's first line dates only that line)
    dates = [m for m in ctx.mentions(segment) if m.period is not None and m.period.is_date]
    if any(end <= m.start <= end + _CLOSE_AFTER for m in dates):
        return None
    for mention in dates:
        if mention.start < lead.end():  # "On September 8, 2025, …" (the year past the comma)
            return mention.period
    return None


def past_event_period(ctx: DocContext, segment: Segment, start: int, end: int) -> str | None:
    """Period label of something that has happened (a loan drawn, notes repaid): never after
    the month of publication."""
    period = resolve(ctx, segment, start, end)
    if period is not None and ctx.published is not None:
        month = Period.of_month(ctx.published.year, ctx.published.month)
        if period.last_day() > month.last_day() and not period.is_date:
            period = month
    return period.as_month().label() if period else None


def stock_date(period: Period) -> Period:
    """A stock figure stated for a month or quarter is a balance at its last day."""
    if period.is_date or (period.month is None and period.quarter is None):
        return period
    day = period.last_day()
    return Period.of_date(day.year, day.month, day.day)


def _named_in(
    ctx: DocContext, segment: Segment, period: Period, start: int, end: int
) -> Mention | None:
    """The phrase that dated the balance ("held 3,534 BTC at the end of September", "as of
    quarter end"), if the sentence dated it, rather than the figure falling back to the
    report's period. A month named before the balance only dates it with an end/as-of cue
    ("In May it produced …, bringing its holdings to 1,466" is a balance with no date)."""
    for mention in ctx.mentions(segment):
        if mention.relative == "ago":
            continue  # "debt free two weeks ago": a month counted back, not a month-end
        if mention.start >= end and _other_clause(segment.text, end, mention):
            continue
        lead = segment.text[max(0, mention.start - 16) : mention.end]
        between = segment.text[mention.end : max(mention.end, end)]
        # "In its third-quarter 10-Q, it had $130 million outstanding" (not "Cash of $22.4
        # million in Q3, …, $1.0 million debt": there the quarter dates the figure before it)
        quarter = (
            mention.period is not None
            and mention.period.quarter is not None
            and NEXT_FIGURE.search(segment.text, 0, mention.start) is None
        )
        if mention.period == period and (
            mention.start >= end
            or quarter  # "In its third-quarter 10-Q, it had $130 million outstanding"
            or _opens_for(segment.text, mention, start)
            or _DATING_CUE.search(lead)
            or _END_STATE.search(between)
            or _closes(segment.text, mention)
        ):
            return mention
        if mention.relative in ("report", "report-quarter") and (
            _ENDED.search(lead) or _closes(segment.text, mention) or _starts(segment.text, mention)
        ):
            return mention
    return None


_OPENING_IN = re.compile(r"\s*(?:In|During|For|At)\s+(?:the\s+month\s+of\s+)?")


def _opens_for(text: str, mention: Mention, start: int) -> bool:
    """ "In March, the company held 2,000 BTC": a month opening the sentence is the balance's
    own when no other figure comes between (else it dates that figure: "In May it produced
    …, bringing its holdings to 1,466")."""
    opening = _OPENING_IN.match(text)  # (the preposition may be inside the mention)
    if opening is None or opening.end() < mention.start or mention.start > _LEAD_REACH:
        return False
    return NEXT_FIGURE.search(text, mention.end, start) is None


def _closes(text: str, mention: Mention) -> bool:
    """The period phrase is the object of a closing verb ("concluded the month with …")."""
    if _CLOSED_AT.match(text, mention.start):
        return True
    return _CLOSED_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None


def _other_clause(text: str, end: int, mention: Mention) -> bool:
    """ "holds a total of 11,568 BTC, …, and the company sold 600 BTC in April": past another
    figure, a plain period phrase dates that figure, not the balance (an end/as-of cue still
    dates it: "1,000 BTC and $50 million in cash at the end of March")."""
    if NEXT_FIGURE.search(text, end, mention.start) is None:
        return False
    return _DATING_CUE.search(text, max(end, mention.start - 16), mention.end) is None


# "held 1,659 BTC at the start of the month": the period's first day, not its last.
_START_OF = Folded(r"\b(?:start|beginning|opening)\s+(?:of\s+)?(?:the\s+)?$")
# "at the end of 2023", "at year-end 2023": a calendar year's last day (a fiscal year's end
# is the issuer's and is not guessed; "in 2023" dates nothing).
_YEAR_END_CUE = Folded(r"\b(?:end\s+of|year[- ]end)\s*$")


def _starts(text: str, mention: Mention) -> bool:
    return _START_OF.search(text, max(0, mention.start - 24), mention.start) is not None


def _first_month(period: Period) -> int:
    if period.month is not None:
        return period.month
    if period.quarter is not None:
        return 3 * period.quarter - 2
    if period.half is not None:
        return 6 * period.half - 5
    return 1


def _balance_day(text: str, named: Mention, period: Period) -> Period:
    """The day a balance dated by `named` stands at."""
    if _starts(text, named) and not period.is_date:
        return Period.of_date(period.year, _first_month(period), 1)
    if period.month is None and period.quarter is None and period.half is None:
        phrase = text[max(0, named.start - 24) : named.end]
        head = phrase[: len(phrase) - len(str(period.year))]
        if not period.is_date and _YEAR_END_CUE.search(head) and "fiscal" not in phrase.lower():
            day = period.last_day()
            return Period.of_date(day.year, day.month, day.day)
        return period
    return stock_date(period)


def resolve(
    ctx: DocContext,
    segment: Segment,
    start: int,
    end: int,
    *,
    lead_only: bool = False,
    limit: int | None = None,
    inferred: bool = True,
) -> Period | None:
    """The `Period` behind `resolve_period`. A `lead_only` statement named no period falls
    back to the report's period, else (when `inferred`) the document's inferred period (a
    milestone in a quarterly call summary), else the month of publication (an intention a
    news story reports is dated by the story)."""
    period = None if lead_only else _span_after(ctx, segment, end, limit)
    if period is None:
        period = _period_after(ctx, segment, end, limit)
    if period is None:
        period = _period_before(ctx, segment, start, lead_only=lead_only)
    if period is None and lead_only:
        # The document's own period (its title's, else the one its prose names most), never
        # the topic of the previous sentence nor a background month of its opening.
        own = ctx.report or (ctx.document if inferred else None)
        return own or (shift_month(ctx.published, 0) if ctx.published else None)
    if period is None:
        if _MONTHLY.search(segment.text):
            return ctx.month_of_report()
        return ctx.fallback()
    if _can_be_topic(period):
        ctx.topic = period
    return period


# "from … <date> to … <date>", "between <date> and <date>"
_SPAN_OPEN = Folded(r"\b(?P<open>from|between)\b")
_SPAN_JOIN = {"from": Folded(r"\b(?:to|through)\b"), "between": Folded(r"\band\b")}
_SPANS = {1: "month", 3: "quarter", 6: "half", 12: "year"}


def _span_after(ctx: DocContext, segment: Segment, end: int, limit: int | None) -> Period | None:
    """ "reduced the loan by $18.2 million from $23.5 million at 1 January 2024 to $5.3 million
    at 30 June 2024": a change between two balance dates is a flow over the span they bound,
    when that span is a whole month, quarter, half or year."""
    text = segment.text
    stop = min(_line_end(text, end), len(text) if limit is None else limit)
    dates = [
        m
        for m in ctx.dating(segment)
        if end <= m.start < stop and m.period is not None and m.period.is_date
    ]
    for first, second in itertools.pairwise(dates):
        opening = _SPAN_OPEN.search(text, end, first.start)
        if opening is None or not _SPAN_JOIN[opening["open"].lower()].search(
            text, first.end, second.start
        ):
            continue
        span = _whole_span(first.period, second.period)  # type: ignore[arg-type]
        if span is not None:
            return span
    return None


def _whole_span(first: Period, last: Period) -> Period | None:
    """The month, quarter, half or year from `first` to `last` ("from December 31, 2023 to
    June 30, 2024" spans the first half: a balance at a month's end opens the next day)."""
    start, stop = first.last_day(), last.last_day()
    if (start + dt.timedelta(days=1)).day == 1 and start.day != 1:
        start += dt.timedelta(days=1)
    if start.day != 1 or stop != Period.of_month(stop.year, stop.month).last_day():
        return None
    months = (stop.year - start.year) * 12 + stop.month - start.month + 1
    kind = _SPANS.get(months)
    if kind is None or (start.month - 1) % months:
        return None  # not a calendar span ("March to May" is no quarter)
    index = (start.month - 1) // months + 1
    if kind == "month":
        return Period.of_month(start.year, start.month)
    if kind == "quarter":
        return Period.of_quarter(start.year, index)
    if kind == "half":
        return Period.of_half(start.year, index)
    return Period.of_year(start.year)


# "production reached a record 825 BTC, rising 21% month-over-month": a month's figure, even in
# a release whose title names the quarter.
_MONTHLY = Folded(r"\b(?:month[- ]over[- ]month|mom|m/m|monthly)\b")


def _can_be_topic(period: Period | None) -> bool:
    """Months and quarters are what prose is "about"; dates and bare years are not."""
    return (
        period is not None
        and not period.is_date
        and (period.month is not None or period.quarter is not None)
    )


def _period_after(ctx: DocContext, segment: Segment, end: int, limit: int | None) -> Period | None:
    text = segment.text
    # Only the first period phrase after the figure can be its own; look for a comparison or
    # the next figure only between the two (a short window, not the rest of the sentence).
    after = next((m for m in ctx.dating(segment) if m.start >= end), None)
    if after is None or (limit is not None and after.end > limit):
        return None
    if after.start > _line_end(text, end):
        return None
    window = min(len(text), after.end + _BOUNDARY_OVERLAP)
    for pattern in (_COMPARISON, NEXT_FIGURE):
        boundary = pattern.search(text, end, window)
        if boundary is not None and boundary.start() < after.end:
            return None
    if _opens_next_clause(text, end, after):
        return None
    return ctx.absolute_in(segment, after)


# "Q1 bitcoin mined reached 9.68 BTC and Q2 reached ~19.5 BTC": a period right after "and"
# that a new figure closely follows is that clause's subject, not the first figure's period.
_AND_JOIN = Folded(r"[\s,]*and\b\s*")  # ("and February" may be part of the period phrase)
_CLAUSE_FIGURE_REACH = 30


def _opens_next_clause(text: str, end: int, after: Mention) -> bool:
    if "and" not in text[end : after.start + 4]:
        return False  # cheap gate
    join = _AND_JOIN.match(text, end)
    if join is None or join.end() < after.start:
        return False  # no "and", or more words between it and the period
    return NEXT_FIGURE.search(text, after.end, after.end + _CLAUSE_FIGURE_REACH) is not None


# "CleanSpark announced last month that it would begin selling …": the period right after a
# verb of saying dates the statement itself.
_SAID = Folded(
    r"\b(?:said|announced|stated|disclosed|revealed|indicated|confirmed|noted|told\s+\w+)\s+"
    r"(?:in\s+|on\s+|during\s+)?$"
)


def _said_when(ctx: DocContext, segment: Segment, start: int) -> Period | None:
    for mention in ctx.dating(segment):
        if mention.end > start:
            break
        if _SAID.search(segment.text, max(0, mention.start - 30), mention.start):
            return ctx.absolute(mention)
    return None


def _period_before(
    ctx: DocContext, segment: Segment, start: int, *, lead_only: bool
) -> Period | None:
    if lead_only:
        said = _said_when(ctx, segment, start)
        if said is not None:
            return said
        lead = _LEAD_ADVERBIAL.match(segment.text)
        if lead is None or lead.end() > start:
            return None
        start = lead.end()
    for mention in reversed(ctx.dating(segment)):
        if mention.end <= start and not _starting_point(segment.text, mention, start):
            return ctx.absolute_in(segment, mention)
    return None


# "holdings rose from 8,090 BTC as of January 31 to 8,260 BTC": the date inside the "from"
# part of a change dates its starting point, never the figure the change reaches.
_FROM_BEFORE = Folded(r"\bfrom\b")
_TO_BETWEEN = Folded(r"\bto\b")
_FROM_REACH = 60


def _starting_point(text: str, mention: Mention, start: int) -> bool:
    """Is the period phrase at `mention` the date of a change's starting point, the figure at
    `start` being where the change ends ("from 8,090 as of January 31 to 8,260")?"""
    if "from" not in text[max(0, mention.start - _FROM_REACH) : mention.start].lower():
        return False  # cheap gate
    return (
        _FROM_BEFORE.search(text, max(0, mention.start - _FROM_REACH), mention.start) is not None
        and _TO_BETWEEN.search(text, mention.end, start) is not None
    )
