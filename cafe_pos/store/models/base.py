"""Declarative base, naming convention and the column types used across the models."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from sqlalchemy import BigInteger, MetaData, String
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# Integer cents: never a float for money.
Cents = Annotated[int, mapped_column(BigInteger, nullable=False, default=0)]
# Quantities in thousandths of a unit (1 piece = 1000, 0.250 kg = 250).
MilliQty = Annotated[int, mapped_column(BigInteger, nullable=False)]
IntPk = Annotated[int, mapped_column(primary_key=True)]
Name = Annotated[str, mapped_column(String(120), nullable=False)]
# Timestamps are stored as naive UTC datetimes; local time is a display concern.
UtcDateTime = Annotated[dt.datetime, mapped_column(nullable=False)]


def utcnow() -> dt.datetime:
    """Current UTC time, naive, to the microsecond (tests may patch the clock service)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
