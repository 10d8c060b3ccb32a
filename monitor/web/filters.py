"""The alert filters every listing accepts (page and API alike): since/until, rule, entity,
severity, state. Empty form fields mean "any"; a date-only `until` includes that day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated
from urllib.parse import urlencode

from fastapi import HTTPException, Path, Query, status

from monitor.store.alerts import AlertFilter

# Ids are 32-bit INTEGER columns and offsets signed 64-bit: a larger value is refused with a
# 400 naming the parameter, never passed on to the database to fail as a 500.
MAX_ID = 2**31 - 1
MAX_OFFSET = 2**63 - 1
MAX_PAGE = 10**12  # x 500 per page stays far inside MAX_OFFSET
RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="a row id")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
PageNumber = Annotated[int, Query(ge=1, le=MAX_PAGE)]

SEVERITIES = ("info", "warning", "critical")
STATES = ("open", "acknowledged")


def parse_moment(text: str | None, name: str, *, end_of_day: bool = False) -> datetime | None:
    """An ISO date or datetime (UTC unless it says otherwise); HTTP 400 if it is neither."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, f"{name}: {text!r} is not an ISO date or datetime"
        ) from None
    try:
        if end_of_day and len(text.strip()) == 10:
            moment += timedelta(days=1)
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except OverflowError:  # 9999-12-31 as an inclusive end, or an offset past year 9999
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, f"{name}: {text!r} is out of range"
        ) from None


@dataclass(frozen=True)
class AlertParams:
    since: str | None = None
    until: str | None = None
    rule: str | None = None
    entity: str | None = None
    severity: str | None = None
    state: str | None = None

    def to_filter(self, limit: int, offset: int) -> AlertFilter:
        return AlertFilter(
            rule_id=self.rule or None,
            entity=self.entity or None,
            severity=self.severity or None,
            state=self.state or None,
            since=parse_moment(self.since, "since"),
            until=parse_moment(self.until, "until", end_of_day=True),
            limit=limit,
            offset=offset,
        )

    def query_string(self, **extra: object) -> str:
        """These filters (non-empty ones) plus `extra`, as a URL query string."""
        fields = {k: v for k, v in self.__dict__.items() if v}
        fields.update({k: str(v) for k, v in extra.items()})
        return urlencode(fields)


def alert_params(
    since: Annotated[str | None, Query(description="fired at or after (ISO date/datetime)")] = None,
    until: Annotated[
        str | None, Query(description="fired before (a date-only value includes that day)")
    ] = None,
    rule: Annotated[str | None, Query(description="rule id")] = None,
    entity: Annotated[str | None, Query(description="entity (ticker, pair, source id)")] = None,
    severity: Annotated[str | None, Query(description="info | warning | critical")] = None,
    state: Annotated[str | None, Query(description="open | acknowledged")] = None,
) -> AlertParams:
    return AlertParams(since, until, rule, entity, severity, state)
