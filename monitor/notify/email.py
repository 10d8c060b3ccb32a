"""Channel kind `email`: SMTP (plain, STARTTLS or implicit TLS), multipart text + HTML."""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Literal

from pydantic import Field

from monitor.model import Alert
from monitor.notify import CHANNELS
from monitor.notify.base import Channel, ChannelConfig, DeliveryError
from monitor.notify.render import alert_html, alert_text, subject


class EmailConfig(ChannelConfig):
    kind: Literal["email"]
    host: str
    port: int | None = Field(None, description="default: 25, 587 for starttls, 465 for tls")
    security: Literal["plain", "starttls", "tls"] = "starttls"
    username_env: str | None = Field(None, description="environment variable with the login")
    password_env: str | None = Field(None, description="environment variable with the password")
    sender: str = Field(pattern=r".+@.+")
    recipients: list[str] = Field(min_length=1)
    subject_prefix: str = "[signal-monitor] "
    timeout_seconds: float = Field(20.0, gt=0)
    digest_minutes: float | None = Field(
        None, gt=0, description="send one message per interval carrying all its alerts"
    )
    verify_tls: bool = True


@CHANNELS.register("email")
class EmailChannel(Channel):
    """Sends each alert as a multipart e-mail (plain text and HTML; every scraped string is
    escaped). Credentials come from the environment variables named by `username_env` and
    `password_env`. SMTP 4xx replies and connection failures are retried; 5xx replies fail
    for good. With `digest_minutes`, alerts are gathered and sent as one message per interval.
    """

    Config = EmailConfig
    config: EmailConfig

    @property
    def digest_minutes(self) -> float | None:
        return self.config.digest_minutes

    def missing_secrets(self) -> list[str]:
        names = [self.config.username_env, self.config.password_env]
        return [name for name in names if name and not os.environ.get(name)]

    def send(self, alert: Alert, delivery_id: int) -> str:
        return self.send_many([alert])

    def send_many(self, alerts: Sequence[Alert]) -> str:
        message = self._message(alerts)
        try:
            with self._connect() as smtp:
                self._login(smtp)
                refused = smtp.send_message(message)
        except smtplib.SMTPResponseException as exc:
            raise _judged(exc.smtp_code, exc.smtp_error) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _msg in exc.recipients.values()]
            raise DeliveryError(
                f"recipients refused: {exc.recipients}",
                retryable=all(400 <= c < 500 for c in codes),
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(
                f"SMTP connection failed: {type(exc).__name__}: {exc}", retryable=True
            ) from exc
        if refused:
            return f"sent; refused by some recipients: {sorted(refused)}"
        return f"sent to {len(self.config.recipients)} recipient(s) as {message['Message-ID']}"

    def _message(self, alerts: Sequence[Alert]) -> EmailMessage:
        message = EmailMessage()
        message["Subject"] = subject(alerts, self.config.subject_prefix)
        message["From"] = self.config.sender
        message["To"] = ", ".join(self.config.recipients)
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = make_msgid(domain=self.config.sender.split("@")[-1])
        # The same value on every retry lets a mail filter drop duplicates.
        message["X-Signal-Monitor-Alerts"] = ",".join(str(a.id) for a in alerts)
        message.set_content(alert_text(alerts))
        message.add_alternative(alert_html(alerts), subtype="html")
        return message

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        context = ssl.create_default_context()
        if not config.verify_tls:
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        if config.security == "tls":
            return smtplib.SMTP_SSL(
                config.host, config.port or 465, timeout=config.timeout_seconds, context=context
            )
        smtp = smtplib.SMTP(
            config.host,
            config.port or (587 if config.security == "starttls" else 25),
            timeout=config.timeout_seconds,
        )
        if config.security == "starttls":
            smtp.starttls(context=context)
        return smtp

    def _login(self, smtp: smtplib.SMTP) -> None:
        if self.config.username_env:
            username = os.environ.get(self.config.username_env, "")
            password = os.environ.get(self.config.password_env or "", "")
            smtp.login(username, password)


def _judged(code: int, text: bytes | str) -> DeliveryError:
    reply = text.decode(errors="replace") if isinstance(text, bytes) else str(text)
    return DeliveryError(f"SMTP {code}: {reply}", retryable=400 <= code < 500)
