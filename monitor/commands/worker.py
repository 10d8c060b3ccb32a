"""`monitor worker`: one worker of the PostgreSQL cluster (procrastinate)."""

from __future__ import annotations

import click

from monitor.commands.common import Context, pass_ctx
from monitor.store.db import make_engine

concurrency_option = click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=8,
    show_default=True,
    help="tasks (polls) one worker runs at once",
)


@click.command("worker")
@concurrency_option
@click.option("--name", default=None, help="the worker's name in the logs")
@pass_ctx
def worker_command(ctx: Context, concurrency: int, name: str | None) -> None:
    """Run one worker on a PostgreSQL database: polls, extraction, deliveries and deadline
    rules as tasks of a shared queue, scheduled once for all workers. Start as many as you
    like (compose: --scale worker=N; systemd: signal-monitor-worker@N). Stops on SIGTERM."""
    from monitor.cluster.worker import run_worker

    require_postgres(ctx)
    monitor = ctx.monitor()
    click.echo(
        f"worker: {len(monitor.enabled_source_ids())} sources, {concurrency} tasks at once, "
        f"database {monitor.db.url.render_as_string(hide_password=True)}"
    )
    run_worker(monitor, concurrency=concurrency, name=name)
    click.echo("worker stopped")


def require_postgres(ctx: Context) -> None:
    if make_engine(ctx.settings.database_url).dialect.name != "postgresql":
        raise click.UsageError(
            "workers share a PostgreSQL database (database_url); on SQLite, `monitor run` "
            "polls and delivers in one process"
        )
