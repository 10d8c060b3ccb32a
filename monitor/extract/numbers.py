"""Numbers, BTC quantities, money amounts and power figures as releases print them.

Handles thousands separators, decimals, hedges ("approximately", "more than" — the stated
number is kept), scale words ("US$1.2 billion", "$5m"), currency prefixes and suffixes
(US$, C$, RMB, "Canadian dollars"…) and footnote markers glued to a number ("62.7(2)", "7,474.7¹").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .gates import opens, sentence_gate
from .per_document import remembered
from .skipping import skipping

# A number as printed: 4,451 · 7,474.7 · 12502 · 0.5. Never part of a date (1/31/2025),
# a version or a longer digit run.
NUMBER_BODY = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d/]|[.,]\d)"
NUMBER = rf"(?<![\w.,/]){NUMBER_BODY}"
# A coin count in prose, grouped or not ("1,441", "1441", "6959.3"), where a bare four-digit
# year is no count ("with 1,530 in Q4 and 2023 in the year before": the year, not coins).
COUNT_AS_PRINTED = r"(?:\d{1,3}(?:,\d{3})+|(?!(?:19|20)\d\d(?!\d|\.\d))\d{1,6})(?:\.\d+)?"
# An amount as a table cell or a filing's sentence prints it, grouped or not ("90,784",
# "90784", "3,300.5"): other writers drop the separators. A bare year ("2025") is a column's
# head or a date, no amount. (The ungrouped form is tried first: "90784" is not "907".)
AMOUNT_AS_PRINTED = r"(?:(?!(?:19|20)\d\d(?!\d))\d{4,15}|\d{1,3}(?:,\d{3})*)(?:\.\d+)?"
# The same when an amount under a thousand would be no table's figure: grouped, or four
# digits at least ("74,449,664", "74449664").
LARGE_AMOUNT_AS_PRINTED = r"(?:(?!(?:19|20)\d\d(?!\d))\d{4,15}|\d{1,3}(?:,\d{3})+)(?:\.\d+)?"
# Any character that does not end a sentence: a "." only inside a decimal (US$9.7 billion).
IN_SENTENCE = r"(?:[^.;]|\.(?=\d))"
# Footnote marker glued to a figure; swallowed so it never reads as part of the number.
FOOTNOTE = r"(?:\(\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\*+)?"
# Hedges keep the stated number (a lower or approximate bound is still the figure reported).
APPROX = (
    r"(?:(?:approximately|approx\.|about|around|roughly|nearly|almost|over|more than|"
    r"in excess of|upwards of|some|circa|an estimated|just over|just under|close to|"
    # a rewrite's hedges: "for a little over $62 million", "slightly more than 3,000 BTC"
    r"(?:a\s+little|a\s+bit|slightly|well|just)\s+(?:over|under|more\s+than|less\s+than|"
    r"above|below)|just\s+shy\s+of|north\s+of|upward\s+of|~|≈)\s*)?"
)
# A money amount as news copy writes it, for lists and frames ("$32 million", "US$1.5bn", "€20m")
# that only need to step over one, not read it (`find_money` reads it).
MONEY_WRITTEN = r"(?:us)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?"
# "27,744 bitcoin miners", "300 Bitcoin mining machines": machines counted, not coins.
_NOT_COINS = r"(?!\s+(?:miners?|machines|rigs|ATMs?|mining\s+(?:machines|rigs|units|servers))\b)"
# "mined 450 coins": in a miner's release the coins are bitcoin
# ("owning 2,832 BTCand 15,914 ETH": a page's missing space glues the unit to "and")
BTC_UNIT = rf"(?:(?:BTCs?|bitcoins?|₿|coins)\b|BTC(?=and\s))(?:\s*\(BTC\))?{_NOT_COINS}"
# "N BTC" — the quantity group is named `qty`.
# "171 self-mining bitcoins", "250 newly mined BTC": an adjective may sit before the unit.
# "1,252.4 new minted bitcoins", "freshly minted BTC": a rewrite's words for the same.
BTC_ADJECTIVE = (
    r"(?:(?:self-min(?:ed|ing)|(?:newly|new|freshly)[- ](?:mined|minted)|mined|minted|produced|"
    r"gross|net|new)\s+)?"
)
# ("sold 635+ BTC": a trailing plus is a lower bound, which keeps its number, decided case 20)
# "over 25K BTC": news copy's thousands (the `kilo` group, read by `btc_value`), only before
# the coins or the clause's end.
KILO = rf"(?P<kilo>[kK](?=\s*(?:{BTC_UNIT}|[.,;]|$)))?"
BTC_QTY = rf"{APPROX}(?P<qty>{NUMBER}){KILO}\+?{FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT}"

_SCALES = {
    "thousand": Decimal(1_000),
    "k": Decimal(1_000),
    "million": Decimal(1_000_000),
    "mln": Decimal(1_000_000),
    "mn": Decimal(1_000_000),
    "mm": Decimal(1_000_000),
    "m": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "bn": Decimal(1_000_000_000),
    "b": Decimal(1_000_000_000),
}

# Longest spellings first so "US$" wins over "$" and "HK$" is not read as "$".
_PREFIX_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"U\.S\.\s?\$", "USD"),
    (r"US\$", "USD"),
    (r"USD\s?\$?", "USD"),
    (r"USDT\s?", "USDT"),
    (r"CA\$|C\$|CAD\s?\$?", "CAD"),
    (r"AU\$|A\$|AUD\s?\$?", "AUD"),
    (r"HK\$|HKD\s?", "HKD"),
    (r"RMB\s?¥?|CNY\s?|¥", "RMB"),  # PRC issuers print ¥ for renminbi
    (r"€|EUR\s?", "EUR"),
    (r"£|GBP\s?", "GBP"),
    (r"\$", "USD"),
)
_SUFFIX_CURRENCIES: tuple[tuple[str, str], ...] = (
    (r"U\.S\. dollars|US dollars|United States dollars", "USD"),
    (r"Canadian dollars", "CAD"),
    (r"Australian dollars", "AUD"),
    (r"Hong Kong dollars", "HKD"),
    (r"USDT|Tether", "USDT"),
    (r"USDC", "USDC"),
    (r"USD", "USD"),
    (r"RMB|CNY|yuan|renminbi", "RMB"),
    (r"CAD", "CAD"),
    (r"AUD", "AUD"),
    (r"HKD", "HKD"),
    (r"EUR|euros?", "EUR"),
    (r"pounds(?:\s+sterling)?|GBP", "GBP"),
)

# "$2.5-million (Canadian)", "$32,492 (U.S.)": the bracket after a "$" amount says which dollar.
_DOLLAR_COUNTRIES = {"canadian": "CAD", "u.s.": "USD", "us": "USD", "australian": "AUD"}
_DOLLAR_COUNTRY = re.compile(r" \((Canadian|U\.S\.|US|Australian)\)")
_PREFIX = "|".join(f"(?:{pattern})" for pattern, _ in _PREFIX_CURRENCIES)
_SUFFIX = "|".join(f"(?:{pattern})" for pattern, _ in _SUFFIX_CURRENCIES)
# A footnote digit may be glued to the scale ("$43.9m2"): no letter may follow it; but a whole
# scale word may lose the space before the next word ("$28 millionthis loan", "$66
# millionguaranteed by BTC" on a page whose markup was stripped), not its plural "s".
_SCALE = (
    r"(?:[-\s]{0,2}(?P<scale>(?:thousand|million|billion)(?=[a-z]{2})(?!s\b)|"
    r"(?:thousand|million|billion|mln|mn|mm|bn|m|b|k)(?![A-Za-z])))?"
)
_SCALE_2 = _SCALE.replace("scale", "scale2")  # the suffix-currency branch needs its own group

# A decimal comma, as European copy prints it: "$127,9 million" is 127.9 million (one or two
# digits after the comma, then a scale word; "$1,250 million" keeps its thousands comma).
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=[-\s]{0,2}(?:million|billion|mln|bn)\b)"
_DECIMAL_COMMA_BODY = re.compile(r"\d{1,3},\d{1,2}")

# Money: a currency marker before or after the amount is required; a bare "305 million" is
# not money. `(?i)` is scoped so that the lookbehind on the prefix stays exact.
# Every match starts with a digit or a currency marker's first character (`_MONEY_STARTS`):
# the leading look-ahead rejects other positions before both look-behind branches are tried
# there (about 1.5x faster, same matches).
_MONEY_STARTS = r"[\d$¥€£UCAHREG]"
MONEY_RE = skipping(
    re.compile(
        rf"(?={_MONEY_STARTS})(?:(?<![A-Za-z])(?P<prefix>{_PREFIX})\s?(?P<amount>{NUMBER_BODY}|{_DECIMAL_COMMA})"
        rf"{FOOTNOTE}{_SCALE}"
        rf"(?:\s(?P<suffix_after_prefix>{_SUFFIX})\b)?"
        rf"|(?<![\w$])(?P<amount2>{NUMBER}){_SCALE_2}\s(?P<suffix>{_SUFFIX})\b)",
        re.IGNORECASE,
    )
)
# For patterns that START with a number: no look-behind, so the regex engine can jump to
# digits quickly (a leading assertion makes it try every position, ~10x slower). Callers
# check the character before the match with `starts_number`.
LEADING_NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?(?![\d/]|[.,]\d)"
# Power: MW / GW (GW is converted to MW).
POWER_UNIT = r"(?:MW|megawatts?|GW|gigawatts?)\b"
# Hash rate: "EH/s", "PH/s", "TH/s" and their words ("exahash", "petahashes"); a rate, never a
# figure of its own, and the denominator of a yield or a price ("BTC per EH/s", "$45/PH/s").
HASH_UNIT = r"(?:[EPT]H/s|(?:exa|peta|tera)hash(?:es)?)"
# "200 megawatts (MW)": the abbreviation in brackets belongs to the unit.
_UNIT_GLOSS = r"(?:\s?\((?:MW|GW)\))?"
POWER = rf"{APPROX}(?P<mw>{NUMBER})\s?(?P<power_unit>MW|megawatts?|GW|gigawatts?)\b{_UNIT_GLOSS}"


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money in units of its currency (US$305 million → 305000000, "USD")."""

    amount: Decimal
    currency: str
    start: int
    end: int
    bare_dollar: bool = False  # printed with a plain "$": the document may say which dollar


