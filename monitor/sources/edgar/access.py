"""SEC fair access, enforced: a declared User-Agent, one shared budget, and the 10-minute pause.

SEC counts requests per user across www.sec.gov, data.sec.gov and efts.sec.gov and allows at
most 10 a second. Every EDGAR source therefore joins ONE limiter group (the strictest rate any
of them asks for wins), and a throttle answer (HTTP 429, or the 403 "Request Rate Threshold
Exceeded" page) pauses that whole group for 10 minutes: continuing to knock only extends
SEC's time-out. Other 403s are SEC's "undeclared automated tool" block, which also means
"stop", so they pause too.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from monitor.errors import ConfigError, Problem, SourceError
from monitor.http import FetchError, FetchResult, NotModified, ThrottledError
from monitor.ratelimit import HostLimiter
from monitor.sources.base import PollContext

SEC_GROUP = "sec"
SEC_HOSTS = ("www.sec.gov", "data.sec.gov", "efts.sec.gov")
DEFAULT_RATE = 5.0
MAX_RATE = 10.0
THROTTLE_PAUSE_SECONDS = 600.0
USER_AGENT_KEY = "http.user_agent"

_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# The shipped default User-Agent names this address as an example; it is nobody's contact.
_PLACEHOLDER_EMAILS = frozenset({"you@example.com"})
_THRESHOLD_PAGE = re.compile(rb"Request Rate Threshold Exceeded|exceeded the SEC", re.I)


class EdgarThrottled(SourceError):
    """SEC said "slow down"; every SEC request is paused."""


def check_user_agent(user_agent: str, source_id: str) -> None:
    """Refuse to start an EDGAR source without a contact e-mail in the User-Agent."""
    found = _EMAIL.findall(user_agent)
    emails = [e for e in found if e.lower() not in _PLACEHOLDER_EMAILS]
    if emails:
        return
    what = "SEC EDGAR requires a User-Agent that declares who you are with a contact e-mail" + (
        f": {user_agent!r} is the example's placeholder: put your own contact e-mail in it"
        if found
        else f", e.g. 'Acme Research ops@acme.com' (got {user_agent!r})"
    )
    raise ConfigError(
        [
            Problem(
                f"source {source_id!r}",
                None,
                USER_AGENT_KEY,
                f"{what}; set {USER_AGENT_KEY} in the config or the MONITOR_USER_AGENT variable",
            )
        ]
    )


@dataclass
class _Membership:
    hosts: set[str] = field(default_factory=set)
    rate: float = MAX_RATE


_GROUPS: WeakKeyDictionary[HostLimiter, _Membership] = WeakKeyDictionary()
_GROUPS_LOCK = threading.Lock()


def join_sec_group(limiter: HostLimiter, urls: Iterable[str], rate: float) -> None:
    """Put SEC's hosts (and any configured stand-ins for them) under one shared budget.

    Each source may ask for its own rate; the group runs at the strictest one, never above
    10 a second.
    """
    hosts = {urlsplit(url).hostname or "" for url in urls} - {""}
    with _GROUPS_LOCK:
        member = _GROUPS.setdefault(limiter, _Membership(set(SEC_HOSTS)))
        member.hosts |= hosts
        member.rate = min(member.rate, rate, MAX_RATE)
        limiter.define_group(SEC_GROUP, sorted(member.hosts), member.rate)


def sec_fetch(ctx: PollContext, url: str, *, conditional: bool = True) -> FetchResult | NotModified:
    """GET from SEC; a throttle answer pauses every SEC request and raises EdgarThrottled."""
    try:
        return ctx.fetch(url, conditional=conditional)
    except ThrottledError:
        raise  # the group is already paused; the message says for how long
    except FetchError as exc:
        if exc.status in (403, 429):
            raise _pause(ctx, exc) from exc
        raise


def _pause(ctx: PollContext, exc: FetchError) -> EdgarThrottled:
    host = urlsplit(exc.url).hostname or SEC_HOSTS[0]
    if exc.status == 429:
        why = "HTTP 429 Too Many Requests"
    elif _THRESHOLD_PAGE.search(exc.body):
        why = "HTTP 403 Request Rate Threshold Exceeded"
    else:
        why = "HTTP 403 (SEC blocks undeclared automated tools: check http.user_agent)"
    ctx.fetcher.limiter.pause(host, THROTTLE_PAUSE_SECONDS, f"SEC throttle: {why}")
    minutes = THROTTLE_PAUSE_SECONDS / 60
    return EdgarThrottled(
        f"SEC throttled us ({why}); all SEC requests paused for {minutes:.0f} minutes ({exc.url})"
    )


def parse_json(result: FetchResult, what: str) -> Any:
    """The JSON body of `result`, or a SourceError that says what was malformed."""
    try:
        return json.loads(result.body)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        # RecursionError: JSON nested deeper than Python's stack ("[[[[…", fuzz tests).
        raise SourceError(f"malformed JSON in {what} from {result.url}: {exc}") from exc
