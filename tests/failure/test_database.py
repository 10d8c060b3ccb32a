"""The database locked, slow or unreachable for a while: the monitor waits, then goes on, and
nothing is lost or doubled. And the schema check at start-up (no Alembic when up to date)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from monitor.app import build_monitor
from monitor.config import load_settings
from monitor.errors import ConfigError
from monitor.store.db import (
    alembic_config,
    current_revision,
    head_revision,
    is_up_to_date,
    make_engine,
    upgrade,
)
from tests.helpers import write


def test_the_head_read_from_the_files_is_alembics() -> None:
    engine = make_engine("sqlite://")
    assert head_revision() == ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def test_up_to_date_only_at_the_head(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    assert current_revision(engine) is None and not is_up_to_date(engine)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001" and not is_up_to_date(engine)
    upgrade(engine)
    assert is_up_to_date(engine)
    engine.dispose()


def test_a_database_behind_the_code_is_refused_when_not_migrating(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    upgrade(make_engine(url), "0001")
    config = write(tmp_path / "monitor.yaml", f'database_url: "{url}"\nrules: []\n')
    with pytest.raises(ConfigError, match="run `monitor db upgrade`"):
        build_monitor(load_settings(config), migrate=False)
    build_monitor(load_settings(config)).close()  # SQLite: brought up to date by default
    assert is_up_to_date(make_engine(url))


def test_a_restart_on_an_up_to_date_database_never_loads_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.db'}"
    config = write(tmp_path / "monitor.yaml", f'database_url: "{url}"\nrules: []\n')
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from monitor.app import build_monitor
        from monitor.config import load_settings
        build_monitor(load_settings(Path({str(config)!r}))).close()
        print("alembic" in sys.modules)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "MONITOR_DATABASE_URL"}
    runs = [
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs == ["True", "False"]  # migrated once, then never loaded again
