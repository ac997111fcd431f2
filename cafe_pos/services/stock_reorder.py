"""Reorders: a suggested order per supplier from the stock, the sales speed per weekday over
the last weeks, the minimum and target of each product, the supplier's lead time, delivery
days and pack sizes; saved as an order (editable quantities) that a delivery is later
received against, and handed to the supplier as PDF or CSV (``reports.stock_order``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.money import Cents, MilliQty
from cafe_pos.domain.stock import (
    ReorderInput,
    StockError,
    following_delivery,
    next_delivery,
    parse_weekdays,
    suggest,
    value_of,
    weekday_speed,
)
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.reports.stock_documents import order_csv, order_pdf
from cafe_pos.reports.stock_dto import OrderDocLine, OrderDocument, Party
from cafe_pos.services.settings import get_int
from cafe_pos.services.stock import allow_stock_change, cafe_party, now_and_day
from cafe_pos.store.models.stock import PurchaseOrder, PurchaseOrderLine, Supplier
from cafe_pos.store.raw import raw_connection


@dataclass(frozen=True, slots=True)
class OrderLine:
    product_id: int
    name: str
    reference: str
    pack_size: int
    on_hand_milli: MilliQty
    minimum_milli: MilliQty
    target_milli: MilliQty
    daily_milli: MilliQty  # average sold a day
    projected_milli: MilliQty  # expected on hand at the delivery
    packs: int
    qty_milli: MilliQty
    unit_cost_cents: Cents

    @property
    def total_cents(self) -> Cents:
        return value_of(self.qty_milli, self.unit_cost_cents)


@dataclass(frozen=True, slots=True)
class OrderSuggestion:
    supplier_id: int
    supplier: str
    supplier_siret: str
    today: dt.date
    delivery_on: dt.date
    following_on: dt.date
    lines: list[OrderLine]  # every product of the supplier, ordered or not
    minimum_order_cents: Cents

    @property
    def ordered(self) -> list[OrderLine]:
        return [ln for ln in self.lines if ln.packs > 0]

    @property
    def total_cents(self) -> Cents:
        return sum(ln.total_cents for ln in self.ordered)


_PRODUCTS_SQL = """
SELECT p.id, p.name, ps.reference, ps.pack_size, ps.last_cost_cents,
       coalesce(l.qty_milli, 0), coalesce(l.minimum_milli, 0), coalesce(l.target_milli, 0),
       coalesce(l.average_cost_cents, 0)
FROM product_suppliers ps
JOIN products p ON p.id = ps.product_id
LEFT JOIN stock_levels l ON l.product_id = p.id
WHERE ps.supplier_id = ? AND p.active = 1 AND p.track_stock = 1
ORDER BY p.name COLLATE NOCASE"""

_SOLD_SQL = """
SELECT m.product_id, t.business_date, -sum(m.qty_milli)
FROM stock_movements m JOIN tickets t ON t.id = m.ticket_id
WHERE m.kind IN ('sale', 'refund') AND t.business_date BETWEEN ? AND ?
  AND m.product_id IN (SELECT product_id FROM product_suppliers WHERE supplier_id = ?)
