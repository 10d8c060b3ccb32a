"""Channel kind `apprise`: any chat or push service Apprise knows, under the project's outbox.

Apprise sends; the outbox decides. Apprise's own retries are switched off (a URL's `?retry=`
is overridden), so retries, back-off, the dead state, silences and digests stay the
dispatcher's. What Apprise reports is mapped onto the outbox's vocabulary:

* sent → delivered;
* a failure (the service refused, the connection failed) → retried with back-off;
* a timeout after the request went out (read timeout, or the call's deadline) → one more try,
  then the delivery is recorded as `unknown`: a timed-out send may have arrived, and sending
  it a third time risks a duplicate the service cannot drop.

Apprise's own log lines are captured per send and kept in the delivery log, never in the
process log (they may carry payloads).

Scraped text (titles, quotes) is made harmless before Apprise renders it for the service:
mentions (`@everyone`, `@here`, `<@123>`, `<!channel>`) and disguised links
(`[SEC filing](https://…)`) are broken with a zero-width space, and the body goes out as plain
text, which Apprise escapes for each service's own markup (Slack's `<…|…>`, HTML, Markdown).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from typing import Literal

import apprise
from pydantic import Field, field_validator, model_validator

from monitor.model import Alert, DeliveryStatus, Severity
from monitor.notify import CHANNELS
from monitor.notify.base import Channel, ChannelConfig, DeliveryError
from monitor.notify.render import alert_text, subject

_ZWSP = "\u200b"
# "@everyone", "@here", "<@123>", "<@&456>": a zero-width space after "@" defuses them all.
_MENTION = re.compile(r"@(?=[\w&!])")
# Slack's special mentions and links start with "<!" / "<@" / "<#"; Markdown links "[x](url)".
_SLACK_TOKEN = re.compile(r"<(?=[!#@])")
_MARKDOWN_LINK = re.compile(r"\]\(")
# Only a READ timeout means the request went out: a connect timeout ("Connection to … timed
# out. (connect timeout=…)") sent nothing and is retried like any failure.
_READ_TIMEOUT = re.compile(r"read timed out", re.I)
# A delivery ("delivery", (id,)) or a digest ("digest", alert ids).
SendKey = tuple[str, tuple[int, ...]]
_SEVERITY_TYPE = {
    Severity.INFO: apprise.NotifyType.INFO,
    Severity.WARNING: apprise.NotifyType.WARNING,
    Severity.CRITICAL: apprise.NotifyType.FAILURE,
}
_SEVERITY_ORDER = list(_SEVERITY_TYPE)


class AppriseConfig(ChannelConfig):
    kind: Literal["apprise"]
    url: str | None = Field(
        None, description="an Apprise URL, e.g. ntfy://ntfy.example.com/alerts (no secrets)"
    )
    url_env: str | None = Field(
        None, description="environment variable holding the Apprise URL (for URLs with tokens)"
    )
    timeout_seconds: float = Field(
        20.0, gt=0, description="deadline for one send; a send that times out may have arrived"
    )
    digest_minutes: float | None = Field(
        None, gt=0, description="send one message per interval carrying all its alerts"
    )

    @field_validator("url")
    @classmethod
    def _known_url(cls, url: str | None) -> str | None:
        if url is not None:
            _instantiate(url)
        return url

    @model_validator(mode="after")
    def _one_source_of_url(self) -> AppriseConfig:
        if (self.url is None) == (self.url_env is None):
            raise ValueError("give exactly one of url and url_env")
        return self


def _instantiate(url: str) -> apprise.NotifyBase:
    """The Apprise service for `url`; ValueError (naming only the scheme) when Apprise does
    not know the scheme or rejects the URL. The URL itself is never echoed: it may hold a
    token."""
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if plugin is None:
        scheme = url.split("://", 1)[0] if "://" in url else "(none)"
        raise ValueError(
            f"not a URL Apprise accepts (scheme {scheme!r}); see the Apprise wiki for the "
            "service's URL form"
        )
    # Retries are the outbox's: one attempt per send, whatever the URL's ?retry= says.
    plugin.retry = 0
    return plugin


def defuse(text: str) -> str:
    """Scraped text that can no longer mention anyone or disguise a link."""
    text = _MENTION.sub("@" + _ZWSP, text)
    text = _SLACK_TOKEN.sub("<" + _ZWSP, text)
    return _MARKDOWN_LINK.sub("]" + _ZWSP + "(", text)


@CHANNELS.register("apprise")
class AppriseChannel(Channel):
    """Sends each alert to one Apprise URL: Slack, Discord, Telegram, Microsoft Teams,
    Matrix, ntfy, Pushover, Gotify, a JSON or form POST (`json://`, `form://`) and the many
    other services Apprise supports. Give the URL in `url`, or, when it holds a token, the
    name of an environment variable in `url_env`. Apprise's own retries are off: the outbox
    retries failures with back-off; a send that times out is tried once more and then
    recorded as `unknown` (it may have arrived). Mentions and disguised links in scraped text
    are defused, and the text is escaped for the service's markup. An unknown or malformed URL
    is refused by `monitor check`.
    """

    Config = AppriseConfig
    config: AppriseConfig

    def __init__(self, config: AppriseConfig) -> None:
        super().__init__(config)
        self._timed_out: set[SendKey] = set()  # sends whose last try timed out
        _capture_apprise_logs()

    @property
    def digest_minutes(self) -> float | None:
        return self.config.digest_minutes

    def missing_secrets(self) -> list[str]:
        env = self.config.url_env
        return [env] if env and not os.environ.get(env) else []

    def send(self, alert: Alert, delivery_id: int) -> str:
        return self._notify([alert], delivery_id)

    def send_many(self, alerts: Sequence[Alert]) -> str:
        return self._notify(list(alerts), None)

    def _notify(self, alerts: list[Alert], delivery_id: int | None) -> str:
        key = _send_key(alerts, delivery_id)
        notifier = apprise.Apprise()
        notifier.add(self._service())
        result = notifier.notify(
            body=defuse(alert_text(alerts)),
            title=defuse(subject(alerts, "")),
            notify_type=_notify_type(alerts),
            body_format=apprise.NotifyFormat.TEXT,
            timeout=self.config.timeout_seconds,
            log_level=logging.DEBUG,  # the socket error says whether a read timed out
        )
        if result:
            self._timed_out.discard(key)
            return "sent through Apprise"
        if _timed_out(result):
            raise self._timeout(key)
        raise DeliveryError(_failure(result), retryable=True)

    def _service(self) -> apprise.NotifyBase:
        url = self.config.url or os.environ.get(self.config.url_env or "", "")
        if not url:
            raise DeliveryError(f"${self.config.url_env} is not set", retryable=True)
        try:
            return _instantiate(url)
        except ValueError as exc:
            raise DeliveryError(f"${self.config.url_env}: {exc}", retryable=False) from exc

    def _timeout(self, key: SendKey) -> DeliveryError:
        if key in self._timed_out:
            self._timed_out.discard(key)
            return DeliveryError(
                "timed out twice; the message may have arrived, so it is not sent again",
                retryable=False,
                status=DeliveryStatus.UNKNOWN,
            )
        self._timed_out.add(key)
        message = "timed out; the message may have arrived: one more try"
        return DeliveryError(message, retryable=True)


def _send_key(alerts: list[Alert], delivery_id: int | None) -> SendKey:
    """What a retry of this send is recognised by: the delivery, or for a digest (which has
    no delivery id) the alerts it carries, so two different digests never share a timeout."""
    if delivery_id is not None:
        return ("delivery", (delivery_id,))
    return ("digest", tuple(sorted(alert.id for alert in alerts)))


def _capture_apprise_logs() -> None:
    """Apprise's log lines belong to the delivery they describe, not to the process log: each
    send captures them (down to the socket error that tells a read timeout from a refusal)
    and the delivery log keeps its warnings. Kept out of the process log, debug lines with
    payloads and URLs never reach it."""
    logger = logging.getLogger("apprise")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False


def _notify_type(alerts: list[Alert]) -> apprise.NotifyType:
    worst = max((Severity(a.severity) for a in alerts), key=_SEVERITY_ORDER.index)
    return _SEVERITY_TYPE[worst]


def _timed_out(result: apprise.AppriseResult) -> bool:
    if result.status == apprise.AppriseResultStatus.TIMEOUT:
        return True
    return any(_READ_TIMEOUT.search(entry.message) for entry in result.logs())


def _failure(result: apprise.AppriseResult) -> str:
    """The service's own complaint (warnings and errors only: debug lines carry payloads)."""
    lines = [e.message for e in result.logs() if e.level in ("WARNING", "ERROR")]
    return "; ".join(lines)[:500] or f"Apprise reported {result.status.name.lower()}"
