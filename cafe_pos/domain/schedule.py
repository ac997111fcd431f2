"""Weekly time windows that may cross midnight, with exceptions by date.

Used for the legal opening hours of the café (prefectoral order) and for happy-hour
promotions. An ``Interval`` is a wall-clock window of one day ("22:00-02:00" starts on
that day and ends the next). A ``WeeklySchedule`` gives each weekday its intervals and
may replace them for given dates (a village fête, a closed bank holiday).

Daylight-saving time: a window starts at the first instant the wall clock shows its start
time and ends at the first instant it shows its end time. So when the clocks jump from
02:00 to 03:00 a window ending at 02:30 ends at 03:00 (the jump), and when they go back
from 03:00 to 02:00 a window ending at 02:30 ends at the first 02:30: a closing time,
once reached, is not reached again an hour later. All comparisons are made in UTC.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from cafe_pos.domain.errors import UserError

MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY

WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAY_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


class ScheduleError(UserError, ValueError):
    """Hours typed in a form that cannot be used (message in French)."""


@dataclass(frozen=True, slots=True, order=True)
class Interval:
    """A window of one day, in minutes after midnight; ``end <= start`` ends the next day.

    ``start`` is 0..1439 and ``end`` 1..1440 (1440 is "24:00", midnight at the end of the
    day). A window of zero or 24 hours written as "06:00-06:00" is ambiguous and refused.
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < MINUTES_PER_DAY or not 0 < self.end <= MINUTES_PER_DAY:
            raise ScheduleError("Heure invalide : les heures vont de 00:00 à 24:00")
        if self.start == self.end:
            raise ScheduleError(
                f"Plage {self.label} invalide : l'heure de fin doit différer de l'heure de début"
            )

    @property
    def crosses_midnight(self) -> bool:
        return self.end < self.start

    @property
    def duration_minutes(self) -> int:
        return (self.end - self.start) % MINUTES_PER_DAY or MINUTES_PER_DAY

    @property
    def label(self) -> str:
        return f"{format_minute(self.start)}-{format_minute(self.end)}"


def format_minute(minute: int) -> str:
    """510 -> "08:30"; 1440 -> "24:00"."""
    hours, minutes = divmod(minute, 60)
    return f"{hours:02d}:{minutes:02d}"


_TIME_RE = re.compile(r"^(\d{1,2})(?:[:hH](\d{2})?)?$")
_CLOSED_WORDS = {"", "ferme", "fermé", "-"}


def parse_minute(text: str) -> int:
    """ "8:30", "08h30", "18h", "24:00" -> minutes after midnight."""
    match = _TIME_RE.match(text.strip())
    if not match:
        raise ScheduleError(f"Heure invalide : « {text.strip()} » (exemple : 18:30)")
    hours, minutes = int(match.group(1)), int(match.group(2) or 0)
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise ScheduleError(f"Heure invalide : « {text.strip()} » (de 00:00 à 24:00)")
    return hours * 60 + minutes


def parse_interval(text: str) -> Interval:
    """ "22:00-02:00" -> Interval(1320, 120); a window ending at "00:00" ends at "24:00"."""
    parts = text.split("-")
    if len(parts) != 2:
        raise ScheduleError(f"Plage invalide : « {text.strip()} » (exemple : 07:00-01:00)")
    start, end = parse_minute(parts[0]), parse_minute(parts[1])
    if start == MINUTES_PER_DAY:
        start = 0
    return Interval(start, end or MINUTES_PER_DAY)


def parse_intervals(text: str) -> tuple[Interval, ...]:
    """ "07:00-13:00, 15:00-01:00" -> two intervals; "" or "fermé" -> closed all day.

    Overlapping windows on the same day are refused (one of them is surely a typo).
    """
    if text.strip().lower() in _CLOSED_WORDS:
        return ()
    intervals = tuple(
        sorted(parse_interval(part) for part in re.split(r"[,;]", text) if part.strip())
    )
    check_no_overlap(intervals)
    return intervals


def check_no_overlap(intervals: tuple[Interval, ...]) -> None:
    ordered = sorted(intervals)
    for before, after in pairwise(ordered):
        if before.crosses_midnight or after.start < before.end:
            raise ScheduleError(f"Les plages {before.label} et {after.label} se chevauchent")


def format_intervals(intervals: tuple[Interval, ...]) -> str:
    return ", ".join(interval.label for interval in intervals) if intervals else "fermé"


