"""An AI tenant's commitment raised to the company's megawatts, in Romance copy.

    "a CoreWeave aumentou seu compromisso total para 800 megawatts de capacidade no campus
    Helios"                                   → contract_signed, ai_capacity_mw 800
    "CoreWeave amplió su compromiso total a 800 MW en el campus Helios"   → the same

As English copy's `ai_commitments` reads "CoreWeave has expanded its commitment to 800
megawatts of approved capacity at the Helios campus": the tenant (an AI cloud named as the
verb's subject) commits to capacity the company builds and leases to it, so the figure is the
company's contracted AI capacity and the raised commitment a contract signed (README decided
cases 30, 38 and 39). The total is read only as the sentence's one figure: beside an increment
("…para 800 MW, com mais 260 MW") it is a running total (case 38). Not read: money committed
("aumentou seu compromisso para US$ 1 bilhão"), gross megawatts (case 44), a plan or talks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import foreign_numbers

_TENANT = r"(?:Fluidstack|CoreWeave|Anthropic|OpenAI|Nebius|Cerebras|xAI|Nscale|Core42|TensorWave)"
_MW = r"(?P<mw>\d[\d.,]*)\s?(?:MW|megawatts?|megavatios|mégawatts?)(?![A-Za-z])"
# the tenant, a few words of description between ("a CoreWeave, provedora de nuvem,"), then
# the verb raising its commitment (or lease) to the figure
_RAISED: dict[str, re.Pattern[str]] = {
    "pt": re.compile(
        rf"\b{_TENANT}\b[^.;]{{0,60}}?\b(?:aumentou|ampliou|expandiu|elevou|estendeu)\s+"
        r"(?:o\s+|a\s+)?(?:seu\s+|sua\s+)?(?:compromisso|contrato|arrendamento|locação)\s+"
        rf"(?:total\s+)?para\s+(?:os\s+|todos\s+os\s+)?{_MW}"
    ),
    "es": re.compile(
        rf"\b{_TENANT}\b[^.;]{{0,60}}?\b(?:aument[óo]|ampli[óo]|expandi[óo]|elev[óo]|extendi[óo])"
        r"\s+(?:el\s+|la\s+)?(?:su\s+)?(?:compromiso|contrato|arrendamiento)\s+"
        rf"(?:total\s+)?(?:a|hasta)\s+(?:los\s+|todos\s+los\s+)?{_MW}"
    ),
    "it": re.compile(
        rf"\b{_TENANT}\b[^.;]{{0,60}}?\b(?:ha\s+)?(?:aumentato|ampliato|esteso|portato)\s+"
        r"(?:il\s+)?(?:suo\s+|proprio\s+)?(?:impegno|contratto)\s+(?:totale\s+|complessivo\s+)?"
        rf"a\s+(?:tutti\s+i\s+)?{_MW}"
    ),
    "fr": re.compile(
        rf"\b{_TENANT}\b[^.;]{{0,60}}?\b(?:a\s+)?(?:augmenté|porté|étendu|élargi)\s+"
        r"(?:son\s+)?(?:engagement|contrat|bail)\s+(?:total\s+)?(?:à|jusqu['’]à)\s+"
        rf"(?:l['’]ensemble\s+des\s+)?{_MW}"
    ),
}
# another figure of megawatts in the sentence: the total then stands beside its increment
_ANY_MW = re.compile(r"\d[\d.,]*\s?(?:MW|megawatts?|megavatios|mégawatts?)(?![A-Za-z])", re.I)
_GROSS_AFTER = re.compile(r"\s*(?:\w+\s+){0,3}?(?:brut[oa]s?|bruts?|lord[oi])\b", re.I)
_GROSS_REACH = 40


def raised(text: str, language: str) -> Iterator[tuple[int, Decimal]]:
    """(where the commitment is told, megawatts) of an AI tenant's commitment `text` says
    was raised to the company's capacity."""
    pattern = _RAISED.get(language)
    if pattern is None or ("MW" not in text and "egawat" not in text and "égawat" not in text):
        return
    m = pattern.search(text)
    if m is None or len(_ANY_MW.findall(text)) > 1:
        return
    if _GROSS_AFTER.match(text[m.end() : m.end() + _GROSS_REACH]):
        return  # ("800 MW brutos": gross, README decided case 44)
    value = foreign_numbers.romance_value(m["mw"])
    if value is not None and value > 0:
        yield m.start(), value
