"""Alert title and message templates: Jinja2 in a sandbox (rules are data, not code)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment


@cache
def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    env.filters["money"] = lambda value: f"${float(value):,.2f}"
    env.filters["number"] = lambda value: f"{float(value):,.2f}".rstrip("0").rstrip(".")
    return env


def check(source: str) -> str | None:
    """None if the template compiles, else the syntax error."""
    try:
        environment().from_string(source)
    except TemplateSyntaxError as exc:
        return f"template error: {exc.message} (template line {exc.lineno})"
    return None


@lru_cache(maxsize=512)
def _compiled(source: str) -> Template:
    return environment().from_string(source)


def render(source: str, context: dict[str, Any]) -> str:
    """Render; a failing template falls back to a plain description rather than losing the
    alert."""
    try:
        return _compiled(source).render(**context)
    except Exception as exc:  # a broken template must never swallow an alert
        return f"{source} [template failed: {type(exc).__name__}: {exc}]"
