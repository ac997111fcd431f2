"""Receiving a supplier's delivery (réception): every line checked (quantity, price,
discount, pack size, the barcode scanned really being the product's, the lot's DLC or DDM),
the note's total compared with the lines, price rises flagged, then the delivery, its lines,
its lots and its ledger movements written in ONE transaction (PMP updated).

A delivery is never edited: ``correct_delivery`` writes a correcting delivery and movement.
Also the scan at the reception screen (``reception_item``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.money import Cents, MilliQty, format_eur
from cafe_pos.domain.stock import (
    DEFAULT_PRICE_RISE_BP,
    MAX_NOTE_GAP_CENTS,
    DateKind,
    MoveKind,
    StockError,
    check_discount_bp,
    check_pack_size,
    check_quantity,
    check_reception_date,
    check_unit_cost,
    is_price_rise,
    net_unit_cost,
    purchase_line_total,
    value_of,
)
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import network_catalogue, stock_ledger
from cafe_pos.services.network_catalogue import AboveCap
from cafe_pos.services.settings import get_int
from cafe_pos.services.stock import allow_stock_change, now_and_day
from cafe_pos.store.models.catalogue import Barcode, Product
from cafe_pos.store.models.stock import (
    Delivery,
    DeliveryLine,
    ProductSupplier,
    PurchaseOrder,
    StockLevel,
    StockLot,
    Supplier,
)
from cafe_pos.store.raw import db_datetime, raw_connection

MAX_DELIVERY_LINES = 500


@dataclass(frozen=True, slots=True)
class DeliveryLineInput:
    """One line of a delivery note. ``qty_milli`` counts purchase units: packs of
    ``pack_size`` units (1 = bought by the unit); ``price_cents`` is the price excl. VAT of
    one purchase unit before the line discount (``discount_bp``, 1000 = 10 %)."""

    product_id: int
    qty_milli: MilliQty
    price_cents: Cents
    pack_size: int = 1
    discount_bp: int = 0
    expires_on: dt.date | None = None
    barcode: str = ""  # what was scanned, checked against the product


@dataclass(frozen=True, slots=True)
class DeliveryInput:
    supplier_id: int | None
    lines: Sequence[DeliveryLineInput]
    note_ref: str = ""
    note_total_cents: Cents | None = None  # the note's total excl. VAT, when it gives one
    order_id: int | None = None
    accept_past_best_before: bool = False


@dataclass(frozen=True, slots=True)
class PriceRise:
    product_id: int
    name: str
    previous_cost: Cents
    new_cost: Cents


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    delivery_id: int
    total_cents: Cents
    units_milli: MilliQty
    price_rises: tuple[PriceRise, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    above_cap: tuple[AboveCap, ...] = ()  # lines above the network's price cap


@dataclass(frozen=True, slots=True)
class _Checked:
    line: DeliveryLineInput
    units_milli: MilliQty
    unit_cost: Cents
    total: Cents
    date_kind: str


def _check_line(
    line: DeliveryLineInput,
    product: Product | None,
    date_kind: str,
    code_owner: int | None,
    today: dt.date,
    accept_past_best_before: bool,
    warnings: list[str],
) -> _Checked:
    if product is None:
        raise NotFound(f"Produit n° {line.product_id} inconnu")
    name = product.name
    if not product.track_stock:
        raise StockError(f"{name} n'est pas suivi en stock : activez-le sur sa fiche")
    check_quantity(line.qty_milli, what=f"La quantité de {name}")
    check_unit_cost(line.price_cents, what=f"Le prix d'achat de {name}")
    check_pack_size(line.pack_size)
    check_discount_bp(line.discount_bp)
    if line.barcode and code_owner != product.id:
        raise StockError(
            f"Le code-barres {line.barcode} n'est pas celui de {name} : rescannez l'article"
        )
    units = line.qty_milli * line.pack_size
    check_quantity(units, what=f"La quantité de {name}")
    if product.unit != "kg" and units % 1000:
        raise StockError(f"{name} se compte à l'unité : quantité entière attendue")
    warning = check_reception_date(
        date_kind, line.expires_on, today, accept_past_best_before=accept_past_best_before
    )
    if warning:
        warnings.append(f"{name} : {warning}")
    unit_cost = net_unit_cost(line.price_cents, line.discount_bp, line.pack_size)
    return _Checked(
        line,
        units,
        unit_cost,
        purchase_line_total(line.price_cents, line.discount_bp, line.qty_milli),
        date_kind,
    )


def receive(ctx: ServiceContext, actor: Actor, delivery: DeliveryInput) -> DeliveryResult:
    """Record a delivery in one transaction, or refuse it (French message, nothing written)."""
    allow_stock_change(ctx, actor, Permission.RECEIVE_STOCK)
    if not delivery.lines:
        raise StockError("Bon de livraison sans ligne : scannez ou ajoutez au moins un article")
    if len(delivery.lines) > MAX_DELIVERY_LINES:
        raise StockError(f"Trop de lignes ({MAX_DELIVERY_LINES} au plus par bon)")
    if delivery.note_total_cents is not None and delivery.note_total_cents < 0:
        raise StockError("Le total du bon ne peut pas être négatif")
    with ctx.uow() as uow:
        s = uow.session
        created, today = now_and_day(ctx, s)
        if delivery.supplier_id is not None and s.get(Supplier, delivery.supplier_id) is None:
            raise NotFound("Ce fournisseur n'existe pas")
        ids = {ln.product_id for ln in delivery.lines}
        products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(ids)))}
        kinds: dict[int, str] = {
            int(r[0]): str(r[1])
            for r in s.execute(
                select(StockLevel.product_id, StockLevel.date_kind).where(
                    StockLevel.product_id.in_(ids)
                )
            )
        }
        codes = {ln.barcode for ln in delivery.lines if ln.barcode}
        owners: dict[str, int] = {
            str(r[0]): int(r[1])
            for r in s.execute(
                select(Barcode.code, Barcode.product_id).where(Barcode.code.in_(codes))
            )
        }
        warnings: list[str] = []
        checked = [
            _check_line(
                ln,
                products.get(ln.product_id),
                kinds.get(ln.product_id, ""),
                owners.get(ln.barcode),
                today,
                delivery.accept_past_best_before,
                warnings,
            )
            for ln in delivery.lines
        ]
        total = sum(c.total for c in checked)
        if (
            delivery.note_total_cents is not None
            and abs(delivery.note_total_cents - total) > MAX_NOTE_GAP_CENTS
        ):
            raise StockError(
                f"Le total du bon ({format_eur(delivery.note_total_cents)} HT) ne correspond pas "
                f"aux lignes saisies ({format_eur(total)} HT) : vérifiez les quantités et les prix"
            )
        threshold = get_int(ctx, "stock.price_rise_threshold_bp", session=s)
        rises = _price_rises(s, delivery.supplier_id, checked, products, threshold)
        record = Delivery(
            supplier_id=delivery.supplier_id,
            note_ref=delivery.note_ref.strip()[:40],
            note_total_cents=delivery.note_total_cents
            if delivery.note_total_cents is not None
            else total,
            total_cents=total,
            received_at=created,
            business_date=today,
            user_name=actor.name,
            order_id=delivery.order_id,
            note="\n".join(warnings)[:2000],
        )
        s.add(record)
        s.flush()
        previous = {r.product_id: r.previous_cost for r in rises}
        s.add_all(
            DeliveryLine(
                delivery_id=record.id,
                product_id=c.line.product_id,
                qty_milli=c.units_milli,
                pack_size=c.line.pack_size,
                price_cents=c.line.price_cents,
                discount_bp=c.line.discount_bp,
                unit_cost_cents=c.unit_cost,
                total_cents=c.total,
                previous_cost_cents=previous.get(c.line.product_id, 0),
                price_rise=c.line.product_id in previous,
                expires_on=c.line.expires_on,
            )
            for c in checked
        )
        s.add_all(
            StockLot(
                product_id=c.line.product_id,
                delivery_id=record.id,
                date_kind=c.date_kind,
                expires_on=c.line.expires_on,
                qty_in_milli=c.units_milli,
                remaining_milli=c.units_milli,
                received_at=created,
            )
            for c in checked
            if c.date_kind != DateKind.NONE
        )
        if delivery.order_id is not None:
            order = s.get(PurchaseOrder, delivery.order_id)
            if order is None:
                raise NotFound("Cette commande n'existe pas")
            order.status = "received"
        s.flush()
        stock_ledger.append(
            raw_connection(s),
            [
                stock_ledger.Move(
                    c.line.product_id,
                    c.units_milli,
                    MoveKind.DELIVERY,
                    unit_cost=c.unit_cost,
                    delivery_id=record.id,
                    note=record.note_ref,
                )
                for c in checked
            ],
            created=db_datetime(created),
            user_name=actor.name,
        )
        delivery_id = record.id
        above_cap = network_catalogue.record_cap_checks(s, delivery_id)
        uow.commit()
    return DeliveryResult(
        delivery_id,
        total,
        sum(c.units_milli for c in checked),
        tuple(rises),
        tuple(warnings),
        above_cap,
    )


def _price_rises(
    s: Session,
    supplier_id: int | None,
    checked: list[_Checked],
    products: dict[int, Product],
    threshold_bp: int = DEFAULT_PRICE_RISE_BP,
) -> list[PriceRise]:
    """Compare each cost with the supplier's last one and remember the new one."""
    if supplier_id is None:
        return []
    links = {
        link.product_id: link
        for link in s.scalars(
            select(ProductSupplier).where(
                ProductSupplier.supplier_id == supplier_id,
                ProductSupplier.product_id.in_({c.line.product_id for c in checked}),
            )
        )
    }
    rises: list[PriceRise] = []
    for c in checked:
        pid = c.line.product_id
        link = links.get(pid)
        if link is None:
            link = ProductSupplier(
                product_id=pid,
                supplier_id=supplier_id,
                pack_size=c.line.pack_size,
                last_cost_cents=0,
            )
            s.add(link)
            links[pid] = link
        elif is_price_rise(link.last_cost_cents, c.unit_cost, threshold_bp):
            rises.append(PriceRise(pid, products[pid].name, link.last_cost_cents, c.unit_cost))
        link.last_cost_cents = c.unit_cost
    return rises


