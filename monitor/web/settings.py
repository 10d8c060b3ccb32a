"""The `web:` section of monitor.yaml: where the page listens and who may act on it.

Reading is open to anyone who can reach the address (127.0.0.1 by default). Acting —
acknowledging an alert, adding or expiring a silence — needs the bearer token held in the
environment variable named by `token_env`; with no token configured, actions are refused.
"""

from __future__ import annotations

import os
from typing import Any

from pydantic import Field

from monitor.registry import StrictModel


class WebSettings(StrictModel):
    """How `monitor web` (and `monitor run --web`) serve the alert history page and API."""

    host: str = Field("127.0.0.1", description="address to bind; 0.0.0.0 exposes it to all")
    port: int = Field(8080, ge=1, le=65535, description="TCP port")
    token_env: str | None = Field(
        None,
        pattern=r"^[A-Za-z_][A-Za-z0-9_]*$",
        description="environment variable holding the bearer token that allows actions",
    )
    trusted_hosts: list[str] = Field(
        default_factory=list,
        description="Host header values served (*.example.com allowed); empty: loopback "
        "names and `host` — list the names you reach it by when binding 0.0.0.0",
    )
    session_hours: float = Field(
        12.0, gt=0, le=24 * 30, description="a sign-in lasts this long (sign-out ends it)"
    )

    def allowed_hosts(self) -> list[str]:
        """Host headers to serve: a request naming another host (DNS rebinding) gets 400."""
        if self.trusted_hosts:
            return list(self.trusted_hosts)
        hosts = ["127.0.0.1", "localhost", "::1", "[::1]"]
        if self.host not in ("0.0.0.0", "::", "", *hosts):
            hosts.append(self.host)
        return hosts

    def token(self) -> str | None:
        """The configured token, or None when no variable is named or it is empty."""
        if not self.token_env:
            return None
        return os.environ.get(self.token_env) or None


def web_settings(settings: Any) -> WebSettings:
    """The `web` section of loaded Settings, or the defaults when the config has none."""
    config = getattr(settings, "config", None)
    found = getattr(config, "web", None)
    if found is None:
        return WebSettings()
    if isinstance(found, WebSettings):
        return found
    dump = found.model_dump() if hasattr(found, "model_dump") else found
    return WebSettings.model_validate(dump)
