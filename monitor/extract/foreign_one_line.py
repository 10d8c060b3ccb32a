"""The language of a one-sentence foreign story, too short for the function-word gate.

A story of one sentence ("Bitfarms a vendu 3 000 BTC en juin et détient 3 349 BTC.", "Bitfarms
prodala v červnu 3 000 BTC a drží 3 349 BTC.", "Bitfarms myi kesäkuussa 3 000 BTC:tä ja omistaa
3 349 BTC:tä.") carries one or two function words of its language, below the minimum that
keeps a longer English page out of the foreign readers (`foreign.read_language`). It is read
like its longer forms when its own words say the language twice over: at least two of that
language's function words and month names, a figure's cue word of its lexicon ("vendu",
"prodala", "myi"), and not one English function word ("the", "and", "in" … would make it an
English line quoting a foreign name: "Bitfarms sold 3,000 BTC in June and holds 3,349 BTC at
Société Générale").
"""

from __future__ import annotations

import re

from .foreign_lexicons import LATER as _FRENCH_TO_FINNISH
from .foreign_lexicons_more import MORE
from .language import ENGLISH_WORDS, FUNCTION_WORDS

# A one-line story: one sentence of at most this many characters.
_ONE_LINE_CHARS = 240
_SENTENCE_END = re.compile(r"[.!?](?:\s+\S)")
# Function words and month names of the language the line must hold.
_MIN_WORDS = 2
# (English words a one-line foreign story never holds, beyond the function words: "in", "on")
_ENGLISH_EXTRA = frozenset({"in", "on", "sold", "mined", "holds", "held", "bought"})
# Letters only, split at apostrophes and colons too ("BTC:tä", "l’entreprise").
_WORD = re.compile(r"[^\W\d_]+")
# The month words of each Latin-script language of `foreign_lexicons`. (The first seven
# languages' one-line stories stay with the gate's count, which was set on them: "Hut 8 ha
# estratto 95 bitcoin a marzo, …" holds three function words, and the corpus keeps "Bitdeer
# verkaufte im August 1.250 BTC." unread.)
LATER = _FRENCH_TO_FINNISH | MORE  # (and Turkish, Polish, Dutch: `foreign_lexicons_more`)
_MONTHS = {
    language: frozenset(month.lower() for month in lexicon.months)
    for language, lexicon in LATER.items()
    if not lexicon.cjk and language in FUNCTION_WORDS
}


def one_line_language(text: str) -> str | None:
    """The language of `text` when it is a one-sentence story in a Latin-script language of
    `foreign_lexicons`, told by its function words, its month names and a figure's cue; else
    None."""
    if len(text) > 2 * _ONE_LINE_CHARS:
        return None  # (a page: before any copy of it is made)
    line = text.strip()
    if len(line) > _ONE_LINE_CHARS or _SENTENCE_END.search(line) is not None:
        return None
    words = [word.lower() for word in _WORD.findall(line)]
    if any(word in ENGLISH_WORDS or word in _ENGLISH_EXTRA for word in words):
        return None
    counts = {
        language: sum(word in FUNCTION_WORDS[language] or word in months for word in words)
        for language, months in _MONTHS.items()
    }
    best = max(counts.values(), default=0)
    found = [language for language, count in counts.items() if count == best]
    if best < _MIN_WORDS or len(found) != 1:
        return None
    language = found[0]
    cued = any(cue.search(line) for _, cue in LATER[language].cues)
    return language if cued else None
