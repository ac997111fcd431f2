"""``simulate`` plays the bread deposit through the real services on a demo café."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from cafe_pos.demo import create_demo_database
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import alcohol_config, bread
from cafe_pos.services.figures import month_figures
from cafe_pos.services.simulate import simulate
from cafe_pos.services.simulate_bread import BAKER_NAME, forecast_quality
from cafe_pos.store.models.bread import BreadOrder, BreadPickup, BreadReconciliation


def test_simulated_days_order_receive_pick_up_close_and_match_the_z(tmp_path: Path) -> None:
    start = dt.date(2026, 3, 23)  # a Monday
    clock = FixedClock(dt.datetime(2026, 3, 22, 8, 0, tzinfo=PARIS))
    ctx = create_demo_database(tmp_path / "cafe.db", clock=clock)
    manager = Actor(None, "test", Role.MANAGER)
    alcohol_config.set_weekly_hours(ctx, manager, dict.fromkeys(range(7), "06:00-05:30"))
    simulate(ctx, 10, seed=3, start=start)  # to 1 April: the March statement is written
    (baker,) = bread.list_bakers(ctx)
    assert baker.name == BAKER_NAME and baker.contract.commission_value == 1500
    with ctx.uow() as uow:
        s = uow.session
        reconciled = s.scalar(select(func.count()).select_from(BreadReconciliation))
        locked = s.execute(
            select(func.count()).select_from(BreadOrder).where(BreadOrder.status == "locked")
        ).scalar_one()
        picked = s.execute(
            select(func.count()).select_from(BreadPickup).where(BreadPickup.status == "picked_up")
        ).scalar_one()
    assert reconciled == 10
    assert locked >= 9  # every evening orders the next day from the suggestion
    assert picked >= 10  # M. Petit every day, Mme Roux but on Mondays, M. Dupuy twice a week
    march = bread.statement(ctx, baker.id, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    z = month_figures(ctx, 2026, 3)
    mine = next(b for b in z.third_party_by_beneficiary if b.name == BAKER_NAME)
    assert march.totals.sold_cents > 0
    assert (mine.takings_cents, mine.commission_cents) == (
        march.totals.sold_cents,
        march.totals.commission_cents,
    )
    assert list((tmp_path / "rapports").glob("releve-pain-*-2026-03-01-2026-03-31.pdf")) or list(
        tmp_path.rglob("releve-pain-*.pdf")
    )
    quality = forecast_quality(ctx, start + dt.timedelta(days=7), start + dt.timedelta(days=9))
    assert quality.product_days > 0 and 0 <= quality.unsold_rate < 1
