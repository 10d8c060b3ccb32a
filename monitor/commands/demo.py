"""`monitor demo`: the whole monitor on a bundled Cango scenario, offline, in about a minute.

    monitor demo                 # watch it unfold (about 40 s)
    monitor demo --speed fast    # the same story, as fast as the machine allows

No network and no configuration: a local server plays EDGAR, PR Newswire, Coinbase and
Yahoo for January to April 2026 on a simulated clock, and the real scheduler, fetcher,
sources, extraction, rules and outbox run against it. Results go to $MONITOR_DATABASE_URL
when set (it must be empty: no events, alerts, source state or silences), else to a fresh
demo.db in the user data directory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from monitor.demo.report import Summary


@click.command("demo")
@click.option(
    "--speed",
    type=click.Choice(["fast", "normal"]),
    default="normal",
    show_default=True,
    help="normal: a pace you can follow (about 40 s); fast: no pauses (about 10 s). Both "
    "print the same alerts at the same simulated times.",
)
@click.option("--quiet", is_flag=True, help="Print only the alerts and the summary.")
def demo_command(speed: str, quiet: bool) -> Summary:
    """Run the monitor offline on a bundled scenario (Cango, Jan–Apr 2026) and print its
    alerts as they arrive; the database is left for `monitor alerts list` and `monitor web`.

    Needs no configuration: monitor.yaml is not read, not even its database_url. Results go
    to $MONITOR_DATABASE_URL if set, which must be empty (a database a real `monitor run`
    has used, even for one failed poll, is refused); else to a fresh demo.db in the user
    data directory, replaced on every run."""
    from monitor.demo.database import DemoError
    from monitor.demo.runner import run_demo

    try:
        return run_demo(speed, quiet=quiet)
    except DemoError as exc:
        raise click.ClickException(str(exc)) from exc
