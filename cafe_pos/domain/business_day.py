"""The business day: a café open past midnight still sells on "yesterday" until 04:00.

A sale at 01:30 on the 27th belongs to the business day of the 26th (the Z of the 26th).
The hour the day changes is a setting ("fiscal.day_change_hour", 4 by default).
"""

from __future__ import annotations

import datetime as dt

from cafe_pos.domain.clock import PARIS

DEFAULT_DAY_CHANGE_HOUR = 4


def business_date(local_dt: dt.datetime, day_change_hour: int = DEFAULT_DAY_CHANGE_HOUR) -> dt.date:
    """The business day of a moment (aware datetimes are read in the café's time zone)."""
    if not 0 <= day_change_hour <= 12:
        raise ValueError("day_change_hour must be between 0 and 12")
    local = local_dt.astimezone(PARIS) if local_dt.tzinfo else local_dt
    if local.hour < day_change_hour:
        return local.date() - dt.timedelta(days=1)
    return local.date()


def day_bounds(
    day: dt.date, day_change_hour: int = DEFAULT_DAY_CHANGE_HOUR
) -> tuple[dt.datetime, dt.datetime]:
    """Aware local [start, end) of a business day (DST days are 23 or 25 hours long)."""
    start = dt.datetime.combine(day, dt.time(day_change_hour), tzinfo=PARIS)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(day_change_hour), tzinfo=PARIS)
    return start, end
