"""Links found on listing pages and in feeds: canonical form, and which ones may be followed.

A release is identified by its canonical URL, so the same link written two ways (relative or
absolute, `HTTP://WWW.Example.com:443/x#top` or `https://www.example.com/x`) is one release.
A source follows only links on its own host or on hosts it explicitly allows: a listing page
is not a licence to crawl whatever it links to.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that only track who clicked; they never change which page is served.
_TRACKING_PREFIXES = ("utm_",)
_TRACKING_NAMES = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid"})


def canonical_url(href: str, base: str | None = None) -> str | None:
    """Absolute http(s) form of `href` resolved against `base`; None for other schemes.

    Scheme and host are lower-cased, default ports, fragments and tracking parameters
    dropped; the path and the remaining query are kept as written (servers may be
    case-sensitive).
    """
    href = href.strip()
    if not href:
        return None
    try:
        parts = urlsplit(urljoin(base, href) if base else href)
    except ValueError:  # e.g. "http://[oops/": a malformed host is no link to follow
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    try:
        port = parts.port
    except ValueError:  # a port that is not a number: not a link we can follow
        return None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _tracking(k)]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


@dataclass(frozen=True)
class LinkPolicy:
    """Which hosts a source may fetch releases from: its own, plus an allow-list.

    `home` is the host of the listing or feed. A leading `www.` is ignored on both sides
    (`example.com` and `www.example.com` are one site). An allow-list entry is a host name
    (`ir-image.cangoonline.com`) or `*.domain` for the domain and all its sub-domains.
    """

    home: str
    allowed: tuple[str, ...] = ()

    def allows(self, url: str) -> bool:
        host = _bare(host_of(url))
        if not host:
            return False
        if host == _bare(self.home):
            return True
        return any(_matches(host, pattern.lower()) for pattern in self.allowed)

    def refusal(self, url: str) -> str:
        """Why `url` is not followed, for the event payload."""
        return f"not followed: host {host_of(url) or '?'} is not {self.home} or allowed"


def _bare(host: str) -> str:
    return host.removeprefix("www.")


def _matches(host: str, pattern: str) -> bool:
    if pattern.startswith("*."):
        domain = _bare(pattern[2:])
        return host == domain or host.endswith("." + domain)
    return host == _bare(pattern)
