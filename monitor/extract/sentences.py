"""Split clean text into lines, table rows and sentences, keeping character offsets.

Every line is a boundary (textify puts each block and each table row on its own line). A line
is a *row* when it looks like a table row (cells joined by " | " with short value cells) or a
"Label: value" bullet ("BTC produced: 750, a 16% decrease M/M"); other lines are prose and are
split into sentences, minding abbreviations ("Inc.", "Feb.", "U.S.") and decimals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from monitor.textify import CELL_SEPARATOR

from .date_forms import MONTH_NAME
from .line_ends import ends_on_day, ends_on_month, ends_on_open_abbreviation, ends_sentence
from .numbers import APPROX, NUMBER
from .per_document import remembered

_ABBREVIATIONS = frozenset(
    {
        "inc", "corp", "co", "ltd", "llc", "plc", "no", "nos", "mr", "mrs", "ms", "dr", "st",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "vs", "etc", "fla", "colo", "calif", "tex", "ave", "bros", "est", "ft",
    }
)  # fmt: skip
# Hedges shortened before money ("It received ca. US$15.5 million", "Appx. USD 29.4 million"),
# as written (case kept): "… based in Irvine, CA. The company" does end its sentence.
_HEDGE_ABBREVIATIONS = frozenset({"ca", "Ca", "appx", "Appx"})
_MONEY_OPENS = re.compile(r"(?:US\$|USD|C\$|A\$|[$€£])\s?\d")
# A sentence ends at . ! ? (and any closing quote/bracket) followed by space and a capital,
# digit, quote or bullet ("… as of November 30, 2025 [216]. - The company has commenced …": a
# summary's bullets run on in one paragraph, each dash opening an item).
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z0-9\"“‘(•]|[-–]\s[A-Z])")
_BULLET = re.compile(r"^[\s•·▪◦●*–-]+")
_COLON_ROW = re.compile(
    rf"^(?P<label>[A-Za-z][^:|]{{2,70}}?):\s*(?P<value>{APPROX}(?:\$\s?)?{NUMBER}.*)$"
)
_NUMBER = re.compile(NUMBER)
_BTC_AFTER = re.compile(r"\s*(BTC|bitcoins?)\b", re.IGNORECASE)
_MAX_VALUE_CELL = 40
# (a dash item may open the next sentence: "… $2.18 billion. - Debt: …", a summary's items run
# on in one paragraph)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+(?:[-–—•]\s)?[A-Z]")
# German writes a day or a quarter as an ordinal with a dot, the noun after it capitalised: "am
# 7. März 2025", "im 1. Quartal", "zum 31. Dezember" (no sentence ends there). The months German
# spells as English does ("am 7. April") only after a German preposition or article, so that an
# English sentence ending on a small number ("… rose to 12. August production …") still ends.
# (Danish, Norwegian, Czech and Polish write the month in lower case: no boundary is found.)
_GERMAN_ORDINAL_NOUN = re.compile(
    r"(?:Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember|Quartal|"
    r"Geschäftsquartal|Halbjahr|Geschäftshalbjahr)\b"
)
_SHARED_MONTH = re.compile(r"(?:April|August|September|November)\b")
# (a sentence may open on one: "Zum 30. September 2021 hatten wir …")
_GERMAN_BEFORE_DAY = re.compile(
    r"\b(?:[Aa]m|[Vv]om|[Zz]um|[Bb]is|[Ss]eit|[Aa]b|[Dd]en|[Dd]em|[Dd]es|[Ii]m|[Pp]er)\s+\d{1,2}$"
)
# German shortenings whose dot ends no sentence: "526,1 bzw. 101,0", "d.h. unter …", "z.B.",
# and a scale before its currency ("27,5 Mio. USD", "1,2 Mrd. Euro", "35 Mill. Dollar")
_GERMAN_SHORT = re.compile(r"(?<![^\s(])(?:bzw|d\.\s?h|z\.\s?B|u\.\s?a|inkl|vgl)$")
_GERMAN_SCALE = re.compile(r"(?<![^\s\d])(?:Mio|Mrd|Mill)$")
_CURRENCY_AFTER = re.compile(r"(?:USD|EUR|CAD|US-Dollar|Dollar|Euro|US\$|\$|€)")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or a row: `text == document[start:end]`."""

    text: str
    start: int
    end: int
    cells: tuple[str, ...] = ()  # for rows: label first, then the value cells
    # Rows rebuilt from a text-laid-out table (`grid`): each cell's offsets in the document,
    # and which table the row belongs to (-1: a row that was one line of the text).
    spans: tuple[tuple[int, int], ...] = ()
    table: int = -1

    @property
    def is_row(self) -> bool:
        return bool(self.cells)


