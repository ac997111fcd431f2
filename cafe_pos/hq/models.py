"""HQ's tables (SQLAlchemy 2.0): cafés and their keys, one-time enrolment codes, the
messages received (one row per idempotency key), the stored fiscal archives and alerts;
the network catalogue's versions, which café pulled which, and the purchases above cap.

The dashboard (issue 19) reads these: the daily figures are in ``Message.data`` (the body's
``data`` object as JSON) with the columns it sorts and sums on pulled out. Its own tables
(users, the cafés a territorial manager follows, login sessions and attempts, the accounts'
audit log) are at the end.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class HqBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Cafe(HqBase):
    __tablename__ = "cafes"

    id: Mapped[int] = mapped_column(primary_key=True)
    siret: Mapped[str] = mapped_column(String(14), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    register: Mapped[str] = mapped_column(String(8), default="01")
    town: Mapped[str] = mapped_column(String(80), default="", server_default="")  # commune
    public_key: Mapped[str | None] = mapped_column(String(64))  # hex, None until enrolled
    key_fingerprint: Mapped[str | None] = mapped_column(String(16))
    enrolled_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CafeKey(HqBase):
    """Every key a café has signed with, in order (the current one has no ``retired_at``)."""

    __tablename__ = "cafe_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafes.id"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(16))
    public_key: Mapped[str] = mapped_column(String(64))
    since: Mapped[dt.datetime] = mapped_column(DateTime)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    how: Mapped[str] = mapped_column(String(16))  # enrolment|key_change


class EnrolmentCode(HqBase):
    """A one-time code: stored hashed, usable once, for one café, until it expires."""

    __tablename__ = "enrolment_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafes.id"), index=True)
    code_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Message(HqBase):
    """A message as received and verified; the idempotency key is UNIQUE."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("cafe_id", "kind", "business_date", "version"),
        Index("ix_messages_kind_date", "kind", "business_date"),
        # the dashboard's "last heard of" per café: one index probe each
        Index("ix_messages_cafe_received", "cafe_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafes.id"))
    kind: Mapped[str] = mapped_column(String(10))
    business_date: Mapped[dt.date] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)  # exactly as signed
    body_sha256: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
    key_fingerprint: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    software_version: Mapped[str] = mapped_column(String(20))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    # pulled out of a daily message's data (None for other kinds)
    tickets: Mapped[int | None] = mapped_column(Integer)
    total_cents: Mapped[int | None] = mapped_column(BigInteger)
    own_sales_cents: Mapped[int | None] = mapped_column(BigInteger)
    third_party_cents: Mapped[int | None] = mapped_column(BigInteger)
    chain_position: Mapped[int | None] = mapped_column(BigInteger)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class Archive(HqBase):
    """A closed period's fiscal archive (zip), as uploaded, and the verifier's verdict."""

    __tablename__ = "archives"
    __table_args__ = (UniqueConstraint("cafe_id", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafes.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"))
    period: Mapped[str] = mapped_column(String(7))
    file_name: Mapped[str] = mapped_column(String(80))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    verified: Mapped[bool] = mapped_column(Boolean)
    verifier_output: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Alert(HqBase):
    """Something the network team must look at (rollback, conflict, bad signature...)."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int | None] = mapped_column(ForeignKey("cafes.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # see cafe_pos.hq.ingest.ALERT_KINDS
    business_date: Mapped[dt.date | None] = mapped_column(Date)
    message: Mapped[str] = mapped_column(String(500))  # French
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class CatalogueVersion(HqBase):
    """One published version of the network catalogue (issue 19): the whole catalogue as
    the cafés receive it (``content``, JSON), numbered 1, 2, ... — a new number only when
    an import changes something."""

    __tablename__ = "catalogue_versions"

    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime)
    content_sha256: Mapped[str] = mapped_column(String(64))
    product_count: Mapped[int] = mapped_column(Integer)
    cap_count: Mapped[int] = mapped_column(Integer)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)  # added/changed/removed counts
    content: Mapped[str] = mapped_column(Text)  # JSON list of products, as served


class CatalogueFetch(HqBase):
    """The catalogue version each café last pulled, and when."""

    __tablename__ = "catalogue_fetches"

    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafes.id"), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CapExcess(HqBase):
    """A purchase above the network's cap, as a café's daily message reported it."""

    __tablename__ = "cap_excesses"
    __table_args__ = (Index("ix_cap_excesses_cafe_date", "cafe_id", "business_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafes.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    business_date: Mapped[dt.date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(20))
    product: Mapped[str] = mapped_column(String(80))
    supplier: Mapped[str] = mapped_column(String(80))
    unit_cost_cents: Mapped[int] = mapped_column(Integer)
    cap_cents: Mapped[int] = mapped_column(Integer)
    qty_milli: Mapped[int] = mapped_column(BigInteger)
    excess_cents: Mapped[int] = mapped_column(BigInteger)  # (cost − cap) × quantity


# --- the dashboard's access (issue 19, docs/hq.md) ----------------------------------------


class HqUser(HqBase):
    """A member of the network team: an administrator or a territorial manager."""

    __tablename__ = "hq_users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, PHC string
    role: Mapped[str] = mapped_column(String(12))  # admin|territorial
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # set when an administrator chose the password: the user must pick their own first
    must_change_password: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class HqUserCafe(HqBase):
    """A café a territorial manager follows (administrators see every café)."""

    __tablename__ = "hq_user_cafes"

    user_id: Mapped[int] = mapped_column(ForeignKey("hq_users.id"), primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafes.id"), primary_key=True)


class HqSession(HqBase):
    """A signed-in browser: the cookie carries a random token, stored here hashed, with
    the session's anti-forgery (CSRF) token every form must send back."""

    __tablename__ = "hq_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("hq_users.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HqLoginAttempt(HqBase):
    """A login attempt (name and client address, never the password): the throttle counts
    recent failures, in the database so every worker process sees them."""

    __tablename__ = "hq_login_attempts"
    __table_args__ = (
        Index("ix_hq_login_attempts_name_at", "name", "at"),
        Index("ix_hq_login_attempts_client_at", "client", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    client: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    ok: Mapped[bool] = mapped_column(Boolean)


class HqAuditEntry(HqBase):
    """Who did what to the HQ accounts (created, deactivated, reactivated, password reset or
    changed, cafés assigned): written in the same transaction as the change, never edited."""

    __tablename__ = "hq_audit"
    __table_args__ = (Index("ix_hq_audit_at", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(120))  # a user's name, or "ligne de commande"
    action: Mapped[str] = mapped_column(String(20))  # see cafe_pos.hq.accounts.ACTIONS
    target: Mapped[str] = mapped_column(String(120))
    detail: Mapped[str] = mapped_column(String(300), default="")
