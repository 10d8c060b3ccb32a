"""Scraped text printed by `monitor extract`, `monitor poll` and `monitor alerts` carries no
character a terminal would act on: no colour codes, cursor moves or OSC-8 hyperlinks."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main
from monitor.clock import ManualClock
from monitor.output import terminal_safe
from tests.notify.fixtures import build, config, raise_alert

HOSTILE = "CANG sold 550.03 BTC \x1b]8;;https://evil.example\x1b\\here\x1b]8;;\x1b\\ \x1b[2J\x07"
CONTROLS = [chr(c) for c in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))]


def assert_terminal_safe(output: str) -> None:
    assert not [c for c in output if c in CONTROLS], repr(output)


def test_terminal_safe_keeps_lines_and_tabs_and_drops_controls() -> None:
    assert terminal_safe("a\tb\nc\x1b[31md\x9be\u202ef") == "a\tb\nc[31mdef"


def test_monitor_extract_prints_no_escape_sequences(tmp_path: Path) -> None:
    page = tmp_path / "release.txt"
    page.write_text(f"{HOSTILE}\nCango Inc. sold 550.03 bitcoins in January 2026.\n")
    result = CliRunner().invoke(main, ["extract", str(page), "--entity", "CANG"])
    assert result.exit_code == 0, result.output
    assert_terminal_safe(result.output)


def test_monitor_alerts_list_and_show_print_no_escape_sequences(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    channel = '  - {name: hook, kind: webhook, url: "http://127.0.0.1:9/hook"}\n'
    monitor = build(tmp_path, db_url, channel, clock)
    alert_id = raise_alert(monitor, clock, "k1", ("hook",), title=HOSTILE)
    path = config(tmp_path, db_url, channel)
    for args in (["alerts", "list"], ["alerts", "show", str(alert_id)]):
        result = CliRunner().invoke(main, ["--config", str(path), *args])
        assert result.exit_code == 0, result.output
        assert "CANG sold 550.03 BTC" in result.output
        assert_terminal_safe(result.output)
