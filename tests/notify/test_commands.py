"""The CLI around delivery: alerts show/ack/redeliver, silence add/list/expire, notify test."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main
from monitor.clock import ManualClock
from tests.notify.fixtures import build, config, raise_alert
from tests.servers import WebhookReceiver


def cli(config_path: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--config", str(config_path), *args])
    return result.exit_code, result.output


def test_show_ack_and_redeliver(tmp_path: Path, db_url: str, clock: ManualClock) -> None:
    with WebhookReceiver(statuses=[400]) as receiver:
        channel = f'  - {{name: hook, kind: webhook, url: "{receiver.hook_url}"}}\n'
        monitor = build(tmp_path, db_url, channel, clock)
        path = config(tmp_path, db_url, channel)
        alert_id = raise_alert(monitor, clock, "k1", ("hook",))
        monitor.dispatch()  # 400: failed for good

        code, shown = cli(path, "alerts", "show", str(alert_id))
        assert code == 0, shown
        assert "Reason: btc_sold 4451 > 0" in shown
        assert "hook: failed after 1 attempt(s); last error: HTTP 400" in shown
        assert '"sold 4,451 Bitcoin <b>for</b> US$305 million"' in shown

        code, out = cli(path, "alerts", "redeliver", str(alert_id))
        assert (code, out.strip()) == (0, f"alert #{alert_id}: 1 deliveries queued again")
        clock.set(datetime.now(UTC) + timedelta(minutes=1))  # the CLI queued it on wall time
        assert monitor.dispatch().sent == 1

        assert cli(path, "alerts", "ack", str(alert_id))[0] == 0
        code, listed = cli(path, "alerts", "list", "--state", "acknowledged", "--format", "json")
        (row,) = json.loads(listed)
        assert (row["id"], row["deliveries"]) == (alert_id, {"hook": "sent"})
        detail = json.loads(cli(path, "alerts", "show", str(alert_id), "--format", "json")[1])
        assert [a["outcome"] for a in detail["deliveries"][0]["log"]] == ["failed", "sent"]
    assert cli(path, "alerts", "show", "999")[0] == 1


def test_silence_add_list_expire(tmp_path: Path, db_url: str) -> None:
    path = config(
        tmp_path,
        db_url,
        "  []\n".replace("  []\n", '  - {name: h, kind: webhook, url: "http://127.0.0.1:9/h"}\n'),
    )
    (tmp_path / "rules" / "none.yaml").write_text(
        "rules:\n  - id: stock-move\n    entity: CANG\n"
        "    condition: {kind: price_move, percent: 15}\n"
    )
    code, out = cli(
        path, "silence", "add", "--rule", "stock-move", "--for", "2h", "--reason", "earnings day"
    )
    assert code == 0 and out.startswith("silence #1 until")
    listed = json.loads(cli(path, "silence", "list", "--format", "json")[1])
    assert [(s["rule_id"], s["reason"]) for s in listed] == [("stock-move", "earnings day")]
    assert cli(path, "silence", "expire", "1")[0] == 0
    assert json.loads(cli(path, "silence", "list", "--format", "json")[1]) == []
    assert cli(path, "silence", "expire", "1")[0] == 1
    assert cli(path, "silence", "add", "--for", "2h")[0] == 2
    assert cli(path, "silence", "add", "--rule", "x", "--for", "soon")[0] == 2
    code, out = cli(path, "silence", "add", "--rule", "no-such-rule", "--for", "2h")
    assert (
        code == 2
        and "no rule 'no-such-rule' (rules: source-recovered, source-unhealthy, stock-move)" in out
    )
    assert cli(path, "silence", "add", "--rule", "source-unhealthy", "--for", "2h")[0] == 0


def test_notify_test_sends_through_the_channel(tmp_path: Path, db_url: str) -> None:
    with WebhookReceiver() as receiver:
        path = config(
            tmp_path, db_url, f'  - {{name: hook, kind: webhook, url: "{receiver.hook_url}"}}\n'
        )
        code, out = cli(path, "notify", "test", "hook")
        assert (code, out.strip()) == (0, "hook: HTTP 200")
        (hit,) = receiver.deliveries()
    assert hit.json()["title"] == "Signal Monitor test message"
    assert cli(path, "notify", "test", "nope")[0] == 2
