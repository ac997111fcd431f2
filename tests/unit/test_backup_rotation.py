"""The rotation of automatic backups: 14 daily, 12 monthly, every yearly."""

from __future__ import annotations

import datetime as dt

from cafe_pos.domain.backup_rotation import to_keep


def test_daily_monthly_and_yearly_backups_are_kept() -> None:
    start = dt.datetime(2020, 1, 1, 23, 0)
    stamps = [start + dt.timedelta(days=d) for d in range(6 * 365)]  # six years, daily
    stamps += [s + dt.timedelta(minutes=30) for s in stamps[-3:]]  # a second one those days
    keep = to_keep(stamps)
    newest = max(stamps)
    days = {s.date() for s in keep if newest - s < dt.timedelta(days=14)}
    assert len(days) == 14
    assert max(stamps) in keep and stamps[-4] not in keep  # the newest of its day only
    months = {(s.year, s.month) for s in keep}
    assert len(months) >= 12
    years = {s.year for s in keep}
    assert years == {2020, 2021, 2022, 2023, 2024, 2025}
    assert dt.datetime(2020, 12, 31, 23, 0) in keep  # a year's last backup holds the year
    assert len(keep) <= 14 + 12 + 6


def test_nothing_to_keep_of_nothing() -> None:
    assert to_keep([]) == set()
