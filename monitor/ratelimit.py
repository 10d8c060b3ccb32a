"""Per-host-group request pacing and pauses, shared by every job of the process.

A group is a set of hosts that share one budget (all SEC hosts are one group: SEC counts
requests per user, whatever the host). A pause stops a group entirely, e.g. for 10 minutes
after SEC's "Request Rate Threshold Exceeded" page.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass
class _Group:
    interval: float  # seconds between requests
    next_slot: float = 0.0
    paused_until: float = 0.0
    pause_reason: str = ""


class Paused(Exception):
    """The group is paused; no request may be sent before `seconds_left`."""

    def __init__(self, group: str, seconds_left: float, reason: str) -> None:
        self.group, self.seconds_left, self.reason = group, seconds_left, reason
        super().__init__(f"requests to {group} paused for {seconds_left:.0f}s more: {reason}")


class HostLimiter:
    """Spaces requests to each host group and honours pauses."""

    def __init__(
        self,
        default_rate: float,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._default_interval = 1.0 / default_rate
        self._groups: dict[str, _Group] = {}
        self._host_group: dict[str, str] = {}
        self._lock = threading.Lock()
        self._monotonic = monotonic
        self._sleep = sleep

    def define_group(self, name: str, hosts: Iterable[str], rate: float) -> None:
        """Put `hosts` under one budget of `rate` requests per second."""
        with self._lock:
            self._groups[name] = _Group(interval=1.0 / rate)
            for host in hosts:
                self._host_group[host.lower()] = name

    def set_host_rate(self, host: str, rate: float) -> None:
        self.define_group(host.lower(), [host], rate)

    def group_of(self, host: str) -> str:
        return self._host_group.get(host.lower(), host.lower())

    def acquire(self, host: str) -> None:
        """Wait for this host's next slot; raise Paused if its group is paused."""
        name = self.group_of(host)
        with self._lock:
            group = self._groups.setdefault(name, _Group(interval=self._default_interval))
            now = self._monotonic()
            if group.paused_until > now:
                raise Paused(name, group.paused_until - now, group.pause_reason)
            wait = max(0.0, group.next_slot - now)
            group.next_slot = max(now, group.next_slot) + group.interval
        if wait:
            self._sleep(wait)

    def pause(self, host: str, seconds: float, reason: str) -> None:
        """Stop all requests to the host's group for `seconds` (extends, never shortens)."""
        name = self.group_of(host)
        with self._lock:
            group = self._groups.setdefault(name, _Group(interval=self._default_interval))
            until = self._monotonic() + seconds
            if until > group.paused_until:
                group.paused_until, group.pause_reason = until, reason
