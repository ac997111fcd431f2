"""Fiscal records (append-only, see docs/fiscal-format.md): the signed, chained journal,
closures with their perpetual grand totals, technical events (JET), receipt duplicates,
signing keys, and the protected end-of-chain marker.

Only ``ChainHead`` is ever updated (its position only moves forward, a trigger checks it);
every other table here is insert-only, enforced by SQLite triggers (migration 0002) and by
``cafe_pos.fiscal.guard``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafe_pos.store.models.base import Base, Cents, IntPk, UtcDateTime


class JournalEntry(Base):
    """One sealed record: canonical payload, chain link, Ed25519 signature.

    One chain per register holds every record type; ``position`` numbers the chain and
    ``seq`` numbers each record type, both without gaps. The links to the source rows
    (``ticket_id``...) are for verification only: they are not part of the payload.
    """

    __tablename__ = "journal_entries"
    __table_args__ = (
        Index("ux_journal_entries_position", "register", "position", unique=True),
        Index("ux_journal_entries_type_seq", "register", "record_type", "seq", unique=True),
    )

    id: Mapped[IntPk]
    register: Mapped[str] = mapped_column(String(8))
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, 3... in the register's chain
    record_type: Mapped[str] = mapped_column(String(12))  # ticket|duplicate|closure|event
    seq: Mapped[int] = mapped_column(Integer)  # 1, 2, 3... per register and record type
    at: Mapped[UtcDateTime]  # never earlier than the previous entry's
    format_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON (UTF-8), what is hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))  # SHA-256(prev_hash ‖ payload), hex
    signature: Mapped[str] = mapped_column(String(128))  # Ed25519 over the hash, hex
    key_id: Mapped[str] = mapped_column(String(16))  # fingerprint of the signing key
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"), index=True)
    duplicate_id: Mapped[int | None] = mapped_column(ForeignKey("ticket_duplicates.id"), index=True)
    closure_id: Mapped[int | None] = mapped_column(ForeignKey("closures.id"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("fiscal_events.id"), index=True)
    # A customer-account movement (record type "account", format 2); no foreign key so the
    # column is added in place (the table keeps its append-only triggers).
    account_entry_id: Mapped[int | None] = mapped_column(Integer, index=True)


class ChainHead(Base):
    """The protected end-of-chain marker, one per register, signed: deleting the last
    records of the journal leaves it pointing past the end, which ``verify`` reports."""

    __tablename__ = "chain_head"

    register: Mapped[str] = mapped_column(String(8), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[UtcDateTime]  # timestamp of the last entry
    signature: Mapped[str] = mapped_column(String(128))
    clock_behind: Mapped[bool] = mapped_column(default=False)  # a clock event is pending


class SigningKey(Base):
    """Public keys that signed this journal (the newest row is the current key)."""

    __tablename__ = "signing_keys"

    id: Mapped[IntPk]
    fingerprint: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519 public key, hex
    created_at: Mapped[UtcDateTime]


class FiscalEvent(Base):
    """A technical event of the JET (codes in ``cafe_pos.fiscal.events.EventCode``)."""

    __tablename__ = "fiscal_events"

    id: Mapped[IntPk]
    register: Mapped[str] = mapped_column(String(8))
    code: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[UtcDateTime]
    actor_name: Mapped[str] = mapped_column(String(120))
    message: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON object, sorted keys


class TicketDuplicate(Base):
    """A reprint of a receipt ("DUPLICATA n° copy_number")."""

    __tablename__ = "ticket_duplicates"
    __table_args__ = (Index("ux_ticket_duplicates_copy", "ticket_id", "copy_number", unique=True),)

    id: Mapped[IntPk]
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    copy_number: Mapped[int] = mapped_column(Integer)
    at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120))


class Closure(Base):
    """A daily (Z), monthly or yearly closure with its period and perpetual totals.

    Amounts in cents: ``sales_cents`` sums the tickets with a positive total,
    ``refunds_cents`` is the absolute sum of the negative ones, ``total_cents`` the net.
    """

    __tablename__ = "closures"
    __table_args__ = (Index("ux_closures_period", "register", "kind", "period", unique=True),)

    id: Mapped[IntPk]
    register: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))  # day|month|year
    period: Mapped[str] = mapped_column(String(10))  # 2026-11-26 | 2026-11 | 2026
    first_day: Mapped[dt.date]
    last_day: Mapped[dt.date]
    closed_at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120))
    ticket_count: Mapped[int] = mapped_column(Integer)
    sale_count: Mapped[int] = mapped_column(Integer)
    refund_count: Mapped[int] = mapped_column(Integer)
    first_number: Mapped[int | None] = mapped_column(Integer)
    last_number: Mapped[int | None] = mapped_column(Integer)
    sales_cents: Mapped[Cents]
    refunds_cents: Mapped[Cents]
    total_cents: Mapped[Cents]
    discount_cents: Mapped[Cents]
    third_party_cents: Mapped[Cents]
    cashback_cents: Mapped[Cents]
    perpetual_total_cents: Mapped[int] = mapped_column(BigInteger)
    perpetual_total_absolute_cents: Mapped[int] = mapped_column(BigInteger)
    head_position: Mapped[int] = mapped_column(Integer)  # chain head pinned at closing
    head_hash: Mapped[str] = mapped_column(String(64))

    vat_lines: Mapped[list[ClosureVat]] = relationship(order_by="ClosureVat.vat_bp.desc()")
    payments: Mapped[list[ClosurePayment]] = relationship(order_by="ClosurePayment.method")


class ClosureVat(Base):
    __tablename__ = "closure_vat"

    closure_id: Mapped[int] = mapped_column(ForeignKey("closures.id"), primary_key=True)
    vat_bp: Mapped[int] = mapped_column(Integer, primary_key=True)
    base_cents: Mapped[Cents]
    vat_cents: Mapped[Cents]
    total_cents: Mapped[Cents]
    sales_cents: Mapped[Cents]
    refunds_cents: Mapped[Cents]  # absolute
    perpetual_total_cents: Mapped[int] = mapped_column(BigInteger)
    perpetual_total_absolute_cents: Mapped[int] = mapped_column(BigInteger)


class ClosurePayment(Base):
    __tablename__ = "closure_payments"

    closure_id: Mapped[int] = mapped_column(ForeignKey("closures.id"), primary_key=True)
    method: Mapped[str] = mapped_column(String(16), primary_key=True)
    amount_cents: Mapped[Cents]
