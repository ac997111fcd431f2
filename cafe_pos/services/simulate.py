"""Realistic days of a village café, played through the same services as the counter.

Each day: morning coffees, croissants, bread and newspapers; grocery baskets scanned at
the till (some weighed, a few cash-backs); lunch with meal vouchers; a quiet afternoon;
the evening apéritif with tabs (age checks, reminders, the odd refusal), paid at the end
in one go, by lines or in equal shares; regulars on their accounts (settled on
Saturdays); now and then a refund. Weekends are busier. Then the day is closed (Z).

A tool for demo and test databases: it refuses a base without a café identity, a base
that holds real activity (tickets not made by the simulator) and days the fiscal chain
cannot take (before its last record, or beyond the years a till records). Every record
is dated by the simulated clock: the simulator's own set-up (demo catalogue, accounts,
closing pending days) happens at the start of the first simulated day, after the last
record. The simulated cashier obeys the legal hours: after hours, a soft drink instead
of alcohol.

Deterministic: every random choice comes from ``random.Random(f"{seed}:{day}")`` and the
time from a ``FixedClock``, so the same seed from the same start gives the same tickets.
Receipts are not printed (customers rarely ask, and a history must not fill the print
queue), nor is the drawer pulsed.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain import alcohol as alcohol_policy
from cafe_pos.domain.alcohol import AgeCheckOutcome, RefusalReason
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.clock import PARIS, FixedClock, from_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents
from cafe_pos.domain.payments import QUICK_NOTES_CENTS, PaymentInput, equal_split
from cafe_pos.domain.periods import LAST_YEAR
from cafe_pos.domain.users import Actor, Role
from cafe_pos.resources import resource_path
from cafe_pos.services import (
    accounts,
    refunds,
    selling,
    simulate_bread,
    simulate_network,
    simulate_parcels,
    simulate_press,
    simulate_stock,
    tabs,
)
from cafe_pos.store.engine import make_engine
from cafe_pos.store.models.catalogue import Barcode, Product
from cafe_pos.store.models.fiscal import Closure, JournalEntry
from cafe_pos.store.models.sales import TabPayment, Ticket
from cafe_pos.store.models.users import User
from cafe_pos.store.uow import UnitOfWorkFactory

MAX_DAYS = 3660
WEEKDAY_FACTOR = (0.9, 0.9, 1.0, 1.0, 1.2, 1.5, 1.3)  # Monday .. Sunday
REGULARS = (("Marcel Dupuy", 8000), ("Josette Bernard", 5000), ("Gérard Lemoine", 6000))


class SimulationError(UserError):
    """Simulate cannot run with these arguments (French message)."""


@dataclass(frozen=True, slots=True)
class SimulationReport:
    first_day: dt.date
    last_day: dt.date
    days: int
    tickets: int
    refunds: int
    total_cents: Cents  # net of refunds
    cashback_cents: Cents
    tabs: int

    def summary(self) -> str:
        from cafe_pos.domain.money import format_eur

        return (
            f"Simulation : {self.days} jour(s) du {self.first_day:%d/%m/%Y} au "
            f"{self.last_day:%d/%m/%Y}, {self.tickets} tickets dont {self.refunds} "
            f"remboursement(s), {self.tabs} ardoise(s), total {format_eur(self.total_cents)}, "
            f"cash-back {format_eur(self.cashback_cents)}"
        )


@dataclass
class _Pools:
    coffee: list[SaleItem]
    morning: list[SaleItem]  # croissants, bread
    press: list[SaleItem]
    alcohol: list[SaleItem]
    soft: list[SaleItem]
    food: list[SaleItem]
    grocery: list[tuple[SaleItem, str]]  # item and a barcode to scan
    weighed: list[SaleItem]
    water: list[SaleItem]
    anything: list[SaleItem]
    hours: alcohol_policy.OpeningHours | None = None  # the legal hours of alcohol sales


@dataclass
class _Tally:
    tickets: int = 0
    refunds: int = 0
    total_cents: Cents = 0
    cashback_cents: Cents = 0
    tabs: int = 0
    day_tickets: list[int] = field(default_factory=list)

    def sold(self, result: selling.SaleResult) -> None:
        if result.ticket_number is None:
            return
        self.tickets += 1
        self.total_cents += result.total_cents
        self.cashback_cents += result.cashback_cents
        self.day_tickets.append(result.ticket_number)


def simulate(
    ctx: ServiceContext, days: int, seed: int = 1, start: dt.date | None = None
) -> SimulationReport:
    """Play ``days`` days from ``start`` (default: the day after the last recorded one)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise SimulationError(f"Nombre de jours invalide : entre 1 et {MAX_DAYS}")
    if ctx.training:
        raise SimulationError("Pas de simulation en mode formation")
    _check_simulation_base(ctx)
    last = _last_recorded_day(ctx)
    last_record = _last_record_time(ctx)
    if start is None:
        start = last + dt.timedelta(days=1) if last else business_date(ctx.clock.now())
    elif last is not None and start <= last:
        raise SimulationError(
            f"Le {start:%d/%m/%Y} est déjà enregistré : commencez après le {last:%d/%m/%Y}"
        )
    first_moment = dt.datetime.combine(start, dt.time(6, 30), tzinfo=PARIS)
    if last_record is not None and business_date(last_record) > start:
        raise SimulationError(
            f"Le {start:%d/%m/%Y} est déjà passé pour le journal (dernier enregistrement le "
            f"{last_record:%d/%m/%Y à %H:%M}) : commencez le {last_record:%d/%m/%Y} ou après"
        )
    if start.year + (days + 366) // 365 > LAST_YEAR:
        raise SimulationError(f"Simulation au-delà de {LAST_YEAR} impossible")
    if last_record is not None and last_record >= first_moment:
        first_moment = last_record + dt.timedelta(seconds=1)  # the journal never goes back
    clock = FixedClock(first_moment)
    engine = make_engine(ctx.db_path)
    event.listen(engine, "connect", _history_durability)
    sim = replace(ctx, clock=clock, uow=UnitOfWorkFactory(engine))
    tally = _Tally()
    try:
        # the simulator's own set-up is dated by the simulated clock too
        manager, staff = _actors(sim)
        _ensure_catalogue(sim, manager)
        account_ids = _ensure_accounts(sim, manager)
        pools = _pools(sim)
        _close_pending_days(sim, manager, before=start)
        for offset in range(days):
            day = start + dt.timedelta(days=offset)
            rng = random.Random(f"{seed}:{day.isoformat()}")
            _Day(sim, clock, day, rng, pools, manager, staff, account_ids, tally).run()
    finally:
        engine.dispose()
    return SimulationReport(
        first_day=start,
        last_day=start + dt.timedelta(days=days - 1),
        days=days,
        tickets=tally.tickets,
        refunds=tally.refunds,
        total_cents=tally.total_cents,
        cashback_cents=tally.cashback_cents,
        tabs=tally.tabs,
    )


