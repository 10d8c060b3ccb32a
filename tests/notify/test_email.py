"""The email channel against a real SMTP server (aiosmtpd)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.clock import ManualClock
from monitor.store.tables import Delivery
from tests.notify.fixtures import SCRAPED_TITLE, build, raise_alert
from tests.notify.smtp import SmtpServer


def email_channel(port: int, extra: str = "") -> str:
    return f"""\
  - name: mail
    kind: email
    host: 127.0.0.1
    port: {port}
    security: plain
    sender: monitor@example.com
    recipients: [analyst@example.com, desk@example.com]
{extra}"""


def test_mail_is_multipart_with_escaped_html_and_reaches_every_recipient(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with SmtpServer() as smtp:
        monitor = build(tmp_path, db_url, email_channel(smtp.port), clock)
        raise_alert(monitor, clock, "k1", ("mail",))
        assert monitor.dispatch().sent == 1
        (message,) = smtp.messages
        envelope = smtp.recorder.envelopes[0]
    assert envelope.rcpt_tos == ["analyst@example.com", "desk@example.com"]
    assert message["Subject"] == f"[signal-monitor] {SCRAPED_TITLE}"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert SCRAPED_TITLE in text and "sold 4,451 Bitcoin <b>for</b>" in text
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;for&lt;/b&gt;" in html
    assert 'href="https://www.sec.gov/Archives/edgar/data/1725123/x.htm"' in html
    assert message["X-Signal-Monitor-Alerts"] == "1"


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        ("451 4.3.0 Try again later", "pending"),
        ("550 5.1.1 Mailbox unavailable", "failed"),
    ],
)
def test_smtp_4xx_is_retried_and_5xx_is_permanent(
    tmp_path: Path, db_url: str, clock: ManualClock, reply: str, status: str
) -> None:
    with SmtpServer(replies=[reply]) as smtp:
        monitor = build(tmp_path, db_url, email_channel(smtp.port), clock)
        raise_alert(monitor, clock, "k1", ("mail",))
        monitor.dispatch()
        with monitor.sessions() as session:
            delivery = session.query(Delivery).one()
        assert (delivery.status, delivery.last_error[:8]) == (status, f"SMTP {reply[:3]}")
        clock.advance(timedelta(seconds=5))
        monitor.dispatch()
        sent = len(smtp.messages)
    assert sent == (1 if status == "pending" else 0)


def test_a_digest_waits_for_its_interval_then_sends_one_message(
    tmp_path: Path, db_url: str, clock: ManualClock
) -> None:
    with SmtpServer() as smtp:
        channel = email_channel(smtp.port, "    digest_minutes: 10\n")
        monitor = build(tmp_path, db_url, channel, clock)
        raise_alert(monitor, clock, "k1", ("mail",), title="First alert")
        clock.advance(timedelta(minutes=4))
        raise_alert(monitor, clock, "k2", ("mail",), title="Second alert")
        assert monitor.dispatch().sent == 0
        clock.advance(timedelta(minutes=7))
        assert monitor.dispatch().sent == 2
        clock.advance(timedelta(minutes=30))
        assert monitor.dispatch().sent == 0
        (message,) = smtp.messages
    assert message["Subject"] == "[signal-monitor] 2 alerts: First alert; Second alert"
    body = message.get_body(("plain",)).get_content()
    assert "First alert" in body and "Second alert" in body


def test_connection_refused_is_retried(tmp_path: Path, db_url: str, clock: ManualClock) -> None:
    monitor = build(tmp_path, db_url, email_channel(9), clock)
    raise_alert(monitor, clock, "k1", ("mail",))
    assert monitor.dispatch().retrying == 1
