"""Selling at the counter: items for the sale keys, scans and searches, discount approval,
and ``checkout`` — one transaction that writes a whole sale or nothing. (The read side —
sale keys, search, scans — lives in ``sale_items`` and is re-exported here.)

``checkout`` writes, in ONE unit of work: the ticket (numbered without gaps per register,
max + 1 inside the BEGIN IMMEDIATE transaction), its lines, VAT summary and payments, one
stock movement per stocked line, the customer-account entry, the tab lines marked paid,
the fiscal seal (``cafe_pos.fiscal.journal.seal_ticket``) and, when the customer asks for
it, the receipt print job (plus a drawer pulse for cash). Anything failing rolls it all
back. The cart's ``token`` is stored on the ticket (unique): the same cart can never be
committed twice (a double click on "Payer" gets ``DuplicateCheckout``).

Training mode (``ctx.training``): the sale is computed and its receipt marked
"FORMATION", but no ticket, payment, stock movement or seal is written; only the print
job of a training receipt the cashier asked for.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cafe_pos import __version__
from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.cart import Cart, CartLine, PricesChanged
from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import NotFound, PermissionDenied, UserError
from cafe_pos.domain.money import Cents, format_eur, format_quantity, line_total
from cafe_pos.domain.payments import (
    ACCOUNT,
    CASH,
    AppliedPayment,
    PaymentInput,
    Settlement,
    settle,
)
from cafe_pos.domain.receipt import ReceiptData, ReceiptLine, ReceiptPayment
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal import chain, journal
from cafe_pos.services import cash, printing, sale_settings, sale_writer, third_party
from cafe_pos.services.alcohol import check_cart_allowed
from cafe_pos.services.closing import ensure_can_sell
from cafe_pos.services.receipts import (
    print_lines,
    receipt_footer,
    receipt_from_record,
    shop_header,
)
from cafe_pos.services.sale_items import (
    QuickCategory,
    ScanResult,
    follow_catalogue,
    item_from_product,
    product_query,
    quick_keys,
    sale_item,
    sale_items,
    scan,
    search_items,
)
from cafe_pos.services.settings import get_int
from cafe_pos.store.models.sales import (
    AccountEntry,
    CustomerAccount,
    Tab,
    TabLine,
)
from cafe_pos.store.raw import raw_connection

MAX_TOKEN_LENGTH = 64


class ManagerApprovalNeeded(PermissionDenied):
    """A staff discount above the limit: a manager enters their PIN, then call again."""

    def __init__(self, requested_bp: int, limit_bp: int) -> None:
        self.requested_bp = requested_bp
        self.limit_bp = limit_bp
        super().__init__(
            f"Remise de {_pct(requested_bp)} au-delà de la limite de {_pct(limit_bp)} : "
            "un·e gérant·e doit valider avec son code"
        )


class DuplicateCheckout(UserError):
    """This cart was already paid (double click on "Payer")."""

    def __init__(self, ticket_number: int | None) -> None:
        self.ticket_number = ticket_number
        number = f" (ticket n° {ticket_number})" if ticket_number is not None else ""
        super().__init__(f"Ce ticket est déjà encaissé{number} : rien n'a été enregistré deux fois")


class AccountLimitExceeded(UserError):
    """Paying on a customer account beyond its limit."""


def _pct(bp: int) -> str:
    units, rest = divmod(bp, 100)
    return f"{units} %" if rest == 0 else f"{units},{rest:02d}".rstrip("0") + " %"


def discount_limit_bp(ctx: ServiceContext, session: Session | None = None) -> int:
    return get_int(ctx, "sales.staff_discount_limit_bp", session=session)


def check_discounts(cart: Cart, actor: Actor, approver: Actor | None, limit_bp: int) -> bool:
    """True when a manager approval above the limit is in use (to journal it)."""
    requested = cart.max_discount_bp()
    if requested <= limit_bp or actor.can(Permission.DISCOUNT_ABOVE_LIMIT):
        return False
    if approver is not None:
        approver.require(Permission.DISCOUNT_ABOVE_LIMIT)
        cart.approve_discounts(approver.name)
        return True
    if cart.discount_approver is not None and requested <= cart.approved_discount_bp:
        return True
    raise ManagerApprovalNeeded(requested, limit_bp)


def authorize_discount(
    ctx: ServiceContext, actor: Actor, cart: Cart, approver: Actor | None = None
) -> None:
    """Raise ManagerApprovalNeeded when a staff discount exceeds the limit; with a manager as
    ``approver`` (from ``verify_manager_pin``) the cart's discounts are approved as they are."""
    with ctx.uow(read_only=True) as uow:
        limit = discount_limit_bp(ctx, uow.session)
    check_discounts(cart, actor, approver, limit)


