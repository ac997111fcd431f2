"""Z, X, month and year figures on a real database: what a manager, HQ or an auditor reads."""

from __future__ import annotations

import datetime as dt

import pytest
from reports_factory import CATALOGUE, MANAGER, STAFF, LineSpec, add_ticket, random_day, sell
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.services import figures, reporting
from cafe_pos.services.closing import close_day
from cafe_pos.services.figures import ReportPeriodError
from cafe_pos.store.models.fiscal import Closure

COFFEE, BEER, WINE, DIABOLO, CROQUE, BAGUETTE = CATALOGUE[:6]
PRESS, STAMP = CATALOGUE[9], CATALOGUE[10]
DAY = dt.date(2026, 11, 26)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=PARIS)


def _closures(ctx: ServiceContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Closure)) or 0)


def _known_day(ctx: ServiceContext) -> None:
    """4 sales and a refund whose figures are computed by hand in the tests."""
    sell(ctx, at(8), [LineSpec(COFFEE, 2000), LineSpec(BAGUETTE)])  # 2,60 + 1,10 cash
    sell(ctx, at(12), [LineSpec(CROQUE), LineSpec(BEER)], payments=[("card", 950)])
    sell(ctx, at(18), [LineSpec(PRESS), LineSpec(STAMP, 2000)], payments=[("cash", 454)])
    sell(
        ctx,
        at(19),
        [LineSpec(WINE, 2000, discount_cents=70)],
        payments=[("cash", 300), ("card", 330)],
        cashback_cents=2000,
    )
    with ctx.uow() as uow:
        from cafe_pos.store.models.sales import Ticket

        original = uow.session.scalars(select(Ticket).where(Ticket.number == 1)).one()
        add_ticket(
            ctx,
            uow.session,
            at(20),
            [LineSpec(BAGUETTE)],
            payments=[("cash", -110)],
            refund_of=original,
        )
        uow.commit()


def test_z_of_a_known_day(ctx: ServiceContext, clock: FixedClock) -> None:
    _known_day(ctx)
    clock.set(at(23, 30))
    z = reporting.z_report(ctx, MANAGER, DAY)
    data = z.to_json_dict()
    assert data["closed"] is True and data["zero"] is False
    assert data["tickets"] == 4 and data["refund_tickets"] == 1
    sales = 370 + 950 + 454 + 630
    assert data["sales_cents"] == sales
    assert data["total_cents"] == sales - 110
    assert data["refunds_cents"] == 110
    assert data["average_basket_cents"] == 601  # 24,04 € / 4 = 6,01 €
    assert data["by_payment_method"] == {"cash": 370 + 454 + 300 - 110, "card": 950 + 330}
    rates = {line["rate"]: line for line in data["by_vat_rate"]}
    assert rates["20.0"]["total_cents"] == 300 + 630
    assert rates["10.0"]["total_cents"] == 260 + 650
    assert rates["5.5"]["total_cents"] == 110 - 110
    assert rates["2.1"]["total_cents"] == 150
    assert rates["0.0"]["total_cents"] == 304
    for line in data["by_vat_rate"]:
        assert line["base_cents"] + line["vat_cents"] == line["total_cents"]
    assert data["third_party_cents"] == 454
    assert data["own_sales_cents"] == data["total_cents"] - 454
    assert data["cashback"] == {"count": 1, "amount_cents": 2000}
    assert data["discounts"] == {"count": 1, "amount_cents": 70}
    assert data["cancellations"] == {"count": 0, "amount_cents": 0}  # only the baguette
    assert {c["category"]: c["total_cents"] for c in data["by_category"]} == {
        "Bar": 260 + 300 + 630,
        "Snack": 650,
        "Boulangerie": 0,
        "Presse": 150,
        "Timbres": 304,
    }
    assert data["perpetual_total_cents"] == sales - 110
    assert data["perpetual_total_absolute_cents"] == sales + 110
    assert data["signature"] and len(data["signature"]) == 9
    assert data["key_fingerprint"]
    # drinks: 2 coffees, 1 beer, 2 glasses of wine -> 2/5 non-alcoholic
    assert data["responsible_sale"]["non_alcoholic_share"] == "0.40"
    assert data["first_ticket_number"] == 1 and data["last_ticket_number"] == 5


def test_asking_for_the_z_twice_records_one_closure(ctx: ServiceContext, clock: FixedClock) -> None:
    _known_day(ctx)
    clock.set(at(23, 30))
    first = reporting.z_report(ctx, MANAGER, DAY)
    second = reporting.z_report(ctx, MANAGER, DAY)
    assert _closures(ctx) == 1
    assert first.to_json_dict() | {"generated_at": 0} == second.to_json_dict() | {"generated_at": 0}


def test_a_day_without_sales_gives_a_valid_zero_z(ctx: ServiceContext, clock: FixedClock) -> None:
    sell(ctx, at(9, day=DAY - dt.timedelta(days=1)), [LineSpec(COFFEE)])
    clock.set(at(22))
    close_day(ctx, MANAGER, DAY - dt.timedelta(days=1))
    z = reporting.z_report(ctx, MANAGER, DAY)
    assert z.closed and z.is_zero
    assert z.total_cents == 0 and z.tickets == 0 and z.by_vat_rate == ()
    assert z.perpetual_total_cents == 130  # carried from the day before, never reset
    from cafe_pos.reports.content import zero_line

    assert zero_line(z) == "Aucune vente ce jour : Z à zéro, valide."


