"""A bitcoin miner's data centres: mining sites, when its text names no AI at all.

Miners call their mining sites data centres ("9 Blockbox AC data centers", "a long-term lease
agreement to develop a new 15-megawatt (MW) data center", "a company specializing in digital
asset mining and data center operations"). "Data center" alone is what makes such a sentence
look like an AI build-out, so a purchase of mining data centres reads as AI capex, a mining
site's lease as an AI contract (README decided case 5: only MW and deals tied to AI/HPC use).

A document that speaks of mining and names no AI, HPC, GPU, AI tenant or critical-IT word
anywhere is about mining: its data centres are mining sites, and nothing in it is an AI
build-out. One AI word anywhere (a title "… for AI", a tenant's name, "HPC") keeps the usual
reading, which decides sentence by sentence.
"""

from __future__ import annotations

import re

from .ai_parties import COUNTERPARTY_NAMES
from .per_document import remembered

# The AI words of `ai._AI_CONTEXT` without the data-centre words miners share, and the AI
# tenants' and vendors' names (`ai_parties`)
_AI_WORDS = re.compile(
    r"\b(?:AI|A\.I\.|HPC|GPUs?|GB[23]00s?|[HB][12]00s?|B300s?|Blackwells?)|"
    r"(?i:\b(?:artificial\s+intelligence|high[- ]performance\s+comput\w*|inference|"
    r"critical\s+IT|colocation|co-location|hyperscal\w*|cloud|"
    rf"{COUNTERPARTY_NAMES}|AMD|Nscale|Core42|TensorWave|Vultr|"
    r"machine\s+learning|neoclouds?|supercomput\w*|"
    r"accelerated\s+computing|tenants?|IT\s+(?:load|capacity)))\b"
)
_MINING_WORDS = re.compile(
    r"(?i:\b(?:mining|miners?|hash\s*rate|hashrate|EH/s|PH/s|ASICs?|bitcoin|BTC)\b)"
)


@remembered
def is_mining_only(document: str) -> bool:
    """Does `document` speak of mining and name no AI word anywhere?"""
    return _AI_WORDS.search(document) is None and _MINING_WORDS.search(document) is not None
