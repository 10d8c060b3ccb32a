"""Sign-in throttling: a client that keeps sending wrong tokens is refused for a while.

Each client address may fail `attempts` times within `window`; after that every sign-in or
token-bearing action from it is answered 429 with Retry-After until the oldest failure leaves
the window. A success clears the address. Time comes from the app's clock, so tests are exact;
the table is bounded (the oldest addresses are forgotten first), so a flood of addresses cannot
grow it without limit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from datetime import datetime, timedelta

MAX_CLIENTS = 10_000


class LoginThrottle:
    def __init__(self, attempts: int = 5, window: timedelta = timedelta(minutes=15)) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: OrderedDict[str, deque[datetime]] = OrderedDict()
        self._lock = threading.Lock()

    def retry_after(self, client: str, now: datetime) -> float | None:
        """Seconds the client must wait before trying again, or None if it may try now."""
        with self._lock:
            failures = self._recent(client, now)
            if len(failures) < self.attempts:
                return None
            return max(1.0, (failures[0] + self.window - now).total_seconds())

    def failed(self, client: str, now: datetime) -> None:
        with self._lock:
            self._recent(client, now).append(now)
            self._failures.move_to_end(client)
            while len(self._failures) > MAX_CLIENTS:
                self._failures.popitem(last=False)

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)

    def _recent(self, client: str, now: datetime) -> deque[datetime]:
        failures = self._failures.setdefault(client, deque())
        while failures and failures[0] <= now - self.window:
            failures.popleft()
        return failures
