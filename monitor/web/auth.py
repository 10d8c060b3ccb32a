"""Who may act: reading is open, acting needs the bearer token.

With a token configured, an action (acknowledge, silence) is allowed when the request carries
`Authorization: Bearer <token>`, or — for the page's own buttons — the session cookie set by
signing in at /login, or a `token` form field. With no token configured every action is
refused (403): a page that anyone on the network could drive is never the default.

The cookie holds an HMAC of the token, not the token; it is HttpOnly and SameSite=Strict, and
a cookie-authenticated POST whose Origin names another site is refused (no cross-site forms).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from urllib.parse import urlsplit

from fastapi import HTTPException, Request, status

COOKIE = "monitor_session"
NO_TOKEN = (
    "actions are disabled: no token is configured "
    "(name an environment variable in web.token_env and set it)"
)


class Auth:
    """Checks a request's credentials against the configured token (if any)."""

    def __init__(self, token: str | None) -> None:
        self._token = token or None

    @property
    def enabled(self) -> bool:
        """Whether actions are possible at all."""
        return self._token is not None

    def cookie_value(self) -> str:
        if self._token is None:
            raise RuntimeError("no token configured")
        digest = hmac.new(self._token.encode(), b"monitor-web-session", hashlib.sha256)
        return digest.hexdigest()

    def token_matches(self, candidate: str | None) -> bool:
        if self._token is None or not candidate:
            return False
        return hmac.compare_digest(candidate.encode(), self._token.encode())

    def signed_in(self, request: Request) -> bool:
        """Whether the browser holds a valid session cookie."""
        cookie = request.cookies.get(COOKIE)
        if self._token is None or not cookie:
            return False
        return hmac.compare_digest(cookie.encode(), self.cookie_value().encode())

    def require(self, request: Request, form: Mapping[str, str] | None = None) -> None:
        """Raise 403 (no token configured, wrong token, foreign origin) or 401 (none given)."""
        if self._token is None:
            raise HTTPException(status.HTTP_403_FORBIDDEN, NO_TOKEN)
        header = request.headers.get("authorization", "")
        scheme, _, credential = header.partition(" ")
        if header:
            if scheme.lower() == "bearer" and self.token_matches(credential.strip()):
                return
            raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid bearer token")
        if self.token_matches((form or {}).get("token")) or self.signed_in(request):
            _require_same_origin(request)
            return
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "this action needs the token: send Authorization: Bearer <token> or sign in",
            headers={"WWW-Authenticate": "Bearer"},
        )


def _require_same_origin(request: Request) -> None:
    """Browsers send Origin on POST; a form posted from another site must not ride our cookie."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return
    if urlsplit(origin).netloc != request.headers.get("host", ""):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "cross-site request refused")
