"""The periods a Japanese, Korean, Chinese, Spanish, Portuguese, Italian or German sentence names.

"9月", "9月末", "12月18日", "22年4月30日", "第2四半期", "2023년 1분기", "12월 9일", "지난 5월",
"septiembre", "30 de septiembre de 2021", "segundo trimestre de 2022", "il mese scorso",
"fine giugno", "지난해", "昨年", "3月底", "第二季度", "2025 Q2", "Ende März 2025", "31. Juli",
"im zweiten Quartal" → a `Period`. A month, date or quarter named without its year is
the latest one not after publication (tests/extract/real/README.md, Periods). A mention is
*compared* when it dates a comparison's base ("7月の370 비트코인 대비", "前年度の第2四半期より",
"rispetto ai 91 BTC di settembre 2020"): it is not the period of the sentence's own figure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from monitor.vocabulary.periods import Period

from . import foreign_cjk_spans, foreign_fiscal_span
from .foreign_price_dates import priced_on
from .foreign_said_dates import said_on
from .foreign_words import Lexicon


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    period: Period
    compared: bool


_JA = re.compile(
    r"(?:(?P<y>\d{4}|\d{2})年\s?)?(?:第(?P<q>[1-4])四半期|(?P<q2>[1-4])Q\b|"
    # a quarter told by its months: "2021年4~6月期", "1～3月期"
    r"(?P<qs>1|4|7|10)\s?[~〜～\-－]\s?(?P<qm>3|6|9|12)月期|"
    # ("2022年9月時点で": as of a month, at its end)
    r"(?P<mo>1[0-2]|0?[1-9])月(?:\s?(?P<d>[1-3]?\d)日|(?P<end>末|時点))?)"
    r"|(?P<yo>\d{4})年(?P<yend>末)?"
    # a day named alone as the date a figure stood ("26日時点で24BTC…保有": as of the 26th)
    r"|(?<![\d月.,])(?P<bd>[1-3]?\d)日(?=\s?(?:時点|現在))"
)
# the English quarter code news copy keeps in every language ("nel Q2 2024", "Q3 2025"; not a
# model's "Q5"), with the year right after it when one is told
_QUARTER_CODE_BARE = r"(?<![A-Za-z])Q(?P<q2>[1-4])(?!\d)"
_QUARTER_CODE = _QUARTER_CODE_BARE + r"(?:\s*(?P<yq3>20\d{2}))?"
_KO = re.compile(
    r"(?:(?P<y>\d{4})년\s?)?(?:(?P<q>[1-4])\s?분기|"
    r"(?P<mo>1[0-2]|0?[1-9])월(?:\s?(?P<d>[1-3]?\d)일|\s?(?P<end>말))?)"
    r"|(?P<yo>\d{4})년(?:\s?(?P<yend>말))?"
    r"|(?<![\d월.,])(?P<bd>[1-3]?\d)일\s?(?=기준|현재)"  # ("26일 기준": as of the 26th)
)


# Chinese: "2025年3月", "3月底", "8 月 11 日", "第二季(度)", "2025 Q2", "2024年底"
_ZH = re.compile(
    r"(?<![\d.])(?<!\d,)(?:(?P<y>\d{4})\s?年?\s?)?(?:第(?P<q>[一二三四1-4])季|"
    + _QUARTER_CODE_BARE
    + r"|"
    r"(?P<mo>1[0-2]|0?[1-9])\s?月份?(?:\s?(?P<d>[1-3]?\d)\s?[日号號]|(?P<end>底|末))?)"
    # (the fiscal year as the issuer names it: "2025财年" → 2025, README Periods)
    r"|(?<![\d.])(?<!\d,)(?P<yo>\d{4})\s?(?:财|財)?年(?P<yend>底|末)?"
    r"|(?<=截至)(?P<bd>[1-3]?\d)\s?[日号號]"  # ("截至26日": as of the 26th)
)


def _german(lexicon: Lexicon) -> re.Pattern[str]:
    """ "31. Juli", "Ende März 2025", "im zweiten Quartal 2024", "2. Quartal", "Q2 2025"."""
    months = "|".join(sorted(lexicon.months, key=len, reverse=True))
    quarters = "|".join(lexicon.quarters)
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\.\s*|(?P<end>Ende)\s+|(?P<start>Anfang)\s+)?(?P<mo>{months})\b"
        rf"(?:\s+(?P<y>20\d{{2}}))?"
        rf"|\b(?P<q>{quarters})[nms]?\s+Quartal\w*(?:\s+(?:des\s+(?:Geschäfts)?jahres\s+)?(?P<yq>20\d{{2}}))?"
        rf"|\b(?P<q3>[1-4])\.\s*Quartal\w*(?:\s+(?P<yq2>20\d{{2}}))?"
        "|" + _QUARTER_CODE + r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


def _romance_year(name: str) -> str:
    return rf"(?:,?\s+(?:de(?:l)?\s+)?(?P<{name}>\d{{4}}))?"


def _romance(lexicon: Lexicon) -> re.Pattern[str]:
    months = "|".join(sorted(lexicon.months, key=len, reverse=True))
    quarters = "|".join(lexicon.quarters)
    return re.compile(
        # (the month's start, a holding's first day: "No início de setembro", "a principios de
        # septiembre", "all'inizio di settembre")
        rf"\b(?:(?P<d>[1-3]?\d)(?:º|°)?\s+(?:de\s+)?|(?P<end>fine|fin|final)\s+(?:de(?:l)?\s+)?|"
        rf"(?P<start>in[íi]cio|principios|comienzos|inizio)\s+(?:de(?:l)?\s+|di\s+)?)?"
        rf"(?P<mo>{months})\b{_romance_year('y')}"
        rf"|\b(?P<q>{quarters})\s+trimestre{_romance_year('yq')}"
        # a quarter by its number: "3.° trimestre de 2021", "3º trimestre", "3er trimestre" (not
        # a count of quarters: "en los últimos 3 trimestres")
        rf"|\b(?P<q3>[1-4])(?:\.\s?)?(?:°|º|er|ro|do|to|o)?\s+trimestre(?!s){_romance_year('yq2')}"
        # the English quarter code news copy keeps: "No Q3 de 2025", "nel Q2 2024"
        "|" + _QUARTER_CODE_BARE + _romance_year("yq3") + r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


def _russian(lexicon: Lexicon) -> re.Pattern[str]:
    """ "27 октября 2022 года", "в октябре", "на конец февраля", "во втором квартале 2024
    года", "II квартал", "Q2 2024", "в 2023 году"."""
    months = "|".join(sorted(lexicon.months, key=len, reverse=True))
    ordinals = "|".join(sorted(lexicon.quarters, key=len, reverse=True))
    year = r"(?:\s+(?P<{}>20\d{{2}})(?:\s*(?:г\.|года|году))?)?"
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\s+|(?P<end>конец|конца|концу|конце)\s+)?\b(?P<mo>{months})\b"
        + year.format("y")
        + rf"|\b(?P<q>{ordinals})\w*\s+квартал\w*"
        + year.format("yq")
        + "|"
        + _QUARTER_CODE
        + r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


