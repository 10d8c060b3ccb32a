"""A foreign story's figure of a period long before the story's own: history, not news.

"2022年9月時点で、ハット8の保有量は約8000BTCだった" in a story about September 2023: a story
reports its own period (README decided case 1), and a period that ended more than about six
months before the story's began is background, the same line the English reader draws
(`treasury_recalled`).
"""

from __future__ import annotations

import datetime as dt

from monitor.vocabulary.periods import Period

# as `treasury_recalled._HISTORY`: a report comes out within months of its period's end
_HISTORY = dt.timedelta(days=190)


def is_history(own: Period | None, story: Period) -> bool:
    """Whether the figure's own period ended long before the story's period began."""
    return own is not None and own.last_day() < story.first_day() - _HISTORY
