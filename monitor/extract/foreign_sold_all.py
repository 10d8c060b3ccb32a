"""A sale of the whole of something, in Romance and German copy: "avendo venduto tutti i 189,8 BTC
minati durante la settimana e l'intera riserva residua di 943,1 BTC", "tras vender todos los 320
BTC producidos", "depois de vender todos os 150 BTC minerados".

Each figure after "all the" / "the entire … of", in a sentence that sold it, is a sale (README
decided case 9: each stated sale is labelled), whatever participle follows it ("BTC minati": the
coins' origin, not the verb) and whatever span the coins were mined in ("durante la settimana":
the sale is one event, told in the story's month, not a weekly rate).
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


def sold(text: str, start: int) -> bool:
    """The figure at `start` is the object of a done sale of the whole of something."""
    if _WHOLE.search(text, max(0, start - _WHOLE_WINDOW), start) is None:
        return False
    window = max(0, start - _SOLD_WINDOW)
    verbs = list(_SOLD.finditer(text, window, start))
    return bool(verbs) and _NOT_DONE.search(text, window, verbs[-1].start()) is None
