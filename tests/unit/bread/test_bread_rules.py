"""The bread deposit's pure rules: contracts, schedules, forecast, reconciliation."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe_pos.domain import bread
from cafe_pos.domain.bread import (
    BreadError,
    Calendar,
    CommissionKind,
    Contract,
    ContractKind,
    DayFigures,
    Pause,
    ReservationItem,
    Schedule,
    UnsoldOutcome,
)

NO_HOLIDAYS = Calendar(frozenset(), frozenset())
MONDAY = dt.date(2026, 3, 2)


def test_commission_per_item_and_percent_in_cents() -> None:
    per_item = Contract(ContractKind.SALE_OR_RETURN, CommissionKind.PER_ITEM, 15)
    assert per_item.commission(10, 1300) == 150
    percent = Contract(ContractKind.SALE_OR_RETURN, CommissionKind.PERCENT, 1250)
    assert percent.commission(3, 333) == 42  # 41.625 rounded half up
    assert Contract(ContractKind.BOUGHT).commission(10, 1300) == 0
    assert per_item.commission(-2, -260) == -30  # a refunded line gives its commission back
    assert per_item.ledger_commission_bp == 0


def test_contract_refuses_negative_or_excessive_commission() -> None:
    with pytest.raises(BreadError):
        Contract(ContractKind.SALE_OR_RETURN, CommissionKind.PERCENT, -1)
    with pytest.raises(BreadError):
        Contract(ContractKind.SALE_OR_RETURN, CommissionKind.PERCENT, 10001)


def test_recurring_schedule_weekdays_end_and_pauses() -> None:
    schedule = Schedule(
        start=MONDAY,
        end=MONDAY + dt.timedelta(days=30),
        weekdays=frozenset({1, 2, 3, 4, 5, 6}),  # every day but Monday
        pauses=(Pause(MONDAY + dt.timedelta(days=8), MONDAY + dt.timedelta(days=10)),),
    )
    assert not schedule.due_on(MONDAY)
    assert schedule.due_on(MONDAY + dt.timedelta(days=1))
    assert not schedule.due_on(MONDAY + dt.timedelta(days=9))  # paused
    assert not schedule.due_on(MONDAY + dt.timedelta(days=31))  # after the end
    assert not schedule.due_on(MONDAY - dt.timedelta(days=1))  # before the start
    assert "sauf le lundi" in schedule.describe()


def test_one_off_schedule_is_due_on_its_day_only() -> None:
    schedule = Schedule(start=MONDAY)
    assert schedule.due_on(MONDAY)
    assert not schedule.due_on(MONDAY + dt.timedelta(days=7))


@pytest.mark.parametrize(
    ("items", "schedule", "message"),
    [
        ([], Schedule(MONDAY), "au moins un article"),
        ([ReservationItem(1, 0)], Schedule(MONDAY), "au moins 1"),
        (
            [ReservationItem(1, 1)],
            Schedule(MONDAY, MONDAY - dt.timedelta(days=1), frozenset({0})),
            "avant son début",
        ),
    ],
)
def test_bad_reservations_are_refused_in_french(
    items: list[ReservationItem], schedule: Schedule, message: str
) -> None:
    with pytest.raises(BreadError, match=message):
        bread.check_reservation("Mme Roux", items, schedule)


def test_reservation_items_are_merged_and_reserved_quantities_summed() -> None:
    items = bread.check_reservation(
        "M. Petit", [ReservationItem(2, 1), ReservationItem(2, 2)], Schedule(MONDAY)
    )
    assert items == (ReservationItem(2, 3),)
    other = (Schedule(MONDAY - dt.timedelta(days=7), weekdays=frozenset({0})), items)
    assert bread.reserved_quantities([(Schedule(MONDAY), items), other], MONDAY) == {2: 6}


def _weeks(values: list[int], target: dt.date) -> dict[dt.date, DayFigures]:
    """values[0] = one week before target, values[1] = two weeks before..."""
    return {target - dt.timedelta(weeks=i + 1): DayFigures(v) for i, v in enumerate(values)}


def test_forecast_weights_recent_same_weekdays() -> None:
    target = MONDAY + dt.timedelta(weeks=10)
    flat = bread.forecast_counter(_weeks([40] * 8, target), target, NO_HOLIDAYS)
    assert flat.counter == 40
    rising = bread.forecast_counter(
        _weeks([50, 48, 46, 40, 38, 36, 34, 32], target), target, NO_HOLIDAYS
    )
    assert rising.counter > 43  # above the plain mean (40.5), trend upwards
    assert rising.trend > 1.0
    # other weekdays are ignored
    history = _weeks([40] * 8, target) | {target - dt.timedelta(days=1): DayFigures(500)}
    assert bread.forecast_counter(history, target, NO_HOLIDAYS).counter == 40


def test_forecast_on_a_public_holiday_uses_normal_days_and_a_factor() -> None:
    target = MONDAY + dt.timedelta(weeks=10)
    calendar = Calendar(frozenset({target, target - dt.timedelta(weeks=2)}), frozenset())
    history = _weeks([40, 10, 40, 40, 40, 40, 40, 40], target)  # a holiday two weeks ago
    forecast = bread.forecast_counter(history, target, calendar)
    assert forecast.day_factor == bread.PUBLIC_HOLIDAY_DEFAULT
    assert forecast.counter == 28  # 40 × 0.7, the past holiday left out of the level


def test_school_holidays_learnt_from_history() -> None:
    target = MONDAY + dt.timedelta(weeks=10)
    school = {target - dt.timedelta(days=d) for d in range(1, 6)} | {target}
    history = {
        target - dt.timedelta(days=d): DayFigures(30 if d <= 5 else 60) for d in range(1, 71)
    }
    forecast = bread.forecast_counter(history, target, Calendar(frozenset(), frozenset(school)))
    assert forecast.counter == 30  # a village empties during school holidays


def test_sold_out_days_count_a_little_higher() -> None:
    target = MONDAY + dt.timedelta(weeks=10)
    history = {
        d: DayFigures(f.counter_sold, sold_out=True) for d, f in _weeks([40] * 8, target).items()
    }
    assert bread.forecast_counter(history, target, NO_HOLIDAYS).counter == 44


def test_a_new_deposit_forecasts_from_the_last_days() -> None:
    target = MONDAY + dt.timedelta(weeks=10)
    history = {target - dt.timedelta(days=d): DayFigures(20 + d) for d in (1, 2, 3)}
    assert bread.forecast_counter(history, target, NO_HOLIDAYS).counter == 22


def test_no_history_gives_no_forecast_and_suggestion_is_reservations() -> None:
    lines = bread.suggest_order([1, 2], {1: 3}, {}, MONDAY, NO_HOLIDAYS)
    assert [(ln.product_id, ln.suggested, ln.carried_over) for ln in lines] == [
        (1, 3, 0),
        (2, 0, 0),
    ]


def test_french_calendar_knows_public_and_school_holidays() -> None:
    calendar = bread.french_calendar((2026,), "B")
    assert calendar.kind(dt.date(2026, 7, 14)) is bread.DayKind.PUBLIC_HOLIDAY
    assert calendar.kind(dt.date(2026, 8, 3)) is bread.DayKind.SCHOOL_HOLIDAY
    assert calendar.kind(dt.date(2026, 3, 17)) is bread.DayKind.NORMAL
    with pytest.raises(BreadError):
        bread.french_calendar((2026,), "Z")


def test_reception_status() -> None:
    assert bread.reception_status(10, 10) is bread.ReceptionStatus.OK
    assert bread.reception_status(10, 8) is bread.ReceptionStatus.SHORT
    assert bread.reception_status(10, 12) is bread.ReceptionStatus.EXTRA
    assert bread.reception_status(0, 4) is bread.ReceptionStatus.NOT_ORDERED
    assert bread.reception_status(5, 0) is bread.ReceptionStatus.MISSING
    with pytest.raises(BreadError, match="négative"):
        bread.check_delivered({1: -1})


def test_reconciliation_proposes_the_unsold_and_names_differences() -> None:
    sor = Contract(ContractKind.SALE_OR_RETURN, CommissionKind.PERCENT, 1500)
    line = bread.propose_reconciliation(sor, 1, delivered=50, sold=38, picked_up=6)
    assert line.unsold == {UnsoldOutcome.RETURNED: 6}
    assert line.difference == 0 and line.difference_label == ""
    over = bread.propose_reconciliation(Contract(ContractKind.BOUGHT), 1, 10, 9, 3)
    assert over.unsold == {UnsoldOutcome.THROWN: 0}
    assert over.difference == -2 and "excédent" in over.difference_label
    short = bread.ReconciliationLine(1, 10, 5, 0, {UnsoldOutcome.THROWN: 3})
    assert "2 manquant" in short.difference_label


def test_unsold_outcomes_follow_the_contract() -> None:
    with pytest.raises(BreadError, match="ne reprend pas"):
        bread.check_unsold(Contract(ContractKind.BOUGHT), {UnsoldOutcome.RETURNED: 2})
    with pytest.raises(BreadError, match="lendemain"):
        bread.check_unsold(Contract(ContractKind.BOUGHT), {UnsoldOutcome.NEXT_DAY: 2})
    with pytest.raises(BreadError, match="négatif"):
        bread.check_unsold(Contract(ContractKind.BOUGHT), {UnsoldOutcome.THROWN: -1})


def test_statement_totals_sale_or_return_and_bought() -> None:
    sor = Contract(ContractKind.SALE_OR_RETURN, CommissionKind.PERCENT, 1500)
    lines = [
        bread.StatementLine(1, "Baguette", 0, 100, 10, 90, 9900, sor.commission(90, 9900)),
        bread.StatementLine(2, "Tradition", 0, 50, 5, 45, 5850, sor.commission(45, 5850)),
    ]
    totals = bread.statement_totals(sor, lines)
    assert totals.sold_cents == 15750
    assert totals.commission_cents == 1485 + 878  # 15 % line by line (877,5 → 878)
    assert totals.owed_to_baker_cents == 15750 - 2363
    assert sor.ledger_commission_bp == 1500
    bought_lines = [bread.StatementLine(1, "Baguette", 70, 100, 0, 90, 9900)]
    bought = bread.statement_totals(Contract(ContractKind.BOUGHT), bought_lines)
    assert bought.purchase_cents == 7000 and bought.owed_to_baker_cents == 7000


def test_quality_and_wape() -> None:
    q = bread.quality([(10, 10, 8, 2), (10, 10, 12, 0)])
    assert q.unsold_rate == pytest.approx(0.1)
    assert q.error_rate == pytest.approx(4 / 20)
    assert bread.wape([(10, 8), (10, 12)]) == pytest.approx(0.2)
    assert bread.naive_forecast({MONDAY - dt.timedelta(weeks=1): DayFigures(33)}, MONDAY) == 33


def test_order_text_for_the_baker() -> None:
    text = bread.order_text(
        "Café des Sports", MONDAY, [("Baguette", 40), ("Croissant", 0)], lambda d: f"{d:%d/%m}"
    )
    assert text == "Commande dépôt de pain Café des Sports pour 02/03 : 40 Baguette. Merci !"
