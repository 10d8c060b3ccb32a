"""Words the debt patterns share: debt instruments, repayment verbs, amount connectors."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .folded import Folded
from .numbers import Money

_REACH = 120


@dataclass(slots=True)  # (not frozen: a frozen dataclass's fields are set through
# `object.__setattr__`, which made building a window cost as much as an RE2 pass over its
# sentence; a window is built for each amount's reading and each of its guards, and none
# changes or hashes one)
class Window:
    """The text around one amount that the debt patterns read: `before` and `after` reach
    120 characters each way within the sentence; `lower` is the lowercased sentence and
    `before_lower` its stretch under `before` (cut once: the questions of one amount read it
    some fifteen times). Read only: no reader sets its fields."""

    text: str
    lower: str
    start: int
    end: int
    before: str
    after: str
    before_lower: str

    @classmethod
    def at(cls, text: str, lower: str, money: Money) -> Window:
        start, end = money.start, money.end
        reach = max(0, start - _REACH)
        return cls(
            text, lower, start, end, text[reach:start], text[end : end + _REACH], lower[reach:start]
        )


AMOUNT_CONNECTOR = (
    r"(?:(?:is|was|are|were)\s+(?:now|currently|still)|(?:now|currently|still)\s+(?:totals|stands\s+at|"
    r"sits\s+at)|totals|sits\s+at|sat\s+at|"
    r"was|were|is|of|totaled|totalled|amounted\s+to|amounts?\s+to|stood\s+at|stands?\s+at|reached|at|"
    r"(?:(?:was|is|were|are)\s+)?equal\s+to|"
    # "with the total principal amount of the debentures outstanding now being C$25 million"
    r"(?:now|currently|still)\s+being|"
    r"(?:reduced|reducing)\s+"
    r"to|(?:was|is|were)\s+valued\s+at|--|[:–—]|"
    r"(?:increased|decreased|rose|fell|grew|declined|dropped)\s+to)"
)


# A gap in a clause where a dot may sit inside a name or number ("(GLXY.TO)", "12.5").
NAME_GAP = r"(?:[^.;]|\.(?=\w))"


# ("using the proceeds to settle its debt": settling a debt named right after the verb is its
# repayment; not "to settle the lawsuit"; the debtor may be named: "was paid to settle
# Stronghold's outstanding loans", "to settle the company's debt")
# The debt must head what is settled: "the company's loan guarantee litigation", "a lender's
# loan fee dispute", "debt-related lawsuit" are no debt; a clause's end, a preposition or
# "obligations" follows a settled debt ("all of Stronghold Digital Mining's outstanding loans").
_SETTLED_DEBT_ENDS = (
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:with|to|of|from|under|and|in|for|by|at|that|which|owed|due|"
    r"totaling|totalling|early|ahead|before|using|as|through|on|obligations?|balances?)\b)"
)
REPAY_VERB = (
    r"(?:repay|pay\s+down|pay\s+off|redeem|retire|prepay|settle(?=\s+(?:(?:the|its|their|our|"
    r"an?|all(?:\s+of)?|some(?:\s+of)?|part\s+of|outstanding|remaining)\s+){0,3}"
    r"(?:[\w-]+(?:['’]s)?\s+){0,4}?"
    r"(?:debts?|loans?|notes|borrowings|indebtedness|principal|facility|credit\s+facility)"
    rf"{_SETTLED_DEBT_ENDS}))"
)


REPAY_ADVERB = r"(?:(?:partially|partly|fully|in\s+full|help|further)\s+)?"


# New debt: an offering closed, notes issued, a loan secured or drawn (not priced, proposed or
# merely available: "up to $300 million", "expected to close"). "Long-term financings" are not
# named as debt: a release's sum of deals of every kind ("completed $6.5 billion in long-term
# financings": leases, preferred stock and equity as well as notes), unlike a "term financing".
DEBT_NOUN = (
    r"(?:convertible|notes?|bonds?|loans?|tranche|credit\s+facility|line\s+of\s+credit|credit\s+line|"
    r"revolv\w*|credit\s+agreement|debt|(?:debt|equipment|project|"
    r"asset-backed|bitcoin-backed|gpu|hardware|bridge|(?<!long-)(?<!long\s)term|secured)[\s-]+financ\w*)"
)


# The amount after its subject: "The aggregate principal amount of notes sold in the offering
# was $3.2 billion", "the principal amount of the 2030 notes issued totaled $500 million".
# A gap inside one clause that holds no other amount ("10.00%" keeps its decimal point, and a
# month's abbreviation its dot: "issued to certain institutional lenders on Feb. 22 promissory
# notes").
GAP = (
    r"(?:[^.;$]|\.(?=\d)|(?:(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec))|(?<=\bsept))"
    r"\.(?=\s\d))"
)


# A debt instrument or principal named near a retirement ("… to retire Stronghold's outstanding
# loans", "$13.7 million in Old Notes were retired").
DEBT_OBJECT = (
    r"(?:loans?|notes?|debt|borrowings|facilit(?:y|ies)|principal|debentures?|indebtedness|bonds?|"
    r"line\s+of\s+credit|credit\s+line|revolver|credit\s+agreement)"
)


DEBT_NEAR = Folded(rf"\b{DEBT_OBJECT}\b")


# A headline: a short line with no full stop ("Miner Restructures Remaining $55M of Debt").
_TITLE_CHARS = 160


def line_bounds(text: str, position: int) -> tuple[int, int]:
    """Where the line of `text` holding `position` starts and ends, outer spaces left out."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_at(text: str, position: int) -> str:
    """The line of `text` holding `position`."""
    start, end = line_bounds(text, position)
    return text[start:end]


