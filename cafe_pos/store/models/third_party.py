"""Money the café holds for others: beneficiaries, press titles and issues, payments out.

A beneficiary (mandant) is whoever owns the money a third-party sale collects: a press
distributor, La Poste, the baker on sale-or-return, a local association. Third-party
products say whose money they collect and the café's commission; the takings themselves
are the sealed ticket lines (``ticket_lines.third_party``); what was paid to each
beneficiary is recorded here, append-only (a correction is a new row).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, Cents, IntPk, Name, UtcDateTime


class Beneficiary(Base):
    __tablename__ = "beneficiaries"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # distributor|la_poste|baker|carrier|other
    active: Mapped[bool] = mapped_column(default=True)


class ThirdPartyProduct(Base):
    """A catalogue product whose takings belong to a beneficiary, and the commission."""

    __tablename__ = "third_party_products"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    commission_bp: Mapped[int] = mapped_column(Integer, default=0)  # 1400 = 14 %
    kind: Mapped[str] = mapped_column(String(16), default="other")  # press|stamp|...


class BeneficiaryPayment(Base):
    """Money handed over to a beneficiary (cheque, transfer, cash), append-only."""

    __tablename__ = "beneficiary_payments"

    id: Mapped[IntPk]
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[Cents]
    method: Mapped[str] = mapped_column(String(16))  # cheque|transfer|cash|offset
    reference: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120))


class PressTitle(Base):
    __tablename__ = "press_titles"

    id: Mapped[IntPk]
    name: Mapped[Name]
    distributor_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    title_key: Mapped[str] = mapped_column(String(12), unique=True)  # 977 + ISSN7 + variant
    issn: Mapped[str] = mapped_column(String(8))
    periodicity: Mapped[str] = mapped_column(String(8))
    cppap: Mapped[bool] = mapped_column(default=True)
    commission_bp: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)


class PressIssue(Base):
    """One issue of a title; it is sold through its own catalogue product."""

    __tablename__ = "press_issues"
    __table_args__ = (UniqueConstraint("title_id", "number"),)

    id: Mapped[IntPk]
    title_id: Mapped[int] = mapped_column(ForeignKey("press_titles.id"), index=True)
    number: Mapped[str] = mapped_column(String(16))
    cover_price_cents: Mapped[Cents]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), unique=True)
    first_delivered_on: Mapped[dt.date] = mapped_column(Date)
    return_deadline: Mapped[dt.date] = mapped_column(Date, index=True)


class PressMovement(Base):
    """Copies of an issue in (delivery) or out (return to the distributor), append-only."""

    __tablename__ = "press_movements"

    id: Mapped[IntPk]
    issue_id: Mapped[int] = mapped_column(ForeignKey("press_issues.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # delivery|return
    copies: Mapped[int] = mapped_column(Integer)
    business_date: Mapped[dt.date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[UtcDateTime]
    user_name: Mapped[str] = mapped_column(String(120))