def segments(text: str, layout: str | None = None) -> Iterator[Segment]:
    """Rows and sentences of `text` in document order.

    `layout` is `text` as laid out before its hard wraps were made spaces (`unwrapped`, same
    length): its lines are the ones judged, so a line made longer by a join is not taken for a
    long line that goes on.
    """
    for line, offset in _logical_lines(text, text if layout is None else layout):
        if line:  # (an empty line, a third of a release's, holds none: no call for it)
            yield from _line_segments(line, offset)


# A line that stops mid-sentence: long, not ending in sentence or list punctuation.
_WRAP_MIN = 50
# A line opening with a balance's date starts an item of its own, however the line above
# stops ("… a Mining Margin of approximately\nAt the end of November, the Company owned 2,317
# Bitcoin": the page dropped the figure the line above ended on).
ITEM_OPENER = re.compile(
    r"As\s+(?:of|at)\s|At\s+(?:the\s+)?(?:end|close)\s+of\s|At\s+(?:month|quarter|year)[- ]end\b"
)


def _logical_lines(text: str, layout: str) -> Iterator[tuple[str, int]]:
    """Lines, with hard-wrapped prose joined back ("…for CAD $33.5\nmillion (approximately…").

    A line of `layout` continues on the next when it is long and stops without punctuation, or
    when the next line starts in lower case, or when `text` has a space for its break; rows
    (" | ") and blank lines never join. The joined line keeps its newlines, so offsets and
    quotes stay those of the text.
    """
    lines = layout.split("\n")
    count = len(lines)
    offset = 0
    index = 0
    while index < count:
        line = lines[index]
        start = offset
        offset += len(line) + 1
        index += 1
        # (a row joins nothing: no call for a table's lines; most lines stand alone, and an
        # empty line, a third of a release's, joins none: `unwrapped` never made it a space)
        if (
            index == count
            or not line
            or not lines[index]
            or not _joins(text, offset - 1, line, lines[index])
        ):
            yield text[start : offset - 1], start
            continue
        end = offset + len(lines[index])
        index += 1
        while index < count and _joins(text, end, lines[index - 1], lines[index]):
            end += 1 + len(lines[index])
            index += 1
        offset = end + 1
        yield text[start:end], start


def _joins(text: str, newline: int, line: str, following: str) -> bool:
    """Does the break at `newline` (between `line` and `following`) fall inside a sentence?"""
    if text[newline] != "\n":
        return True  # (made a space: `unwrapped` read it as a hard wrap)
    return CELL_SEPARATOR not in line and continues(line, following)


