"""Whether a sentence needs reading for AI capex: one cheap look at its lowercase.

`ai._is_capex` takes an amount as capex only when a spending cue is bound to it, and every
cue is a pattern with words of its own: a verb or noun before the amount (`_SPEND_BEFORE`:
"invested", "spent", "costs", "capital expenditures of"; `_PAID_BEFORE`: "paid";
`_PURCHASE_BEFORE`, itself asked only past `_PURCHASE_HINTS`: "purchased", "bought",
"GPUs", "H100s"), words after it (`_SPEND_AFTER`: "in GPUs", "equipment purchase",
"investment", "was invested", "AI data center", "in upgrades", "to supply … equipment";
`_FUNDED_AFTER`: "funded by"), or an agreement's worth (`_AGREEMENT_WORTH`: "worth",
"valued at"). `CAPEX_CUE_WORDS` holds, for each of those patterns, words one of which each
of its matches contains (lowercased). A sentence holding none of them has no cue, so no
amount of it is capex: `_capex` need not look at its amounts at all.

The cue patterns are `Folded`: they match the sentence's lowercase, so the words decide
exactly. When lowercasing changes the sentence's length (a few non-ASCII letters) the
patterns run case-insensitively over the original text instead; the gate then stays open.
The answer only ever skips work: an open gate leaves every decision to `_is_capex`.
"""

from __future__ import annotations

from .gates import any_of

CAPEX_CUE_WORDS = (
    # _SPEND_BEFORE: the verbs, then the nouns ("capital expenditures of", "cost of")
    "invest", "spen", "allocat", "pour", "commit", "budget", "earmark", "aside", "deploy",
    "capital", "capex", "cost", "outlay", "expenditure", "purchas", "order", "require",
    # _PAID_BEFORE; _PURCHASE_HINTS (the words `_PURCHASE_BEFORE` is asked past)
    "paid", "pay", "acquir", "bought", "buy", "gpu", "server", "00s",
    # _SPEND_AFTER: what the money buys or builds
    "equipment", "hardware", "supply", "procure", "build", "data", "facilit", "cluster",
    "supercomput", "accelerator", "chip", "upgrade", "improvement", "renovat", "retrofit",
    "construction", "fit-out", "fitout",
    # _FUNDED_AFTER, _AGREEMENT_WORTH
    "funded", "reimbursed", "worth", "valued",
)  # fmt: skip
_CAPEX_CUES = any_of(*CAPEX_CUE_WORDS)


def reads_capex(text: str, lower: str) -> bool:
    """Whether some amount of the sentence `text` (`lower` its lowercase) may be AI capex:
    a spending cue's words are in it (or its lowercase moved offsets: see the docstring)."""
    return len(lower) != len(text) or _CAPEX_CUES.search(lower) is not None
