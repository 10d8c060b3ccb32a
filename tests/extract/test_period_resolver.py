"""The date resolver's precedence, data-driven from `period_cases.yaml`.

Each case is a real-looking passage labelled by the README's period rule (the date bound to
the figure beats other dates; comparative, valuation, delivery and maturity dates never
anchor; stocks take the stated day, else the report's label; flows the named period, else the
report's, else the publication month). Only the period of the one figure named is asked.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from monitor.extract import extract_text

_CASES = yaml.safe_load((Path(__file__).parent / "period_cases.yaml").read_text())


def _label(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


@pytest.mark.parametrize("case", _CASES, ids=[f"{i}-{c['rule']}" for i, c in enumerate(_CASES)])
def test_figure_takes_the_rule_period(case: dict[str, Any]) -> None:
    metric, value, period = case["want"]
    found = extract_text(case["text"], published=case["published"])
    wanted = None if value is None else Decimal(str(value))
    periods = {item.period for item in found if item.metric == metric and item.value == wanted}
    assert periods == {_label(period)}, [(i.metric, i.value, i.period) for i in found]