# ---------------------------------------------------------------------- checkout
@dataclass(frozen=True, slots=True)
class SaleResult:
    ticket_number: int | None  # None in training mode
    total_cents: Cents
    change_cents: Cents
    cashback_cents: Cents
    receipt: ReceiptData
    print_job_id: int | None
    payments: tuple[AppliedPayment, ...] = field(default=())


def _settle_cart(cart: Cart, payments: list[PaymentInput], cashback_cents: Cents) -> Settlement:
    return settle(
        cart.total_cents,
        payments,
        meal_voucher_cap=cart.meal_voucher_eligible_cents,
        cashback_cents=cashback_cents,
        has_alcohol=cart.has_alcohol,
        alcohol_cents=cart.alcohol_total_cents,
    )


def _check_token(token: str) -> None:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        raise UserError("Jeton d'encaissement invalide : recommencez le ticket")


def refuse_stale_prices(ctx: ServiceContext, cart: Cart) -> None:
    """The catalogue's price at commit time, not the one the screen cached: a changed price
    re-prices the cart and refuses this payment (the new total must be seen first)."""
    with ctx.uow(read_only=True) as uow:
        changes = follow_catalogue(uow.session, cart)
    if changes:
        raise PricesChanged(changes)


def checkout(
    ctx: ServiceContext,
    actor: Actor,
    cart: Cart,
    payments: list[PaymentInput],
    *,
    cashback_cents: Cents = 0,
    customer_account_id: int | None = None,
    tab_id: int | None = None,
    print_receipt: bool = False,
    token: str,
    open_drawer: bool = True,
) -> SaleResult:
    """Pay the cart: everything a sale writes commits together, or nothing does.

    ``open_drawer``: pulse the cash drawer when cash changes hands (simulate says no).
    """
    actor.require(Permission.SELL)
    _check_token(token)
    if cart.is_empty:
        raise UserError("Le ticket est vide : ajoutez un article")
    if ctx.training:
        refuse_stale_prices(ctx, cart)
        settlement = _settle_cart(cart, payments, cashback_cents)
        return _training_sale(ctx, actor, cart, settlement, print_receipt)
    with ctx.uow.kept() as uow:  # the till's kept connection: a sale pays for no set-up
        # the catalogue's prices read in the sale's own transaction (the write lock is
        # held): what is checked is what is sold, and one transaction instead of two
        changes = follow_catalogue(uow.session, cart)
        if changes:
            raise PricesChanged(changes)
        settlement = _settle_cart(cart, payments, cashback_cents)
        result = record_sale(
            ctx,
            uow.session,
            actor,
            cart,
            settlement,
            customer_account_id=customer_account_id,
            tab_id=tab_id,
            print_receipt=print_receipt,
            token=token,
            open_drawer=open_drawer,
        )
        try:
            uow.commit()
        except IntegrityError as exc:
            if "client_token" in str(exc.orig):
                raise DuplicateCheckout(None) from exc
            raise
        return result


