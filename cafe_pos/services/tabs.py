"""Tabs (ardoises, tables): open orders paid later, stored so they survive a restart.

Each round added to a tab is saved line by line with a snapshot of the product as served
(price, VAT rates, flags, discount), so the bill is what was served even if the
catalogue changes meanwhile. Lines can be moved to another tab or removed (recorded in
the technical journal as a line void). Paying writes a normal ticket through
``selling.record_sale``: by lines (``pay_tab_lines``: any subset, the tab closes when
nothing is left) or in equal parts.

Equal split — design: ONE ticket with all the lines and N payments, taken in turn.
``pay_tab_share`` takes one person's share (``equal_split(total, parts)``, the first
shares carry the odd cents): cash (with change), card or cheque. Each share is stored at
once (``TabPayment``) so a crash between two guests loses nothing; while a split is in
progress the tab cannot change. The last share writes the ticket with one payment per
share and closes the tab. Why not N tickets: a ticket must list what was sold; N tickets
of "a third of each line" would be fiscal noise and VAT rounding drift.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cafe_pos import __version__
from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, CartError, Discount, SaleItem
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.money import Cents, format_eur, format_quantity
from cafe_pos.domain.payments import (
    CARD,
    CASH,
    CHEQUE,
    AppliedPayment,
    PaymentInput,
    Settlement,
    equal_split,
    note_required,
    settle,
)
from cafe_pos.domain.receipt import ReceiptData
from cafe_pos.domain.text import TextError, one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services.alcohol import check_cart_allowed
from cafe_pos.services.receipts import print_lines, receipt_footer, shop_header
from cafe_pos.services.sale_items import follow_catalogue
from cafe_pos.services.selling import (
    DuplicateCheckout,
    SaleResult,
    check_discounts,
    checkout,
    discount_limit_bp,
    receipt_lines,
    record_sale,
)
from cafe_pos.services.settings import get_int
from cafe_pos.store.models.sales import Tab, TabLine, TabPayment, Ticket

MAX_LABEL_LENGTH = 60
SHARE_METHODS = (CASH, CARD, CHEQUE)


class TabError(UserError):
    """A tab operation that cannot be done (French message)."""


@dataclass(frozen=True, slots=True)
class TabView:
    id: int
    label: str
    opened_at: dt.datetime  # local time
    total_cents: Cents  # unpaid lines
    line_count: int
    has_alcohol: bool
    split_parts: int | None = None
    shares_paid: int = 0


@dataclass(frozen=True, slots=True)
class ShareResult:
    share_index: int  # 1..parts
    parts: int
    share_cents: Cents
    change_cents: Cents
    remaining_cents: Cents  # still to be paid by the next guests
    sale: SaleResult | None  # the ticket, once the last share is paid


# ---------------------------------------------------------------------- helpers
def _tab(session: Session, tab_id: int, *, for_update: bool = True) -> Tab:
    tab = session.scalars(
        select(Tab).where(Tab.id == tab_id).options(selectinload(Tab.lines))
    ).first()
    if tab is None:
        raise NotFound("Cette ardoise n'existe pas")
    if for_update and tab.status != "open":
        raise TabError(f"L'ardoise « {tab.label} » est déjà réglée")
    return tab


def _no_training(ctx: ServiceContext) -> None:
    if ctx.training:
        raise TabError("Les ardoises ne sont pas disponibles en mode formation")


def _not_splitting(tab: Tab) -> None:
    if tab.split_parts is not None:
        raise TabError(
            f"Partage en {tab.split_parts} parts en cours sur « {tab.label} » : "
            "terminez-le avant de modifier l'ardoise"
        )


def _unpaid(tab: Tab) -> list[TabLine]:
    return [line for line in tab.lines if line.paid_ticket_id is None]


def _item(line: TabLine) -> SaleItem:
    return SaleItem(
        product_id=line.product_id,
        label=line.label,
        category_name=line.category_name,
        price_cents=line.unit_price_cents,
        vat_onsite_bp=line.vat_onsite_bp,
        vat_takeaway_bp=line.vat_takeaway_bp,
        is_alcohol=line.is_alcohol,
        is_drink=line.is_drink,
        third_party=line.third_party,
        meal_voucher_ok=line.meal_voucher_ok,
        unit=line.unit,
        track_stock=line.track_stock,
    )


def _cart_of(tab: Tab, line_ids: list[int] | None = None) -> Cart:
    """A cart holding the tab's unpaid lines (or the chosen ones, with their deposits)."""
    unpaid = _unpaid(tab)
    if line_ids is not None:
        wanted = set(line_ids)
        known = {line.id for line in unpaid}
        if not wanted <= known:
            raise TabError("Certaines lignes ne sont plus sur l'ardoise (payées ou déplacées)")
        wanted |= {ln.id for ln in unpaid if ln.deposit_of_id in wanted}
        unpaid = [line for line in unpaid if line.id in wanted]
    cart = Cart(takeaway=any(line.takeaway for line in unpaid))
    keys: dict[int, int] = {}
    approver = ""
    for line in unpaid:
        discount = (
            Discount(
                line.discount_kind,  # type: ignore[arg-type]
                line.discount_value,
                line.discount_origin,  # type: ignore[arg-type]
                line.discount_name,
            )
            if line.discount_kind
            else None
        )
        keys[line.id] = cart.append_line(
            _item(line),
            line.qty_milli,
            unit_price_cents=line.unit_price_cents,
            unit=line.unit,
            discount=discount,
            is_deposit=line.is_deposit,
            deposit_of=keys.get(line.deposit_of_id) if line.deposit_of_id is not None else None,
            tab_line_id=line.id,
        )
        approver = approver or line.discount_approver
    if approver:
        cart.approve_discounts(approver)
    return cart