def _indonesian(lexicon: Lexicon) -> re.Pattern[str]:
    """ "24 Agustus 2024", "bulan Juli", "akhir Februari", "kuartal ketiga 2024", "kuartal III",
    "Q3 2024"."""
    months = "|".join(sorted(lexicon.months, key=len, reverse=True))
    ordinals = "|".join(sorted(lexicon.quarters, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\s+|(?P<end>akhir)\s+(?:bulan\s+)?)?(?P<mo>{months})\b"
        r"(?:\s+(?:tahun\s+)?(?P<y>20\d{2}))?"
        rf"|\b(?:kuartal|triwulan)\s+(?:ke-?)?(?P<q>{ordinals})\b"
        r"(?:\s+(?:tahun\s+)?(?P<yq>20\d{2}))?"
        "|" + _QUARTER_CODE + r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


def _vietnamese(lexicon: Lexicon) -> re.Pattern[str]:
    """ "tháng 6 năm 2025", "tháng 6/2025", "ngày 24 tháng 8", "cuối tháng 6", "quý 3 năm
    2024", "quý III/2024", "năm 2024": months and quarters by number."""
    roman = "|".join(sorted(lexicon.quarters, key=len, reverse=True))
    year = r"(?:\s+năm\s+|\s*/\s*)(?P<{}>20\d{{2}})"
    return re.compile(
        r"(?:\bngày\s+(?P<d>[1-3]?\d)\s+|\b(?P<end>cuối)\s+)?\btháng\s+(?P<mo>1[0-2]|0?[1-9])(?!\d)"
        + "(?:"
        + year.format("y")
        + ")?"
        + rf"|\bquý\s+(?P<q>[1-4]|{roman})\b(?:"
        + year.format("yq")
        + ")?"
        + "|"
        + _QUARTER_CODE
        + r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


def _arabic(lexicon: Lexicon) -> re.Pattern[str]:
    """ "نوفمبر 2021", "24 أغسطس", "نهاية فبراير", "الربع الثالث من عام 2024"."""
    months = "|".join(sorted(lexicon.months, key=len, reverse=True))
    ordinals = "|".join(lexicon.quarters)
    return re.compile(
        rf"(?:(?P<d>[1-3]?\d)\s+|(?P<end>نهاية)\s+)?(?<!\w)(?P<mo>{months})(?!\w)"
        r"(?:\s+(?:من\s+)?(?:عام\s+)?(?P<y>20\d{2}))?"
        rf"|الربع\s+(?P<q>{ordinals})(?!\w)(?:\s+(?:من\s+)?(?:عام\s+)?(?P<yq>20\d{{2}}))?"
        "|" + _QUARTER_CODE + r"|(?<!\d)(?P<yo>20\d{2})(?!\d)",
    )


def _czech(lexicon: Lexicon) -> re.Pattern[str]:
    """ "27. října 2022", "v říjnu", "koncem února", "ve třetím čtvrtletí 2024", "Q3 2024"."""
    months = "|".join(sorted(lexicon.months, key=len, reverse=True))
    ordinals = "|".join(sorted(lexicon.quarters, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\.\s*|(?P<end>koncem|konce|konci)\s+)?(?P<mo>{months})\b"
        r"(?:\s+(?P<y>20\d{2}))?"
        rf"|\b(?P<q>{ordinals})\w*\s+čtvrtletí(?:\s+(?:roku\s+)?(?P<yq>20\d{{2}}))?"
        "|" + _QUARTER_CODE + r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


def _finnish(lexicon: Lexicon) -> re.Pattern[str]:
    """ "30. kesäkuuta 2025", "kesäkuussa", "kesäkuun lopussa", "kolmannella neljänneksellä
    2024", "Q3 2025", "vuonna 2024"."""
    months = "|".join(sorted(lexicon.months, key=len, reverse=True))
    ordinals = "|".join(sorted(lexicon.quarters, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<d>[1-3]?\d)\.\s*)?(?P<mo>{months})\b(?:\s+(?P<y>20\d{{2}}))?"
        r"(?:\s+(?P<end>lopussa))?"
        rf"|\b(?P<q>{ordinals})\w*\s+(?:vuosi)?neljännek\w*(?:\s+(?P<yq>20\d{{2}}))?"
        "|" + _QUARTER_CODE + r"|\b(?P<yo>20\d{2})\b",
        re.I,
    )


DateBuilder = Callable[[Lexicon], re.Pattern[str]]
_BUILDERS: dict[str, DateBuilder] = {
    "ru": _russian,
    "uk": _russian,  # Ukrainian copy names months and quarters as Russian does, in its spelling
    "id": _indonesian,
    "vi": _vietnamese,
    "ar": _arabic,
    "cs": _czech,
    "fi": _finnish,
}
_PATTERNS: dict[str, re.Pattern[str]] = {}


def register_date_patterns(builders: dict[str, DateBuilder]) -> None:
    """Let a module that adds languages name each one's date-pattern builder (a language not
    named here or there falls back to the Romance pattern built from its lexicon's months)."""
    _BUILDERS.update(builders)
    for language in builders:
        _PATTERNS.pop(language, None)  # a pattern built before registration is rebuilt


def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    if lexicon.language == "ja":
        return _JA
    if lexicon.language == "ko":
        return _KO
    if lexicon.language == "zh":
        return _ZH
    if lexicon.language not in _PATTERNS:
        build = _german if lexicon.language == "de" else _BUILDERS.get(lexicon.language, _romance)
        _PATTERNS[lexicon.language] = build(lexicon)
    return _PATTERNS[lexicon.language]


_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def mentions(text: str, lexicon: Lexicon, published: dt.date, document: str = "") -> list[Mention]:
    """The periods `text` names, in order (relative ones too: "il mese scorso", "지난해");
    `document`: the whole story `text` is part of (a fiscal quarter it names by its months)."""
    if lexicon.language == "ar":  # ("يوم ٢٠ فبراير": Arabic-Indic digits, one for one)
        text = text.translate(_ARABIC_DIGITS)
    found = [
        Mention(m.start(), m.end(), period, _compared(text, m.start(), m.end(), lexicon))
        for m in _pattern(lexicon).finditer(text)
        if (period := _period(m, lexicon, published, _after_last_year(text, m, lexicon)))
        is not None
        and not (
            period.is_date
            and (said_on(text, m.end(), lexicon.language) or priced_on(text, m.start(), m.end()))
        )
    ]
    if lexicon.cjk and len(found) > 1:
        found = _bare_days_of_named_month(text, found)
    if lexicon.language == "zh" and foreign_cjk_spans.cheap_look(text):
        found = [_spanned(text, mention) for mention in found]
    if lexicon.language == "zh":
        found.extend(
            Mention(start, end, half, _compared(text, start, end, lexicon))
            for start, end, half in foreign_cjk_spans.bare_first_half(text, published)
        )
    found.extend(_relative(text, lexicon, published))
    if lexicon.language == "de" and "Geschäftsjahr" in text:
        found.extend(_fiscal_last_quarter(text, lexicon, published))
    if foreign_fiscal_span.applies(lexicon.language, text):
        found = _fiscal_spans(text, document or text, lexicon, published, found)
    if not lexicon.cjk and document:
        found = _quarters_of_named_year(text, found, document, lexicon, published)
    if not lexicon.cjk:
        found.extend(_year_ends(text, published))
        found.extend(_the_year(text, document or text, published))
        found.extend(_same_period_this_year(text, found, published))
    return sorted(found, key=lambda mention: mention.start)


_YEAR_DIGITS = re.compile(r"\d{4}")
# the story last read by `_quarter_years`, with its quarters' years
_QUARTER_YEARS_READ: list[tuple[tuple[str, str, dt.date], dict[int, int]]] = []


def _quarters_of_named_year(
    text: str, found: list[Mention], document: str, lexicon: Lexicon, published: dt.date
) -> list[Mention]:
    """A quarter named without its year ("Au cours du deuxième trimestre, 844 bitcoins ont été
    extraits") in a story that names that quarter with one year ("ses résultats financiers pour
    le deuxième trimestre 2023") is that year's: the quarter the story reports, not the latest
    such quarter before publication (README Periods: the period the text names)."""
    bare = [
        index
        for index, mention in enumerate(found)
        if mention.period.granularity == "quarter"
        and _YEAR_DIGITS.search(text, mention.start, mention.end) is None
    ]
    if not bare:
        return found
    years = _quarter_years(document, lexicon, published)
    for index in bare:
        mention = found[index]
        year = years.get(mention.period.quarter or 0)
        if year is not None and year != mention.period.year:
            period = Period.of_quarter(year, mention.period.quarter or 0)
            found[index] = Mention(mention.start, mention.end, period, mention.compared)
    return found


def _quarter_years(document: str, lexicon: Lexicon, published: dt.date) -> dict[int, int]:
    """Each quarter the head of `document` names with a year printed, not a comparison's, by its
    number: the one year it is named with, none when the head names it with two.
    Read once per story: every sentence with a bare quarter asks again."""
    key = (document, lexicon.language, published)
    if _QUARTER_YEARS_READ and _QUARTER_YEARS_READ[0][0] == key:
        return _QUARTER_YEARS_READ[0][1]
    years: dict[int, set[int]] = {}
    # (the story's head names its own quarter; a year named further on is often a comparison's,
    # "rispetto all'EBITDA … registrato nel secondo trimestre del 2023")
    for m in _pattern(lexicon).finditer(document, 0, _HEAD):
        if _YEAR_DIGITS.search(m.group()) is None or _compared(
            document, m.start(), m.end(), lexicon
        ):
            continue
        period = _period(m, lexicon, published)
        if period is not None and period.granularity == "quarter" and period.quarter:
            years.setdefault(period.quarter, set()).add(period.year)
    named = {quarter: found.pop() for quarter, found in years.items() if len(found) == 1}
    _QUARTER_YEARS_READ[:] = [(key, named)]
    return named


def _spanned(text: str, mention: Mention) -> Mention:
    """A day followed by the three months or the half it ends ("截至2024年6月30日止三個月"):
    that quarter or half (`foreign_cjk_spans`)."""
    period = foreign_cjk_spans.span(text, mention.end, mention.period)
    return (
        mention if period is None else Mention(mention.start, mention.end, period, mention.compared)
    )


# "al cierre del año", "no fim do ano", "alla fine dell'anno", "zum Jahresende": the last year-end
# before publication (a target "by year-end" is a forecast, which the reader drops)
_YEAR_END = re.compile(
    r"\b(?:al\s+cierre\s+del\s+año|a\s+fin(?:ales)?\s+del?\s+año|(?:no|ao)\s+(?:fim|final)\s+do\s+ano|"
    # the year's close told with a verb: "Para acabar el año, tenían guardados 53,822 BTC",
    # "al cerrar el año", "para terminar el año"
    r"(?:para|al)\s+(?:acabar|cerrar|terminar|finalizar)\s+el\s+año|"
    r"alla\s+fine\s+dell['’]anno|zum\s+Jahresende|Ende\s+des\s+Jahres|"
    # the year closed with a holding: "heeft het bedrijf het jaar afgesloten met 18.005 Bitcoins",
    # "sloot het jaar af met", "a terminé l'année avec", "schloss das Jahr mit", "cerró el año con"
    # (an adverb between: "heeft het jaar goed afgesloten met")
    r"het\s+jaar\s+(?:(?:goed|sterk|krachtig|positief)\s+)?"
    r"(?:afgesloten|afsloot|afgerond|geëindigd|beëindigd)|"
    r"(?:sloot|eindigde|beëindigde|rondde)\s+het\s+jaar|(?:aan\s+het\s+)?eind(?:e)?\s+van\s+het\s+jaar|"
    r"(?:termin|clôtur|achev|boucl)(?:é|ait|e)\s+l['’]année|"
    r"(?:schloss|beendete)\s+das\s+Jahr|"
    r"(?:cerr|termin|finaliz)(?:ó|aron)\s+el\s+año)\b(?!\s+(?:de\s+|van\s+)?20\d\d)",
    re.I,
)
_YEAR_WORDS = ("ano", "anno", "año", "Jahr", "jaar", "année")
# "en el mismo período de este año", "no mesmo período deste ano", "nello stesso periodo di
# quest'anno", "im gleichen Zeitraum dieses Jahres": the period named before, in this year
_SAME_PERIOD = re.compile(
    r"\b(?:mismo|mesmo|stesso|gleichen|selben)\s+(?:per[ií]odo|trimestre|Zeitraum|Quartal)\s+"
    r"(?:de\s+este\s+año|del\s+presente\s+año|deste\s+ano|di\s+quest['’]anno|dieses\s+Jahres)",
    re.I,
)


# a named year's end ("Alla fine del 2023, l'azienda deteneva … 7.362 bitcoin", "a finales de
# 2023", "no final de 2023", "Ende 2023", "à la fin de 2023"): that year's last day, not the year
_NAMED_YEAR_END = re.compile(
    r"\b(?:alla\s+fine\s+del|a\s+fin(?:ales)?\s+de|al\s+cierre\s+de|(?:no|ao)\s+(?:fim|final)\s+de|"
    r"(?:à\s+la\s+)?fin\s+(?:de\s+)?|Ende)\s+(20\d\d)\b(?!\s*[-/]\d)",
    re.I,
)


def _year_ends(text: str, published: dt.date) -> Iterator[Mention]:
    if "20" in text:
        for m in _NAMED_YEAR_END.finditer(text):
            day = dt.date(int(m.group(1)), 12, 31)
            if day <= published:  # (a target "by the end of 2026" is a forecast)
                yield Mention(m.start(), m.end(), Period.of_day(day), False)
    if not any(word in text for word in _YEAR_WORDS):
        return
    year = published.year - 1 if (published.month, published.day) < (12, 31) else published.year
    for m in _YEAR_END.finditer(text):
        # (the year itself: a holding is read at its last day, a flow "het jaar afgesloten met
        # een productie van 9.000 BTC" is the year's, not December's)
        yield Mention(m.start(), m.end(), Period.of_year(year), False)


# "during the year" with no year named ("ha minato 6.626 bitcoin nel corso dell'anno" in a story
# whose head is about "i risultati del 2023"): the closed year the story's head names
_THE_YEAR = re.compile(
    r"\b(?:nel\s+corso\s+dell['’]anno|durante\s+el\s+año|(?:durante|ao\s+longo)\s+do\s+ano|"
    r"im\s+(?:Laufe|Verlauf)\s+des\s+Jahres|au\s+cours\s+de\s+l['’]année|"
    # Vietnamese "trong năm" ("sản lượng đào đạt 6.594 BTC trong năm"); not "trong năm nay" (this
    # year), "trong năm qua" (the past twelve months) or a year printed after it
    r"trong\s+năm(?!\s+(?:nay|qua|tới|sau|trước|\d)))\b",
    re.I,
)
_THE_YEAR_WORDS = ("ann", "año", "ano", "Jahr", "năm")  # (a cheap gate before `_THE_YEAR`)
_HEAD_YEAR = re.compile(r"\b(20\d\d)\b")
_HEAD = 300  # the story's head, which names the year its results are of


def _the_year(text: str, document: str, published: dt.date) -> Iterator[Mention]:
    if not any(word in text for word in _THE_YEAR_WORDS):
        return
    m = _THE_YEAR.search(text)
    if m is None:
        return
    for year in _HEAD_YEAR.finditer(document[:_HEAD]):
        if dt.date(int(year.group(1)), 12, 31) < published:
            yield Mention(m.start(), m.end(), Period.of_year(int(year.group(1))), False)
            return


def _same_period_this_year(
    text: str, found: list[Mention], published: dt.date
) -> Iterator[Mention]:
    """ "de 1.775 BTC en el segundo trimestre de 2023 a 844 BTC en el mismo período de este
    año": the quarter (or month) named before, in the year of publication."""
    if "mism" not in text and "mesm" not in text and "stess" not in text and "gleich" not in text:
        return
    for m in _SAME_PERIOD.finditer(text):
        before = [mention for mention in found if mention.end <= m.start()]
        if not before:
            continue
        named = max(before, key=lambda mention: mention.start).period
        if named.granularity == "quarter" and named.quarter is not None:
            period = Period.of_quarter(published.year, named.quarter)
        elif named.granularity == "month" and named.month is not None:
            period = Period.of_month(published.year, named.month)
        else:
            continue
        if period.first_day() <= published:
            yield Mention(m.start(), m.end(), period, False)


def _relative(text: str, lexicon: Lexicon, published: dt.date) -> Iterator[Mention]:
    month = Period.of_month(published.year, published.month).previous()
    for m in lexicon.last_month.finditer(text):
        yield Mention(m.start(), m.end(), month, _compared(text, m.start(), m.end(), lexicon))
    for m in lexicon.last_quarter.finditer(text):
        ended = Period.of_quarter(published.year, (published.month - 1) // 3 + 1).previous()
        yield Mention(m.start(), m.end(), ended, _compared(text, m.start(), m.end(), lexicon))
    for m in lexicon.last_year.finditer(text):
        # "前年同月", "前年度の" (a base); "작년 8월", "昨年9月" (the year of a month)
        if text[m.end() : m.end() + 1] in ("同", "度") or _QUALIFIES.match(text, m.end()):
            continue
        year = Period.of_year(published.year - 1)
        yield Mention(m.start(), m.end(), year, _compared(text, m.start(), m.end(), lexicon))


# German: the fiscal year's last quarter ("im letzten Quartal des Geschäftsjahres", "im letzten
# Quartal des Geschäftsjahres 2024"): its fourth quarter, labelled as the issuer names it (README
# Periods: "Q4 FY24" → 2024-Q4). With no year, the fiscal year that closed at the latest quarter's
# end before publication: a results story comes out within a quarter of its year's close.
_FISCAL_LAST_QUARTER = re.compile(
    r"\b(?:letzten|vierten|4\.)\s+Quartal\w*\s+des\s+(?:abgelaufenen\s+|vergangenen\s+)?"
    r"Geschäftsjahr(?:es|s)?(?:\s+(?P<y>20\d{2}))?",
    re.I,
)


def _fiscal_last_quarter(text: str, lexicon: Lexicon, published: dt.date) -> Iterator[Mention]:
    ended = Period.of_quarter(published.year, (published.month - 1) // 3 + 1).previous()
    for m in _FISCAL_LAST_QUARTER.finditer(text):
        year = int(m["y"]) if m["y"] else ended.year
        if year <= published.year:
            period = Period.of_quarter(year, 4)
            yield Mention(m.start(), m.end(), period, _compared(text, m.start(), m.end(), lexicon))


def _fiscal_spans(
    text: str, document: str, lexicon: Lexicon, published: dt.date, found: list[Mention]
) -> list[Mention]:
    """ "im zweiten Quartal des laufenden Geschäftsjahres … von Juli bis September": the fiscal
    quarter in place of the calendar quarter and the months those phrases name alone; a span
    of three months alone, its calendar quarter (`foreign_fiscal_span`)."""
    spans = list(
        foreign_fiscal_span.mentions(text, document, lexicon.months, published, lexicon.language)
    )
    if not spans:
        return found
    kept = [m for m in found if not any(start <= m.start < end for start, end, _ in spans)]
    return kept + [
        Mention(start, end, period, _compared(text, start, end, lexicon))
        for start, end, period in spans
    ]


_QUALIFIES = re.compile(r"\s*(?:の\s*)?(?:第?\d)")


def _after_last_year(text: str, m: re.Match[str], lexicon: Lexicon) -> bool:
    """ "작년 8월", "昨年の第2四半期", "前年度の第2四半期": a month of the year before; Romance
    copy names the year after the month ("agosto do ano passado", "agosto del año pasado")."""
    if not lexicon.cjk and m["mo"] and not m["y"] and _OF_LAST_YEAR.match(text, m.end()):
        return True
    return lexicon.last_year.search(text, max(0, m.start() - 5), m.start()) is not None


_OF_LAST_YEAR = re.compile(
    r"\s+(?:do|del|dell['’]|de)\s*(?:ano\s+passado|año\s+pasado|anno\s+scorso)", re.I
)


def _compared(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    if lexicon.verb_after:
        return lexicon.compared.match(text, end) is not None or text[max(0, start - 3) : start] in (
            "前年度の",
            "前年の",
        )
    return lexicon.compared.search(text, max(0, start - 60), start) is not None


def _year(printed: str | None) -> int | None:
    if not printed:
        return None
    return 2000 + int(printed) if len(printed) == 2 else int(printed)


def _period(
    m: re.Match[str], lexicon: Lexicon, published: dt.date, last_year: bool = False
) -> Period | None:
    groups = m.groupdict()
    if groups.get("yo"):
        year = int(groups["yo"])
        if not 2009 <= year <= published.year:
            return None
        return Period.of_day(dt.date(year, 12, 31)) if groups.get("yend") else Period.of_year(year)
    year = _year(groups.get("y") or groups.get("yq") or groups.get("yq2") or groups.get("yq3"))
    if year is None and last_year:
        year = published.year - 1
    quarter = groups.get("q") or groups.get("q2") or groups.get("q3")
    if groups.get("qm"):  # "4~6月期": three months, the quarter's first to its last
        if int(groups["qs"]) + 2 != int(groups["qm"]):
            return None
        quarter = str(int(groups["qm"]) // 3)
    if quarter:
        number = int(quarter) if quarter.isdigit() else lexicon.quarters[quarter.lower()]
        if year is None:
            first_month = 3 * number - 2
            year = published.year if first_month <= published.month else published.year - 1
        return Period.of_quarter(year, number)
    if groups.get("bd"):
        return _bare_day(int(groups["bd"]), published)
    printed = groups["mo"]
    month = int(printed) if printed.isdigit() else lexicon.months[printed.lower()]
    day = int(groups["d"]) if groups.get("d") else (1 if groups.get("start") else None)
    if year is None:
        year = _latest_year(month, day or 1, published)
    if day is not None:
        try:
            return Period.of_day(dt.date(year, month, day))
        except ValueError:
            return None
    period = Period.of_month(year, month)
    return Period.of_day(period.last_day()) if groups.get("end") else period


def _bare_day(day: int, published: dt.date) -> Period | None:
    """A day of the month named alone: the latest such day not after publication."""
    month = Period.of_month(published.year, published.month)
    if day > published.day:
        month = month.previous()
    return _day_of(month, day)


def _day_of(month: Period, day: int) -> Period | None:
    """The day `day` of `month`, None when the month has no such day."""
    try:
        return Period.of_day(dt.date(month.year, month.month or 1, day))
    except ValueError:
        return None


_MONTH_OR_YEAR_CHARS = frozenset("月월年년")


def _bare_days_of_named_month(text: str, found: list[Mention]) -> list[Mention]:
    """A day named alone after a month the same text names ("在9月的月报中称，截至26日持有",
    "9월 보고서에서 26일 기준"): that month's day, not the latest such day before publication
    (`_bare_day`), which would be of a later month when the story is published after it."""
    month: Period | None = None
    dated = []
    for mention in found:
        period = mention.period
        if period.granularity == "month" and not mention.compared:
            month = period
        elif (
            month is not None
            and period.is_date
            and _MONTH_OR_YEAR_CHARS.isdisjoint(text[mention.start : mention.end])
        ):
            day = _day_of(month, period.last_day().day)
            if day is not None:
                mention = Mention(mention.start, mention.end, day, mention.compared)
        dated.append(mention)
    return dated


def _latest_year(month: int, day: int, published: dt.date) -> int:
    return (
        published.year if (month, day) <= (published.month, published.day) else published.year - 1
    )
