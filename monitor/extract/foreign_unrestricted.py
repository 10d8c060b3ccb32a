"""The unrestricted part of a holding, told right after its coins, in Romance, German and
Russian copy.

"il disposait de 4 200 bitcoins sans restriction et de 11 757 bitcoins au total": the 4 200 are
the part of the holding no loan encumbers, not the holding (README decided case 12: a part of
a total is not the total). The same part in the other languages read clause by clause: "sin
restricciones", "no restringidos", "sem restrições", "irrestritos", "senza vincoli", "non
vincolati", "frei verfügbar", "unbelastet", "без ограничений", "tanpa batasan". Only when
another count of coins follows (the total it is a part of): "possedeva un totale di 13.726
bitcoin non vincolati" alone is the holding, told as unencumbered.
"""

from __future__ import annotations

import re

_UNRESTRICTED = re.compile(
    r"\s{0,2}(?:\(?BTC\)?\s)?(?:"
    r"sans\s+restrictions?|non\s+(?:grevés|restreints|nantis)|libres\s+de\s+tout|"
    r"sin\s+restricci[óo]n(?:es)?|no\s+restringid[oa]s|libres\s+de\s+cargas|"
    r"sem\s+restri[çc](?:ão|ões)|irrestrit[oa]s|livres\s+de\s+[ôo]nus|"
    r"senza\s+(?:vincoli|restrizioni)|non\s+vincolat[ie]|"
    r"frei\s+verfügbar\w*|unbelastet\w*|ohne\s+Beschränkung\w*|"
    r"без\s+ограничени\w*|tanpa\s+(?:batasan|pembatasan)"
    r")",
    re.I,
)
# the total told after the part: another count of coins, shortly after
_TOTAL_AFTER = re.compile(r"\d[\d\s.,]{0,12}(?:BTC|[Bb]itcoins?|биткоин\w*|биткойн\w*)")
_TOTAL_WINDOW = 100


def part(text: str, end: int) -> bool:
    """Is the figure ending at `end` (after its unit) told as the unrestricted part of a total
    told after it?"""
    m = _UNRESTRICTED.match(text, end)
    return m is not None and _TOTAL_AFTER.search(text, m.end(), m.end() + _TOTAL_WINDOW) is not None
