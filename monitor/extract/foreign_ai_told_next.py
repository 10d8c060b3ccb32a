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


# Chinese and Russian: the company provides the contract's party a size ("Cipher Mining 将向
# Fluidstack 提供 168 兆瓦的计算能力", "Cipher Mining … предоставит Fluidstack 168 мегаватт
# вычислительной мощности"): the scope of the contract told, its party named (not a potential
# or a total after it, "该站点具有扩展到 244 兆瓦总容量的潜力", "может быть расширена до 500 МВт")
_PARTY = r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}"
_GIVEN_PARTY: dict[str, re.Pattern[str]] = {
    "zh": re.compile(
        rf"(?:将|將)?(?:向|为|為)\s?{_PARTY}\s?(?:提供|交付|出租|租赁|租賃)"
        r"(?:了)?\s?(?:约|約)?\s?(\d[\d.,]*)\s?(?:兆瓦|MW)"
    ),
    "ru": re.compile(
        rf"(?<![А-яЁё])(?:предостав|сдаст|сдает|сдаёт|сдала)\w*\s+(?:компании\s+)?{_PARTY}\s+"
        r"(?:около\s+|примерно\s+|более\s+)?(\d[\d.,]*)\s?(?:МВт|мегаватт\w*)"
    ),
}
# Romance: the company provides the figure of critical IT, in a sentence right after the contract
# ("Isso significa que a mineradora fornecerá 168 megawatts (MW) de capacidade crítica de TI"):
# its scope told as the company's delivery (README decided case 39), a potential beside it not
_PROVIDES: dict[str, re.Pattern[str]] = {
    "pt": re.compile(
        r"\b(?:fornecerá|fornece|forneceu|entregará|disponibilizará|proverá)\s+(?:(?:cerca\s+de|"
        r"aproximadamente|mais\s+de|até)\s+)?$",
        re.I,
    ),
    "es": re.compile(
        r"\b(?:proporcionará|proporciona|proporcionó|suministrará|entregará|aportará|proveerá)\s+"
        r"(?:(?:unos|aproximadamente|más\s+de|hasta)\s+)?$",
        re.I,
    ),
    "it": re.compile(
        r"\b(?:fornirà|fornisce|ha\s+fornito|metterà\s+a\s+disposizione)\s+(?:(?:circa|oltre|"
        r"più\s+di|fino\s+a)\s+)?$",
        re.I,
    ),
    "fr": re.compile(
        r"\b(?:fournira|fournit|livrera|mettra\s+à\s+disposition)\s+(?:(?:environ|plus\s+de|"
        r"jusqu['’]à)\s+)?$",
        re.I,
    ),
}
_PROVIDES_BEFORE = 40


def _provided(text: str, language: str) -> Iterator[tuple[int, Decimal]]:
    """(where, megawatts) of each figure of critical IT `text` says the company provides."""
    provides = _PROVIDES.get(language)
    if provides is None:
        return
    for m in _MW.finditer(text):
        if not provides.search(text, max(0, m.start() - _PROVIDES_BEFORE), m.start()):
            continue
        if _CRITICAL.match(text, m.end() + (text[m.end() : m.end() + 1] == " ")):
            value = foreign_numbers.romance_value(m.group(1))
            if value is not None and value > 0:
                yield m.start(), value


def scope(text: str, language: str, near: bool = True) -> Iterator[tuple[int, Decimal]]:
    """(where, megawatts) of each critical-IT figure in `text`, a sentence after a signed AI
    contract's (`near`: right after it), when it opens by pointing back to that contract or
    tells the figure as what the company provides; in Chinese and Russian, each size the
    company provides the contract's party by name."""
    if (given := _GIVEN_PARTY.get(language)) is not None:
        for m in given.finditer(text):
            value = foreign_numbers.romance_value(m.group(1))
            if value is not None and value > 0:
                yield m.start(1), value
        return
    back = _BACK.get(language) if near else None
    pointer = None if back is None else back.match(text)
    if pointer is None:
        if near:
            yield from _provided(text, language)
        return
    if (covered := _covered(text, pointer.end(), language)) is not None:
        yield covered
        return
    for m in _MW.finditer(text):
        if _EARLIER.search(text, pointer.end(), min(m.start(), pointer.end() + _EARLIER_REACH)):
            continue  # (the earlier contract's scope, told beside the new one's pointer)
        if _CRITICAL.match(text, m.end() + (text[m.end() : m.end() + 1] == " ")):
            value = foreign_numbers.romance_value(m.group(1))
            if value is not None and value > 0:
                yield m.start(), value


# The contract pointed back to covers the figure, its verb right after the pointer and the
# figure its object: "Este acuerdo cubre más de 200 MW de capacidad de infraestructura", "O
# acordo abrange 168 MW", "L'accord couvre plus de 200 MW" (English copy's "the deals cover 400
# megawatts", `ai_capacity`): the contract's scope (README decided case 39, "up to" too), whatever
# kind of capacity it names, unless gross (case 44); not a possibility ("podría cubrir")
_COVERS: dict[str, re.Pattern[str]] = {
    "es": re.compile(
        r"\s+(?:cubre|cubrirá|abarca|abarcará|comprende)\s+(?:(?:más\s+de|aproximadamente|"
        r"unos|alrededor\s+de|hasta)\s+)?",
        re.I,
    ),
    "pt": re.compile(
        r"\s+(?:cobre|cobrirá|abrange|abrangerá|compreende)\s+(?:(?:mais\s+de|cerca\s+de|"
        r"aproximadamente|até)\s+)?",
        re.I,
    ),
    "it": re.compile(
        r"\s+(?:copre|coprirà|comprende)\s+(?:(?:più\s+di|oltre|circa|fino\s+a)\s+)?", re.I
    ),
    "fr": re.compile(
        r"\s+(?:couvre|couvrira|porte\s+sur|portent\s+sur|couvrent|comprend)\s+"
        r"(?:(?:plus\s+de|environ|près\s+de|jusqu['’]à)\s+)?",
        re.I,
    ),
    "de": re.compile(
        r"\s+(?:umfasst|umfassen|betrifft|betreffen)\s+(?:(?:mehr\s+als|über|rund|etwa|bis\s+zu)\s+)?",
        re.I,
    ),
}
# (the contract's description between its pointer and the verb: a few words with no clause
# mark, "El acuerdo de 10 años con Fluidstack cubre", tried word by word up to the verb)
_GROSS = re.compile(r"\s*(?:\(MW\)\s*)?(?:brut[oa]s?|bruts?|lord[oi]|brutto)\b", re.I)


def _covered(text: str, pointer: int, language: str) -> tuple[int, Decimal] | None:
    """(where, megawatts) of the figure the contract pointed back to at `pointer` covers."""
    covers = _COVERS.get(language)
    if covers is None:
        return None
    verb = _verb_after(text, pointer, covers)
    m = None if verb is None else _MW.match(text, verb)
    if m is None or _GROSS.match(text, m.end()):
        return None
    value = foreign_numbers.romance_value(m.group(1))
    return (m.start(), value) if value is not None and value > 0 else None


def _verb_after(text: str, pointer: int, covers: re.Pattern[str]) -> int | None:
    """Where the words after the covering verb end, the verb within a short description of
    the contract after `pointer`, else None."""
    at = pointer
    for _ in range(_DESCRIPTION_WORDS + 1):
        verb = covers.match(text, at)
        if verb is not None:
            return verb.end()
        word = _WORD.match(text, at)
        if word is None:
            return None
        at = word.end()
    return None


_WORD = re.compile(r"\s+[^\s.;,]+")
_DESCRIPTION_WORDS = 5
