"""What every command shares: the lazily loaded context, --format, time options."""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from typing import Any

import click
from sqlalchemy.orm import Session, sessionmaker

from monitor import logs
from monitor.app import Monitor, build_monitor
from monitor.config import Settings, load_settings, resolve_config_path
from monitor.output import FORMATS
from monitor.store.db import make_engine, session_factory, upgrade

format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)


class Context:
    """Lazily loaded settings and monitor, shared by the subcommands of one invocation."""

    def __init__(self, config_path: str | None, log_handler: logging.Handler | None = None) -> None:
        self.config_path = resolve_config_path(config_path)
        self.log_handler = log_handler
        self._settings: Settings | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config_path)
            names = logs.secret_names(self._settings.channels, self._settings.config.web)
            logs.register_secrets(os.environ.get(name, "") for name in names)
            if self.log_handler is not None:
                logs.redact_environment(self.log_handler, names)
        return self._settings

    def monitor(self, **kwargs: Any) -> Monitor:
        return build_monitor(self.settings, **kwargs)

    def sessions(self) -> sessionmaker[Session]:
        """Sessions on the configured database (an embedded SQLite is brought up to date)."""
        db = make_engine(self.settings.database_url)
        if db.dialect.name == "sqlite":
            upgrade(db)
        return session_factory(db)


pass_ctx = click.make_pass_decorator(Context)


def moment(value: str | None) -> datetime | None:
    """An ISO date or datetime from the command line; UTC unless it says otherwise."""
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"not an ISO date or datetime: {value!r}") from exc
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
