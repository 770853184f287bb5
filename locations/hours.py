"""When a clinic is open: the pure logic behind `open_now`, `hours_today` and `opens_next`.

Opening hours are wall-clock times in the clinic's own timezone ("8:00 in Savannah"), so every
computation first converts the instant asked about to the clinic's zone, works on local dates
and times, and only turns a local time back into an instant at the end. That is what keeps the
answers right across daylight-saving changes: "next Monday 08:00" is built from the local date
and time, never by adding 24-hour days to an instant.

Every function reads the clinic's rows through `clinic.opening_hours.all()` and
`clinic.special_hours.all()`, once per call, and filters in Python. A caller that did
`prefetch_related("opening_hours", "special_hours")` therefore pays no query at all, whatever
it computes and for however many clinics; a caller that did not pays two queries per call, not
two per day looked at. Iterating `.all()` also works on a page rebuilt from a revision
(preview), whose rows live only in memory.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils import timezone

if TYPE_CHECKING:
    from locations.models import LocationPage, SpecialHours

logger = logging.getLogger(__name__)

#: How far `opens_next` looks ahead: two weeks covers a week-long closure plus the weekends
#: around it; a clinic closed for longer is shown as closed with no "opens" time.
LOOKAHEAD_DAYS = 14

#: The zone used if a clinic's timezone is somehow not a known zone: the practice is in Georgia.
FALLBACK_TIMEZONE = "America/New_York"

DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

Period = tuple[dt.time, dt.time]


class PeriodDict(TypedDict):
    opens: str
    closes: str


class WeeklyPeriodDict(TypedDict):
    day: str
    opens: str
    closes: str


class SpecialHoursDict(TypedDict):
    date: str
    end_date: str | None
    closed: bool
    opens: str | None
    closes: str | None
    reason: str


# The schedule: a clinic's rows read once, then looked at as often as needed


@dataclass(frozen=True)
class _Schedule:
    """A clinic's zone, weekly periods and special days, read from its rows once."""

    zone: ZoneInfo
    weekly: dict[int, list[Period]]
    special: list[SpecialHours]

    @classmethod
    def of(cls, clinic: LocationPage) -> _Schedule:
        weekly: dict[int, list[Period]] = {}
        for row in clinic.opening_hours.all():
            weekly.setdefault(row.day, []).append((row.opens, row.closes))
        for periods in weekly.values():
            periods.sort()
        return cls(clinic_zone(clinic), weekly, list(clinic.special_hours.all()))

    def special_on(self, day: dt.date) -> SpecialHours | None:
        """The special day that applies to `day`, if any.

        Should two rows cover the same day (a single changed day inside a longer closure),
        the one covering fewer days wins, being the more specific; between rows of equal
        span a closure wins, as telling a patient "closed" costs less than sending them to
        a locked door.
        """
        covering = [row for row in self.special if _covers(row, day)]
        if not covering:
            return None
        return min(covering, key=lambda row: (_span_days(row), not row.closed, row.sort_order or 0))

    def periods_on(self, day: dt.date) -> list[Period]:
        special = self.special_on(day)
        if special is None:
            return list(self.weekly.get(day.weekday(), []))
        if special.closed or special.opens is None or special.closes is None:
            return []
        return [(special.opens, special.closes)]

    def local(self, at: dt.datetime | None) -> dt.datetime:
        return _aware(at).astimezone(self.zone)

    def instant(self, day: dt.date, time: dt.time) -> dt.datetime:
        """The local `day` at wall-clock `time`, as an aware datetime in the clinic's zone.

        The round trip through UTC normalises a wall-clock time that does not exist (inside
        the hour skipped in spring) to the real instant, shown with the right offset.
        """
        naive_local = dt.datetime.combine(day, time, tzinfo=self.zone)
        return naive_local.astimezone(dt.UTC).astimezone(self.zone)


def _covers(row: SpecialHours, day: dt.date) -> bool:
    return row.date <= day <= (row.end_date or row.date)


def _span_days(row: SpecialHours) -> int:
    return ((row.end_date or row.date) - row.date).days


def _aware(at: dt.datetime | None) -> dt.datetime:
    if at is None:
        return timezone.now()
    if timezone.is_naive(at):
        raise ValueError("Pass an aware datetime: a naive one names no instant.")
    return at


def _is_within(period: Period, time: dt.time) -> bool:
    """Whether `time` is inside `period`, which includes its opening minute, not its closing."""
    opens, closes = period
    return opens <= time < closes


def _hhmm(time: dt.time) -> str:
    """A time in the API's 24-hour shape, "08:00"; seconds are never meaningful here."""
    return time.strftime("%H:%M")