def test_future_days_and_days_before_the_cafe_are_refused(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    sell(ctx, at(9), [LineSpec(COFFEE)])
    with pytest.raises(ReportPeriodError, match="dans le futur"):
        reporting.z_report(ctx, MANAGER, DAY + dt.timedelta(days=1))
    with pytest.raises(ReportPeriodError, match="premier jour : 26/11/2026"):
        reporting.z_report(ctx, MANAGER, DAY - dt.timedelta(days=3))
    with pytest.raises(ReportPeriodError, match="pas encore"):
        figures.month_figures(ctx, 2026, 10)
    with pytest.raises(ReportPeriodError, match="futur"):
        figures.month_figures(ctx, 2026, 12)
    assert _closures(ctx) == 0


def test_staff_may_read_an_x_but_not_close_with_a_z(ctx: ServiceContext, clock: FixedClock) -> None:
    sell(ctx, at(9), [LineSpec(COFFEE)])
    clock.set(at(10))
    x = figures.x_figures(ctx)
    assert x.kind == "x" and not x.closed and x.total_cents == 130
    assert x.perpetual_total_cents == 130  # what the next closure will record
    with pytest.raises(PermissionDenied):
        reporting.z_report(ctx, STAFF, DAY)
    assert _closures(ctx) == 0


def test_month_is_the_sum_of_its_days_and_grand_totals_chain(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    days = [dt.date(2026, 11, d) for d in (2, 3, 5)]
    zs = []
    for day in days:
        clock.set(at(23, day=day))
        random_day(ctx, day, 25, seed=3, refunds=2)
        zs.append(reporting.z_report(ctx, MANAGER, day))
    month = figures.month_figures(ctx, 2026, 11)
    assert month.total_cents == sum(z.total_cents for z in zs)
    assert month.tickets == sum(z.tickets for z in zs)
    assert sum(p.total_cents for p in month.days) == month.total_cents
    assert {p.day: p.total_cents for p in month.days if p.total_cents} == {
        z.first_day: z.total_cents for z in zs if z.total_cents
    }
    for method in ("cash", "card", "cheque"):
        month_amount = dict((a.label, a.cents) for a in month.by_payment_method).get(method, 0)
        assert month_amount == sum(
            dict((a.label, a.cents) for a in z.by_payment_method).get(method, 0) for z in zs
        )
    previous = 0
    previous_abs = 0
    for z in zs:
        assert z.perpetual_total_cents == previous + z.total_cents
        assert z.perpetual_total_absolute_cents == previous_abs + z.sales_cents + z.refunds_cents
        previous, previous_abs = z.perpetual_total_cents, z.perpetual_total_absolute_cents
    assert month.perpetual_total_cents == zs[-1].perpetual_total_cents
    year = figures.year_figures(ctx, 2026)
    assert year.total_cents == month.total_cents
    assert len(year.days) == 365


def test_sales_after_midnight_belong_to_the_previous_days_z(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    sell(ctx, at(23, 50), [LineSpec(BEER)])
    sell(ctx, at(1, 30, day=DAY + dt.timedelta(days=1)), [LineSpec(BEER)])
    clock.set(at(3, 0, day=DAY + dt.timedelta(days=1)))
    z = reporting.z_report(ctx, MANAGER, DAY)
    assert z.tickets == 2 and z.total_cents == 600
    heat = {(weekday, hour): cents for weekday, hour, cents in z.week_hours}
    assert heat == {(3, 23): 300, (4, 1): 300}  # Thursday 23h, Friday 1h (local time)


def test_sensitive_operations_are_counted_in_the_z(ctx: ServiceContext, clock: FixedClock) -> None:
    from cafe_pos.fiscal.events import EventCode, record_event
    from cafe_pos.services import printing, receipts

    number = sell(ctx, at(9), [LineSpec(BEER)])
    clock.set(at(9, 5))
    printing.open_drawer(ctx, STAFF)
    receipts.reprint(ctx, STAFF, number)
    with ctx.uow() as uow:  # what selling.void_line records for a removed line
        record_event(
            ctx, uow.session, EventCode.LINE_VOID, "Ligne annulée avant paiement : Demi pression",
            actor_name="Lucas", details={"label": "Demi pression", "qty_milli": 1000, "total_cents": 300},
        )  # fmt: skip
        uow.commit()
    clock.set(at(23))
    z = reporting.z_report(ctx, MANAGER, DAY)
    assert z.drawer_openings == 1
    assert z.reprints == 1
    assert (z.removed_lines.count, z.removed_lines.cents) == (1, 300)
    data = z.to_json_dict()
    assert data["removed_lines"] == {"count": 1, "amount_cents": 300}
    assert data["drawer_openings_without_sale"] == 1 and data["reprints"] == 1
