"""Webhooks verified with the Standard Webhooks library, and chat payloads that carry hostile
scraped text to Slack and Discord without a mention or a disguised link getting through."""

from __future__ import annotations

import base64
import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from monitor.model import Alert
from monitor.notify.chat import discord_escape, slack_escape
from monitor.notify.webhook import WebhookChannel, WebhookConfig
from tests.servers import Received, Reply, WebhookReceiver

PLAIN_SECRET = "s3cret-for-tests"
STANDARD_SECRET = "whsec_" + base64.b64encode(b"sixteen byte key").decode()
HOSTILE_TITLE = "@everyone <!channel> read <https://evil.example|SEC filing> now"
HOSTILE_BODY = "see [SEC filing](https://evil.example) <@U123> @here **urgent**"


def alert(title: str = "BTC-USD above 69000", body: str = "crossed") -> Alert:
    return Alert(
        7, "btc-above", "BTC-USD", "btc-above:BTC-USD:1", "warning", title, body, "crossed",
        datetime(2026, 2, 9, 14, tzinfo=UTC), {"price": 69000.5}, [], [1], "open",
    )  # fmt: skip


def post(receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch, **config: object) -> Received:
    if "secret" in config:
        monkeypatch.setenv("TEST_HOOK_SECRET", str(config.pop("secret")))
        config["secret_env"] = "TEST_HOOK_SECRET"
    channel = WebhookChannel(
        WebhookConfig(name="hook", kind="webhook", url=receiver.hook_url, **config)  # type: ignore[arg-type]
    )
    channel.send(alert(HOSTILE_TITLE, HOSTILE_BODY), 3)
    (hit,) = receiver.deliveries()
    return hit


@pytest.mark.parametrize(
    ("secret", "receiver_key"),
    [(PLAIN_SECRET, PLAIN_SECRET.encode()), (STANDARD_SECRET, STANDARD_SECRET)],
)
def test_a_receiver_verifies_with_the_standard_webhooks_library(
    receiver: WebhookReceiver,
    monkeypatch: pytest.MonkeyPatch,
    secret: str,
    receiver_key: str | bytes,
) -> None:
    hit = post(receiver, monkeypatch, secret=secret)
    document = Webhook(receiver_key).verify(hit.body, hit.headers)
    assert document["alert_id"] == 7
    assert hit.headers["webhook-id"] == hit.headers["idempotency-key"] == "7"
    assert abs(int(hit.headers["webhook-timestamp"]) - time.time()) < 300


def test_a_replayed_or_altered_delivery_is_rejected(
    receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    hit = post(receiver, monkeypatch, secret=PLAIN_SECRET)
    verifier = Webhook(PLAIN_SECRET.encode())
    stale = {**hit.headers, "webhook-timestamp": str(int(time.time()) - 600)}
    with pytest.raises(WebhookVerificationError):  # outside the 5-minute tolerance
        verifier.verify(hit.body, stale)
    with pytest.raises(WebhookVerificationError):  # the id is signed too
        verifier.verify(hit.body, {**hit.headers, "webhook-id": "8"})
    with pytest.raises(WebhookVerificationError):
        verifier.verify(hit.body.replace(b"69000.5", b"1.0"), hit.headers)


def test_slack_payload_neutralises_mentions_and_disguised_links(
    receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = json.loads(post(receiver, monkeypatch, format="slack").body)["text"]
    assert "<" not in text and ">" not in text  # Slack's control sequences all live in <…>
    assert "&lt;!channel&gt;" in text
    assert "&lt;https://evil.example|SEC filing&gt;" in text
    assert "@everyone" not in text and "@here" not in text


def test_discord_payload_pings_no_one_and_masks_no_link(
    receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    payload = json.loads(post(receiver, monkeypatch, format="discord").body)
    assert payload["allowed_mentions"] == {"parse": []}
    content = payload["content"]
    assert "[SEC filing](https://evil.example)" not in content
    assert r"\[SEC filing\]\(https://evil.example\)" in content
    assert "@everyone" not in content and "@here" not in content
    assert r"\<@U123\>" in content


@pytest.mark.parametrize(
    ("text", "slack", "discord"),
    [
        ("a & b", "a &amp; b", "a & b"),
        ("<!here>", "&lt;!here&gt;", "\\<!here\\>"),
        ("@Everyone hi", "@\u200bEveryone hi", "@\u200bEveryone hi"),
        ("email@example.com", "email@example.com", "email@example.com"),
        ("*bold* _it_", "*bold* _it_", "\\*bold\\* \\_it\\_"),
    ],
)
def test_escaping_per_service(text: str, slack: str, discord: str) -> None:
    assert (slack_escape(text), discord_escape(text)) == (slack, discord)


def test_the_readme_verifier_accepts_a_real_delivery_and_refuses_a_replay(
    receiver: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    (block,) = [b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "def verify" in b]
    namespace: dict[str, Any] = {}
    exec(block, namespace)  # the README's own example, run as documented
    hit = post(receiver, monkeypatch, secret=PLAIN_SECRET)
    assert namespace["verify"](PLAIN_SECRET, hit.headers, hit.body)["alert_id"] == 7
    replay = {**hit.headers, "webhook-timestamp": str(int(time.time()) - 301)}
    with pytest.raises(WebhookVerificationError):
        namespace["verify"](PLAIN_SECRET, replay, hit.body)


def test_the_error_text_stored_for_a_delivery_is_redacted(
    tmp_path: Path, db_url: str, clock: Any
) -> None:
    """A receiver that echoes our credentials back in its error body must not put them on
    the web page (which shows each delivery's last error)."""
    from monitor import logs
    from monitor.store.tables import Delivery, DeliveryAttempt
    from tests.notify.fixtures import build, raise_alert

    logs.register_secrets(["echoed-secret-9f2c"])
    with WebhookReceiver(statuses=[400]) as receiver:
        receiver.routes["/hook"] = lambda _r: Reply(400, b"bad credentials: echoed-secret-9f2c")
        channel = f'  - {{name: hook, kind: webhook, url: "{receiver.hook_url}"}}\n'
        monitor = build(tmp_path, db_url, channel, clock)
        raise_alert(monitor, clock, "k1", ("hook",))
        monitor.dispatch()
    with monitor.sessions() as session:
        delivery = session.query(Delivery).one()
        (attempt,) = session.query(DeliveryAttempt).all()
    assert delivery.last_error == "HTTP 400: bad credentials: ***"
    assert attempt.detail == "HTTP 400: bad credentials: ***"
