"""Channel kind `apprise` through real local endpoints: Apprise's json:// and form:// schemes
and ntfy (a push service) pointed at local HTTP servers, under the project's outbox."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.clock import ManualClock
from monitor.notify.apprise_channel import defuse
from monitor.store.tables import Delivery
from tests.notify.fixtures import build, config, raise_alert
from tests.servers import LocalServer, Received, Reply, WebhookReceiver

ZWSP = "\u200b"
HOSTILE_TITLE = "CANG sold 4,451 BTC @everyone <!channel> [SEC filing](https://evil.example)"


def channel(url: str, name: str = "chat") -> str:
    return f'  - {{name: {name}, kind: apprise, url: "{url}", timeout_seconds: 10}}\n'


def local(url: str) -> str:
    """`http://127.0.0.1:PORT` as Apprise's host part."""
    return url.removeprefix("http://")


def statuses(monitor: object) -> list[str]:
    with monitor.sessions() as session:  # type: ignore[attr-defined]
        return sorted(d.status for d in session.query(Delivery))


DEFUSE_CASES = [
    ("@everyone look", f"@{ZWSP}everyone look"),
    ("ping @here now", f"ping @{ZWSP}here now"),
    ("<@123456> and <@&42>", f"<{ZWSP}@{ZWSP}123456> and <{ZWSP}@{ZWSP}&42>"),
    ("<!channel> <!here>", f"<{ZWSP}!channel> <{ZWSP}!here>"),
    ("[SEC filing](https://evil.example)", f"[SEC filing]{ZWSP}(https://evil.example)"),
    ("ir@cango.com sold 4,451 BTC", f"ir@{ZWSP}cango.com sold 4,451 BTC"),
    ("debt down 10% (from $612.5 million)", "debt down 10% (from $612.5 million)"),
]


@pytest.mark.parametrize(("scraped", "expected"), DEFUSE_CASES)
def test_scraped_text_can_mention_no_one_and_disguise_no_link(scraped: str, expected: str) -> None:
    assert defuse(scraped) == expected


