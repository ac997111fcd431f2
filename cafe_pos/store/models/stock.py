"""Grocery stock: suppliers and what they supply, stock levels (a maintained total of the
``stock_movements`` ledger, in ``sales.py``), lots with their dates, deliveries, counts and
orders.

The ledger is append-only; a level is recomputed from it by ``services.stock.recompute``.
A delivery or a validated count is never edited: a correction is a new movement.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafe_pos.store.models.base import Base, Cents, IntPk, MilliQty, Name, UtcDateTime


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    contact: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    delivery_weekdays: Mapped[str] = mapped_column(String(16), default="")  # "1,4" (0 = Monday)
    lead_days: Mapped[int] = mapped_column(Integer, default=1)
    minimum_order_cents: Mapped[Cents]
    active: Mapped[bool] = mapped_column(default=True)


class ProductSupplier(Base):
    """A product as a supplier sells it: its reference, pack size and last price."""

    __tablename__ = "product_suppliers"
    __table_args__ = (UniqueConstraint("product_id", "supplier_id"),)

    id: Mapped[IntPk]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    reference: Mapped[str] = mapped_column(String(40), default="")
    pack_size: Mapped[int] = mapped_column(Integer, default=1)  # units in a pack
    last_cost_cents: Mapped[Cents]  # per unit, excl. VAT, discounts included
    preferred: Mapped[bool] = mapped_column(default=True)

    supplier: Mapped[Supplier] = relationship()


class StockLevel(Base):
    """A product's stock: the quantity on hand (sum of its movements, kept current in the
    same transaction as each movement), its weighted average cost, and its reorder and
    date settings."""

    __tablename__ = "stock_levels"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    qty_milli: Mapped[MilliQty] = mapped_column(default=0)
    average_cost_cents: Mapped[Cents]
    minimum_milli: Mapped[MilliQty] = mapped_column(default=0)
    target_milli: Mapped[MilliQty] = mapped_column(default=0)
    date_kind: Mapped[str] = mapped_column(String(12), default="")  # ""|use_by|best_before


class StockLot(Base):
    """What is left of one received lot and its date (DLC or DDM); sales empty the earliest
    first (FEFO)."""

    __tablename__ = "stock_lots"

    id: Mapped[IntPk]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    delivery_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"))
    date_kind: Mapped[str] = mapped_column(String(12))
    expires_on: Mapped[dt.date | None] = mapped_column(index=True)
    qty_in_milli: Mapped[MilliQty]
    remaining_milli: Mapped[MilliQty]
    received_at: Mapped[UtcDateTime]


class Delivery(Base):
    """A supplier's delivery note as received (réception)."""

    __tablename__ = "deliveries"

    id: Mapped[IntPk]
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"), index=True)
    note_ref: Mapped[str] = mapped_column(String(40), default="")
    note_total_cents: Mapped[Cents]  # excl. VAT, as printed on the note
    total_cents: Mapped[Cents]  # excl. VAT, of the lines entered
    received_at: Mapped[UtcDateTime]
    business_date: Mapped[dt.date] = mapped_column(index=True)
    user_name: Mapped[str] = mapped_column(String(120), default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_orders.id"))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("deliveries.id"))
    note: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[DeliveryLine]] = relationship(order_by="DeliveryLine.id")
    supplier: Mapped[Supplier | None] = relationship()


class DeliveryLine(Base):
    __tablename__ = "delivery_lines"

    id: Mapped[IntPk]
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    qty_milli: Mapped[MilliQty]  # units received (signed on a correction)
    pack_size: Mapped[int] = mapped_column(Integer, default=1)
    price_cents: Mapped[Cents]  # per pack (or unit), excl. VAT, before the line discount
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    unit_cost_cents: Mapped[Cents]  # per unit, discount included
    total_cents: Mapped[Cents]
    previous_cost_cents: Mapped[Cents]
    price_rise: Mapped[bool] = mapped_column(default=False)
    expires_on: Mapped[dt.date | None]


class StockCount(Base):
    """An inventory, full or partial (one category), counted over one or more sessions and
    validated once."""

    __tablename__ = "stock_counts"

    id: Mapped[IntPk]
    label: Mapped[str] = mapped_column(String(120), default="")
    scope: Mapped[str] = mapped_column(String(8), default="partial")  # full|partial
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|validated
    started_at: Mapped[UtcDateTime]
    started_by: Mapped[str] = mapped_column(String(120), default="")
    validated_at: Mapped[dt.datetime | None]
    validated_by: Mapped[str] = mapped_column(String(120), default="")

    lines: Mapped[list[StockCountLine]] = relationship(order_by="StockCountLine.id")


class StockCountLine(Base):
    """One product counted: the expected quantity is the level when it was first counted,
    kept as it was (sales after that are already in the level)."""

    __tablename__ = "stock_count_lines"
    __table_args__ = (UniqueConstraint("count_id", "product_id"),)

    id: Mapped[IntPk]
    count_id: Mapped[int] = mapped_column(ForeignKey("stock_counts.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    expected_milli: Mapped[MilliQty]
    counted_milli: Mapped[MilliQty]
    unit_cost_cents: Mapped[Cents]
    counted_at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120), default="")


class PurchaseOrder(Base):
    """An order to a supplier (from the suggestion, edited), received against later."""

    __tablename__ = "purchase_orders"

    id: Mapped[IntPk]
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="sent")  # sent|received
    created_at: Mapped[UtcDateTime]
    expected_on: Mapped[dt.date | None]
    user_name: Mapped[str] = mapped_column(String(120), default="")
    total_cents: Mapped[Cents]

    lines: Mapped[list[PurchaseOrderLine]] = relationship(order_by="PurchaseOrderLine.id")
    supplier: Mapped[Supplier] = relationship()


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"

    id: Mapped[IntPk]
    order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    reference: Mapped[str] = mapped_column(String(40), default="")
    qty_milli: Mapped[MilliQty]  # units ordered
    packs: Mapped[int] = mapped_column(Integer, default=0)
    pack_size: Mapped[int] = mapped_column(Integer, default=1)
    unit_cost_cents: Mapped[Cents]
