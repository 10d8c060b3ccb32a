"""A JSON record's list of prose items read as sentences.

A summary service ships its record as one line of JSON: `"bullets":["Initial funding of $112.5M
from Macquarie","Preferred units accrue dividends …"]`. The items are joined by `","` with no
space, so no sentence ends between them, even after a full stop, and every guard that reads "the
sentence" reads the whole record. Each joint between two prose items is rewritten in place
(same length, so every offset holds): `x","Y` → `x. "Y` and `x.","Y` → `x." "Y`.
"""

from __future__ import annotations

import re

# The joint after a string where an item of prose (a capital) follows, in the same list or as
# the first of the next key's list (`…campus","bullets":["Initial …`): keys ("…","ticker":…)
# and codes ("1.01","2.03") open in lower case or a digit and stay joined.
_JOINT = re.compile(r'(?<=[^\s",\[{:\\])","(?=[A-Z]|[a-z_]{1,30}":\["[A-Z])')
_STOPS = frozenset(".!?")


def split(text: str) -> str:
    """`text` with its JSON list items made sentences (see the module), or `text` itself."""
    if not text.lstrip().startswith('{"') or '","' not in text:
        return text  # (not a JSON record: no scan)
    return _JOINT.sub(lambda m: _joint(text, m.start()), text)


def _joint(text: str, start: int) -> str:
    """The joint between two JSON items, the second opening at `start`: a space after an item
    that ends on a stop, else a stop and a space (each item is read as its own sentence)."""
    return '" "' if text[start - 1] in _STOPS else '. "'
