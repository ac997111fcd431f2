"""Refunds and cancellations: a new negative ticket linked to the original, never an edit.

A manager (PIN) gives a reason and picks lines and quantities; the refund ticket (kind
"refund", ``refund_of_id``) carries the negative lines, VAT and payment, the stock comes
back, and the cancellation is recorded in the technical journal (code 190). A line can
never be refunded beyond what was sold minus what was already refunded. Amounts of a
partial quantity are the line's total prorated and rounded half-up; the last remaining
quantity takes exactly what is left, so a line refunded in several goes adds up to it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents, MilliQty, format_eur
from cafe_pos.domain.payments import ACCOUNT, CARD, CASH, CHEQUE
from cafe_pos.domain.receipt import ReceiptPayment
from cafe_pos.domain.refunds import AlreadyRefunded, RefundRefused, SoldLine, refund_part
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.domain.vat import split_by_rate, totals_by_rate
from cafe_pos.fiscal.canonical import LineRow, PaymentRow, TicketHeader, TicketRecord, VatRow
from cafe_pos.services import sale_settings, sale_writer, stock_ledger
from cafe_pos.services.receipts import (
    account_name,
    load_ticket,
    print_lines,
    receipt_from_record,
)
from cafe_pos.services.selling import DuplicateCheckout, SaleResult, sale_time
from cafe_pos.store.models.sales import (
    AccountEntry,
    StockMovement,
    Ticket,
    TicketLine,
)
from cafe_pos.store.raw import db_datetime, raw_connection

REFUND_METHODS = (CASH, CARD, CHEQUE, ACCOUNT)
MAX_REASON_LENGTH = 255


class RefundError(UserError):
    """A refund that cannot be done (French message)."""


@dataclass(frozen=True, slots=True)
class TicketSummary:
    number: int
    kind: str  # sale | refund
    at: dt.datetime  # local time
    business_date: dt.date
    total_cents: Cents
    line_count: int
    operator: str
    refund_of_number: int | None


@dataclass(frozen=True, slots=True)
class DetailLine:
    position: int
    label: str
    qty_milli: MilliQty
    unit: str
    unit_price_cents: Cents
    discount_cents: Cents
    total_cents: Cents
    vat_bp: int
    refunded_qty_milli: MilliQty
    refundable_qty_milli: MilliQty


@dataclass(frozen=True, slots=True)
class TicketDetail:
    summary: TicketSummary
    lines: tuple[DetailLine, ...]
    payments: tuple[ReceiptPayment, ...]
    refund_numbers: tuple[int, ...]  # refund tickets already made against it


def _summary(ticket: Ticket, refund_of_number: int | None) -> TicketSummary:
    return TicketSummary(
        number=ticket.number,
        kind=ticket.kind,
        at=from_utc_naive(ticket.created_at),
        business_date=ticket.business_date,
        total_cents=ticket.total_cents,
        line_count=ticket.line_count,
        operator=ticket.user_name,
        refund_of_number=refund_of_number,
    )


def find_tickets(
    ctx: ServiceContext, number: int | None = None, day: dt.date | None = None, *, limit: int = 500
) -> list[TicketSummary]:
    """Tickets of this register by number, or of a business day (newest first)."""
    if number is None and day is None:
        raise RefundError("Indiquez un numéro de ticket ou une date")
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        query = select(Ticket).where(Ticket.register == ctx.register)
        if number is not None:
            query = query.where(Ticket.number == number)
        if day is not None:
            query = query.where(Ticket.business_date == day)
        tickets = list(session.scalars(query.order_by(Ticket.number.desc()).limit(limit)))
        originals = {t.refund_of_id for t in tickets if t.refund_of_id is not None}
        numbers = {
            ticket_id: ticket_number
            for ticket_id, ticket_number in session.execute(
                select(Ticket.id, Ticket.number).where(Ticket.id.in_(originals))
            )
        }
        return [
            _summary(t, numbers.get(t.refund_of_id) if t.refund_of_id else None) for t in tickets
        ]


def _refunded_by_line(session: Session, ticket_id: int) -> dict[int, tuple[MilliQty, Cents, Cents]]:
    """Original line id -> (quantity, total, discount) already refunded (positive numbers)."""
    refund_ids = select(Ticket.id).where(Ticket.refund_of_id == ticket_id)
    rows = session.execute(
        select(
            TicketLine.refund_of_line_id,
            func.sum(TicketLine.qty_milli),
            func.sum(TicketLine.total_cents),
            func.sum(TicketLine.discount_cents),
        )
        .where(TicketLine.ticket_id.in_(refund_ids))
        .group_by(TicketLine.refund_of_line_id)
    )
    return {
        int(line_id): (-int(qty), -int(total), -int(discount))
        for line_id, qty, total, discount in rows
        if line_id is not None
    }


def ticket_detail(ctx: ServiceContext, number: int) -> TicketDetail:
    """A ticket with, for each line, the quantity that can still be refunded."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        ticket = load_ticket(session, ctx.register, number)
        refunded = _refunded_by_line(session, ticket.id) if ticket.kind == "sale" else {}
        original = session.get(Ticket, ticket.refund_of_id) if ticket.refund_of_id else None
        refund_numbers = tuple(
            session.scalars(
                select(Ticket.number)
                .where(Ticket.refund_of_id == ticket.id)
                .order_by(Ticket.number)
            )
        )
        lines = []
        for line in ticket.lines:
            done = refunded.get(line.id, (0, 0, 0))[0]
            lines.append(
                DetailLine(
                    position=line.position,
                    label=line.label,
                    qty_milli=line.qty_milli,
                    unit=line.unit,
                    unit_price_cents=line.unit_price_cents,
                    discount_cents=line.discount_cents,
                    total_cents=line.total_cents,
                    vat_bp=line.vat_bp,
                    refunded_qty_milli=done,
                    refundable_qty_milli=max(line.qty_milli - done, 0)
                    if ticket.kind == "sale"
                    else 0,
                )
            )
        return TicketDetail(
            summary=_summary(ticket, original.number if original is not None else None),
            lines=tuple(lines),
            payments=tuple(ReceiptPayment(p.method, p.amount_cents) for p in ticket.payments),
            refund_numbers=refund_numbers,
        )