# ---------------------------------------------------------------------- set-up
def _history_durability(dbapi_connection: Any, _record: Any) -> None:
    """A simulated history commits with synchronous=NORMAL (WAL): a killed process loses
    nothing, only a power cut could drop the last simulated sales, never half of one."""
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


def _check_simulation_base(ctx: ServiceContext) -> None:
    """No real activity in the base (the command line also wants a café identity)."""
    # NULLs would make the test unknown (and the ticket uncounted): coalesce, filter
    simulated = func.coalesce(Ticket.client_token, "").like("sim-%") | Ticket.id.in_(
        select(TabPayment.ticket_id).where(
            TabPayment.ticket_id.is_not(None), TabPayment.client_token.like("sim-%")
        )
    )
    with ctx.uow(read_only=True) as uow:
        real = uow.session.scalar(select(func.count()).select_from(Ticket).where(~simulated))
    if real:
        raise SimulationError(
            f"Cette base contient une activité réelle ({real} ticket(s) hors simulation) : "
            "la simulation est réservée aux bases de démonstration et de test"
        )


def _last_record_time(ctx: ServiceContext) -> dt.datetime | None:
    """The time of the register's last journal record (local time), if any."""
    with ctx.uow(read_only=True) as uow:
        at = uow.session.scalar(
            select(func.max(JournalEntry.at)).where(JournalEntry.register == ctx.register)
        )
    if at is None:
        return None
    return from_utc_naive(at if isinstance(at, dt.datetime) else dt.datetime.fromisoformat(at))