def _view(tab: Tab, shares_paid: int = 0) -> TabView:
    cart = _cart_of(tab)
    return TabView(
        id=tab.id,
        label=tab.label,
        opened_at=from_utc_naive(tab.opened_at),
        total_cents=cart.total_cents,
        line_count=len(cart),
        has_alcohol=cart.has_alcohol,
        split_parts=tab.split_parts,
        shares_paid=shares_paid,
    )


def _shares(session: Session, tab_id: int) -> list[TabPayment]:
    return list(
        session.scalars(
            select(TabPayment)
            .where(TabPayment.tab_id == tab_id, TabPayment.ticket_id.is_(None))
            .order_by(TabPayment.share_index)
        )
    )


def _view_with_shares(session: Session, tab: Tab) -> TabView:
    if tab.split_parts is None:
        return _view(tab)
    return _view(tab, len(_shares(session, tab.id)))


# ---------------------------------------------------------------------- use cases
def list_open_tabs(ctx: ServiceContext) -> list[TabView]:
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        tabs = session.scalars(
            select(Tab)
            .where(Tab.status == "open")
            .order_by(Tab.opened_at, Tab.id)
            .options(selectinload(Tab.lines))
        ).all()
        return [_view_with_shares(session, tab) for tab in tabs]


def get_tab(ctx: ServiceContext, tab_id: int) -> TabView:
    with ctx.uow(read_only=True) as uow:
        return _view_with_shares(uow.session, _tab(uow.session, tab_id, for_update=False))


def open_tab(ctx: ServiceContext, actor: Actor, label: str) -> TabView:
    """Open a tab named or numbered by ``label`` ("Table 4", "Marcel")."""
    actor.require(Permission.SELL)
    _no_training(ctx)
    try:
        label = one_line(label, "Le nom de l'ardoise")
    except TextError as exc:
        raise TabError(str(exc)) from exc
    if not label:
        raise TabError("Donnez un nom ou un numéro à l'ardoise")
    if len(label) > MAX_LABEL_LENGTH:
        raise TabError(f"Nom d'ardoise trop long ({MAX_LABEL_LENGTH} caractères au plus)")
    with ctx.uow() as uow:
        session = uow.session
        taken = session.scalar(
            select(func.count())
            .select_from(Tab)
            .where(Tab.status == "open", func.lower(Tab.label) == label.lower())
        )
        if taken:
            raise TabError(f"Une ardoise « {label} » est déjà ouverte")
        tab = Tab(
            label=label,
            opened_at=to_utc_naive(ctx.clock.now()),
            opened_by_id=actor.user_id,
            status="open",
        )
        session.add(tab)
        session.flush()
        view = TabView(tab.id, tab.label, from_utc_naive(tab.opened_at), 0, 0, False)
        uow.commit()
        return view