def refund(
    ctx: ServiceContext,
    manager: Actor,
    number: int,
    lines: list[tuple[int, MilliQty]],
    reason: str,
    refund_method: str,
    *,
    token: str | None = None,
    print_receipt: bool = False,
    open_drawer: bool = True,
) -> SaleResult:
    """Refund some lines of ticket n° ``number`` (positions and quantities) as a new ticket."""
    from cafe_pos.fiscal.events import EventCode, record_event
    from cafe_pos.fiscal.journal import PlainTicket, seal_account_entry, seal_ticket
    from cafe_pos.services.closing import ensure_can_sell
    from cafe_pos.services.printing import enqueue_document, enqueue_drawer_pulse

    manager.require(Permission.REFUND)
    reason = one_line(reason, "Le motif du remboursement")
    if not reason:
        raise RefundError("Indiquez le motif du remboursement")
    if len(reason) > MAX_REASON_LENGTH:
        raise RefundError(f"Motif trop long ({MAX_REASON_LENGTH} caractères au plus)")
    if refund_method not in REFUND_METHODS:
        raise RefundError("Remboursement : espèces, carte, chèque ou compte client")
    if not lines:
        raise RefundError("Choisissez au moins une ligne à rembourser")
    if ctx.training:
        raise RefundError("Pas de remboursement en mode formation")
    positions = [position for position, _ in lines]
    if len(set(positions)) != len(positions):
        raise RefundError("Une même ligne est choisie deux fois")
    with ctx.uow() as uow:
        session = uow.session
        if token is not None:
            existing = session.scalar(select(Ticket.number).where(Ticket.client_token == token))
            if existing is not None:
                raise DuplicateCheckout(existing)
        original = load_ticket(session, ctx.register, number)
        if original.kind != "sale":
            raise RefundError(f"Le ticket n° {number} est déjà un remboursement")
        if refund_method == ACCOUNT and original.customer_account_id is None:
            raise RefundError(f"Le ticket n° {number} n'a pas été payé sur un compte client")
        created, _now, day = sale_time(ctx, session)
        day = ensure_can_sell(ctx, session, day)
        by_position = {line.position: line for line in original.lines}
        refunded = _refunded_by_line(session, original.id)
        new_lines: list[LineRow] = []
        refunded_ids: list[int | None] = []
        for position, qty in sorted(lines):
            line = by_position.get(position)
            if line is None:
                raise RefundError(f"Le ticket n° {number} n'a pas de ligne {position}")
            done_qty, done_total, done_discount = refunded.get(line.id, (0, 0, 0))
            sold = SoldLine(line.position, line.label, line.unit, line.qty_milli,
                            line.total_cents, line.discount_cents)  # fmt: skip
            try:
                total, discount = refund_part(
                    sold, AlreadyRefunded(done_qty, done_total, done_discount), qty
                )
            except RefundRefused as exc:
                raise RefundError(str(exc)) from exc
            new_lines.append(
                LineRow(
                    position=len(new_lines) + 1,
                    label=line.label,
                    category_name=line.category_name,
                    qty_milli=-qty,
                    unit=line.unit,
                    unit_price_cents=line.unit_price_cents,
                    discount_cents=-discount,
                    vat_bp=line.vat_bp,
                    total_cents=-total,
                    takeaway=line.takeaway,
                    is_alcohol=line.is_alcohol,
                    is_drink=line.is_drink,
                    third_party=line.third_party,
                    meal_voucher_ok=line.meal_voucher_ok,
                    is_deposit=line.is_deposit,
                    refund_of_position=line.position,
                    product_id=line.product_id,
                )
            )
            refunded_ids.append(line.id)
        total = sum(line.total_cents for line in new_lines)
        vat_lines = split_by_rate(totals_by_rate((ln.vat_bp, ln.total_cents) for ln in new_lines))
        account_id = original.customer_account_id if refund_method == ACCOUNT else None
        record = TicketRecord(
            TicketHeader(
                register=ctx.register,
                number=_next_number(session, ctx.register),
                kind="refund",
                created_at=created,
                business_date=day,
                user_name=manager.name,
                total_cents=total,
                discount_cents=sum(ln.discount_cents for ln in new_lines),
                line_count=len(new_lines),
                cashback_cents=0,
                refund_of_number=original.number,
                reason=reason,
                tab_label="",
                user_id=manager.user_id,
                customer_account_id=account_id,
            ),
            new_lines,
            [VatRow(v.rate_bp, v.base_cents, v.vat_cents, v.total_cents) for v in vat_lines],
            [PaymentRow(refund_method, total, total, 0)] if total else [],
        )
        # the one write path of tickets (a sale's too): rows and seal from the same values
        conn = raw_connection(session)
        try:
            ticket_id = sale_writer.write_ticket(
                conn,
                record,
                token=token,
                refund_of_id=original.id,
                refund_of_line_ids=refunded_ids,
            )
        except sqlite3.IntegrityError as exc:
            if "client_token" in str(exc):
                raise DuplicateCheckout(None) from exc
            raise
        header = record.header
        stocked = set(
            session.scalars(
                select(StockMovement.product_id).where(
                    StockMovement.ticket_id == original.id, StockMovement.kind == "sale"
                )
            )
        )
        stock_ledger.put_back_refunded(
            conn,
            ticket_id,
            db_datetime(created),
            [
                (ln.product_id, -ln.qty_milli)
                for ln in new_lines
                if ln.product_id is not None and ln.product_id in stocked
            ],
            note=f"Remboursement du ticket n° {number}",
            user_name=manager.name,
        )
        entry = None
        if refund_method == ACCOUNT and original.customer_account_id is not None and total:
            entry = AccountEntry(
                account_id=original.customer_account_id,
                created_at=created,
                amount_cents=total,
                kind="refund",
                method="",
                ticket_id=ticket_id,
                user_name=manager.name,
            )
            session.add(entry)
        seal = seal_ticket(ctx, session, PlainTicket(ticket_id, record))
        if entry is not None:
            session.flush()
            seal_account_entry(ctx, session, entry.id)
        record_event(
            ctx,
            session,
            EventCode.TICKET_CANCELLATION,
            f"Ticket n° {header.number} : remboursement de {format_eur(-total)} sur le ticket "
            f"n° {number} — {reason}",
            actor_name=manager.name,
            details={
                "ticket": header.number,
                "refund_of": number,
                "total_cents": total,
                "method": refund_method,
                "reason": reason,
            },
        )
        receipt = receipt_from_record(
            record,
            shop=sale_settings.load_shop(session),
            footer=sale_settings.load(session).footer_lines,
            signature_short=seal.short,
            customer_account=account_name(session, account_id),
        )
        if open_drawer and refund_method == CASH and total:
            enqueue_drawer_pulse(session)
        job_id = None
        if print_receipt:
            job_id = enqueue_document(
                session, "receipt", print_lines(session, receipt), ticket_number=header.number
            )
        result = SaleResult(header.number, total, 0, 0, receipt, job_id, ())
        uow.commit()
        return result


def _next_number(session: Session, register: str) -> int:
    """The next ticket number (after any number a restore discarded: sale_writer)."""
    return sale_writer.token_and_next_number(raw_connection(session), register, None)[1]
