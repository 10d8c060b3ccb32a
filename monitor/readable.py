"""How every number a person reads is written: CLI, web page, e-mail, webhook title and
message, replay. One place, so "$488.5 million" reads the same everywhere and no figure
ever shows in scientific notation, with float noise, or as a Python repr.

Machine outputs (JSON payloads, `--format json`, the API) keep raw numbers; this module is
only for text meant to be read.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from monitor.vocabulary import metrics as metric_names

DASH = "—"

# Metric names as a person says them, with the unit their figures are in.
METRICS: dict[str, tuple[str, str]] = {
    metric_names.BTC_SOLD: ("BTC sold", "BTC"),
    metric_names.BTC_PRODUCED: ("BTC produced", "BTC"),
    metric_names.BTC_HELD: ("BTC held", "BTC"),
    metric_names.BTC_SALE_PROCEEDS: ("BTC sale proceeds", "USD"),
    metric_names.DEBT_TOTAL: ("total debt", "USD"),
    metric_names.DEBT_REPAID: ("debt repaid", "USD"),
    metric_names.DEBT_ISSUED: ("new debt", "USD"),
    metric_names.INTEREST_EXPENSE: ("interest expense", "USD"),
    metric_names.AI_CAPEX: ("AI capex", "USD"),
    metric_names.AI_CAPACITY: ("AI capacity", "MW"),
    metric_names.AI_MILESTONE: ("AI build-out milestone", ""),
    "period": ("a period", ""),
}

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))

# Keys of an alert's values that hold a figure in the metric's unit, or a percentage.
_AMOUNT_KEYS = {"value", "previous_value", "change", "threshold", "baseline_value", "level"}
_PERCENT_KEYS = {"change_percent", "percent", "decrease_percent"}


def metric_label(metric: str) -> str:
    """ "debt_total_usd" → "total debt"; an unknown metric reads with spaces."""
    return METRICS.get(metric, (metric.replace("_", " "), ""))[0]


def metric_unit(metric: str | None) -> str:
    if not metric:
        return ""
    if metric in METRICS:
        return METRICS[metric][1]
    return "USD" if metric.endswith("_usd") else ""


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def number(value: Any, digits: int = 2) -> str:
    """7474.7 → "7,474.7"; 4451.0 → "4,451"; 0.00012 → "0.00012"; None → "—"."""
    if value is None:
        return DASH
    if not _finite(value):
        return str(value)
    if value != 0 and abs(value) < 10**-digits:
        digits = min(12, -math.floor(math.log10(abs(value))) + 1)
    text = f"{value:,.{digits}f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


def money(value: Any, currency: str = "USD") -> str:
    """488500000 → "$488.5 million"; 68524 → "$68,524"; 1.36 → "$1.36"; -29300000 →
    "-$29.3 million". A currency other than USD is written after the figure."""
    if not _finite(value):
        return DASH if value is None else str(value)
    sign, magnitude = ("-" if value < 0 else ""), abs(float(value))
    figure = number(magnitude, 2)
    for limit, word in _SCALES:
        if magnitude >= limit:
            figure = f"{number(magnitude / limit, 1)} {word}"
            break
    else:
        if magnitude >= 1000:
            figure = number(magnitude, 0)
        elif magnitude != int(magnitude):
            figure = f"{magnitude:,.2f}"
    if currency.upper() in ("USD", "$", ""):
        return f"{sign}${figure}"
    return f"{sign}{figure} {currency.upper()}"


def percent(value: Any, signed: bool = False) -> str:
    """6.380662020905923 → "6.4%" (or "+6.4%" signed)."""
    if not _finite(value):
        return DASH if value is None else str(value)
    return f"{value:{'+' if signed else ''},.1f}%"


def amount(value: Any, unit: str | None) -> str:
    """A figure in its unit: USD as money, others as "550.03 BTC", "50 MW"."""
    if not _finite(value):
        return DASH if value is None else str(value)
    if unit and unit.upper() == "USD":
        return money(value)
    if unit and len(unit) == 3 and unit.isalpha() and unit.isupper() and unit != "BTC":
        return money(value, unit)
    return f"{number(value)} {unit}".strip()


def metric_amount(metric: str | None, value: Any, unit: str | None = None) -> str:
    return amount(value, unit or metric_unit(metric))


def words(items: Iterable[Any]) -> str:
    """["a", "b", "c"] → "a, b and c"; metric names read as labels."""
    texts = [metric_label(str(i)) if str(i) in METRICS else text(i) for i in items]
    if not texts:
        return DASH
    if len(texts) == 1:
        return texts[0]
    return ", ".join(texts[:-1]) + " and " + texts[-1]


def text(value: Any) -> str:
    """Any value as one readable line: numbers formatted, lists as words, mappings as
    "key: value" pairs, never a repr."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return "yes" if value else "no"
    if _finite(value):
        return number(value, 6 if abs(value) < 1 else 2)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return words(value)
    return str(value)


def field(key: str, value: Any, values: Mapping[str, Any]) -> str:
    """One of an alert's values as a person reads it, knowing its neighbours: a figure in
    the unit of the alert's metric, a percentage to one decimal, a list as words."""
    if key in _PERCENT_KEYS:
        return percent(value, signed=key == "change_percent")
    if (key.endswith("price") or key == "level") and _finite(value):
        return amount(value, values.get("currency") or "")
    if key in _AMOUNT_KEYS and _finite(value):
        unit = values.get("unit") or metric_unit(values.get("metric"))
        return amount(value, unit)
    if key in METRICS and _finite(value):
        return metric_amount(key, value)
    if key == "metric" and isinstance(value, str):
        return f"{metric_label(value)} ({value})" if value in METRICS else value
    return text(value)


def value_rows(values: Mapping[str, Any]) -> list[tuple[str, str]]:
    """An alert's values as (name, text) rows, in the order the rule gave them."""
    return [(key.replace("_", " "), field(key, value, values)) for key, value in values.items()]


def message_adds(message: str, reason: str) -> bool:
    """Whether a reason says something the message does not (so it is worth showing too)."""

    def norm(s: str) -> str:
        return " ".join(s.split()).rstrip(".").strip()

    return bool(norm(reason)) and norm(reason) not in norm(message)
