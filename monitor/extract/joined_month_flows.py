"""One flow figure told for two months joined by "and": the two months' sum, no named period.

"Riot Platforms sold 2,201 BTC in November and December, raising nearly $200 million", "verkaufte
im November und Dezember 2.201 BTC", "vendió en noviembre y diciembre 2.201 BTC", "a vendu 2 201
BTC en novembre et décembre": one figure for two months together is a total that is no whole
named period (README, What is NOT labelled; decided case 40). The readers date such a figure by
the first month it names, which no label does: the figure is dropped, with the proceeds of its
sale. (`span_flows` drops the sums a sentence calls "combined"; this module the bare ones, in
every language the readers read.)

Kept: figures per month ("sold 500 and 600 BTC in April and May, respectively", "500 BTC in
April and 600 in May": a figure of the same metric and sentence dated by the other month), a
figure for each month ("jeweils 500 BTC"), zero statements ("did not sell any bitcoin in April and
May": none in either month), a report's title ("November and December Production Update") and a
span read "between" two months that is a quarter or half ("zwischen Oktober und Dezember").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from monitor.vocabulary.periods import Period

from .foreign_lexicons_more import LEXICONS
from .gates import any_of
from .model import BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD, DEBT_ISSUED, DEBT_REPAID, Extracted
from .required import required_words
from .stated_amounts import digit_signature

_FLOWS = frozenset({BTC_SOLD, BTC_PRODUCED, BTC_SALE_PROCEEDS, DEBT_ISSUED, DEBT_REPAID})
_ENGLISH_MONTHS = (
    "january february march april may june july august september october november december"
)
_ENGLISH_SHORT = "jan feb mar apr may jun jul aug sep oct nov dec"
_VERBS = frozenset({"may", "march"})  # English months that are verbs too


def _month_numbers() -> dict[str, int]:
    """Every month word the readers know (lowercase) and its number."""
    numbers = {word: at for at, word in enumerate(_ENGLISH_MONTHS.split(), start=1)}
    numbers |= {word + ".": at for at, word in enumerate(_ENGLISH_SHORT.split(), start=1)}
    numbers["sept."] = 9
    for lexicon in LEXICONS.values():
        numbers |= {word.lower(): number for word, number in lexicon.months.items()}
    return numbers


_MONTHS = _month_numbers()
# Thai and Hindi run words and vowel signs together (`\b` splits them): their months stand
# unbounded; every other script's are whole words.
_UNBOUNDED = re.compile(r"[\u0900-\u097f\u0e00-\u0e7f]")


def _alternation(words: Iterator[str]) -> str:
    """A regex alternation of `words`, longest first (so "sept." is tried before "sep")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_MONTH = (
    rf"(?:(?<!\w)(?:{_alternation(w for w in _MONTHS if not _UNBOUNDED.search(w))})(?!\w)"
    rf"|(?:{_alternation(w for w in _MONTHS if _UNBOUNDED.search(w))}))"
)
# "and" in the languages read (Arabic's "و" is written onto the next word)
_AND = r"(?:and|und|y|e|ed|et|en|i|a|ja|ve|dan|và|и|і|й|та|και|و|และ|और)"
# a preposition repeated before the second month ("im November und im Dezember")
_AGAIN = r"(?:(?:in|im|en|em|no|na|nel|w|we|в|у|di|τον)\s+)?"
_PAIR = re.compile(
    rf"(?P<m1>{_MONTH})(?:,?\s+(?:de\s+|of\s+)?(?:19|20)\d\d)?\s*(?P<and>{_AND})\s*{_AGAIN}"
    rf"(?P<m2>{_MONTH})"
)
# "11月と12月", "11월과 12월", "tháng 11 và tháng 12": months written as numbers
_NUMBERED_PAIR = re.compile(
    r"(?<!\d)(?P<n1>1[0-2]|0?[1-9])\s?[月월]\s?(?:と|和|及び|及|与|與|및|과|와|、)\s?"
    r"(?P<n2>1[0-2]|0?[1-9])\s?[月월]|"
    r"tháng\s+(?P<v1>1[0-2]|0?[1-9])\s+và\s+tháng\s+(?P<v2>1[0-2]|0?[1-9])(?!\d)"
)
# Where a pair may stand: an "and" (the word after it read as a month by `_MONTHS`, cheaply),
# a month written as a number, a Thai "and" (written onto its words)
_JOINT = re.compile(rf"\s{_AND}\s+{_AGAIN}(\S+)|\sو(\S+)")
_NUMBERED = re.compile(r"[月월]|tháng")
_TRAILING = ".,;:!?)\"'»”"
# a figure for each month, or figures paired with the months in order
_EACH = re.compile(
    r"respectiv|respektive|rispettivamente|respectievelijk|beziehungsweise|\bbzw\.|jeweils|"
    # ("500 BTC each", "in each of", "each month"; not "mines each day in Texas")
    r"(?:\d|btc|bitcoins?|coins)\s+each\b|\bin\s+each\b|\beach\s+(?:month|of)\b|"
    r"cada\s+uno|cada\s+mes|chacun|ciascun|per\s+maand|\belk\b|соответственно|"
    r"відповідно|αντίστοιχα|sırasıyla|odpowiednio|masing-masing|lần\s+lượt|على\s+التوالي|"
    r"vastaavasti|それぞれ|分别|分別|각각"
)
# Its words, one of which every match holds: `_EACH`'s thirty-odd alternatives tried at every
# place of a sentence cost more than the rest of this module (some 13 M instructions on the
# worst-case document); one search for the words (the engine skips to their letters) rules out
# nearly every sentence first. (`required_words` reads them from the pattern: exact, as `_EACH`
# is searched case-sensitively over lowercase text.)
_EACH_WORDS = required_words(_EACH.pattern, shortest=1, most=64)
_EACH_CUE = any_of(*_EACH_WORDS) if _EACH_WORDS else None
# the span's opening word: "between October and December" is the quarter it names
_BETWEEN = re.compile(
    r"(?:between|zwischen|entre|tra|fra|tussen|между|між|μεταξύ|antara|giữa|mezi)\s+"
    r"(?:(?:el|los|le|les|o|os|de|il|i|τον)\s+)?$"
)
# "from October to December" ("de octubre a diciembre", "da ottobre a dicembre", "de janeiro a
# junho"): Romance "a" is "to", not Czech "and"; the span is read as "between" is
_FROM = re.compile(r"(?:\bde|\bda|\bdesde|\bdal)\s+$")
# a new clause whose subject is the second month, capitalised as English writes it ("in December
# and January is expected to be stronger", "and November saw heavy curtailment"): no pair (Dutch
# writes its months lowercase: "in oktober en november is 800 BTC geproduceerd" stays one)
_CLAUSE_VERB = re.compile(
    r"\s+(?:also\s+)?(?:is|was|were|are|saw|sees|marked|marks|will|would|has|had|have|should|"
    r"could|might|brought|brings|proved|looks|remains|remained)\b(?!\s+\d)"
)
# a figure right after the second month ("460 BTC en diciembre y en noviembre 450 BTC"): that
# month's own figure, which the readers may leave unread (not a year: "in November and December
# 2025")
_NEXT_FIGURE = re.compile(r",?\s{0,2}(?!(?:19|20)\d\d(?!\d|[.,]\d))\d")
# "November and December Production Update": the report's title, not a figure's dating
_TITLE = re.compile(
    r"[\s\d,]{0,8}(?:production\s+|operations?\s+|operational\s+)*(?:updates?|reports?|results)|"
    r"\s{0,3}-?\s?(?:bericht|informe|actualizaci|rapport|relat[oó]rio|aggiornament|"
    r"verslag|raport|rapor|отч[её]т|звіт)"
)
_MONTH_WORD = re.compile(_MONTH)
_MARKS = re.compile(r"\d|[.;!?]")  # between a figure and its months: no other figure or sentence
_CLAUSE_MARK = re.compile(r"[.;!?]|,\s")
_FIGURE = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
_GAP = 60  # the figure stands right beside the months that date it
# an aside set off by commas right after the months, which keeps the figure beside them: "en abril
# y mayo, los primeros dos meses después de cambiarle de lleno a la minería de bitcoin, Cango minó
# en total 954.5 BTC" (no figure, date or sentence end inside it)
_ASIDE = re.compile(r"\s*,[^,.;!?\d]{1,120},")
_FAR = 40  # how far the figure's other side is looked at for a month of its own


