"""What the sale screen sells: items for the sale keys, searches and barcode scans.

Reads return ``SaleItem`` snapshots (``cafe_pos.domain.cart``), never ORM objects. A scan
fixes the AZERTY digits, checks the check digit (``domain.barcodes.validate_barcode``),
finds the product by its barcode or reads a scale label (layout: setting
"sales.scale_label_layout", see ``domain.scanning``); an unknown code gives
``item=None`` and "Code inconnu : …" so the screen can offer a manager to create it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, CartLine, PriceChange, SaleItem
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.money import Cents, MilliQty, line_total
from cafe_pos.domain.scanning import (
    MAX_SCAN_LENGTH,
    ScanError,
    is_scale_label,
    normalise_scan,
    parse_scale_label,
)
from cafe_pos.domain.text import fold
from cafe_pos.services.settings import get_str
from cafe_pos.services.text_sql import use_fold
from cafe_pos.store.models.catalogue import Barcode, Product
from cafe_pos.store.raw import raw_connection


@dataclass(frozen=True, slots=True)
class QuickCategory:
    id: int
    name: str
    colour: str
    items: tuple[SaleItem, ...]


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What a scan found: ``add_to(cart)`` adds ``item`` with ``qty_milli`` (and
    ``unit_price_cents`` when a scale label carries the price). ``item`` None: unknown code
    (``message`` says it). An article sold by the kg scanned by its plain barcode comes
    with ``qty_milli`` 0 and a message: weigh it, then ``cart.add(item, grams, unit="kg")``."""

    item: SaleItem | None
    qty_milli: MilliQty
    unit_price_cents: Cents | None
    code: str
    message: str
    unit: str = "piece"

    def add_to(self, cart: Cart) -> CartLine | None:
        if self.item is None:
            return None
        return cart.add(
            self.item, self.qty_milli, unit_price_cents=self.unit_price_cents, unit=self.unit
        )


def item_from_product(product: Product, deposit: Product | None = None) -> SaleItem:
    """The selling snapshot of a product (and of its deposit, when it has one)."""
    return SaleItem(
        product_id=product.id,
        label=product.name,  # tickets, receipts, tabs and the journal say the full name
        category_name=product.category.name if product.category is not None else "",
        price_cents=product.price_cents,
        vat_onsite_bp=product.vat_onsite_bp,
        vat_takeaway_bp=product.vat_takeaway_bp,
        is_alcohol=product.is_alcohol,
        is_drink=product.is_drink,
        third_party=product.third_party,
        meal_voucher_ok=product.meal_voucher_ok,
        unit=product.unit,
        deposit=item_from_product(deposit) if deposit is not None else None,
        track_stock=product.track_stock,
        key_label=product.short_label or "",
    )


def sale_items(session: Session, products: list[Product]) -> list[SaleItem]:
    deposit_ids = {p.deposit_product_id for p in products if p.deposit_product_id is not None}
    deposits: dict[int, Product] = {}
    if deposit_ids:
        rows = session.scalars(
            select(Product)
            .where(Product.id.in_(deposit_ids))
            .options(selectinload(Product.category))
        )
        deposits = {p.id: p for p in rows}
    return [
        item_from_product(
            p, deposits.get(p.deposit_product_id) if p.deposit_product_id is not None else None
        )
        for p in products
    ]


def follow_catalogue(session: Session, cart: Cart) -> list[PriceChange]:
    """Bring the cart's lines up to date with the catalogue as it is now (name, VAT, price
    unless a scale label or a tab fixed it); return the price changes. A price the screen
    cached is never trusted: every sale and every round put on a tab goes through here."""
    ids = {line.product_id for line in cart.lines if line.product_id is not None}
    if not ids:
        return []
    return cart.follow_catalogue(current_items(session, ids))


# The columns of ``item_from_product``, read in one statement: the sale path's read of
# the catalogue (every checkout) costs a tenth of the ORM's query with its category load.
_ITEM_COLUMNS = (
    "p.id, p.name, coalesce(c.name, ''), p.price_cents, p.vat_onsite_bp, p.vat_takeaway_bp, "
    "p.is_alcohol, p.is_drink, p.third_party, p.meal_voucher_ok, p.unit, "
    "p.deposit_product_id, p.track_stock, coalesce(p.short_label, '')"
)


