"""Operations: JSON logs, secrets kept out of logs, rules reloaded on SIGHUP."""

from __future__ import annotations

import json
import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from monitor import logs
from tests.helpers import Lines, write


def test_json_log_lines_parse_and_secrets_are_redacted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOOK_SECRET", "hunter2-very-secret")
    handler = logs.configure("INFO", "json")
    logs.redact_environment(handler, ["HOOK_SECRET", "UNSET_VARIABLE"])
    logging.getLogger("monitor.test").warning("posting with %s", "hunter2-very-secret")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert lines[-1]["message"] == "posting with ***"
    assert (lines[-1]["level"], lines[-1]["logger"]) == ("WARNING", "monitor.test")
    logging.getLogger().handlers.clear()


def test_run_reloads_rules_on_sighup_and_keeps_running_on_bad_rules(tmp_path: Path) -> None:
    rules = write(tmp_path / "rules" / "r.yaml", "rules: []\n")
    config = write(
        tmp_path / "monitor.yaml", f"database_url: sqlite:///{tmp_path / 'm.db'}\nrules: [rules]\n"
    )
    env = {**os.environ, "MONITOR_CONFIG": str(config), "MONITOR_LOG_FORMAT": "json"}
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "run"],
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    log = Lines(process.stderr)
    try:
        assert log.wait_for("running: 0 sources scheduled"), log.text()
        write(
            rules,
            "rules:\n  - id: r1\n    entity: BTC-USD\n"
            "    condition: {kind: price_cross, direction: above, level: 1}\n",
        )
        process.send_signal(signal.SIGHUP)
        assert log.wait_for("rules reloaded: 1 rules"), log.text()
        write(rules, "rules:\n  - id: r1\n    colour: red\n")
        process.send_signal(signal.SIGHUP)
        assert log.wait_for("rules not reloaded:"), log.text()
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    err = log.finish()
    assert process.returncode == 0, err
    messages = [json.loads(line)["message"] for line in err.splitlines() if line.startswith("{")]
    assert "rules reloaded: 1 rules" in messages
    assert any(m.startswith("rules not reloaded:") and "colour: unknown key" in m for m in messages)


def test_tracebacks_are_redacted_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HOOK_SECRET", "hunter3-in-a-traceback")
    for fmt in ("text", "json"):
        handler = logs.configure("INFO", fmt)
        logs.redact_environment(handler, ["HOOK_SECRET"])
        try:
            raise RuntimeError("signing with hunter3-in-a-traceback failed")
        except RuntimeError:
            logging.getLogger("monitor.test").exception("channel crashed")
        err = capsys.readouterr().err
        assert "hunter3-in-a-traceback" not in err
        assert "RuntimeError: signing with *** failed" in err.replace("\\n", "\n")
    logging.getLogger().handlers.clear()


def test_the_web_token_is_among_the_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from monitor.commands.common import Context

    monkeypatch.setenv("WEB_TOKEN_FOR_TEST", "web-token-value-42")
    config = write(
        tmp_path / "monitor.yaml",
        f"database_url: sqlite:///{tmp_path / 'm.db'}\nrules: []\n"
        "web: {token_env: WEB_TOKEN_FOR_TEST}\n",
    )
    handler = logs.configure("INFO", "text")
    assert Context(str(config), handler).settings.config.web.token_env == "WEB_TOKEN_FOR_TEST"
    logging.getLogger("monitor.test").warning("request with Bearer web-token-value-42")
    assert "Bearer ***" in capsys.readouterr().err
    logging.getLogger().handlers.clear()
