"""A sale of the whole of something, in Romance and German copy: "avendo venduto tutti i 189,8 BTC
minati durante la settimana e l'intera riserva residua di 943,1 BTC", "tras vender todos los 320
BTC producidos", "depois de vender todos os 150 BTC minerados".

Each figure after "all the" / "the entire … of", in a sentence that sold it, is a sale (README
decided case 9: each stated sale is labelled), whatever participle follows it ("BTC minati": the
coins' origin, not the verb) and whatever span the coins were mined in ("durante la settimana":
the sale is one event, told in the story's month, not a weekly rate).

Not when the sale verb already has a figure of its own before the whole: "vendió 150 BTC de
todos los 320 BTC producidos", "ha venduto 150 BTC dei 320 BTC minati": the verb's object is
the 150; the whole after it is what was produced (the base of the share sold), not a sale.
The same base in German copy, its verb at the end ("150 BTC der gesamten 320 BTC verkauft"), is
no sale either (`share_base`). A base told as mined, by a participle right after its coins
("todos los 320 BTC producidos", "tutti i 320 BTC prodotti") or a relative clause ("320 BTC, die
das Unternehmen produziert hat"), is the production (`base_produced`); else it is not labelled.
"""

from __future__ import annotations

import re

# right before the figure: "tutti i ", "todos los ", "alle ", "l'intera riserva residua di "
_WHOLE = re.compile(
    r"(?:\b(?:tutti\s+i|tutte\s+le|todos\s+(?:los|os)|todas\s+(?:las|as)|alle)|"
    r"(?:\bl['’]inter[ao]|\btutt[ao]\s+l[ao]|\bla\s+totalidad\s+de|\btod[ao]\s+(?:el|la|o|a)|"
    r"\b(?:die|den|das)\s+gesamten?)\s+(?:[^\W\d]+\s+){0,3}?(?:di|de|del|da|do|von))\s+$",
    re.I,
)
_WHOLE_WINDOW = 60
# the sale, before the figure in its sentence (an infinitive too: "tras vender", "aver venduto")
_SOLD = re.compile(r"\b(?:vend(?:ut|i|e|er)\w*|liquid\w+|verkauf\w*|veräußer\w*)", re.I)
_SOLD_WINDOW = 120
# a sale not done: "prevede di vendere tutti i", "planea vender todos los", "plant, alle … zu"
_NOT_DONE = re.compile(
    r"\b(?:prev\w+|pianific\w+|potrebbe|potr[àa]|intend\w+|espera\w*|planea\w*|podr[íi]a|"
    r"pretende\w*|planeja\w*|plant|will|wollen|soll\w*|könnte)\b",
    re.I,
)


# The base of a share: another coin figure, then a partitive, right before the figure: "150
# BTC de todos los 320", "150 BTC en junio, de todos los 320", "150 BTC dei 320", "150 BTC von
# allen 320", "150 BTC der gesamten 320" (a few words between: a period phrase, a comma).
# Not a second object of the verb, after "and" ("4 200 bitcoins sans restriction et de 11 757
# bitcoins au total"), nor a new clause's verb past a dash ("après avoir extrait 472 bitcoins en
# novembre – il disposait de 4 200 bitcoins").
_SHARE_BASE = re.compile(
    r"\d\s?(?:BTC|bitcoins?)\b[^.;\d–—]{0,30}?\s"
    r"(?<!\bet\s)(?<!\be\s)(?<!\by\s)(?<!\bed\s)(?<!\bund\s)(?:de|di|dei|degli|delle|da|dos|das|do|von|der|"
    r"su|sobre|entre)\s+(?:(?:todos|todas|tutti|tutte|allen|alle|gesamten|insgesamt|los|las|os|"
    r"as|i|le|den)\s+){0,2}$",
    re.I,
)
_BASE_REACH = 80


def share_base(text: str, start: int) -> bool:
    """Is the figure at `start` the base a share before it was taken from ("vendió 150 BTC de
    todos los 320 BTC producidos": the 320)? Never the sale's object."""
    return _SHARE_BASE.search(text, max(0, start - _BASE_REACH), start) is not None


def sold(text: str, start: int) -> bool:
    """The figure at `start` is the object of a done sale of the whole of something."""
    whole = _WHOLE.search(text, max(0, start - _WHOLE_WINDOW), start)
    if whole is None:
        return False
    window = max(0, start - _SOLD_WINDOW)
    verbs = list(_SOLD.finditer(text, window, start))
    if not verbs or _NOT_DONE.search(text, window, verbs[-1].start()) is not None:
        return False
    return not share_base(text, start)


# the coins of a whole told by a participle of mining right after them: "320 BTC producidos",
# "320 BTC minerados", "320 BTC prodotti", "320 bitcoins extraídos"
_PRODUCED_AFTER = re.compile(
    r"\s?(?:(?:BTC|bitcoins?)\s+)?(?:(?:producid|minad|extra[íi]d|generad|produzid|minerad|gerad)"
    r"[oa]s?|(?:prodott|minat|estratt|generat)[ioae])\b",
    re.I,
)


# ... or by a relative clause of mining: "320 BTC, die das Unternehmen produziert hat", "320
# BTC que produjo" (a German verb at the end may stand between: "320 BTC verkauft, die …")
_PRODUCED_CLAUSE = re.compile(
    r"\s?(?:(?:BTC|bitcoins?)\b)?(?:\s+[^\W\d]+)?,?\s+(?:die|que|che)\b[^.;,]{0,40}?\b(?:produziert|geschürft|gemint|"
    r"produjo|produjeron|extrajo|min[óo]|prodotto|minato|estratto|produziu|minerou)",
    re.I,
)


def base_produced(text: str, end: int) -> bool:
    """Is the share's base ending at `end` told as mined ("todos los 320 BTC producidos",
    "320 BTC, die das Unternehmen produziert hat")? Then it is the production."""
    return _PRODUCED_AFTER.match(text, end) is not None or (
        _PRODUCED_CLAUSE.match(text, end) is not None
    )
