"""A figure that is a bound or a waypoint, not a holding, in copy not in English.

* A bound crossed on the way: "le riserve sono scese sotto i 1.000 BTC", "cayeron por debajo de
  los 900 BTC", "caíram abaixo de 15.000 BTC", "fiel unter 1.000 Bitcoin", "1,000BTCを下回った",
  "1000개 미만", "跌破1000枚": the round number says where the holding was not, not what it was.
  ("More than N" keeps its number, README decided case 20; "below N" names no figure at all.)
* A waypoint: "toccando 943,1 BTC, per poi azzerarsi", "hasta 812 BTC, y luego se recuperaron":
  a holding its own sentence says then changed is the starting point of that change (README
  decided case 1), not the company's holding. Only a change of the holding after the "then"
  (a fall, a rise, a zeroing): "tenía 19.225 BTC al 30 de abril, y luego anunció una nueva
  emisión de bonos" tells another event, and the holding stands.
"""

from __future__ import annotations

import re

# right before the figure ("sotto i ", "por debajo de los ", "unter ", "跌破")
_BELOW_BEFORE = re.compile(
    r"(?:\b(?:sotto|al\s+di\s+sotto\s+de(?:i|gli|l)?|por\s+debajo\s+de(?:\s+l[oa]s)?|"
    r"abaixo\s+d[eo]s?|unter(?:halb)?(?:\s+die\s+Marke\s+von)?)|低于|低於|跌破|不足)"
    r"(?:\s+(?:i|gli|le|los|las|os|as|quota))?\s*$",
    re.I,
)
# right after the figure's unit ("を下回", "未満", "미만", "以下", "아래로")
_BELOW_AFTER = re.compile(r"\s*(?:を下回|未満|以下|미만|이하|아래로)")
_BEFORE_WINDOW = 40
# then, later in the figure's sentence: the holding moved on from the figure
_THEN = re.compile(
    r"\b(?:per\s+poi|y\s+luego|para\s+luego|y\s+despu[ée]s|para\s+depois|e\s+depois|"
    r"um\s+dann|bevor)\b|その後|이후|随后|隨後|然后|然後",
    re.I,
)
_THEN_WINDOW = 40  # ("toccando 943,1 BTC, per poi azzerarsi": the figure's own phrase)
# the change the "then" tells, a few words after it (stems: it, es, pt, de; ja, ko, zh)
_CHANGE = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:azzer|scese|scend|risal|salit|aument|diminu|cresc|ridott|ridus|"
    r"dimezz|recuper|crollat|cay|ca[ií]|baj|subi|sub[ie]|redu|desplom|agot|vaci|zer|baix|"
    r"sank|sinkt|fiel|f[äa]llt|stieg|steigt|wuchs|erholt|gesunken|gestiegen|null)\w*"
    r"|^[^。.]{0,12}?(?:減少|増加|ゼロ|回復|減っ|増え|감소|증가|회복|줄|늘|减少|增加|降至|升至|回升|清零|归零|歸零|減至|增至)",
    re.I,
)
_CHANGE_WINDOW = 40