def current_items(session: Session, ids: set[int]) -> dict[int, SaleItem]:
    """The selling snapshots of these products as the catalogue says now (the same as
    ``item_from_product``; products that don't exist are absent)."""
    conn = raw_connection(session)  # the session's transaction (the checkout's, at a sale)
    rows = _item_rows(conn, ids)
    deposit_ids = {row[11] for row in rows.values() if row[11] is not None}
    deposits = _item_rows(conn, deposit_ids) if deposit_ids else {}
    return {
        product_id: _item(row, deposits.get(row[11]) if row[11] is not None else None)
        for product_id, row in rows.items()
    }


def _item_rows(conn: sqlite3.Connection, ids: set[int]) -> dict[int, tuple[Any, ...]]:
    marks = ", ".join("?" * len(ids))
    result = conn.execute(
        f"SELECT {_ITEM_COLUMNS} FROM products p LEFT JOIN categories c "
        f"ON c.id = p.category_id WHERE p.id IN ({marks})",
        tuple(ids),
    )
    return {int(row[0]): tuple(row) for row in result}


def _item(row: tuple[Any, ...], deposit: tuple[Any, ...] | None) -> SaleItem:
    return SaleItem(
        product_id=int(row[0]),
        label=row[1],
        category_name=row[2],
        price_cents=int(row[3]),
        vat_onsite_bp=int(row[4]),
        vat_takeaway_bp=int(row[5]),
        is_alcohol=bool(row[6]),
        is_drink=bool(row[7]),
        third_party=bool(row[8]),
        meal_voucher_ok=bool(row[9]),
        unit=row[10],
        deposit=_item(deposit, None) if deposit is not None else None,
        track_stock=bool(row[12]),
        key_label=row[13],
    )


def refresh_cart(ctx: ServiceContext, cart: Cart) -> list[PriceChange]:
    """``follow_catalogue`` in its own read (the sale screen, after a catalogue change)."""
    with ctx.uow(read_only=True) as uow:
        return follow_catalogue(uow.session, cart)


def product_query() -> Select[Product]:
    return select(Product).options(selectinload(Product.category))


def sale_item(ctx: ServiceContext, product_id: int) -> SaleItem:
    with ctx.uow(read_only=True) as uow:
        product = uow.session.scalars(product_query().where(Product.id == product_id)).first()
        if product is None:
            raise NotFound(f"Article n° {product_id} introuvable")
        if not product.active:
            raise NotFound(f"L'article « {product.name} » est archivé : il ne se vend plus")
        return sale_items(uow.session, [product])[0]


def quick_keys(ctx: ServiceContext) -> list[QuickCategory]:
    """The sale keys: active products with a quick key, by category then position."""
    with ctx.uow(read_only=True) as uow:
        return quick_keys_in(uow.session)


def quick_keys_in(session: Session) -> list[QuickCategory]:
    """``quick_keys`` in the caller's transaction. Plain SQL, like the checkout's read of
    the catalogue: the sale screen builds its keys at start-up, where the ORM's first
    compilation of these queries cost more than the reads themselves."""
    conn = raw_connection(session)
    categories = conn.execute(
        "SELECT id, name, colour FROM categories WHERE active = 1 ORDER BY position, name"
    ).fetchall()
    rows = conn.execute(
        f"SELECT {_ITEM_COLUMNS}, p.category_id FROM products p "
        "LEFT JOIN categories c ON c.id = p.category_id "
        "WHERE p.active = 1 AND p.quick_key = 1 ORDER BY p.position, p.name"
    ).fetchall()
    deposit_ids = {row[11] for row in rows if row[11] is not None}
    deposits = _item_rows(conn, deposit_ids) if deposit_ids else {}
    by_category: dict[int | None, list[SaleItem]] = {}
    for row in rows:
        deposit = deposits.get(row[11]) if row[11] is not None else None
        by_category.setdefault(row[-1], []).append(_item(tuple(row), deposit))
    out = [
        QuickCategory(int(cid), name, colour, tuple(by_category[cid]))
        for cid, name, colour in categories
        if by_category.get(cid)
    ]
    if by_category.get(None):
        out.append(QuickCategory(0, "Divers", "#607d8b", tuple(by_category[None])))
    return out


