"""German debt settled with the verb at the clause's end (README decided cases 13, 32, 37).

German puts the participle after its object, so the principal stands between the debt's noun
and the verb that retires it:

    "dass es seine Schuldenverpflichtungen in Höhe von 21 Millionen US-Dollar bei BlockFi für
     eine einzige Barzahlung in Höhe von 7,75 Millionen US-Dollar beglichen hatte"
                                                 → debt_repaid 21,000,000 (not the cash paid)
    "der im Gegenzug Verbindlichkeiten von 67,4 Millionen US-Dollar … streicht"
                                                 → debt_repaid 67,400,000 (debt forgiven)
    "hat sein Darlehen zurückgezahlt …, wodurch die Schulden … um 50 Millionen US-Dollar
     reduziert wurden"                           → debt_repaid 50,000,000 (the debt retired)

The principal is the sum right after the debt's noun ("Schulden … von"), never a sum further on
(the cash a settlement paid, "für eine Barzahlung in Höhe von"). A cut "um" a sum is a repayment
only in a sentence that tells one ("zurückgezahlt", "getilgt"): a cut alone may be a conversion.
A clause of a plan ("soll … getilgt werden") tells nothing done, and a part repaid ("ein
Darlehen über 35 Millionen US-Dollar … erhalten und … einen Teil davon getilgt") retires no
stated sum.
"""

from __future__ import annotations

import re

# the debt's noun right before its principal: "Schuldenverpflichtungen in Höhe von ",
# "Verbindlichkeiten von ", "ein Darlehen über "
_NOUN_BEFORE = re.compile(
    r"\b(?:Schulden\w*|Verbindlichkeiten|Darlehen\w*|Kredit(?:e|s)?|Kreditverpflichtung\w*)\s+"
    r"(?:(?:in\s+Höhe|im\s+Wert)\s+)?(?:von|über)\s+(?:rund\s+|etwa\s+|knapp\s+)?$",
    re.I,
)
# the participle or verb that retires it, at the clause's end (not "… getilgt werden soll")
_RETIRED_AFTER = re.compile(
    r"[^.;]{0,140}?\b(?:beglichen|getilgt|zurückgezahlt|zurückbezahlt|abbezahlt|abgelöst|"
    r"gestrichen|erlassen|streicht|strich|erlässt|erließ)\b"
    r"(?!\s+(?:werden|worden\s+soll|soll|sollen|wird|würde))",
    re.I,
)
# a cut "by" the sum ("die Schulden von Marathon um 50 Millionen US-Dollar reduziert")
_CUT_BY = re.compile(
    r"\b(?:Schulden|Verschuldung|Verbindlichkeiten)\s+(?:[\w-]+\s+){0,3}?um\s+(?:rund\s+|etwa\s+)?$",
    re.I,
)
_CUT_AFTER = re.compile(r"\s*(?:reduziert|gesenkt|verringert|abgebaut)\b", re.I)
_REPAID = re.compile(r"\b(?:zurückgezahlt|zurückbezahlt|getilgt|abbezahlt|beglichen)\b", re.I)
# a part of the debt retired, not the stated sum ("einen Teil davon getilgt", "teilweise")
_PART = re.compile(r"\b(?:(?:einen|ein|den)\s+Teil|teilweise|teils|anteilig)\b", re.I)
_PLAN = re.compile(r"\b(?:soll\w*|will|plant|geplant|beabsichtigt|erwart\w+)\b", re.I)
_BEFORE = 90  # the noun's reach before the sum


def settled(text: str, start: int, end: int) -> bool:
    """The sum at text[start:end], `text` being its sentence, is the principal a German
    verb-last settlement retired."""
    if "von" not in text and "über" not in text and "um" not in text:
        return False
    low = max(0, start - _BEFORE)
    if _NOUN_BEFORE.search(text, low, start):
        m = _RETIRED_AFTER.match(text, end)
        if m is not None:
            return _PLAN.search(text, low, m.end()) is None and not _PART.search(text, end, m.end())
    if _CUT_BY.search(text, low, start) and _CUT_AFTER.match(text, end):
        # (`text` is the cut's own sentence: a repayment told elsewhere in the document does
        # not make this cut one)
        return _REPAID.search(text) is not None and _PLAN.search(text, low, end) is None
    return False
