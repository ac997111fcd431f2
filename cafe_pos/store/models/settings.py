"""The café's identity (one row) and the declared settings (key/value, JSON text)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, IntPk


class CafeIdentity(Base):
    __tablename__ = "cafe_identity"

    id: Mapped[IntPk]  # always 1
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(255))
    siret: Mapped[str] = mapped_column(String(14))
    naf_code: Mapped[str] = mapped_column(String(6), default="5630Z")
    vat_number: Mapped[str] = mapped_column(String(13), default="")
    register_number: Mapped[str] = mapped_column(String(8), default="01")


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
