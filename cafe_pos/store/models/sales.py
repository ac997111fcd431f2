"""Sales: finished tickets (fiscal, append-only), their lines, VAT summary and payments;
stock movements; open tabs; customer accounts.

A finished ticket is never updated or deleted: a refund is a new ticket with negative
amounts pointing at the original (``refund_of_id``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafe_pos.store.models.base import Base, Cents, IntPk, MilliQty, Name, UtcDateTime


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("register", "number"),
        # A register's days: "is an earlier day still open?" at every sale, period totals.
        Index("ix_tickets_register_business_date", "register", "business_date"),
    )

    id: Mapped[IntPk]
    register: Mapped[str] = mapped_column(String(8))
    number: Mapped[int] = mapped_column(Integer)  # gap-free per register
    kind: Mapped[str] = mapped_column(String(8))  # "sale" | "refund"
    created_at: Mapped[UtcDateTime] = mapped_column(index=True)
    business_date: Mapped[dt.date] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    user_name: Mapped[str] = mapped_column(String(120))
    total_cents: Mapped[Cents]  # TTC, negative for a refund
    discount_cents: Mapped[Cents]  # all discounts granted on the ticket (positive)
    line_count: Mapped[int] = mapped_column(Integer)
    cashback_cents: Mapped[Cents]  # cash handed out against a card payment
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    customer_account_id: Mapped[int | None] = mapped_column(ForeignKey("customer_accounts.id"))
    tab_label: Mapped[str] = mapped_column(String(60), default="")
    # The cart/checkout token: the same cart can never be committed twice (double click).
    client_token: Mapped[str | None] = mapped_column(String(64), unique=True)

    lines: Mapped[list[TicketLine]] = relationship(
        back_populates="ticket", order_by="TicketLine.position"
    )
    vat_lines: Mapped[list[TicketVat]] = relationship(order_by="TicketVat.vat_bp.desc()")
    payments: Mapped[list[Payment]] = relationship(order_by="Payment.id")
    refund_of: Mapped[Ticket | None] = relationship(remote_side="Ticket.id")


class TicketLine(Base):
    __tablename__ = "ticket_lines"

    id: Mapped[IntPk]
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    label: Mapped[str] = mapped_column(String(120))
    category_name: Mapped[str] = mapped_column(String(120), default="")
    qty_milli: Mapped[MilliQty]  # negative on a refund
    unit: Mapped[str] = mapped_column(String(8), default="piece")
    unit_price_cents: Mapped[Cents]
    discount_cents: Mapped[Cents]  # discount on this line (share of a ticket discount too)
    vat_bp: Mapped[int] = mapped_column(Integer)
    total_cents: Mapped[Cents]  # after discount, TTC
    takeaway: Mapped[bool] = mapped_column(default=False)
    is_alcohol: Mapped[bool] = mapped_column(default=False)
    is_drink: Mapped[bool] = mapped_column(default=False)
    third_party: Mapped[bool] = mapped_column(default=False)
    meal_voucher_ok: Mapped[bool] = mapped_column(default=False)
    is_deposit: Mapped[bool] = mapped_column(default=False)  # consigne
    refund_of_line_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_lines.id"))

    ticket: Mapped[Ticket] = relationship(back_populates="lines")


class TicketVat(Base):
    __tablename__ = "ticket_vat"

    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), primary_key=True)
    vat_bp: Mapped[int] = mapped_column(Integer, primary_key=True)
    base_cents: Mapped[Cents]
    vat_cents: Mapped[Cents]
    total_cents: Mapped[Cents]


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[IntPk]
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))  # cash|card|cheque|meal_voucher|account
    amount_cents: Mapped[Cents]  # applied to the ticket (negative on a refund)
    tendered_cents: Mapped[Cents]  # cash handed over by the customer
    change_cents: Mapped[Cents]  # cash given back


class StockMovement(Base):
    __tablename__ = "stock_movements"

    id: Mapped[IntPk]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    qty_milli: Mapped[MilliQty]  # signed: a sale takes out (negative)
    kind: Mapped[str] = mapped_column(String(16))  # domain.stock.MoveKind
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    created_at: Mapped[UtcDateTime]
    note: Mapped[str] = mapped_column(String(255), default="")
    # Cost per unit excl. VAT: a receipt's purchase cost, otherwise the PMP at that time.
    unit_cost_cents: Mapped[Cents]
    user_name: Mapped[str] = mapped_column(String(120), default="")
    reason: Mapped[str] = mapped_column(String(16), default="")  # LossReason of a loss
    # The delivery or count it comes from (plain ids: columns added to a fiscal-guarded
    # table in place, without rebuilding it).
    delivery_id: Mapped[int | None] = mapped_column(Integer)
    count_id: Mapped[int | None] = mapped_column(Integer)


class Tab(Base):
    """An open order (ardoise / table) paid later; survives restarts."""

    __tablename__ = "tabs"

    id: Mapped[IntPk]
    label: Mapped[str] = mapped_column(String(60))
    opened_at: Mapped[UtcDateTime]
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(12), default="open", index=True)  # open|closed
    closed_at: Mapped[dt.datetime | None]
    age_checked: Mapped[bool] = mapped_column(default=False)
    split_parts: Mapped[int | None] = mapped_column(Integer)  # equal split in progress
    split_total_cents: Mapped[int | None] = mapped_column(BigInteger)

    lines: Mapped[list[TabLine]] = relationship(
        back_populates="tab", order_by="TabLine.id", cascade="all, delete-orphan"
    )


class TabLine(Base):
    __tablename__ = "tab_lines"

    id: Mapped[IntPk]
    tab_id: Mapped[int] = mapped_column(ForeignKey("tabs.id"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    label: Mapped[str] = mapped_column(String(120))
    qty_milli: Mapped[MilliQty]
    unit_price_cents: Mapped[Cents]
    discount_cents: Mapped[Cents]
    takeaway: Mapped[bool] = mapped_column(default=False)
    added_at: Mapped[UtcDateTime]
    added_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    paid_ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    # The snapshot of the product as sold, so the tab is paid as it was served.
    category_name: Mapped[str] = mapped_column(String(120), default="")
    unit: Mapped[str] = mapped_column(String(8), default="piece")
    vat_onsite_bp: Mapped[int] = mapped_column(Integer, default=1000)
    vat_takeaway_bp: Mapped[int] = mapped_column(Integer, default=550)
    is_alcohol: Mapped[bool] = mapped_column(default=False)
    is_drink: Mapped[bool] = mapped_column(default=False)
    third_party: Mapped[bool] = mapped_column(default=False)
    meal_voucher_ok: Mapped[bool] = mapped_column(default=False)
    track_stock: Mapped[bool] = mapped_column(default=True)
    is_deposit: Mapped[bool] = mapped_column(default=False)
    deposit_of_id: Mapped[int | None] = mapped_column(ForeignKey("tab_lines.id"))
    discount_kind: Mapped[str] = mapped_column(String(8), default="")  # ""|percent|amount
    discount_value: Mapped[int] = mapped_column(Integer, default=0)
    # manual | sam | promotion: only manual discounts count against the staff limit
    discount_origin: Mapped[str] = mapped_column(String(12), default="manual")
    discount_name: Mapped[str] = mapped_column(String(60), default="")
    discount_approver: Mapped[str] = mapped_column(String(120), default="")

    tab: Mapped[Tab] = relationship(back_populates="lines")


class TabPayment(Base):
    """One share of a bill split in equal parts, taken before the ticket exists.

    The ticket is written when the last share is paid, with one payment per share.
    """

    __tablename__ = "tab_payments"

    id: Mapped[IntPk]
    tab_id: Mapped[int] = mapped_column(ForeignKey("tabs.id"), index=True)
    share_index: Mapped[int] = mapped_column(Integer)  # 1..parts
    parts: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[Cents]
    tendered_cents: Mapped[Cents]
    change_cents: Mapped[Cents]
    taken_at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120), default="")
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    client_token: Mapped[str | None] = mapped_column(String(64), unique=True)


class CustomerAccount(Base):
    """A regular's account (compte client): balance = sum of its entries."""

    __tablename__ = "customer_accounts"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    phone: Mapped[str] = mapped_column(String(30), default="")
    limit_cents: Mapped[Cents]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[UtcDateTime]
    note: Mapped[str] = mapped_column(Text, default="")


class AccountEntry(Base):
    __tablename__ = "account_entries"

    id: Mapped[IntPk]
    account_id: Mapped[int] = mapped_column(ForeignKey("customer_accounts.id"), index=True)
    created_at: Mapped[UtcDateTime]
    amount_cents: Mapped[int] = mapped_column(BigInteger)  # + owed by the customer, − paid
    kind: Mapped[str] = mapped_column(String(12))  # purchase|settlement|refund
    method: Mapped[str] = mapped_column(String(16), default="")  # settlement method
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    user_name: Mapped[str] = mapped_column(String(120), default="")