@remembered  # (the same figure is read again by each family and guard that finds it)
def parse_decimal(text: str) -> Decimal | None:
    """'7,474.7' → Decimal('7474.7'); None when the text is not a plain number."""
    try:
        return tidy(Decimal(text.replace(",", "").strip()))
    except InvalidOperation:
        return None


def btc_value(match: re.Match[str], group: str = "qty") -> Decimal | None:
    """A BTC quantity matched by `BTC_QTY` (or a bare number in `group`): "25K" is 25,000."""
    value = parse_decimal(match[group])
    if value is not None and "kilo" in match.re.groupindex and match["kilo"]:
        value = tidy(value * 1000)
    return value


def tidy(value: Decimal) -> Decimal:
    """Drop float-like trailing zeros: 1200000000.0 → 1200000000, 569.0 → 569."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def scale_factor(word: str | None) -> Decimal:
    return _SCALES.get((word or "").lower(), Decimal(1))


@functools.lru_cache(maxsize=256)
def currency_code(marker: str) -> str:
    """Map a printed currency marker (prefix or suffix) to its code."""
    compact = marker.strip()
    for patterns in (_PREFIX_CURRENCIES, _SUFFIX_CURRENCIES):
        for pattern, code in patterns:
            if re.fullmatch(pattern, compact, re.IGNORECASE):
                return code
    return "USD"


_MONEY_HINTS = sentence_gate(
    "$", "rmb", "usd", "cad", "aud", "hkd", "cny", "eur", "€", "£", "¥", "yuan", "dollar",
    "renminbi", "tether", "gbp",
    # "40 million pounds": the suffix reads only after a space, so "compounded" stays shut
    " pound", "\xa0pound", "\npound",
)  # fmt: skip


def may_hold_money(lowercase_text: str) -> bool:
    """Cheap pre-check: could `find_money` find anything in this (lowercased) sentence? (The
    treasury, debt and AI readers of one sentence each ask: `opens` answers from one scan.)"""
    return opens(_MONEY_HINTS, lowercase_text)


def find_money(text: str, start: int = 0, end: int | None = None) -> Iterator[Money]:
    """Money amounts in `text[start:end]`, offsets relative to `text`."""
    for match in _money_matches(text, start, len(text) if end is None else end):
        money = _money_from_match(match)
        if money is not None:
            yield money


# Every match of `MONEY_RE` holds a digit, at most this far after the match's start: "U.S. $ 5",
# a marker of six characters and a space. A scan tries `MONEY_RE` at every place whose character
# may open a match, most letters of "USD", "CAD", "HKD", "EUR", … in either case (some 700
# instructions a character: 9 M on the worst-case document's sentences), so it starts where a
# match can first stand: a sentence's words before its first figure (a fifth of it) are not
# tried, nor is a sentence with no digit.
_MONEY_LEAD = 7
_DIGIT = re.compile(r"\d")


def _money_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What `MONEY_RE.finditer(text, start, end)` finds, from `_MONEY_LEAD` before the first
    digit (no match can start before it)."""
    digit = _DIGIT.search(text, start, end)
    if digit is None:
        return iter(())
    return MONEY_RE.finditer(text, max(start, digit.start() - _MONEY_LEAD), end)


