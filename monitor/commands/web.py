"""`monitor web`: serve the alert history page, the JSON API, /healthz and /metrics."""

from __future__ import annotations

from typing import Any

import click

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@click.command("web")
@click.option("--host", default=None, help="address to bind  [default: web.host, 127.0.0.1]")
@click.option(
    "--port", type=click.IntRange(1, 65535), default=None, help="[default: web.port, 8080]"
)
@click.pass_obj
def web_command(ctx: Any, host: str | None, port: int | None) -> None:
    """Serve the alert history page and JSON API until stopped (Ctrl-C).

    Reading is open; acknowledging and silencing need the bearer token named by
    web.token_env in monitor.yaml (with none configured they are disabled)."""
    import uvicorn

    from monitor.app import prepare_schema
    from monitor.clock import SystemClock
    from monitor.store.db import make_engine, session_factory
    from monitor.web.app import create_app
    from monitor.web.settings import web_settings

    settings = ctx.settings
    web = web_settings(settings)
    host, port = host or web.host, port or web.port
    ensure_free(host, port)
    engine = make_engine(settings.database_url)
    prepare_schema(engine, None)
    app = create_app(session_factory(engine), settings, SystemClock(), web=web)
    click.echo(f"database: {engine.url.render_as_string(hide_password=True)}")
    for line in describe_access(web.token_env, web.token() is not None, host):
        click.echo(line)
    click.echo(f"serving:  http://{_display(host)}:{port}/  (JSON: /api, /openapi.json)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="info")
    finally:
        engine.dispose()


def ensure_free(host: str, port: int) -> None:
    """One line instead of a server's traceback when the address cannot be served."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise click.ClickException(f"cannot serve the web page on {host}: {exc}") from exc
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        # The same option uvicorn sets, so a port in TIME_WAIT is not reported as taken.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise click.ClickException(
                f"cannot serve the web page on {host}:{port}: {exc.strerror or exc}; "
                "choose another port with --port or web.port in monitor.yaml"
            ) from exc


def describe_access(token_env: str | None, has_token: bool, host: str) -> list[str]:
    """What `monitor web` says about who can do what, so nobody is surprised."""
    if has_token:
        lines = [f"actions:  need the bearer token from ${token_env}"]
    elif token_env:
        lines = [f"actions:  disabled — ${token_env} is not set (read-only)"]
    else:
        lines = ["actions:  disabled — no web.token_env configured (read-only)"]
    if host not in LOOPBACK:
        lines.append(f"warning:  listening on {host}: anyone who can reach it can read alerts")
    return lines


def _display(host: str) -> str:
    return f"[{host}]" if ":" in host else host