def correct_delivery(
    ctx: ServiceContext,
    actor: Actor,
    delivery_id: int,
    product_id: int,
    qty_delta_milli: MilliQty,
    reason: str,
) -> int:
    """Correct a delivery (a line counted wrong): a new correcting delivery and movement at
    the line's unit cost; the original is never edited. Returns the correction's id."""
    allow_stock_change(ctx, actor, Permission.MANAGE_STOCK)
    if not qty_delta_milli:
        raise StockError("La correction doit changer la quantité")
    check_quantity(abs(qty_delta_milli), what="La correction")
    why = one_line(reason, "Le motif de la correction")
    if not why:
        raise StockError("Indiquez le motif de la correction")
    with ctx.uow() as uow:
        s = uow.session
        original = s.get(Delivery, delivery_id)
        if original is None:
            raise NotFound("Cette réception n'existe pas")
        line = s.scalar(
            select(DeliveryLine).where(
                DeliveryLine.delivery_id == delivery_id, DeliveryLine.product_id == product_id
            )
        )
        if line is None:
            raise StockError("Ce produit ne figure pas sur cette réception")
        if line.qty_milli + qty_delta_milli < 0:
            raise StockError("La correction retirerait plus que la quantité reçue")
        created, today = now_and_day(ctx, s)
        total = value_of(qty_delta_milli, line.unit_cost_cents)
        fix = Delivery(
            supplier_id=original.supplier_id,
            note_ref=original.note_ref,
            note_total_cents=total,
            total_cents=total,
            received_at=created,
            business_date=today,
            user_name=actor.name,
            corrects_id=original.id,
            note=why[:2000],
        )
        s.add(fix)
        s.flush()
        s.add(
            DeliveryLine(
                delivery_id=fix.id,
                product_id=product_id,
                qty_milli=qty_delta_milli,
                pack_size=line.pack_size,
                price_cents=line.price_cents,
                discount_bp=line.discount_bp,
                unit_cost_cents=line.unit_cost_cents,
                total_cents=total,
                previous_cost_cents=line.unit_cost_cents,
                price_rise=False,
                expires_on=line.expires_on,
            )
        )
        s.flush()
        stock_ledger.append(
            raw_connection(s),
            [
                stock_ledger.Move(
                    product_id,
                    qty_delta_milli,
                    MoveKind.CORRECTION,
                    unit_cost=line.unit_cost_cents,
                    delivery_id=fix.id,
                    note=why[:200],
                )
            ],
            created=db_datetime(created),
            user_name=actor.name,
        )
        fix_id = fix.id
        uow.commit()
    return fix_id


