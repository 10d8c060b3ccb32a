"""Shared checks for data-driven extraction tests told as "must find" / "must not find".

A case lists the figures a careful reader records (`must`: metric, value, period) and the
ones it must not give (`must_not`: metric and value, or None for any value of the metric).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from monitor.extract import extract_text

Must = list[tuple[str, float | None, str]]
MustInUnits = list[tuple[str, float, str, str]]
MustNot = list[tuple[str, float | None]]


def found_items(case_text: str, entity: str, published: str) -> list[dict[str, object]]:
    """The extractor's observations of `case_text`, as dictionaries."""
    return [
        item.to_dict()
        for item in extract_text(
            case_text, published=dt.date.fromisoformat(published), entity=entity
        )
    ]


def _value(item: dict[str, object]) -> float | None:
    value = item["value"]
    return None if value is None else float(value)  # type: ignore[arg-type]


def assert_must(found: list[dict[str, object]], must: Must, must_not: MustNot) -> None:
    """Every `must` figure is among `found`; no `must_not` figure is."""
    got = {(item["metric"], _value(item), item["period"]) for item in found}
    for metric, value, period in must:
        want = None if value is None else float(value)
        assert (metric, want, period) in got, (metric, value, period, got)
    for metric, value in must_not:
        assert not any(
            item["metric"] == metric and (value is None or _value(item) == float(value))
            for item in found
        ), (metric, value, got)


def assert_must_in_units(
    found: list[dict[str, object]], must: MustInUnits, must_not: MustNot
) -> None:
    """As `assert_must`, with each `must` figure's unit (metric, value, unit, period): a loan in
    bitcoin and one in dollars differ only there."""
    got = {(item["metric"], _value(item), item["unit"], item["period"]) for item in found}
    for metric, value, unit, period in must:
        assert (metric, float(value), unit, period) in got, (metric, value, unit, period, got)
    assert_must(found, [], must_not)


def deal_read(
    case_text: str, entity: str, published: str, metrics: Collection[str]
) -> set[tuple[str, float | None, str | None]]:
    """(metric, value or None, period) of every figure of `metrics` the extractor reads in
    `case_text`, value-less milestones included: the set an AI-deal case compares with."""
    return {
        (item.metric, None if item.value is None else float(item.value), item.period)
        for item in extract_text(
            case_text, published=dt.date.fromisoformat(published), entity=entity
        )
        if item.metric in metrics
    }


def figures_read(
    case_text: str, entity: str, published: str, metrics: Collection[str]
) -> set[tuple[str, float, str, str | None]]:
    """(metric, value, unit, period) of every valued figure of `metrics` the extractor reads
    in `case_text`: the exact set a data-driven case compares with its expected figures."""
    return {
        (item.metric, float(item.value), item.unit, item.period)
        for item in extract_text(
            case_text, published=dt.date.fromisoformat(published), entity=entity
        )
        if item.metric in metrics and item.value is not None
    }