def _money_from_match(match: re.Match[str]) -> Money | None:
    if match.group("amount") is not None:
        # "US$305 million in USDT" is dollars settled in a stablecoin: the prefix decides.
        number, scale, marker = match.group("amount"), match.group("scale"), match.group("prefix")
    else:
        number, scale, marker = match.group("amount2"), match.group("scale2"), match.group("suffix")
    if _DECIMAL_COMMA_BODY.fullmatch(number):
        number = number.replace(",", ".")  # "$127,9 million" (see `_DECIMAL_COMMA`)
    amount = parse_decimal(number)
    if amount is None:
        return None
    value = tidy(amount * scale_factor(scale))
    if marker == "$" and match.group("suffix_after_prefix") is None:
        # Checked after the match (not in MONEY_RE): only a plain "$" amount can carry one.
        country = _DOLLAR_COUNTRY.match(match.string, match.end())
        if country is not None:
            code = _DOLLAR_COUNTRIES[country.group(1).lower()]
            return Money(value, code, match.start(), country.end())
    bare = marker.strip() == "$" and match.group("suffix_after_prefix") is None
    return Money(value, currency_code(marker), match.start(), match.end(), bare)


# "C$12.1 million (US$8.8 million)" / ", or US$8.8 million": the same amount in another currency.
# Also "(approximately USD $23.3MM …)" and ", which equates to approximately $2.55 billion".
_TRANSLATION_GAP = re.compile(
    r"^\s*(?:\(\s*(?:or\s+)?|,?\s+or\s+|,?\s+which\s+(?:equates|translates|is\s+equivalent)\s+to\s+)"
    r"(?:approximately\s+|approx\.\s+|about\s+|roughly\s+|~\s*)?$",
    re.IGNORECASE,
)


