"""Accountant export: one row per day × kind × VAT rate or payment method (docs/accounting-csv.md).

Kinds: ``VENTE`` (own sales, per VAT rate), ``TIERS`` (money collected for third parties:
press, stamps..., per VAT rate), ``REGLEMENT`` (per payment method) and ``CASHBACK``
(cash handed out against card payments). For each day, VENTE + TIERS = REGLEMENT = the
day's total. The VAT per rate is the sum of the tickets' VAT (the fiscal figure); each
ticket's VAT at a rate is split between its own and its third-party lines before any
sum (``domain.vat.vat_share``), so the two rows add up to the tickets to the cent, a rate
with no own sale has no VENTE row and no row carries VAT of the wrong sign.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.figures import AccountingRow as AccountingRow
from cafe_pos.domain.formatting import date_fr
from cafe_pos.domain.receipt import PAYMENT_LABELS
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.domain.vat import format_rate, vat_share
from cafe_pos.services.figures import ReportPeriodError, check_period
from cafe_pos.services.third_party import commission_by_day
from cafe_pos.store.export_target import check_export_target
from cafe_pos.store.models.sales import Payment, Ticket, TicketLine, TicketVat

MAX_DAYS = 3 * 366


def _check_range(ctx: ServiceContext, first: dt.date, last: dt.date) -> None:
    if first > last:
        raise ReportPeriodError(
            f"Période inversée : le {date_fr(first)} est après le {date_fr(last)}"
        )
    if (last - first).days >= MAX_DAYS:
        raise ReportPeriodError("Période trop longue : trois ans au plus par export")
    if last > business_date(ctx.clock.now()):
        raise ReportPeriodError(
            f"Pas d'export jusqu'au {date_fr(last)} : cette date est dans le futur"
        )


def accounting_rows(
    ctx: ServiceContext, actor: Actor, first: dt.date, last: dt.date
) -> list[AccountingRow]:
    """The rows of the accountant export for [first, last] (a read: nothing journaled)."""
    actor.require(Permission.EXPORT)
    _check_range(ctx, first, last)
    register = ctx.register
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        check_period(
            ctx, session, first, last, f"la période du {date_fr(first)} au {date_fr(last)}"
        )
        in_period = (Ticket.register == register, Ticket.business_date.between(first, last))
        vat = session.execute(
            select(
                Ticket.business_date,
                TicketVat.vat_bp,
                func.sum(TicketVat.vat_cents),
                func.sum(TicketVat.total_cents),
            )
            .join(Ticket, Ticket.id == TicketVat.ticket_id)
            .where(*in_period)
            .group_by(Ticket.business_date, TicketVat.vat_bp)
        )
        third_lines = (
            select(
                TicketLine.ticket_id.label("ticket_id"),
                TicketLine.vat_bp.label("vat_bp"),
                func.sum(TicketLine.total_cents).label("part"),
            )
            .join(Ticket, Ticket.id == TicketLine.ticket_id)
            .where(*in_period, TicketLine.third_party.is_(True))
            .group_by(TicketLine.ticket_id, TicketLine.vat_bp)
            .subquery()
        )
        # Third-party money and its VAT, split ticket by ticket before anything is summed
        # (docs/accounting-csv.md): a rate with no own sale then has no VENTE row, and no
        # row carries VAT of the other sign than its amount.
        third: dict[tuple[dt.date, int], tuple[int, int]] = defaultdict(lambda: (0, 0))
        for day, rate, part, vat_cents, total in session.execute(
            select(
                Ticket.business_date,
                third_lines.c.vat_bp,
                third_lines.c.part,
                TicketVat.vat_cents,
                TicketVat.total_cents,
            )
            .join(Ticket, Ticket.id == third_lines.c.ticket_id)
            .join(
                TicketVat,
                (TicketVat.ticket_id == third_lines.c.ticket_id)
                & (TicketVat.vat_bp == third_lines.c.vat_bp),
            )
        ):
            sum_total, sum_vat = third[(day, rate)]
            third[(day, rate)] = (
                sum_total + int(part),
                sum_vat + vat_share(int(vat_cents), int(total), int(part)),
            )
        payments = session.execute(
            select(Ticket.business_date, Payment.method, func.sum(Payment.amount_cents))
            .join(Ticket, Ticket.id == Payment.ticket_id)
            .where(*in_period)
            .group_by(Ticket.business_date, Payment.method)
        )
        cashback = session.execute(
            select(Ticket.business_date, func.sum(Ticket.cashback_cents))
            .where(*in_period, Ticket.cashback_cents != 0)
            .group_by(Ticket.business_date)
        )
        rows_by_day: dict[dt.date, list[AccountingRow]] = defaultdict(list)
        for day, rate, vat_cents, total in vat:
            tp_total, tp_vat = third.get((day, rate), (0, 0))
            own_total, own_vat = int(total) - tp_total, int(vat_cents) - tp_vat
            key = rate_code(rate)
            if own_total or own_vat:
                rows_by_day[day].append(
                    AccountingRow(day, "VENTE", key, f"Ventes TVA {format_rate(rate)} %", rate,
                                  own_total - own_vat, own_vat, own_total)
                )  # fmt: skip
            if tp_total:
                rows_by_day[day].append(
                    AccountingRow(day, "TIERS", key, f"Encaissements pour tiers TVA {format_rate(rate)} %",
                                  rate, tp_total - tp_vat, tp_vat, tp_total)
                )  # fmt: skip
        for (day, name), commission in commission_by_day(session, register, first, last).items():
            rows_by_day[day].append(
                AccountingRow(day, "COMMISSION", name, f"Commission sur encaissements pour {name}",
                              None, None, None, commission)
            )  # fmt: skip
        for day, method, amount in payments:
            label = f"Règlements {PAYMENT_LABELS.get(method, method)}"
            rows_by_day[day].append(
                AccountingRow(day, "REGLEMENT", method, label, None, None, None, int(amount))
            )
        for day, amount in cashback:
            rows_by_day[day].append(
                AccountingRow(day, "CASHBACK", "cashback", "Cash-back (espèces remises contre carte)",
                              None, None, None, int(amount))
            )  # fmt: skip
    order = {"VENTE": 0, "TIERS": 1, "COMMISSION": 2, "REGLEMENT": 3, "CASHBACK": 4}
    return [
        row
        for day in sorted(rows_by_day)
        for row in sorted(
            rows_by_day[day], key=lambda r: (order[r.kind], -(r.rate_bp or 0), r.code)
        )
    ]


def export_accounting(
    ctx: ServiceContext,
    actor: Actor,
    first: dt.date,
    last: dt.date,
    out: Path,
    write: Callable[[Sequence[AccountingRow], Path], Path],
) -> tuple[Path, int]:
    """Write the accountant export with ``write`` (the CSV writer) and journal it (event
    110) only once the file is completely written; returns (path, row count)."""
    check_export_target(out)
    rows = accounting_rows(ctx, actor, first, last)
    path = write(rows, out)
    with ctx.uow() as uow:
        _record_export(ctx, uow.session, actor, first, last)
        uow.commit()
    return path, len(rows)


def rate_code(rate_bp: int) -> str:
    from cafe_pos.domain.vat import rate_key

    return rate_key(rate_bp)


def _record_export(
    ctx: ServiceContext, session: Session, actor: Actor, first: dt.date, last: dt.date
) -> None:
    """JET event 110 (data export), when the fiscal journal is installed."""
    from cafe_pos.services import tech_events

    tech_events.record(
        ctx,
        session,
        110,
        f"Export comptable du {date_fr(first)} au {date_fr(last)}",
        actor_name=actor.name,
        names=("DATA_EXPORT", "EXPORT"),
        details={"kind": "accounting", "from": first.isoformat(), "to": last.isoformat()},
    )
