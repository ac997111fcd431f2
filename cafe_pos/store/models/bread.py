"""The bread deposit (dépôt de pain): partner bakers and their contract, their products
(linked to catalogue products), reservations and their pick-ups, prepaid top-ups, the
daily orders, receptions and end-of-day reconciliations.

Quantities are whole loaves (integers). What the café owes a baker is computed from these
tables and the ticket lines (``services.bread.statement``): nothing is stored twice.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafe_pos.store.models.base import Base, Cents, IntPk, Name, UtcDateTime


class BreadBaker(Base):
    __tablename__ = "bread_bakers"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    contract_kind: Mapped[str] = mapped_column(String(16))  # bought | sale_or_return
    commission_kind: Mapped[str] = mapped_column(String(10), default="percent")
    commission_value: Mapped[int] = mapped_column(Integer, default=0)  # cents or bp
    discount_next_day: Mapped[bool] = mapped_column(default=False)
    delivery_weekdays: Mapped[str] = mapped_column(String(7), default="0123456")  # 0 = Mon
    cutoff: Mapped[str] = mapped_column(String(5), default="18:00")  # the day before, local
    active: Mapped[bool] = mapped_column(default=True)
    # sale or return: the third-party ledger's beneficiary whose money the bread collects
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiaries.id"))

    products: Mapped[list[BreadProduct]] = relationship(
        back_populates="baker", order_by="BreadProduct.position"
    )


class BreadProduct(Base):
    """A baker's product, sold through one catalogue product."""

    __tablename__ = "bread_products"

    id: Mapped[IntPk]
    baker_id: Mapped[int] = mapped_column(ForeignKey("bread_bakers.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), unique=True)
    purchase_price_cents: Mapped[Cents]  # bought for resale; 0 on sale or return
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(default=True)

    baker: Mapped[BreadBaker] = relationship(back_populates="products")


class BreadReservation(Base):
    __tablename__ = "bread_reservations"

    id: Mapped[IntPk]
    customer_name: Mapped[Name]
    account_id: Mapped[int | None] = mapped_column(ForeignKey("customer_accounts.id"))
    prepaid: Mapped[bool] = mapped_column(default=False)  # debits the account's credit
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date)
    weekdays: Mapped[str] = mapped_column(String(7), default="")  # "" = one-off on start
    active: Mapped[bool] = mapped_column(default=True, index=True)
    created_at: Mapped[UtcDateTime]
    note: Mapped[str] = mapped_column(Text, default="")

    items: Mapped[list[BreadReservationItem]] = relationship(
        cascade="all, delete-orphan", order_by="BreadReservationItem.id"
    )
    pauses: Mapped[list[BreadPause]] = relationship(
        cascade="all, delete-orphan", order_by="BreadPause.first"
    )


class BreadReservationItem(Base):
    __tablename__ = "bread_reservation_items"

    id: Mapped[IntPk]
    reservation_id: Mapped[int] = mapped_column(ForeignKey("bread_reservations.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    qty: Mapped[int] = mapped_column(Integer)


class BreadPause(Base):
    __tablename__ = "bread_pauses"

    id: Mapped[IntPk]
    reservation_id: Mapped[int] = mapped_column(ForeignKey("bread_reservations.id"), index=True)
    first: Mapped[dt.date] = mapped_column(Date)
    last: Mapped[dt.date] = mapped_column(Date)


class BreadPickup(Base):
    """A reservation's day: picked up (with its ticket) or released to the shelf."""

    __tablename__ = "bread_pickups"
    __table_args__ = (UniqueConstraint("reservation_id", "day"),)

    id: Mapped[IntPk]
    reservation_id: Mapped[int] = mapped_column(ForeignKey("bread_reservations.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10))  # picked_up | released
    at: Mapped[UtcDateTime]
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    user_name: Mapped[str] = mapped_column(String(120), default="")


class BreadPrepaidTopUp(Base):
    """Money a customer leaves in advance for their bread (a weekly bread card).

    The balance lives on the customer account as a credit (a settlement entry), so a
    prepaid pick-up is paid "on account" through the normal sale path.
    """

    __tablename__ = "bread_prepaid_topups"

    id: Mapped[IntPk]
    account_id: Mapped[int] = mapped_column(ForeignKey("customer_accounts.id"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("account_entries.id"))
    amount_cents: Mapped[Cents]
    method: Mapped[str] = mapped_column(String(16))
    at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120), default="")


class BreadOrder(Base):
    """The order for one delivery day: open, then locked at the cut-off (a manager may
    reopen it with their PIN)."""

    __tablename__ = "bread_orders"
    __table_args__ = (UniqueConstraint("baker_id", "day"),)

    id: Mapped[IntPk]
    baker_id: Mapped[int] = mapped_column(ForeignKey("bread_bakers.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)  # delivery day
    status: Mapped[str] = mapped_column(String(10), default="open")  # open|locked|reopened
    updated_at: Mapped[UtcDateTime]
    reopened_by: Mapped[str] = mapped_column(String(120), default="")

    lines: Mapped[list[BreadOrderLine]] = relationship(
        cascade="all, delete-orphan", order_by="BreadOrderLine.id"
    )


class BreadOrderLine(Base):
    __tablename__ = "bread_order_lines"
    __table_args__ = (UniqueConstraint("order_id", "product_id"),)

    id: Mapped[IntPk]
    order_id: Mapped[int] = mapped_column(ForeignKey("bread_orders.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    forecast: Mapped[int] = mapped_column(Integer, default=0)
    suggested: Mapped[int] = mapped_column(Integer, default=0)
    qty: Mapped[int] = mapped_column(Integer)  # what is ordered (the manager may adjust)


class BreadReception(Base):
    __tablename__ = "bread_receptions"
    __table_args__ = (UniqueConstraint("baker_id", "day"),)

    id: Mapped[IntPk]
    baker_id: Mapped[int] = mapped_column(ForeignKey("bread_bakers.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    received_at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120), default="")

    lines: Mapped[list[BreadReceptionLine]] = relationship(
        cascade="all, delete-orphan", order_by="BreadReceptionLine.id"
    )


class BreadReceptionLine(Base):
    __tablename__ = "bread_reception_lines"
    __table_args__ = (UniqueConstraint("reception_id", "product_id"),)

    id: Mapped[IntPk]
    reception_id: Mapped[int] = mapped_column(ForeignKey("bread_receptions.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    ordered: Mapped[int] = mapped_column(Integer)
    delivered: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # ok|short|extra|not_ordered|missing
    substitute_for_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))


class BreadReconciliation(Base):
    """The day's bread closed once: delivered = sold + picked up + unsold (+ difference)."""

    __tablename__ = "bread_reconciliations"
    __table_args__ = (UniqueConstraint("baker_id", "day"),)

    id: Mapped[IntPk]
    baker_id: Mapped[int] = mapped_column(ForeignKey("bread_bakers.id"))
    day: Mapped[dt.date] = mapped_column(Date, index=True)
    confirmed_at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120), default="")

    lines: Mapped[list[BreadReconciliationLine]] = relationship(
        cascade="all, delete-orphan", order_by="BreadReconciliationLine.id"
    )


class BreadReconciliationLine(Base):
    __tablename__ = "bread_reconciliation_lines"
    __table_args__ = (
        UniqueConstraint("reconciliation_id", "product_id"),
        # the forecast reads a product's last weeks
        Index("ix_bread_reconciliation_lines_product_day", "product_id", "day"),
    )

    id: Mapped[IntPk]
    reconciliation_id: Mapped[int] = mapped_column(ForeignKey("bread_reconciliations.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    day: Mapped[dt.date] = mapped_column(Date)  # copied from the header: forecasts read it
    delivered: Mapped[int] = mapped_column(Integer)
    sold: Mapped[int] = mapped_column(Integer)  # at the counter, pick-ups excluded
    picked_up: Mapped[int] = mapped_column(Integer)
    returned: Mapped[int] = mapped_column(Integer, default=0)
    given: Mapped[int] = mapped_column(Integer, default=0)
    thrown: Mapped[int] = mapped_column(Integer, default=0)
    next_day: Mapped[int] = mapped_column(Integer, default=0)
    difference: Mapped[int] = mapped_column(Integer, default=0)
    suggested: Mapped[int] = mapped_column(Integer, default=0)  # what the order suggested
