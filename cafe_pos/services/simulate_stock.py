"""The grocery stock of a simulated café, played through the stock services each morning
before the counter opens (``simulate`` calls ``morning`` at the start of every day):

- the first day: two suppliers (grocery and drinks, delivering on Tuesdays and Fridays),
  every stocked product linked to one with a pack size and a cost, its minimum and target,
  the date its lots carry (DLC for fresh goods, DDM for the shelf), and a first delivery;
- every morning: lots past their DLC are withdrawn (démarque "date dépassée"), and now and
  then a jar breaks, something is stolen or eaten by the staff;
- Tuesdays and Fridays: the suggested order of each supplier is placed and received, with
  dates on the lots and, now and then, a price rise;
- the first of the month: a partial count of the grocery shelf, validated by the manager.

Deterministic: its random choices come from ``random.Random(f"stock:{day}")`` (the sales'
own random sequence is left untouched).
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import MilliQty
from cafe_pos.domain.stock import DateKind, Freshness, LossReason, net_of_vat
from cafe_pos.domain.users import Actor
from cafe_pos.services import stock, stock_checks, stock_counts, stock_deliveries, stock_reorder
from cafe_pos.services.stock_deliveries import DeliveryInput, DeliveryLineInput
from cafe_pos.store.models.catalogue import Category, Product
from cafe_pos.store.models.stock import Supplier

GROCERY = "Épicerie Centrale"
DRINKS = "Boissons d'Auvergne"
GROCERY_WORDS = ("picerie", "crèmerie", "fromage", "fruits", "légumes")
USE_BY_WORDS = ("yaourt", "jambon", "crème fraîche", "camembert", "chèvre", "poulet", "quiche")
BEST_BEFORE_WORDS = (
    "spaghetti", "riz", "farine", "biscuit", "chocolat", "confiture", "café moulu", "sardines",
    "thon", "haricots", "soupe", "lait", "œufs", "beurre", "jus", "coca", "céréales", "chips",
)  # fmt: skip
DELIVERY_DAYS = frozenset({1, 4})  # Tuesday, Friday


def morning(
    ctx: ServiceContext, clock: FixedClock, day: dt.date, manager: Actor, staff: Actor
) -> None:
    """The stock's part of a simulated day, before the first customer."""
    clock.set(max(dt.datetime.combine(day, dt.time(6, 40), tzinfo=PARIS), clock.now()))
    rng = random.Random(f"stock:{day.isoformat()}")
    first = _setup(ctx, manager)
    if first:
        _deliver_all(ctx, staff, rng, day, first_stock=True)
    _withdraw_expired(ctx, staff)
    if day.weekday() in DELIVERY_DAYS and not first:
        _deliver_all(ctx, staff, rng, day, first_stock=False)
    if rng.random() < 0.35:
        _random_loss(ctx, staff, rng)
    if day.day == 1:
        _monthly_count(ctx, manager, staff, rng)


