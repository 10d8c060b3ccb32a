"""A company named inside an appositive is not the subject of the verb after it.

Reading rule: "Riot, the second-largest listed holder after MARA, held 19,225 BTC" tells what
Riot held; MARA is named only to rank Riot, inside the commas that set the appositive off
between the subject and its verb. Like a name in a closed bracket ("Riot, like Marathon (which
held 47,531 BTC), sold none"), a name in such an appositive is passed over when the owner of a
figure after it is sought (`entities.owner_before`). The appositive opens with an article
after the subject's comma and closes with a comma right before the verb's few words. A
relative clause after that comma (", which sold 500 BTC") is no closing: it tells of the name
inside ("the second-largest stash after MARA, which sold 500 BTC in April" is MARA's sale).
"""

from __future__ import annotations

import re

# ", the second-largest listed holder after " — the appositive's opening, up to the name
_OPENS = re.compile(r",\s+(?:the|a|an)\s+[^,;.()\n]{0,80}$")
# " , held " — the rest of the appositive, its closing comma, then only the verb's words
_CLOSES = re.compile(
    r"[^,;.()\n]{0,40},\s+(?!(?:which|who|whose|whom|that|where)\b)(?:[a-z][\w'’-]*\s+){1,4}$"
)
_OPEN_REACH = 90


def in_appositive(text: str, start: int, end: int, position: int) -> bool:
    """Does the name at `start`:`end` sit in an appositive closed before `position`?"""
    if text.find(",", end, position) < 0 or text.find(",", max(0, start - _OPEN_REACH), start) < 0:
        return False  # (a fast look first: most names have no commas about them)
    return (
        _OPENS.search(text, max(0, start - _OPEN_REACH), start) is not None
        and _CLOSES.fullmatch(text, end, position) is not None
    )
