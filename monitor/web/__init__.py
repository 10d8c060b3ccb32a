"""The alert history web page and JSON API.

`monitor.web.app.create_app` builds it, `monitor.web.server.serve_in_thread` runs it beside
the scheduler, `monitor.web.settings.WebSettings` is its configuration section. The names are
also reachable from here, loaded on first use, so config.py can import the settings module
without pulling in FastAPI and the routes.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "create_app": "monitor.web.app",
    "serve_in_thread": "monitor.web.server",
    "ServerHandle": "monitor.web.server",
    "WebSettings": "monitor.web.settings",
    "web_settings": "monitor.web.settings",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
