"""`monitor thesis …`: list theses, show one, review it, close it with a post-mortem."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import click
from sqlalchemy.orm import Session

from monitor.commands.common import Context, format_option, pass_ctx
from monitor.output import render
from monitor.theses import reviews
from monitor.theses.model import Thesis
from monitor.theses.tracker import ThesisTracker
from monitor.theses.view import thesis_detail, thesis_summary

text_or_json = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)


@click.group("thesis")
def thesis_group() -> None:
    """Theses: pillars, kill criteria, states and reviews (theses/*.yaml)."""


@thesis_group.command("list")
@format_option
@pass_ctx
def thesis_list(ctx: Context, fmt: str) -> None:
    """Every thesis with its state, its pillars' states and whether a review is due."""
    tracker = _tracker(ctx)
    now = datetime.now(UTC)
    with ctx.sessions().begin() as session:
        rows = [thesis_summary(session, t, now) for t in tracker.theses]
    columns = ["id", "state", "pillars", "entities", "last_reviewed_at", "review_due", "title"]
    click.echo(render(rows, columns, fmt))


@thesis_group.command("show")
@click.argument("thesis_id")
@text_or_json
@pass_ctx
def thesis_show(ctx: Context, thesis_id: str, fmt: str) -> None:
    """Statement, scorecard, what changed since the last review, deadlines, evidence log."""
    with _one(ctx, thesis_id) as (session, thesis, _):
        detail = thesis_detail(session, thesis, datetime.now(UTC))
    click.echo(_json(detail) if fmt == "json" else "\n".join(detail_lines(detail)))


@thesis_group.command("review")
@click.argument("thesis_id")
@click.option("--note", default="", help="what you concluded")
@text_or_json
@pass_ctx
def thesis_review(ctx: Context, thesis_id: str, note: str, fmt: str) -> None:
    """Show what changed since the last review, then mark the thesis reviewed now."""
    now = datetime.now(UTC)
    with _one(ctx, thesis_id) as (session, thesis, _):
        changed = thesis_detail(session, thesis, now)["since_last_review"]
        _recorded(lambda: reviews.review(session, thesis, note, now))
    result = {"thesis": thesis_id, "reviewed_at": now, "note": note, "changed": changed}
    if fmt == "json":
        click.echo(_json(result))
        return
    click.echo("\n".join(changed_lines(changed)))
    click.echo(f"reviewed {thesis_id} at {now:%Y-%m-%d %H:%M} UTC")


@thesis_group.command("close")
@click.argument("thesis_id")
@click.option("--note", required=True, help="the post-mortem: what was right, what was wrong")
@text_or_json
@pass_ctx
def thesis_close(ctx: Context, thesis_id: str, note: str, fmt: str) -> None:
    """Close a thesis with a post-mortem note; the change is announced like any other."""
    now = datetime.now(UTC)
    with _one(ctx, thesis_id) as (session, thesis, tracker):
        channels = thesis.spec.channels or tracker.channel_names
        alert = _recorded(lambda: reviews.close(session, thesis, note, channels, now))
    result = {"thesis": thesis_id, "closed_at": now, "note": note, "alert_id": alert and alert.id}
    click.echo(_json(result) if fmt == "json" else f"closed {thesis_id}: {note}")


def _tracker(ctx: Context) -> ThesisTracker:
    from monitor.app import build_channels, build_theses
    from monitor.rules.loader import load_rules

    settings = ctx.settings
    channels = list(build_channels(settings))
    return build_theses(settings, load_rules(settings.rule_paths, channels), channels)


@contextmanager
def _one(ctx: Context, thesis_id: str) -> Iterator[tuple[Session, Thesis, ThesisTracker]]:
    tracker = _tracker(ctx)
    thesis = tracker.get(thesis_id)
    if thesis is None:
        known = ", ".join(t.id for t in tracker.theses) or "none configured"
        raise click.ClickException(f"no thesis {thesis_id!r} (known: {known})")
    with ctx.sessions().begin() as session:
        yield session, thesis, tracker


def _recorded(action: Any) -> Any:
    try:
        return action()
    except reviews.ReviewError as exc:
        raise click.ClickException(str(exc)) from exc


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, default=_default)


def _default(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else "never"


def _words(state: str | None) -> str:
    return (state or "new").replace("_", " ")


def detail_lines(detail: dict[str, Any]) -> list[str]:
    review = detail["review"]
    lines = [
        f"{detail['id']}: {detail['title']}",
        f"state:    {_words(detail['state']).upper()} ({detail['reason']})",
        f"entities: {', '.join(detail['entities'])} · opened {detail['opened']}",
        f"review:   last {_when(review['last_reviewed_at'])}, due {_when(review['due_at'])}"
        + (" (DUE)" if review["due"] else ""),
        "",
        detail["statement"],
        "",
        "Scorecard",
    ]
    for pillar in detail["scorecard"]:
        lines.append(f"  [{_words(pillar['state'])}] {pillar['title']}: {pillar['reason']}")
        for condition in pillar["conditions"]:
            latest = condition["latest_evidence"]
            evidence = f"  latest #{latest['alert_id']} {latest['title']}" if latest else ""
            deadline = f" by {condition['deadline']}" if condition["deadline"] else ""
            lines.append(
                f"      {condition['effect']:<9} {condition['id']:<22} "
                f"{_words(condition['state'])}{deadline}{evidence}"
            )
    lines += ["", *changed_lines(detail["since_last_review"]), "", "Upcoming deadlines"]
    lines += [
        f"  {d['deadline']}  {d['pillar']}/{d['condition']} ({_words(d['state'])}, "
        f"{d['days_left']} days)"
        for d in detail["deadlines"]
    ] or ["  (none)"]
    return lines


def changed_lines(changed: dict[str, Any]) -> list[str]:
    lines = [f"Since the last review ({_when(changed['since'])})"]
    for item in changed["timeline"]:
        entry = item["entry"]
        if item["what"] == "evidence":
            lines.append(
                f"  {entry['fired_at']:%Y-%m-%d}  {entry['direction']:<11} "
                f"{entry['pillar']}/{entry['condition']}  #{entry['alert_id']} {entry['title']}"
            )
            continue
        what = "thesis" if entry["scope"] == "thesis" else f"pillar {entry['key']}"
        lines.append(
            f"  {entry['changed_at']:%Y-%m-%d}  {what}: {_words(entry['from'])} → "
            f"{_words(entry['to'])} ({entry['reason']})"
        )
    if len(lines) == 1:
        lines.append("  nothing new")
    return lines