def without_joined_month_flows(found: list[Extracted]) -> list[Extracted]:
    """`found` without the flows told once for two months joined by "and", and the proceeds of
    the sales dropped (told in their sentence or right after it)."""
    dropped = [item for item in found if _told_for_two_months(item, found)]
    if not dropped:
        return found
    sales = [item for item in dropped if item.metric == BTC_SOLD]
    dropped += [item for item in found if any(_proceeds_of(item, sale) for sale in sales)]
    ids = {id(item) for item in dropped}
    return [item for item in found if id(item) not in ids]


def _proceeds_of(item: Extracted, sale: Extracted) -> bool:
    """Is `item` the proceeds of `sale`, told in its sentence or in the next?"""
    return (
        item.metric == BTC_SALE_PROCEEDS
        and item.period == sale.period
        and (item.start == sale.start or 0 <= item.start - sale.end <= 3)
    )


def _told_for_two_months(item: Extracted, found: list[Extracted]) -> bool:
    """Is `item` a flow dated by one of two months its sentence joins, the one figure told for
    both (see the module)?"""
    if item.metric not in _FLOWS or not item.value:
        return False
    month = _month_of(item.period)  # (parsed only for a flow's figure: most are none)
    if month is None:
        return False
    for first, second, start, end in _pairs(item.evidence):
        if month not in (first, second):
            continue
        other = second if month == first else first
        if any(_dated_by(each, item, other) for each in found):
            continue  # a figure for each month ("500 and 600 BTC in April and May")
        if _figure_beside(item.evidence.lower(), start, end, digit_signature(item.value)):
            return True
    return False


