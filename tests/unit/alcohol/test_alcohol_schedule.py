"""Opening hours of the prefectoral order: windows across midnight, exceptions, DST days."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.schedule import (
    Interval,
    ScheduleError,
    WeeklySchedule,
    first_instant_at,
    format_intervals,
    parse_interval,
    parse_intervals,
)


def at(
    year: int, month: int, day: int, hour: int, minute: int = 0, *, fold: int = 0
) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS, fold=fold)


def every_day(text: str) -> WeeklySchedule:
    return WeeklySchedule(weekly={day: parse_intervals(text) for day in range(7)})


def test_parse_and_format_round_trip() -> None:
    intervals = parse_intervals("15h-1h ; 7:00-13:00")
    assert intervals == (Interval(420, 780), Interval(900, 60))
    assert format_intervals(intervals) == "07:00-13:00, 15:00-01:00"
    assert parse_intervals("fermé") == ()
    assert format_intervals(()) == "fermé"
    assert parse_interval("18:00-00:00") == Interval(1080, 1440)  # ends at midnight
    assert parse_interval("00:00-24:00").duration_minutes == 1440


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("25:00-02:00", "Heure invalide"),
        ("18:70-20:00", "Heure invalide"),
        ("demain", "Plage invalide"),
        ("06:00-06:00", "doit différer"),
        ("07:00-13:00, 12:00-15:00", "se chevauchent"),
        ("22:00-02:00, 23:00-23:30", "se chevauchent"),
    ],
)
def test_bad_hours_are_refused_in_french(text: str, message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        parse_intervals(text)


def test_window_crossing_midnight_belongs_to_the_day_it_starts() -> None:
    # Friday 2026-11-27 opens 07:00-02:00; Saturday is closed all day.
    hours = WeeklySchedule(weekly={4: parse_intervals("07:00-02:00")})
    assert hours.is_open_at(at(2026, 11, 27, 23, 30))
    assert hours.is_open_at(at(2026, 11, 28, 1, 59))  # Saturday night, still Friday's window
    assert not hours.is_open_at(at(2026, 11, 28, 2, 0))  # end is exclusive
    assert not hours.is_open_at(at(2026, 11, 28, 12, 0))
    assert not hours.is_open_at(at(2026, 11, 27, 6, 59))
    assert hours.is_open_at(at(2026, 11, 27, 7, 0))


def test_exception_replaces_the_weekday_for_that_date() -> None:
    fete = dt.date(2026, 7, 14)
    hours = WeeklySchedule(
        weekly={day: parse_intervals("07:00-22:00") for day in range(7)},
        exceptions={fete: parse_intervals("07:00-03:00"), dt.date(2026, 12, 25): ()},
    )
    assert hours.is_open_at(at(2026, 7, 15, 2, 30))  # the fête runs late
    assert not hours.is_open_at(at(2026, 7, 16, 2, 30))  # not the day after
    assert not hours.is_open_at(at(2026, 12, 25, 10, 0))  # closed on Christmas
    assert hours.intervals_on(dt.date(2026, 7, 13)) == (Interval(420, 1320),)


def test_next_opening_names_the_next_start() -> None:
    hours = WeeklySchedule(
        weekly={0: parse_intervals("07:00-20:00"), 2: parse_intervals("09:00-12:00")}
    )
    nxt = hours.next_opening(at(2026, 11, 30, 21, 0))  # Monday evening
    assert nxt == at(2026, 12, 2, 9, 0)
    assert nxt is not None and nxt.tzinfo is PARIS
    assert WeeklySchedule(weekly={}).next_opening(at(2026, 11, 30, 21, 0)) is None


def test_naive_datetimes_are_a_programming_error() -> None:
    with pytest.raises(ValueError, match="aware"):
        every_day("07:00-20:00").is_open_at(dt.datetime(2026, 11, 30, 12, 0))


# --- daylight saving time ---------------------------------------------------------------
# 2026-03-29: clocks jump from 02:00 to 03:00. 2026-10-25: from 03:00 back to 02:00.


def test_spring_forward_window_ending_in_the_missing_hour_ends_at_the_jump() -> None:
    hours = every_day("07:00-02:30")  # Saturday 28 March, closing 02:30 (does not exist)
    assert hours.is_open_at(at(2026, 3, 29, 1, 59))
    assert not hours.is_open_at(at(2026, 3, 29, 3, 0))  # the first minute after the jump
    assert not hours.is_open_at(at(2026, 3, 29, 3, 29))
    span = hours.span_at(at(2026, 3, 29, 1, 0))
    assert span is not None
    assert span.end == dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)  # 03:00 CEST
    # The window of that Saturday lasted 19 h 30 of wall clock but 19 h of real time.
    assert span.end - span.start == dt.timedelta(hours=19)


def test_spring_forward_window_ending_after_the_jump_keeps_wall_clock() -> None:
    hours = every_day("07:00-04:00")
    assert hours.is_open_at(at(2026, 3, 29, 3, 30))
    assert not hours.is_open_at(at(2026, 3, 29, 4, 0))
    span = hours.span_at(at(2026, 3, 29, 3, 30))
    assert span is not None and span.end == dt.datetime(2026, 3, 29, 2, 0, tzinfo=dt.UTC)


def test_fall_back_closing_time_is_not_reached_twice() -> None:
    hours = every_day("07:00-02:30")  # Saturday 24 October
    first_0215 = at(2026, 10, 25, 2, 15, fold=0)  # CEST, before the closing time
    second_0215 = at(2026, 10, 25, 2, 15, fold=1)  # CET, one hour later: closed already
    assert hours.is_open_at(first_0215)
    assert not hours.is_open_at(at(2026, 10, 25, 2, 45, fold=0))
    assert not hours.is_open_at(second_0215)
    nxt = hours.next_opening(second_0215)
    assert nxt == at(2026, 10, 25, 7, 0)


def test_fall_back_window_ending_after_the_change_lasts_one_more_real_hour() -> None:
    hours = every_day("07:00-03:00")
    assert hours.is_open_at(at(2026, 10, 25, 2, 30, fold=1))  # the second 02:30 still open
    span = hours.span_at(at(2026, 10, 25, 2, 30, fold=1))
    assert span is not None and span.end - span.start == dt.timedelta(hours=21)


def test_windows_opening_in_the_missing_hour_open_at_the_jump() -> None:
    hours = WeeklySchedule(weekly={6: parse_intervals("02:30-05:00")})  # Sunday 29 March
    assert hours.next_opening(at(2026, 3, 29, 1, 0)) == at(2026, 3, 29, 3, 0)


def test_first_instant_at_on_ordinary_and_dst_days() -> None:
    assert first_instant_at(dt.datetime(2026, 11, 26, 12, 0), PARIS) == dt.datetime(
        2026, 11, 26, 11, 0, tzinfo=dt.UTC
    )
    assert first_instant_at(dt.datetime(2026, 3, 29, 2, 30), PARIS) == dt.datetime(
        2026, 3, 29, 1, 0, tzinfo=dt.UTC
    )
    assert first_instant_at(dt.datetime(2026, 10, 25, 2, 30), PARIS) == dt.datetime(
        2026, 10, 25, 0, 30, tzinfo=dt.UTC
    )


def test_hours_without_any_closing_time_are_refused() -> None:
    from cafe_pos.domain.alcohol import check_has_closing_time

    open_week = {day: parse_intervals("07:00-02:00") for day in range(7)}
    check_has_closing_time(open_week)
    # Thursday 06:00-06:00 is refused by the parser; two windows covering 24 h are not.
    open_week[3] = parse_intervals("00:00-12:00, 12:00-24:00")
    with pytest.raises(ScheduleError, match="jeudi n'a aucune heure de fermeture"):
        check_has_closing_time(open_week)
    # A late window from the eve can close the last gap of the next day too.
    week = {0: parse_intervals("02:00-24:00"), 6: parse_intervals("18:00-02:00")}
    with pytest.raises(ScheduleError, match="lundi"):
        check_has_closing_time(week)
    with pytest.raises(ScheduleError, match="le 14/07"):
        check_has_closing_time({0: parse_intervals("00:00-24:00")}, day_label="le 14/07")
