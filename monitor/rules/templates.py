"""Alert title and message templates: Jinja2 in a sandbox (rules are data, not code)."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from monitor import readable


@cache
def environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
    # Every figure a template writes goes through monitor.readable: "$488.5 million",
    # "6.4%", "a and b" — never scientific notation or a Python repr.
    env.filters["money"] = readable.money
    env.filters["number"] = readable.number
    env.filters["percent"] = readable.percent
    env.filters["signed_percent"] = lambda value: readable.percent(value, signed=True)
    env.filters["words"] = readable.words
    env.filters["amount"] = readable.amount
    env.filters["metric_label"] = readable.metric_label
    env.finalize = _finalize
    return env


def _finalize(value: Any) -> Any:
    """A bare `{{ value }}` of a number or list reads as text, not as a repr."""
    if isinstance(value, float | list | tuple | dict):
        return readable.text(value)
    return value


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