def _dated_by(each: Extracted, item: Extracted, month: int) -> bool:
    """Is `each` a figure of `item`'s metric and sentence dated by `month` (the other month's
    own figure: the pair then dates a figure per month)?"""
    return (
        each.metric == item.metric and each.start == item.start and _month_of(each.period) == month
    )


def _month_of(label: str | None) -> int | None:
    """The month (1-12) a month's label names ("2025-11"); None for a day, quarter, half or year."""
    period = Period.parse(label)
    return period.month if period is not None and period.granularity == "month" else None


@functools.lru_cache(maxsize=64)
def _pairs(sentence: str) -> tuple[tuple[int, int, int, int], ...]:
    """The two months (numbers) each "M1 and M2" of `sentence` joins, and where it stands; a
    sentence that gives a figure for each month, a title's months and a quarter or half read
    "between" its months are left out."""
    text = sentence.lower()
    if len(text) != len(sentence) or _tells_each(text):
        return ()
    pairs = []
    for found in _candidates(text):
        first, second = _numbers(found)
        if first == second or _TITLE.match(text, found.end()) or _verb(sentence, found):
            continue
        if _new_clause(sentence, found):
            continue  # ("… and January is expected to be stronger")
        if _spanned(text, found) and _whole(first, second):
            continue  # "between October and December": the fourth quarter
        pairs.append((first, second, found.start(), found.end()))
    return tuple(pairs)


def _tells_each(text: str) -> bool:
    """Does lowercase `text` give a figure for each month (`_EACH`), its words searched first?"""
    if _EACH_CUE is not None and _EACH_CUE.search(text) is None:
        return False  # cheap gate: none of `_EACH`'s words (see `_EACH_CUE`)
    return _EACH.search(text) is not None


def _new_clause(sentence: str, found: re.Match[str]) -> bool:
    """Does the pair's second month, capitalised, start a clause of its own (see `_CLAUSE_VERB`)?"""
    return (
        bool(found.groupdict().get("m2"))
        and sentence[found.start("m2")].isupper()
        and _CLAUSE_VERB.match(sentence, found.end()) is not None
    )