def add_to_tab(ctx: ServiceContext, actor: Actor, tab_id: int, cart: Cart) -> TabView:
    """Save a round (the cart's lines) on the tab; the cart can then be cleared."""
    actor.require(Permission.SELL)
    _no_training(ctx)
    if cart.is_empty:
        raise TabError("Rien à ajouter : le ticket est vide")
    if cart.ticket_discount is not None:
        raise TabError("Une remise sur tout le ticket se fait au paiement de l'ardoise")
    if any(line.tab_line_id is not None for line in cart.lines):
        raise TabError("Ces lignes sont déjà sur une ardoise")
    with ctx.uow() as uow:
        session = uow.session
        tab = _tab(session, tab_id)
        _not_splitting(tab)
        follow_catalogue(session, cart)  # the round is saved at today's catalogue prices
        check_discounts(cart, actor, None, discount_limit_bp(ctx, session))
        check_cart_allowed(ctx, cart, tab_id=tab.id, session=session)  # responsible sale
        now = to_utc_naive(ctx.clock.now())
        rows: dict[int, TabLine] = {}
        for line in cart.lines:
            row = TabLine(
                tab_id=tab.id,
                product_id=line.product_id,
                label=line.label,
                qty_milli=line.qty_milli,
                unit_price_cents=line.unit_price_cents,
                discount_cents=line.line_discount_cents,
                takeaway=cart.takeaway,
                added_at=now,
                added_by_id=actor.user_id,
                category_name=line.item.category_name,
                unit=line.unit,
                vat_onsite_bp=line.item.vat_onsite_bp,
                vat_takeaway_bp=line.item.vat_takeaway_bp,
                is_alcohol=line.item.is_alcohol,
                is_drink=line.item.is_drink,
                third_party=line.item.third_party,
                meal_voucher_ok=line.item.meal_voucher_ok,
                track_stock=line.item.track_stock,
                is_deposit=line.is_deposit,
                discount_kind=line.line_discount.kind if line.line_discount else "",
                discount_value=line.line_discount.value if line.line_discount else 0,
                discount_origin=line.line_discount.origin if line.line_discount else "manual",
                discount_name=line.line_discount.name if line.line_discount else "",
                discount_approver=(cart.discount_approver or "") if line.line_discount else "",
            )
            if line.deposit_of is not None and line.deposit_of in rows:
                session.flush()
                row.deposit_of_id = rows[line.deposit_of].id
            tab.lines.append(row)
            rows[line.key] = row
        session.flush()
        view = _view(tab)
        uow.commit()
        return view


def tab_cart(ctx: ServiceContext, tab_id: int) -> Cart:
    """The tab's unpaid lines as a cart (each line knows its ``tab_line_id``)."""
    with ctx.uow(read_only=True) as uow:
        return _cart_of(_tab(uow.session, tab_id))


def move_lines(
    ctx: ServiceContext, actor: Actor, from_tab: int, line_ids: list[int], to_tab: int
) -> TabView:
    """Move lines (with their deposits) to another open tab; an emptied tab closes."""
    actor.require(Permission.SELL)
    if from_tab == to_tab:
        raise TabError("Choisissez une autre ardoise")
    if not line_ids:
        raise TabError("Choisissez les lignes à déplacer")
    with ctx.uow() as uow:
        session = uow.session
        source = _tab(session, from_tab)
        target = _tab(session, to_tab)
        _not_splitting(source)
        _not_splitting(target)
        unpaid = {line.id: line for line in _unpaid(source)}
        wanted = set(line_ids)
        if not wanted <= unpaid.keys():
            raise TabError("Certaines lignes ne sont plus sur l'ardoise (payées ou déplacées)")
        wanted |= {ln.id for ln in unpaid.values() if ln.deposit_of_id in wanted}
        for line_id in sorted(wanted):
            unpaid[line_id].tab_id = target.id
        session.flush()
        session.expire(source, ["lines"])
        session.expire(target, ["lines"])
        if not source.lines:
            source.status = "closed"
            source.closed_at = to_utc_naive(ctx.clock.now())
        view = _view(target)
        uow.commit()
        return view


