"""The demo's closing words: what fired, what was stored, and where to look next."""

from __future__ import annotations

import shlex
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from monitor.config import ENV_DATABASE_URL
from monitor.demo.console import Console
from monitor.demo.database import DemoDatabase
from monitor.store import telemetry


@dataclass(frozen=True)
class Summary:
    alerts_by_rule: dict[str, int]
    severities: dict[str, str]
    events: int
    deliveries: dict[str, int]  # status -> count
    received: Counter[int] = field(default_factory=Counter)  # alert id -> webhook posts
    requests: int = 0
    seconds: float = 0.0

    @property
    def alerts(self) -> int:
        return sum(self.alerts_by_rule.values())


def summarise(
    sessions: sessionmaker[Session], received: Counter[int], requests: int, seconds: float
) -> Summary:
    with sessions() as session:
        by_rule = telemetry.alerts_by_rule(session)
        events = sum(telemetry.events_by_kind(session).values())
        deliveries = telemetry.deliveries_by_status(session)
    counts: Counter[str] = Counter()
    for (rule, _severity), count in by_rule.items():
        counts[rule] += count
    statuses: Counter[str] = Counter()
    for (_channel, status), count in deliveries.items():
        statuses[status] += count
    return Summary(
        alerts_by_rule=dict(sorted(counts.items())),
        severities={rule: severity for rule, severity in by_rule},
        events=events,
        deliveries=dict(statuses),
        received=received,
        requests=requests,
        seconds=seconds,
    )


def print_summary(console: Console, summary: Summary, database: DemoDatabase) -> None:
    console.say()
    console.say(f"{summary.alerts} alerts, by rule:")
    for rule, count in summary.alerts_by_rule.items():
        console.say(f"  {rule:<26} {count:>3}  {summary.severities.get(rule, '')}")
    sent = summary.deliveries.get("sent", 0)
    console.say(
        f"{sent} webhook deliveries sent, {len(summary.received)} alerts received by the sink; "
        f"{summary.events:,} events stored; {summary.requests:,} HTTP requests answered "
        f"by the local world in {summary.seconds:.1f}s."
    )
    console.say()
    same = f", with the same ${ENV_DATABASE_URL}" if database.from_environment else ""
    console.say(f"The results stay in {database.display_url}. Look further{same}:")
    for line in hints(database):
        console.say(f"  {line}")


def hints(database: DemoDatabase) -> list[str]:
    """Commands that read the demo's database (with the URL, unless the user set it)."""
    prefix = "" if database.from_environment else f"{ENV_DATABASE_URL}={shlex.quote(database.url)} "
    return [
        f"{prefix}monitor alerts list",
        f"{prefix}monitor alerts show 1",
        f"{prefix}monitor thesis show cango-sale",
        f"{prefix}monitor series CANG btc_held",
        f"{prefix}monitor series CANG debt_total_usd --by quarter",
        f"{prefix}monitor web    # then open http://127.0.0.1:8080/",
    ]