def clinic_zone(clinic: LocationPage) -> ZoneInfo:
    """The clinic's zone; a bad value falls back to Eastern time rather than break the API."""
    try:
        return ZoneInfo(clinic.timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        logger.warning(
            "Clinic %s has an unknown timezone %r; using %s.",
            clinic.pk,
            clinic.timezone,
            FALLBACK_TIMEZONE,
        )
        return ZoneInfo(FALLBACK_TIMEZONE)


# Public functions


def hours_on(clinic: LocationPage, day: dt.date) -> list[Period]:
    """The opening periods of the clinic on the local date `day`, earliest first.

    A special day covering the date wins over the weekly hours: a closure gives no period,
    changed hours give just that one period.
    """
    return _Schedule.of(clinic).periods_on(day)


def open_now(clinic: LocationPage, at: dt.datetime | None = None) -> bool:
    """Whether the clinic is open at the instant `at` (aware; default: now)."""
    schedule = _Schedule.of(clinic)
    return _open_at(schedule, schedule.local(at))


def _open_at(schedule: _Schedule, local: dt.datetime) -> bool:
    time = local.time()
    return any(_is_within(period, time) for period in schedule.periods_on(local.date()))


def closes_at(clinic: LocationPage, at: dt.datetime | None = None) -> dt.datetime | None:
    """When the clinic closes, if it is open at `at`: for "Open until 5:00 PM".

    Periods that follow on without a gap (08:00–12:00 then 12:00–17:00) count as one, so
    the answer is when the doors really close. None when the clinic is closed at `at`.
    """
    schedule = _Schedule.of(clinic)
    local = schedule.local(at)
    time = local.time()
    closing: dt.time | None = None
    for opens, closes in schedule.periods_on(local.date()):
        if closing is None and _is_within((opens, closes), time):
            closing = closes
        elif closing is not None:
            if opens > closing:
                break
            closing = max(closing, closes)
    return None if closing is None else schedule.instant(local.date(), closing)


def opens_next(clinic: LocationPage, at: dt.datetime | None = None) -> dt.datetime | None:
    """When the clinic next opens after `at`, as an aware datetime in the clinic's zone.

    None when the clinic is open at `at` (a widget then says "Open until …", from
    `closes_at`), and None when it does not open within `LOOKAHEAD_DAYS` days after today
    (no hours entered, or a long closure). Returning None while open, rather than the
    opening after the current period, keeps the API's `open_now`/`opens_next` pair
    unambiguous: exactly one of "open now" and "opens at …" is ever shown.
    """
    schedule = _Schedule.of(clinic)
    local = schedule.local(at)
    if _open_at(schedule, local):
        return None
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + dt.timedelta(days=offset)
        for opens, _closes in schedule.periods_on(day):
            start = schedule.instant(day, opens)
            if start > local:
                return start
    return None


def hours_today(clinic: LocationPage, at: dt.datetime | None = None) -> list[PeriodDict]:
    """Today's periods in the clinic's zone, in the API's shape: [{"opens", "closes"}]."""
    schedule = _Schedule.of(clinic)
    today = schedule.local(at).date()
    return [
        {"opens": _hhmm(opens), "closes": _hhmm(closes)}
        for opens, closes in schedule.periods_on(today)
    ]


def hours_today_text(clinic: LocationPage, at: dt.datetime | None = None) -> str:
    """Today's hours for people: "8:00 AM – 12:00 PM, 1:00 PM – 5:00 PM".

    A closed day reads "Closed today", with the reason of a special day when one was given
    ("Closed today (Thanksgiving)"); changed hours carry their reason too
    ("8:00 AM – 12:00 PM (Christmas Eve)"), so a patient sees why today is different.
    """
    schedule = _Schedule.of(clinic)
    today = schedule.local(at).date()
    special = schedule.special_on(today)
    reason = f" ({special.reason})" if special is not None and special.reason else ""
    periods = schedule.periods_on(today)
    if not periods:
        return f"Closed today{reason}"
    return ", ".join(format_period(period) for period in periods) + reason


def format_time(time: dt.time) -> str:
    """A time as US patients read it: "8:00 AM", "12:30 PM"."""
    hour = time.hour % 12 or 12
    return f"{hour}:{time.minute:02d} {'AM' if time.hour < 12 else 'PM'}"


def format_period(period: Period) -> str:
    opens, closes = period
    return f"{format_time(opens)} – {format_time(closes)}"


def weekly_hours(clinic: LocationPage) -> list[WeeklyPeriodDict]:
    """The weekly hours in the API's shape, Monday to Sunday and by time within a day."""
    rows = sorted(clinic.opening_hours.all(), key=lambda row: (row.day, row.opens, row.closes))
    return [
        {"day": DAY_NAMES[row.day], "opens": _hhmm(row.opens), "closes": _hhmm(row.closes)}
        for row in rows
    ]


def special_hours_upcoming(
    clinic: LocationPage, today: dt.date | None = None, days: int = 60
) -> list[SpecialHoursDict]:
    """Special days not yet over that start within `days` days of `today`, by date.

    A closure that began before today but still runs is included: patients need to know
    the clinic is closed now. `today` defaults to the clinic's local date.
    """
    if today is None:
        today = timezone.now().astimezone(clinic_zone(clinic)).date()
    horizon = today + dt.timedelta(days=days)
    rows = sorted(
        (
            row
            for row in clinic.special_hours.all()
            if (row.end_date or row.date) >= today and row.date <= horizon
        ),
        key=lambda row: (row.date, row.end_date or row.date, row.sort_order or 0),
    )
    return [
        {
            "date": row.date.isoformat(),
            "end_date": row.end_date.isoformat() if row.end_date else None,
            "closed": row.closed,
            "opens": None if row.closed or row.opens is None else _hhmm(row.opens),
            "closes": None if row.closed or row.closes is None else _hhmm(row.closes),
            "reason": row.reason,
        }
        for row in rows
    ]
