"""A signed AI contract's critical-IT megawatts told in the sentence after it, not in English.

    "… gab … den Abschluss von zwei zehnjährigen Colocation-Verträgen mit Fluidstack, einer
    KI-Cloud-Plattform, bekannt. Im Rahmen dieser Vereinbarungen stellt TeraWulf … über 200
    Megawatt (MW) kritische IT-Leistung … bereit."                → ai_capacity_mw 200
    "… ha anunciado un contrato … de nube GPU con Microsoft … El acuerdo compromete a IREN … un
    emplazamiento de 750 MW en el que … centros de datos … capaces de sostener en conjunto 200
    MW de carga crítica de TI"                                     → 200 (not the 750 MW site)

README decided cases 30 and 39: the next sentence points back to the contract just signed ("Im
Rahmen dieser Vereinbarungen", "El acuerdo", "Under the agreements") and gives its scope; only a
figure told as critical IT (rule 44: the kind of megawatt said) is read, so a campus's or site's
size beside it is not. A sentence that points back to no contract gives nothing, and one that
joins the contract to an earlier one ("El acuerdo se suma al firmado … en septiembre, que cubre
168 MW") gives that earlier one's scope, not the new contract's (README decided case 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import foreign_numbers

# the sentence opens on the contract just told: "El acuerdo", "Bajo estos contratos", "Im
# Rahmen dieser Vereinbarungen", "Die Verträge", "O acordo", "L'accordo", "Dans le cadre de ce
# contrat"
_BACK: dict[str, re.Pattern[str]] = {
    "es": re.compile(
        r"\W{0,3}(?:(?:En\s+(?:el\s+marco\s+de|virtud\s+de)|Bajo|Seg[úu]n|Con)\s+)?"
        r"(?:el|los|este|estos|dicho|dichos)\s+(?:acuerdos?|contratos?)\b",
        re.I,
    ),
    "pt": re.compile(
        r"\W{0,3}(?:(?:No\s+âmbito\s+d[oe]s?|Sob|Segundo|Com)\s+)?"
        r"(?:o|os|este|estes|esse|esses|do|dos|deste|destes)\s+(?:acordos?|contratos?)\b",
        re.I,
    ),
    "it": re.compile(
        r"\W{0,3}(?:(?:Nell['’]ambito\s+d|In\s+base\s+a|Con)\w*\s+)?"
        r"(?:l['’]|gli\s+|il\s+|i\s+|quest[oi]\s+|quest['’])(?:accord[oi]|contratt[oi])\b",
        re.I,
    ),
    "de": re.compile(
        # (the determiner opening the sentence too: "Die Vereinbarungen betreffen mehr als 200 MW
        # kritische IT-Last")
        r"\W{0,3}(?:(?:Im\s+Rahmen|Gemäß|Unter)\s+)?(?i:dieser|diesen|dieses|der|den|des|die|"
        r"diese|das)\s+[\w-]*(?:Vereinbarung|Vertr[äa]g)\w*\b"
    ),
    "fr": re.compile(
        r"\W{0,3}(?:(?:Dans\s+le\s+cadre\s+d|En\s+vertu\s+d|Aux\s+termes\s+d|Selon)\w*\s+)?"
        r"(?:l['’]|les\s+|le\s+|ce\s+|ces\s+|cet\s+)(?:accords?|contrats?)\b",
        re.I,
    ),
}
_MW = re.compile(
    r"(\d[\d.,]*)\s?(?:MW|megawatts?|megavatios|megawatt|mégawatts?)(?![A-Za-z])", re.I
)
# critical IT in the figure's own phrase: "200 MW de carga crítica de TI", "200 Megawatt (MW)
# kritische IT-Leistung", "200 MW di capacità IT critica", "200 MW de charge informatique critique"
_CRITICAL = re.compile(
    r"(?:\(MW\)\s*)?(?:(?:de|di|of)\s+)?(?:(?:carga|capacidad|potencia|capacidade|carico|"
    r"capacità|charge|capacité)\s+)?(?:(?:de|di)\s+)?(?:"
    r"cr[íi]tic[ao]s?\s+(?:de\s+)?(?:TI|IT)\b|(?:TI|IT)\s+cr[íi]tic[ao]s?\b|"
    r"kritische\w*\s+IT\b|informatique\s+critique\b)",
    re.I,
)

# the sentence joins the new contract to an earlier one and gives that one's scope: "El acuerdo
# se suma al firmado con Fluidstack en septiembre, que cubre 168 MW", "O acordo soma-se ao
# anterior", "Die Vereinbarung ergänzt den im September geschlossenen Vertrag", "L'accordo si
# aggiunge a quello firmato", "L'accord s'ajoute au contrat signé" (README decided case 1)
# (a join verb or the earlier contract's own phrase, "al firmado", "ao contrato anterior"; not
# an adjective alone, "sustituye al memorando previo, cubre 300 MW", "duplica la capacidad
# anterior", nor the time adverb "bereits im", which tell the new contract's scope)
_EARLIER = re.compile(
    r"\b(?:se\s+suma|se\s+añade|complementa|además\s+del|soma-se|se\s+soma|junta-se|"
    r"além\s+do|si\s+aggiunge|oltre\s+(?:al|allo|all['’]|a\s+quell)|s['’]ajoute|en\s+plus\s+du|"
    r"ergänzt|zusätzlich\s+zu|(?:al|ao|au|à|zum)\s+(?:firmado|assinado|signé|"
    r"(?:anterior|previo|prévio|précédent|früheren)\s+(?:contrato|acuerdo|acordo|contrat|Vertrag)|"
    r"(?:contrato|acuerdo|acordo|contrat|Vertrag)\s+(?:anterior|previo|prévio|précédent)))\b",
    re.I,
)
_EARLIER_REACH = 120  # the characters after the pointer an earlier contract is looked for in


def scope(text: str, language: str) -> Iterator[tuple[int, Decimal]]:
    """(where, megawatts) of each critical-IT figure in `text`, a sentence right after a
    signed AI contract's, when it opens by pointing back to that contract."""
    back = _BACK.get(language)
    pointer = None if back is None else back.match(text)
    if pointer is None:
        return
    for m in _MW.finditer(text):
        if _EARLIER.search(text, pointer.end(), min(m.start(), pointer.end() + _EARLIER_REACH)):
            continue  # (the earlier contract's scope, told beside the new one's pointer)
        if _CRITICAL.match(text, m.end() + (text[m.end() : m.end() + 1] == " ")):
            value = foreign_numbers.romance_value(m.group(1))
            if value is not None and value > 0:
                yield m.start(), value
