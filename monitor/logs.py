"""Logging set-up: text or JSON lines, and secrets redacted from every record.

The values of the secret environment variables (signing secrets, SMTP credentials, the web
token) are registered once; `redact_text` blanks them in anything about to be logged or stored
(a delivery's error text), and the handler's filter blanks them in messages and in tracebacks.
"""

from __future__ import annotations

import json
import logging
import os
import threading
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
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


_secrets: set[str] = set()
_secrets_lock = threading.Lock()


def register_secrets(values: Iterable[str]) -> None:
    """Remember secret values (four characters or more) to blank wherever text leaves us."""
    with _secrets_lock:
        _secrets.update(v for v in values if len(v) >= 4)


def redact_text(text: str) -> str:
    """`text` with every registered secret replaced by ***."""
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, REDACTED)
    return text


class RedactSecrets(logging.Filter):
    """Blanks registered secrets in a record's message, traceback and stack."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        record.msg, record.args = redact_text(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
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
    """Redact the values of these environment variables from everything the handler writes
    (and from the error text the dispatcher stores)."""
    register_secrets(os.environ.get(name, "") for name in names)
    if not any(isinstance(f, RedactSecrets) for f in handler.filters):
        handler.addFilter(RedactSecrets())


def secret_names(settings_channels: Iterable[object], web: object = None) -> list[str]:
    """Environment variable names the channels (and the web page's token) read secrets from."""
    names = []
    for owner in [*settings_channels, web]:
        for attr in ("secret_env", "password_env", "username_env", "url_env", "token_env"):
            value = getattr(owner, attr, None)
            if value:
                names.append(value)
    return names
