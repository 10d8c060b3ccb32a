"""The day a story not in English says its news was told.

"…保有量を9366BTCにまで増やしたと、同社は10月10日に発表した" (Hut 8 said so on 10 October), "10일
발표했다": the day names when the company spoke, not when its figures stood. A holding the
sentence reaches by the month's flows is held at that month's end (README decided case 14), so
the day of saying is no period of the sentence's figures.

Brazilian copy names the day of the news by its weekday and date: "um anúncio da Bolsa de Valores
de Londres na sexta-feira (10)", "aprovou nesta sexta-feira (20) um empréstimo", "na
quarta-feira, 4": the news of that day, in the month of publication (or the month before when
the date is later than publication's), whatever month the story's other figures are of. A
weekday named alone ("In un annuncio di martedì da Argo, l'azienda ha affermato di aver ottenuto
14 milioni di sterline", "el martes", "am Dienstag", "木曜日") is the latest such day up to
publication: the news of that week, in that day's month (README decided case 7: a one-off
event is of its month).
"""

from __future__ import annotations

import datetime as dt
import re

from monitor.vocabulary.periods import Period

# right after a day: "に発表した", "に公表", "に明らかにした", "(현지시간) 발표했다"
_SAID = {
    "ja": re.compile(r"\s?(?:\([^)]{0,8}\)|（[^）]{0,8}）)?\s?に(?:発表|公表|明らかに|開示)"),
    "ko": re.compile(r"\s?(?:\([^)]{0,8}\))?\s?(?:에\s?)?(?:발표|공시|밝혔)"),
}
# "na sexta-feira (10)", "nesta quarta-feira, 4", "no sábado (3)"
_WEEKDAY_DAY = re.compile(
    r"\b(?:na|nesta|nessa|no|neste|nesse)\s+(?:(?:segunda|terça|quarta|quinta|sexta)-feira|"
    r"sábado|domingo)\s?(?:\((\d{1,2})\)|,\s(\d{1,2})\b(?![.,]\d|\s*(?:%|de\s|BTC|milh|bilh|mil\b)))",
    re.I,
)


def said_on(text: str, end: int, language: str) -> bool:
    """Whether the day ending at text[end] is the day the news was announced."""
    said = _SAID.get(language)
    return said is not None and said.match(text, end) is not None


# the weekdays, Monday first, as each language names them alone ("di martedì", "el martes")
_WEEKDAYS = {
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "ja": "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日",
    "ko": "월요일 화요일 수요일 목요일 금요일 토요일 일요일",
}
_WEEKDAY_INDEX = {
    language: {name.lower(): index for index, name in enumerate(names.split())}
    for language, names in _WEEKDAYS.items()
}
_WEEKDAY = {
    language: re.compile(
        "|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names.split()), re.I
    )
    for language, names in _WEEKDAYS.items()
}


def told_on(text: str, language: str, published: dt.date) -> Period | None:
    """The month of the news day a sentence names by its weekday ("na sexta-feira (10)", "di
    martedì"), else None."""
    if language != "pt" or ("feira" not in text and "sábado" not in text and "domingo" not in text):
        return _weekday_month(text, language, published)
    m = _WEEKDAY_DAY.search(text)
    if m is None:
        return _weekday_month(text, language, published)
    day = int(m.group(1) or m.group(2))
    if not 1 <= day <= 31:
        return None
    month = Period.of_month(published.year, published.month)
    return month if day <= published.day else month.previous()


def _weekday_month(text: str, language: str, published: dt.date) -> Period | None:
    """The month of the latest day up to publication that falls on the weekday `text` names."""
    pattern = _WEEKDAY.get(language)
    m = pattern.search(text) if pattern is not None else None
    if m is None:
        return None
    weekday = _WEEKDAY_INDEX[language][m.group().lower()]
    day = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return Period.of_month(day.year, day.month)