def _last_recorded_day(ctx: ServiceContext) -> dt.date | None:
    with ctx.uow() as uow:
        session = uow.session
        ticket_day = session.scalar(
            select(func.max(Ticket.business_date)).where(Ticket.register == ctx.register)
        )
        closed = session.scalar(
            select(func.max(Closure.last_day)).where(
                Closure.register == ctx.register, Closure.kind == "day"
            )
        )
    days = [d for d in (ticket_day, closed) if d is not None]
    return max(days) if days else None


def _actors(ctx: ServiceContext) -> tuple[Actor, Actor]:
    with ctx.uow() as uow:
        users = uow.session.scalars(
            select(User).where(User.active.is_(True)).order_by(User.id)
        ).all()
        # read inside the unit of work: leaving it rolls back, which expires the objects
        managers = [Actor(u.id, u.name, Role.MANAGER) for u in users if u.role == Role.MANAGER]
        staff = [Actor(u.id, u.name, Role.STAFF) for u in users if u.role == Role.STAFF]
    manager = managers[0] if managers else Actor(None, "Camille", Role.MANAGER)
    return manager, staff[0] if staff else Actor(None, "Léo", Role.STAFF)


def demo_catalogue_path() -> Path:
    """The demo catalogue CSV: inside the installed package, or at the top of a checkout."""
    found = resource_path("assets", "demo", "catalogue.csv")
    if found is not None:
        return found
    raise UserError("Catalogue de démonstration introuvable : installation incomplète")


def _ensure_catalogue(ctx: ServiceContext, manager: Actor) -> None:
    """An empty database gets the demo catalogue (through the catalogue import)."""
    with ctx.uow() as uow:
        count = uow.session.scalar(
            select(func.count()).select_from(Product).where(Product.active.is_(True))
        )
    if count:
        return
    from cafe_pos.services.catalogue_io import import_csv

    report = import_csv(ctx, manager, demo_catalogue_path())
    if report.rejected:
        line, reason = report.rejected[0]
        raise SimulationError(f"Catalogue de démonstration : ligne {line} refusée ({reason})")


def _ensure_accounts(ctx: ServiceContext, manager: Actor) -> list[int]:
    existing = accounts.list_accounts(ctx)
    if not existing:
        existing = [accounts.create_account(ctx, manager, n, limit) for n, limit in REGULARS]
    return [a.id for a in existing]


def _pools(ctx: ServiceContext) -> _Pools:
    with ctx.uow() as uow:
        session = uow.session
        products = list(
            session.scalars(
                selling.product_query().where(Product.active.is_(True)).order_by(Product.id)
            )
        )
        codes: dict[int, str] = {}
        for product_id, code in session.execute(
            select(Barcode.product_id, Barcode.code).order_by(Barcode.id)
        ):
            codes.setdefault(product_id, code)
        items = selling.sale_items(session, products)
        by_id = {p.id: item for p, item in zip(products, items, strict=True)}

    def cat(item: SaleItem, *words: str) -> bool:
        text = f"{item.category_name} {item.label}".lower()
        return any(w in text for w in words)

    sellable = [i for i in items if not (i.label.lower().startswith("consigne"))]
    coffee = [
        i
        for i in sellable
        if i.is_drink and not i.is_alcohol and cat(i, "café", "expresso", "crème", "thé")
    ]
    morning = [
        i for i in sellable if cat(i, "boulang", "viennois", "croissant", "baguette", "pain")
    ]
    press = [i for i in sellable if i.third_party and i.vat_onsite_bp == 210]
    alcohol = [i for i in sellable if i.is_alcohol and i.unit != "kg"]
    soft = [
        i for i in sellable if i.is_drink and not i.is_alcohol and i not in coffee and i.price_cents
    ]
    food = [
        i for i in sellable if i.meal_voucher_ok and i.unit != "kg" and i.product_id not in codes
    ]
    grocery = [
        (by_id[pid], code)
        for pid, code in codes.items()
        if by_id.get(pid) is not None and not by_id[pid].is_alcohol and by_id[pid].unit != "kg"
    ]
    weighed = [i for i in sellable if i.unit == "kg"]
    water = [i for i in sellable if i.is_drink and i.price_cents == 0]
    anything = [i for i in sellable if i.unit != "kg" and not i.third_party] or sellable
    if not anything:
        raise SimulationError("Le catalogue ne contient aucun article vendable")
    from cafe_pos.services.alcohol_config import opening_hours

    return _Pools(
        coffee or anything,
        morning or anything,
        press,
        alcohol,
        soft or anything,
        food or anything,
        grocery,
        weighed,
        water,
        anything,
        opening_hours(ctx),
    )


