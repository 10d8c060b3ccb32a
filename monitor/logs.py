"""Logging set-up: text or JSON lines, and secrets redacted from every record."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from datetime import UTC, datetime

REDACTED = "***"


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, message (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class RedactSecrets(logging.Filter):
    """Replaces the values of secret environment variables wherever they would be logged."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self.secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        for secret in self.secrets:
            message = message.replace(secret, REDACTED)
        record.msg, record.args = message, None
        return True


def configure(level: str, fmt: str) -> logging.Handler:
    """Install one stderr handler on the root logger."""
    handler = logging.StreamHandler()
    if fmt == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # Their INFO lines (every scheduler tick, every migration check) drown what matters.
    for chatty in ("apscheduler", "alembic"):
        logging.getLogger(chatty).setLevel(max(logging.WARNING, root.level))
    # Each retry is logged by urllib3; the source's own failure line already says it all.
    logging.getLogger("urllib3").setLevel(max(logging.ERROR, root.level))
    return handler


def redact_environment(handler: logging.Handler, names: Iterable[str]) -> None:
    """Redact the values of these environment variables from everything the handler writes."""
    handler.addFilter(RedactSecrets(os.environ.get(name, "") for name in names))


def secret_names(settings_channels: Iterable[object]) -> list[str]:
    """Environment variable names the channels read secrets from."""
    names = []
    for channel in settings_channels:
        for attr in ("secret_env", "password_env", "username_env", "url_env"):
            value = getattr(channel, attr, None)
            if value:
                names.append(value)
    return names
