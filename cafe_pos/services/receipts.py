"""Receipts: what a stored ticket says (``ReceiptData``), rebuilt from the database, and
reprints (duplicates: sealed in the fiscal journal, numbered, marked "DUPLICATA").

Receipts are printed only when the customer asks (code de l'environnement L541-15-10):
the sale stores everything; the receipt is built from the stored rows whenever needed.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from cafe_pos import __version__
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.receipt import ReceiptData, ReceiptLine, ReceiptPayment, ShopHeader
from cafe_pos.domain.receipt_layout import PrintLine, build_receipt
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.domain.vat import VatLine
from cafe_pos.fiscal.canonical import TicketRecord
from cafe_pos.fiscal.records import load_tickets
from cafe_pos.services import sale_settings
from cafe_pos.store.models.sales import CustomerAccount, Ticket
from cafe_pos.store.models.settings import CafeIdentity

_IDENTITY = (
    select(
        CafeIdentity.name,
        CafeIdentity.address,
        CafeIdentity.siret,
        CafeIdentity.naf_code,
        CafeIdentity.vat_number,
    )
    .order_by(CafeIdentity.id)
    .limit(1)
)


def shop_header(session: Session) -> ShopHeader:
    """The café's identity as printed on receipts (blank until ``init`` sets it)."""
    row = session.connection().execute(_IDENTITY).first()
    if row is None:
        return ShopHeader(name="", address="", siret="", naf_code="", vat_number="")
    name, address, siret, naf_code, vat_number = row
    return ShopHeader(name, address, siret, naf_code, vat_number)


def receipt_footer(session: Session) -> tuple[str, ...]:
    return sale_settings.load(session).footer_lines


def paper_width(session: Session) -> int:
    """Characters per line of the receipt printer (devices setting), 48 by default."""
    return sale_settings.load(session).paper_width


def print_lines(session: Session, data: ReceiptData, width: int | None = None) -> list[PrintLine]:
    return build_receipt(data, width or paper_width(session))


def load_ticket(session: Session, register: str, number: int) -> Ticket:
    ticket = session.scalars(
        select(Ticket)
        .where(Ticket.register == register, Ticket.number == number)
        .options(
            selectinload(Ticket.lines),
            selectinload(Ticket.vat_lines),
            selectinload(Ticket.payments),
        )
    ).first()
    if ticket is None:
        raise NotFound(f"Ticket n° {number} introuvable")
    return ticket


def receipt_from_record(
    record: TicketRecord,
    *,
    shop: ShopHeader,
    footer: tuple[str, ...],
    signature_short: str,
    customer_account: str = "",
    duplicate_copy: int | None = None,
) -> ReceiptData:
    """The one mapping of a ticket to what its receipt shows, from its canonical record:
    the one a sale or a refund has just written (``sale_writer``) or the one read back
    from the database (``fiscal.records.load_tickets``), so a duplicate says exactly what
    the receipt of the sale said."""
    h = record.header
    return ReceiptData(
        shop=shop,
        register=h.register,
        number=h.number,
        kind=h.kind,
        at=from_utc_naive(h.created_at),
        operator=h.user_name,
        lines=tuple(
            ReceiptLine(
                label=line.label,
                qty_milli=line.qty_milli,
                unit=line.unit,
                unit_price_cents=line.unit_price_cents,
                discount_cents=line.discount_cents,
                total_cents=line.total_cents,
                vat_bp=line.vat_bp,
            )
            for line in record.lines
        ),
        vat_lines=tuple(
            VatLine(v.vat_bp, v.base_cents, v.vat_cents, v.total_cents)
            for v in sorted(record.vat, key=lambda v: -v.vat_bp)
        ),
        total_cents=h.total_cents,
        payments=tuple(ReceiptPayment(p.method, p.amount_cents) for p in record.payments),
        change_cents=sum(p.change_cents for p in record.payments),
        cashback_cents=h.cashback_cents,
        discount_cents=h.discount_cents,
        refund_of_number=h.refund_of_number,
        signature_short=signature_short,
        software_version=__version__,
        duplicate_copy=duplicate_copy,
        tab_label=h.tab_label,
        customer_account=customer_account,
        footer=footer,
    )


def account_name(session: Session, account_id: int | None) -> str:
    """The customer account's name printed on a ticket paid (or refunded) on it."""
    if account_id is None:
        return ""
    account = session.get(CustomerAccount, account_id)
    return account.name if account is not None else ""


def stored_receipt(
    session: Session,
    ticket_id: int,
    *,
    signature_short: str,
    duplicate_copy: int | None = None,
) -> ReceiptData:
    """The receipt content of a stored ticket (as printed at the sale, or as a duplicate),
    from its rows as ``verify`` reads them."""
    record = load_tickets(session, [ticket_id])[ticket_id]
    return receipt_from_record(
        record,
        shop=sale_settings.load_shop(session),
        footer=sale_settings.load(session).footer_lines,
        signature_short=signature_short,
        customer_account=account_name(session, record.header.customer_account_id),
        duplicate_copy=duplicate_copy,
    )


def receipt_for_ticket(ctx: ServiceContext, number: int) -> ReceiptData:
    """The receipt of ticket n° ``number`` of this register, with its signature extract."""
    from cafe_pos.fiscal.journal import signature_for_ticket

    with ctx.uow(read_only=True) as uow:
        session = uow.session
        ticket = load_ticket(session, ctx.register, number)
        signature = signature_for_ticket(session, ctx.register, number)
        return stored_receipt(session, ticket.id, signature_short=signature)


def reprint(ctx: ServiceContext, actor: Actor, number: int) -> ReceiptData:
    """Print a duplicate: sealed in the journal, numbered, marked "DUPLICATA n° N"."""
    from cafe_pos.fiscal.journal import next_duplicate_number, seal_duplicate, signature_for_ticket
    from cafe_pos.services.printing import enqueue_document

    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        session = uow.session
        ticket = load_ticket(session, ctx.register, number)
        copy_number = next_duplicate_number(session, ticket)
        seal_duplicate(ctx, session, ticket, copy_number, actor.name)
        signature = signature_for_ticket(session, ctx.register, number)
        data = stored_receipt(
            session, ticket.id, signature_short=signature, duplicate_copy=copy_number
        )
        enqueue_document(session, "duplicate", print_lines(session, data), ticket_number=number)
        uow.commit()
        return data
