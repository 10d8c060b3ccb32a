"""Observations quote their evidence: the whole sentence or table row, with its offsets."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from .model import FIGURE, Extracted
from .numbers import Money, convenience_translation
from .sentences import Segment


def observation(
    segment: Segment,
    metric: str,
    value: Decimal | None,
    unit: str,
    period: str | None,
    *,
    currency: str | None = None,
    kind: str = FIGURE,
    detail: str | None = None,
) -> Extracted:
    """An observation whose evidence is the whole sentence or row."""
    return Extracted(
        metric=metric,
        value=value,
        unit=unit,
        currency=currency,
        period=period,
        evidence=segment.text,
        start=segment.start,
        end=segment.end,
        kind=kind,
        detail=detail,
    )


def money_observations(
    segment: Segment, metric: str, money: Money, later: list[Money], period: str | None
) -> Iterator[Extracted]:
    """A money figure, plus its convenience translation when one follows it."""
    yield observation(
        segment, metric, money.amount, money.currency, period, currency=money.currency
    )
    translated = convenience_translation(segment.text, money, later)
    if translated is not None:
        yield observation(
            segment,
            metric,
            translated.amount,
            translated.currency,
            period,
            currency=translated.currency,
        )
