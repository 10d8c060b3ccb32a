"""`monitor check` as a new user meets it: the README's example copied into place, every
problem of every file reported in one round, one line each, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.rules.loader import load_rules

REPO = Path(__file__).resolve().parent.parent
SECRETS = {"WEBHOOK_SECRET": "s", "SMTP_USER": "u", "SMTP_PASSWORD": "p"}


def copied_example(tmp_path: Path) -> Path:
    """`cp examples/cango.yaml monitor.yaml` at the root of a checkout (rules/ and theses/
    beside it)."""
    shutil.copytree(REPO / "rules", tmp_path / "rules")
    shutil.copytree(REPO / "theses", tmp_path / "theses")
    config = tmp_path / "monitor.yaml"
    shutil.copy(REPO / "examples" / "cango.yaml", config)
    return config


def check(config: Path, env: dict[str, str | None]) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(config), "check"], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


def test_the_copied_example_checks_once_the_user_agent_is_set(tmp_path: Path) -> None:
    config = copied_example(tmp_path)
    env = {**SECRETS, "MONITOR_USER_AGENT": "Jane Analyst jane@research.example.org"}
    code, output = check(config, env)
    assert code == 0, output
    shipped = len(load_rules([REPO / "rules"]))
    assert f"{shipped} rules" in output


def test_the_example_placeholder_user_agent_is_named_as_such(tmp_path: Path) -> None:
    code, output = check(copied_example(tmp_path), {**SECRETS, "MONITOR_USER_AGENT": None})
    assert code == 2
    assert "is the example's placeholder: put your own contact e-mail in it" in output
    assert "Traceback" not in output


def test_every_problem_of_every_stage_in_one_round(tmp_path: Path) -> None:
    config = copied_example(tmp_path)
    watchlist = tmp_path / "rules" / "watchlist.yaml"
    text = watchlist.read_text().replace("metric: btc_sold, op", "metric: btc_sould, op")
    watchlist.write_text(text)
    prices = tmp_path / "rules" / "prices.yaml"
    prices.write_text(
        prices.read_text()
        + "  - id: line\n    entity: CANG\n    severity: info\n"
        + "    condition: {kind: absence, deadline: 2026-13-45, since: 2026-02-09,"
        + " expect: [{metric: ai_milestone}]}\n"
    )
    code, output = check(config, {"MONITOR_USER_AGENT": None})
    lines = output.strip().splitlines()
    assert code == 2
    assert all(line.startswith("error: ") for line in lines), output
    joined = "\n".join(lines)
    assert "channels[0].secret_env: environment variable WEBHOOK_SECRET is not set" in joined
    assert (
        f"{watchlist}:8: rules[0].condition.metric: unknown metric 'btc_sould' "
        "(did you mean 'btc_sold'?)" in joined
    )
    assert f"{prices}:20: rules[1].condition.deadline: Input should be a valid date" in joined
    assert "http.user_agent" in joined
    assert "Traceback" not in output


@pytest.mark.parametrize("metric", ["debt_total_usd", "ai_milestone", "btc_held"])
def test_known_metrics_pass(tmp_path: Path, metric: str) -> None:
    config = copied_example(tmp_path)
    watchlist = tmp_path / "rules" / "watchlist.yaml"
    watchlist.write_text(
        watchlist.read_text().replace("metric: btc_sold, op", f"metric: {metric}, op")
    )
    env = {**SECRETS, "MONITOR_USER_AGENT": "Jane Analyst jane@research.example.org"}
    assert check(config, env)[0] == 0
