"""Shared helpers of the sentence tests: the (value, period) pairs one metric yields, or the
(metric, value, unit, period) rows of several."""

from __future__ import annotations

import datetime as dt

from monitor.extract import extract_text

Found = set[tuple[object, str | None]]
Row = tuple[str, float | None, str, str | None]


def metric_found(text: str, entity: str, published: str, metric: str) -> Found:
    """(value as float, or None for a valueless fact; period) of every `metric` read in `text`."""
    day = dt.date.fromisoformat(published)
    return {
        (None if item.value is None else float(item.value), item.period)
        for item in extract_text(text, published=day, entity=entity)
        if item.metric == metric
    }


def metric_rows(text: str, entity: str, published: str, metrics: frozenset[str]) -> set[Row]:
    """(metric, value as float or None, unit, period) of every fact of `metrics` read in `text`."""
    day = dt.date.fromisoformat(published)
    return {
        (item.metric, None if item.value is None else float(item.value), item.unit, item.period)
        for item in extract_text(text, published=day, entity=entity)
        if item.metric in metrics
    }


def as_rows(expected: set[Row]) -> set[Row]:
    """`expected` with its values as floats, to compare with `metric_rows`."""
    return {(m, None if v is None else float(v), u, p) for m, v, u, p in expected}
