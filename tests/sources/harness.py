"""Polling a source in a test the way the pipeline does, with a fake event store."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