def minutes_of_week(weekday: int, interval: Interval) -> set[int]:
    """The minutes of the week (0 = Monday 00:00) an interval of that weekday covers."""
    start = weekday * MINUTES_PER_DAY + interval.start
    return {(start + offset) % MINUTES_PER_WEEK for offset in range(interval.duration_minutes)}


def days_without_closing(weekly: Mapping[int, tuple[Interval, ...]]) -> list[int]:
    """Weekdays whose 24 hours are all inside windows (counting the eve's late window)."""
    covered: set[int] = set()
    for day, intervals in weekly.items():
        for interval in intervals:
            covered |= minutes_of_week(day, interval)
    return [
        day
        for day in range(7)
        if all(m in covered for m in range(day * MINUTES_PER_DAY, (day + 1) * MINUTES_PER_DAY))
    ]


def first_instant_at(wall: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The first instant (UTC) at which the clock in ``tz`` shows ``wall`` or later.

    A wall time that exists once or twice (clocks going back) gives its first occurrence;
    one that does not exist (clocks jumping forward) gives the end of the jump.
    """
    if _exists(wall, tz):
        return wall.replace(tzinfo=tz, fold=0).astimezone(dt.UTC)
    probe = wall.replace(second=0, microsecond=0)
    for _ in range(2 * MINUTES_PER_DAY):  # real gaps are one hour; stay bounded anyway
        probe += dt.timedelta(minutes=1)
        if _exists(probe, tz):
            return probe.replace(tzinfo=tz, fold=0).astimezone(dt.UTC)
    raise ValueError(f"no valid local time after {wall} in {tz}")  # pragma: no cover


def _exists(wall: dt.datetime, tz: dt.tzinfo) -> bool:
    aware = wall.replace(tzinfo=tz, fold=0)
    return aware.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None) == wall


def _require_aware(moment: dt.datetime) -> dt.tzinfo:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("schedule checks need an aware local datetime")
    return moment.tzinfo


@dataclass(frozen=True, slots=True)
class Span:
    """One occurrence of an interval: [start, end) in UTC, and the day it belongs to."""

    day: dt.date
    interval: Interval
    start: dt.datetime
    end: dt.datetime

    def contains(self, instant_utc: dt.datetime) -> bool:
        return self.start <= instant_utc < self.end


@dataclass(frozen=True, slots=True)
class WeeklySchedule:
    """Intervals per weekday (0 = Monday) and replacements for given dates."""

    weekly: Mapping[int, tuple[Interval, ...]]
    exceptions: Mapping[dt.date, tuple[Interval, ...]] = field(default_factory=dict)

    def intervals_on(self, day: dt.date) -> tuple[Interval, ...]:
        if day in self.exceptions:
            return self.exceptions[day]
        return self.weekly.get(day.weekday(), ())

    def spans(self, first_day: dt.date, last_day: dt.date, tz: dt.tzinfo) -> Iterator[Span]:
        """Occurrences of the windows of the days first_day..last_day, in order."""
        day = first_day
        while day <= last_day:
            midnight = dt.datetime.combine(day, dt.time())
            for interval in self.intervals_on(day):
                start = midnight + dt.timedelta(minutes=interval.start)
                end = start + dt.timedelta(minutes=interval.duration_minutes)
                yield Span(day, interval, first_instant_at(start, tz), first_instant_at(end, tz))
            day += dt.timedelta(days=1)

    def span_at(self, local_dt: dt.datetime) -> Span | None:
        """The window containing this moment (the previous day's may run past midnight)."""
        tz = _require_aware(local_dt)
        now = local_dt.astimezone(dt.UTC)
        today = local_dt.date()
        for span in self.spans(today - dt.timedelta(days=1), today, tz):
            if span.contains(now):
                return span
        return None

    def is_open_at(self, local_dt: dt.datetime) -> bool:
        return self.span_at(local_dt) is not None

    def next_opening(self, local_dt: dt.datetime, *, horizon_days: int = 14) -> dt.datetime | None:
        """The next start of a window after this moment, in the same zone; None if none soon."""
        tz = _require_aware(local_dt)
        now = local_dt.astimezone(dt.UTC)
        today = local_dt.date()
        for span in self.spans(today, today + dt.timedelta(days=horizon_days), tz):
            if span.start > now:
                return span.start.astimezone(tz)
        return None


def format_local_moment(moment: dt.datetime) -> str:
    """ "samedi 28/11 à 07:00" (for messages)."""
    return f"{WEEKDAY_NAMES[moment.weekday()]} {moment:%d/%m} à {moment:%H:%M}"
