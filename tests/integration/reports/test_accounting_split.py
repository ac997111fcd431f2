"""The accountant CSV keeps own sales and third-party money apart without rounding noise.

Over a simulated month where every 2.1 % sale is press (third-party), the export must not
show own sales at 2.1 %, and no row may carry VAT of the other sign than its amount: the
ticket's VAT is split between its own and its third-party lines before any day is summed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reports_factory import MANAGER, set_identity
from sqlalchemy import func, select

from cafe_pos.app import open_context
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.vat import vat_share
from cafe_pos.services.accounting_export import accounting_rows
from cafe_pos.services.simulate import simulate
from cafe_pos.store.models.sales import Ticket, TicketLine, TicketVat


def test_vat_share_keeps_signs_and_whole_parts() -> None:
    assert vat_share(21, 1021, 1021) == 21  # the whole ticket: all of its VAT
    assert vat_share(21, 1021, 0) == 0
    assert vat_share(-21, -1021, -1021) == -21  # a refund
    assert vat_share(183, 1100, 100) == 17  # 183 x 100 / 1100 = 16.6 -> 17
    assert vat_share(-183, -1100, -100) == -17


def test_a_simulated_month_has_no_own_press_sales_and_no_vat_of_the_wrong_sign(
    tmp_path: Path,
) -> None:
    clock = FixedClock(dt.datetime(2026, 9, 30, 8, 0, tzinfo=PARIS))
    ctx = open_context(tmp_path / "cafe.db", clock=clock)
    set_identity(ctx)
    simulate(ctx, days=31, seed=1, start=dt.date(2026, 10, 1))
    clock.set(dt.datetime(2026, 11, 2, 9, 0, tzinfo=PARIS))

    rows = accounting_rows(ctx, MANAGER, dt.date(2026, 10, 1), dt.date(2026, 10, 31))

    with ctx.uow(read_only=True) as uow:
        session = uow.session
        own_press = session.scalar(
            select(func.count())
            .select_from(TicketLine)
            .where(TicketLine.vat_bp == 210, TicketLine.third_party.is_(False))
        )
        press_days = session.execute(
            select(func.count(func.distinct(Ticket.business_date)))
            .join(TicketLine, TicketLine.ticket_id == Ticket.id)
            .where(TicketLine.vat_bp == 210)
        ).scalar_one()
        vat_by_rate = dict(
            session.execute(
                select(TicketVat.vat_bp, func.sum(TicketVat.vat_cents)).group_by(TicketVat.vat_bp)
            ).all()
        )
    assert own_press == 0 and press_days > 0  # the premise: 2.1 % is press only
    sales = [r for r in rows if r.kind in ("VENTE", "TIERS")]
    assert not [r for r in sales if r.kind == "VENTE" and r.rate_bp == 210]
    for row in sales:
        assert row.vat_cents is not None and row.base_cents is not None
        assert row.vat_cents == 0 or (row.vat_cents > 0) == (row.total_cents > 0), row
        assert row.base_cents + row.vat_cents == row.total_cents
    for rate, vat in vat_by_rate.items():  # the split still adds up to the fiscal VAT
        assert sum(r.vat_cents or 0 for r in sales if r.rate_bp == rate) == vat
