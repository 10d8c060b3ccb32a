"""Spanish figures whose verb reads as a flow or a holding but is neither: coins taken out of
an exchange or a custodian ("Riot Platforms sacó 2.011 BTC de Coinbase": a withdrawal, not the
colloquial mining of "sacaron 2,011 BTC en el último trimestre") and a running total of
production ("Riot acumula 2.500 BTC de producción", "… acumula 2.500 BTC minados": mined, not
the holding of "CleanSpark acumula 13.000 BTC").

The cue words are read in a window ending at the figure, so what follows it is judged here.
"""

from __future__ import annotations

import re

from .model import BTC_HELD, BTC_PRODUCED

# the verb right before the figure
_TOOK = re.compile(r"\bsac(?:[óo]|aron)\s+(?:[\w.]+\s+){0,2}?$", re.I)
_GATHERS = re.compile(r"\bacumula(?:ba)?\s+(?:ya\s+)?$", re.I)
# what follows the figure: "BTC de Coinbase", "… del exchange", "… de su custodio"
_FROM_PLACE = re.compile(
    r"\s*(?:(?:BTC|bitcoins?)\s+)?(?:de|del|desde)\s+(?:(?:la|el|los|las|su|sus)\s+)?"
    r"(?:(?-i:[A-Z])|exchanges?|custodi|cuentas?|plataformas?|billeteras?|carteras?|bolsas?)",
    re.I,
)
# "BTC de producción", "BTC minados"
_MINED = re.compile(
    r"\s*(?:(?:BTC|bitcoins?)\s+)?(?:de\s+(?:su\s+)?producci[óo]n|minad|extra[ií]d|producid)", re.I
)
_WINDOW = 30


def neither(text: str, start: int, end: int, metric: str) -> bool:
    """The figure at text[start:end], read as `metric`, is a withdrawal or mined coins summed."""
    before = max(0, start - _WINDOW)
    if metric == BTC_PRODUCED:
        return bool(_TOOK.search(text, before, start) and _FROM_PLACE.match(text, end))
    if metric == BTC_HELD:
        return bool(_GATHERS.search(text, before, start) and _MINED.match(text, end))
    return False
