"""Printing listings as a table, JSON or CSV (every listing command has --format), and
`echo`, which prints scraped text with the control characters a terminal would act on (ESC,
so colour codes, cursor moves and OSC-8 links; other C0/C1 codes; bidi overrides) removed."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import click

FORMATS = ("table", "json", "csv")
_TERMINAL_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` without characters a terminal would interpret (newlines and tabs stay)."""
    return _TERMINAL_CONTROLS.sub("", text)


def echo(text: str, **kwargs: Any) -> None:
    """click.echo for text that may carry scraped strings."""
    click.echo(terminal_safe(text), **kwargs)


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(list(rows), indent=2, default=_json_default)
    if fmt == "csv":
        return _csv(rows, columns)
    return _table(rows, columns)


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    if not rows:
        return "(none)"
    cells = [[_cell(row.get(col)) for col in columns] for row in rows]
    widths = [max(len(col), *(len(r[i]) for r in cells)) for i, col in enumerate(columns)]
    lines = ["  ".join(col.upper().ljust(w) for col, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in cells]
    return "\n".join(line.rstrip() for line in lines)


def _csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(col), limit=None) for col in columns])
    return buffer.getvalue().rstrip("\n")


def _cell(value: Any, limit: int | None = 60) -> str:
    if value is None:
        text = "-"
    elif isinstance(value, datetime):
        text = value.strftime("%Y-%m-%d %H:%M:%S")
    elif isinstance(value, dict | list):
        text = json.dumps(value, default=_json_default, separators=(",", ":"))
    else:
        text = str(value)
    text = " ".join(terminal_safe(text).split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)
