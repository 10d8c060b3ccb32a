"""README.md must stay true: its config and rule examples validate, its commands exist."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from monitor.cli import main
from monitor.config import packaged_rules_dir, validate_config
from monitor.rules.loader import load_rules
from monitor.theses.loader import load_theses
from monitor.yamlfile import parse_yaml

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
YAML_BLOCKS = re.findall(r"```yaml\n(.*?)```", README, re.S)


def test_readme_has_yaml_examples() -> None:
    assert len(YAML_BLOCKS) >= 2


@pytest.mark.parametrize("block", YAML_BLOCKS)
def test_every_yaml_example_validates(
    block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = yaml.safe_load(block)
    if "theses" in data and isinstance(data["theses"][0], dict):
        thesis_file = tmp_path / "theses" / "example.yaml"
        thesis_file.parent.mkdir()
        thesis_file.write_text(block)
        rule_ids = [rule.id for rule in load_rules([packaged_rules_dir()])]
        assert len(load_theses([thesis_file.parent], rule_ids, [])) == len(data["theses"])
    elif "rules" in data and isinstance(data["rules"][0], dict):
        rule_file = tmp_path / "example.yaml"
        rule_file.write_text(block)
        assert len(load_rules([rule_file])) == len(data["rules"])
    else:
        config = validate_config(parse_yaml(block, "README.md"))
        assert len(config.sources) == len(data.get("sources", []))


def test_example_config_file_validates() -> None:
    text = (ROOT / "monitor.example.yaml").read_text()
    assert validate_config(parse_yaml(text, "monitor.example.yaml")).sources


COMMANDS = [c.strip() for c in re.findall(r"^\| `monitor ((?:[a-z-]+ ?)+)", README, re.M)]


def test_the_command_table_lists_every_command() -> None:
    documented = {command.split()[0] for command in COMMANDS}
    assert documented == set(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_documented_command_exists(command: str) -> None:
    result = CliRunner().invoke(main, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install -e '.[test]' && pytest" in README
    assert "\npip install -e '.[test]' && pytest\n" in ci


def test_the_webhook_example_has_exactly_the_documents_keys() -> None:
    from datetime import UTC, datetime

    from monitor.model import Alert
    from monitor.notify.payload import alert_document

    (block,) = re.findall(r"```json\n(.*?)```", README, re.S)
    example = json.loads(block.replace('"…"', '"x"'))
    alert = Alert(
        1, "r", "CANG", "k", "info", "t", "b", "why", datetime.now(UTC), {}, [], [], "open"
    )
    assert set(example) == set(alert_document(alert, 1))
