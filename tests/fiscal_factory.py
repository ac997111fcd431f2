"""Tickets for the fiscal tests: rows inserted as the sales service writes them (Ticket,
TicketLine, TicketVat, Payment), then sealed with ``seal_ticket`` in the same transaction.

Independent of the selling flow so the fiscal tests, the crash test's child process and
the verify benchmark exercise the journal alone. Amounts are consistent by construction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock, to_utc_naive
from cafe_pos.domain.money import line_total
from cafe_pos.domain.vat import split_by_rate
from cafe_pos.fiscal.journal import Seal, seal_ticket
from cafe_pos.store.models.sales import Payment, Ticket, TicketLine, TicketVat


@dataclass(frozen=True)
class Item:
    label: str
    unit_price_cents: int
    vat_bp: int = 1000
    qty_milli: int = 1000
    third_party: bool = False
    alcohol: bool = False


COFFEE = Item("Café", 150, 1000)
BEER = Item("Demi pression", 350, 2000, alcohol=True)
BREAD = Item("Baguette", 110, 550)
STAMP = Item("Timbre", 129, 0, third_party=True)
PRESS = Item("Le Monde", 300, 210, third_party=True)


def at_paris(day: dt.date, hour: int = 10, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=PARIS)


def add_ticket(
    ctx: ServiceContext,
    session: Session,
    items: Sequence[Item],
    *,
    payments: Sequence[tuple[str, int]] | None = None,
    refund_of: Ticket | None = None,
    user_name: str = "Alice",
    cashback_cents: int = 0,
) -> tuple[Ticket, Seal]:
    """Write one ticket (refund when ``refund_of`` is given: quantities negated) and seal it."""
    sign = -1 if refund_of is not None else 1
    now = ctx.clock.now()
    number = (
        session.scalar(select(func.max(Ticket.number)).where(Ticket.register == ctx.register)) or 0
    ) + 1
    lines = []
    for position, item in enumerate(items, start=1):
        qty = sign * item.qty_milli
        total = line_total(item.unit_price_cents, qty)
        lines.append(
            TicketLine(
                position=position,
                label=item.label,
                category_name="",
                qty_milli=qty,
                unit="piece",
                unit_price_cents=item.unit_price_cents,
                discount_cents=0,
                vat_bp=item.vat_bp,
                total_cents=total,
                is_alcohol=item.alcohol,
                third_party=item.third_party,
            )
        )
    total = sum(line.total_cents for line in lines)
    by_rate: dict[int, int] = {}
    for line in lines:
        by_rate[line.vat_bp] = by_rate.get(line.vat_bp, 0) + line.total_cents
    ticket = Ticket(
        register=ctx.register,
        number=number,
        kind="refund" if refund_of is not None else "sale",
        created_at=to_utc_naive(now),
        business_date=now.astimezone(PARIS).date(),
        user_name=user_name,
        total_cents=total,
        discount_cents=0,
        line_count=len(lines),
        cashback_cents=cashback_cents,
        refund_of=refund_of,
        reason="Erreur de saisie" if refund_of is not None else "",
        lines=lines,
    )
    session.add(ticket)
    session.flush()
    for vat in split_by_rate(by_rate):
        session.add(
            TicketVat(
                ticket_id=ticket.id,
                vat_bp=vat.rate_bp,
                base_cents=vat.base_cents,
                vat_cents=vat.vat_cents,
                total_cents=vat.total_cents,
            )
        )
    for method, amount in payments or [("cash", total)]:
        session.add(
            Payment(
                ticket_id=ticket.id,
                method=method,
                amount_cents=amount,
                tendered_cents=amount if method == "cash" else 0,
                change_cents=0,
            )
        )
    seal = seal_ticket(ctx, session, ticket)
    return ticket, seal


def sell(
    ctx: ServiceContext,
    items: Sequence[Item],
    *,
    payments: Sequence[tuple[str, int]] | None = None,
    refund_of_number: int | None = None,
    cashback_cents: int = 0,
) -> tuple[int, Seal]:
    """One sale in its own transaction; returns (ticket number, seal)."""
    with ctx.uow() as uow:
        original = None
        if refund_of_number is not None:
            original = uow.session.scalars(
                select(Ticket).where(
                    Ticket.register == ctx.register, Ticket.number == refund_of_number
                )
            ).one()
        ticket, seal = add_ticket(
            ctx,
            uow.session,
            items,
            payments=payments,
            refund_of=original,
            cashback_cents=cashback_cents,
        )
        number = ticket.number
        uow.commit()
    return number, seal


def sell_days(
    ctx: ServiceContext, clock: FixedClock, first: dt.date, days: int, per_day: int = 3
) -> list[int]:
    """A few sales a day (coffee, beer, bread, a stamp) on ``days`` days; ticket numbers."""
    numbers = []
    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        for index in range(per_day):
            clock.set(at_paris(day, 9 + index))
            basket = [COFFEE, BEER] if index % 2 == 0 else [BREAD, STAMP]
            numbers.append(sell(ctx, basket)[0])
    return numbers