GROUP BY m.product_id, t.business_date"""


def suggest_order(ctx: ServiceContext, supplier_id: int) -> OrderSuggestion:
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        supplier = s.get(Supplier, supplier_id)
        if supplier is None:
            raise NotFound("Ce fournisseur n'existe pas")
        _, today = now_and_day(ctx, s)
        weeks = get_int(ctx, "stock.speed_weeks", session=s)
        first = today - dt.timedelta(days=7 * weeks)
        last = today - dt.timedelta(days=1)
        conn = raw_connection(s)
        products = conn.execute(_PRODUCTS_SQL, (supplier_id,)).fetchall()
        sold: dict[int, dict[dt.date, int]] = defaultdict(dict)
        for pid, day, qty in conn.execute(
            _SOLD_SQL, (first.isoformat(), last.isoformat(), supplier_id)
        ):
            sold[int(pid)][dt.date.fromisoformat(day)] = int(qty)
        days = parse_weekdays(supplier.delivery_weekdays)
        delivery = next_delivery(today, supplier.lead_days, days)
        following = following_delivery(delivery, days)
        lines = []
        for pid, name, ref, pack, cost, qty, minimum, target, pmp in products:
            speed = weekday_speed(sold.get(int(pid), {}), first, last)
            advice = suggest(
                ReorderInput(int(qty), int(minimum), int(target), speed, int(pack)),
                today,
                delivery,
                following,
            )
            lines.append(
                OrderLine(
                    int(pid),
                    name,
                    ref,
                    int(pack),
                    int(qty),
                    int(minimum),
                    int(target),
                    sum(speed) // 7,
                    advice.projected_milli,
                    advice.packs,
                    advice.qty_milli,
                    int(cost) or int(pmp),
                )
            )
        return OrderSuggestion(
            supplier.id,
            supplier.name,
            supplier.siret,
            today,
            delivery,
            following,
            lines,
            supplier.minimum_order_cents,
        )


def with_packs(suggestion: OrderSuggestion, packs: dict[int, int]) -> OrderSuggestion:
    """The suggestion edited by hand: new pack counts for some products."""
    lines = []
    for ln in suggestion.lines:
        n = packs.get(ln.product_id, ln.packs)
        if n < 0 or n > 9999:
            raise StockError(f"Nombre de colis invalide pour {ln.name}")
        lines.append(
            OrderLine(
                ln.product_id,
                ln.name,
                ln.reference,
                ln.pack_size,
                ln.on_hand_milli,
                ln.minimum_milli,
                ln.target_milli,
                ln.daily_milli,
                ln.projected_milli,
                n,
                n * ln.pack_size * 1000,
                ln.unit_cost_cents,
            )
        )
    return OrderSuggestion(
        suggestion.supplier_id,
        suggestion.supplier,
        suggestion.supplier_siret,
        suggestion.today,
        suggestion.delivery_on,
        suggestion.following_on,
        lines,
        suggestion.minimum_order_cents,
    )


def save_order(ctx: ServiceContext, actor: Actor, suggestion: OrderSuggestion) -> int:
    """Record the order sent to the supplier (what was ordered, to receive against)."""
    allow_stock_change(ctx, actor, Permission.MANAGE_STOCK)
    ordered = suggestion.ordered
    if not ordered:
        raise StockError("La commande est vide : indiquez au moins un colis")
    with ctx.uow() as uow:
        s = uow.session
        created, _ = now_and_day(ctx, s)
        order = PurchaseOrder(
            supplier_id=suggestion.supplier_id,
            status="sent",
            created_at=created,
            expected_on=suggestion.delivery_on,
            user_name=actor.name,
            total_cents=suggestion.total_cents,
        )
        s.add(order)
        s.flush()
        s.add_all(
            PurchaseOrderLine(
                order_id=order.id,
                product_id=ln.product_id,
                reference=ln.reference,
                qty_milli=ln.qty_milli,
                packs=ln.packs,
                pack_size=ln.pack_size,
                unit_cost_cents=ln.unit_cost_cents,
            )
            for ln in ordered
        )
        order_id = order.id
        uow.commit()
    return order_id


@dataclass(frozen=True, slots=True)
class OrderedVsDelivered:
    product_id: int
    name: str
    ordered_milli: MilliQty
    delivered_milli: MilliQty


def ordered_vs_delivered(ctx: ServiceContext, order_id: int) -> list[OrderedVsDelivered]:
    """What an order asked for against what its deliveries brought."""
    with ctx.uow(read_only=True) as uow:
        conn = raw_connection(uow.session)
        if uow.session.get(PurchaseOrder, order_id) is None:
            raise NotFound("Cette commande n'existe pas")
        rows = conn.execute(
            "SELECT p.id, p.name, coalesce(o.qty, 0), coalesce(d.qty, 0) FROM products p "
            "LEFT JOIN (SELECT product_id, sum(qty_milli) AS qty FROM purchase_order_lines "
            "WHERE order_id = ? GROUP BY product_id) o ON o.product_id = p.id "
            "LEFT JOIN (SELECT dl.product_id, sum(dl.qty_milli) AS qty FROM delivery_lines dl "
            "JOIN deliveries d ON d.id = dl.delivery_id WHERE d.order_id = ? "
            "GROUP BY dl.product_id) d ON d.product_id = p.id "
            "WHERE o.qty IS NOT NULL OR d.qty IS NOT NULL ORDER BY p.name",
            (order_id, order_id),
        ).fetchall()
    return [OrderedVsDelivered(int(r[0]), r[1], int(r[2]), int(r[3])) for r in rows]


def open_orders(ctx: ServiceContext, supplier_id: int) -> list[tuple[int, dt.date | None]]:
    """Orders sent to a supplier and not received yet: (id, expected date)."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(PurchaseOrder.id, PurchaseOrder.expected_on)
            .where(PurchaseOrder.supplier_id == supplier_id, PurchaseOrder.status == "sent")
            .order_by(PurchaseOrder.id)
        ).all()
        return [(int(r[0]), r[1]) for r in rows]


