"""The network catalogue as the café received it from HQ (issue 19), what the manager
applied from it, and each reception line checked against a network price cap.

``network_products`` and ``network_caps`` hold the current version only (replaced whole at
each pull); ``network_links`` remember, per HQ reference, the café product it was applied
to and the values taken then (so a price the manager changed later is recognised as
theirs); ``cap_checks`` keep each capped reception line with the cap in force that day.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cafe_pos.store.models.base import Base, Cents, IntPk, MilliQty, UtcDateTime


class NetworkCatalogueState(Base):
    """One row (id 1): the version held and the last pull."""

    __tablename__ = "network_catalogue_state"

    id: Mapped[IntPk]
    version: Mapped[int] = mapped_column(Integer, default=0)
    published_at: Mapped[dt.datetime | None]  # at HQ (UTC)
    received_at: Mapped[dt.datetime | None]
    last_attempt_at: Mapped[dt.datetime | None]
    last_error: Mapped[str] = mapped_column(String(255), default="")  # French, "" when fine


class NetworkProduct(Base):
    __tablename__ = "network_products"

    id: Mapped[IntPk]
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    ean: Mapped[str] = mapped_column(String(14), default="")
    name: Mapped[str] = mapped_column(String(80))
    category: Mapped[str] = mapped_column(String(60), default="")
    vat_onsite_bp: Mapped[int] = mapped_column(Integer)
    vat_takeaway_bp: Mapped[int] = mapped_column(Integer)
    suggested_price_cents: Mapped[Cents]  # TTC
    abv_tenths: Mapped[int | None] = mapped_column(Integer)  # alcoholic drink: % vol × 10
    is_drink: Mapped[bool] = mapped_column(default=False)


class NetworkCap(Base):
    """A negotiated supplier's capped purchase price (per unit, excl. VAT)."""

    __tablename__ = "network_caps"

    id: Mapped[IntPk]
    reference: Mapped[str] = mapped_column(String(20), index=True)
    supplier: Mapped[str] = mapped_column(String(80))
    supplier_siret: Mapped[str] = mapped_column(String(14), default="")
    cap_cents: Mapped[Cents]


class NetworkLink(Base):
    """A network reference applied to (or found identical in) a café product."""

    __tablename__ = "network_links"

    id: Mapped[IntPk]
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    price_cents: Mapped[Cents]  # the network's suggested price when last taken
    vat_onsite_bp: Mapped[int] = mapped_column(Integer)
    vat_takeaway_bp: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(60), default="")
    caps: Mapped[str] = mapped_column(Text, default="")  # caps as seen (domain caps_key)
    version: Mapped[int] = mapped_column(Integer)
    applied_at: Mapped[UtcDateTime]
    applied_by: Mapped[str] = mapped_column(String(120), default="")


class CapCheck(Base):
    """A reception line of a product and supplier the network caps."""

    __tablename__ = "cap_checks"

    id: Mapped[IntPk]
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    business_date: Mapped[dt.date] = mapped_column(Date, index=True)
    reference: Mapped[str] = mapped_column(String(20))
    product_name: Mapped[str] = mapped_column(String(80))  # the network's name
    supplier: Mapped[str] = mapped_column(String(80))
    unit_cost_cents: Mapped[Cents]  # per unit excl. VAT, discount included
    cap_cents: Mapped[Cents]
    qty_milli: Mapped[MilliQty]
    above: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(Integer)
