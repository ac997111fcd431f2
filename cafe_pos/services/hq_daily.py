"""The daily message for headquarters, built and put in the outbox inside the closing's
transaction (``on_closure``, called by the closing service): a day's closure and its
message commit together or not at all.

Field by field in docs/hq-sync.md (JSON Schema: ``cafe_pos/domain/schemas``). Only
anonymous figures: no customer, recipient or staff name. Other parts of the software add
their optional section (stock, bread, parcels, press) through ``register_section``
(``daily_sections``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain import hq_wire
from cafe_pos.domain.vat import rate_key
from cafe_pos.fiscal import chain, hq_outbox
from cafe_pos.services import parcels
from cafe_pos.services import third_party as ledger
from cafe_pos.services.daily_sections import register_section, registered
from cafe_pos.services.figures import _cancellations, _cash, _scan_lines, _scan_tickets
from cafe_pos.store.models.fiscal import Closure, JournalEntry


def on_closure(ctx: ServiceContext, session: Session, closure: Closure) -> None:
    """A day's closure → its daily message; a month's or year's → its archive upload."""
    if ctx.training:
        return
    if closure.kind == "day":
        hq_outbox.enqueue(
            ctx,
            session,
            kind=hq_wire.KIND_DAILY,
            business_date=closure.first_day,
            version=1,
            subject=closure.period,
            data=daily_data(ctx, session, closure),
            signer=chain.session_signer(ctx, session),
        )
    else:
        # a year's archive is keyed by its last day: its first day is January's (the
        # month archive's key), and both are closed together at the year's closing
        day = closure.first_day if closure.kind == "month" else closure.last_day
        hq_outbox.enqueue_archive(ctx, session, closure.period, day)


def _chain_of(session: Session, closure_id: int) -> dict[str, Any]:
    row = session.execute(
        select(
            JournalEntry.position, JournalEntry.hash, JournalEntry.key_id, JournalEntry.signature
        ).where(JournalEntry.closure_id == closure_id)
    ).one()
    return {
        "position": int(row[0]),
        "hash": str(row[1]),
        "key": str(row[2]),
        "signature": str(row[3]),
    }


def _previous_day_closure(session: Session, closure: Closure) -> dict[str, Any] | None:
    previous = session.scalars(
        select(Closure)
        .where(
            Closure.register == closure.register,
            Closure.kind == "day",
            Closure.last_day < closure.first_day,
        )
        .order_by(Closure.last_day.desc())
        .limit(1)
    ).first()
    if previous is None:
        return None
    return {"business_date": previous.first_day.isoformat(), **_chain_of(session, previous.id)}


def _responsible_sale(
    session: Session, register: str, day: dt.date, soft_milli: int, drinks_milli: int
) -> dict[str, int | str]:
    """The Z's anonymous responsible-sale block, read in the closing's own transaction."""
    from cafe_pos.services.alcohol import indicators_from_counts
    from cafe_pos.store.models.alcohol import ResponsibleSaleCounter

    counts = {
        str(kind): int(count)
        for kind, count in session.execute(
            select(ResponsibleSaleCounter.kind, ResponsibleSaleCounter.count).where(
                ResponsibleSaleCounter.day == day
            )
        )
    }
    return indicators_from_counts(counts, soft_milli, drinks_milli)


def _count(count: int, cents: int) -> dict[str, int]:
    return {"count": count, "amount_cents": cents}


def daily_data(ctx: ServiceContext, session: Session, closure: Closure) -> dict[str, Any]:
    """The ``data`` object of a daily message, from the closure (as sealed) and the day's
    tickets, lines, cash sessions and responsible-sale counters."""
    day, register = closure.first_day, closure.register
    tickets = _scan_tickets(session, register, day, day)
    lines = _scan_lines(session, register, day, day)
    cancellations = _cancellations(session, register, day, day)
    cash, withdrawals = _cash(session, register, day, day)
    families: dict[str, int] = defaultdict(int)
    for category, cents in lines.by_category.items():
        families[hq_wire.family_of(category, category in lines.third_party)] += cents
    hours: dict[int, int] = defaultdict(int)
    for (_weekday, hour), cents in tickets.week_hours.items():
        hours[hour] += cents
    third_party = sum(lines.third_party.values())
    counted = [c for c in cash if c.difference_cents is not None]
    sale_count = closure.sale_count
    data: dict[str, Any] = {
        "tickets": sale_count,
        "refund_tickets": closure.refund_count,
        "first_ticket_number": closure.first_number,
        "last_ticket_number": closure.last_number,
        "total_cents": closure.total_cents,
        "sales_cents": closure.sales_cents,
        "average_basket_cents": (closure.sales_cents * 2 + sale_count) // (sale_count * 2)
        if sale_count
        else 0,
        "by_vat_rate": [
            {
                "rate": rate_key(v.vat_bp),
                "rate_bp": v.vat_bp,
                "base_cents": v.base_cents,
                "vat_cents": v.vat_cents,
                "total_cents": v.total_cents,
            }
            for v in sorted(closure.vat_lines, key=lambda v: -v.vat_bp)
            if (v.base_cents, v.vat_cents, v.total_cents) != (0, 0, 0)
        ],
        "by_payment_method": {p.method: p.amount_cents for p in closure.payments},
        "own_sales_cents": closure.total_cents - third_party,
        "third_party": {
            "total_cents": third_party,
            "by_kind": [
                {"kind": name, "total_cents": cents}
                for name, cents in sorted(lines.third_party.items())
            ],
            "withdrawals": _count(withdrawals.count, withdrawals.cents),
            **ledger.figures_for_hq(session, register, day),
        },
        "refunds": _count(closure.refund_count, closure.refunds_cents),
        "cancellations": _count(cancellations.count, cancellations.cents),
        "discounts": _count(tickets.discounts.count, tickets.discounts.cents),
        "cashback": _count(tickets.cashback.count, tickets.cashback.cents),
        "sales_by_family": {name: families.get(name, 0) for name in hq_wire.FAMILIES},
        "sales_by_category": [
            {"category": name, "total_cents": cents}
            for name, cents in sorted(lines.by_category.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "sales_by_hour": [{"hour": h, "total_cents": hours[h]} for h in sorted(hours)],
        "cash": {
            "sessions": len(cash),
            "counted_sessions": len(counted),
            "difference_cents": sum(c.difference_cents or 0 for c in counted),
        },
        "responsible_sale": _responsible_sale(
            session, register, day, lines.soft_drinks_milli, lines.drinks_milli
        ),
        "closure": {
            "perpetual_total_cents": closure.perpetual_total_cents,
            "perpetual_total_absolute_cents": closure.perpetual_total_absolute_cents,
            "chain": _chain_of(session, closure.id),
            "previous": _previous_day_closure(session, closure),
        },
    }
    for name, builder in registered().items():
        section = builder(ctx, session, day)
        if section is not None:
            data[name] = section
    return data


register_section("parcels", parcels.daily_section)  # the relay's anonymous counts
