"""Every condition kind, case by case, from tests/rules/cases/*.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.rules.runner import run_rules

CASES_DIR = Path(__file__).parent / "cases"


def load_cases() -> list[Any]:
    cases = []
    for file in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(file.read_text()):
            cases.append(pytest.param(case, id=f"{file.stem}: {case['name']}"))
    return cases


@pytest.mark.parametrize("case", load_cases())
def test_condition_case(case: dict[str, Any], tmp_path: Path) -> None:
    rule = {"id": "r", **case["rule"]}
    if "entities" not in rule:
        rule.setdefault("entity", "CANG")
    alerts = run_rules([rule], case["events"], tmp_path, case.get("until"))
    subjects = [a.dedup_key.split(":", 2)[2] for a in alerts]
    expected = case["fires"]
    assert len(subjects) == len(expected), subjects
    for subject, wanted in zip(subjects, expected, strict=True):
        pattern = str(wanted["subject"])
        if pattern.startswith("!prefix "):
            assert subject.startswith(pattern.removeprefix("!prefix ")), subject
        else:
            assert subject == pattern
    for alert, wanted in zip(alerts, expected, strict=True):
        for key, value in wanted.get("values", {}).items():
            assert alert.values[key] == pytest.approx(value), (key, alert.values)
        if "reason" in wanted:
            assert wanted["reason"] in alert.reason
