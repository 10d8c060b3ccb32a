"""Balances a news story states in wordings the balance frames miss.

* A loan the company failed to repay is debt in default, outstanding at the telling, not a
  repayment: "Fails to Repay $103M Loan", "alleges that the company failed to repay a $103
  million loan", "defaulted upon $103 million in equipment loans".
* Debt the company still carries, whatever the verb: "still manages $72 million in unsecured
  debt", "still carries $40 million of loans" (a present "still" states the level now).
* Debt weighing on the company as the story is told: "is burdened with a €610 million ($715
  million) loan from Tether", "remains saddled with $40 million of debt".
* Debt the company holds beside its assets: "hold about $36 million worth of crypto assets and
  about $47 million worth of debt".
* "Its debt of $74 million to NYDIG", "its $74 million of debt remaining with NYDIG": the
  debt's own amount, held now (not a starting point a reduction leaves: "reduced its debt of
  $100 million to $66 million", decided case 1).
* Principal amounts a company has or had: "had $32 million and $71 million in principal
  amount of loans secured by …" (the coordinated amount follows the first: `debt_balance`).
"""

from __future__ import annotations

from .debt_words import Window
from .folded import Folded
from .gates import Words

_WORDS = Words("fail", "unable", "default", "still", "worth", "debt of", "loan of", "principal",
                "remaining", "burden", "saddled")  # fmt: skip

_LOAN_NOUN = r"(?:debts?|loans?|notes|borrowings|indebtedness|credit\s+facilit(?:y|ies))"

# "fails to repay a $103M loan", "was unable to pay back", "defaulted upon"
_FAILED_BEFORE = Folded(
    r"\b(?:fail(?:s|ed|ing)?|unable|did\s+not|didn't|could\s+not|couldn't)\s+(?:\w+\s+)?"
    r"(?:to\s+)?(?:repay|pay\s+back|pay\s+off|make\s+payments?\s+on|service)\s+"
    r"(?:(?:an?|the|its|their|about|around|approximately|some)\s+){0,2}$"
    r"|\bdefaulted\s+(?:up)?on\s+(?:(?:an?|the|its|their|about|around|approximately|some)\s+){0,2}$"
)
_LOAN_AFTER = Folded(rf"^\s*(?:(?:in|of)\s+)?(?:[\w-]+\s+){{0,3}}?{_LOAN_NOUN}\b")

# "still manages $72 million in unsecured debt"
_STILL_BEFORE = Folded(
    r"\bstill\s+(?:has|have|holds?|carries|carry|owes?|manages?|maintains?|retains?|faces?|"
    r"bears?|sits\s+on|has\s+to\s+(?:repay|service))\s+"
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|over)\s+)?$"
)

# "is burdened with a €610 million ($715 million) loan from Tether", "remains saddled with $40
# million of debt": debt weighing on the company as the story is told
_BURDENED_BEFORE = Folded(
    r"\b(?:is|are|was|were|remains?|remained|stays?|left)\s+(?:heavily\s+|still\s+)?"
    r"(?:burdened|saddled|weighed\s+down|encumbered)\s+(?:with|by)\s+"
    r"(?:(?:an?|the|about|around|approximately|roughly|some|nearly|almost|over)\s+){0,2}$"
)
# the loan noun after the amount, past a bracketed translation ("€610 million ($715 million) loan")
_TRANSLATED_LOAN_AFTER = Folded(
    rf"^\s*\((?:us)?[$€£]\s?[\d.,]+\s*(?:million|billion|m|bn)?\)\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{_LOAN_NOUN}\b"
)

# "hold about $47 million worth of debt"
_HOLD_BEFORE = Folded(
    r"\b(?:hold|holds|has|have|carries|carry)\b[^.;]{0,80}?\band\s+"
    r"(?:(?:about|around|approximately|roughly|some|nearly)\s+)?$"
)
_WORTH_OF_DEBT_AFTER = Folded(rf"^\s+worth\s+of\s+(?:[\w-]+\s+){{0,2}}?{_LOAN_NOUN}\b")