def remove_tab_line(
    ctx: ServiceContext, actor: Actor, tab_id: int, line_id: int, reason: str
) -> TabView:
    """Remove an unpaid line (and its deposit); recorded as a line void in the journal."""
    from cafe_pos.fiscal.events import EventCode, record_event

    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        session = uow.session
        tab = _tab(session, tab_id)
        _not_splitting(tab)
        unpaid = _unpaid(tab)
        line = next((ln for ln in unpaid if ln.id == line_id), None)
        if line is None:
            raise TabError("Cette ligne n'est plus sur l'ardoise")
        cart = _cart_of(tab, [line_id])
        removed_total = cart.total_cents
        for deposit in [ln for ln in unpaid if ln.deposit_of_id == line_id]:
            session.delete(deposit)
        session.flush()
        session.delete(line)
        session.flush()
        session.expire(tab, ["lines"])
        text = one_line(reason, "Le motif de suppression")[:200]
        record_event(
            ctx,
            session,
            EventCode.LINE_VOID,
            f"Ligne retirée de l'ardoise « {tab.label} » : {line.label} × "
            f"{format_quantity(line.qty_milli, unit=line.unit)} ({format_eur(removed_total)})"
            + (f" — {text}" if text else ""),
            actor_name=actor.name,
            details={
                "tab": tab.label,
                "label": line.label,
                "qty_milli": line.qty_milli,
                "total_cents": removed_total,
                "reason": text,
            },
        )
        view = _view(tab)
        uow.commit()
        return view


def close_tab(ctx: ServiceContext, actor: Actor, tab_id: int) -> None:
    """Close a tab with nothing left to pay (opened by mistake, or emptied)."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        tab = _tab(uow.session, tab_id)
        left = _cart_of(tab)
        if not left.is_empty:
            raise TabError(
                f"Il reste {format_eur(left.total_cents)} à payer sur « {tab.label} » : "
                "réglez ou retirez les lignes"
            )
        tab.status = "closed"
        tab.closed_at = to_utc_naive(ctx.clock.now())
        uow.commit()


def pay_tab_lines(
    ctx: ServiceContext,
    actor: Actor,
    tab_id: int,
    line_ids: list[int] | None,
    payments: list[PaymentInput],
    *,
    token: str,
    cashback_cents: Cents = 0,
    customer_account_id: int | None = None,
    print_receipt: bool = False,
    ticket_discount: Discount | None = None,
    open_drawer: bool = True,
) -> SaleResult:
    """Pay some lines of the tab (``None``: all of them) as one ticket (split by lines)."""
    with ctx.uow(read_only=True) as uow:
        tab = _tab(uow.session, tab_id)
        _not_splitting(tab)
        cart = _cart_of(tab, line_ids)
    if cart.is_empty:
        raise TabError("Rien à payer sur cette ardoise")
    if ticket_discount is not None:
        cart.set_ticket_discount(ticket_discount)
    return checkout(
        ctx,
        actor,
        cart,
        payments,
        cashback_cents=cashback_cents,
        customer_account_id=customer_account_id,
        tab_id=tab_id,
        print_receipt=print_receipt,
        token=token,
        open_drawer=open_drawer,
    )


def pay_tab_share(
    ctx: ServiceContext,
    actor: Actor,
    tab_id: int,
    parts: int,
    payment: PaymentInput,
    *,
    token: str,
    print_receipt: bool = False,
    open_drawer: bool = True,
) -> ShareResult:
    """Take the next share of the bill split in ``parts`` equal parts (see module doc)."""
    actor.require(Permission.SELL)
    if not token or len(token) > 64:
        raise TabError("Jeton d'encaissement invalide : recommencez")
    if payment.method not in SHARE_METHODS:
        raise TabError("Pour un partage en parts égales : espèces, carte ou chèque")
    _no_training(ctx)
    with ctx.uow() as uow:
        session = uow.session
        done = session.scalar(
            select(TabPayment.share_index).where(TabPayment.client_token == token)
        )
        if done is not None:
            raise DuplicateCheckout(None)
        tab = _tab(session, tab_id)
        cart = _cart_of(tab)
        if cart.is_empty:
            raise TabError("Rien à payer sur cette ardoise")
        if tab.split_parts is None:
            if cart.total_cents < parts:
                raise TabError(f"Montant trop faible pour {parts} parts")
            equal_split(cart.total_cents, parts)  # checks the number of parts
            tab.split_parts = parts
            tab.split_total_cents = cart.total_cents
        elif tab.split_parts != parts:
            raise TabError(f"Le partage en cours est en {tab.split_parts} parts")
        assert tab.split_total_cents is not None
        if tab.split_total_cents != cart.total_cents:
            raise TabError("L'ardoise a changé pendant le partage : recommencez-le")
        split = equal_split(tab.split_total_cents, parts)
        taken = _shares(session, tab.id)
        index = len(taken) + 1
        amount = split[index - 1]
        if payment.method == CASH:
            given = payment.tendered_cents or payment.amount_cents
            settled = settle(amount, [PaymentInput(CASH, given)])
        else:
            if payment.amount_cents != amount:
                raise TabError(f"Cette part est de {format_eur(amount)}")
            settled = settle(amount, [payment])
        applied = settled.payments[0]
        now = to_utc_naive(ctx.clock.now())
        share = TabPayment(
            tab_id=tab.id,
            share_index=index,
            parts=parts,
            method=applied.method,
            amount_cents=applied.amount_cents,
            tendered_cents=applied.tendered_cents,
            change_cents=applied.change_cents,
            taken_at=now,
            user_name=actor.name,
            client_token=token,
        )
        session.add(share)
        remaining = sum(split[index:])
        sale = None
        if index == parts:
            shares = [*taken, share]
            settlement = Settlement(
                tuple(
                    AppliedPayment(s.method, s.amount_cents, s.tendered_cents, s.change_cents)
                    for s in shares
                ),
                change_cents=sum(s.change_cents for s in shares),
            )
            sale = record_sale(
                ctx,
                session,
                actor,
                cart,
                settlement,
                tab_id=tab.id,
                print_receipt=print_receipt,
                open_drawer=open_drawer,
            )
            ticket_id = session.scalar(
                select(Ticket.id).where(
                    Ticket.register == ctx.register, Ticket.number == sale.ticket_number
                )
            )
            for s in shares:
                s.ticket_id = ticket_id
            tab.split_parts = None
            tab.split_total_cents = None
        uow.commit()
        return ShareResult(index, parts, amount, applied.change_cents, remaining, sale)


def cancel_split(ctx: ServiceContext, actor: Actor, tab_id: int) -> None:
    """Stop a split before any share is paid."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        session = uow.session
        tab = _tab(session, tab_id)
        taken = _shares(session, tab.id)
        if taken:
            raise TabError(
                f"{len(taken)} part(s) déjà encaissée(s) : terminez le partage de « {tab.label} »"
            )
        tab.split_parts = None
        tab.split_total_cents = None
        uow.commit()


