"""Which automatic backups to keep: the newest of each of the last 14 days that have one,
the newest of each of the last 12 months, and the newest of every year, forever (the
law asks for six years of records; a year's last backup holds the whole year)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

DAILY = 14
MONTHLY = 12


def to_keep(
    stamps: Iterable[dt.datetime], *, daily: int = DAILY, monthly: int = MONTHLY
) -> set[dt.datetime]:
    """The backup times to keep among ``stamps``; every other one may be deleted."""
    ordered = sorted(set(stamps), reverse=True)
    keep: set[dt.datetime] = set()
    days: set[dt.date] = set()
    months: set[tuple[int, int]] = set()
    years: set[int] = set()
    for stamp in ordered:  # newest first: the first of each period is its newest
        day, month = stamp.date(), (stamp.year, stamp.month)
        if day not in days and len(days) < daily:
            days.add(day)
            keep.add(stamp)
        if month not in months and len(months) < monthly:
            months.add(month)
            keep.add(stamp)
        if stamp.year not in years:
            years.add(stamp.year)
            keep.add(stamp)
    return keep
