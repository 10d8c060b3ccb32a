"""docs/reference.md is generated from the kinds themselves; their examples must validate."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
import yaml

from monitor.reference import config_markdown, kinds_markdown
from monitor.rules import CONDITIONS
from monitor.rules.spec import rule_model

DOC = Path(__file__).resolve().parent.parent / "docs" / "reference.md"
CONFIG_DOC = DOC.with_name("configuration.md")


def test_reference_is_up_to_date() -> None:
    assert DOC.read_text() == kinds_markdown(), "run: monitor kinds --markdown > docs/reference.md"


def test_configuration_reference_is_up_to_date() -> None:
    expected = config_markdown()
    assert CONFIG_DOC.read_text() == expected, (
        "run: monitor config-reference > docs/configuration.md"
    )


EXAMPLES = [
    pytest.param(name, block, id=name)
    for name, cls in CONDITIONS.kinds().items()
    for block in re.findall(r"```yaml\n(.*?)```", inspect.getdoc(cls) or "", re.S)
]


def test_every_condition_kind_has_an_example() -> None:
    assert {name for name, _block in (p.values for p in EXAMPLES)} == set(CONDITIONS.kinds())


@pytest.mark.parametrize(("name", "block"), EXAMPLES)
def test_condition_examples_validate(name: str, block: str) -> None:
    condition = yaml.safe_load(block)["condition"]
    rule = rule_model().model_validate({"id": "example", "entity": "CANG", "condition": condition})
    assert rule.condition.kind == name