def _spanned(text: str, found: re.Match[str]) -> bool:
    """Is the pair a span "between" its months, or "from" one "to" the other ("de octubre a
    diciembre")?"""
    before = max(0, found.start() - 20)
    if _BETWEEN.search(text, before, found.start()):
        return True
    return found.groupdict().get("and") == "a" and bool(_FROM.search(text, before, found.start()))


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """Each "M1 and M2" of lowercased `text`: the month pattern is run only beside an "and"
    followed by a month (its alternation of every language's months is slow to run along a
    whole sentence), and where months are written as numbers or in Thai."""
    seen: set[int] = set()
    for joint in _JOINT.finditer(text):
        word = joint.group(1) or joint.group(2)
        if word not in _MONTHS and word.rstrip(_TRAILING) not in _MONTHS:
            continue
        found = _PAIR.search(text, max(0, joint.start() - 40), joint.end())
        if found is not None and found.end() > joint.start() and found.start() not in seen:
            seen.add(found.start())
            yield found
    if _NUMBERED.search(text):
        yield from _NUMBERED_PAIR.finditer(text)
    if "และ" in text:
        yield from (found for found in _PAIR.finditer(text) if found.start() not in seen)


def _verb(sentence: str, found: re.Match[str]) -> bool:
    """Is an English month of the pair a verb ("in April and may sell more"): written in
    lowercase, where English writes a month capitalised?"""
    return any(
        found.groupdict().get(month) in _VERBS and sentence[found.start(month)].islower()
        for month in ("m1", "m2")
    )


def _numbers(found: re.Match[str]) -> tuple[int, int]:
    """The two month numbers a pair match names (month words, "11月", "tháng 11")."""
    groups = found.groupdict()
    if groups.get("m1"):
        return _MONTHS[groups["m1"]], _MONTHS[groups["m2"]]
    if groups.get("n1"):
        return int(groups["n1"]), int(groups["n2"])
    return int(groups["v1"]), int(groups["v2"])


def _whole(first: int, last: int) -> bool:
    """Is the span from month `first` to `last` a calendar quarter or half?"""
    months = (last - first) % 12 + 1
    return months in (3, 6) and (first - 1) % months == 0


def _figure_beside(sentence: str, start: int, end: int, signature: str) -> bool:
    """Does the figure (`signature`) stand beside the months at `sentence[start:end]`
    (lowercased, as `_pairs` read it), with nothing between them that dates or counts something
    else, and no month of its own on its other side ("… update: sold 460 BTC in December")?"""
    aside = _ASIDE.match(sentence, end)  # (the figure after the aside stands beside the months)
    after = aside.end() if aside else end
    for figure in _FIGURE.finditer(sentence, max(0, start - _GAP - 12), after + _GAP + 12):
        if re.sub(r"\D", "", figure.group()).strip("0") != signature:
            continue
        if figure.end() <= start:
            if _NEXT_FIGURE.match(sentence, end):
                continue  # (the second month's own figure follows it)
            gap, far = sentence[figure.end() : start], _far_before(sentence, figure.start())
        elif figure.start() >= end:
            gap, far = sentence[after : figure.start()], _far_after(sentence, figure.end())
        else:
            continue
        if len(gap) <= _GAP and not _MARKS.search(gap) and not _MONTH_WORD.search(far + gap):
            return True
    return False


def _far_after(sentence: str, at: int) -> str:
    """The figure's own clause after it (up to `_FAR` characters)."""
    tail = sentence[at : at + _FAR]
    mark = _CLAUSE_MARK.search(tail)
    return tail[: mark.start()] if mark else tail


def _far_before(sentence: str, at: int) -> str:
    """The figure's own clause before it (up to `_FAR` characters)."""
    head = sentence[max(0, at - _FAR) : at]
    marks = list(_CLAUSE_MARK.finditer(head))
    return head[marks[-1].end() :] if marks else head
