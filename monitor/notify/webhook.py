"""Channel kind `webhook`: an HTTP POST of the alert document, signed, idempotent.

Signing follows Standard Webhooks (https://www.standardwebhooks.com): `webhook-id`,
`webhook-timestamp` and `webhook-signature` (`v1,<base64 HMAC-SHA256 of id.timestamp.body>`),
so a receiver verifies with the published libraries in any language and rejects replays
outside its tolerance window. Chat formats (Slack, Discord) escape scraped text per service.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from typing import Literal

import requests
from pydantic import Field

from monitor.deadline import Deadline, DeadlineAdapter, DeadlineExceeded
from monitor.model import Alert
from monitor.notify import CHANNELS, chat
from monitor.notify.base import Channel, ChannelConfig, DeliveryError
from monitor.notify.payload import alert_document

RETRYABLE_STATUSES = frozenset({408, 425, 429})


class WebhookConfig(ChannelConfig):
    kind: Literal["webhook"]
    url: str = Field(pattern=r"^https?://")
    secret_env: str | None = Field(
        None, description="environment variable holding the HMAC-SHA256 signing secret"
    )
    timeout_seconds: float = Field(10.0, gt=0)
    headers: dict[str, str] = Field(default_factory=dict)
    format: Literal["json", "slack", "discord"] = Field(
        "json", description="json: the documented alert document; slack/discord: chat text"
    )


SECRET_PREFIX = "whsec_"


def signing_key(secret: str) -> bytes:
    """The HMAC key: a Standard Webhooks secret (`whsec_` + base64) is decoded; any other
    secret is used as its UTF-8 bytes (a receiver then passes `secret.encode()`)."""
    if secret.startswith(SECRET_PREFIX):
        return base64.b64decode(secret.removeprefix(SECRET_PREFIX) + "==")
    return secret.encode()


def standard_signature(secret: str, message_id: str, timestamp: str, body: bytes) -> str:
    """Standard Webhooks v1: base64 HMAC-SHA256 over `id.timestamp.body`."""
    message = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(signing_key(secret), message, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The legacy `X-Signal-Monitor-Signature`: hex HMAC-SHA256 over `timestamp.body`."""
    message = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


@CHANNELS.register("webhook")
class WebhookChannel(Channel):
    """POSTs the alert as JSON (schema in README.md). Headers: `webhook-id` and
    `Idempotency-Key` (both the alert id, the same on every retry), `X-Signal-Monitor-Delivery`
    (the delivery id), and, with `secret_env`, the Standard Webhooks `webhook-timestamp` and
    `webhook-signature` (plus the legacy `X-Signal-Monitor-Timestamp` and
    `X-Signal-Monitor-Signature`). `format: slack` or `discord` posts a chat message instead
    of the alert document, its scraped text escaped for that service (no mentions, no
    disguised links).
    2xx is delivered; 408, 425, 429, 5xx and connection errors are retried; other 4xx fail
    for good with the response recorded.
    """

    Config = WebhookConfig
    config: WebhookConfig

    def __init__(self, config: WebhookConfig) -> None:
        super().__init__(config)
        self._session = requests.Session()
        for scheme in ("http://", "https://"):
            self._session.mount(scheme, DeadlineAdapter())

    @property
    def deadline_seconds(self) -> float:
        """The whole exchange (connect, send, reply) is cut after this: a receiver that
        trickles its answer must not hold the delivery's lease for ever."""
        return 3 * self.config.timeout_seconds

    def missing_secrets(self) -> list[str]:
        env = self.config.secret_env
        return [env] if env and not os.environ.get(env) else []

    def send(self, alert: Alert, delivery_id: int) -> str:
        body = json.dumps(self._document(alert, delivery_id), default=str).encode()
        headers = self._headers(alert, delivery_id, body)
        with Deadline(self.deadline_seconds) as deadline:
            try:
                response = self._session.post(
                    self.config.url,
                    data=body,
                    headers=headers,
                    timeout=self.config.timeout_seconds,
                    allow_redirects=False,
                )
                verdict = _judge(response)
            except (requests.RequestException, DeadlineExceeded) as exc:
                if deadline.expired or isinstance(exc, DeadlineExceeded):
                    reason = f"timed out after {self.deadline_seconds:.0f}s total"
                else:
                    reason = f"connection failed: {type(exc).__name__}"
                raise DeliveryError(reason, retryable=True) from exc
            if deadline.expired:  # the reply may have been cut short
                raise DeliveryError(
                    f"timed out after {self.deadline_seconds:.0f}s total", retryable=True
                )
        return verdict

    def _document(self, alert: Alert, delivery_id: int) -> dict[str, object]:
        if self.config.format == "json":
            return alert_document(alert, delivery_id)
        if self.config.format == "slack":
            return chat.slack_message(alert)
        return chat.discord_message(alert)

    def _headers(self, alert: Alert, delivery_id: int, body: bytes) -> dict[str, str]:
        message_id = str(alert.id)
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "SignalMonitor-Webhook/1",
            "webhook-id": message_id,
            "Idempotency-Key": message_id,
            "X-Signal-Monitor-Delivery": str(delivery_id),
            **self.config.headers,
        }
        if self.config.secret_env:
            secret = os.environ.get(self.config.secret_env)
            if not secret:
                raise DeliveryError(
                    f"signing secret ${self.config.secret_env} is not set", retryable=True
                )
            timestamp = str(int(time.time()))  # the receiver's wall clock judges it: not ours
            headers["webhook-timestamp"] = timestamp
            headers["webhook-signature"] = standard_signature(secret, message_id, timestamp, body)
            headers["X-Signal-Monitor-Timestamp"] = timestamp
            headers["X-Signal-Monitor-Signature"] = sign(secret, timestamp, body)
        return headers


def _judge(response: requests.Response) -> str:
    status = response.status_code
    if 200 <= status < 300:
        return f"HTTP {status}"
    detail = f"HTTP {status}: {response.text[:500]}"
    retryable = status >= 500 or status in RETRYABLE_STATUSES
    raise DeliveryError(detail, retryable=retryable)
