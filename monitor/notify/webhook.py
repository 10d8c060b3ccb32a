"""Channel kind `webhook`: an HTTP POST of the alert document, signed, idempotent."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from typing import Literal

import requests
from pydantic import Field

from monitor.model import Alert
from monitor.notify import CHANNELS
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


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """HMAC-SHA256 over `timestamp.body`, hex, prefixed `sha256=`."""
    message = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


@CHANNELS.register("webhook")
class WebhookChannel(Channel):
    """POSTs the alert as JSON (schema in README.md). Headers: `Idempotency-Key` (the alert
    id, the same on every retry), `X-Signal-Monitor-Delivery` (the delivery id), and, with
    `secret_env`, `X-Signal-Monitor-Timestamp` and `X-Signal-Monitor-Signature`.
    `format: slack` or `discord` posts a chat message instead of the alert document.
    2xx is delivered; 408, 425, 429, 5xx and connection errors are retried; other 4xx fail
    for good with the response recorded.
    """

    Config = WebhookConfig
    config: WebhookConfig

    def __init__(self, config: WebhookConfig) -> None:
        super().__init__(config)
        self._session = requests.Session()

    def missing_secrets(self) -> list[str]:
        env = self.config.secret_env
        return [env] if env and not os.environ.get(env) else []

    def send(self, alert: Alert, delivery_id: int) -> str:
        body = json.dumps(self._document(alert, delivery_id), default=str).encode()
        try:
            response = self._session.post(
                self.config.url,
                data=body,
                headers=self._headers(alert, delivery_id, body),
                timeout=self.config.timeout_seconds,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise DeliveryError(f"connection failed: {type(exc).__name__}", retryable=True) from exc
        return _judge(response)

    def _document(self, alert: Alert, delivery_id: int) -> dict[str, object]:
        if self.config.format == "json":
            return alert_document(alert, delivery_id)
        text = f"*[{alert.severity.upper()}] {alert.title}*\n{alert.body}"
        return {"text": text} if self.config.format == "slack" else {"content": text[:2000]}

    def _headers(self, alert: Alert, delivery_id: int, body: bytes) -> dict[str, str]:
        headers = {
            "Content-Type": "application/json",
            "User-Agent": "SignalMonitor-Webhook/1",
            "Idempotency-Key": str(alert.id),
            "X-Signal-Monitor-Delivery": str(delivery_id),
            **self.config.headers,
        }
        if self.config.secret_env:
            secret = os.environ.get(self.config.secret_env)
            if not secret:
                raise DeliveryError(
                    f"signing secret ${self.config.secret_env} is not set", retryable=True
                )
            timestamp = str(int(time.time()))
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
