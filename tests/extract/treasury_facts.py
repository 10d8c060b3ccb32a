"""Shared helper of the treasury sentence tests: the (value, period) pairs one metric yields."""

from __future__ import annotations

import datetime as dt

from monitor.extract import extract_text

Found = set[tuple[object, str | None]]


def metric_found(text: str, entity: str, published: str, metric: str) -> Found:
    """(value as float, or None for a valueless fact; period) of every `metric` read in `text`."""
    day = dt.date.fromisoformat(published)
    return {
        (None if item.value is None else float(item.value), item.period)
        for item in extract_text(text, published=day, entity=entity)
        if item.metric == metric
    }