# Words no sentence, title or list item ends on: a line stopping on one is cut mid-phrase,
# however short ("… produced a total of\n470.0 Bitcoins, a decrease from the\n530.1 …").
# A hard-wrapped figure: the line stops on a number, the next opens with its unit.
_NUMBER_ENDS = re.compile(r"^(?:US\$|C\$|\$)?\d[\d,]*(?:\.\d+)?$")
_UNIT_OPENS = re.compile(r"(?:BTCs?|[Bb]itcoins?|MW|[Mm]egawatts?|million|billion)\b(?!\s*[|:])")
# A notes' coupon wrapped from its name: "… of 0.00%" above "Convertible Senior Notes due 2030".
_RATE_ENDS = re.compile(r"^\d{1,2}(?:\.\d{1,3})?%$")
_INSTRUMENT_OPENS = re.compile(
    r"(?:Convertible|Exchangeable|Senior|Secured|Unsecured|Subordinated|Notes|Term\s+Loan)\b"
)
# ("US$ 60.2 million": a space after the sign, as Asian issuers print it and `money_codes` writes)
_FIGURE_OPENS = re.compile(r"(?:(?:US\$|C\$|A\$|[$€£])\s?|~)?\d")
_DAY_OR_YEAR_OPENS = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\b")
_MONTH_OPENS = re.compile(rf"{MONTH_NAME}(?![^\W\d_])")
_DANGLING = frozenset(
    {
        "of", "the", "a", "an", "to", "from", "at", "by", "with", "and", "or", "than", "for",
        "approximately", "about", "around", "nearly", "roughly", "totaling", "totalling",
        "its", "their", "our", "some",
    }
)  # fmt: skip


# Words a title never ends on: a line stopping on one goes on ("… holdings on\nOctober 31").
_FUNCTION_WORDS = _DANGLING | {
    "on", "in", "into", "as", "per", "over", "under", "during", "since", "until", "after",
    "before", "between", "including", "that", "which", "who", "is", "are", "was", "were", "has",
    "have", "had", "will", "would", "be", "been", "this", "these", "those", "not", "also",
}  # fmt: skip


def continues(line: str, following: str, *, weak: bool = True) -> bool:
    """Does `line` break inside a sentence that goes on in `following`?

    `weak=False` leaves out the one guess a title can fool: a long line stopping on a word that
    is no function word, above a capital ("… reduces $260M debt load\nBitcoin miner …": a
    headline above its story, or a sentence wrapped before a name).
    """
    body, nxt = line.strip(), following.strip()
    if _stands_apart(line, following, body, nxt):
        return False
    if len(body) >= _WRAP_MIN and (
        ends_on_open_abbreviation(body) or (ends_on_month(body) and _DAY_OR_YEAR_OPENS.match(nxt))
    ):
        return True  # the line stops inside a phrase read whole: "approx.", "vs.", a date
    if ends_on_day(body) and _MONTH_OPENS.match(nxt):
        return True  # "As of 28\nMarch 2024, …": a day-first date cut after its day
    if ends_on_open_abbreviation(body):
        return False  # (a short line on "vs.": a label or a heading, as before)
    if nxt[0].islower():
        return True
    return _goes_on_before_capital(body, nxt, weak=weak)


def _stands_apart(line: str, following: str, body: str, nxt: str) -> bool:
    """Is `line` (stripped: `body`) plainly apart from `following` (`nxt`): either empty or a
    row, a bullet next, a sentence ended, or cells spaced apart?"""
    if not body or not nxt or CELL_SEPARATOR in line or CELL_SEPARATOR in following:
        return True
    if _BULLET.match(following) and not following[0].isalnum():
        return True
    # (`line_ends`: the end-anchored tests read the line's last characters only)
    if ends_sentence(body) and not ends_on_open_abbreviation(body):
        return True
    # "Bitcoin sold  300" above "Bitcoin held  5,000": rows, not a wrapped line
    return bool(spaced_cells(body) or spaced_cells(nxt))


