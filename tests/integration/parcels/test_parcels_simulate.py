"""``simulate`` plays the relay through the services: deliveries on delivery days, most
parcels collected the same or next day, some never (returned to the driver), drop-offs,
and the previous month's statement on the first of the month."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain import parcels as rules
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.parcels import ParcelStatus
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import parcels
from cafe_pos.services.simulate import simulate
from cafe_pos.services.simulate_parcels import RelayDay, tracking_for


def test_generated_numbers_carry_valid_check_digits() -> None:
    carriers = list(rules.DEFAULT_CARRIERS)
    for code in ("mondial_relay", "colissimo", "amazon", "ups", "relais_pickup"):
        number = tracking_for(code, 739_123_456)
        assert code in rules.suggest_carriers(number, carriers), (code, number)


def play_relay(ctx: ServiceContext, first: dt.date, days: int) -> None:
    """The relay's days alone, step by step in time order, as ``simulate`` plays them
    between the café's sales (``test_simulate_plays_the_relay`` checks that hook)."""
    clock = ctx.clock
    assert isinstance(clock, FixedClock)
    manager, staff = _actors()
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        relay = RelayDay.for_day(ctx, day, random.Random(f"3:{day}"), manager, staff)
        for at, index in sorted(relay.plan):
            clock.set(max(dt.datetime.combine(day, at, tzinfo=PARIS), clock.now()))
            relay.play(index)


def test_simulate_plays_the_relay(tmp_path: Path) -> None:
    from cafe_pos.services.identity import IdentityInput, save_identity

    ctx = open_context(tmp_path / "cafe.db")
    try:
        manager, _staff = _actors()
        save_identity(ctx, manager, IdentityInput("Café", "1 place de l'Église", "73282932000074"))
        simulate(ctx, days=2, seed=3, start=dt.date(2026, 10, 13))  # Tuesday, Wednesday
        assert parcels.list_parcels(ctx)
    finally:
        ctx.uow.engine.dispose()


def test_two_weeks_of_relay_activity(tmp_path: Path) -> None:
    ctx = open_context(
        tmp_path / "cafe.db", clock=FixedClock(dt.datetime(2026, 10, 12, 6, 0, tzinfo=PARIS))
    )
    try:
        play_relay(ctx, dt.date(2026, 10, 12), 14)
        rows = parcels.list_parcels(ctx, limit=5000)
        by_status = {s: sum(1 for p in rows if p.status is s) for s in ParcelStatus}
        assert by_status[ParcelStatus.HANDED_OVER] > 30
        assert by_status[ParcelStatus.RETURNED] >= 1
        assert by_status[ParcelStatus.COLLECTED] >= 1
        handed = [p for p in rows if p.status is ParcelStatus.HANDED_OVER]
        same_or_next = [
            p
            for p in handed
            if p.closed_at and (p.closed_at.date() - p.received_at.date()).days <= 1
        ]
        assert len(same_or_next) / len(handed) > 0.6
        # no delivery on Sundays and Mondays
        assert all(
            p.received_at.weekday() in (1, 2, 3, 4, 5) for p in rows if p.kind.value == "inbound"
        )
        assert parcels.month_commission_cents(ctx, "2026-10") > 0
        # the first of November draws up October's statement
        relay = RelayDay.for_day(ctx, dt.date(2026, 11, 1), random.Random(1), *_actors())
        relay.play(0)
        assert {s.month for s in relay.tally.statements} == {"2026-10"}
    finally:
        ctx.uow.engine.dispose()


def _actors() -> tuple[Actor, Actor]:
    return Actor(None, "Camille", Role.MANAGER), Actor(None, "Léo", Role.STAFF)
