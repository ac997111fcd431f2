"""Time as a dependency: services ask a Clock, so tests and `simulate` control it."""

from __future__ import annotations

import datetime as dt
from typing import Protocol
from zoneinfo import ZoneInfo

# The cafés are in metropolitan France (Windows gets the tz database from the tzdata wheel).
PARIS = ZoneInfo("Europe/Paris")


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """Aware datetime, in the café's time zone."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(PARIS)


class FixedClock:
    """A clock that stays where it is set (tests, simulate)."""

    def __init__(self, at: dt.datetime) -> None:
        self.at = at if at.tzinfo else at.replace(tzinfo=PARIS)

    def now(self) -> dt.datetime:
        return self.at

    def set(self, at: dt.datetime) -> None:
        self.at = at if at.tzinfo else at.replace(tzinfo=PARIS)

    def advance(self, **delta: float) -> None:
        self.at = self.at + dt.timedelta(**delta)


def to_utc_naive(moment: dt.datetime) -> dt.datetime:
    """What the database stores: UTC, naive."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def from_utc_naive(stored: dt.datetime) -> dt.datetime:
    """Back to the café's local time for display."""
    return stored.replace(tzinfo=dt.UTC).astimezone(PARIS)
