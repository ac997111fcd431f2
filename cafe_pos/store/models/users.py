"""People who use the till: managers and staff, with hashed PINs."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, IntPk, Name


class User(Base):
    __tablename__ = "users"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    role: Mapped[str] = mapped_column(String(16))  # "manager" | "staff"
    pin_hash: Mapped[str] = mapped_column(String(255))  # scrypt, salted, see services.users
    failed_attempts: Mapped[int] = mapped_column(default=0)
    # lock-outs in a row since the last good PIN: each lasts longer (services.users)
    lockouts: Mapped[int] = mapped_column(default=0, server_default="0")
    locked_until: Mapped[dt.datetime | None]
    active: Mapped[bool] = mapped_column(default=True)
