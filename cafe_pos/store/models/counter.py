"""The counter's working state that must survive a restart: the ticket being rung up.

One row per register: the open ticket as a JSON snapshot (``domain.cart_snapshot``),
written a moment after each change and removed when the ticket is paid, put on a tab or
cancelled. It is not a fiscal record (nothing is sold until the payment).
"""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, UtcDateTime


class OpenTicket(Base):
    """The ticket in progress on a register (a closed window, a crash: it comes back)."""

    __tablename__ = "open_tickets"

    register: Mapped[str] = mapped_column(String(8), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)  # JSON, see domain.cart_snapshot
    saved_at: Mapped[UtcDateTime]
