"""Publication dates as listing pages write them, read into aware UTC datetimes.

Listing pages print dates for people: "Feb 09, 2026, 06:00 ET" (PR Newswire), "Date:
2025-09-05" (a newsroom), "February 9, 2026", "9 Feb 2026", "02/09/2026" (US order), or a
machine-readable `<time datetime="...">`. A date without a time is midnight; a time without
a zone is in the source's configured timezone; US zone abbreviations (ET, EST, EDT, ...) are
read as their IANA zones, so daylight saving is right whichever abbreviation was printed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from monitor.vocabulary.periods import MONTHS

_MONTH = r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_DATE_PATTERNS = (
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})", re.I),
    re.compile(r"(?P<mon>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})"),
)
_TIME = re.compile(
    r"(?:^|[T\s,])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}\b)?",
    re.I,
)
_ZONES: dict[str, tzinfo] = {
    **dict.fromkeys(("ET", "EST", "EDT"), ZoneInfo("America/New_York")),
    **dict.fromkeys(("CT", "CST", "CDT"), ZoneInfo("America/Chicago")),
    **dict.fromkeys(("PT", "PST", "PDT"), ZoneInfo("America/Los_Angeles")),
    **dict.fromkeys(("UTC", "GMT", "Z"), UTC),
    "HKT": ZoneInfo("Asia/Hong_Kong"),
}


def parse_published(text: str | None, default_zone: tzinfo) -> datetime | None:
    """The first date in `text` (with its time and zone when given), in UTC; None if none."""
    if not text:
        return None
    text = " ".join(text.split())
    iso = _iso(text)
    if iso is not None:
        return iso
    for pattern in _DATE_PATTERNS:
        found = pattern.search(text)
        if found is None:
            continue
        day = _date(found)
        if day is None:
            continue
        moment, zone = _time_after(text[found.end() :])
        local = datetime.combine(day, moment).replace(tzinfo=zone or default_zone)
        return local.astimezone(UTC)
    return None


def _iso(text: str) -> datetime | None:
    """A full ISO 8601 timestamp with its offset, as `<time datetime>` carries."""
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else None


def _date(found: re.Match[str]) -> datetime | None:
    groups = found.groupdict()
    month = int(groups["mon"]) if groups.get("mon") else MONTHS[groups["month"].lower()]
    try:
        return datetime(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None


def _time_after(rest: str) -> tuple[time, tzinfo | None]:
    found = _TIME.search(rest[:40])  # the time follows the date closely, if at all
    if found is None:
        return time(0, 0), _zone(rest[:12].strip().split(" ")[0] if rest.strip() else "")
    hour, minute = int(found["hour"]), int(found["minute"])
    ampm = (found["ampm"] or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return time(0, 0), None
    return time(hour, minute, int(found["second"] or 0)), _zone(found["zone"] or "")


def _zone(token: str) -> tzinfo | None:
    token = token.strip(" ,()")
    if not token:
        return None
    if token[0] in "+-" and token[1:].replace(":", "").isdigit():
        digits = token[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        return timezone(-offset if token[0] == "-" else offset)
    return _ZONES.get(token.upper())
