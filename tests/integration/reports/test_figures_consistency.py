"""Hypothesis over simulated days: the Z says what the tickets say, every split adds up to
the same total, a month is the sum of its days, grand totals chain from day to day."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reports_factory import CATALOGUE, MANAGER, LineSpec, add_ticket, set_identity

from cafe_pos.app import open_context
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.money import line_total
from cafe_pos.services import figures, reporting

START = dt.date(2026, 11, 2)

line_st = st.tuples(
    st.integers(0, len(CATALOGUE) - 1), st.integers(1, 4), st.booleans()
)  # item, quantity, discount
ticket_st = st.tuples(
    st.lists(line_st, min_size=1, max_size=4),
    st.sampled_from(["cash", "card", "cheque", "split"]),
    st.integers(7, 23),  # hour
    st.booleans(),  # refund it later the same day
)
# lines (item, quantity, discounted), payment method, hour, refunded later
TicketSpec = tuple[list[tuple[int, int, bool]], str, int, bool]
days_st = st.lists(st.lists(ticket_st, max_size=8), min_size=1, max_size=3)


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "template.db"
        ctx = open_context(path)
        set_identity(ctx)
        ctx.uow.engine.dispose()
        yield path


def _specs(lines: list[tuple[int, int, bool]]) -> list[LineSpec]:
    specs = []
    for index, qty, discounted in lines:
        item = CATALOGUE[index]
        gross = line_total(item.price_cents, qty * 1000)
        specs.append(
            LineSpec(item, qty * 1000, gross // 10 if discounted and not item.third_party else 0)
        )
    return specs


def _payments(method: str, total: int) -> list[tuple[str, int]]:
    if method != "split" or total < 2:
        return [("cash" if method == "split" else method, total)]
    return [("cash", total // 2), ("card", total - total // 2)]


def _raw(db: Path, sql: str, *params: object) -> list[tuple[int, ...]]:
    """Integer results of a raw SQL query (sums and counts)."""
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute(sql, params).fetchall()


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(days=days_st)
def test_reports_add_up(template: Path, days: list[list[TicketSpec]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "cafe.db"
        shutil.copy(template, db)
        clock = FixedClock(dt.datetime.combine(START, dt.time(7), tzinfo=PARIS))
        ctx = open_context(db, clock=clock)
        zs = []
        for offset, tickets in enumerate(days):
            day = START + dt.timedelta(days=offset)
            with ctx.uow() as uow:
                sold = []
                for lines, method, hour, refund in tickets:
                    specs = _specs(lines)
                    total = sum(s.total_cents for s in specs)
                    moment = dt.datetime.combine(day, dt.time(hour, 5), tzinfo=PARIS)
                    ticket = add_ticket(
                        ctx, uow.session, moment, specs, payments=_payments(method, total)
                    )
                    if refund:
                        sold.append((ticket, specs))
                for original, specs in sold:
                    moment = dt.datetime.combine(day, dt.time(23, 55), tzinfo=PARIS)
                    total = sum(s.total_cents for s in specs)
                    add_ticket(
                        ctx,
                        uow.session,
                        moment,
                        specs,
                        payments=[("cash", -total)],
                        refund_of=original,
                    )
                uow.commit()
            clock.set(dt.datetime.combine(day, dt.time(23, 58), tzinfo=PARIS))
            zs.append(reporting.z_report(ctx, MANAGER, day))

        previous_gt = previous_abs = 0
        for z in zs:
            ((raw_total, raw_count, raw_abs),) = _raw(
                db,
                "SELECT coalesce(sum(total_cents), 0), count(*), coalesce(sum(abs(total_cents)), 0) "
                "FROM tickets WHERE business_date = ?",
                z.first_day.isoformat(),
            )
            assert z.total_cents == raw_total
            assert z.tickets + z.refund_tickets == raw_count
            assert sum(v.total_cents for v in z.by_vat_rate) == z.total_cents
            assert sum(v.base_cents + v.vat_cents for v in z.by_vat_rate) == z.total_cents
            assert sum(a.cents for a in z.by_payment_method) == z.total_cents
            assert sum(a.cents for a in z.by_category) == z.total_cents
            assert z.own_sales_cents + z.third_party_cents == z.total_cents
            assert z.sales_cents - z.refunds_cents == z.total_cents
            assert z.perpetual_total_cents == previous_gt + raw_total
            assert z.perpetual_total_absolute_cents == previous_abs + raw_abs
            assert z.is_zero == (raw_count == 0)
            previous_gt, previous_abs = z.perpetual_total_cents, z.perpetual_total_absolute_cents

        month = figures.month_figures(ctx, START.year, START.month)
        assert month.total_cents == sum(z.total_cents for z in zs)
        assert month.tickets == sum(z.tickets for z in zs)
        assert month.refunds_cents == sum(z.refunds_cents for z in zs)
        assert sum(v.total_cents for v in month.by_vat_rate) == month.total_cents
        assert sum(a.cents for a in month.by_category) == month.total_cents
        assert [p.total_cents for p in month.days if p.day in {z.first_day for z in zs}] == [
            z.total_cents for z in zs
        ]
        assert month.perpetual_total_cents == zs[-1].perpetual_total_cents
