"""Numbers as Japanese, Korean, Chinese, Spanish, Portuguese, Italian and German copy prints them.

* Japanese, Korean and Chinese: commas group thousands ("1,242BTC", "26,842枚"), and 万/만/萬
  (ten thousand), 億/억/亿 (a hundred million) and 千/천 (a thousand) are written between digit
  groups: "4万9179" is 49179, "1만 3672" 13672, "1만96" 10096, "2만" 20000; Chinese also
  writes a decimal before them ("1.2萬" is 12000), and a tracker's rounding "3.6千" is 3600.
* Spanish, Portuguese, Italian and German: a dot groups thousands and a comma is the decimal
  mark ("10.427" is 10427, "707,1" is 707.1, "1.258,6" is 1258.6). A lone comma before exactly
  three digits ("1,080") is a copied English thousands group; before one or two digits, a decimal.
  A copied English figure with both marks ends on its dot: "1,930.8" is 1930.8, "1.930,8" 1930.8.
* French, Russian, Czech and Finnish group thousands with a space ("3 349 BTC", "150 000 000
  $ US": `SPACED_NUMBER`, `money(..., spaced=True)`); Indonesian and Vietnamese write numbers
  as Spanish does, Arabic copy as English does ("9.7 مليارات دولار").

Money (`money`): "約13億円", "5,180만 달러", "720억 원", "1,650万美元", "US$ 24 milhões",
"25,5 millones de dólares", "161,6 Millionen US-Dollar", "21 εκατομμυρίων δολαρίων", "62 millions
de dollars", "$6,1 млн", "$54 juta", "50 triệu USD", "325 milionů USD" → (value, currency code).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation

_GROUP = r"\d{1,3}(?:,\d{3})+|\d+"
# (the optional groups are spelled out, so a match always holds a digit)
CJK_NUMBER = re.compile(
    rf"(?:(?P<oku>(?:{_GROUP})(?:\.\d+)?)\s?[億억亿]\s?)?"
    rf"(?:(?P<man>(?:{_GROUP})(?:\.\d+)?)\s?[万만萬](?:\s?(?=\d))?)?"
    # (a thousand, as a tracker's rounded figure prints it: "約3.6千BTC", "3.6천 개")
    rf"(?:(?P<sen>(?:{_GROUP})(?:\.\d+)?)\s?[千천](?:\s?(?=\d))?)?"
    rf"(?P<rest>(?:{_GROUP})(?:\.\d+)?)?"
)
ROMANCE_NUMBER = re.compile(
    r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:,\d+)?(?:\.\d+)?"
)
# French, Russian, Czech and Finnish group thousands with a space ("3 349 BTC", "150 000 000 $");
# a group is exactly three digits, so "le 21 juin" or "27 октября" stay apart
_SPACE = "[ \u00a0\u202f]"
# (never from inside a run of groups: "123 123 123 …" would be spanned again from each group,
# and a sum's pattern backtracks group by group after each: quadratic in a table's row)
SPACED_NUMBER = re.compile(
    rf"(?<!\d)(?<!\d{_SPACE})(?<!\d[.,])(?:\d{{1,3}}(?:{_SPACE}\d{{3}})+(?!\d)(?:,\d+)?|"
    rf"{ROMANCE_NUMBER.pattern})"
)


def cjk_value(match: re.Match[str]) -> Decimal | None:
    """The value of a `CJK_NUMBER` match, None when it holds no digit."""
    value = Decimal(0)
    found = False
    for name, scale in (("oku", 100_000_000), ("man", 10_000), ("sen", 1_000), ("rest", 1)):
        part = match[name]
        if part:
            value += Decimal(part.replace(",", "")) * scale
            found = True
    if not found:
        return None
    if match["sen"] and value == value.to_integral_value():
        return value.to_integral_value()  # ("3.6千" is 3600, not 3600.0)
    return value


def romance_value(printed: str) -> Decimal | None:
    """ "10.427" → 10427, "707,1" → 707.1, "1.258,6" → 1258.6, "1,080" → 1080; a copied
    English figure, its last mark a dot after comma-grouped thousands: "1,930.8" → 1930.8;
    space-grouped thousands: "3 349" → 3349."""
    if not printed.isascii() or " " in printed:
        printed = re.sub(_SPACE, "", printed)
    if "." in printed and "," in printed:
        head, _, tail = printed.rpartition(".")
        english = "," not in tail and all(len(group) == 3 for group in head.split(",")[1:])
        digits = printed.replace(",", "") if english else printed.replace(".", "").replace(",", ".")
    elif "." in printed:
        head, *groups = printed.split(".")
        thousands = head != "0" and all(len(group) == 3 for group in groups)
        digits = printed.replace(".", "") if thousands else printed
    elif "," in printed:
        head, _, tail = printed.partition(",")
        digits = head + tail if len(tail) == 3 and head != "0" else f"{head}.{tail}"
    else:
        digits = printed
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


_CJK_CURRENCY = re.compile(r"\s?(米ドル|ドル|円|달러|원|美元|ポンド|파운드|英镑|英鎊)")
_CJK_CODES = {
    "ポンド": "GBP",
    "파운드": "GBP",
    "英镑": "GBP",
    "英鎊": "GBP",
    "米ドル": "USD",
    "ドル": "USD",
    "円": "JPY",
    "달러": "USD",
    "원": "KRW",
    "美元": "USD",
}
_SCALES = {
    "mil millones": 1_000_000_000,
    "millones": 1_000_000,
    "millón": 1_000_000,
    "milhões": 1_000_000,
    "milhão": 1_000_000,
    "bilhões": 1_000_000_000,
    "bilhão": 1_000_000_000,
    "milioni": 1_000_000,
    "milione": 1_000_000,
    "miliardi": 1_000_000_000,
    "miliardo": 1_000_000_000,
    "millionen": 1_000_000,
    "million": 1_000_000,
    "mio.": 1_000_000,
    "mill.": 1_000_000,  # (the Börsen-Zeitung's "35 Mill. Dollar")
    "milliarden": 1_000_000_000,
    "milliarde": 1_000_000_000,
    "mrd.": 1_000_000_000,
    # Greek ("21 εκατομμυρίων δολαρίων") and the English words Tagalog copy keeps ("$1.3 billion")
    "εκατομμύρια": 1_000_000,
    "εκατομμυρίων": 1_000_000,
    "εκατομμύριο": 1_000_000,
    "δισεκατομμύρια": 1_000_000_000,
    "δισεκατομμυρίων": 1_000_000_000,
    "billion": 1_000_000_000,
    # French, Russian, Indonesian, Vietnamese, Arabic ("62 millions de dollars", "$6,1 млн",
    # "$54 juta", "50 triệu USD", "9.7 مليارات دولار")
    "millions": 1_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "млн": 1_000_000,
    "млн.": 1_000_000,
    "миллион": 1_000_000,
    "миллиона": 1_000_000,
    "миллионов": 1_000_000,
    "млрд": 1_000_000_000,
    "млрд.": 1_000_000_000,
    "миллиард": 1_000_000_000,
    "миллиарда": 1_000_000_000,
    "миллиардов": 1_000_000_000,
    "juta": 1_000_000,
    "miliar": 1_000_000_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "مليون": 1_000_000,
    "ملايين": 1_000_000,
    "مليار": 1_000_000_000,
    "مليارات": 1_000_000_000,
    # Czech, Finnish ("325 milionů USD", "1,9 miljoonaa dollaria"; Czech "mil." is left out:
    # Spanish and Portuguese "mil" is a thousand)
    "milion": 1_000_000,
    "milionu": 1_000_000,
    "miliony": 1_000_000,
    "milionů": 1_000_000,
    "miliard": 1_000_000_000,
    "miliardy": 1_000_000_000,
    "miliardů": 1_000_000_000,
    "mld.": 1_000_000_000,
    "miljoona": 1_000_000,
    "miljoonaa": 1_000_000,
    "miljoonan": 1_000_000,
    "milj.": 1_000_000,
    "miljardia": 1_000_000_000,
    "miljardin": 1_000_000_000,
    # Turkish, Polish, Dutch, Ukrainian, Hindi ("22,5 milyon dolar", "22,5 mln USD", "22,5 miljoen
    # dollar", "22,5 млн доларів", "$22.5 मिलियन")
    "milyon": 1_000_000,
    "milyar": 1_000_000_000,
    "mln": 1_000_000,
    "mld": 1_000_000_000,
    "miljoen": 1_000_000,
    "miljard": 1_000_000_000,
    "мільйона": 1_000_000,
    "мільйонів": 1_000_000,
    "мільярда": 1_000_000_000,
    "мільярдів": 1_000_000_000,
    "मिलियन": 1_000_000,
    "ล้าน": 1_000_000,
    "พันล้าน": 1_000_000_000,
}
_SCALE = "|".join(re.escape(word) for word in sorted(_SCALES, key=len, reverse=True))
# A sum's number starts where a number starts: from inside "123.123.123 …" each group would be
# spanned again and backtracked group by group (quadratic on a table's row of figures).
SUM_NUMBER = rf"(?<!\d)(?<!\d[.,])(?:{ROMANCE_NUMBER.pattern})"
_NUMBER = SUM_NUMBER
_ROMANCE_MONEY = re.compile(
    # (a Thai scale runs into its currency: "$22.5 ล้านดอลลาร์")
    rf"(?P<pre>US\$|u\$s|U\$S|\$|USD|€|EUR)\s?(?P<n1>{_NUMBER})"
    rf"(?:\s+(?P<s1>{_SCALE})(?![^\W\u0e00-\u0e7f]))?"
    rf"|(?P<n2>{_NUMBER})\s+(?:(?P<s2>{_SCALE})\s+)?(?:de\s+|di\s+|d['’])?"
    r"(?P<post>dólares|dólar|dollari|dollaro|US-Dollar|Dollar|USD|euros|euro|EUR|"
    r"δολάρια|δολαρίων|δολάριο|ευρώ|"
    r"dollars|долларов|доллара|доллар|dolar|đô\s+la|USD|دولار|دولارات|евро|"
    r"dolarů|dolary|dollaria|dollarin|euroa|euron|libras|sterline|Pfund|dolarów|доларів|"
    r"долара|долар|डॉलर)(?!\w)"
    # French puts the sign after the figure: "150 000 000 $ US", "1,5 milliard $"
    rf"|(?P<n3>{_NUMBER})\s(?:(?P<s3>{_SCALE})\s)?(?P<post3>\$|€)"
    # and Quebec's press abbreviates the scale before it: "20 M$", "1,2 G$", "20 M$ US"
    rf"|(?P<n4>{_NUMBER})\s?(?P<s4>(?-i:[MG]))\$(?P<us4>\s?US\b)?",
    re.I,
)
# pounds sterling: "18,05 milhões de libras", "18,05 milioni di sterline", "18,05 Millionen Pfund"
_POUNDS = ("LIBRAS", "STERLINE", "PFUND")
# "M$", "G$" (the Office québécois de la langue française's forms): millions and billions of
# the dollar a Quebec story means unqualified, the Canadian one; "M$ US" is the US dollar. The
# press of France writes "200 M$" for US dollars: Canadian only in a story that names Quebec or
# Canada ("la Banque Canadienne de l'Ouest", "à Sherbrooke", "l'entreprise torontoise")
_QUEBEC_SCALES = {"M": 1_000_000, "G": 1_000_000_000}
_CANADIAN = re.compile(
    r"\b(?:Qu[ée]bec|qu[ée]b[ée]cois\w*|Canad\w*|Montr[ée]al\w*|Toronto|torontois\w*|Ontario"
    r"|Alberta|Sherbrooke|Magog|Vancouver|Calgary|Ottawa|Drumheller|Colombie-Britannique)\b",
    re.I,
)


def quebec_dollar(texts: Sequence[str]) -> str:
    """The dollar an unqualified "M$" of the story told in `texts` means: Canadian in a story
    that names Quebec or Canada, else the US one."""
    if not any("M$" in text or "G$" in text for text in texts):
        return "USD"  # (no such sum: the pattern need not be tried)
    return "CAD" if any(_CANADIAN.search(text) for text in texts) else "USD"


# (the same sums with space-grouped thousands: French, Russian)
_SPACED_MONEY = re.compile(_ROMANCE_MONEY.pattern.replace(_NUMBER, SPACED_NUMBER.pattern), re.I)
assert SPACED_NUMBER.pattern in _SPACED_MONEY.pattern  # (the replacement took place)


def money(
    text: str, cjk: bool, spaced: bool = False, dollar: str = "CAD"
) -> Iterator[tuple[int, int, Decimal, str]]:
    """(start, end, value, currency code) of every sum of money in `text` (`spaced`: its
    thousands may be grouped by spaces; `dollar`: the currency of "20 M$", `quebec_dollar`)."""
    if cjk:
        for m in CJK_NUMBER.finditer(text):
            if not m.group() or (m.start() and text[m.start() - 1].isdigit()):
                continue
            currency = _CJK_CURRENCY.match(text, m.end())
            value = cjk_value(m)
            if currency is not None and value is not None:
                yield m.start(), currency.end(), value, _CJK_CODES[currency.group(1)]
        return
    for m in (_SPACED_MONEY if spaced else _ROMANCE_MONEY).finditer(text):
        if m["n4"]:
            yield from _quebec(m, dollar)
            continue
        printed = m["n1"] or m["n2"] or m["n3"]
        value = romance_value(printed)
        if value is None:
            continue
        scale = m["s1"] or m["s2"] or m["s3"]
        if scale:
            value *= _SCALES[scale.lower()]
            if value == value.to_integral_value():
                value = value.to_integral_value()  # "25,5 millones": 25500000, not 25500000.0
        sign = (m["pre"] or m["post"] or m["post3"]).upper()
        euro = ("€", "EUR", "EURO", "EUROS", "ΕΥΡΏ", "ЕВРО", "EUROA", "EURON")
        currency = "EUR" if sign in euro else "GBP" if sign in _POUNDS else "USD"
        yield m.start(), m.end(), value, currency


def _quebec(m: re.Match[str], dollar: str) -> Iterator[tuple[int, int, Decimal, str]]:
    """A Quebec sum ("20 M$": 20000000 in `dollar`; "20 M$ US": USD)."""
    value = romance_value(m["n4"])
    if value is None:
        return
    value *= _QUEBEC_SCALES[m["s4"]]
    if value == value.to_integral_value():
        value = value.to_integral_value()
    yield m.start(), m.end(), value, "USD" if m["us4"] else dollar


# A sum in brackets right after a sum in another currency is its conversion: "18,05 milhões de
# libras (cerca de US$ 25 milhões)", "26 bilhões de euros (R$ 59,5 bilhões)", "5億7,920万ドル
# (約892億円)". README: both currencies are labelled when the sum is ("C$12.1 million, or US$8.8
# million" → two labels), and neither when it is not.
# (or after a comma and "about" or "or": "14 milioni di sterline, circa $19.4 milioni", "12,1
# millones de dólares canadienses, o 8,8 millones de dólares"; a bare comma is a list)
_CONVERSION_OPEN = re.compile(
    r"\s?[(（]\s?(?:cerca\s+de\s+|aproximadamente\s+|circa\s+|unos\s+|alrededor\s+de\s+|"
    r"environ\s+|etwa\s+|rund\s+|約|约|약\s?)?|"
    r",\s(?:circa|cerca\s+de|aproximadamente|unos|alrededor\s+de|environ|soit|etwa|rund|"
    r"ou|o|ovvero|oder)\s+",
    re.I,
)


def conversion_of(
    text: str, previous: tuple[int, int, Decimal, str] | None, sum_: tuple[int, int, Decimal, str]
) -> bool:
    """Whether `sum_` (start, end, value, currency) converts `previous`, the sum before it."""
    start = sum_[0]
    if previous is None or previous[3] == sum_[3] or not 0 < start - previous[1] <= 24:
        return False
    m = _CONVERSION_OPEN.match(text, previous[1])
    return m is not None and m.end() == start
