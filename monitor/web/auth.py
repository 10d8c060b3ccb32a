"""Who may act: reading is open, acting needs the bearer token.

With a token configured, an action (acknowledge, silence) is allowed when the request carries
`Authorization: Bearer <token>`, or — for the page's own buttons — the session cookie set by
signing in at /login, or a `token` form field. With no token configured every action is
refused (403): a page that anyone on the network could drive is never the default.

A session is a random id kept in this process with its expiry (`web.session_hours`): the
cookie carries only the id, it expires, and signing out ends the session on the server, so a
copied cookie dies with it. The cookie is HttpOnly and SameSite=Strict, and a
cookie-authenticated POST whose Origin names another site is refused (no cross-site forms).
Wrong tokens — at /login, in a bearer header or a form — are throttled per client address.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections.abc import Mapping
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from fastapi import HTTPException, Request, status

from monitor.clock import Clock
from monitor.web.throttle import LoginThrottle

COOKIE = "monitor_session"
MAX_SESSIONS = 1000
NO_TOKEN = (
    "actions are disabled: no token is configured "
    "(name an environment variable in web.token_env and set it)"
)


class Auth:
    """Checks a request's credentials against the configured token (if any)."""

    def __init__(
        self,
        token: str | None,
        clock: Clock,
        session_length: timedelta = timedelta(hours=12),
        throttle: LoginThrottle | None = None,
    ) -> None:
        self._token = token or None
        self.clock = clock
        self.session_length = session_length
        self.throttle = throttle or LoginThrottle()
        self._sessions: dict[str, datetime] = {}  # session id -> expires at
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        """Whether actions are possible at all."""
        return self._token is not None

    def start_session(self) -> str:
        """A new session id, valid for `session_length`."""
        if self._token is None:
            raise RuntimeError("no token configured")
        now = self.clock.now()
        session_id = secrets.token_urlsafe(32)
        with self._lock:
            self._sessions = {k: v for k, v in self._sessions.items() if v > now}
            while len(self._sessions) >= MAX_SESSIONS:  # the oldest sign-in goes first
                self._sessions.pop(min(self._sessions, key=self._sessions.__getitem__))
            self._sessions[session_id] = now + self.session_length
        return session_id

    def end_session(self, request: Request) -> None:
        with self._lock:
            self._sessions.pop(request.cookies.get(COOKIE, ""), None)

    def token_matches(self, candidate: str | None) -> bool:
        if self._token is None or not candidate:
            return False
        return hmac.compare_digest(candidate.encode(), self._token.encode())

    def signed_in(self, request: Request) -> bool:
        """Whether the browser holds a live session cookie."""
        cookie = request.cookies.get(COOKIE)
        if self._token is None or not cookie:
            return False
        with self._lock:
            expires = self._sessions.get(cookie)
        return expires is not None and self.clock.now() < expires

    def check_token(self, request: Request, candidate: str | None) -> bool:
        """Whether `candidate` is the token; a wrong one counts against the client (429)."""
        client = client_address(request)
        now = self.clock.now()
        wait = self.throttle.retry_after(client, now)
        if wait is not None:
            raise HTTPException(
                status.HTTP_429_TOO_MANY_REQUESTS,
                f"too many wrong tokens: try again in {wait:.0f} s",
                headers={"Retry-After": str(int(wait))},
            )
        if self.token_matches(candidate):
            self.throttle.succeeded(client)
            return True
        self.throttle.failed(client, now)
        return False

    def require(self, request: Request, form: Mapping[str, str] | None = None) -> None:
        """Raise 403 (no token configured, wrong token, foreign origin), 401 (none given) or
        429 (too many wrong tokens)."""
        if self._token is None:
            raise HTTPException(status.HTTP_403_FORBIDDEN, NO_TOKEN)
        header = request.headers.get("authorization", "")
        scheme, _, credential = header.partition(" ")
        if header:
            if scheme.lower() == "bearer" and self.check_token(request, credential.strip()):
                return
            raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid bearer token")
        if self.signed_in(request):
            _require_same_origin(request)
            return
        given = (form or {}).get("token")
        if given and self.check_token(request, given):
            _require_same_origin(request)
            return
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "this action needs the token: send Authorization: Bearer <token> or sign in",
            headers={"WWW-Authenticate": "Bearer"},
        )


def client_address(request: Request) -> str:
    return request.client.host if request.client else "?"


def _require_same_origin(request: Request) -> None:
    """Browsers send Origin on POST; a form posted from another site must not ride our cookie."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return
    if urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-site request refused")
