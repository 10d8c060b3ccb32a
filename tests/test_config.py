"""Bad configuration stops with one clear line per problem: file, line, field."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from tests.helpers import write

GOOD_SOURCE = """\
sources:
  - id: btc-usd
    kind: crypto_spot
"""

CASES = [
    # (name, monitor.yaml, expected line, expected field, expected message part)
    ("unknown top-level key", "sorces: []\n", 1, "sorces", "unknown key"),
    (
        "unknown source key",
        GOOD_SOURCE + "    symbl: BTC-USD\n",
        4,
        "sources[0].symbl",
        "unknown key",
    ),
    (
        "wrong type",
        GOOD_SOURCE + "    interval_seconds: often\n",
        4,
        "sources[0].interval_seconds",
        "valid number",
    ),
    (
        "unknown kind",
        "sources:\n  - id: x\n    kind: carrier_pigeon\n",
        3,
        "sources[0].kind",
        "unknown kind 'carrier_pigeon'",
    ),
    (
        "missing field",
        "channels:\n  - name: hook\n    kind: webhook\n",
        2,
        "channels[0].url",
        "Field required",
    ),
    ("bad yaml", "sources:\n  - id: [unclosed\n", 3, "", "invalid YAML"),
    (
        "duplicate source id",
        GOOD_SOURCE + "  - id: btc-usd\n    kind: crypto_spot\n",
        4,
        "sources[1].id",
        "duplicate",
    ),
    (
        "apprise url of an unknown service",
        "channels:\n  - name: chat\n    kind: apprise\n    url: nosuchservice://token@x\n",
        4,
        "channels[0].url",
        "not a URL Apprise accepts (scheme 'nosuchservice')",
    ),
    (
        "apprise url rejected by its service",
        "channels:\n  - name: chat\n    kind: apprise\n    url: 'tgram://'\n",
        4,
        "channels[0].url",
        "not a URL Apprise accepts (scheme 'tgram')",
    ),
    (
        "apprise with url and url_env",
        "channels:\n  - name: chat\n    kind: apprise\n    url: json://127.0.0.1/\n"
        "    url_env: CHAT_URL\n",
        2,
        "channels[0]",
        "exactly one of url and url_env",
    ),
    (
        "bad http setting",
        "http:\n  read_timeout_seconds: -1\n",
        2,
        "http.read_timeout_seconds",
        "greater than 0",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "line", "field", "message"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_config_gives_one_clear_line(
    tmp_path: Path, name: str, text: str, line: int, field: str, message: str
) -> None:
    config = write(tmp_path / "monitor.yaml", text)
    result = CliRunner().invoke(main, ["--config", str(config), "check"])
    assert result.exit_code == 2, result.output
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1, result.output
    expected_prefix = f"error: {config}:{line}:"
    assert errors[0].startswith(expected_prefix), errors[0]
    assert f" {field}:" in errors[0] if field else True
    assert message in errors[0]


BAD_RULES = [
    (
        "unknown rule key",
        "rules:\n  - id: r1\n    entity: X\n    colour: red\n"
        "    condition: {kind: price_cross, direction: above, level: 1}\n",
        4,
        "rules[0].colour",
    ),
    (
        "bad condition field",
        "rules:\n  - id: r1\n    entity: X\n"
        "    condition:\n      kind: price_cross\n      direction: sideways\n      level: 1\n",
        6,
        "rules[0].condition.direction",
    ),
    (
        "template syntax",
        "rules:\n  - id: r1\n    entity: X\n    title: '{{ oops'\n"
        "    condition: {kind: price_cross, direction: above, level: 1}\n",
        4,
        "rules[0].title",
    ),
    (
        "unknown channel",
        "rules:\n  - id: r1\n    entity: X\n    channels: [pager]\n"
        "    condition: {kind: price_cross, direction: above, level: 1}\n",
        4,
        "rules[0].channels",
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "line", "field"), BAD_RULES, ids=[c[0] for c in BAD_RULES]
)
def test_bad_rule_file_names_file_line_and_field(
    tmp_path: Path, name: str, text: str, line: int, field: str
) -> None:
    rule_file = write(tmp_path / "rules" / "bad.yaml", text)
    config = write(tmp_path / "monitor.yaml", "rules: [rules]\n")
    result = CliRunner().invoke(main, ["--config", str(config), "check"])
    assert result.exit_code == 2, result.output
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert errors == [e for e in errors if e.startswith(f"error: {rule_file}:{line}: {field}:")]
    assert len(errors) == 1, result.output


def test_duplicate_rule_ids_across_files_are_refused(tmp_path: Path) -> None:
    rule = (
        "rules:\n  - id: same\n    entity: X\n"
        "    condition: {kind: price_cross, direction: above, level: 1}\n"
    )
    write(tmp_path / "rules" / "a.yaml", rule)
    second = write(tmp_path / "rules" / "b.yaml", rule)
    config = write(tmp_path / "monitor.yaml", "rules: [rules]\n")
    result = CliRunner().invoke(main, ["--config", str(config), "check"])
    assert result.exit_code == 2
    assert f"error: {second}:2: rules[0].id: duplicate rule id 'same'" in result.output


def test_missing_webhook_secret_is_a_startup_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HOOK_SECRET", raising=False)
    config = write(
        tmp_path / "monitor.yaml",
        "channels:\n  - name: hook\n    kind: webhook\n"
        "    url: http://127.0.0.1:9/hook\n    secret_env: HOOK_SECRET\n",
    )
    result = CliRunner().invoke(main, ["--config", str(config), "check"])
    assert result.exit_code == 2
    assert (
        f"error: {config}:5: channels[0].secret_env: environment variable HOOK_SECRET is not set"
        in result.output
    )


def test_shipped_configuration_and_rules_check_clean(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("OK:")


def test_database_url_comes_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from monitor.config import load_settings

    config = write(tmp_path / "monitor.yaml", "database_url: sqlite:///from-file.db\n")
    monkeypatch.setenv("MONITOR_DATABASE_URL", "sqlite:///from-env.db")
    assert load_settings(config).database_url == "sqlite:///from-env.db"
    monkeypatch.delenv("MONITOR_DATABASE_URL")
    assert load_settings(config).database_url == "sqlite:///from-file.db"


LAUGHS = "".join(
    f"{name}: &{name} [{', '.join([prev] * 9)}]\n"
    for name, prev in zip("abcdefgh", ['"lol"', *(f"*{c}" for c in "abcdefg")], strict=True)
)


@pytest.mark.parametrize(
    ("where", "tail"),
    [
        ("monitor.yaml", "sources: [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"),
        ("rules/bomb.yaml", "rules: [*h, *h, *h, *h, *h, *h, *h, *h, *h]\n"),
    ],
)
def test_a_yaml_alias_bomb_is_one_clear_line(tmp_path: Path, where: str, tail: str) -> None:
    """9^9 copies from a few hundred bytes: the line index walked every one (13 s, 2.4 GB)."""
    text = LAUGHS + tail
    assert len(text) < 420
    config = write(tmp_path / "monitor.yaml", "rules: [rules]\n")
    bomb = write(tmp_path / where, text)
    result = CliRunner().invoke(main, ["--config", str(config), "check"])
    assert result.exit_code == 2, result.output
    assert result.output.splitlines() == [
        f"error: {bomb}:1: invalid YAML: its aliases expand to more than 200,000 values "
        "(an alias bomb?)"
    ]


def test_aliases_within_bounds_still_work_and_name_their_lines(tmp_path: Path) -> None:
    config = write(
        tmp_path / "monitor.yaml",
        "x-http: &http {user_agent: 'SignalMonitor t@example.com', read_timeout_seconds: -1}\n"
        "http: *http\n",
    )
    result = CliRunner().invoke(main, ["--config", str(config), "check"])
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert any("x-http" in e and "unknown key" in e for e in errors), result.output
    assert any("http.read_timeout_seconds" in e for e in errors), result.output