def suggestions_for(ctx: ServiceContext, supplier_ids: Sequence[int]) -> list[OrderSuggestion]:
    return [suggest_order(ctx, sid) for sid in supplier_ids]


def order_document(
    ctx: ServiceContext, suggestion: OrderSuggestion, order_id: int | None = None
) -> OrderDocument:
    return OrderDocument(
        order_id,
        cafe_party(ctx),
        Party(suggestion.supplier, "", suggestion.supplier_siret),
        suggestion.today,
        suggestion.delivery_on,
        [
            OrderDocLine(
                ln.reference,
                ln.name,
                ln.packs,
                ln.pack_size,
                ln.qty_milli,
                ln.unit_cost_cents,
                ln.total_cents,
            )
            for ln in suggestion.ordered
        ],
        suggestion.total_cents,
    )


def export_order(
    ctx: ServiceContext,
    suggestion: OrderSuggestion,
    *,
    pdf: Path | None = None,
    csv_path: Path | None = None,
    order_id: int | None = None,
) -> None:
    """The order for the supplier: PDF and/or CSV."""
    if not suggestion.ordered:
        raise StockError("La commande est vide : indiquez au moins un colis")
    doc = order_document(ctx, suggestion, order_id)
    if pdf is not None:
        order_pdf(doc, pdf)
    if csv_path is not None:
        order_csv(doc, csv_path)


@dataclass(frozen=True, slots=True)
class OrderedLine:
    """A line of an order sent, as the reception screen takes it over."""

    product_id: int
    name: str
    unit: str
    date_kind: str
    packs: int
    pack_size: int
    unit_cost_cents: Cents


def order_lines(ctx: ServiceContext, order_id: int) -> list[OrderedLine]:
    """What an order asked for, to receive the delivery against it."""
    with ctx.uow(read_only=True) as uow:
        conn = raw_connection(uow.session)
        if uow.session.get(PurchaseOrder, order_id) is None:
            raise NotFound("Cette commande n'existe pas")
        rows = conn.execute(
            "SELECT p.id, p.name, p.unit, coalesce(l.date_kind, ''), o.packs, o.pack_size, "
            "o.unit_cost_cents FROM purchase_order_lines o JOIN products p ON p.id = o.product_id "
            "LEFT JOIN stock_levels l ON l.product_id = p.id WHERE o.order_id = ? ORDER BY o.id",
            (order_id,),
        ).fetchall()
    return [OrderedLine(*r) for r in rows]
