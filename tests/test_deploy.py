"""deploy/ and docker-compose.yml stay coherent (no Docker engine here: checked as data)."""

from __future__ import annotations

import configparser
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_compose_has_workers_web_postgres_and_mailpit_with_healthchecks() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) == {"db", "mailpit", "migrate", "worker", "web"}
    assert "healthcheck" in services["db"] and "healthcheck" in services["web"]
    assert services["migrate"]["command"] == ["monitor", "db", "upgrade"]
    for name in ("worker", "web"):  # both wait for the migrations
        depends = services[name]["depends_on"]
        assert depends["db"]["condition"] == "service_healthy"
        assert depends["migrate"]["condition"] == "service_completed_successfully"
    # Scalable: no fixed name or published port that a second replica would collide on.
    assert services["worker"]["command"] == ["monitor", "worker"]
    assert "container_name" not in services["worker"] and "ports" not in services["worker"]
    assert "pgdata" in compose["volumes"]
    for name in ("migrate", "worker", "web"):
        assert services[name]["build"]["dockerfile"] == "deploy/Dockerfile"
        assert (ROOT / services[name]["env_file"]).exists()


def test_dockerfile_is_non_root_with_healthcheck_and_migrations() -> None:
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    assert "USER monitor" in dockerfile and "HEALTHCHECK" in dockerfile
    assert "monitor db upgrade && monitor run" in dockerfile


def test_systemd_unit_is_sandboxed_and_reloads_on_hup() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "deploy" / "signal-monitor.service")
    service = unit["Service"]
    assert service["ExecStart"].endswith("monitor run")
    assert service["ExecReload"] == "/bin/kill -HUP $MAINPID"
    for option in ("NoNewPrivileges", "ProtectSystem", "PrivateTmp", "ProtectHome"):
        assert option in service


def test_worker_template_unit_runs_one_named_worker_per_instance() -> None:
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str  # type: ignore[assignment,method-assign]
    unit.read(ROOT / "deploy" / "signal-monitor-worker@.service")
    service = unit["Service"]
    assert service["ExecStart"].endswith("monitor worker --name worker-%i")
    assert service["KillSignal"] == "SIGTERM" and service["Restart"] == "on-failure"
    for option in ("NoNewPrivileges", "ProtectSystem", "PrivateTmp", "ProtectHome"):
        assert option in service
