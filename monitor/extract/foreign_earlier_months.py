"""A flow of a month before the one a foreign story's head names is a comparative, no figure.

    "9月度に1,576BTCを…売却し" (the head: September) … "6月の売却量は7,202BTC、241億円…を得た。
    8月には1,125BTCを売却して約37億円…の収入を得ていた"       → June's and August's: not read

A story reports its own period (README decided case 1; What is NOT labelled: prior-period
comparatives). When its head names one month as the story's, the sales, production and
proceeds it tells for an earlier month are its background: the pace set against this month's,
the record it fell from. A story whose subject is two months names both in its head ("11月と
12月"), and a quarter's story keeps its months (they are within its period, not before it).
"""

from __future__ import annotations

from monitor.vocabulary.periods import Period

from .model import BTC_PRODUCED, BTC_SALE_PROCEEDS, BTC_SOLD

_FLOWS = frozenset({BTC_PRODUCED, BTC_SOLD, BTC_SALE_PROCEEDS})


def before_head(metric: str, own: Period | None, lead: Period | None) -> bool:
    """Is a flow of `metric` told for `own` a month before the month `lead` the head names?"""
    if metric not in _FLOWS or own is None or lead is None:
        return False
    if lead.granularity != "month" or own.granularity != "month":
        return False
    return own.last_day() < lead.first_day()
