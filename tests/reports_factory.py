"""Test tickets for the reports tests: rows inserted like the sales service writes them
(Ticket, TicketLine, TicketVat, Payment), sealed in the fiscal journal when it exists.

Used by tests/unit|integration|ui|e2e/reports and the reports benchmark, so they don't
depend on the whole selling flow. Amounts are consistent by construction: line totals
sum to the ticket total, payments sum to the total, VAT is split per rate on the ticket.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.clock import PARIS, to_utc_naive
from cafe_pos.domain.money import line_total
from cafe_pos.domain.users import Actor, Role
from cafe_pos.domain.vat import split_by_rate
from cafe_pos.store.models.sales import Payment, Ticket, TicketLine, TicketVat
from cafe_pos.store.models.settings import CafeIdentity

MANAGER = Actor(user_id=None, name="Claire", role=Role.MANAGER)
STAFF = Actor(user_id=None, name="Lucas", role=Role.STAFF)


@dataclass(frozen=True)
class Item:
    label: str
    category: str
    vat_bp: int
    price_cents: int
    third_party: bool = False
    is_drink: bool = False
    is_alcohol: bool = False
    product_id: int | None = None


CATALOGUE: tuple[Item, ...] = (
    Item("Café", "Bar", 1000, 130, is_drink=True),
    Item("Demi pression", "Bar", 2000, 300, is_drink=True, is_alcohol=True),
    Item("Verre de vin rouge", "Bar", 2000, 350, is_drink=True, is_alcohol=True),
    Item("Diabolo menthe", "Bar", 1000, 280, is_drink=True),
    Item("Croque-monsieur", "Snack", 1000, 650),
    Item("Baguette", "Boulangerie", 550, 110),
    Item("Croissant", "Boulangerie", 550, 120),
    Item("Lait 1 L", "Épicerie", 550, 119),
    Item("Tablette de chocolat", "Épicerie", 2000, 245),
    Item("Ouest-France", "Presse", 210, 150, third_party=True),
    Item("Timbre lettre verte", "Timbres", 0, 152, third_party=True),
)


@dataclass(frozen=True)
class LineSpec:
    item: Item
    qty_milli: int = 1000
    discount_cents: int = 0

    @property
    def gross_cents(self) -> int:
        return line_total(self.item.price_cents, self.qty_milli)

    @property
    def total_cents(self) -> int:
        return self.gross_cents - self.discount_cents


def set_identity(ctx: ServiceContext, name: str = "Café de la Place") -> None:
    with ctx.uow() as uow:
        if uow.session.get(CafeIdentity, 1) is None:
            uow.session.add(
                CafeIdentity(
                    id=1,
                    name=name,
                    address="2 place de l'Église, 19160 Neuvic",
                    siret="73282932000074",
                    naf_code="5630Z",
                    vat_number="FR44732829320",
                    register_number="01",
                )
            )
            uow.commit()


def _seal(ctx: ServiceContext, session: Session, ticket: Ticket) -> None:
    try:
        from cafe_pos.fiscal.journal import seal_ticket
    except ImportError:
        return
    seal_ticket(ctx, session, ticket)


def add_ticket(
    ctx: ServiceContext,
    session: Session,
    at: dt.datetime,
    lines: Sequence[LineSpec],
    *,
    payments: Sequence[tuple[str, int]] | None = None,
    cashback_cents: int = 0,
    refund_of: Ticket | None = None,
    tendered_extra_cents: int = 0,
) -> Ticket:
    """Insert one finished ticket (a refund when ``refund_of`` is given: pass positive
    line specs, they are negated) and seal it. Payments default to cash."""
    sign = -1 if refund_of is not None else 1
    at = at if at.tzinfo else at.replace(tzinfo=PARIS)
    number = (
        session.scalar(select(func.max(Ticket.number)).where(Ticket.register == ctx.register)) or 0
    ) + 1
    total = sign * sum(spec.total_cents for spec in lines)
    discount = sum(spec.discount_cents for spec in lines)
    ticket = Ticket(
        register=ctx.register,
        number=number,
        kind="refund" if refund_of is not None else "sale",
        created_at=to_utc_naive(at),
        business_date=business_date(at),
        user_id=None,
        user_name="Test",
        total_cents=total,
        discount_cents=discount if sign > 0 else 0,
        line_count=len(lines),
        cashback_cents=cashback_cents,
        refund_of_id=None if refund_of is None else refund_of.id,
        reason="" if refund_of is None else "Erreur de saisie",
        tab_label="",
    )
    session.add(ticket)
    session.flush()
    per_rate: dict[int, int] = {}
    for position, spec in enumerate(lines, start=1):
        item = spec.item
        session.add(
            TicketLine(
                ticket_id=ticket.id,
                position=position,
                product_id=item.product_id,
                label=item.label,
                category_name=item.category,
                qty_milli=sign * spec.qty_milli,
                unit="piece",
                unit_price_cents=item.price_cents,
                discount_cents=spec.discount_cents if sign > 0 else 0,
                vat_bp=item.vat_bp,
                total_cents=sign * spec.total_cents,
                is_alcohol=item.is_alcohol,
                is_drink=item.is_drink,
                third_party=item.third_party,
            )
        )
        per_rate[item.vat_bp] = per_rate.get(item.vat_bp, 0) + sign * spec.total_cents
    for vat in split_by_rate(per_rate):
        session.add(
            TicketVat(
                ticket_id=ticket.id,
                vat_bp=vat.rate_bp,
                base_cents=vat.base_cents,
                vat_cents=vat.vat_cents,
                total_cents=vat.total_cents,
            )
        )
    paid = list(payments) if payments is not None else [("cash", total)]
    assert sum(amount for _, amount in paid) == total, "payments must cover the total"
    for method, amount in paid:
        is_cash = method == "cash"
        session.add(
            Payment(
                ticket_id=ticket.id,
                method=method,
                amount_cents=amount,
                tendered_cents=amount + tendered_extra_cents if is_cash and amount > 0 else 0,
                change_cents=tendered_extra_cents if is_cash and amount > 0 else 0,
            )
        )
    session.flush()
    _seal(ctx, session, ticket)
    return ticket


def sell(
    ctx: ServiceContext,
    at: dt.datetime,
    lines: Sequence[LineSpec],
    *,
    payments: Sequence[tuple[str, int]] | None = None,
    cashback_cents: int = 0,
    refund_of: Ticket | None = None,
    tendered_extra_cents: int = 0,
) -> int:
    """One ticket in its own transaction; returns its number."""
    with ctx.uow() as uow:
        ticket = add_ticket(
            ctx,
            uow.session,
            at,
            lines,
            payments=payments,
            cashback_cents=cashback_cents,
            refund_of=refund_of,
            tendered_extra_cents=tendered_extra_cents,
        )
        number = ticket.number
        uow.commit()
    return number


def random_lines(rng: random.Random, max_lines: int = 4) -> list[LineSpec]:
    specs = []
    for _ in range(rng.randint(1, max_lines)):
        item = rng.choice(CATALOGUE)
        qty = rng.choice((1000, 1000, 1000, 2000, 3000))
        discount = 0
        if not item.third_party and rng.random() < 0.05:
            discount = min(line_total(item.price_cents, qty) // 10, 50)
        specs.append(LineSpec(item, qty, discount))
    return specs


def random_payments(rng: random.Random, total: int) -> list[tuple[str, int]]:
    method = rng.choices(("cash", "card", "cheque", "split"), weights=(55, 35, 3, 7))[0]
    if method != "split" or total < 2:
        return [(method if method != "split" else "cash", total)]
    cash = rng.randint(1, total - 1)
    return [("cash", cash), ("card", total - cash)]


def random_day(
    ctx: ServiceContext, day: dt.date, tickets: int, *, seed: int = 0, refunds: int = 1
) -> list[int]:
    """``tickets`` random sales between 7:00 and 22:59 of ``day`` (+ a few refunds), one
    transaction for the whole day (fast). Returns the ticket numbers."""
    rng = random.Random(f"{day.isoformat()}-{seed}")
    numbers = []
    moments = sorted(
        dt.datetime.combine(day, dt.time(7), tzinfo=PARIS)
        + dt.timedelta(seconds=rng.randint(0, 16 * 3600 - 1))
        for _ in range(tickets)
    )
    with ctx.uow() as uow:
        sold: list[tuple[Ticket, list[LineSpec]]] = []
        for moment in moments:
            lines = random_lines(rng)
            total = sum(spec.total_cents for spec in lines)
            payments = random_payments(rng, total)
            cashback = (
                2000 if payments[-1][0] == "card" and total >= 100 and rng.random() < 0.03 else 0
            )
            ticket = add_ticket(
                ctx, uow.session, moment, lines, payments=payments, cashback_cents=cashback
            )
            sold.append((ticket, lines))
            numbers.append(ticket.number)
        for index in range(min(refunds, len(sold))):
            original, lines = sold[index * 7 % len(sold)]
            refund_lines = lines if index % 2 == 0 else lines[:1]
            total = -sum(spec.total_cents for spec in refund_lines)
            at = moments[-1] + dt.timedelta(minutes=index + 1)
            refund = add_ticket(
                ctx,
                uow.session,
                at,
                [replace(spec) for spec in refund_lines],
                payments=[("cash", total)],
                refund_of=original,
            )
            numbers.append(refund.number)
        uow.commit()
    return numbers
