"""A bitcoin miner's data centres: mining sites, when its text names no AI at all.

Miners call their mining sites data centres ("9 Blockbox AC data centers", "a long-term lease
agreement to develop a new 15-megawatt (MW) data center", "a company specializing in digital
asset mining and data center operations"). "Data center" alone is what makes such a sentence
look like an AI build-out, so a purchase of mining data centres reads as AI capex, a mining
site's lease as an AI contract (README decided case 5: only MW and deals tied to AI/HPC use).

A document that speaks of mining and names no AI, HPC, GPU, AI tenant or critical-IT word
anywhere is about mining: its data centres are mining sites, and nothing in it is an AI
build-out. One AI word anywhere (a title "… for AI", a tenant's name, "HPC") keeps the usual
reading, which decides sentence by sentence; AI words in a company's descriptor alone ("a
Bitcoin mining and AI cloud solutions company") do not.

In a document that names no such word at all, mining or not, a data centre's cost told as an
estimate is no AI build-out's: a local paper's "construction alone is expected to cost $7.5
billion" of a proposed "data center" is a project's cost, not AI capex (README `ai_capex_usd`:
spending on AI/HPC build-out; the passage is all the reader has, decided case 10). A company's
own investment ("a new £94 million investment strategy" for data centres) stays as it reads.
"""

from __future__ import annotations

import re

from .ai_descriptors import without_descriptors
from .ai_parties import COUNTERPARTY_NAMES
from .document_words import document_holds
from .gates import any_of
from .per_document import remembered

# The AI words of `ai._AI_CONTEXT` without the data-centre words miners share, and the AI
# tenants' and vendors' names (`ai_parties.COUNTERPARTY_NAMES`): the capitalised ones matched
# as written, the rest as lowercase substrings (one cheap pass each over a long document)
_AI_NAMES = re.compile(
    rf"\b(?:AI|A\.I\.|HPC|GPUs?|GB[23]00s?|[HB][12]00s?|B300s?|AMD|{COUNTERPARTY_NAMES})\b"
)
_AI_WORDS = any_of("artificial intelligence", "high-performance comput", "high performance comput",
                   "inference", "critical it", "colocation", "co-location", "hyperscal", "cloud",
                   "machine learning", "neocloud", "supercomput", "accelerated comput", "tenant",
                   "it load", "it capacity", "blackwell", "coreweave", "fluidstack", "openai",
                   "anthropic", "supermicro", "crusoe", "lancium", "cerebras", "nebius",
                   "nscale", "core42", "tensorwave", "vultr")  # fmt: skip
_MINING_WORDS = any_of("mining", "miner", "hashrate", "hash rate", "eh/s", "ph/s", "asic",
                       "bitcoin", "btc")  # fmt: skip


@remembered
def is_mining_only(document: str) -> bool:
    """Does `document` speak of mining and name no AI word anywhere?"""
    # (the words looked for in the document's lowercase, which its other readers share)
    mining = document_holds(_MINING_WORDS, document)
    ai = document_holds(_AI_WORDS, document)
    if mining is None or ai is None:  # (letters whose lowercase moves offsets)
        lower = document.lower()
        mining, ai = bool(_MINING_WORDS.search(lower)), bool(_AI_WORDS.search(lower))
    if not mining:
        return False
    if not ai and _AI_NAMES.search(document) is None:
        return True
    # "Bitdeer, a Bitcoin mining and AI cloud solutions company, has received …": AI words
    # only in a company's descriptor name no AI build-out (`ai_descriptors`)
    # (a descriptor stands in the lead: AI words further on are the story's own)
    lead = without_descriptors(document[:_LEAD_CHARS])
    if lead == document[:_LEAD_CHARS]:
        return False
    told = lead + document[_LEAD_CHARS:]
    return _AI_WORDS.search(told.lower()) is None and _AI_NAMES.search(told) is None


_LEAD_CHARS = 1000


@remembered
def names_no_ai(document: str) -> bool:
    """Does `document` name no AI, HPC, GPU, AI tenant or critical-IT word anywhere (its data
    centres alone are no AI build-out)?"""
    ai = document_holds(_AI_WORDS, document)
    if ai is None:  # (letters whose lowercase moves offsets)
        ai = bool(_AI_WORDS.search(document.lower()))
    return not ai and _AI_NAMES.search(document) is None
