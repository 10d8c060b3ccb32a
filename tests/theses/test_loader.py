"""Thesis files are checked like rule files: every problem named by file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.config import packaged_rules_dir
from monitor.errors import ConfigError
from monitor.rules.loader import load_rules
from monitor.theses.loader import load_theses

GOOD = """\
theses:
  - id: acme
    title: ACME turns around
    statement: Debt falls.
    entities: [ACME]
    opened: 2026-03-01
    pillars:
      - id: debt
        title: Debt
        conditions:
          - {id: falling, rule: debt-falling, effect: confirms}
"""

BAD = [
    (
        "an unknown key",
        ("    opened: 2026-03-01\n", "    opened: 2026-03-01\n    colour: red\n"),
        "7: theses[0].colour: unknown key",
    ),
    (
        "a rule that does not exist",
        ("rule: debt-falling", "rule: debt-faling"),
        "11: theses[0].pillars[0].conditions[0].rule: unknown rule 'debt-faling'",
    ),
    (
        "an effect that is none of the three",
        ("effect: confirms", "effect: supports"),
        "11: theses[0].pillars[0].conditions[0].effect: Input should be 'confirms', 'weakens' or "
        "'kills'",
    ),
    (
        "both a rule and an inline condition",
        (
            "rule: debt-falling,",
            "rule: debt-falling, condition: {kind: mention, metric: ai_milestone},",
        ),
        "11: theses[0].pillars[0].conditions[0]: Value error, give exactly one of `rule` (a rule "
        "id) or `condition` (inline)",
    ),
    (
        "an inline condition of an unknown kind",
        ("rule: debt-falling,", "condition: {kind: rumour},"),
        "11: theses[0].pillars[0].conditions[0].condition.kind: unknown kind 'rumour'",
    ),
    (
        "a date that is not one",
        ("opened: 2026-03-01", "opened: soon"),
        "6: theses[0].opened: Input should be a valid date",
    ),
    (
        "an unknown channel",
        ("    entities: [ACME]\n", "    entities: [ACME]\n    channels: [pager]\n"),
        "6: theses[0].channels: unknown channel 'pager' (configured: ['hook'])",
    ),
    (
        "no pillars",
        (
            "    pillars:\n      - id: debt\n        title: Debt\n        conditions:\n"
            "          - {id: falling, rule: debt-falling, effect: confirms}\n",
            "    pillars: []\n",
        ),
        "7: theses[0].pillars: List should have at least 1 item after validation, not 0",
    ),
]


def _rule_ids() -> list[str]:
    return [rule.id for rule in load_rules([packaged_rules_dir()])]


@pytest.mark.parametrize(("case", "edit", "expected"), BAD, ids=[b[0] for b in BAD])
def test_a_bad_thesis_file_is_refused_with_file_line_and_field(
    case: str, edit: tuple[str, str], expected: str, tmp_path: Path
) -> None:
    assert edit[0] in GOOD, case
    file = tmp_path / "acme.yaml"
    file.write_text(GOOD.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_theses([tmp_path], _rule_ids(), ["hook"])
    messages = [str(p) for p in raised.value.problems]
    # `expected` is "line: field: the start of the message".
    assert any(m.startswith(f"{file}:{expected}") for m in messages), messages


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    doubled = GOOD + GOOD.split("theses:\n", 1)[1].replace("{id: falling,", "{id: rising,").replace(
        "- id: debt", "- id: debt"
    )
    file = tmp_path / "acme.yaml"
    file.write_text(doubled, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_theses([tmp_path], _rule_ids(), ["hook"])
    assert [str(p) for p in raised.value.problems] == [
        f"{file}:12: theses[1].id: duplicate thesis id 'acme' (first in {file})"
    ]


def test_the_shipped_cango_thesis_loads_on_the_shipped_rules() -> None:
    theses = load_theses([packaged_rules_dir().parent / "theses"], _rule_ids(), [])
    (cango,) = theses
    assert [p.id for p in cango.spec.pillars] == [
        "deleveraging",
        "ai-pivot",
        "treasury",
        "opportunity-cost",
        "invalidation",
    ]
    # The inline condition runs as a rule of its own; the others name shipped rules.
    assert [r.id for r in cango.inline_rules] == ["cango-sale--build-out-milestone"]
    assert cango.rule_ids >= {
        "debt-falling",
        "debt-rising",
        "interest-expense-easing",
        "ai-capex-guidance",
        "further-btc-sales",
        "btc-above-sale-price",
        "invalidation-line",
    }


def test_the_reference_s_thesis_example_validates(tmp_path: Path) -> None:
    from monitor.theses.doc import EXAMPLE

    (tmp_path / "example.yaml").write_text(EXAMPLE, encoding="utf-8")
    (thesis,) = load_theses([tmp_path], _rule_ids(), [])
    assert [c.key for c in thesis.conditions] == [
        "deleveraging/debt-falling",
        "deleveraging/new-debt",
        "ai-pivot/build-out-milestone",
        "opportunity-cost/btc-above-sale-price",
        "invalidation/invalidation-line",
    ]
