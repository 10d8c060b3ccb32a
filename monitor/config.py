"""monitor.yaml: pydantic models (unknown keys refused), environment overrides, defaults.

Source and channel entries are validated against the models their kinds register, so a new
kind needs no change here. With no file at all, `default_config()` watches BTC-USD with the
rules shipped in rules/.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import platformdirs
from pydantic import Field, ValidationError, create_model

from monitor.errors import ConfigError, Problem
from monitor.registry import StrictModel
from monitor.web.settings import WebSettings
from monitor.yamlfile import LocatedYaml, load_yaml, parse_yaml, problems_from_validation

ENV_CONFIG = "MONITOR_CONFIG"
ENV_DATABASE_URL = "MONITOR_DATABASE_URL"
ENV_USER_AGENT = "MONITOR_USER_AGENT"
DEFAULT_CONFIG_NAME = "monitor.yaml"
PACKAGE_ROOT = Path(__file__).resolve().parent


class HttpSettings(StrictModel):
    """How the shared fetcher talks to the outside world."""

    user_agent: str = Field(
        "SignalMonitor/0.1 (set http.user_agent to 'Name you@example.com')",
        description="sent with every request; SEC needs a contact e-mail ($MONITOR_USER_AGENT)",
    )
    connect_timeout_seconds: float = Field(5.0, gt=0, description="TCP connect timeout")
    read_timeout_seconds: float = Field(
        20.0, gt=0, description="socket read timeout; a whole body must arrive within 3×"
    )
    max_body_bytes: int = Field(20_000_000, gt=0, description="larger bodies are refused")
    max_retries: int = Field(
        2, ge=0, le=10, description="retries of 429/5xx/connection errors, with backoff"
    )
    max_retry_after_seconds: float = Field(
        30.0, ge=0, description="longest Retry-After waited in place; longer pauses the host"
    )
    requests_per_second_per_host: float = Field(5.0, gt=0, description="default pace per host")
    host_limits: dict[str, float] = Field(
        default_factory=dict, description="requests per second for named hosts"
    )


class SchedulerSettings(StrictModel):
    """Timing of the background jobs in `monitor run`."""

    jitter_seconds: int = Field(
        5,
        ge=0,
        description="delay added to each poll, fixed per source and slot (at most half the "
        "interval)",
    )
    late_after_seconds: float = Field(
        30.0, gt=0, description="a poll that starts this long after its time counts as late"
    )
    dispatch_interval_seconds: float = Field(
        10.0, gt=0, description="how often due deliveries are sent"
    )
    deadline_interval_seconds: float = Field(
        300.0, gt=0, description="how often deadline rules are checked"
    )
    failure_backoff_max_seconds: float = Field(
        3600.0, gt=0, description="longest wait after repeated source failures"
    )


class DeliverySettings(StrictModel):
    """Outbox retry policy."""

    max_age_hours: float = Field(48.0, gt=0, description="a delivery not sent by then is dead")
    first_retry_seconds: float = Field(30.0, gt=0, description="first retry delay; doubles")
    max_retry_seconds: float = Field(3600.0, gt=0, description="longest retry delay")
    batch_size: int = Field(50, gt=0, description="deliveries sent per channel per dispatch")
    lease_seconds: float = Field(
        15.0,
        gt=0,
        description="a delivery is leased this long, renewed while it is sent; one whose "
        "sender died is sent again once the lease runs out",
    )


@dataclass(frozen=True)
class Settings:
    """The validated configuration plus where it came from."""

    config: Any  # an instance of the model built by config_model()
    path: Path | None
    database_url: str
    data_dir: Path
    rule_paths: tuple[Path, ...]
    doc: LocatedYaml | None = None  # where each key came from, for later error messages
    thesis_paths: tuple[Path, ...] = ()

    def line_of(self, *path: str | int) -> int | None:
        return self.doc.line_of(path) if self.doc else None

    @property
    def file_name(self) -> str:
        return str(self.path or "<built-in default>")

    @property
    def sources(self) -> list[Any]:
        return list(self.config.sources)

    @property
    def channels(self) -> list[Any]:
        return list(self.config.channels)

    @property
    def user_agent(self) -> str:
        return os.environ.get(ENV_USER_AGENT) or self.config.http.user_agent


@cache
def config_model() -> type[StrictModel]:
    """The monitor.yaml model, built once every source and channel kind is registered."""
    from monitor.notify import CHANNELS
    from monitor.sources import SOURCES

    return create_model(
        "MonitorConfig",
        __base__=StrictModel,
        database_url=(str | None, Field(None, description=DATABASE_URL_DOC)),
        data_dir=(str | None, Field(None, description="default: the user data directory")),
        rules=(list[str] | None, Field(None, description=RULES_DOC)),
        theses=(list[str] | None, Field(None, description=THESES_DOC)),
        http=(HttpSettings, HttpSettings()),
        scheduler=(SchedulerSettings, SchedulerSettings()),
        delivery=(DeliverySettings, DeliverySettings()),
        web=(WebSettings, WebSettings()),
        sources=(
            list[SOURCES.config_union()],
            Field(default_factory=list, description="what to watch; keys per `kind`"),
        ),
        channels=(
            list[CHANNELS.config_union()],
            Field(default_factory=list, description="where alerts go; keys per `kind`"),
        ),
    )


DATABASE_URL_DOC = "any SQLAlchemy URL ($MONITOR_DATABASE_URL); default: SQLite in data_dir"
RULES_DOC = "rule files or folders, relative to monitor.yaml; default: the shipped rules/"
THESES_DOC = (
    "thesis files or folders, relative to monitor.yaml; default: the shipped theses/ when "
    "`rules` is not set (they build on the shipped rules), else none"
)

DEFAULT_YAML = """\
sources:
  - id: btc-usd
    kind: crypto_spot
    symbol: BTC-USD
    interval_seconds: 60
"""


def resolve_config_path(explicit: str | None) -> Path | None:
    """--config, else $MONITOR_CONFIG, else ./monitor.yaml if present, else None (defaults)."""
    chosen = explicit or os.environ.get(ENV_CONFIG)
    if chosen:
        return Path(chosen)
    local = Path.cwd() / DEFAULT_CONFIG_NAME
    return local if local.exists() else None


def load_settings(path: Path | None) -> Settings:
    """Load and validate monitor.yaml (or the built-in default); raises ConfigError."""
    if path is not None and not path.exists():
        raise ConfigError([Problem(str(path), None, "", "config file not found")])
    doc = load_yaml(path) if path else parse_yaml(DEFAULT_YAML, "<built-in default>")
    config = validate_config(doc)
    base_dir = path.parent if path else Path.cwd()
    data_dir = Path(config.data_dir) if config.data_dir else default_data_dir()
    return Settings(
        config=config,
        path=path,
        database_url=_database_url(config, data_dir),
        data_dir=data_dir,
        rule_paths=_rule_paths(config, base_dir),
        doc=doc,
        thesis_paths=_thesis_paths(config, base_dir),
    )


def validate_config(doc: LocatedYaml) -> Any:
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError([Problem(doc.file, 1, "", "the top level must be a mapping")])
    try:
        config = config_model().model_validate(data)
    except ValidationError as exc:
        raise ConfigError(problems_from_validation(exc, doc)) from exc
    _check_unique(doc, config)
    return config


def _check_unique(doc: LocatedYaml, config: Any) -> None:
    problems = []
    for section, attr in (("sources", "id"), ("channels", "name")):
        seen: set[str] = set()
        for index, entry in enumerate(getattr(config, section)):
            value = getattr(entry, attr)
            if value in seen:
                line = doc.line_of((section, index, attr))
                problems.append(
                    Problem(
                        doc.file, line, f"{section}[{index}].{attr}", f"duplicate {attr} {value!r}"
                    )
                )
            seen.add(value)
    if problems:
        raise ConfigError(problems)


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("signal-monitor", appauthor=False))


def _database_url(config: Any, data_dir: Path) -> str:
    url = os.environ.get(ENV_DATABASE_URL) or config.database_url
    return url or f"sqlite:///{data_dir / 'monitor.db'}"


def _rule_paths(config: Any, base_dir: Path) -> tuple[Path, ...]:
    if config.rules is not None:
        return tuple((base_dir / p).resolve() for p in config.rules)
    return (shipped_rules_dir(),)


def _thesis_paths(config: Any, base_dir: Path) -> tuple[Path, ...]:
    if config.theses is not None:
        return tuple((base_dir / p).resolve() for p in config.theses)
    if config.rules is None:
        shipped = shipped_theses_dir()
        return (shipped,) if shipped.is_dir() else ()
    return ()


def shipped_theses_dir() -> Path:
    """theses/ beside the rules that are shipped (the checkout's, or the installed copy)."""
    return shipped_rules_dir().parent / "theses"


def packaged_theses_dir() -> Path:
    """The theses that ship with the package, beside its rules (the Cango thesis)."""
    return packaged_rules_dir().parent / "theses"


def shipped_rules_dir() -> Path:
    """rules/ in the working directory if present (your own), else the shipped watch list."""
    local = Path.cwd() / "rules"
    return local if local.is_dir() else packaged_rules_dir()


def packaged_rules_dir() -> Path:
    """The watch list that ships with the package: rules/ beside it in a checkout, or the
    copy a wheel installs under <prefix>/share/signal-monitor/rules."""
    checkout = PACKAGE_ROOT.parent / "rules"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "signal-monitor" / "rules"
