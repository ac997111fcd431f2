"""Helpers of the responsible-sale integration tests: a small drinks catalogue, tabs, tickets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import SaleItem
from cafe_pos.domain.clock import PARIS, FixedClock, to_utc_naive
from cafe_pos.domain.users import Actor, Role
from cafe_pos.store.models.catalogue import Category, Product
from cafe_pos.store.models.sales import Tab, TabLine, Ticket, TicketLine

MANAGER = Actor(None, "Camille", Role.MANAGER)
STAFF = Actor(None, "Léo", Role.STAFF)

# (name, category, price, alcohol, drink)
DRINKS = [
    ("Demi pression", "Bières", 300, True, True),
    ("Pinte", "Bières", 600, True, True),
    ("Pastis", "Apéritifs", 350, True, True),
    ("Coca", "Softs", 350, False, True),
    ("Sirop à l'eau", "Softs", 200, False, True),
    ("Jus d'orange", "Softs", 400, False, True),
    ("Limonade", "Softs", 300, False, True),
    ("Carafe d'eau", "Softs", 0, False, True),
    ("Croque-monsieur", "Snacks", 550, False, False),
]


@dataclass
class Cafe:
    ctx: ServiceContext
    clock: FixedClock
    products: dict[str, int]
    categories: dict[str, int]

    def item(self, name: str) -> SaleItem:
        _, category, price, alcohol, drink = next(d for d in DRINKS if d[0] == name)
        return SaleItem(
            self.products[name],
            name,
            category,
            price,
            1000,
            550,
            is_alcohol=alcohol,
            is_drink=drink,
        )

    def open_tab(self, label: str = "Table 3") -> int:
        with self.ctx.uow() as uow:
            tab = Tab(label=label, opened_at=to_utc_naive(self.clock.now()))
            uow.session.add(tab)
            uow.session.flush()
            uow.commit()
            return tab.id

    def add_to_tab(self, tab_id: int, name: str, qty: int, at: dt.datetime) -> None:
        _, _, price, alcohol, drink = next(d for d in DRINKS if d[0] == name)
        with self.ctx.uow() as uow:
            uow.session.add(
                TabLine(
                    tab_id=tab_id,
                    product_id=self.products[name],
                    label=name,
                    qty_milli=qty * 1000,
                    unit_price_cents=price,
                    discount_cents=0,
                    added_at=to_utc_naive(at),
                    is_alcohol=alcohol,
                    is_drink=drink,
                )
            )
            uow.commit()

    def ticket(self, day: dt.date, lines: list[tuple[str, int]], *, kind: str = "sale") -> None:
        """A finished ticket written as checkout would (numbers per register)."""
        with self.ctx.uow() as uow:
            session = uow.session
            number = 1 + (session.query(Ticket).count())
            ticket = Ticket(
                register=self.ctx.register,
                number=number,
                kind=kind,
                created_at=to_utc_naive(dt.datetime.combine(day, dt.time(12), tzinfo=PARIS)),
                business_date=day,
                user_name="Léo",
                line_count=len(lines),
            )
            for position, (name, qty) in enumerate(lines):
                _, category, price, alcohol, drink = next(d for d in DRINKS if d[0] == name)
                ticket.lines.append(
                    TicketLine(
                        position=position,
                        product_id=self.products[name],
                        label=name,
                        category_name=category,
                        qty_milli=qty * 1000,
                        unit_price_cents=price,
                        vat_bp=2000 if alcohol else 1000,
                        total_cents=price * qty,
                        is_alcohol=alcohol,
                        is_drink=drink,
                    )
                )
            ticket.total_cents = sum(line.total_cents for line in ticket.lines)
            session.add(ticket)
            uow.commit()


def friday(hour: int, minute: int = 0, day: int = 27) -> dt.datetime:
    """Friday 27 November 2026 (or another day of that month) in Paris."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=PARIS)


def build_cafe(db_path: Path) -> Cafe:
    """A migrated café database with the DRINKS catalogue, its clock on Friday 18:30."""
    clock = FixedClock(friday(18, 30))
    ctx = open_context(db_path, clock=clock)
    categories: dict[str, int] = {}
    products: dict[str, int] = {}
    with ctx.uow() as uow:
        session = uow.session
        for name, category, price, alcohol, drink in DRINKS:
            if category not in categories:
                row = Category(name=category)
                session.add(row)
                session.flush()
                categories[category] = row.id
            product = Product(
                name=name,
                short_label=name[:24],
                category_id=categories[category],
                price_cents=price,
                vat_onsite_bp=2000 if alcohol else 1000,
                vat_takeaway_bp=2000 if alcohol else 550,
                is_alcohol=alcohol,
                abv_tenths=45 if alcohol else None,
                is_drink=drink,
            )
            session.add(product)
            session.flush()
            products[name] = product.id
        uow.commit()
    return Cafe(ctx, clock, products, categories)