@dataclass(frozen=True, slots=True)
class ReceptionItem:
    """What the reception screen needs after a scan."""

    product_id: int
    name: str
    unit: str
    code: str
    date_kind: str
    pack_size: int
    last_cost_cents: Cents  # per unit excl. VAT, 0 when never bought
    reference: str


def reception_item(ctx: ServiceContext, code: str, supplier_id: int | None = None) -> ReceptionItem:
    """A scanned barcode (or a supplier's reference) at the reception screen."""
    text = code.strip()
    if not text:
        raise StockError("Scannez un code-barres ou tapez la référence")
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        pid = s.scalar(select(Barcode.product_id).where(Barcode.code == text))
        link = None
        if pid is None and supplier_id is not None:
            link = s.scalar(
                select(ProductSupplier).where(
                    ProductSupplier.supplier_id == supplier_id, ProductSupplier.reference == text
                )
            )
            pid = link.product_id if link is not None else None
        if pid is None:
            raise NotFound(f"Code inconnu : {text} (créez l'article dans le catalogue)")
        product = s.get(Product, pid)
        assert product is not None
        if link is None and supplier_id is not None:
            link = s.scalar(
                select(ProductSupplier).where(
                    ProductSupplier.supplier_id == supplier_id, ProductSupplier.product_id == pid
                )
            )
        level = s.get(StockLevel, pid)
        return ReceptionItem(
            pid,
            product.name,
            product.unit,
            text if link is None or link.reference != text else "",
            level.date_kind if level is not None else "",
            link.pack_size if link is not None else 1,
            link.last_cost_cents if link is not None else 0,
            link.reference if link is not None else "",
        )


@dataclass(frozen=True, slots=True)
class DeliverySummary:
    id: int
    supplier: str
    note_ref: str
    business_date: dt.date
    total_cents: Cents
    lines: int
    user_name: str
    corrects_id: int | None


def recent_deliveries(ctx: ServiceContext, limit: int = 50) -> list[DeliverySummary]:
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.scalars(select(Delivery).order_by(Delivery.id.desc()).limit(limit)).all()
        return [
            DeliverySummary(
                d.id,
                d.supplier.name if d.supplier is not None else "",
                d.note_ref,
                d.business_date,
                d.total_cents,
                len(d.lines),
                d.user_name,
                d.corrects_id,
            )
            for d in rows
        ]
