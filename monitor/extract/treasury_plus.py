"""A figure told as the first term of a sum: "offloaded 463 BTC plus another 12 BTC from
reserves".

Reading rule: "A plus B" states a total of A and B; A alone is a part of what was sold, mined or
held, not the figure a reader records (the total, when the text states it, is read where it is
stated; the sum is not worked out, README "Values": figures as printed). Only when the second
term is coins too ("sold 463 BTC plus 12 BTC"): "sold 463 BTC plus its ETH", "plus $2 million
in cash" add another asset, and the coins stay the figure. And only when "plus" follows the
figure right away: "mined 463 BTC in April plus 410 BTC in March" tells two periods' figures,
each its own, not a sum's terms.
"""

from __future__ import annotations

import re

from .numbers import APPROX, BTC_ADJECTIVE, BTC_UNIT, FOOTNOTE, NUMBER

_PLUS_COINS = re.compile(
    rf"(?:{FOOTNOTE}\s*{BTC_ADJECTIVE}{BTC_UNIT})?\s*,?\s+plus\s+"
    r"(?:another\s+|an\s+additional\s+|a\s+further\s+|an\s+extra\s+)?"
    rf"{APPROX}{NUMBER}\s*{BTC_ADJECTIVE}{BTC_UNIT}",
    re.IGNORECASE,
)


def is_first_term(text: str, qty_end: int) -> bool:
    """Is the figure ending at `qty_end` the first term of "A plus B" coins?"""
    if "plus" not in text[qty_end : qty_end + 60].lower():
        return False  # (a cheap look first: most figures are no sum's term)
    return _PLUS_COINS.match(text, qty_end) is not None
