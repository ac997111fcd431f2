"""Parcel relay tables: carriers (the café's contract settings, one row each), parcels,
the searchable words of recipients' names, and the driver's visits.

Personal data is the recipient's name as printed on the label (``recipient_name`` and its
words in ``parcel_name_words``) and nothing else: an identity document is recorded as
checked with its kind only. The purge empties the name and deletes its words once a
parcel has been closed for the configured number of days.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, Cents, IntPk, UtcDateTime


class ParcelCarrier(Base):
    __tablename__ = "parcel_carriers"

    id: Mapped[IntPk]
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    holding_days: Mapped[int] = mapped_column(Integer)
    holding_calendar: Mapped[str] = mapped_column(String(10))  # calendar|working
    proxy_rule: Mapped[str] = mapped_column(String(16))  # none|recipient_id|both_ids|...
    pickup_code: Mapped[bool] = mapped_column(Boolean, default=False)
    max_weight_g: Mapped[int | None] = mapped_column(Integer)
    max_sum_cm: Mapped[int | None] = mapped_column(Integer)
    max_side_cm: Mapped[int | None] = mapped_column(Integer)
    commission_received_cents: Mapped[Cents]
    commission_handed_over_cents: Mapped[Cents]
    commission_returned_cents: Mapped[Cents]
    commission_dropped_off_cents: Mapped[Cents]
    formats: Mapped[str] = mapped_column(String(200), default="")  # comma-separated keys


class Parcel(Base):
    __tablename__ = "parcels"
    __table_args__ = (
        Index("ix_parcels_status_return_due", "status", "return_due"),
        Index("ix_parcels_status_closed_at", "status", "closed_at"),
        Index("ix_parcels_status_slot", "status", "slot"),  # shelf occupancy, covering
        # Partial: codes exist only while a parcel waits, so the index stays small and
        # SQLite's planner always finds it selective.
        Index(
            "ix_parcels_pickup_code",
            "pickup_code",
            sqlite_where=text("pickup_code IS NOT NULL"),
        ),
    )

    id: Mapped[IntPk]
    carrier_id: Mapped[int] = mapped_column(ForeignKey("parcel_carriers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # inbound|drop_off
    tracking: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(12))
    # The only personal data: the name on the label; None once purged.
    recipient_name: Mapped[str | None] = mapped_column(String(120))
    slot: Mapped[str | None] = mapped_column(String(30))
    pickup_code: Mapped[str | None] = mapped_column(String(40))  # erased at hand-over
    weight_g: Mapped[int | None] = mapped_column(Integer)
    check_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    received_at: Mapped[UtcDateTime] = mapped_column(index=True)  # or dropped off
    received_by: Mapped[str] = mapped_column(String(120))
    return_due: Mapped[dt.date | None]
    closed_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    closed_by: Mapped[str] = mapped_column(String(120), default="")
    collector: Mapped[str | None] = mapped_column(String(12))  # recipient|third_party
    id_kind: Mapped[str | None] = mapped_column(String(20))  # never a number
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("parcel_driver_visits.id"))
    purged_at: Mapped[dt.datetime | None]


class ParcelNameWord(Base):
    """One folded word of a recipient's name: a prefix search uses the index."""

    __tablename__ = "parcel_name_words"

    parcel_id: Mapped[int] = mapped_column(
        ForeignKey("parcels.id", ondelete="CASCADE"), primary_key=True
    )
    word: Mapped[str] = mapped_column(String(60), primary_key=True)

    # (word, parcel_id): a prefix search reads the index alone, newest parcels first
    __table_args__ = (Index("ix_parcel_name_words_word", "word", "parcel_id"),)


class ParcelDriverVisit(Base):
    """A driver's visit: what was delivered, taken back and taken away, with counts."""

    __tablename__ = "parcel_driver_visits"

    id: Mapped[IntPk]
    carrier_id: Mapped[int] = mapped_column(ForeignKey("parcel_carriers.id"), index=True)
    at: Mapped[UtcDateTime]
    by: Mapped[str] = mapped_column(String(120))
    received_count: Mapped[int] = mapped_column(Integer, default=0)
    returned_count: Mapped[int] = mapped_column(Integer, default=0)
    returns_expected: Mapped[int] = mapped_column(Integer, default=0)
    collected_count: Mapped[int] = mapped_column(Integer, default=0)
    drop_offs_expected: Mapped[int] = mapped_column(Integer, default=0)
