"""`monitor alerts …`: list, show, acknowledge and redeliver alerts."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

import click

from monitor import readable
from monitor.commands.common import Context, format_option, moment, pass_ctx
from monitor.output import echo, render
from monitor.store import alerts as alert_store
from monitor.store import deliveries, tables
from monitor.store import theses as thesis_store


@click.group("alerts")
def alerts_group() -> None:
    """Review raised alerts."""


@alerts_group.command("list")
@click.option("--since", help="ISO date or datetime (UTC unless given)")
@click.option("--until", help="ISO date or datetime")
@click.option("--rule", "rule_id")
@click.option("--entity")
@click.option("--severity", type=click.Choice(["info", "warning", "critical"]))
@click.option("--state", type=click.Choice(["open", "acknowledged"]))
@click.option("--limit", type=int, default=100, show_default=True)
@format_option
@pass_ctx
def alerts_list(
    ctx: Context,
    since: str | None,
    until: str | None,
    rule_id: str | None,
    entity: str | None,
    severity: str | None,
    state: str | None,
    limit: int,
    fmt: str,
) -> None:
    """List alerts, newest first, with the state of their deliveries."""
    where = alert_store.AlertFilter(
        rule_id, entity, severity, state, moment(since), moment(until), limit
    )
    with ctx.sessions().begin() as session:
        found = alert_store.list_alerts(session, where)
        summary = alert_store.delivery_summary(session, [a.id for a in found])
    rows = [{**asdict(a), "deliveries": summary[a.id]} for a in found]
    columns = ["id", "fired_at", "severity", "rule_id", "entity", "title", "deliveries"]
    echo(render(rows, columns, fmt))


@alerts_group.command("show")
@click.argument("alert_id", type=int)
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@pass_ctx
def alerts_show(ctx: Context, alert_id: int, fmt: str) -> None:
    """The reason, values, evidence, triggering events and delivery log of one alert."""
    with ctx.sessions().begin() as session:
        detail = _detail(session, alert_id)
    if fmt == "json":
        echo(json.dumps(detail, indent=2, default=str))
    else:
        echo(_as_text(detail))


def _detail(session: Any, alert_id: int) -> dict[str, Any]:
    row = session.get(tables.Alert, alert_id)
    if row is None:
        raise click.ClickException(f"no alert #{alert_id}")
    alert = asdict(alert_store.to_alert(row))
    events = [session.get(tables.Event, i) for i in alert["event_ids"]]
    alert["events"] = [
        {
            "id": e.id,
            "kind": e.kind,
            "subject": e.subject,
            "occurred_at": e.occurred_at,
            "payload": e.payload,
        }
        for e in events
        if e
    ]
    alert["deliveries"] = [
        _delivery(session, d)
        for d in session.query(tables.Delivery)
        .filter_by(alert_id=alert_id)
        .order_by(tables.Delivery.id)
    ]
    alert["theses"] = thesis_store.theses_linking(session, alert_id)  # it is evidence for
    return alert


def _delivery(session: Any, row: tables.Delivery) -> dict[str, Any]:
    attempts = (
        session.query(tables.DeliveryAttempt)
        .filter_by(delivery_id=row.id)
        .order_by(tables.DeliveryAttempt.id)
    )
    return {
        "id": row.id,
        "channel": row.channel,
        "status": row.status,
        "attempts": row.attempts,
        "next_attempt_at": row.next_attempt_at,
        "sent_at": row.sent_at,
        "last_error": row.last_error,
        "log": [
            {
                "at": a.attempted_at,
                "outcome": a.outcome,
                "detail": a.detail,
                "duration_ms": round(a.duration_ms, 1),
            }
            for a in attempts
        ],
    }


def _as_text(alert: dict[str, Any]) -> str:
    lines = [
        f"Alert #{alert['id']} [{alert['severity']}] {alert['title']}",
        f"rule {alert['rule_id']} · entity {alert['entity']} · fired {alert['fired_at']}"
        f" · {alert['state']}",
        "",
        alert["body"],
    ]
    if readable.message_adds(alert["body"], alert["reason"]):
        lines += ["", f"Reason: {alert['reason']}"]
    if alert.get("theses"):
        lines += ["", f"Evidence for theses: {', '.join(alert['theses'])}"]
    if alert["values"]:
        rows = readable.value_rows(alert["values"])
        lines += ["", "Values:"] + [f"  {name}: {shown}" for name, shown in rows]
    if alert["evidence"]:
        lines += ["", "Evidence:"]
        for item in alert["evidence"]:
            quote = f' "{item["quote"]}"' if item.get("quote") else ""
            url = f" <{item['url']}>" if item.get("url") else ""
            lines.append(f"  - {item.get('kind')} {item.get('subject')}{quote}{url}")
    lines += ["", "Deliveries:"]
    for delivery in alert["deliveries"]:
        lines.append(
            f"  {delivery['channel']}: {delivery['status']} after "
            f"{delivery['attempts']} attempt(s)"
            + (f"; last error: {delivery['last_error']}" if delivery["last_error"] else "")
        )
        for attempt in delivery["log"]:
            lines.append(f"    {attempt['at']} {attempt['outcome']} {attempt['detail'] or ''}")
    return "\n".join(lines)


@alerts_group.command("ack")
@click.argument("alert_id", type=int)
@pass_ctx
def alerts_ack(ctx: Context, alert_id: int) -> None:
    """Acknowledge an alert (it stays in the history, marked acknowledged)."""
    with ctx.sessions().begin() as session:
        row = session.get(tables.Alert, alert_id)
        if row is None:
            raise click.ClickException(f"no alert #{alert_id}")
        row.state, row.acknowledged_at = "acknowledged", datetime.now(UTC)
    echo(f"alert #{alert_id} acknowledged")


@alerts_group.command("redeliver")
@click.argument("alert_id", type=int)
@pass_ctx
def alerts_redeliver(ctx: Context, alert_id: int) -> None:
    """Queue every unsent delivery of an alert again (dead, failed, unknown or suppressed ones)."""
    with ctx.sessions().begin() as session:
        if session.get(tables.Alert, alert_id) is None:
            raise click.ClickException(f"no alert #{alert_id}")
        count = deliveries.requeue(session, alert_id, datetime.now(UTC))
    echo(f"alert #{alert_id}: {count} deliveries queued again")
