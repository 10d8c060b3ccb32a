"""When an exchange trades: regular sessions, weekends, holidays and early closes.

Used by `stock_price` so that a quote that does not move while the market is closed is not
a stale source, and so that nothing is fetched overnight once the closing price is in.
The defaults are the NYSE's: America/New_York, 09:30–16:00, Monday to Friday, with the
exchange's published full-day holidays and 13:00 early closes for 2025–2027. Later years
(or another exchange) go in the config; a missing holiday only costs a few useless polls.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator

from monitor.registry import StrictModel

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LOOKBACK_DAYS = 14  # longer than any run of closed days (a weekend plus holidays)

NYSE_HOLIDAYS: tuple[date, ...] = tuple(
    date.fromisoformat(day)
    for day in (
        "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26",
        "2025-06-19", "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25",
        "2026-01-01", "2026-01-19", "2026-02-16", "2026-04-03", "2026-05-25", "2026-06-19",
        "2026-07-03", "2026-09-07", "2026-11-26", "2026-12-25",
        "2027-01-01", "2027-01-18", "2027-02-15", "2027-03-26", "2027-05-31", "2027-06-18",
        "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24",
    )
)  # fmt: skip
NYSE_EARLY_CLOSES: dict[date, time] = {
    date.fromisoformat(day): time(13, 0)
    for day in ("2025-07-03", "2025-11-28", "2025-12-24", "2026-11-27", "2026-12-24",
                "2027-11-26")
}  # fmt: skip


class MarketHours(StrictModel):
    """An exchange's regular trading session, in its own timezone."""

    timezone: str = "America/New_York"
    open: time = time(9, 30)
    close: time = time(16, 0)
    days: list[Weekday] = Field(default_factory=lambda: list(_WEEKDAYS[:5]))
    holidays: list[date] = Field(
        default_factory=lambda: list(NYSE_HOLIDAYS), description="full days closed"
    )
    early_closes: dict[date, time] = Field(
        default_factory=lambda: dict(NYSE_EARLY_CLOSES), description="day -> closing time"
    )

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown timezone {value!r}") from exc
        return value

    @field_validator("open", "close", mode="before")
    @classmethod
    def _sexagesimal(cls, value: object) -> object:
        return _clock_time(value)

    @field_validator("early_closes", mode="before")
    @classmethod
    def _early_sexagesimal(cls, value: object) -> object:
        if isinstance(value, dict):
            return {day: _clock_time(closes) for day, closes in value.items()}
        return value

    def __str__(self) -> str:
        """Short enough for a reference table: the session, not every holiday."""
        days = ",".join(self.days)
        years = sorted({day.year for day in self.holidays})
        span = f" {years[0]}–{years[-1]}" if years else ""
        return (
            f"{self.timezone} {self.open:%H:%M}–{self.close:%H:%M} {days}; "
            f"{len(self.holidays)} holidays{span}, {len(self.early_closes)} early closes"
        )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def session(self, day: date) -> tuple[datetime, datetime] | None:
        """Open and close of `day`'s session as UTC datetimes; None when closed all day."""
        if _WEEKDAYS[day.weekday()] not in self.days or day in self.holidays:
            return None
        closes = self.early_closes.get(day, self.close)
        opened = datetime.combine(day, self.open, self.zone)
        return opened.astimezone(UTC), datetime.combine(day, closes, self.zone).astimezone(UTC)

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.zone).date()

    def open_since(self, moment: datetime) -> datetime | None:
        """When the session running at `moment` opened; None if the market is closed."""
        session = self.session(self.local_date(moment))
        if session and session[0] <= moment < session[1]:
            return session[0]
        return None

    def is_open(self, moment: datetime) -> bool:
        return self.open_since(moment) is not None

    def last_close(self, moment: datetime) -> datetime | None:
        """The most recent session close at or before `moment`."""
        day = self.local_date(moment)
        for back in range(_LOOKBACK_DAYS):
            session = self.session(day - timedelta(days=back))
            if session and session[1] <= moment:
                return session[1]
        return None


def _clock_time(value: object) -> object:
    """YAML 1.1 reads an unquoted 16:00 as 960 (base 60): read it back as the clock time."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 3600:
        if value < 24 * 60:  # HH:MM
            return time(*divmod(value, 60))
        minutes, seconds = divmod(value, 60)  # HH:MM:SS
        return time(*divmod(minutes, 60), seconds)
    return value