def account_balance(session: Session, account_id: int) -> Cents:
    total = session.scalar(
        select(func.coalesce(func.sum(AccountEntry.amount_cents), 0)).where(
            AccountEntry.account_id == account_id
        )
    )
    return int(total or 0)


def _check_account(session: Session, account_id: int | None, amount: Cents) -> CustomerAccount:
    if account_id is None:
        raise UserError("Choisissez le compte client à débiter")
    account = session.get(CustomerAccount, account_id)
    if account is None or not account.active:
        raise NotFound("Ce compte client n'existe pas ou est fermé")
    available = account.limit_cents - account_balance(session, account_id)
    if amount > available:
        raise AccountLimitExceeded(
            f"Plafond du compte de {account.name} atteint : disponible {format_eur(max(available, 0))}"
        )
    return account


def _check_tab_lines(session: Session, tab_id: int | None, cart: Cart) -> Tab | None:
    line_ids = [ln.tab_line_id for ln in cart.lines if ln.tab_line_id is not None]
    if tab_id is None:
        if line_ids:
            raise UserError("Ces lignes appartiennent à une ardoise : payez-les depuis l'ardoise")
        return None
    tab = session.get(Tab, tab_id)
    if tab is None or tab.status != "open":
        raise NotFound("Cette ardoise n'existe pas ou est déjà réglée")
    if line_ids:
        rows = session.scalars(
            select(TabLine).where(TabLine.id.in_(line_ids), TabLine.tab_id == tab_id)
        ).all()
        if len(rows) != len(set(line_ids)) or any(r.paid_ticket_id is not None for r in rows):
            raise UserError(
                "Ces lignes de l'ardoise ont changé (déjà payées ou déplacées) : rouvrez-la"
            )
    return tab


def record_sale(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    cart: Cart,
    settlement: Settlement,
    *,
    customer_account_id: int | None = None,
    tab_id: int | None = None,
    print_receipt: bool = False,
    token: str | None = None,
    open_drawer: bool = True,
) -> SaleResult:
    """Write a paid sale inside the caller's transaction (the caller commits).

    The hot path runs plain SQL on the session's own connection and transaction
    (``sale_writer``): the ticket, its lines, VAT lines, payments and stock movements are
    inserted from plain values, and the fiscal seal is built from those same values.
    """
    conn = raw_connection(session)  # begins the BEGIN IMMEDIATE transaction if needed
    existing, number = sale_writer.token_and_next_number(conn, ctx.register, token)
    if existing is not None:
        raise DuplicateCheckout(existing)
    conf = sale_settings.load(session)
    slot = chain.prepare(ctx, session)  # checks the signing key; the ticket's fiscal time
    created = slot.at
    now = from_utc_naive(created)
    day = ensure_can_sell(ctx, session, business_date(now, conf.day_change_hour))
    approved = check_discounts(cart, actor, None, conf.staff_discount_limit_bp)
    on_account = sum(p.amount_cents for p in settlement.payments if p.method == ACCOUNT)
    account = _check_account(session, customer_account_id, on_account) if on_account else None
    if on_account:  # stamps and postal items are never sold on credit
        third_party.check_not_on_credit(
            session,
            [ln.item.product_id for ln in cart.lines if ln.item.third_party and ln.item.product_id],
            on_account,
        )
    tab = _check_tab_lines(session, tab_id, cart)
    check_cart_allowed(ctx, cart, now, tab_id=tab_id, session=session)  # responsible sale
    if settlement.cashback_cents or any(p.method == CASH for p in settlement.payments):
        cash.ensure_drawer_open(ctx, session, actor, created, day)  # no cash outside it

    vat_lines = cart.vat_lines()
    header = sale_writer.plain_header(
        register=ctx.register,
        number=number,
        created_at=created,
        business_date=day,
        user_name=actor.name,
        cart=cart,
        cashback_cents=settlement.cashback_cents,
        tab_label=tab.label if tab is not None else "",
        user_id=actor.user_id,
        customer_account_id=account.id if account is not None else None,
    )
    record = sale_writer.sale_record(header, cart, vat_lines, settlement)
    try:
        ticket_id = sale_writer.write_sale(conn, record, cart, token=token)
    except sqlite3.IntegrityError as exc:
        if "client_token" in str(exc):
            raise DuplicateCheckout(None) from exc
        raise
    entry = None
    if account is not None:
        entry = AccountEntry(
            account_id=account.id,
            created_at=created,
            amount_cents=on_account,
            kind="purchase",
            method="",
            ticket_id=ticket_id,
            user_name=actor.name,
        )
        session.add(entry)
    if tab is not None:
        _settle_tab_lines(session, tab, cart, ticket_id, created)
    seal = journal.seal_ticket(ctx, session, journal.PlainTicket(ticket_id, record), slot=slot)
    if entry is not None:
        session.flush()
        journal.seal_account_entry(ctx, session, entry.id)
    if approved:
        _record_discount_override(ctx, session, actor, cart, header.number)
    receipt = receipt_from_record(
        record,
        shop=sale_settings.load_shop(session),
        footer=conf.footer_lines,
        signature_short=seal.short,
        customer_account=account.name if account is not None else "",
    )
    job_id = _print(session, receipt, settlement, print_receipt, open_drawer, conf.paper_width)
    return SaleResult(
        ticket_number=header.number,
        total_cents=header.total_cents,
        change_cents=settlement.change_cents,
        cashback_cents=settlement.cashback_cents,
        receipt=receipt,
        print_job_id=job_id,
        payments=settlement.payments,
    )


