"""The HQ outbox: one row per message for headquarters, written in the same transaction as
what it reports (a daily closure, an integrity defect, a key change, a month's archive),
and the café's enrolment with its HQ.

A row is ``pending`` until HQ acknowledges it (``sent``, with the acknowledgement kept) or
refuses it for good (``refused``, a different message already holds its key at HQ). The
body is stored signed, exactly as it is posted, so a resend is byte-identical.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, IntPk, UtcDateTime


class OutboxMessage(Base):
    __tablename__ = "hq_outbox"
    __table_args__ = (UniqueConstraint("kind", "business_date", "version"),)

    id: Mapped[IntPk]  # delivery order
    kind: Mapped[str] = mapped_column(String(10))  # daily|event|archive
    business_date: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)
    subject: Mapped[str] = mapped_column(String(40))  # "2026-11-26", "2026-11", "événement 90"
    created_at: Mapped[UtcDateTime]
    # pending|sent|refused; an archive is "pending" with an empty body until it is built
    status: Mapped[str] = mapped_column(String(8), default="pending", index=True)
    body: Mapped[str] = mapped_column(Text, default="")  # canonical JSON, signed as is
    signature: Mapped[str] = mapped_column(String(128), default="")  # Ed25519, hex
    key_fingerprint: Mapped[str] = mapped_column(String(16), default="")
    attachment_path: Mapped[str] = mapped_column(String(255), default="")  # archive zip
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(255), default="")  # French
    sent_at: Mapped[dt.datetime | None]
    ack: Mapped[str] = mapped_column(Text, default="")  # HQ's acknowledgement (JSON)


class HqLink(Base):
    """The café's enrolment with its HQ (one row once enrolled) and the last exchange."""

    __tablename__ = "hq_link"

    id: Mapped[IntPk]  # always 1
    hq_url: Mapped[str] = mapped_column(String(255))
    enrolled_at: Mapped[UtcDateTime]
    key_fingerprint: Mapped[str] = mapped_column(String(16))
    hq_cafe_name: Mapped[str] = mapped_column(String(120), default="")
    last_attempt_at: Mapped[dt.datetime | None]
    last_success_at: Mapped[dt.datetime | None]  # last acknowledgement (or nothing to send)
    last_error: Mapped[str] = mapped_column(String(255), default="")  # French, "" when fine