def below(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is a "below N" bound."""
    return (
        _BELOW_BEFORE.search(text, max(0, start - _BEFORE_WINDOW), start) is not None
        or _BELOW_AFTER.match(text, end) is not None
    )


def waypoint(text: str, end: int) -> bool:
    """A later part of the figure's sentence says the holding then changed."""
    then = _THEN.search(text, end, end + _THEN_WINDOW)
    if then is None:
        return False
    return _CHANGE.search(text[then.end() : then.end() + _CHANGE_WINDOW]) is not None


# A threshold crossed ("declara ter superado os 10.000 BTC", "superó los 10.000 BTC", "ha
# superato i 10.000 BTC"): a one-sided bound, which keeps its number (README decided case 20)
# when no cue names another metric
_CROSSED = re.compile(
    r"\b(?:superad[oa]|superou|super[óo]|superato|superando|ultrapass(?:ou|ado|ando)|"
    r"sobrepas(?:[óo]|ado|ando)|überschritten|überschritt|übertroffen|übertraf)\s+"
    r"(?:(?:los|las|os|as|i|gli|le|la|el|o|a|die|quota|marca|Marke|de|von)\s+){0,3}$",
    re.I,
)
_CROSSED_WINDOW = 45
# A change told from one figure to another ("una caída de la producción de 1.775 BTC en el
# segundo trimestre de 2023 a 844 BTC", "passou de 1.500 BTC … para 1.900 BTC", "è scesa da
# 1.775 BTC … a 844 BTC"): the first is its starting point (README decided case 1)
_FROM = re.compile(r"\b(?:de|da|desde|dai|dagli)\s+(?:l[oa]s\s+|os\s+|i\s+)?$", re.I)
_FROM_WINDOW = 12
_CHANGED = re.compile(
    r"\b(?:ca[ií]da|cay\w*|caiu|aument\w+|descen\w+|disminu\w+|redu\w+|sub(?:i[óo]|iu|ida)|"
    r"pas[óo]|passou|cresc\w+|crec\w+|queda|scesa|scesi|sceso|salit[oa]|calo|diminu\w+)\b",
    re.I,
)
_TO = re.compile(
    r"[^,;.]{0,60}?\s(?:a|para|hasta|até)\s+(?:unos\s+|cerca\s+de\s+|circa\s+)?\d[\d.,]*\s?"
    r"(?:BTC|bitcoin)",
    re.I,
)


# the same quantity told again, moved, right after the figure ("tenía un saldo de 47,531
# Bitcoins, cifra que aumentó a 48,237 para finales de abril"): the first figure is the change's
# starting point, the second (its unit left out) the level reached
_FIGURE_MOVED = re.compile(
    r"(?:cifra|n[úu]mero|total|saldo)\s+que\s+(?:luego\s+|despu[ée]s\s+|m[áa]s\s+tarde\s+)?"
    r"(?:aument[óo]|subi[óo]|creci[óo]|cay[óo]|baj[óo]|disminuy[óo]|pas[óo]|se\s+elev[óo]|"
    r"se\s+redujo)\s+(?:a|hasta)\s+(?:unos\s+|cerca\s+de\s+)?$",
    re.I,
)
# (the first figure's own date between: "10.171 Bitcoins a finales de abril, cifra que …")
_MOVED_AFTER = re.compile(
    r"(?:\s+[^,;.\d]{1,30})?,?\s+(?:una\s+)?(?=(?:cifra|n[úu]mero|total|saldo)\s+que\s)", re.I
)
_MOVED_WINDOW = 60


def moved_to(text: str, start: int) -> bool:
    """The unit-less number at `start` is the level a figure just told moved to."""
    return _FIGURE_MOVED.search(text, max(0, start - _MOVED_WINDOW), start) is not None


def moved_from(text: str, end: int) -> bool:
    """The figure ending at `end` is the starting point of a move told right after it."""
    after = _MOVED_AFTER.match(text, end)
    if after is None:
        return False
    window = text[after.end() : after.end() + _MOVED_WINDOW]
    return _FIGURE_MOVED.search(window[: _tail_digit(window)]) is not None


def _tail_digit(window: str) -> int:
    for index, char in enumerate(window):
        if char.isdigit():
            return index
    return 0


# Japanese, Korean: the verb after the figure ("ビットコインは12,500BTCを超えています", "보유량은
# 1만 BTC를 넘어섰다")
_CROSSED_AFTER = re.compile(r"\s*(?:を|를|을)\s*(?:超え|超過|上回|突破|넘|돌파)")


def crossed(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] is a threshold the holding crossed."""
    return (
        _CROSSED.search(text, max(0, start - _CROSSED_WINDOW), start) is not None
        or _CROSSED_AFTER.match(text, end) is not None
    )


def change_from(text: str, clause_start: int, start: int, end: int) -> bool:
    """The figure at text[start:end] is where a change told in its clause started."""
    if _FROM.search(text, max(0, start - _FROM_WINDOW), start) is None:
        return False
    if _TO.match(text, end) is None:
        return False
    return _CHANGED.search(text, clause_start, start) is not None