def test_json_url_delivers_the_alert_with_scraped_text_defused(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with WebhookReceiver() as receiver:
        url = f"json://{local(receiver.url)}/hook"
        monitor = build(tmp_path, db_url, channel(url), clock)
        raise_alert(monitor, clock, "k1", ("chat",), title=HOSTILE_TITLE)
        assert monitor.dispatch().sent == 1
        (hit,) = receiver.deliveries()
    document = hit.json()
    assert document["type"] == "warning"
    assert document["title"].startswith("CANG sold 4,451 BTC @" + ZWSP + "everyone")
    assert "@everyone" not in document["title"] and "](" not in document["title"]
    assert "CANG sold 4,451 BTC (about US$305 million)." in document["message"]
    assert statuses(monitor) == ["sent"]


def test_form_url_delivers_the_alert(tmp_path: Path, db_url: str, clock: ManualClock) -> None:
    with WebhookReceiver() as receiver:
        url = f"form://{local(receiver.url)}/hook"
        monitor = build(tmp_path, db_url, channel(url), clock)
        raise_alert(monitor, clock, "k1", ("chat",))
        assert monitor.dispatch().sent == 1
        (hit,) = receiver.deliveries()
    fields = parse_qs(hit.body.decode())
    assert fields["title"] == ["Cango sold 4,451 BTC <script>alert('x')</script>"]
    assert "sold 4,451 Bitcoin <b>for</b> US$305 million" in fields["message"][0]


def test_ntfy_push_to_a_self_hosted_server(tmp_path: Path, db_url: str, clock: ManualClock) -> None:
    with LocalServer() as ntfy:
        ntfy.routes["/"] = Reply(200, b'{"id":"x1","event":"message"}')
        monitor = build(tmp_path, db_url, channel(f"ntfy://{local(ntfy.url)}/cango"), clock)
        raise_alert(monitor, clock, "k1", ("chat",), title=HOSTILE_TITLE)
        assert monitor.dispatch().sent == 1
        (hit,) = [r for r in ntfy.received("/") if r.method == "POST"]
    pushed = hit.json()
    assert pushed["topic"] == "cango"
    assert pushed["title"].startswith("CANG sold 4,451 BTC @" + ZWSP + "everyone")


def test_refusals_are_retried_by_the_outbox_and_each_alert_arrives_once(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with WebhookReceiver(statuses=[500, 503]) as receiver:
        monitor = build(tmp_path, db_url, channel(f"json://{local(receiver.url)}/hook"), clock)
        raise_alert(monitor, clock, "k1", ("chat",))
        for _ in range(4):
            monitor.dispatch()
            clock.advance(timedelta(seconds=3))
        hits = receiver.deliveries()
    assert len(hits) == 3  # two refusals, one success: Apprise itself never retried
    assert statuses(monitor) == ["sent"]


def test_a_send_that_times_out_is_tried_once_more_then_recorded_unknown(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    release = threading.Event()

    def hang(_request: Received) -> Reply:
        release.wait(timeout=30)  # the client gives up long before; freed at the end
        return Reply(200, b"late")

    with LocalServer() as slow:
        slow.routes["/hook"] = hang
        url = f"json://{local(slow.url)}/hook?rto=0.5&cto=2"
        monitor = build(tmp_path, db_url, channel(url), clock)
        raise_alert(monitor, clock, "k1", ("chat",))
        for _ in range(4):
            monitor.dispatch()
            clock.advance(timedelta(seconds=3))
        requests = [r for r in slow.received("/hook") if r.method == "POST"]
        release.set()
    assert len(requests) == 2  # the first try and one more, never a third
    assert statuses(monitor) == ["unknown"]


@contextmanager
def unanswered_port() -> Iterator[int]:
    """A local port whose accept queue is full: a new connection is never set up, so a
    client's connect times out before any request is sent."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = listener.getsockname()[1]
        fillers = [socket.socket() for _ in range(3)]
        try:
            for filler in fillers:
                filler.setblocking(False)
                filler.connect_ex(("127.0.0.1", port))
            yield port
        finally:
            for filler in fillers:
                filler.close()


def test_a_connect_timeout_sent_nothing_and_is_retried_never_recorded_unknown(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with unanswered_port() as port:
        url = f"json://127.0.0.1:{port}/hook?cto=0.3&rto=2"
        monitor = build(tmp_path, db_url, channel(url), clock)
        raise_alert(monitor, clock, "k1", ("chat",))
        for _ in range(3):
            monitor.dispatch()
            clock.advance(timedelta(seconds=3))
    assert statuses(monitor) == ["pending"]


def test_notify_test_delivers_to_a_local_json_receiver(tmp_path: Path, db_url: str) -> None:
    with WebhookReceiver() as receiver:
        path = config(tmp_path, db_url, channel(f"json://{local(receiver.url)}/hook"))
        result = CliRunner().invoke(main, ["--config", str(path), "notify", "test", "chat"])
        assert result.exit_code == 0, result.output
        (hit,) = receiver.deliveries()
    assert result.output.strip() == "chat: sent through Apprise"
    assert hit.json()["title"] == "Signal Monitor test message"


def test_a_token_in_an_apprise_url_never_reaches_the_output(
    tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "tok3n-never-shown-0123456789"
    with WebhookReceiver(statuses=[500]) as receiver:
        url = f"json://user:{token}@{local(receiver.url)}/hook"
        monkeypatch.setenv("CHAT_URL", url)
        channels = "  - {name: chat, kind: apprise, url_env: CHAT_URL}\n"
        path = config(tmp_path, db_url, channels)
        result = CliRunner().invoke(
            main, ["--config", str(path), "--log-level", "DEBUG", "notify", "test", "chat"]
        )
        assert len(receiver.deliveries()) == 1
    assert result.exit_code != 0
    assert "Internal Server Error" in result.output or "500" in result.output
    assert token not in result.output


def test_an_unset_url_variable_is_reported_at_start(tmp_path: Path, db_url: str) -> None:
    channels = "  - {name: chat, kind: apprise, url_env: NO_SUCH_APPRISE_URL}\n"
    path = config(tmp_path, db_url, channels)
    result = CliRunner().invoke(main, ["--config", str(path), "check"])
    assert result.exit_code != 0
    assert "NO_SUCH_APPRISE_URL" in result.output


def test_the_payload_is_json_a_receiver_can_read(tmp_path: Path, db_url: str) -> None:
    # The document Apprise's json:// sends: version, title, message, type (for receivers).
    with WebhookReceiver() as receiver:
        path = config(tmp_path, db_url, channel(f"json://{local(receiver.url)}/hook"))
        CliRunner().invoke(main, ["--config", str(path), "notify", "test", "chat"])
        (hit,) = receiver.deliveries()
    assert {"title", "message", "type"} <= set(json.loads(hit.body))
