"""GPUs bought to mine cryptocurrencies: no AI build-out.

Reading rule (README: `ai_capex_usd` is spending on AI/HPC build-out): a miner's GPUs are AI
hardware only when they serve AI or HPC. "Hut 8 ordered $30 million of Nvidia CMP GPUs … to be
used primarily in alternative blockchain networks", "GPUs for Ethereum mining" are mining gear.
A document that names mining GPUs (a Cryptocurrency Mining Processor, GPU or altcoin mining, an
ASIC-resistant network) and no AI/HPC word of its own (AI, HPC, artificial intelligence, machine
learning, inference, critical IT, a hyperscaler) is about mining, and nothing in it is an AI
build-out, as `ai_mining_sites` reads a mining document's data centres.
"""

from __future__ import annotations

import re

from .document_words import document_holds
from .gates import any_of
from .per_document import remembered

_GPU_MINING = any_of("cryptocurrency mining processor", "mining gpu", "mining processor",
                     "mining card", "gpu mining", "gpu-mining", "ethereum mining",
                     "ether mining", "altcoin", "asic-resistant", "asic resistant",
                     "alternative blockchain")  # fmt: skip
_CMP = re.compile(r"\bCMP\b")  # Nvidia's Cryptocurrency Mining Processor, by its initials
_AI_WORDS = any_of("artificial intelligence", "high-performance comput", "high performance comput",
                   "machine learning", "inference", "critical it", "hyperscal", "neocloud",
                   "generative", "language model", "supercomput", "accelerated comput",
                   "colocation")  # fmt: skip
_AI_NAMES = re.compile(r"\b(?:AI|A\.I\.|HPC|LLMs?)\b")


@remembered
def mines_with_gpus(document: str) -> bool:
    """Does `document` name GPUs for cryptocurrency mining and no AI/HPC word?"""
    # (the AI words first: most documents that reach here name one, and each absent word costs
    # a scan of the whole document)
    ai = document_holds(_AI_WORDS, document)
    if ai is None:  # (letters whose lowercase moves offsets)
        ai = bool(_AI_WORDS.search(document.lower()))
    if ai or _AI_NAMES.search(document) is not None:
        return False
    mining = document_holds(_GPU_MINING, document)
    if mining is None:
        mining = bool(_GPU_MINING.search(document.lower()))
    return mining or _CMP.search(document) is not None
