"""Unit tests of the pure stock rules (domain/stock.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from cafe_pos.domain import stock as st
from cafe_pos.domain.stock import DateKind, Freshness, LedgerMove, Level, Lot

MON = dt.date(2026, 11, 30)  # a Monday


def test_net_unit_cost_includes_line_discount_and_pack() -> None:
    # A pack of 24 at 12,00 € HT with 10 % off: 0,45 € a unit.
    assert st.net_unit_cost(1200, 1000, 24) == 45
    assert st.net_unit_cost(199) == 199
    assert st.net_unit_cost(100, 0, 3) == 33  # half-up once, at the end


def test_average_cost_weighted_and_discounts_count() -> None:
    # 10 on hand at 1,00 €, 10 received at 2,00 € with 50 % off = 1,00 € -> PMP unchanged.
    discounted = st.net_unit_cost(200, 5000)
    assert st.average_cost(10_000, 100, 10_000, discounted) == 100
    assert st.average_cost(10_000, 100, 30_000, 200) == 175
    # A negative or empty shelf restarts at the receipt's cost.
    assert st.average_cost(-2_000, 100, 5_000, 150) == 150
    assert st.average_cost(0, 0, 5_000, 150) == 150


def test_replay_only_receipts_move_the_pmp() -> None:
    moves = [
        LedgerMove("delivery", 10_000, 100),
        LedgerMove("sale", -4_000, 100),
        LedgerMove("delivery", 6_000, 200),  # 6 at 1 + 6 at 2 -> 1,50
        LedgerMove("loss", -1_000, 150),
        LedgerMove("correction", -2_000, 200),  # a correction taking out never moves it
        LedgerMove("count", 500, 150),
    ]
    level = st.replay(moves)
    assert level == Level(9_500, 150)
    assert level.value_cents == 1425


def test_fefo_picks_earliest_date_first_then_undated() -> None:
    lots = [
        Lot(1, None, 5_000),
        Lot(2, dt.date(2026, 12, 5), 2_000),
        Lot(3, dt.date(2026, 12, 2), 1_000),
    ]
    assert st.fefo_pick(lots, 4_000) == [(3, 1_000), (2, 2_000), (1, 1_000)]
    assert st.fefo_pick(lots, 9_000) == [(3, 1_000), (2, 2_000), (1, 5_000)]
    assert st.trim_lots(lots, 6_000) == [(3, 1_000), (2, 1_000)]
    assert st.trim_lots(lots, 8_000) == []


def test_use_by_refused_from_the_next_day_best_before_warned() -> None:
    d = dt.date(2026, 12, 1)
    assert st.freshness(DateKind.USE_BY, d, d) is Freshness.FRESH
    assert st.freshness(DateKind.USE_BY, d, d + dt.timedelta(days=1)) is Freshness.PAST_USE_BY
    assert st.freshness(DateKind.BEST_BEFORE, d, d + dt.timedelta(days=1)) is (
        Freshness.PAST_BEST_BEFORE
    )
    assert st.freshness(DateKind.NONE, d, d + dt.timedelta(days=9)) is Freshness.FRESH


def test_reception_dates() -> None:
    today = dt.date(2026, 12, 3)
    assert st.check_reception_date(DateKind.USE_BY, today, today) == ""
    with pytest.raises(st.StockError, match="DLC dépassée"):
        st.check_reception_date(DateKind.USE_BY, dt.date(2026, 12, 2), today)
    with pytest.raises(st.StockError, match="DDM dépassée"):
        st.check_reception_date(DateKind.BEST_BEFORE, dt.date(2026, 12, 2), today)
    warning = st.check_reception_date(
        DateKind.BEST_BEFORE, dt.date(2026, 12, 2), today, accept_past_best_before=True
    )
    assert "DDM dépassée" in warning
    with pytest.raises(st.StockError, match="Saisissez la DLC"):
        st.check_reception_date(DateKind.USE_BY, None, today)


def test_expiring_lists_past_and_soon_lots_on_the_shelf() -> None:
    today = dt.date(2026, 12, 3)
    lots = [
        Lot(1, dt.date(2026, 12, 6), 1_000),
        Lot(2, dt.date(2026, 12, 7), 1_000),
        Lot(3, dt.date(2026, 12, 1), 1_000),
        Lot(4, dt.date(2026, 12, 2), 0),
    ]
    assert [lot.lot_id for lot in st.expiring(lots, today, 3)] == [3, 1]


@pytest.mark.parametrize(
    ("check", "value"),
    [
        (st.check_quantity, 0),
        (st.check_quantity, -1000),
        (st.check_quantity, 100_000_000),
        (st.check_unit_cost, -1),
        (st.check_unit_cost, 2_000_000),
        (st.check_pack_size, 0),
        (st.check_counted, -1),
        (st.check_discount_bp, 10000),
    ],
)
def test_absurd_inputs_refused(check: Callable[[int], object], value: int) -> None:
    with pytest.raises(st.StockError):
        check(value)


def test_siret_checked_by_stdnum() -> None:
    assert st.check_siret("732 829 320 00074") == "73282932000074"
    assert st.check_siret("  ") == ""
    with pytest.raises(st.StockError, match="SIRET invalide"):
        st.check_siret("73282932000075")


def test_price_rise_flag() -> None:
    assert st.is_price_rise(100, 111)
    assert not st.is_price_rise(100, 110)
    assert not st.is_price_rise(None, 500)
    assert st.price_rise_bp(200, 150) == 0


def test_count_difference_value() -> None:
    diffs = [st.CountDifference(10_000, 8_000, 150), st.CountDifference(2_000, 3_000, 99)]
    assert diffs[0].difference_milli == -2_000
    assert st.count_total(diffs) == -300 + 99


def test_next_delivery_respects_lead_time_and_weekdays() -> None:
    tue_fri = frozenset({1, 4})
    assert st.next_delivery(MON, 1, tue_fri) == dt.date(2026, 12, 1)  # Tuesday
    assert st.next_delivery(MON, 2, tue_fri) == dt.date(2026, 12, 4)  # Friday
    assert st.following_delivery(dt.date(2026, 12, 4), tue_fri) == dt.date(2026, 12, 8)
    assert st.next_delivery(MON, 2, frozenset()) == dt.date(2026, 12, 2)
    assert st.parse_weekdays("1, 4") == tue_fri
    with pytest.raises(st.StockError):
        st.parse_weekdays("8")


def test_weekday_speed_averages_each_weekday() -> None:
    first = dt.date(2026, 11, 16)  # Monday, two weeks
    sold = {first: 4_000, first + dt.timedelta(days=7): 2_000, first + dt.timedelta(days=5): 6_000}
    speed = st.weekday_speed(sold, first, first + dt.timedelta(days=13))
    assert speed == (3_000, 0, 0, 0, 0, 3_000, 0)


def test_suggest_orders_whole_packs_up_to_target_plus_cover() -> None:
    speed = (1_000,) * 7  # one a day
    data = st.ReorderInput(
        on_hand_milli=5_000, minimum_milli=2_000, target_milli=6_000, speed=speed, pack_size=6
    )
    delivery = dt.date(2026, 12, 2)  # Wednesday: 2 days of sales before it
    following = dt.date(2026, 12, 5)  # 3 days of cover
    advice = st.suggest(data, MON, delivery, following)
    assert advice.projected_milli == 3_000 and advice.cover_milli == 3_000
    # need = 6 + 3 - 3 = 6 -> one pack of 6
    assert (advice.qty_milli, advice.packs) == (6_000, 1)
    plenty = st.ReorderInput(20_000, 2_000, 6_000, speed, 6)
    assert st.suggest(plenty, MON, delivery, following).qty_milli == 0
    reserved = st.ReorderInput(20_000, 2_000, 6_000, speed, 6, reserved_milli=16_000)
    assert st.suggest(reserved, MON, delivery, following).packs == 2  # 6+3-2 = 7 -> 12
