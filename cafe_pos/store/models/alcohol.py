"""Responsible sale: legal opening hours, happy-hour promotions, per-tab state, manager
overrides of the hours, and the anonymous day counters (indicators).

The counters hold a count per business day and kind, nothing else: no time of day, no
ticket, no user, no customer. ``TabResponsibleState`` is operational (a reminder shown,
a refusal for drunkenness on an open tab) and is never reported.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafe_pos.store.models.base import Base, IntPk


class WeeklyOpening(Base):
    """Hours of the prefectoral order for one weekday (no row: the default hours apply)."""

    __tablename__ = "opening_hours_weekly"

    weekday: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 = Monday
    intervals: Mapped[str] = mapped_column(String(200))  # "07:00-13:00, 15:00-01:00"; "" closed


class OpeningException(Base):
    """Hours replacing the weekday's on one date (village fête, closed day...)."""

    __tablename__ = "opening_hours_exceptions"

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(120))
    intervals: Mapped[str] = mapped_column(String(200))


class PromotionRow(Base):
    """A time-window promotion (happy hour) on products and/or categories."""

    __tablename__ = "promotions"
    __table_args__ = (CheckConstraint("kind IN ('percent', 'price')", name="kind"),)

    id: Mapped[IntPk]
    name: Mapped[str] = mapped_column(String(80), unique=True)
    weekdays: Mapped[str] = mapped_column(String(7))  # "01234" = Monday to Friday
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))
    value: Mapped[int] = mapped_column(Integer)  # basis points (percent) or cents (price)
    active: Mapped[bool] = mapped_column(default=True)

    targets: Mapped[list[PromotionTarget]] = relationship(
        cascade="all, delete-orphan", order_by="PromotionTarget.id"
    )


class PromotionTarget(Base):
    __tablename__ = "promotion_targets"
    __table_args__ = (
        CheckConstraint("(product_id IS NULL) != (category_id IS NULL)", name="one_target"),
    )

    id: Mapped[IntPk]
    promotion_id: Mapped[int] = mapped_column(
        ForeignKey("promotions.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"))


class ResponsibleSaleCounter(Base):
    """How many times something happened on a business day: counts only, anonymous."""

    __tablename__ = "responsible_sale_counters"

    day: Mapped[dt.date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class TabResponsibleState(Base):
    """Per open tab: when the last reminder was shown, and a refusal for drunkenness."""

    __tablename__ = "tab_responsible_state"

    tab_id: Mapped[int] = mapped_column(ForeignKey("tabs.id"), primary_key=True)
    last_reminder_at: Mapped[dt.datetime | None]  # naive UTC
    refused_at: Mapped[dt.datetime | None]  # naive UTC; set: no more alcohol on this tab


class HoursOverride(Base):
    """A manager's override of the legal hours for one cart (its checkout token).

    Also journaled (JET code 130) when granted; the checkout of that cart then passes.
    """

    __tablename__ = "alcohol_hours_overrides"

    id: Mapped[IntPk]
    cart_token: Mapped[str] = mapped_column(String(64), unique=True)
    granted_at: Mapped[dt.datetime]  # naive UTC
    manager_name: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str] = mapped_column(String(255))