def note_for_tab(ctx: ServiceContext, tab_id: int) -> ReceiptData:
    """The bill before payment ("Note non payée"): items, quantities, unit prices, HT/TTC."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        tab = _tab(session, tab_id)
        return _note(ctx, session, tab)


def _note(ctx: ServiceContext, session: Session, tab: Tab) -> ReceiptData:
    cart = _cart_of(tab)
    return ReceiptData(
        shop=shop_header(session),
        register=ctx.register,
        number=None,
        kind="note",
        at=ctx.clock.now(),
        operator="",
        lines=receipt_lines(cart.lines),
        vat_lines=tuple(cart.vat_lines()),
        total_cents=cart.total_cents,
        discount_cents=cart.discount_total_cents,
        software_version=__version__,
        training=ctx.training,
        tab_label=tab.label,
        footer=receipt_footer(session),
    )


def print_note(ctx: ServiceContext, actor: Actor, tab_id: int) -> int:
    """Queue the unpaid note of a tab on the receipt printer; return the print job id."""
    from cafe_pos.services.printing import enqueue_document

    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        session = uow.session
        tab = _tab(session, tab_id)
        data = _note(ctx, session, tab)
        if data.total_cents == 0 and not data.lines:
            raise TabError("L'ardoise est vide : rien à imprimer")
        job_id = enqueue_document(session, "note", print_lines(session, data))
        uow.commit()
        return job_id


def needs_note(ctx: ServiceContext, total_cents: Cents, on_site: bool) -> bool:
    """True when the law asks for a note before payment (on site, 25 € TTC or more)."""
    with ctx.uow(read_only=True) as uow:
        threshold = get_int(ctx, "sales.note_threshold_cents", session=uow.session)
    return note_required(total_cents, on_site, threshold)


__all__ = [
    "CartError",
    "ShareResult",
    "TabError",
    "TabView",
    "add_to_tab",
    "cancel_split",
    "close_tab",
    "get_tab",
    "list_open_tabs",
    "move_lines",
    "needs_note",
    "note_for_tab",
    "open_tab",
    "pay_tab_lines",
    "pay_tab_share",
    "print_note",
    "remove_tab_line",
    "tab_cart",
]
