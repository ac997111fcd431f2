"""The cash drawer: sessions (float counted at opening, drawer counted at closing), the
counted pieces per denomination, and cash in/out movements with their reason."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafe_pos.store.models.base import Base, Cents, IntPk, UtcDateTime


class CashSession(Base):
    """One opening of the drawer, from the float count to the closing count (and its Z)."""

    __tablename__ = "cash_sessions"
    __table_args__ = (Index("ix_cash_sessions_register_status", "register", "status"),)

    id: Mapped[IntPk]
    register: Mapped[str] = mapped_column(String(8))
    business_date: Mapped[dt.date] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open|closed
    opened_at: Mapped[UtcDateTime]
    opened_by: Mapped[str] = mapped_column(String(120))
    float_cents: Mapped[Cents]
    closed_at: Mapped[dt.datetime | None]
    closed_by: Mapped[str] = mapped_column(String(120), default="")
    expected_cents: Mapped[int | None] = mapped_column(BigInteger)
    counted_cents: Mapped[int | None] = mapped_column(BigInteger)
    difference_cents: Mapped[int | None] = mapped_column(BigInteger)
    difference_reason: Mapped[str] = mapped_column(String(255), default="")

    counts: Mapped[list[CashCountLine]] = relationship(
        back_populates="session", order_by="CashCountLine.id", cascade="all, delete-orphan"
    )
    movements: Mapped[list[CashMovement]] = relationship(
        back_populates="session", order_by="CashMovement.id"
    )


class CashCountLine(Base):
    """Pieces of one denomination counted at opening ("open") or closing ("close")."""

    __tablename__ = "cash_count_lines"

    id: Mapped[IntPk]
    session_id: Mapped[int] = mapped_column(ForeignKey("cash_sessions.id"), index=True)
    stage: Mapped[str] = mapped_column(String(8))  # open|close
    denomination_cents: Mapped[int] = mapped_column(Integer)
    pieces: Mapped[int] = mapped_column(Integer)

    session: Mapped[CashSession] = relationship(back_populates="counts")


class CashMovement(Base):
    """Cash put in or taken out of the drawer outside a sale, with its reason."""

    __tablename__ = "cash_movements"

    id: Mapped[IntPk]
    session_id: Mapped[int] = mapped_column(ForeignKey("cash_sessions.id"), index=True)
    created_at: Mapped[UtcDateTime]
    kind: Mapped[str] = mapped_column(String(4))  # in|out
    reason: Mapped[str] = mapped_column(String(32))  # domain.cash.MovementReason
    amount_cents: Mapped[Cents]  # always positive; the kind gives the direction
    note: Mapped[str] = mapped_column(String(255), default="")
    user_name: Mapped[str] = mapped_column(String(120))

    session: Mapped[CashSession] = relationship(back_populates="movements")
