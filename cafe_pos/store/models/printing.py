"""The print spool: every document for the receipt printer (and every drawer pulse) is a
persisted job, written in the same transaction as the sale, printed later by a worker.

A job is never lost: a printer that is off or out of paper leaves it ``failed`` with a
French ``last_error`` and a ``next_attempt_at``; the worker retries it until it prints,
the manager cancels it, or (drawer pulses only) it expires.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, IntPk, UtcDateTime


class PrintJob(Base):
    __tablename__ = "print_jobs"

    id: Mapped[IntPk]
    kind: Mapped[str] = mapped_column(String(12))  # receipt|duplicate|note|z|test|drawer|text
    created_at: Mapped[UtcDateTime]
    # queued|printing|done|failed|expired|cancelled ("failed" is retried automatically)
    status: Mapped[str] = mapped_column(String(10), default="queued", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(255), default="")  # French, for people
    payload: Mapped[str] = mapped_column(Text, default="[]")  # JSON device-neutral lines
    ticket_number: Mapped[int | None] = mapped_column(Integer, index=True)
    expires_at: Mapped[dt.datetime | None]  # drawer pulses: never open the drawer late
    next_attempt_at: Mapped[dt.datetime | None]  # when the worker may try again
    done_at: Mapped[dt.datetime | None]
