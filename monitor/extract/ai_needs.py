"""Cheap looks that spare the AI reader work: whether a sentence needs reading for capex
(`reads_capex`), and whether it names AI, one branch of the pattern at a time (`AnyBranch`).

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
The answer only ever skips work: an open gate leaves every decision to `_is_capex`. The
words are read off the cue patterns by hand (`required.required_words` finds too many to
keep): a cue pattern given a new word needs it here too (`test_ai_needs` checks the promise
on the corpora).
"""

from __future__ import annotations

import re

from .branches import top_branches
from .folded import Folded
from .gates import opens, sentence_gate
from .skipping import skipping

CAPEX_CUE_WORDS = (
    # _SPEND_BEFORE: the verbs, then the nouns ("capital expenditures of", "cost of")
    "invest", "spen", "allocat", "pour", "commit", "budget", "earmark", "aside", "deploy",
    "capital", "capex", "cost", "outlay", "expenditure", "purchas", "order", "require",
    "shell", "fork", "splash",
    # _PAID_BEFORE; _PURCHASE_HINTS (the words `_PURCHASE_BEFORE` is asked past)
    "paid", "pay", "acquir", "bought", "buy", "gpu", "server", "00s",
    # _SPEND_AFTER: what the money buys or builds
    "equipment", "hardware", "supply", "procure", "build", "data", "facilit", "cluster",
    "supercomput", "factory", "accelerator", "chip", "upgrade", "improvement", "renovat",
    "retrofit", "construction", "fit-out", "fitout",
    # _FUNDED_AFTER, _AGREEMENT_WORTH, _FINANCE_THE ("fund" covers "funded")
    "fund", "financ", "reimbursed", "worth", "valued",
)  # fmt: skip
_CAPEX_CUES = sentence_gate(*CAPEX_CUE_WORDS)  # (answered by the sentence's one scan)


def reads_capex(text: str, lower: str) -> bool:
    """Whether some amount of the sentence `text` (`lower` its lowercase) may be AI capex:
    a spending cue's words are in it (or its lowercase moved offsets: see the docstring)."""
    return len(lower) != len(text) or opens(_CAPEX_CUES, lower)


class AnyBranch:
    """`pattern.search(text) is not None`, answered one top-level branch at a time.

    A pattern such as `ai._AI_CONTEXT` ("\\b(?:AI|HPC|GPUs?)\\b|(?i:\\b(?:inference|data\\s+
    cent…)\\b)|\\bIT\\s+load\\b") is tried at every position of a sentence, each branch in
    turn, the case-insensitive one most slowly. An alternation matches somewhere exactly when
    one of its branches does, so each branch is searched alone, the way it is cheapest: a
    case-sensitive one compiled to skip to where it can start (`skipping`: "A", "H", "G"
    are rare), a wholly case-insensitive one "(?i:…)" as a `Folded` pattern over the
    lowercase (`folded`: exact unless lowercasing moves offsets, when it runs the original).
    The only letters that match an ASCII one case-insensitively without lowering to it are
    "ı" and "ſ": a text holding either is searched with the whole pattern, as before.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._whole = pattern
        self._branches = [_branch(source, pattern.flags) for source in _top_branches(pattern)]

    def search(self, text: str) -> bool:
        if "ı" in text or "ſ" in text:
            return self._whole.search(text) is not None
        return any(branch.search(text) is not None for branch in self._branches)


def _branch(source: str, flags: int) -> re.Pattern[str] | Folded:
    """One branch, compiled the cheapest way that finds what it finds (see `AnyBranch`)."""
    inner = source[4:-1]
    if source.startswith("(?i:") and source.endswith(")") and _balanced(inner):
        try:
            return Folded(inner)
        except ValueError:  # inline flags inside: searched as written
            pass
    return skipping(re.compile(source, flags))


def _top_branches(pattern: re.Pattern[str]) -> list[str]:
    """The sources of the pattern's top-level branches (the whole source when it has one)."""
    return top_branches(pattern.pattern) or [pattern.pattern]


def _balanced(source: str) -> bool:
    """Whether every group `source` opens closes within it (so "(?i:" + source + ")" is one
    group, not "(?i:a)b(c)")."""
    return top_branches(source) is not None
