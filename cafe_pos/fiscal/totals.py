"""Period totals of a register, aggregated in SQL over the tickets (business dates).

Conventions (also those of the closures and of ``report --json``): a ticket whose total is
negative is a refund, any other is a sale; ``sales_cents`` sums the sales,
``refunds_cents`` is the absolute sum of the refunds, ``total_cents`` the net. Per VAT
rate, the same split by the sign of each ticket's VAT line. Payments are net per method;
``third_party_cents`` sums the lines collected for others (press, stamps...),
``cashback_cents`` the cash handed out against card payments.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Date, String, bindparam, case, func, select
from sqlalchemy.orm import Session

from cafe_pos.store.models.sales import Payment, Ticket, TicketLine, TicketVat


@dataclass(frozen=True, slots=True)
class VatTotal:
    rate_bp: int
    base_cents: int  # HT
    vat_cents: int
    total_cents: int  # TTC, net
    sales_cents: int
    refunds_cents: int  # absolute


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    register: str
    first_day: dt.date
    last_day: dt.date
    ticket_count: int
    sale_count: int
    refund_count: int
    first_number: int | None
    last_number: int | None
    sales_cents: int
    refunds_cents: int  # absolute
    total_cents: int  # net = sales - refunds
    discount_cents: int
    third_party_cents: int
    cashback_cents: int
    vat_lines: tuple[VatTotal, ...]  # highest rate first
    payments: tuple[tuple[str, int], ...]  # (method, net cents), by method name

    @property
    def own_sales_cents(self) -> int:
        """Net turnover of the café itself (without the money collected for others)."""
        return self.total_cents - self.third_party_cents

    def payment(self, method: str) -> int:
        return dict(self.payments).get(method, 0)


def ticket_register_is(register: object) -> ColumnElement[bool]:
    """``tickets.register = ?``: with a business-date range, SQLite walks the
    (register, business_date) index."""
    return Ticket.register == register


_REGISTER = bindparam("register", type_=String)
_FIRST = bindparam("first_day", type_=Date)
_LAST = bindparam("last_day", type_=Date)
_IN_PERIOD = (
    ticket_register_is(_REGISTER),
    Ticket.business_date >= _FIRST,
    Ticket.business_date <= _LAST,
)
_REFUND = Ticket.total_cents < 0
_VAT_REFUND = TicketVat.total_cents < 0

# Built once: period_totals runs for every closure when a year is verified.
_HEAD = select(
    func.count(Ticket.id),
    func.coalesce(func.sum(case((_REFUND, 0), else_=1)), 0),
    func.min(Ticket.number),
    func.max(Ticket.number),
    func.coalesce(func.sum(case((_REFUND, 0), else_=Ticket.total_cents)), 0),
    func.coalesce(func.sum(case((_REFUND, -Ticket.total_cents), else_=0)), 0),
    func.coalesce(func.sum(Ticket.discount_cents), 0),
    func.coalesce(func.sum(Ticket.cashback_cents), 0),
).where(*_IN_PERIOD)
_VAT = (
    select(
        TicketVat.vat_bp,
        func.sum(TicketVat.base_cents),
        func.sum(TicketVat.vat_cents),
        func.sum(TicketVat.total_cents),
        func.sum(case((_VAT_REFUND, 0), else_=TicketVat.total_cents)),
        func.sum(case((_VAT_REFUND, -TicketVat.total_cents), else_=0)),
    )
    .join(Ticket, Ticket.id == TicketVat.ticket_id)
    .where(*_IN_PERIOD)
    .group_by(TicketVat.vat_bp)
    .order_by(TicketVat.vat_bp.desc())
)
_PAYMENTS = (
    select(Payment.method, func.sum(Payment.amount_cents))
    .join(Ticket, Ticket.id == Payment.ticket_id)
    .where(*_IN_PERIOD)
    .group_by(Payment.method)
    .order_by(Payment.method)
)
_THIRD_PARTY = (
    select(func.coalesce(func.sum(TicketLine.total_cents), 0))
    .join(Ticket, Ticket.id == TicketLine.ticket_id)
    .where(TicketLine.third_party.is_(True), *_IN_PERIOD)
)


def period_totals(
    session: Session, register: str, first_day: dt.date, last_day: dt.date
) -> PeriodTotals:
    """Totals of the tickets of ``register`` whose business date is in [first, last]."""
    params = {"register": register, "first_day": first_day, "last_day": last_day}
    head = session.execute(_HEAD, params).one()
    count, sales_count, first_number, last_number, sales, refunds, discount, cashback = head
    vat_rows = session.execute(_VAT, params).all()
    payment_rows = session.execute(_PAYMENTS, params).all()
    third_party = session.scalar(_THIRD_PARTY, params)
    return PeriodTotals(
        register=register,
        first_day=first_day,
        last_day=last_day,
        ticket_count=int(count),
        sale_count=int(sales_count),
        refund_count=int(count) - int(sales_count),
        first_number=first_number,
        last_number=last_number,
        sales_cents=int(sales),
        refunds_cents=int(refunds),
        total_cents=int(sales) - int(refunds),
        discount_cents=int(discount),
        third_party_cents=int(third_party or 0),
        cashback_cents=int(cashback),
        vat_lines=tuple(
            VatTotal(int(rate), int(base), int(vat), int(total), int(s), int(r))
            for rate, base, vat, total, s, r in vat_rows
        ),
        payments=tuple((str(method), int(amount)) for method, amount in payment_rows),
    )