def _goes_on_before_capital(body: str, nxt: str, *, weak: bool) -> bool:
    """Does the line `body` go on in `nxt`, which opens with no lower-case letter?

    Before a capital, only a line stopping on a lower-case word is cut mid-sentence ("…, said
    \nAdam Sullivan"); a title ("… Operational Update"), a figure or a date ends an item of a
    list whose bullets were lost ("… as of December 31, 2023\nMined 423.4 Bitcoin in 2023").
    """
    if body.endswith(",") and len(body) >= _WRAP_MIN:
        return True  # "… For the full year 2021,\nBitfarms mined 3,453 BTC": a clause goes on
    last = body.rsplit(None, 1)[-1]
    if _NUMBER_ENDS.search(last) and _UNIT_OPENS.match(nxt) and not colon_cells(nxt):
        return True  # "… came in at 162\nBTC compared to 168 BTC": the figure's unit wrapped
    if _RATE_ENDS.search(last) and _INSTRUMENT_OPENS.match(nxt):
        return True  # "… aggregate principal amount of 0.00%\nConvertible Senior Notes due 2030"
    if not last[0].islower() or ITEM_OPENER.match(nxt):
        return False
    if (body[0] in ",;" or body[0].islower()) and _FIGURE_OPENS.match(nxt):
        # "…by market cap\n, mined\n478 Bitcoin in August": a fragment of a hard-wrapped
        # sentence (it opens mid-clause), whose figure starts the next line
        return True
    if last in _DANGLING and _FIGURE_OPENS.match(nxt) and not colon_cells(body):
        # "Cango produced a total of\n470.0 Bitcoins": the figure the phrase asks for (a page
        # that dropped its linked figures goes on with a new line item instead: "… high of\n
        # Gross profit surged to")
        return True
    if not weak and last not in _FUNCTION_WORDS:
        return False
    return len(body) >= _WRAP_MIN and not colon_cells(body)


def _line_segments(line: str, offset: int) -> list[Segment]:
    """The line's row, or its sentences (a list: a generator per line costs more)."""
    bullet = _BULLET.match(line)
    skip = bullet.end() if bullet else 0
    body = line[skip:].rstrip()
    if not body:
        return []
    start = offset + skip
    if "\n" in body:
        cells = _wrapped_aside_cells(body)
    else:
        cells = table_cells(body) or colon_cells(body) or spaced_cells(body)
    if cells:
        return [Segment(body, start, start + len(body), cells)]
    return [
        Segment(body[sentence_start:sentence_end], start + sentence_start, start + sentence_end)
        for sentence_start, sentence_end in _sentence_spans(body)
    ]


def _wrapped_aside_cells(body: str) -> tuple[str, ...]:
    """ "Bitcoin Mined: 27 BTC (vs 31 BTC in Jan 2025,\nin line with 28 days and curtailment)":
    a "Label: value" item whose bracketed aside wraps onto the next line is still that item's
    row (the aside opens on the first line and closes on the last)."""
    first, _, rest = body.partition("\n")
    if first.count("(") <= first.count(")") or "(" not in first[first.find(":") + 1 :]:
        return ()
    if not rest.rstrip().endswith(")") or body.count("(") != body.count(")"):
        return ()
    return colon_cells(first)


def table_cells(line: str) -> tuple[str, ...]:
    """Cells of a table row, or () when the line is prose that happens to contain " | "."""
    if CELL_SEPARATOR not in line:
        return ()
    cells = tuple(map(str.strip, line.split(CELL_SEPARATOR)))  # (map: no frame per cell)
    if cells[-1].endswith("|"):  # "Key metrics | Jun-23 |": a closing pipe
        cells = (*cells[:-1], cells[-1][:-1].rstrip())
    if max(map(len, cells[1:])) > _MAX_VALUE_CELL:  # (the separator is in: two cells at least)
        return ()
    return cells


# "Bitcoin mined\t450", "Bitcoin held at month-end   5,000": a one-value row whose cells a page
# kept apart by a tab or a run of spaces (prose puts one space between its words). Rows of
# several columns are the layout readers' (`grid`), which read their headers and scale.
_SPACED_VALUE = (
    r"(?:\(?[-–]?(?:US\$|C\$|A\$|\$)?\d[\d,]*(?:\.\d+)?\)?(?:\s?(?:million|billion|%|BTC|bitcoins?))?|"
    r"[-–—]|N/A)"
)
_SPACED_ROW = re.compile(
    r"(?P<label>[A-Za-z][^\t\d]{1,60}?[A-Za-z)])(?P<values>(?:\t+|\s{2,})" + _SPACED_VALUE + r")"
)
_SPACED_CUT = re.compile(r"\t+|\s{2,}")


def spaced_cells(line: str) -> tuple[str, ...]:
    """("Bitcoin mined", "450") for "Bitcoin mined\t450": a label and values kept apart by tabs
    or runs of spaces, nothing else on the line."""
    if "\t" not in line and "  " not in line:
        return ()  # cheap gate
    match = _SPACED_ROW.fullmatch(line.strip())
    if match is None or "  " in match["label"] or "\t" in match["label"]:
        return ()
    values = [value for value in _SPACED_CUT.split(match["values"]) if value]
    return (match["label"].strip(), *values)


def colon_cells(line: str) -> tuple[str, ...]:
    """("BTC produced", "750") for "BTC produced: 750, a 16% decrease M/M"."""
    if ":" not in line:
        return ()
    match = _COLON_ROW.match(line)
    if match is None or _SENTENCE_BREAK.search(match["value"]):
        return ()  # "Key highlights: 50 EH/s …. Financials …": a paragraph, not a row
    label = match["label"]
    if label.count("(") > label.count(")") and _NUMBER.search(label):
        return ()  # "Acme produced 450 BTC (April: 480 BTC).": a comparative aside in prose
    number = _NUMBER.search(match["value"])
    if number is None:
        return ()
    tail = match["value"][number.end() :]
    unit = _BTC_AFTER.match(tail)
    return (match["label"].strip(), number.group(0) + (unit.group(0) if unit else ""))


@remembered
def _sentence_spans(body: str) -> tuple[tuple[int, int], ...]:
    """Where the sentences of a line start and end (kept for the document: its legends and
    safe-harbour paragraphs repeat)."""
    return tuple(_spans(body))


def _spans(body: str) -> Iterator[tuple[int, int]]:
    start = 0
    for boundary in _BOUNDARY.finditer(body):
        # (the word the sentence so far ends on, read once for both tests)
        token = _last_word(body, start, boundary.start())
        if _ends_abbreviation(token) or _hedges_money(token, body, boundary):
            continue
        if (
            len(token) <= 3
            and token[:1].isdigit()
            and ordinal_dot(body, boundary.start(), boundary.end())
        ):
            continue  # "am 7. März 2025": a date's ordinal dot
        closers = len(boundary.group(0)[1:].rstrip())
        end = boundary.start() + 1 + closers
        if end - start <= LONGEST_SENTENCE:
            yield start, end  # (most sentences: no generator for `_bounded`)
        else:
            yield from _bounded(body, start, end)
        start = boundary.end()
    if start < len(body):
        yield from _bounded(body, start, len(body))


# No sentence a reader takes as one runs this long (the longest in the real cases is ~1,750
# characters): a longer run-on is read in pieces, cut at clause breaks, so whatever a guard
# reads around each figure of it is bounded (every figure of a sentence looks over the sentence).
LONGEST_SENTENCE = 3000


def _bounded(body: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """`start:end`, or pieces of it no longer than `LONGEST_SENTENCE` when it is longer."""
    while end - start > LONGEST_SENTENCE:
        limit = start + LONGEST_SENTENCE
        cut = max(body.rfind("; ", start + 1, limit), body.rfind(", ", start + 1, limit))
        if cut < 0:
            cut = body.rfind(" ", start + 1, limit)
            cut = limit if cut < 0 else cut
        else:
            cut += 1  # (the comma or semicolon ends the piece)
        yield start, cut
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _last_word(text: str, start: int, end: int) -> str:
    """The run of word characters, dots and slashes ending `text[start:end]` ("EH/s", "U.S")."""
    index = end
    while index > start and (text[index - 1].isalnum() or text[index - 1] in "_./"):
        index -= 1
    return text[index:end]


_ORDINAL = re.compile(r"(?<![\d.,])\d{1,2}$")


def shortening_dot(text: str, dot: int, after: int) -> bool:
    """Is the dot at `text[dot]` a German shortening's, the sentence going on at `after`?"""
    if _GERMAN_SHORT.search(text, max(0, dot - 6), dot):
        return True
    return bool(_GERMAN_SCALE.search(text, max(0, dot - 4), dot)) and bool(
        _CURRENCY_AFTER.match(text, after)
    )


def ordinal_dot(text: str, dot: int, after: int) -> bool:
    """Is the dot at `text[dot]` a day's or quarter's ordinal dot, the sentence going on at
    `after` ("am 7. März", "im 1. Quartal", "7. března", "den 7. marts")? An ordinal before it,
    then a word in lower case (Danish, Norwegian, Czech, Polish months) or a German month or
    period noun."""
    if not _ORDINAL.search(text, max(0, dot - 3), dot):
        return False
    if after < len(text) and text[after].islower():
        return True
    if _GERMAN_ORDINAL_NOUN.match(text, after):
        return True
    return (
        _SHARED_MONTH.match(text, after) is not None
        and _GERMAN_BEFORE_DAY.search(text, max(0, dot - 12), dot) is not None
    )


def _hedges_money(token: str, text: str, boundary: re.Match[str]) -> bool:
    """Does the sentence so far, ending on `token`, end on a shortened hedge that money
    follows ("ca. US$15.5")?"""
    return (
        token.rstrip(".") in _HEDGE_ABBREVIATIONS
        and _MONEY_OPENS.match(text, boundary.end()) is not None
    )


def _is_abbreviation(text: str, start: int, end: int) -> bool:
    """Does `text[start:end]` (a sentence so far) end on an abbreviation ("Inc", "U.S")?"""
    return _ends_abbreviation(_last_word(text, start, end))


def _ends_abbreviation(token: str) -> bool:
    """Is `token`, the word a sentence so far ends on (`_last_word`), an abbreviation?"""
    if not token:
        return False
    bare = token.rstrip(".")
    if bare[:1].isdigit():
        return False  # "… from July's 2.0. Mining …", "… debt $405.1M. Reporting …": a number
    if "." in bare or (len(bare) == 1 and bare.isalpha()):
        return True  # "U.S", "e.g", an initial
    return bare.lower() in _ABBREVIATIONS


def ends_on_abbreviation(line: str) -> bool:
    """Does `line` stop on an abbreviation's dot ("… (approx.", "… 974 Bitcoin vs.", "U.S.")?"""
    body = line.rstrip()
    return body.endswith(".") and _is_abbreviation(body, 0, len(body) - 1)


def sentence_after(text: str, end: int, reach: int, *, in_paragraph: bool = True) -> str:
    """The sentence that follows `end` in `text`, read at most `reach` characters far.

    A look at the next sentence (does it name a loan, AI, a closing date?) needs only its
    words, not an exact split: it ends at the first full stop and a space, or, with
    `in_paragraph`, at the paragraph's end.
    """
    following = text[end : end + reach]
    if in_paragraph:
        following = following.split("\n\n", 1)[0]
    stop = following.find(". ")
    return following if stop < 0 else following[: stop + 1]


def sentence_before(text: str, start: int, reach: int) -> str:
    """The sentence, in its paragraph, that ends at `start` of `text` (at most `reach` back)."""
    head = text[max(0, start - reach) : start].split("\n\n")[-1]
    # (from the last full stop before the sentence's own that is no abbreviation's: "Coinbase
    # Inc. had $10 million outstanding" keeps its subject)
    stop = head.rstrip().rfind(". ", 0, len(head.rstrip()) - 1)
    while stop >= 0 and _is_abbreviation(head, 0, stop):
        stop = head.rfind(". ", 0, stop)
    return head if stop < 0 else head[stop + 2 :]