def _setup(ctx: ServiceContext, manager: Actor) -> bool:
    """Suppliers and product links, once; True when it was done now."""
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        if s.scalar(select(Supplier.id).where(Supplier.name == GROCERY)) is not None:
            return False
        rows = s.execute(
            select(Product.id, Product.name, Product.unit, Product.price_cents,
                   Product.vat_takeaway_bp, Category.name)
            .outerjoin(Category, Category.id == Product.category_id)
            .where(Product.track_stock.is_(True), Product.active.is_(True),
                   Product.third_party.is_(False), Product.price_cents > 0)
            .order_by(Product.id)
        ).all()  # fmt: skip
    grocery = stock.save_supplier(
        ctx,
        manager,
        stock.SupplierData(
            GROCERY,
            contact="Service commandes",
            phone="04 71 00 00 00",
            siret="73282932000074",
            delivery_weekdays="1,4",
            lead_days=1,
            minimum_order_cents=15000,
        ),
    )
    drinks = stock.save_supplier(
        ctx,
        manager,
        stock.SupplierData(DRINKS, delivery_weekdays="1,4", lead_days=1),
    )
    for pid, name, unit, price, vat_bp, category in rows:
        text = f"{category or ''} {name}".lower()
        supplier = grocery if any(w in text for w in GROCERY_WORDS) else drinks
        pack = 1 if unit == "kg" else 6
        cost = max(net_of_vat(int(price), int(vat_bp)) * 60 // 100, 1)
        stock.link_product(
            ctx,
            manager,
            pid,
            supplier,
            reference=f"R{pid:05d}",
            pack_size=pack,
            last_cost_cents=cost,
        )
        kind = DateKind.NONE
        if any(w in text for w in USE_BY_WORDS):
            kind = DateKind.USE_BY
        elif any(w in text for w in BEST_BEFORE_WORDS):
            kind = DateKind.BEST_BEFORE
        minimum, target = (1000, 3000) if unit == "kg" else (4000, 12_000)
        stock.set_stock_settings(ctx, manager, pid, stock.StockSettings(minimum, target, kind))
    return True


def _lot_date(kind: str, day: dt.date, rng: random.Random) -> dt.date | None:
    if kind == DateKind.USE_BY:
        return day + dt.timedelta(days=rng.randint(5, 12))
    if kind == DateKind.BEST_BEFORE:
        return day + dt.timedelta(days=rng.randint(40, 200))
    return None


def _deliver_all(
    ctx: ServiceContext, staff: Actor, rng: random.Random, day: dt.date, *, first_stock: bool
) -> None:
    for supplier in stock.suppliers(ctx):
        suggestion = stock_reorder.suggest_order(ctx, supplier.id)
        # The opening stock: a target's worth of everything; then what the suggestion says.
        ordered = suggestion.lines if first_stock else suggestion.ordered
        lines = []
        kinds = {
            r.product_id: r.date_kind for r in stock.stock_list(ctx, supplier_id=supplier.id).rows
        }
        for ln in ordered:
            packs = (
                max(-(-ln.target_milli // (ln.pack_size * 1000)), 1) if first_stock else ln.packs
            )
            if rng.random() < 0.05:
                packs += 1  # the supplier sent one more than ordered
            if packs <= 0:
                continue
            price = ln.unit_cost_cents * ln.pack_size
            if rng.random() < 0.02:
                price = price * 115 // 100  # a price rise, flagged at reception
            lines.append(
                DeliveryLineInput(
                    ln.product_id,
                    packs * 1000,
                    price,
                    ln.pack_size,
                    500 if rng.random() < 0.1 else 0,
                    _lot_date(kinds.get(ln.product_id, ""), day, rng),
                )
            )
        if not lines:
            continue
        stock_deliveries.receive(
            ctx,
            staff,
            DeliveryInput(supplier.id, lines, f"BL-{day:%y%m%d}-{supplier.id}"),
        )


def _withdraw_expired(ctx: ServiceContext, staff: Actor) -> None:
    for lot in stock_checks.expiring_lots(ctx, days=0):
        if lot.status is Freshness.PAST_USE_BY:
            stock_checks.withdraw_expired_lot(
                ctx, staff, lot.product_id, lot.lot_id, lot.remaining_milli
            )


def _random_loss(ctx: ServiceContext, staff: Actor, rng: random.Random) -> None:
    rows = [r for r in stock.stock_list(ctx).rows if r.qty_milli >= 1000 and r.unit != "kg"]
    if not rows:
        return
    row = rows[rng.randrange(len(rows))]
    reason = rng.choice([LossReason.BROKEN, LossReason.STOLEN, LossReason.OWN_USE])
    try:
        stock.record_loss(ctx, staff, row.product_id, 1000, reason)
    except UserError:  # pragma: no cover - a product archived meanwhile
        return


def _monthly_count(ctx: ServiceContext, manager: Actor, staff: Actor, rng: random.Random) -> None:
    with ctx.uow(read_only=True) as uow:
        category_id = uow.session.scalar(
            select(Category.id).where(Category.name.like("%picerie%")).order_by(Category.id)
        )
    if category_id is None:
        return
    count_id = stock_counts.start_count(ctx, staff, label="Rayon épicerie", category_id=category_id)
    for row in stock.stock_list(ctx, category_id=category_id).rows:
        noise: MilliQty = 0
        roll = rng.random()
        if roll < 0.1:
            noise = -1000
        elif roll < 0.13:
            noise = 1000
        counted = max(row.qty_milli + noise, 0)
        stock_counts.count_product(ctx, staff, count_id, row.product_id, counted)
    stock_counts.validate_count(ctx, manager, count_id)