def is_title(line: str) -> bool:
    """Is `line` a headline: short, not ending in a full stop?"""
    return 0 < len(line) <= _TITLE_CHARS and not line.endswith(".")


def title_at(text: str, position: int) -> bool:
    """Is the line holding `position` a headline (`is_title`)? Answered without copying the
    line: a document's paragraph may be one line of 50 KB, asked about for each of its
    figures."""
    start, end = line_bounds(text, position)
    return 0 < end - start <= _TITLE_CHARS and text[end - 1] != "."


# Verbs that make an amount a flow or a deal rather than a balance: issuing, closing, pricing,
# drawing, repaying, retiring, converting ("repaid its $20 million loan", "closed its $400
# million notes offering", "will convert its $7.5 million loans"). Restructuring, amending or
# extending a loan leaves its balance as it was ("restructured its $54.9 million loan").
ACTION_VERB = Folded(
    r"\b(?:issu\w*|clos(?:ed|es|ing)|complet\w*|pric(?:ed|es|ing)|offer\w*|sold|sells?|"
    r"rais\w*|repa\w*|redeem\w*|retir\w*|repurchas\w*|bought|buy\w*|convert(?:s|ed|ing)?|conversion|"
    r"exchang\w*|settl\w*|extinguish\w*|refinanc\w*|"
    r"cancel\w*|eliminat\w*|paid|pay\w*|prepa\w*|swap\w*|tender\w*|launch\w*|propos\w*|"
    r"upsiz\w*|secur(?:ed|es|ing)|obtain\w*|entered|enter(?:s|ing)?|dr[ae]w(?:s|n|ing)?|borrow(?:s|ed|ing)?|"
    r"took|tak(?:e|es|en|ing)|reduc\w*|cut|add\w*|incurr?\w*|fund\w*|financ\w*|replac\w*)\b"
)


# A currency equivalent in brackets after the amount: "a €575 million ($610 million) debt
# financing facility", "a 610 million euro ($715 million) loan": the instrument follows it.
_EQUIVALENT_AFTER = re.compile(r"^\s*\((?:[^()$]|\$){0,40}?\d(?:[^()]){0,30}\)")


def without_equivalent(after: str) -> str:
    """The text after an amount, without a currency equivalent in brackets right after it."""
    return _EQUIVALENT_AFTER.sub("", after, count=1)
