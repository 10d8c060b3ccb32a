"""Run every extractor over one document and merge what they find.

Order of work: split into rows and sentences → find the report's own period → tables →
sentences (treasury, debt, AI) → a derived sale when holdings fell and no sale was stated →
drop duplicates (the same fact stated in prose and in a table is kept once, first quote wins).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal

from monitor.vocabulary.periods import Period

from . import (
    ai,
    boilerplate,
    capital_lines,
    colons,
    date_forms,
    debt,
    debt_document,
    debt_instrument,
    debt_instrument_zh,
    filing_note_period,
    flat,
    flat_bullets,
    flat_note_rows,
    flat_units,
    flattened_tables,
    foreign,
    glued,
    glued_dated,
    grid,
    guards,
    hyphens,
    joined_month_flows,
    loan_story,
    money_codes,
    month_dots,
    month_rows,
    named_halves,
    note_loan_sentences,
    note_rollforward,
    note_thousands,
    note_year_columns,
    number_words,
    per_document,
    previews,
    rounded_repeats,
    sale_story_holdings,
    spaced_thousands,
    span_flows,
    tables,
    treasury,
    treasury_recalled,
    treasury_spans,
    treasury_sums,
    unwrapped,
    wholes,
    xbrl_details,
    xbrl_statements,
    year_so_far,
)
from .call_summaries import call_quarter
from .context import DocContext, detect_dollar
from .document_period import (
    annual_document,
    detect_document_period,
    detect_lead_period,
    detect_report_period,
)
from .evidence import observation
from .fiscal import calendar_quarter, fiscal_fourth_document, fiscal_report
from .model import (
    AI_CAPACITY,
    BTC_HELD,
    BTC_PRODUCED,
    BTC_SOLD,
    DEBT_TOTAL,
    DERIVED,
    METRICS,
    Extracted,
)
from .periods import forget_mentions
from .sentences import Segment, segments
from .tables import RowFigure

_CAPTION_CHARS = 300
_LEAD_CHARS = 600  # a release's title and first lines say what it is about
# "Riot: 450 BTC mined in April", "April: 450 BTC mined, 300 BTC sold": a one-line row whose value
# is treasury prose; no row label ("Riot", "April") names the metric, the words after it do.
_PROSE_VALUE = re.compile(
    r"\d\s*(?:btc|bitcoins?)\s+(?:(?:was|were)\s+)?(?:mined|produced|sold|held|earned|"
    # the other verbs of a sale ("434 BTC were liquidated at an average price of …")
    r"liquidated|disposed\s+of|monetized|monetised|offloaded)\b|"
    # a holding's value and its coins: "Digital Currency: $23.6 million, or 627 bitcoins"
    r"\$\s?[\d.,]+\s*(?:million|billion|[MB])?,\s+or\s+[\d.,]+\s*(?:btc|bitcoins?)\b",
    re.I,
)
_CAPTION_LINES = 4


# Markdown bold a page copied with its markup ("The company mined **1,945 BTC** in Q1"): the
# stars stand between the words and their figure, so they are read as spaces (same length, so
# offsets hold; the evidence is quoted from the text as given).
_EMPHASIS = re.compile(r"\*\*(?=\S)|(?<=\S)\*\*")


def extract_text(
    text: str, *, published: dt.date | None = None, entity: str | None = None
) -> list[Extracted]:
    """Observations in clean text, offsets into `text`, in document order."""
    plain = _EMPHASIS.sub("  ", text) if "**" in text else text
    plain = hyphens.as_ascii(plain)  # "third‑quarter" (U+2011) read as "third-quarter"
    plain = capital_lines.recased(plain)  # a headline in capitals read in title case
    plain = flattened_tables.unflattened(plain)  # a table printed on one line, rows cut apart
    plain = spaced_thousands.joined(plain)  # "sold 4, 451 bitcoins": one figure (same length)
    plain = flat_bullets.joined(plain)  # a two-column table printed as bullets, one line again
    plain = number_words.rewritten(plain)  # "two megawatts" read as digits (same length)
    plain = money_codes.as_dollars(plain)  # "USD 12.5 million" read as "US$ 12.5 million"
    layout = plain  # (its lines, for the sentence splitter)
    plain = unwrapped.joined(plain)  # a sentence hard-wrapped across lines, one line (same length)
    # "30 September 2023" read as "September 30 2023" (same length; after the wraps are joined,
    # so a date wrapped as "30 April\n2024" is read whole)
    plain, swaps = date_forms.month_first_swaps(plain)
    # "for Feb. 2025" read as "for  Feb 2025" (same length)
    plain, moves = month_dots.undotted_moves(plain)
    found = _extract_plain(plain, published, entity, layout)
    if plain is text:
        return found
    if swaps or moves:  # a column's or row's label quoted as printed ("30 June 2024")
        found = [_labels_as_printed(item, swaps, moves) for item in found]
    return [_quoted_from(item, text) for item in found]


def _quoted_from(item: Extracted, text: str) -> Extracted:
    """`item` quoting `text` (as given, before its repairs) where the repairs changed its quote;
    most quotes stand in unrepaired text, and such an item is kept as it is (`replace`
    builds a new frozen instance field by field: ~5 µs an item)."""
    quote = text[item.start : item.end]
    return item if item.evidence == quote else replace(item, evidence=quote)


def _labels_as_printed(item: Extracted, swaps: dict[str, str], moves: dict[str, str]) -> Extracted:
    if item.column_label is None and item.row_label is None:
        return item
    return replace(
        item,
        row_label=date_forms.as_printed(month_dots.as_printed(item.row_label, moves), swaps),
        column_label=date_forms.as_printed(month_dots.as_printed(item.column_label, moves), swaps),
    )


def _extract_plain(
    text: str, published: dt.date | None, entity: str | None, layout: str | None = None
) -> list[Extracted]:
    """`layout`: `text` before its hard wraps were made spaces (its lines are the ones judged)."""
    forget_mentions()
    guards.forget_clauses()
    per_document.forget()
    parts = list(segments(text, layout))
    ctx = _document_context(text, published, entity, parts)
    found, figures, covered = _table_figures(text, parts, ctx)
    _read_prose(parts, covered, ctx, found)
    found = _without_told_elsewhere(found, figures, ctx, text, published)
    # a note or loan agreement filed whole: its principal, read by the instrument's own words
    found.extend(
        debt_instrument.not_yet_read(debt_instrument.extract(text, published, entity), found)
    )
    found.extend(debt_instrument_zh.extract(text, published, entity))  # one in Chinese translation
    copy = foreign.extract(text, published, entity)  # Japanese, Korean, Spanish, … copy
    if ctx.report is None:  # (a foreign story's own period: its month, as `foreign` reads it)
        copy = loan_story.without_recalled_production(copy, text, ctx.news_month(), published)
    found.extend(copy)
    # one flow figure told for two months ("sold 2,201 BTC in November and December"), in
    # whichever language: the two months' sum, no named period
    return _deduplicated(joined_month_flows.without_joined_month_flows(found))


def _document_context(
    text: str, published: dt.date | None, entity: str | None, parts: list[Segment]
) -> DocContext:
    """The document's context: its dollar, AI lead, and the period it reports (a report's,
    else a news lead's, else the document's own)."""
    ctx = DocContext(published=published, entity=entity, text=text, dollar=detect_dollar(text))
    ctx.ai_document = ai.has_ai_context(text[:_LEAD_CHARS])
    # (a disclaimer's or source list's periods are the writer's sources, not the story's)
    dating = boilerplate.without_boilerplate(parts, text)
    calendar_report = detect_report_period(dating, ctx.reference)
    ctx.report = fiscal_report(calendar_report, text)
    if ctx.report != calendar_report:
        # (its real end: "Q1 FY25" ended in December)
        ctx.report_calendar = calendar_quarter(ctx.report, calendar_report, text)
    if ctx.report is None:
        _note_unreported_period(ctx, dating, text, published, entity)
    return ctx


def _note_unreported_period(
    ctx: DocContext,
    dating: list[Segment],
    text: str,
    published: dt.date | None,
    entity: str | None,
) -> None:
    """A document with no report period of its own: a news lead's, else the document's."""
    ctx.lead = detect_lead_period(dating, ctx.reference, entity)
    # (a news story's quarter, found from "the period that ended on 31 December 2023",
    # is the issuer's fiscal quarter as well when the story names it: "Q2 FY24")
    document = annual_document(detect_document_period(dating, ctx.reference, entity), text)
    ctx.document = fiscal_report(document, text)
    if ctx.document != document:
        ctx.document_calendar = document
    if ctx.lead is None and ctx.document is None:
        ctx.document = call_quarter(text, published)  # an undated call summary's quarter
    if ctx.lead is None and ctx.document is None:
        # a summary of "the fiscal fourth quarter" that names no year
        ctx.document, ctx.document_calendar = fiscal_fourth_document(text, published)


def _table_figures(
    text: str, parts: list[Segment], ctx: DocContext
) -> tuple[list[Extracted], list[RowFigure], list[tuple[int, int]]]:
    """The figures of every table the text holds, in whatever form it arrived (HTML rows,
    grids, glued, dated, flat, unit, colon, month and note rows), their row figures, and the
    spans of the tables read (whose text the prose pass skips)."""
    rebuilt = grid.find_grid_rows(text, ctx.reference)
    found: list[Extracted] = []
    figures: list[RowFigure] = []
    found_tables = [
        *tables.find_tables(parts),
        *_with_captions(tables.find_tables(rebuilt), text),
        *_with_captions(tables.find_tables(glued.find_glued_rows(text)), text),
        *_with_captions(tables.find_tables(glued_dated.find_dated_rows(text)), text),
        *_with_captions(tables.find_tables(flat.find_flat_rows(text, ctx.entity)), text),
        *_with_captions(tables.find_tables(flat_units.find_unit_rows(text)), text),
        *_with_captions(tables.find_tables(colons.find_colon_rows(text)), text),
        *_with_captions(tables.find_tables(month_rows.find_month_rows(text)), text),
        *_with_captions(tables.find_tables(flat_note_rows.find_note_rows(text)), text),
    ]
    read: list[tables.Table] = []
    for table in found_tables:
        rows_found, row_figures = tables.extract(table, ctx)
        found.extend(rows_found)
        figures.extend(row_figures)
        if rows_found:
            read.append(table)
    return found, figures, _rebuilt_spans(read)


def _read_prose(
    parts: list[Segment], covered: list[tuple[int, int]], ctx: DocContext, found: list[Extracted]
) -> None:
    """Adds to `found` the figures of the prose: row segments by debt's row reader, every
    other sentence (outside the tables read) by the treasury, debt and AI readers."""
    for segment in parts:
        if segment.is_row:
            found.extend(debt.extract_row(segment, ctx))
            if _PROSE_VALUE.search(segment.text):
                found.extend(_row_prose(segment, ctx, found))
            continue
        for piece in _outside_tables(segment, covered):  # a table's text is read as a table
            ctx.note_heading(piece)
            ctx.note_topic(piece)
            told = [*treasury.extract(piece, ctx), *debt.extract(piece, ctx)]
            # (the year so far of "during the year" is no named period)
            found.extend(year_so_far.without_year_so_far(piece, ctx, told))
            found.extend(ai.extract(piece, ctx))


def _without_told_elsewhere(
    found: list[Extracted],
    figures: list[RowFigure],
    ctx: DocContext,
    text: str,
    published: dt.date | None,
) -> list[Extracted]:
    """`found` less the parts of wholes, sums, recalled and restated figures, with the sales a
    table derives and the figures of XBRL pages read whole."""
    found = wholes.without_parts(found)
    found = treasury_sums.without_period_sums(found)  # a sum told again as its parts
    found = rounded_repeats.without_rounded_repeats(found)  # "472 BTC" beside "472.7 BTC"
    # The period a figure with none of its own falls back to: the report's, the lead's, the
    # document's, else the news month.
    fallback = ctx.report or ctx.lead or ctx.document or ctx.news_month()
    earlier = treasury_recalled.recalled(
        found, fallback, ctx.sections, text, published, reported=ctx.report is not None
    )
    if earlier:  # recalled BTC figures of an earlier period (README, decided case 1)
        found = [item for item in found if id(item) not in earlier]
    if ctx.report is None:  # a loan story's recalled production (a report's is its own)
        found = loan_story.without_recalled_production(found, text, fallback, published)
    found = treasury_spans.without_span_restatements(found, ctx.span_flows)
    found = span_flows.without_partial_span_flows(found, published)
    found = span_flows.without_combined_month_flows(found)  # "in April and May combined"
    if ctx.report is None:  # a sale story's holding before the sale
        found = sale_story_holdings.without_prior_holdings(found, fallback)
    found = named_halves.without_unnamed_halves(found, text)  # year to date (case 42)
    found.extend(_derived_sales(found, figures))
    found = _capacity_restatements(found, fallback.label() if fallback else None)
    found = previews.without_recalled(found, text, published)  # an earnings preview's background
    return _with_filing_pages(found, ctx, text, published)


def _with_filing_pages(
    found: list[Extracted], ctx: DocContext, text: str, published: dt.date | None
) -> list[Extracted]:
    """Filing pages read whole replace what the sentences found of them; then the debt
    figures the rest of the document contradicts, restates or recalls are dropped."""
    # the period the document reports (for recalled debt figures); an XBRL note page's heading
    # names it when no title does ("Debt … | 12 Months Ended | Dec. 31, 2024")
    own = ctx.report or filing_note_period.note_period(text)
    found = note_rollforward.replaced(found, text)  # a filing note's coins-and-dollars table
    found = note_year_columns.replaced(found, text)  # the same, a Quantity / Value per year
    details, page = xbrl_details.find_details(text)  # an XBRL details page, one cell a line
    found = [item for item in found if not xbrl_details.covers(page, item)] + details
    # a statement page's interest expense row, one cell a line
    found = xbrl_statements.without_covered(
        found, xbrl_statements.find_statement_interest(text, published)
    )
    found = note_loan_sentences.read(found, text)  # a loans note's gross balance, payments
    found = note_thousands.scaled(found, text)  # a note's sentences in its table's thousands
    return debt_document.reconcile(found, text, published, own, ctx.lead)


def _capacity_restatements(found: list[Extracted], fallback: str | None) -> list[Extracted]:
    """A headline's "Contracted 522 critical IT MW" is the body's "Fiscal year 2025 … lease
    agreements totaling 522 critical IT MW": one capacity, dated by the period the body names
    (not the document's period the headline fell back to)."""
    if fallback is None:
        return found
    named = {item.value for item in found if item.metric == AI_CAPACITY and item.period != fallback}
    return [
        item
        for item in found
        if not (item.metric == AI_CAPACITY and item.period == fallback and item.value in named)
    ]


def _row_prose(segment: Segment, ctx: DocContext, found: list[Extracted]) -> list[Extracted]:
    """The treasury prose of a row, for the metrics no reader has taken from it yet: "Bitcoin
    production in August 2022: 216 (+5% month-on-month) … 434 BTC were sold at an average
    price of 21,761 EUR/BTC, generating EUR 9.4 million" (a release's flattened bullet block:
    the row gives the production, its prose the sale). A metric the row gave is taken again
    only for a value the row did not give: "Bitcoin Mined: 65 bitcoin mined in Q4 2024, …;
    502.5 bitcoin mined in the full year 2024" (the row reads the first figure; the prose
    names the second's own period)."""
    row = [item for item in found if segment.start <= item.start < segment.end]
    read = {item.metric for item in row}
    values = {(item.metric, item.value) for item in row}
    return [
        item
        for item in treasury.extract(segment, ctx)
        if item.metric not in read or ((item.metric, item.value) not in values and item.value)
    ]


def _rebuilt_spans(found: list[tables.Table]) -> list[tuple[int, int]]:
    """Where the rows of tables rebuilt from laid-out text (not one row per line) and read
    stand: rows of a label and short value cells, not wrapped prose a layout reader took for
    a row. Sorted and merged, so a segment finds its overlaps by bisection."""
    rows = (row for table in found for row in table.rows if row.table >= 0)
    spans = sorted((row.start, row.end) for row in rows if tables.is_value_row(row))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _mostly_inside(segment: Segment, spans: list[tuple[int, int]]) -> bool:
    if not spans:
        return False
    inside = 0
    index = max(0, bisect.bisect_right(spans, (segment.start, segment.start)) - 1)
    while index < len(spans) and spans[index][0] < segment.end:
        start, end = spans[index]
        inside += max(0, min(end, segment.end) - max(start, segment.start))
        index += 1
    return inside * 2 > segment.end - segment.start


_MIN_TAIL = 40


def _outside_tables(segment: Segment, spans: list[tuple[int, int]]) -> list[Segment]:
    """The prose of a paragraph that is not a table's text: all of it when no table was read
    in it; else what stands before the first table and after the last ("The following table
    presents … Opening balance 1,900 1,500 Bitcoin mined 520 …": the row values are not
    prose, "1,500 Bitcoin mined" is no sentence)."""
    if not _overlaps(segment, spans):
        return [segment]
    pieces = [] if _mostly_inside(segment, spans) else [_before_tables(segment, spans)]
    pieces.append(_after_tables(segment, spans))
    return [piece for piece in pieces if piece is not None]


def _overlaps(segment: Segment, spans: list[tuple[int, int]]) -> bool:
    if not spans:
        return False  # (most documents read no rebuilt table: no search per segment)
    # The spans are sorted and apart: only the last one starting at or before the segment and
    # the first one after may reach into it (two tests, no slice and loop per segment).
    index = bisect.bisect_right(spans, (segment.start, segment.start))
    if index:
        start, end = spans[index - 1]
        if start < segment.end and end > segment.start:
            return True
    if index < len(spans):
        start, end = spans[index]
        return start < segment.end and end > segment.start
    return False


def _before_tables(segment: Segment, spans: list[tuple[int, int]]) -> Segment | None:
    """The prose before the first table a paragraph carries, read as a sentence."""
    index = bisect.bisect_right(spans, (segment.start, segment.start))
    if index > 0 and spans[index - 1][1] > segment.start:
        return None  # the paragraph starts inside a table
    start = spans[index][0] if index < len(spans) else segment.end
    head = segment.text[: start - segment.start]
    if len(head.strip()) < _MIN_TAIL:
        return None
    return Segment(head, segment.start, start)


def _after_tables(segment: Segment, spans: list[tuple[int, int]]) -> Segment | None:
    """The prose after the last table a one-line paragraph carries, read as a sentence."""
    index = bisect.bisect_left(spans, (segment.end, segment.end)) - 1
    end = spans[index][1] if index >= 0 else segment.end
    tail = segment.text[end - segment.start :] if end > segment.start else ""
    if len(tail.strip()) < _MIN_TAIL:
        return None
    return Segment(tail, end, segment.end)


def _with_captions(found: Iterable[tables.Table], text: str) -> Iterator[tables.Table]:
    """A rebuilt table's caption is the text just above it (its rows were not segments)."""
    for table in found:
        head = text[max(0, table.rows[0].start - _CAPTION_CHARS) : table.rows[0].start]
        table.caption = " ".join(head.split("\n")[-_CAPTION_LINES:])
        yield table


def _derived_sales(found: list[Extracted], figures: list[RowFigure]) -> list[Extracted]:
    """Holdings fell from the prior column and the document states no sale: infer one.

    Value = prior held + produced − current held (coins that left the balance sheet);
    without a produced row, the fall in holdings alone (a lower bound).
    """
    if any(item.metric == BTC_SOLD for item in found):
        return []
    derived: list[Extracted] = []
    for held in (figure for figure in figures if figure.metric == BTC_HELD):
        if held.prior is None or held.current >= held.prior:
            continue
        produced = _produced_for(figures, held)
        value = held.prior - held.current + (produced or Decimal(0))
        period = _month_of(held.period)
        derived.append(_derived(held.segment, value, period))
    return derived


def _produced_for(figures: list[RowFigure], held: RowFigure) -> Decimal | None:
    for figure in figures:
        if figure.metric == BTC_PRODUCED and _month_of(figure.period) == _month_of(held.period):
            return figure.current
    return None


def _month_of(period: str | None) -> str | None:
    """'2025-02-28' → '2025-02' so a held as-of date lines up with the month's production."""
    parsed = Period.parse(period)
    return parsed.label(as_of=False) if parsed else period


def _derived(segment: Segment, value: Decimal, period: str | None) -> Extracted:
    return observation(segment, BTC_SOLD, value, "BTC", period, kind=DERIVED)


def _deduplicated(found: list[Extracted]) -> list[Extracted]:
    ordered = sorted(found, key=lambda item: (item.start, METRICS.index(item.metric)))
    seen: set[tuple[object, ...]] = set()
    dated = _dated_balances(found)
    unique: list[Extracted] = []
    for item in ordered:
        key = (item.metric, item.value, item.unit, item.period, item.kind, item.detail)
        if key in seen or _restated_without_date(item, dated):
            continue
        seen.add(key)
        unique.append(item)
    return unique


_STOCKS = (BTC_HELD, DEBT_TOTAL)


def _balance_key(item: Extracted) -> tuple[object, ...]:
    return (item.metric, item.value, item.unit, item.kind)


def _is_date(period: str | None) -> bool:
    parsed = Period.parse(period)
    return parsed is not None and parsed.is_date


def _dated_balances(found: list[Extracted]) -> set[tuple[object, ...]]:
    """Balances stated somewhere with an as-of date."""
    stocks = (item for item in found if item.metric in _STOCKS)
    return {_balance_key(item) for item in stocks if _is_date(item.period)}


def _restated_without_date(item: Extracted, dated: set[tuple[object, ...]]) -> bool:
    """A headline's "holds 11,425 BTC" is the body's "as of Nov 30, 2024, held 11,425 BTC":
    the same balance, and the body's date is its date (not the headline's fallback month)."""
    return item.metric in _STOCKS and not _is_date(item.period) and _balance_key(item) in dated
