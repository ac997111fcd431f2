"""The bread deposit in ``simulate``: a partner baker on sale or return, standing
reservations (one on a prepaid bread card), the morning reception of the order, pick-ups,
counter sales driven by the weekday, holidays and weather-like noise (never more than
what is on the shelf), reservations released at noon, the end-of-day reconciliation,
tomorrow's order from the suggestion, and the baker's statement at the end of each month.

``simulate._Day`` calls ``BreadDay.for_day(day)`` and plays the events it returns through
its ``_bread`` hook; everything goes through ``services.bread`` and the normal sale path.

The counter demand is a pure function of the day and the product (``counter_demand``),
seeded by the day only, so ``forecast_quality`` can compare the suggestion and a naive
"same as last week" forecast with the true demand afterwards.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain import bread as rules
from cafe_pos.domain.bread import CommissionKind, ContractKind, ReservationItem
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.users import Actor
from cafe_pos.services import accounts, bread, selling
from cafe_pos.store.models.bread import BreadReconciliationLine
from cafe_pos.store.models.catalogue import Product


class SimDay(Protocol):
    """What ``simulate._Day`` gives the bread deposit (no import back into simulate)."""

    ctx: ServiceContext
    day: dt.date
    rng: random.Random
    manager: Actor
    staff: Actor

    @property
    def pools(self) -> Any: ...  # .morning and .anything: lists of SaleItem

    @property
    def tally(self) -> Any: ...  # .tickets, .total_cents, .day_tickets


BAKER_NAME = "Fournil du Bourg"
# catalogue name -> mean loaves per day at the counter (reservations apart)
BREAD_BASE = {
    "Baguette": 44.0,
    "Baguette tradition": 26.0,
    "Pain de campagne 400 g": 7.0,
    "Pain aux céréales": 5.0,
    "Croissant": 20.0,
    "Pain au chocolat": 16.0,
}
WEEKDAY_BREAD = (0.85, 0.9, 0.95, 0.95, 1.05, 1.35, 1.5)  # Monday .. Sunday
PUBLIC_HOLIDAY_BREAD = 0.7
SCHOOL_HOLIDAY_BREAD = 0.85
STANDING = (  # customer, product, qty, weekdays, prepaid
    ("Mme Roux", "Baguette tradition", 1, frozenset({1, 2, 3, 4, 5, 6}), False),
    ("M. Petit", "Baguette", 2, frozenset(range(7)), False),
    ("Marcel Dupuy", "Pain de campagne 400 g", 1, frozenset({2, 5}), True),
)
PICKUP_RATE = 0.93
SCHOOL_ZONE = "B"


def _noise(seed: str) -> random.Random:
    return random.Random(seed)


def counter_demand(day: dt.date, name: str, calendar: rules.Calendar) -> int:
    """Loaves of ``name`` customers want at the counter on ``day`` (the simulated truth)."""
    base = BREAD_BASE[name]
    weather = _noise(f"bread-weather:{day.isoformat()}").gauss(1.0, 0.10)
    own = _noise(f"bread-demand:{day.isoformat()}:{name}").gauss(1.0, 0.08)
    season = 1.0 + 0.08 * math.sin(2 * math.pi * day.timetuple().tm_yday / 365)
    kind = calendar.kind(day)
    holiday = {
        rules.DayKind.PUBLIC_HOLIDAY: PUBLIC_HOLIDAY_BREAD,
        rules.DayKind.SCHOOL_HOLIDAY: SCHOOL_HOLIDAY_BREAD,
    }.get(kind, 1.0)
    value = base * WEEKDAY_BREAD[day.weekday()] * holiday * season * max(0.5, weather * own)
    return max(0, round(value))


@dataclass
class _Setup:
    baker_id: int
    products: dict[int, str]  # product id -> catalogue name


def ensure_setup(ctx: ServiceContext, manager: Actor, start: dt.date) -> _Setup | None:
    """The demo baker, its products and three standing reservations (once)."""
    existing = bread.list_bakers(ctx, include_inactive=False)
    with ctx.uow(read_only=True) as uow:
        ids = {
            name: pid
            for pid, name in uow.session.execute(
                select(Product.id, Product.name).where(
                    Product.name.in_(list(BREAD_BASE)), Product.active.is_(True)
                )
            )
        }
    if existing:
        baker = existing[0]
        names = {v: k for k, v in ids.items()}
        products = {
            p.product_id: names[p.product_id] for p in baker.products if p.product_id in names
        }
        return _Setup(baker.id, products) if products else None
    if not ids:
        return None
    view = bread.save_baker(
        ctx,
        manager,
        bread.BakerInput(
            BAKER_NAME,
            ContractKind.SALE_OR_RETURN,
            CommissionKind.PERCENT,
            1500,
            cutoff=dt.time(18, 0),
        ),
    )
    for pid in ids.values():
        bread.link_product(ctx, manager, view.id, pid)
    account_ids = {a.name: a.id for a in accounts.list_accounts(ctx)}
    for customer, name, qty, weekdays, prepaid in STANDING:
        if name not in ids:
            continue
        account_id = account_ids.get(customer) if prepaid else None
        bread.save_reservation(
            ctx,
            manager,
            bread.ReservationInput(
                customer,
                (ReservationItem(ids[name], qty),),
                start,
                None,
                weekdays,
                account_id=account_id,
                prepaid=account_id is not None,
            ),
        )
    return _Setup(view.id, {pid: name for name, pid in ids.items()})


@dataclass
class BreadDay:
    """One day of the deposit, played as timed events inside the simulated day."""

    day: SimDay
    setup: _Setup
    rng: random.Random
    events: list[tuple[str, Any]] = field(default_factory=list)
    shelf: dict[int, int] = field(default_factory=dict)  # loaves on the counter shelf
    held: dict[int, int] = field(default_factory=dict)  # put aside for reservations
    items: dict[int, SaleItem] = field(default_factory=dict)  # selling snapshots of the day
    _tokens: int = 0

    @classmethod
    def for_day(cls, day: SimDay) -> BreadDay | None:
        setup = ensure_setup(day.ctx, day.manager, day.day)
        if setup is None:
            return None
        bread_ids = set(setup.products)
        # the random morning customers no longer take the deposit's bread: BreadDay sells it
        for pool in (day.pools.anything, day.pools.food, day.pools.morning):
            kept = [i for i in pool if i.product_id not in bread_ids]
            pool[:] = kept or [i for i in day.pools.anything if i.product_id not in bread_ids]
        # a generator of its own: the rest of the day draws what it drew before
        return cls(day, setup, random.Random(f"bread:{day.rng.getstate()[1][:4]}:{day.day}"))

    # -- the plan
    def plan(self, start: int) -> list[tuple[dt.time, int, str, int]]:
        """(time, order, "bread", index) entries for ``simulate._Day``'s plan."""
        entries: list[tuple[dt.time, str, Any]] = [
            (dt.time(6, 10), "reception", None),
            (dt.time(12, 0), "release", None),
            (dt.time(17, 0), "order", None),
            (dt.time(21, 40), "close", None),
        ]
        calendar = rules.calendar_for(self.day.day, self.day.day, SCHOOL_ZONE)
        units = []
        for pid, name in self.setup.products.items():
            units += [pid] * counter_demand(self.day.day, name, calendar)
        self.rng.shuffle(units)
        while units:
            size = min(len(units), self.rng.choice((1, 2, 2, 3, 3, 4, 5, 6)))
            basket, units = units[:size], units[size:]
            minute = int(self.rng.triangular(7 * 60, 19 * 60, 8 * 60))
            entries.append(
                (dt.time(minute // 60, minute % 60, self.rng.randint(0, 59)), "sale", basket)
            )
        for row in bread.pickups(self.day.ctx, self.day.day):
            if self.rng.random() < PICKUP_RATE:
                minute = self.rng.randint(7 * 60, 11 * 60 + 30)
                entries.append((dt.time(minute // 60, minute % 60), "pickup", row))
        out: list[tuple[dt.time, int, str, int]] = []
        for at, kind, payload in entries:
            self.events.append((kind, payload))
            out.append((at, start + len(out), "bread", len(self.events) - 1))
        return out

    def play(self, index: int) -> None:
        kind, payload = self.events[index]
        getattr(self, f"_{kind}")(payload)

    # -- events
    def _token(self) -> str:
        self._tokens += 1
        return f"sim-bread-{self.day.day.isoformat()}-{self._tokens}"

    def _reception(self, _: object) -> None:
        ctx, baker_id, today = self.day.ctx, self.setup.baker_id, self.day.day
        view = bread.order_view(ctx, baker_id, today)
        if not view.saved:  # no order placed (first day): the manager phoned it in
            manager = self.day.manager
            bread.reopen_order(ctx, manager, manager, baker_id, today)
            quantities = {ln.product_id: self._starter(ln) for ln in view.lines}
            view = bread.save_order(ctx, manager, baker_id, today, quantities)
        delivered = {}
        for ln in view.lines:
            qty = ln.qty
            if qty and self.rng.random() < 0.05:
                qty = max(0, qty - self.rng.randint(1, 3))  # the baker ran short
            delivered[ln.product_id] = qty
        bread.record_reception(ctx, self.day.staff, baker_id, today, delivered)
        reserved = {
            pid: qty
            for pid, qty in rules.reserved_quantities(
                (
                    (r.schedule, [ReservationItem(p, q) for p, _n, q in r.items])
                    for r in bread.list_reservations(ctx)
                ),
                today,
            ).items()
        }
        for pid, qty in delivered.items():
            self.held[pid] = min(qty, reserved.get(pid, 0))
            self.shelf[pid] = qty - self.held[pid]

    def _starter(self, line: bread.OrderLineView) -> int:
        name = self.setup.products.get(line.product_id, "")
        weekday = WEEKDAY_BREAD[self.day.day.weekday()]
        return line.reserved + round(BREAD_BASE.get(name, 0.0) * weekday)

    def _sale(self, basket: list[int]) -> None:
        cart = Cart(takeaway=True)
        taken: dict[int, int] = {}
        for pid in basket:
            if self.shelf.get(pid, 0) - taken.get(pid, 0) > 0:
                taken[pid] = taken.get(pid, 0) + 1
        if not taken:
            return
        for pid, qty in taken.items():
            if pid not in self.items:
                self.items[pid] = selling.sale_item(self.day.ctx, pid)
            cart.add(self.items[pid], qty * 1000)
            self.shelf[pid] -= qty
        result = selling.checkout(
            self.day.ctx,
            self.day.staff,
            cart,
            [PaymentInput("cash" if self.rng.random() < 0.7 else "card", cart.total_cents)],
            token=self._token(),
            open_drawer=False,
        )
        self.day.tally.sold(result)

    def _pickup(self, row: bread.PickupRow) -> None:
        ctx = self.day.ctx
        method = "prepaid" if row.prepaid else "cash"
        account_id = next(
            (r.account_id for r in bread.list_reservations(ctx) if r.id == row.reservation_id), None
        )
        if (
            row.prepaid
            and account_id is not None
            and bread.prepaid_balance(ctx, account_id) < row.total_cents
        ):
            bread.top_up_prepaid(ctx, self.day.staff, account_id, 2000, "cash")
        try:
            result = bread.pick_up(
                ctx,
                self.day.staff,
                row.reservation_id,
                method=method,
                day=self.day.day,
                token=self._token(),
            )
        except UserError:
            return
        if result.ticket_number is not None:
            tally = self.day.tally
            tally.tickets += 1
            tally.total_cents += result.total_cents
            tally.day_tickets.append(result.ticket_number)
        for pid, _name, qty in self._items(row.reservation_id):
            self.held[pid] = max(0, self.held.get(pid, 0) - qty)

    def _items(self, reservation_id: int) -> tuple[tuple[int, str, int], ...]:
        for r in bread.list_reservations(self.day.ctx):
            if r.id == reservation_id:
                return r.items
        return ()

    def _release(self, _: object) -> None:
        bread.release_unclaimed(self.day.ctx, self.day.staff, self.day.day)
        for pid, qty in self.held.items():
            self.shelf[pid] = self.shelf.get(pid, 0) + qty
        self.held = {}

    def _order(self, _: object) -> None:
        ctx, baker_id = self.day.ctx, self.setup.baker_id
        tomorrow = self.day.day + dt.timedelta(days=1)
        view = bread.order_view(ctx, baker_id, tomorrow)
        if not view.editable:
            return
        history_days = self._history_weeks(tomorrow)
        quantities = {
            ln.product_id: ln.suggested if history_days else self._starter_for(ln, tomorrow)
            for ln in view.lines
        }
        bread.save_order(ctx, self.day.manager, baker_id, tomorrow, quantities)
        bread.lock_order(ctx, self.day.manager, baker_id, tomorrow)

    def _starter_for(self, line: bread.OrderLineView, day: dt.date) -> int:
        name = self.setup.products.get(line.product_id, "")
        return line.reserved + round(BREAD_BASE.get(name, 0.0) * WEEKDAY_BREAD[day.weekday()])

    def _history_weeks(self, day: dt.date) -> int:
        """How many of the last seven days were reconciled (a basis for the suggestion)."""
        with self.day.ctx.uow(read_only=True) as uow:
            days = set(
                uow.session.scalars(
                    select(BreadReconciliationLine.day).where(
                        BreadReconciliationLine.day.in_(
                            [day - dt.timedelta(days=n) for n in range(1, 8)]
                        )
                    )
                )
            )
        return len(days)

    def _close(self, _: object) -> None:
        ctx, baker_id, today = self.day.ctx, self.setup.baker_id, self.day.day
        proposal = bread.reconciliation(ctx, baker_id, today)
        if proposal.confirmed:
            return
        unsold = {}
        for view in proposal.lines:
            left = view.line.unsold_total
            given = 1 if left >= 3 and self.rng.random() < 0.2 else 0
            unsold[view.product_id] = {
                rules.UnsoldOutcome.RETURNED: left - given,
                rules.UnsoldOutcome.GIVEN: given,
            }
        bread.confirm_reconciliation(ctx, self.day.manager, baker_id, today, unsold)
        if (today + dt.timedelta(days=1)).day == 1:  # the month's statement for the baker
            bread.save_statement_pdf(ctx, baker_id, today.replace(day=1), today)


@dataclass(frozen=True, slots=True)
class ForecastQuality:
    """Counter forecasts against the simulated true demand over reconciled days."""

    days: int
    product_days: int
    demand: int  # true counter demand (loaves)
    suggestion_wape: float  # the suggestion's counter forecast
    naive_wape: float  # "same as last week": last week's counter sales, same weekday
    suggestion_wape_sold: float  # the same, against what actually sold (censored)
    naive_wape_sold: float
    unsold_rate: float


def forecast_quality(ctx: ServiceContext, first: dt.date, last: dt.date) -> ForecastQuality:
    """Compare, day by day and product by product, the forecast the order used with the
    naive forecast, both against the true demand and against the counter sales."""
    from cafe_pos.store.models.bread import BreadOrder, BreadOrderLine

    calendar = rules.calendar_for(first, last, SCHOOL_ZONE)
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        names = dict(
            session.execute(
                select(Product.id, Product.name).where(Product.name.in_(list(BREAD_BASE)))
            ).all()
        )
        forecasts = {
            (day, pid): fc
            for day, pid, fc in session.execute(
                select(BreadOrder.day, BreadOrderLine.product_id, BreadOrderLine.forecast)
                .join(BreadOrderLine, BreadOrderLine.order_id == BreadOrder.id)
                .where(BreadOrder.day.between(first - dt.timedelta(weeks=1), last))
            )
        }
        recon = {
            (ln.day, ln.product_id): ln
            for ln in session.scalars(
                select(BreadReconciliationLine).where(
                    BreadReconciliationLine.day.between(first - dt.timedelta(weeks=1), last)
                )
            )
        }
        rows = []
        delivered = unsold = 0
        days = set()
        for (day, pid), ln in recon.items():
            if day < first or pid not in names or (day, pid) not in forecasts:
                continue
            before = recon.get((day - dt.timedelta(weeks=1), pid))
            if before is None:
                continue
            truth = counter_demand(day, names[pid], calendar)
            rows.append((forecasts[(day, pid)], before.sold, truth, ln.sold))
            delivered += ln.delivered
            unsold += ln.returned + ln.given + ln.thrown + ln.next_day
            days.add(day)
    return ForecastQuality(
        days=len(days),
        product_days=len(rows),
        demand=sum(r[2] for r in rows),
        suggestion_wape=rules.wape((r[0], r[2]) for r in rows),
        naive_wape=rules.wape((r[1], r[2]) for r in rows),
        suggestion_wape_sold=rules.wape((r[0], r[3]) for r in rows),
        naive_wape_sold=rules.wape((r[1], r[3]) for r in rows),
        unsold_rate=unsold / delivered if delivered else 0.0,
    )
