"""Helpers of the sales integration tests: a migrated SQLite café with a small catalogue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.barcodes import ean13_check_digit as ean13_check
from cafe_pos.domain.cart import SaleItem
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services.selling import sale_item
from cafe_pos.store.models import (
    AccountEntry,
    Barcode,
    CafeIdentity,
    Category,
    Payment,
    Product,
    StockMovement,
    TabLine,
    Ticket,
    TicketLine,
    TicketVat,
)
from cafe_pos.store.models.fiscal import FiscalEvent, JournalEntry
from cafe_pos.store.models.printing import PrintJob

STAFF = Actor(None, "Léo", Role.STAFF)
MANAGER = Actor(None, "Camille", Role.MANAGER)
NUTELLA_EAN = "3017620422003"
COMTE_LABEL_BASE = "210004200000" + ean13_check("210004200000")
START = dt.datetime(2026, 11, 26, 10, 0, tzinfo=PARIS)


def seed_catalogue(ctx: ServiceContext) -> dict[str, int]:
    with ctx.uow() as uow:
        s = uow.session
        s.add(
            CafeIdentity(
                id=1,
                name="Café de la Place",
                address="1 place de l'Église, 15000 Aurillac",
                siret="73282932000074",
                naf_code="5630Z",
                vat_number="FR44732829320",
                register_number="01",
            )
        )
        cats = {
            name: Category(name=name, position=i, colour="#795548")
            for i, name in enumerate(
                ["Cafés", "Bières", "Snacks", "Épicerie", "Presse", "Consignes"]
            )
        }
        s.add_all(cats.values())
        s.flush()

        def product(
            name: str, cat: str, price: int, onsite: int, takeaway: int, **kw: object
        ) -> Product:
            p = Product(
                name=name,
                short_label=name[:24],
                category_id=cats[cat].id,
                price_cents=price,
                vat_onsite_bp=onsite,
                vat_takeaway_bp=takeaway,
                **kw,
            )
            s.add(p)
            s.flush()
            return p

        ids = {}
        ids["coffee"] = product("Café", "Cafés", 150, 1000, 550, is_drink=True, position=1).id
        ids["beer"] = product(
            "Demi pression",
            "Bières",
            300,
            2000,
            2000,
            is_alcohol=True,
            abv_tenths=50,
            is_drink=True,
        ).id
        ids["sandwich"] = product(
            "Sandwich jambon", "Snacks", 550, 1000, 550, meal_voucher_ok=True
        ).id
        deposit = product(
            "Consigne bouteille", "Consignes", 20, 0, 0, track_stock=False, quick_key=False
        )
        ids["deposit"] = deposit.id
        ids["lemonade"] = product(
            "Limonade 1 L", "Épicerie", 250, 1000, 550, is_drink=True, deposit_product_id=deposit.id
        ).id
        ids["paper"] = product("La Montagne", "Presse", 140, 210, 210, third_party=True).id
        nutella = product(
            "Nutella 400 g", "Épicerie", 429, 550, 550, meal_voucher_ok=True, quick_key=False
        )
        ids["nutella"] = nutella.id
        s.add(Barcode(product_id=nutella.id, code=NUTELLA_EAN))
        comte = product("Comté", "Épicerie", 2590, 550, 550, unit="kg", meal_voucher_ok=True)
        ids["comte"] = comte.id
        s.add(Barcode(product_id=comte.id, code=COMTE_LABEL_BASE))
        ids["water"] = product(
            "Carafe d'eau", "Cafés", 0, 1000, 1000, is_drink=True, track_stock=False
        ).id
        uow.commit()
    return ids


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


Items = dict[str, SaleItem]  # the ``items`` fixture: seeded products by short name


@dataclass
class SeededContext(ServiceContext):
    """The service context of a test café, with the ids of the products seeded into it
    (by short name: ``ctx.product_ids["coffee"]``)."""

    product_ids: dict[str, int] = field(default_factory=dict)


def with_product_ids(context: ServiceContext, product_ids: dict[str, int]) -> SeededContext:
    """The same context (every field shared, whatever fields it has) plus the seeded ids."""
    shared = {f.name: getattr(context, f.name) for f in fields(ServiceContext)}
    return SeededContext(**shared, product_ids=product_ids)


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock) -> SeededContext:
    context = open_context(tmp_path / "cafe.db", clock=clock)
    return with_product_ids(context, seed_catalogue(context))


@pytest.fixture
def items(ctx: SeededContext) -> Items:
    return {name: sale_item(ctx, pid) for name, pid in ctx.product_ids.items()}


COUNTED = (
    Ticket,
    TicketLine,
    TicketVat,
    Payment,
    StockMovement,
    AccountEntry,
    JournalEntry,
    FiscalEvent,
    PrintJob,
    TabLine,
)


def counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.uow() as uow:
        return {
            model.__tablename__: uow.session.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }
