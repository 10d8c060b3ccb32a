"""Two miners' figures "respectively": "Bit Digital and Hut 8 sold 422 and 365 BTC respectively".

Only the document's own company's figure is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import DocContext
from .entities import MINER_NAME, ticker_named, ticker_of
from .evidence import observation
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .numbers import APPROX, BTC_UNIT, NUMBER, parse_decimal
from .resolver import resolve_period
from .sentences import Segment
from .skipping import skipping

# "Bit Digital and Hut 8, which sold 422 and 365 BTC respectively": each miner's own figure.
_RESPECTIVELY = skipping(
    re.compile(
        rf"(?P<first>{MINER_NAME})\s+and\s+(?P<second>{MINER_NAME})[^.;]{{0,40}}?\b"
        rf"(?P<verb>sold|mined|produced|held)\s+{APPROX}(?P<q1>{NUMBER})\s+and\s+{APPROX}"
        rf"(?P<qty>{NUMBER})\s*{BTC_UNIT},?\s+respectively\b"
    )
)
_RESPECTIVE_METRIC = {"sold": BTC_SOLD, "mined": BTC_PRODUCED, "produced": BTC_PRODUCED,
                      "held": BTC_HELD}  # fmt: skip


def respectively(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    text = segment.text
    own = ticker_of(ctx.entity or "")
    for match in _RESPECTIVELY.finditer(text):
        for name, group in (("first", "q1"), ("second", "qty")):
            if ticker_named(match[name]) != own:
                continue
            metric = _RESPECTIVE_METRIC[match["verb"]]
            period = resolve_period(
                ctx, segment, match.start(group), match.end(), as_of=metric == BTC_HELD
            )
            yield observation(segment, metric, parse_decimal(match[group]), "BTC", period)
