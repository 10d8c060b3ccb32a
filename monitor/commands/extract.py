"""`monitor extract`: run the metric extractor over a file, a URL or stdin and print what it finds.

    monitor extract ex99-1.htm --published 2026-02-03 --entity CANG
    curl -s https://… | monitor extract - --format json

A dry run of the extraction step: nothing is stored. HTML is recognised by the file name, the
response's Content-Type or the first bytes, and turned into clean text first; every `start`/
`end` offset refers to that clean text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click
import requests

from monitor import __version__
from monitor.extract import Extracted, extract
from monitor.output import echo, render

FETCH_TIMEOUT_SECONDS = 20
_HTML_SUFFIXES = frozenset({".htm", ".html", ".xhtml", ".xml"})
_TABLE_COLUMNS = ("metric", "value", "unit", "period", "kind", "evidence")


@click.command("extract")
@click.argument("source", default="-", metavar="[FILE|URL|-]")
@click.option(
    "--published",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Publication date (YYYY-MM-DD); puts a year on months named without one.",
)
@click.option("--entity", metavar="TICKER", help="Ticker the document is about (drops peers).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
@click.option(
    "--content-type",
    help="Override the detected type, e.g. text/html or text/plain.",
)
def extract_command(
    source: str,
    published: dt.datetime | None,
    entity: str | None,
    fmt: str,
    content_type: str | None,
) -> None:
    """Print the metrics (BTC sold/produced/held, debt, AI capex…) found in a document."""
    body, detected = _read(source)
    observations = extract(
        body,
        content_type=content_type or detected,
        published=published.date() if published else None,
        entity=entity.upper() if entity else None,
    )
    echo(_render(observations, fmt))


def _read(source: str) -> tuple[bytes, str]:
    """The document's bytes and its content type (detected)."""
    if source.startswith(("http://", "https://")):
        return _fetch(source)
    if source == "-":
        body = sys.stdin.buffer.read()
        return body, _sniff(body)
    path = Path(source)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {source}: {exc.strerror or exc}") from exc
    if path.suffix.lower() in _HTML_SUFFIXES:
        return body, "text/html"
    return body, _sniff(body)


def _fetch(url: str) -> tuple[bytes, str]:
    headers = {"User-Agent": os.environ.get("MONITOR_USER_AGENT", f"signal-monitor/{__version__}")}
    try:
        response = requests.get(url, timeout=FETCH_TIMEOUT_SECONDS, headers=headers)
        response.raise_for_status()
    except requests.RequestException as exc:
        raise click.ClickException(f"could not fetch {url}: {exc}") from exc
    declared = response.headers.get("Content-Type", "")
    return response.content, declared if declared else _sniff(response.content)


def _sniff(body: bytes) -> str:
    head = body[:2048].lstrip().lower()
    markers = (b"<!doctype", b"<html", b"<body", b"<p", b"<div", b"<table", b"<?xml")
    return "text/html" if head.startswith(b"<") or any(m in head for m in markers) else "text/plain"


def _render(observations: list[Extracted], fmt: str) -> str:
    rows = [item.to_dict() for item in observations]
    if fmt == "json":
        return json.dumps(rows, indent=2, ensure_ascii=False)
    return render(rows, _TABLE_COLUMNS, "table")