def _close_pending_days(ctx: ServiceContext, manager: Actor, *, before: dt.date) -> None:
    from cafe_pos.services.closing import close_day, days_to_close

    for day in days_to_close(ctx):
        if day < before:
            close_day(ctx, manager, day)


# ---------------------------------------------------------------------- one day
@dataclass
class _Day:
    ctx: ServiceContext
    clock: FixedClock
    day: dt.date
    rng: random.Random
    pools: _Pools
    manager: Actor
    staff: Actor
    account_ids: list[int]
    tally: _Tally
    _tokens: int = 0
    relay: simulate_parcels.RelayDay | None = None
    press: simulate_press.PressDay | None = None
    bread: simulate_bread.BreadDay | None = None

    def run(self) -> None:
        simulate_stock.morning(self.ctx, self.clock, self.day, self.manager, self.staff)
        simulate_network.morning(self.ctx, self.day)  # the demo's network catalogue, once
        factor = WEEKDAY_FACTOR[self.day.weekday()]
        plan: list[tuple[dt.time, int, str, int]] = []

        def add(
            kind: str, mean: float, spread: float, first: tuple[int, int], last: tuple[int, int]
        ) -> None:
            count = max(0, round(self.rng.gauss(mean, spread) * factor))
            for _ in range(count):
                plan.append((self._time(first, last), len(plan), kind, 0))

        add("morning", 26, 4, (7, 0), (10, 30))
        add("grocery", 7, 2, (9, 0), (12, 0))
        add("lunch", 9, 3, (12, 0), (14, 0))
        add("afternoon", 7, 2, (14, 0), (17, 30))
        add("apero", 10, 3, (17, 30), (21, 30))
        add("grocery", 3, 1, (16, 0), (19, 0))
        for index in range(self.rng.randint(1, 3) + (2 if self.day.weekday() >= 4 else 0)):
            plan.append((self._time((18, 0), (19, 30)), len(plan), "tab", index))
        if self.rng.random() < 0.3:
            plan.append((self._time((11, 0), (20, 0)), len(plan), "refund", 0))
        if self.day.weekday() == 5:
            plan.append((self._time((10, 0), (12, 0)), len(plan), "settle", 0))
        self.relay = simulate_parcels.RelayDay.for_day(
            self.ctx, self.day, self.rng, self.manager, self.staff
        )  # the parcel relay's day (receptions, pick-ups, drop-offs, the driver)
        plan += [
            (at, len(plan) + i, "relay", index) for i, (at, index) in enumerate(self.relay.plan)
        ]
        self.press = simulate_press.PressDay.set_up(  # the press delivery and returns at 6:15
            self.ctx, self.day, self.rng, self.manager, self.staff
        )
        plan.append((dt.time(6, 15), -1, "press", 0))
        for _ in range(self.rng.randint(0, 3)):
            plan.append((self._time((9, 0), (18, 0)), len(plan), "stamps", 0))
        self.bread = simulate_bread.BreadDay.for_day(self)  # the bread deposit's day
        plan += self.bread.plan(len(plan)) if self.bread else []
        self.tally.day_tickets = []
        for at, _, kind, index in sorted(plan):
            self._at(at)
            getattr(self, f"_{kind}")(index)
        self._close()

    def _bread(self, index: int) -> None:
        if self.bread is not None:
            self.bread.play(index)

    def _press(self, _: int) -> None:
        if self.press is not None:
            self.press.morning()

    def _stamps(self, _: int) -> None:
        if self.press is not None:
            cart = Cart(takeaway=True)
            self.press.stamps(cart)
            self._sell(cart, [self._cash(cart.total_cents)])

    def _relay(self, index: int) -> None:
        if self.relay is not None:
            self.relay.play(index)

    # -- helpers
    def _time(self, first: tuple[int, int], last: tuple[int, int]) -> dt.time:
        start = first[0] * 60 + first[1]
        minute = self.rng.randint(start, last[0] * 60 + last[1] - 1)
        return dt.time(minute // 60, minute % 60, self.rng.randint(0, 59))

    def _linger(self, minutes: int) -> None:
        """A tab's round lasts a while, but the evening ends by 23:30: tabs played one after
        the other must not push the shared clock past the legal hours of alcohol."""
        end = dt.datetime.combine(self.day, dt.time(23, 30), tzinfo=PARIS)
        self.clock.set(
            max(self.clock.now(), min(end, self.clock.now() + dt.timedelta(minutes=minutes)))
        )

    def _at(self, at: dt.time) -> None:
        moment = dt.datetime.combine(self.day, at, tzinfo=PARIS)
        self.clock.set(max(moment, self.clock.now()))

    def _token(self) -> str:
        self._tokens += 1
        return f"sim-{self.day.isoformat()}-{self._tokens}"

    def _pick(self, pool: list[SaleItem]) -> SaleItem:
        item = pool[self.rng.randrange(len(pool))]
        if item.is_alcohol and not self._alcohol_allowed():
            # a cashier obeys the legal hours: a soft drink instead
            softs = [i for i in self.pools.soft if not i.is_alcohol] or self.pools.water
            softs = softs or [i for i in self.pools.anything if not i.is_alcohol]
            return softs[self.rng.randrange(len(softs))]
        return item

    def _alcohol_allowed(self) -> bool:
        hours = self.pools.hours
        return hours is None or alcohol_policy.alcohol_allowed_at(hours, self.clock.now())

    def _cash(self, total: Cents) -> PaymentInput:
        roll = self.rng.random()
        if roll < 0.35:
            return PaymentInput("cash", total)
        notes = [n for n in QUICK_NOTES_CENTS if n >= total]
        if roll < 0.75 and notes:
            return PaymentInput("cash", total, tendered_cents=notes[0])
        return PaymentInput("cash", total, tendered_cents=-(-total // 100) * 100)

    def _pay(
        self, cart: Cart, *, card_share: float = 0.3, cashback: Cents = 0, vouchers: bool = False
    ) -> list[PaymentInput]:
        total = cart.total_cents
        if total == 0:
            return []
        if vouchers and cart.meal_voucher_eligible_cents >= 500:
            part = cart.meal_voucher_eligible_cents
            rest = total - part
            return [PaymentInput("meal_voucher", part)] + ([self._cash(rest)] if rest else [])
        if cashback or self.rng.random() < card_share or total > 6000:
            return [PaymentInput("card", total)]
        if total > 1500 and self.rng.random() < 0.1:
            return [PaymentInput("cheque", total)]
        return [self._cash(total)]

    def _sell(
        self,
        cart: Cart,
        payments: list[PaymentInput] | None = None,
        *,
        cashback: Cents = 0,
        account_id: int | None = None,
        vouchers: bool = False,
        card_share: float = 0.3,
    ) -> None:
        if cart.is_empty:
            return
        if payments is None:
            payments = self._pay(cart, card_share=card_share, cashback=cashback, vouchers=vouchers)
        actor = self.staff if self.rng.random() < 0.6 else self.manager
        result = selling.checkout(
            self.ctx,
            actor,
            cart,
            payments,
            cashback_cents=cashback,
            customer_account_id=account_id,
            token=self._token(),
            open_drawer=False,
        )
        self.tally.sold(result)

    # -- customers
    def _morning(self, _: int) -> None:
        cart = Cart()
        roll = self.rng.random()
        if roll < 0.65:
            cart.add(self._pick(self.pools.coffee), 1000 * self.rng.choice((1, 1, 1, 2)))
        if roll > 0.4:
            cart.add(self._pick(self.pools.morning), 1000 * self.rng.choice((1, 1, 2, 3)))
        if self.press is not None and self.rng.random() < 0.25:
            self.press.add_copy(cart)  # the paper, scanned (none left: the customer goes without)
        if self.account_ids and self.rng.random() < 0.08 and not cart.has_alcohol:
            account_id = self.rng.choice(self.account_ids)
            view = accounts.get_account(self.ctx, account_id)
            if 0 < cart.total_cents <= view.available_cents:
                self._sell(cart, [PaymentInput("account", cart.total_cents)], account_id=account_id)
                return
        self._sell(cart, card_share=0.2)

    def _grocery(self, _: int) -> None:
        cart = Cart(takeaway=True)
        for _line in range(self.rng.randint(1, 6)):
            if self.pools.grocery and self.rng.random() < 0.75:
                _item, code = self.pools.grocery[self.rng.randrange(len(self.pools.grocery))]
                selling.scan(self.ctx, code).add_to(cart)
            elif self.pools.weighed and self.rng.random() < 0.5:
                cart.add(self._pick(self.pools.weighed), self.rng.randint(120, 900), unit="kg")
            else:
                cart.add(self._pick(self.pools.morning))
        cashback = 0
        if cart.total_cents >= 100 and self.rng.random() < 0.12:
            cashback = self.rng.choice((2000, 3000, 4000, 5000, 6000))
        self._sell(cart, cashback=cashback, card_share=0.6)

    def _lunch(self, _: int) -> None:
        cart = Cart()
        for _person in range(self.rng.choice((1, 1, 2, 2, 3))):
            cart.add(self._pick(self.pools.food))
            if self.pools.alcohol and self.rng.random() < 0.45:
                cart.add(self._pick(self.pools.alcohol))
            else:
                cart.add(self._pick(self.pools.soft))
            if self.rng.random() < 0.6:
                cart.add(self._pick(self.pools.coffee))
        if self.pools.water:
            cart.add(self.pools.water[0])
        self._sell(cart, vouchers=self.rng.random() < 0.3, card_share=0.5)

    def _afternoon(self, _: int) -> None:
        cart = Cart(takeaway=self.rng.random() < 0.3)
        cart.add(self._pick(self.pools.coffee if self.rng.random() < 0.5 else self.pools.soft))
        if self.rng.random() < 0.3:
            cart.add(self._pick(self.pools.anything))
        self._sell(cart)

    def _apero(self, _: int) -> None:
        cart = Cart()
        for _drink in range(self.rng.choice((1, 1, 2, 3))):
            if self.pools.alcohol and self.rng.random() < 0.7:
                cart.add(self._pick(self.pools.alcohol))
            else:
                cart.add(self._pick(self.pools.soft))
        if cart.has_alcohol:
            self._age_check(None)
        self._sell(cart, card_share=0.35)

    def _age_check(self, tab_id: int | None) -> bool:
        """The first alcohol of a ticket or tab asks the age check; False when refused."""
        from cafe_pos.services.alcohol import record_age_check

        roll = self.rng.random()
        if roll < 0.01:
            record_age_check(self.ctx, self.staff, AgeCheckOutcome.REFUSED_MINOR, tab_id=tab_id)
            return False
        outcome = AgeCheckOutcome.ID_CHECKED if roll < 0.06 else AgeCheckOutcome.EVIDENT
        record_age_check(self.ctx, self.staff, outcome, tab_id=tab_id)
        return True

    def _tab(self, index: int) -> None:
        """A table's evening: open, a few rounds, then the bill (played in one go)."""
        from cafe_pos.services.alcohol import refuse_service, take_reminder

        label = self.rng.choice(("Table", "Terrasse", "Comptoir")) + f" {index + 1}"
        tab = tabs.open_tab(self.ctx, self.staff, label)
        self.tally.tabs += 1
        people = self.rng.randint(2, 5)
        alcohol_ok = True
        checked = False
        for _round in range(self.rng.randint(1, 4)):
            cart = Cart()
            for _person in range(people):
                if alcohol_ok and self.pools.alcohol and self.rng.random() < 0.65:
                    cart.add(self._pick(self.pools.alcohol))
                else:
                    cart.add(self._pick(self.pools.soft))
            if self.rng.random() < 0.3:
                cart.add(self._pick(self.pools.food))
            if cart.has_alcohol and not checked:
                checked = True
                if not self._age_check(tab.id):
                    cart = _without_alcohol(cart)
            if cart.is_empty:
                continue
            tabs.add_to_tab(self.ctx, self.staff, tab.id, cart)
            take_reminder(self.ctx, tab.id)
            if alcohol_ok and self.rng.random() < 0.02:
                refuse_service(self.ctx, self.staff, RefusalReason.DRUNK, tab_id=tab.id)
                alcohol_ok = False
            self._linger(self.rng.randint(15, 40))
        self._pay_tab(tab.id)

    def _pay_tab(self, tab_id: int) -> None:
        view = tabs.get_tab(self.ctx, tab_id)
        if view.line_count == 0:
            tabs.close_tab(self.ctx, self.staff, tab_id)
            return
        tabs.note_for_tab(self.ctx, tab_id)  # the bill is shown before payment
        self.clock.advance(minutes=2)
        roll = self.rng.random()
        if roll < 0.25 and view.total_cents >= 400:
            parts = self.rng.randint(2, 4)
            for _share in range(parts):
                share = self._share(tab_id, parts, self.rng.choice(("cash", "card", "card")))
                if share.sale is not None:
                    self.tally.sold(share.sale)
            return
        if roll < 0.5 and view.line_count >= 2:
            cart = tabs.tab_cart(self.ctx, tab_id)
            keys = {ln.key for ln in cart.lines[: len(cart) // 2] if not ln.is_deposit}
            ids = [ln.tab_line_id for ln in cart.lines if ln.key in keys and ln.tab_line_id]
            total = sum(
                ln.total_cents for ln in cart.lines if ln.key in keys or ln.deposit_of in keys
            )
            if ids:
                result = tabs.pay_tab_lines(
                    self.ctx,
                    self.staff,
                    tab_id,
                    [i for i in ids if i is not None],
                    self._pay_total(total),
                    token=self._token(),
                    open_drawer=False,
                )
                self.tally.sold(result)
        rest = tabs.get_tab(self.ctx, tab_id).total_cents
        result = tabs.pay_tab_lines(
            self.ctx,
            self.staff,
            tab_id,
            None,
            self._pay_total(rest),
            token=self._token(),
            open_drawer=False,
        )
        self.tally.sold(result)

    def _pay_total(self, total: Cents) -> list[PaymentInput]:
        if total == 0:
            return []
        if self.rng.random() < 0.55:
            return [PaymentInput("card", total)]
        return [self._cash(total)]

    def _share(self, tab_id: int, parts: int, method: str) -> tabs.ShareResult:
        view = tabs.get_tab(self.ctx, tab_id)
        split = equal_split(view.total_cents, parts)
        amount = split[view.shares_paid]
        payment = PaymentInput("card", amount) if method == "card" else self._cash(amount)
        return tabs.pay_tab_share(
            self.ctx, self.staff, tab_id, parts, payment, token=self._token(), open_drawer=False
        )

    def _refund(self, _: int) -> None:
        if not self.tally.day_tickets:
            return
        number = self.rng.choice(self.tally.day_tickets)
        detail = refunds.ticket_detail(self.ctx, number)
        if detail.summary.kind != "sale" or "account" in {p.method for p in detail.payments}:
            return
        line = next(
            (ln for ln in detail.lines if ln.refundable_qty_milli and ln.unit == "piece"), None
        )
        if line is None:
            return
        reason = self.rng.choice(("Erreur de saisie", "Produit défectueux", "Client mécontent"))
        result = refunds.refund(
            self.ctx,
            self.manager,
            number,
            [(line.position, 1000)],
            reason,
            "cash",
            token=self._token(),
            open_drawer=False,
        )
        self.tally.sold(result)
        self.tally.refunds += 1

    def _settle(self, _: int) -> None:
        for account in accounts.list_accounts(self.ctx):
            if account.balance_cents > 0:
                method = self.rng.choice(("cash", "cheque", "card"))
                accounts.settle_account(
                    self.ctx, self.staff, account.id, account.balance_cents, method
                )

    def _close(self) -> None:
        from cafe_pos.services.closing import close_day

        self._at(dt.time(23, 15))
        close_day(self.ctx, self.manager, self.day)


def _without_alcohol(cart: Cart) -> Cart:
    kept = Cart(takeaway=cart.takeaway)
    for line in cart.lines:
        if not line.item.is_alcohol and not line.is_deposit:
            kept.add(
                line.item, line.qty_milli, unit_price_cents=line.unit_price_cents, unit=line.unit
            )
    return kept
