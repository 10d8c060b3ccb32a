"""The clause a participle of production hangs on: a plan's or a start's, or a done one.

"Production rose 7.3%, allowing the firm to mine 411 BTC" is done; "the site is expected to come
online in 2024, allowing the firm to mine 600 BTC" is a plan, "began operations in November,
generating 933.8 bitcoins" a start (the coins since then, whose month is not theirs). Read is
the clause before the participle's comma, and an opening condition of the sentence ("Once the
site is energized, the company will add 5 EH/s, enabling it to mine …"), not every earlier word:
"Hashrate rose 20% in June when new S21 machines came online, generating 411 BTC" holds a past
"when", "to the highest since the halving" a comparison's "since", "beat what analysts
expected" an expectation met; those are done.
"""

from __future__ import annotations

from .folded import Folded

_PLANNED = Folded(
    r"\b(?:will|would|could|should|might|once|when|if|(?:expect|plan|aim|intend)(?:s|ed)?\s+to|"
    r"(?:set|slated|poised|scheduled|due|on\s+track)\s+to|expected|planned|projected|"
    r"began|begun|started|commenced|since)\b"
)
# A past "when": its clause's verb is past ("when new S21 machines came online"), not present
# or future ("when the site comes online", "when it is energized")
_PAST_WHEN = Folded(
    r"when\s+(?:(?!(?:is|are|comes?|goes?|will|becomes?|gets?|starts?|begins?)\b)[\w-]+\s+){1,4}?"
    r"(?:came|went|was|were|had|did|began|rose|fell|grew|[a-z]{2,}ed)\b"
)
# A comparison's "since" ("the highest since the halving") or an expectation met or beaten
# ("what analysts expected", "than expected", "as expected"): the words just before them
_COMPARED_BEFORE = Folded(
    r"\b(?:highest|lowest|most|best|strongest|largest|biggest|fewest|greatest|first\s+time)\s+"
    r"(?:[\w-]+\s+){0,3}?$"
)
_MET_BEFORE = Folded(r"\b(?:what|than|as)\s+(?:[\w-]+\s+){0,2}?$")
_OPENING_CONDITION = Folded(r"^\W*(?:once|when|whenever|if|after|as\s+soon\s+as)\b[^,;]{0,120},")
_CLAUSE_MOST = 400  # (no clause a reader takes as one runs longer)


def is_planned_clause(text: str, start: int) -> bool:
    """Does the participle at `start` of the sentence `text` hang on a plan's or a start's
    clause (the clause before its comma, or the sentence's opening condition)?"""
    end = start
    while end > 0 and text[end - 1] in " ,":
        end -= 1  # (back over the participle's own comma)
    reach = max(0, end - _CLAUSE_MOST)
    cut = max(
        text.rfind(", ", reach, end), text.rfind("; ", reach, end), text.rfind(": ", reach, end)
    )
    clause = cut + 1 if cut >= 0 else reach
    if _planned_in(text, clause, end):
        return True
    opening = _OPENING_CONDITION.match(text)
    return opening is not None and opening.end() <= clause and _planned_in(text, 0, opening.end())


def _planned_in(text: str, begin: int, end: int) -> bool:
    """Is a plan's or a start's word in `text[begin:end]`, other than a done form?"""
    return any(
        not _is_done_form(text, word.start()) for word in _PLANNED.finditer(text, begin, end)
    )


def _is_done_form(text: str, at: int) -> bool:
    """Is the word at `at` a past "when", a comparison's "since" or an expectation met?"""
    word = text[at : at + 8].lower()
    if word.startswith("when"):
        return _PAST_WHEN.match(text, at) is not None
    if word.startswith("since"):
        return _COMPARED_BEFORE.search(text, max(0, at - 60), at) is not None
    if word.startswith("expected"):
        return _MET_BEFORE.search(text, max(0, at - 40), at) is not None
    return False
