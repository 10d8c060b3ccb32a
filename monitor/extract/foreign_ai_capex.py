"""AI hardware a miner buys, and its price, in Spanish, Portuguese, Italian, German and French copy.

    "IREN ha cerrado un acuerdo con Dell Technologies para adquirir las GPU y equipamiento
    auxiliar por unos 5.800 millones de dólares"             → ai_capex_usd 5800000000 USD
    "IREN también acordó la compra de GPU y equipamiento asociado por u$s5.800 millones a Dell"
                                                             → the same
    "hat sich IREN verpflichtet, GPUs und zugehörige Ausrüstung im Wert von 5,8 Milliarden
    US-Dollar von Dell zu kaufen"                            → the same

README decided case 43: hardware bought for AI use (GPUs, AI servers) is capex, spent or guided
("comprará GPU por … millones"); a data centre, a site or a company bought is not, nor is a
contract's value or revenue. The sentence must name the purchase (a verb or noun of buying),
the GPUs before the sum, and the price as the purchase's ("por", "für", "im Wert von", "pour",
"per" right before the sum):
a sum told for something else in the sentence ("un contrato … por un valor de 9.700 millones")
names no GPU purchase. Plans not made ("planea comprar", "en conversaciones") are not read.
The reader (`foreign_deals`) judges whose purchase it is and its period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from . import foreign_numbers

# the purchase: a verb or noun of buying (es, pt, it, de, fr)
_BUY = re.compile(
    r"\b(?:adquirir|adquiri[óo]|adquirirá|adquisici[óo]n|comprar[áa]?|compr[óo]|compra|"
    r"comprou|aquisição|acquistar\w*|acquist\w*|kauf\w*|gekauft|erwirbt|erwerben|Kauf|"
    r"achat|achète|achètera|acheter|acquérir|acquiert)\b",
    re.I,
)
# the hardware: GPUs, AI chips or servers
_GPU = re.compile(r"(?<![A-Za-z])GPUs?(?![A-Za-z])|\b[Cc]hips?\s+(?:de\s+)?(?:IA|KI|AI)\b")
# the price of the purchase, right before its sum: "por unos", "für rund", "pour environ"
_FOR = re.compile(
    r"\b(?:por|pelo|per|für|pour|im\s+Wert\s+von)\s+(?:(?:unos|cerca\s+de|aproximadamente|alrededor\s+de|"
    r"valencia\s+de|valor\s+de|um\s+valor\s+de|circa|rund|etwa|environ|un\s+monto\s+"
    r"aproximado\s+de)\s+)?$",
    re.I,
)
_FOR_WINDOW = 40
_NOT_DONE = re.compile(
    r"\b(?:planea\w*|planeja\w*|prev\w+|podr[íi]a|negocia\w*|conversaciones|pretende\w*|"
    r"erwäg\w+|verhandl\w+|envisag\w*|négoci\w*|pourrait|valut\w+|trattativ\w+)\b",
    re.I,
)


def read(text: str, language: str, dollar: str = "CAD") -> Iterator[tuple[int, Decimal, str]]:
    """(where the purchase is named, price, currency) of the AI hardware `text` says the
    company buys (`dollar`: the currency of "20 M$", `foreign_numbers.quebec_dollar`)."""
    if "GPU" not in text and "hip" not in text:
        return  # (the cheap look: most sentences name no GPUs or chips)
    gpu = _GPU.search(text)
    buy = _BUY.search(text) if gpu is not None else None
    if gpu is None or buy is None or _NOT_DONE.search(text):
        return
    spaced = language == "fr"
    for start, _, value, currency in foreign_numbers.money(text, False, spaced, dollar):
        # (the GPUs before their price; the verb before them, or after the price in a German
        # infinitive: "GPUs … im Wert von 5,8 Milliarden US-Dollar von Dell zu kaufen")
        if gpu.start() < start and _FOR.search(text, max(0, start - _FOR_WINDOW), start):
            if buy.start() < gpu.start():
                yield buy.start(), value, currency
            elif language == "de" and buy.start() > start:
                yield start, value, currency
