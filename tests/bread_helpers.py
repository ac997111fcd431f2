"""Helpers of the bread-deposit tests: a migrated café with bread products and a baker."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from sales_helpers import SeededContext, with_product_ids
from sqlalchemy import func, select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.bread import CommissionKind, ContractKind
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import bread, selling
from cafe_pos.services.closing import close_day
from cafe_pos.store.models import bread as bread_models
from cafe_pos.store.models.catalogue import Category, Product
from cafe_pos.store.models.sales import Ticket
from cafe_pos.store.models.settings import CafeIdentity

MANAGER = Actor(None, "Camille", Role.MANAGER)
STAFF = Actor(None, "Léo", Role.STAFF)
START = dt.datetime(2026, 3, 2, 7, 0, tzinfo=PARIS)  # a Monday, out of school holidays
_tokens = itertools.count()


def seed(ctx: ServiceContext) -> dict[str, int]:
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
        cat = Category(name="Pain", position=1)
        press = Category(name="Presse", position=2)
        s.add_all([cat, press])
        s.flush()
        ids = {}
        for key, name, price in (
            ("baguette", "Baguette", 110),
            ("tradition", "Baguette tradition", 130),
            ("campagne", "Pain de campagne", 260),
            ("coffee", "Café", 150),
        ):
            p = Product(
                name=name,
                short_label=name[:24],
                category_id=cat.id,
                price_cents=price,
                vat_onsite_bp=1000,
                vat_takeaway_bp=550,
                track_stock=False,
            )
            s.add(p)
            s.flush()
            ids[key] = p.id
        paper = Product(
            name="La Montagne",
            short_label="La Montagne",
            category_id=press.id,
            price_cents=140,
            vat_onsite_bp=210,
            vat_takeaway_bp=210,
            third_party=True,
            track_stock=False,
        )
        s.add(paper)
        s.flush()
        ids["paper"] = paper.id
        uow.commit()
    return ids


def sor_baker(ctx: ServiceContext, ids: dict[str, int]) -> int:
    view = bread.save_baker(
        ctx,
        MANAGER,
        bread.BakerInput(
            "Boulangerie Martin",
            ContractKind.SALE_OR_RETURN,
            CommissionKind.PERCENT,
            1500,
            cutoff=dt.time(18, 0),
        ),
    )
    for key in ("baguette", "tradition", "campagne"):
        bread.link_product(ctx, MANAGER, view.id, ids[key])
    return view.id


def sell(ctx: ServiceContext, product_id: int, qty: int) -> int | None:
    cart = Cart(takeaway=True)
    cart.add(selling.sale_item(ctx, product_id), qty * 1000)
    result = selling.checkout(
        ctx,
        STAFF,
        cart,
        [PaymentInput("cash", cart.total_cents)],
        token=f"t{next(_tokens)}",
        open_drawer=False,
    )
    return result.ticket_number


def next_day(ctx: ServiceContext, clock: FixedClock, at: dt.time = dt.time(7, 0)) -> dt.date:
    """Close the current day (Z) and move the clock to the next morning."""
    today = clock.now().date()
    with ctx.uow() as uow:
        sold = uow.session.scalar(
            select(func.count()).select_from(Ticket).where(Ticket.business_date == today)
        )
    if sold:
        clock.set(dt.datetime.combine(today, dt.time(22, 0), tzinfo=PARIS))
        close_day(ctx, MANAGER, today)
    tomorrow = today + dt.timedelta(days=1)
    clock.set(dt.datetime.combine(tomorrow, at, tzinfo=PARIS))
    return tomorrow


def row_counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.uow() as uow:
        return {
            m.__tablename__: uow.session.scalar(select(func.count()).select_from(m)) or 0
            for m in vars(bread_models).values()
            if isinstance(m, type)
            and hasattr(m, "__tablename__")
            and m.__module__ == bread_models.__name__
        } | {"tickets": uow.session.scalar(select(func.count()).select_from(Ticket)) or 0}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START)


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock) -> SeededContext:
    context = open_context(tmp_path / "cafe.db", clock=clock)
    return with_product_ids(context, seed(context))
