"""Polling a source in a test the way the pipeline does, with a fake event store."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from monitor.clock import ManualClock
from monitor.http import HttpFetcher
from monitor.model import Observation
from monitor.ratelimit import HostLimiter
from monitor.sources.base import PollContext, PollResult, Source

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


class Harness:
    """Carries cursor, HTTP validators and stored fingerprints from one poll to the next.

    The cursor goes through JSON between polls, as it does through the database, so a
    cursor that would not survive storage fails here too.
    """

    def __init__(self, source: Source, clock: ManualClock) -> None:
        self.source = source
        self.clock = clock
        self.fetcher = HttpFetcher(
            user_agent="SignalMonitor tests t@example.com",
            limiter=HostLimiter(1000),
            clock=clock,
            max_retries=0,
        )
        self.cursor: dict[str, Any] = {}
        self.http_cache: dict[str, Any] = {}
        self.stored: set[str] = set()

    def known(self, fingerprints: object) -> set[str]:
        return set(fingerprints) & self.stored  # type: ignore[call-overload]

    def poll(self) -> PollResult:
        ctx = PollContext(self.fetcher, self.clock, dict(self.cursor), self.http_cache, self.known)
        result = self.source.poll(ctx)
        self.cursor = json.loads(json.dumps(result.cursor))
        self.stored |= {obs.fingerprint for obs in result.observations}
        return result


def kinds(observations: list[Observation]) -> list[str]:
    return [obs.kind for obs in observations]


def titles(observations: list[Observation]) -> list[str]:
    return [obs.payload["title"] for obs in observations]


def count_parses(monkeypatch: pytest.MonkeyPatch, module: ModuleType, name: str) -> list[str]:
    """From now on, each call of `module.name` (a parser the source uses) adds "parse"."""
    parsed: list[str] = []
    real_parse = getattr(module, name)

    def counting_parse(*args: Any, **kwargs: Any) -> Any:
        parsed.append("parse")
        return real_parse(*args, **kwargs)

    monkeypatch.setattr(module, name, counting_parse)
    return parsed


def check_identical_bodies_are_not_parsed(harness: Harness, parsed: list[str], new: int) -> None:
    """Five polls answered 200 without validators: a body (`new` items), the same body twice,
    a changed byte, the changed body again. Only the first and the changed one are parsed."""
    first = harness.poll()
    assert len(first.observations) == new
    second, third = harness.poll(), harness.poll()
    assert second.unchanged is True and third.unchanged is True
    assert second.observations == [] and second.cursor == first.cursor
    assert parsed == ["parse"]  # two identical 200s never reached the parser
    fourth = harness.poll()  # a byte changed: parsed again, nothing new to report
    assert fourth.unchanged is False and fourth.observations == []
    assert harness.poll().unchanged is True
    assert parsed == ["parse", "parse"]