def convenience_translation(text: str, money: Money, later: list[Money]) -> Money | None:
    """The next amount when it restates `money` in another currency right after it."""
    if not later or later[0].currency == money.currency:
        return None
    candidate = later[0]
    return candidate if _TRANSLATION_GAP.match(text[money.end : candidate.start]) else None


def starts_number(text: str, index: int) -> bool:
    """No letter, digit or separator glued before `index` (so "v2.5" or "1,2" are not numbers)."""
    return index == 0 or not (text[index - 1].isalnum() or text[index - 1] in "_.,/$")


def power_in_mw(number: str, unit: str) -> Decimal | None:
    value = parse_decimal(number)
    if value is None:
        return None
    return tidy(value * 1000) if unit.lower().startswith(("gw", "giga")) else value


# A table cell: "7,474.7", "$(8,612)", "62.7(2)", "-", "—", "$-", "0".
_CELL_RE = re.compile(
    rf"^(?P<currency>{_PREFIX})?\s?(?P<neg>\()?\s?(?P<number>{NUMBER}|[-–—])\s?\)?"
    r"(?:\s?(?P<scale>million|billion|thousand|mn|bn|m|k)\b)?"
    rf"\s?(?:\(\d{{1,2}}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰*]+)?\s?(?:BTC|bitcoins?)?$",
    re.IGNORECASE,
)
# "19,2113": a thousands-grouped figure with a footnote digit glued on (pages drop the
# superscript's formatting); the grouping shows where the number ends.
_GLUED_FOOTNOTE = re.compile(r"^(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?)(?P<marker>\d{1,2})$")
_DASHES = frozenset("-–—")


@dataclass(frozen=True, slots=True)
class CellValue:
    value: Decimal
    currency: str | None
    dash: bool  # printed as "-"/"—": none
    scaled: bool = False  # the cell carried its own scale word ("$38.8 million")


def parse_cell(cell: str) -> CellValue | None:
    """A table cell's number; a dash means none (0). Percentages, hashrates and words → None."""
    text = cell.strip()
    if text.lower() in ("nil", "none"):
        return CellValue(Decimal(0), None, dash=True)
    glued = _GLUED_FOOTNOTE.match(text)
    if glued is not None and "." not in glued["number"]:
        text = glued["number"]
    match = _CELL_RE.match(text)
    if match is None:
        return None
    currency = currency_code(match.group("currency")) if match.group("currency") else None
    number = match.group("number")
    if number in _DASHES:
        return CellValue(Decimal(0), currency, dash=True)
    value = parse_decimal(number)
    if value is None:
        return None
    if match.group("scale"):
        return CellValue(tidy(value * scale_factor(match.group("scale"))), currency, False, True)
    return CellValue(value, currency, dash=False)


# Where the next figure starts: a BTC quantity, a power figure or a money amount. (Its
# alternatives open differently, so the engine would try every position: `skipping`.)
NEXT_FIGURE = skipping(
    re.compile(
        rf"{LEADING_NUMBER}{FOOTNOTE}\s*(?:{BTC_UNIT}|{POWER_UNIT}|EH/s)|(?:US\$|C\$|RMB|\$)\s?\d",
        re.IGNORECASE,
    )
)