def sale_time(
    ctx: ServiceContext, session: Session, day_change_hour: int | None = None
) -> tuple[dt.datetime, dt.datetime, dt.date]:
    """(naive UTC as stored, local time, business day) of a ticket written now.

    The fiscal time never goes back before the last journal record, even if the clock did.
    """
    from cafe_pos.fiscal.journal import fiscal_time

    created = fiscal_time(ctx, session)
    local = from_utc_naive(created)
    if day_change_hour is None:
        day_change_hour = get_int(ctx, "fiscal.day_change_hour", session=session)
    return created, local, business_date(local, day_change_hour)


def receipt_lines(lines: tuple[CartLine, ...]) -> tuple[ReceiptLine, ...]:
    return tuple(
        ReceiptLine(
            label=ln.label,
            qty_milli=ln.qty_milli,
            unit=ln.unit,
            unit_price_cents=ln.unit_price_cents,
            discount_cents=ln.discount_cents,
            total_cents=ln.total_cents,
            vat_bp=ln.vat_bp,
        )
        for ln in lines
    )


def _settle_tab_lines(
    session: Session, tab: Tab, cart: Cart, ticket_id: int, at: dt.datetime
) -> None:
    paid = {ln.tab_line_id for ln in cart.lines if ln.tab_line_id is not None}
    for row in tab.lines:
        if row.id in paid:
            row.paid_ticket_id = ticket_id
    if all(row.paid_ticket_id is not None for row in tab.lines):
        tab.status = "closed"
        tab.closed_at = at


def _print(
    session: Session,
    receipt: ReceiptData,
    settlement: Settlement,
    print_receipt: bool,
    open_drawer: bool,
    width: int,
) -> int | None:
    cash_moves = any(p.method == CASH for p in settlement.payments) or settlement.cashback_cents
    if open_drawer and cash_moves:
        printing.enqueue_drawer_pulse(session)
    if not print_receipt:
        return None
    return printing.enqueue_document(
        session, "receipt", print_lines(session, receipt, width), ticket_number=receipt.number
    )


def _record_discount_override(
    ctx: ServiceContext, session: Session, actor: Actor, cart: Cart, number: int
) -> None:
    from cafe_pos.fiscal.events import EventCode, record_event

    record_event(
        ctx,
        session,
        EventCode(130),
        f"Remise de {_pct(cart.max_discount_bp())} validée par {cart.discount_approver} "
        f"(ticket n° {number})",
        actor_name=actor.name,
        details={"approver": cart.discount_approver or "", "ticket": number},
    )


