"""A figure whose verb is left out: "miners mined a combined 3,100 BTC in August, Riot alone 477".

Reading rule (gapping): after a clause with a treasury verb and a coin figure, a comma or
semicolon, then a company's name and a number, the name is the subject of the same verb left
out: "Public miners produced 3,100 BTC in August, Riot alone 477" says Riot produced 477 BTC;
"CleanSpark produced 650 BTC in August, Riot 477 BTC" says the same. The entity's figure is a
figure like any other (README: a news rewrite about one company is labelled for that company;
the aggregate and the other companies' figures are not). Read only for the entity's own names,
right before the number ("alone", "itself" may stand between), the number ending its clause.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from . import guards
from .context import DocContext
from .entities import names_of
from .evidence import observation
from .folded import Folded
from .model import BTC_HELD, BTC_PRODUCED, BTC_SOLD, Extracted
from .numbers import parse_decimal
from .resolver import resolve_period
from .sentences import Segment

# the verb the gap leaves out, with its coin figure after it (the last such verb counts)
_VERB = Folded(
    r"\b(?:(?P<produced>mined|produced|minted|earned|generated)|"
    r"(?P<sold>sold|liquidated|offloaded)|(?P<held>held|holds|hold))\b"
    r"(?:[^.;\d]|\.(?=\d)){0,40}?\d[\d,.]{0,12}\s*(?:btc|bitcoins?)\b"
)
_METRICS = {"produced": BTC_PRODUCED, "sold": BTC_SOLD, "held": BTC_HELD}
_NUMBER = (
    r"(?:(?:about|approximately|around|roughly|some|nearly)\s+)?"
    # (never a number cut at its point: "33.7 EH/s" is no 33)
    r"(?P<qty>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?![.,]?\d)(?:\s*(?:BTC|[Bb]itcoins?))?"
)


@functools.lru_cache(maxsize=64)
def _gap(names: tuple[str, ...]) -> re.Pattern[str]:
    """The gapped clause for a company of these names."""
    alternatives = "|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True))
    return re.compile(
        rf"[,;]\s+(?:while\s+|and\s+|with\s+)?(?:{alternatives})"
        rf"(?:\s+(?:alone|itself|by\s+itself))?,?\s+{_NUMBER}(?=\s*(?:[.,;)]|$|and\b))"
    )


def gapped(segment: Segment, ctx: DocContext) -> Iterator[Extracted]:
    """The entity's figures told with their verb left out (see the module)."""
    text = segment.text
    # (cheap gate: the entity named right after a clause break)
    names = tuple(
        name for name in names_of(ctx.entity) if f", {name}" in text or f"; {name}" in text
    )
    if not names:
        return
    for found in _gap(names).finditer(text):
        verbs = list(_VERB.finditer(text, 0, found.start() + 1))
        if not verbs or guards.is_hypothetical(text, found.start()):
            continue
        kind = next(name for name, value in verbs[-1].groupdict().items() if value)
        metric = _METRICS[kind]
        value = parse_decimal(found["qty"])
        held = metric == BTC_HELD
        period = resolve_period(
            ctx, segment, found.start("qty"), found.end(), as_of=held, holding=held
        )
        yield observation(segment, metric, value, "BTC", period)
