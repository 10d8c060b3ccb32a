"""A clause that goes on with a sector's subject, in copy read clause by clause.

"Уже в мае майнинг-компании продали монет больше, чем добыли за месяц, а в июне нарастили
продажи до рекордных 14 600 BTC": the clause after "а" has no subject of its own; the public
miners of the clause before are still selling, so the 14 600 is the sector's, not the company's
(whose name the sentence does not give). The same in the other languages: "los mineros vendieron
…, y en junio 14.600 BTC", "die Miner verkauften …, und im Juni 14.600 BTC".

Only when the sentence names no company: "Riot, a diferencia de otros mineros, …, y en junio
vendió 500 BTC" is Riot's.
"""

from __future__ import annotations

import re

# a clause opening with "and" / "but" / "while" (no new subject named: checked by the caller)
_GOES_ON = re.compile(r"\s*(?:а|и|но|y|e|et|und|ed|ma|mas|pero|mais|aber)\s", re.I)
# the sector as a subject: the mining companies, the miners, the industry
_SECTOR = re.compile(
    r"\bмайнинг-компани(?:и|й|ям|ями|ях)\b|\bмайнер(?:ы|ов)\b|\bотрасл\w*|"
    r"\b(?:los\s+mineros|las\s+mineras|as\s+mineradoras|os\s+mineradores|i\s+minatori|"
    r"les\s+mineurs|die\s+Miner|die\s+Mining-Unternehmen|la\s+industria|a\s+indústria|"
    r"l['’]industria|l['’]industrie|die\s+Branche)\b",
    re.I,
)


def goes_on(text: str, clause_start: int) -> bool:
    """Does the clause at `clause_start` go on with a sector subject named before it?"""
    if not clause_start or _GOES_ON.match(text, clause_start) is None:
        return False
    return _SECTOR.search(text, 0, clause_start) is not None