# "its debt of US$74 million to NYDIG"
_OWN_DEBT_OF_BEFORE = Folded(
    rf"\b(?:its|their|the\s+company's|the\s+firm's|the\s+miner's)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_LOAN_NOUN}\s+of\s+(?:(?:about|around|approximately|roughly|some|nearly)\s+)?$"
)
# … not the object of a repayment done or a change of its level: "paid off its loan of $12
# million" (a repayment), "was able to reduce its loan of $66 million" (the starting point,
# decided case 1); a planned act keeps the debt it acts on ("will pay off its debt of $74M").
_DONE_TO_BEFORE = Folded(
    r"\b(?:paid\s+(?:off|down|back)|repaid|settled|retired|cleared|extinguished|redeemed|"
    r"refinanced|eliminated|converted|reduc(?:e|ed|ing)|lower(?:ed|ing)?|cut(?:ting)?|"
    r"trimm?(?:ed|ing)?|slash(?:ed|ing)?|decreas(?:e|ed|ing)|increas(?:e|ed|ing)|"
    r"(?:brought|bringing|bring)\s+down)\s+$"
)
# "its $74 million of debt remaining with NYDIG", "its $74 million in remaining debt"
_OWN_BEFORE = Folded(r"\b(?:its|their)\s+$")
_REMAINING_AFTER = Folded(
    rf"^\s+(?:(?:of|in)\s+)?(?:remaining\s+(?:[\w-]+\s+){{0,2}}?{_LOAN_NOUN}\b|"
    rf"(?:[\w-]+\s+){{0,2}}?{_LOAN_NOUN}\s+(?:still\s+)?(?:remaining|outstanding)\b)"
)
# a reduction from the amount: it is the starting point (decided case 1)
_CHANGED_AFTER = Folded(r"^[^.;$]{0,60}?\b(?:to|by)\s+(?:about\s+|around\s+)?(?:us|c)?\$")

# "had $32 million … in principal amount of loans"
_HAD_BEFORE = Folded(r"\b(?:has|had|have)\s+(?:(?:about|around|approximately|roughly|some)\s+)?$")
_PRINCIPAL_AFTER = Folded(
    r"^\s+(?:(?:and|or)\s+(?:us)?\$\s?[\d.,]+\s*(?:million|billion|m|bn)?\s+)?in\s+"
    rf"(?:aggregate\s+|outstanding\s+)?principal\s+amount\s+of\s+(?:[\w-]+\s+){{0,2}}?{_LOAN_NOUN}\b"
)


def failed_to_repay(window: Window) -> bool:
    """Is the amount a loan the company failed to repay (in default, so outstanding)?"""
    before = window.before_lower[-80:]
    if (
        "fail" not in before
        and "unable" not in before
        and "not" not in before
        and ("default" not in before)
    ):
        return False  # cheap gate
    return _FAILED_BEFORE.search(window.before[-80:]) is not None and bool(
        _LOAN_AFTER.match(window.after)
    )


def news_held(window: Window) -> bool:
    """Is the amount a balance held now, in one of the news wordings above?"""
    near = window.lower[max(0, window.start - 80) : window.end + 60]
    if not _WORDS.found(near):
        return False  # cheap gate
    before, after = window.before[-80:], window.after
    if _STILL_BEFORE.search(before) and _LOAN_AFTER.match(after):
        return True
    if _BURDENED_BEFORE.search(before) and (
        _LOAN_AFTER.match(after) or _TRANSLATED_LOAN_AFTER.match(after)
    ):
        return True
    if _WORTH_OF_DEBT_AFTER.match(after) and _HOLD_BEFORE.search(before):
        return True
    if _own_debt(before, after):
        return True
    return bool(_PRINCIPAL_AFTER.match(after)) and _HAD_BEFORE.search(before) is not None


def owed_as_stated(window: Window) -> bool:
    """A balance whose own words say it is owed now, though a purpose or plan governs the
    clause: "failed to repay a $103 million loan" (not a purpose "to repay"), "will pay off its
    debt of $74 million" (the plan acts on a debt the company has; not "plans to repay part of
    its $20 million loan", a loan named by its size)."""
    if failed_to_repay(window):
        return True
    return _own_debt(window.before[-80:], window.after)


def _own_debt(before: str, after: str) -> bool:
    """ "its debt of $74 million", "its $74 million of debt remaining", not a repayment's or a
    change's object (`_DONE_TO_BEFORE`, `_CHANGED_AFTER`)."""
    own = _OWN_DEBT_OF_BEFORE.search(before)
    if own is None and _REMAINING_AFTER.match(after):
        own = _OWN_BEFORE.search(before)
    if own is None or _DONE_TO_BEFORE.search(before, 0, own.start()):
        return False
    return _CHANGED_AFTER.match(after) is None


def still_held(window: Window) -> bool:
    """Is the balance stated as held "still" (now, at the telling)?"""
    if "still" not in window.before_lower[-60:]:
        return False  # cheap gate
    return _STILL_BEFORE.search(window.before[-80:]) is not None and bool(
        _LOAN_AFTER.match(window.after)
    )