def search_items(ctx: ServiceContext, text: str, limit: int = 30) -> list[SaleItem]:
    """Active products whose name or short label contains ``text``, or with that barcode."""
    query = " ".join(text.split())[:80]
    if not query:
        return []
    limit = max(1, min(limit, 200))
    # accents and case never matter: "creme" finds Crème fraîche, "pates" finds Pâtes
    folded = fold(query)
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = "%" + escaped + "%"
    name, short = func.cafe_fold(Product.name), func.cafe_fold(Product.short_label)
    # What the cashier typed exactly comes first ("Expresso" before "Double expresso"),
    # then names starting with it, then the rest.
    rank = case(
        (or_(name == folded, short == folded), 0),
        (or_(name.like(escaped + "%", escape="\\"), short.like(escaped + "%", escape="\\")), 1),
        else_=2,
    )
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        use_fold(session)
        by_code = select(Barcode.product_id).where(Barcode.code == normalise_scan(query))
        products = list(
            session.scalars(
                product_query()
                .where(
                    Product.active.is_(True),
                    or_(
                        name.like(pattern, escape="\\"),
                        short.like(pattern, escape="\\"),
                        Product.id.in_(by_code),
                    ),
                )
                .order_by(rank, Product.name)
                .limit(limit)
            )
        )
        return sale_items(session, products)


def scan(ctx: ServiceContext, raw_code: str) -> ScanResult:
    """A scanned or typed barcode: AZERTY digits fixed, check digit verified, scale labels."""
    from cafe_pos.domain.barcodes import validate_barcode
    from cafe_pos.domain.press import is_press_code  # at the first scan, not at start-up

    if len(raw_code) > MAX_SCAN_LENGTH:
        raise ScanError(
            f"Code-barres trop long ({len(raw_code)} caractères) : 8, 12 ou 13 chiffres attendus"
        )
    normalised = normalise_scan(raw_code)
    if is_press_code(normalised):
        # the press ledger (and the sales models it reads) at the first newspaper scanned:
        # the sale screen imports this module before its window is on screen
        from cafe_pos.services import press

        if press.is_known_title(ctx, normalised):
            return _press_result(ctx, normalised)
        # A paper sold as a plain catalogue product: its EAN-13, without the issue add-on.
        normalised = normalised[:13]
    code = validate_barcode(normalised)
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        product = _product_by_code(session, code)
        if product is not None:
            item = sale_items(session, [product])[0]
            if item.unit == "kg":
                return ScanResult(item, 0, None, code, "Article au poids : pesez-le", "kg")
            return ScanResult(item, 1000, None, code, "", item.unit)
        if is_scale_label(code):
            layout = get_str(ctx, "sales.scale_label_layout", session=session)
            label = parse_scale_label(code, layout)
            product = _product_by_code(session, label.lookup_code)
            if product is not None:
                item = sale_items(session, [product])[0]
                return _scale_result(item, code, label.price_cents, label.weight_milli)
        return ScanResult(None, 0, None, code, f"Code inconnu : {code}")


def _press_result(ctx: ServiceContext, code: str) -> ScanResult:
    """A newspaper or magazine: the issue from the add-on (created on the fly for a known
    title), sold through its own product (services.press)."""
    from cafe_pos.domain.press import PressError
    from cafe_pos.services import press

    try:
        found = press.scan_at_till(ctx, code)
    except PressError as error:
        return ScanResult(None, 0, None, code, str(error))
    assert found.product_id is not None
    return ScanResult(sale_item(ctx, found.product_id), 1000, None, code, found.message)


def _product_by_code(session: Session, code: str) -> Product | None:
    return session.scalars(
        select(Product)
        .options(joinedload(Product.category))
        .join(Barcode, Barcode.product_id == Product.id)
        .where(Barcode.code == code, Product.active.is_(True))
    ).first()


def _scale_result(
    item: SaleItem, code: str, price: Cents | None, weight: MilliQty | None
) -> ScanResult:
    if weight is not None:
        if weight <= 0:
            raise ScanError("Étiquette de balance sans poids")
        if item.unit == "kg":
            return ScanResult(item, weight, None, code, "", "kg")
        # Weight label on an article priced by the piece: the label's amount is the price.
        return ScanResult(item, 1000, line_total(item.price_cents, weight), code, "", "piece")
    assert price is not None
    # Price label: the amount the scale computed is the one to charge (one piece at that price).
    return ScanResult(item, 1000, price, code, "", "piece")
