"""A figure the company said last week, in copy not in English: an earlier announcement recalled.

    "Bitfarms gab letzte Woche bekannt, dass es im Jahr 2021 3.452 Bitcoins abgebaut hat"
    "في الأسبوع الماضي ، قالت شركة Bitfarms إنها باعت 1500 BTC"         → neither is read

A story tells its own news; what the company announced the week before, retold in reported
speech ("said last week that"), is background the story recalls (README decided cases 1 and
48), as Japanese "…と発表していた" is (`foreign_words`). A sale made last week and told as the
story's news ("vendió la semana pasada 3.000 BTC", "باعت … في الأسبوع الماضي") is not this: it is
the saying that is dated last week, not the deed.
"""

from __future__ import annotations

import re

# "said/announced last week" before the figure in its sentence, in each language read; the
# saying is the last week's, with at most a name between
_SAID_LAST_WEEK = re.compile(
    r"\b(?:gab|teilte|meldete|erklärte)\s+(?:[\w.]+\s+){0,2}?(?:letzte|vergangene)n?\s+Woche\s+"
    r"(?:bekannt|mit)\b|"
    r"في\s+الأسبوع\s+الماضي\s*[،,]?\s*(?:قالت|أعلنت|ذكرت)|"
    r"\bla\s+semana\s+pasada\s*,?\s*(?:[\w.]+\s+){0,3}?(?:dijo|anunció|informó)\b|"
    r"\bna\s+semana\s+passada\s*,?\s*(?:[\w.]+\s+){0,3}?(?:disse|anunciou|informou)\b|"
    r"\bla\s+semaine\s+dernière\s*,?\s*(?:[\w.-]+\s+){0,3}?(?:a\s+)?(?:déclaré|annoncé|indiqué)\b|"
    r"\bla\s+settimana\s+scorsa\s*,?\s*(?:[\w.]+\s+){0,3}?(?:ha\s+)?(?:detto|annunciato|"
    r"dichiarato)\b",
    re.I,
)
_CHEAP = ("Woche", "الأسبوع", "semana", "semaine", "settimana")


def said_last_week(text: str, start: int) -> bool:
    """Is the figure at `start` told as what the company said last week?"""
    if not any(word in text for word in _CHEAP):
        return False
    return _SAID_LAST_WEEK.search(text, 0, start) is not None