def _training_sale(
    ctx: ServiceContext, actor: Actor, cart: Cart, settlement: Settlement, print_receipt: bool
) -> SaleResult:
    with ctx.uow() as uow:
        session = uow.session
        receipt = ReceiptData(
            shop=shop_header(session),
            register=ctx.register,
            number=None,
            kind="sale",
            at=ctx.clock.now(),
            operator=actor.name,
            lines=receipt_lines(cart.lines),
            vat_lines=tuple(cart.vat_lines()),
            total_cents=cart.total_cents,
            payments=tuple(ReceiptPayment(p.method, p.amount_cents) for p in settlement.payments),
            change_cents=settlement.change_cents,
            cashback_cents=settlement.cashback_cents,
            discount_cents=cart.discount_total_cents,
            software_version=__version__,
            training=True,
            footer=receipt_footer(session),
        )
        job_id = None
        if print_receipt:
            from cafe_pos.services.printing import enqueue_document

            job_id = enqueue_document(session, "receipt", print_lines(session, receipt))
            uow.commit()
    return SaleResult(
        None,
        cart.total_cents,
        settlement.change_cents,
        settlement.cashback_cents,
        receipt,
        job_id,
        settlement.payments,
    )


def void_quantity_reduction(
    ctx: ServiceContext, actor: Actor, line: CartLine, new_qty_milli: int
) -> None:
    """Lowering a line's quantity before payment voids the part taken off: it is journaled
    like a removed line (with its own amount), so the Z counts it."""
    removed = line.qty_milli - new_qty_milli
    if removed <= 0:
        return
    part = replace(line, qty_milli=removed, total_cents=line_total(line.unit_price_cents, removed))
    void_line(ctx, actor, part, "quantité réduite")


def void_line(ctx: ServiceContext, actor: Actor, line: CartLine, reason: str = "") -> None:
    """Record the removal of a line before payment in the technical journal (JET)."""
    void_lines(ctx, actor, [line], reason)


def void_ticket(ctx: ServiceContext, actor: Actor, cart: Cart) -> None:
    """A ticket abandoned before payment: every line is journaled as voided, together."""
    void_lines(ctx, actor, cart.lines, "ticket annulé")


def void_lines(
    ctx: ServiceContext, actor: Actor, lines: Sequence[CartLine], reason: str = ""
) -> None:
    """Journal lines removed before payment (event LINE_VOID each), in one transaction."""
    from cafe_pos.fiscal.events import EventCode, record_event

    actor.require(Permission.SELL)
    if ctx.training or not lines:
        return
    note = one_line(reason, "Le motif de suppression")[:200]
    with ctx.uow() as uow:
        for line in lines:
            record_event(
                ctx,
                uow.session,
                EventCode.LINE_VOID,
                f"Ligne annulée avant paiement : {line.label} × "
                f"{format_quantity(line.qty_milli, unit=line.unit)} "
                f"({format_eur(line.total_cents)})" + (f" — {note}" if note else ""),
                actor_name=actor.name,
                details={
                    "label": line.label,
                    "qty_milli": line.qty_milli,
                    "total_cents": line.total_cents,
                    "reason": note,
                },
            )
        uow.commit()


__all__ = [
    "AccountLimitExceeded",
    "DuplicateCheckout",
    "ManagerApprovalNeeded",
    "QuickCategory",
    "SaleResult",
    "ScanResult",
    "authorize_discount",
    "check_discounts",
    "checkout",
    "item_from_product",
    "product_query",
    "quick_keys",
    "receipt_lines",
    "record_sale",
    "sale_item",
    "sale_items",
    "sale_time",
    "scan",
    "search_items",
    "void_line",
    "void_lines",
    "void_quantity_reduction",
    "void_ticket",
]
