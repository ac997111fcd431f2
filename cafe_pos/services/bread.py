"""The bread deposit's use cases (dépôt de pain): bakers and their products, reservations
and their pick-ups, prepaid bread cards, tomorrow's order (suggested, adjusted, locked at
the cut-off), the morning reception, the end-of-day reconciliation, the baker's statement
and the waste / forecast-quality figures.

The rules are in ``cafe_pos.domain.bread``; every call here is one transaction. A pick-up
rings up its sale through the normal sale path (``selling.record_sale``, what
``checkout`` runs) in the same transaction as the pick-up row, so a reservation is
ticked and sold together or not at all. Bread sold on sale or return is flagged
third-party on its catalogue product (``Product.third_party``), so the Z reports'
third-party figure carries the baker's money and the statement matches it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from cafe_pos.context import ServiceContext
from cafe_pos.domain import bread as rules
from cafe_pos.domain.bread import (
    BreadError,
    CommissionKind,
    Contract,
    ContractKind,
    DayFigures,
    ReservationItem,
    Schedule,
    UnsoldOutcome,
)
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, to_utc_naive
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.money import Cents, format_eur
from cafe_pos.domain.payments import ACCOUNT, CARD, CASH, CHEQUE, PaymentInput, settle
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal.journal import fiscal_time, seal_account_entry
from cafe_pos.services import cash, selling
from cafe_pos.services.closing import business_today
from cafe_pos.services.sale_items import product_query, sale_items
from cafe_pos.services.settings import get_int, get_str
from cafe_pos.store.models.bread import (
    BreadBaker,
    BreadOrder,
    BreadOrderLine,
    BreadPause,
    BreadPickup,
    BreadPrepaidTopUp,
    BreadProduct,
    BreadReception,
    BreadReceptionLine,
    BreadReconciliation,
    BreadReconciliationLine,
    BreadReservation,
    BreadReservationItem,
)
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.sales import AccountEntry, CustomerAccount, Ticket, TicketLine
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.models.third_party import Beneficiary, ThirdPartyProduct

if TYPE_CHECKING:
    from cafe_pos.reports.bread_pdf import StatementDoc

PICKUP_METHODS = (CASH, CARD, CHEQUE, "prepaid")
TOPUP_METHODS = (CASH, CARD, CHEQUE)
HISTORY_WEEKS = 4  # the last weeks shown beside tomorrow's order


# ---------------------------------------------------------------------- views
@dataclass(frozen=True, slots=True)
class BakerProductView:
    id: int
    product_id: int
    name: str
    price_cents: Cents  # selling price TTC (catalogue)
    purchase_price_cents: Cents
    active: bool


@dataclass(frozen=True, slots=True)
class BakerView:
    id: int
    name: str
    phone: str
    contract: Contract
    delivery_weekdays: frozenset[int]
    cutoff: dt.time
    active: bool
    products: tuple[BakerProductView, ...] = ()

    @property
    def contract_label(self) -> str:
        label = rules.CONTRACT_LABELS[self.contract.kind]
        if self.contract.kind is ContractKind.SALE_OR_RETURN:
            value = self.contract.commission_value
            if self.contract.commission_kind is CommissionKind.PER_ITEM:
                label += f", commission {format_eur(value)} par article"
            else:
                label += f", commission {value // 100},{value % 100:02d} %"
        return label


@dataclass(frozen=True, slots=True)
class BakerInput:
    name: str
    contract_kind: ContractKind
    commission_kind: CommissionKind = CommissionKind.PERCENT
    commission_value: int = 0
    delivery_weekdays: frozenset[int] = frozenset(range(7))
    cutoff: dt.time = dt.time(18, 0)
    phone: str = ""
    discount_next_day: bool = False
    active: bool = True


@dataclass(frozen=True, slots=True)
class ReservationInput:
    customer_name: str
    items: tuple[ReservationItem, ...]
    start: dt.date
    end: dt.date | None = None
    weekdays: frozenset[int] = frozenset()
    pauses: tuple[rules.Pause, ...] = ()
    account_id: int | None = None
    prepaid: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class ReservationView:
    id: int
    customer_name: str
    items: tuple[tuple[int, str, int], ...]  # product id, name, qty
    schedule: Schedule
    account_id: int | None
    prepaid: bool
    active: bool
    note: str

    @property
    def items_text(self) -> str:
        return ", ".join(f"{qty} × {name}" for _, name, qty in self.items)


@dataclass(frozen=True, slots=True)
class PickupRow:
    reservation_id: int
    customer_name: str
    items_text: str
    total_cents: Cents
    prepaid: bool
    status: str  # pending | picked_up | released
    ticket_number: int | None = None


@dataclass(frozen=True, slots=True)
class PickupResult:
    reservation_id: int
    ticket_number: int | None
    total_cents: Cents


@dataclass(frozen=True, slots=True)
class PastDay:
    day: dt.date
    sold: int  # counter + pick-ups
    unsold: int | None  # None when the day was not reconciled


@dataclass(frozen=True, slots=True)
class OrderLineView:
    product_id: int
    name: str
    reserved: int
    forecast: int
    suggested: int
    qty: int
    past: tuple[PastDay, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderView:
    baker_id: int
    baker_name: str
    day: dt.date  # delivery day
    status: str  # new | open | locked | reopened
    cutoff_at: dt.datetime  # local
    lines: tuple[OrderLineView, ...]
    delivers: bool = True  # the baker delivers that day
    saved: bool = False  # an order was saved (else the lines are the suggestion)

    @property
    def editable(self) -> bool:
        return self.status in ("new", "open", "reopened")

    @property
    def total_qty(self) -> int:
        return sum(ln.qty for ln in self.lines)


@dataclass(frozen=True, slots=True)
class ReceptionLineView:
    product_id: int
    name: str
    ordered: int
    delivered: int | None  # None before the reception
    status: str = ""
    substitute_for: str = ""

    @property
    def status_label(self) -> str:
        if not self.status:
            return ""
        label = rules.RECEPTION_LABELS[rules.ReceptionStatus(self.status)]
        return f"{label} ({self.substitute_for})" if self.substitute_for else label


@dataclass(frozen=True, slots=True)
class ReceptionView:
    baker_id: int
    day: dt.date
    received: bool
    lines: tuple[ReceptionLineView, ...]


@dataclass(frozen=True, slots=True)
class ReconciliationLineView:
    product_id: int
    name: str
    line: rules.ReconciliationLine


@dataclass(frozen=True, slots=True)
class ReconciliationView:
    baker_id: int
    day: dt.date
    contract: Contract
    confirmed: bool
    confirmed_by: str
    lines: tuple[ReconciliationLineView, ...]

    @property
    def differences(self) -> tuple[str, ...]:
        return tuple(
            f"{ln.name} : {ln.line.difference_label}" for ln in self.lines if ln.line.difference
        )


@dataclass(frozen=True, slots=True)
class StatementView:
    baker_id: int
    baker_name: str
    cafe_name: str
    cafe_address: str
    first: dt.date
    last: dt.date
    contract: Contract
    contract_label: str
    lines: tuple[rules.StatementLine, ...]
    totals: rules.StatementTotals
    generated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class WasteRow:
    product_id: int
    name: str
    weekday: int
    days: int
    delivered: int
    unsold: int
    suggested: int
    taken: int
    abs_error: int

    @property
    def unsold_rate(self) -> float:
        return self.unsold / self.delivered if self.delivered else 0.0

    @property
    def error_rate(self) -> float:
        return self.abs_error / self.taken if self.taken else 0.0


@dataclass(frozen=True, slots=True)
class WasteFigures:
    rows: tuple[WasteRow, ...]
    quality: rules.Quality
    by_day: tuple[tuple[dt.date, int, int], ...] = field(default=())  # day, delivered, unsold


# ---------------------------------------------------------------------- helpers
def _weekdays(text: str) -> frozenset[int]:
    return frozenset(int(c) for c in text if c.isdigit())


def _weekday_text(days: frozenset[int]) -> str:
    return "".join(str(d) for d in sorted(days))


def _contract(baker: BreadBaker) -> Contract:
    return Contract(
        ContractKind(baker.contract_kind),
        CommissionKind(baker.commission_kind),
        baker.commission_value,
        baker.discount_next_day,
    )


def _cutoff(baker: BreadBaker) -> dt.time:
    return dt.time.fromisoformat(baker.cutoff)


def _baker(session: Session, baker_id: int) -> BreadBaker:
    baker = session.get(BreadBaker, baker_id)
    if baker is None:
        raise NotFound("Ce boulanger partenaire n'existe pas")
    return baker


def _baker_view(session: Session, baker: BreadBaker) -> BakerView:
    rows = session.execute(
        select(BreadProduct, Product)
        .join(Product, Product.id == BreadProduct.product_id)
        .where(BreadProduct.baker_id == baker.id)
        .order_by(BreadProduct.position, Product.name)
    ).all()
    products = tuple(
        BakerProductView(
            bp.id, p.id, p.name, p.price_cents, bp.purchase_price_cents, bp.active and p.active
        )
        for bp, p in rows
    )
    return BakerView(
        baker.id,
        baker.name,
        baker.phone,
        _contract(baker),
        _weekdays(baker.delivery_weekdays),
        _cutoff(baker),
        baker.active,
        products,
    )


def _product_names(session: Session, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Product.id, Product.name).where(Product.id.in_(ids))).all())


def _active_product_ids(session: Session, baker_id: int) -> list[int]:
    return list(
        session.scalars(
            select(BreadProduct.product_id)
            .join(Product, Product.id == BreadProduct.product_id)
            .where(
                BreadProduct.baker_id == baker_id,
                BreadProduct.active.is_(True),
                Product.active.is_(True),
            )
            .order_by(BreadProduct.position, Product.name)
        )
    )


def _now(ctx: ServiceContext) -> dt.datetime:
    return ctx.clock.now().astimezone(PARIS)


def _check_day_writable(ctx: ServiceContext) -> None:
    if ctx.training:
        raise UserError("Le dépôt de pain ne s'enregistre pas en mode formation")


# ---------------------------------------------------------------------- bakers
def list_bakers(ctx: ServiceContext, *, include_inactive: bool = True) -> list[BakerView]:
    with ctx.uow(read_only=True) as uow:
        query = select(BreadBaker).order_by(BreadBaker.name)
        if not include_inactive:
            query = query.where(BreadBaker.active.is_(True))
        return [_baker_view(uow.session, b) for b in uow.session.scalars(query)]


def get_baker(ctx: ServiceContext, baker_id: int) -> BakerView:
    with ctx.uow(read_only=True) as uow:
        return _baker_view(uow.session, _baker(uow.session, baker_id))


def _sync_third_party(session: Session, baker: BreadBaker) -> None:
    """Sale-or-return bread is the baker's money: its products are flagged third-party and
    declared in the third-party ledger (the baker as beneficiary, with the commission), so
    the Z reports count the takings for the baker and the commission as the café's."""
    contract = _contract(baker)
    flag = contract.kind is ContractKind.SALE_OR_RETURN
    if flag and baker.beneficiary_id is None:
        beneficiary = session.scalar(select(Beneficiary).where(Beneficiary.name == baker.name))
        if beneficiary is None:
            beneficiary = Beneficiary(name=baker.name, kind="baker", active=True)
            session.add(beneficiary)
            session.flush()
        baker.beneficiary_id = beneficiary.id
    for product_id in session.scalars(
        select(BreadProduct.product_id).where(BreadProduct.baker_id == baker.id)
    ):
        product = session.get(Product, product_id)
        if product is not None and product.third_party != flag:
            product.third_party = flag
        declared = session.get(ThirdPartyProduct, product_id)
        if flag:
            assert baker.beneficiary_id is not None
            if declared is None:
                declared = ThirdPartyProduct(product_id=product_id)
                session.add(declared)
            declared.beneficiary_id = baker.beneficiary_id
            declared.commission_bp = contract.ledger_commission_bp
            declared.kind = "bread"
        elif declared is not None and declared.beneficiary_id == baker.beneficiary_id:
            session.delete(declared)


def save_baker(
    ctx: ServiceContext, actor: Actor, data: BakerInput, baker_id: int | None = None
) -> BakerView:
    """Create (``baker_id`` None) or update a partner baker and their contract."""
    actor.require(Permission.EDIT_CATALOGUE)
    name = one_line(data.name, "Le nom du boulanger")  # printed on the Z: what is due to whom
    if not name:
        raise BreadError("Indiquez le nom du boulanger partenaire")
    if len(name) > 120:
        raise BreadError("Nom trop long (120 caractères au plus)")
    Contract(data.contract_kind, data.commission_kind, data.commission_value)  # checks
    if not data.delivery_weekdays:
        raise BreadError("Choisissez au moins un jour de livraison")
    with ctx.uow() as uow:
        session = uow.session
        clash = session.scalar(
            select(BreadBaker.id).where(func.lower(BreadBaker.name) == name.lower())
        )
        if clash is not None and clash != baker_id:
            raise BreadError(f"Un boulanger partenaire s'appelle déjà « {name} »")
        baker = BreadBaker() if baker_id is None else _baker(session, baker_id)
        baker.name = name
        baker.phone = data.phone.strip()[:30]
        baker.contract_kind = data.contract_kind.value
        baker.commission_kind = data.commission_kind.value
        baker.commission_value = (
            data.commission_value if data.contract_kind is ContractKind.SALE_OR_RETURN else 0
        )
        baker.discount_next_day = data.discount_next_day
        baker.delivery_weekdays = _weekday_text(data.delivery_weekdays)
        baker.cutoff = data.cutoff.strftime("%H:%M")
        baker.active = data.active
        session.add(baker)
        session.flush()
        _sync_third_party(session, baker)
        session.flush()
        view = _baker_view(session, baker)
        uow.commit()
        return view


def bread_candidates(ctx: ServiceContext) -> list[tuple[int, str, Cents]]:
    """Active catalogue products not yet linked to a baker: (id, name, price)."""
    with ctx.uow(read_only=True) as uow:
        linked = select(BreadProduct.product_id)
        rows = uow.session.execute(
            select(Product.id, Product.name, Product.price_cents)
            .where(Product.active.is_(True), Product.id.not_in(linked), Product.unit == "piece")
            .order_by(Product.name)
        ).all()
        return [(int(i), str(n), int(p)) for i, n, p in rows]


def link_product(
    ctx: ServiceContext,
    actor: Actor,
    baker_id: int,
    product_id: int,
    purchase_price_cents: Cents = 0,
) -> BakerView:
    """Sell a catalogue product as this baker's bread (price for bought-for-resale)."""
    actor.require(Permission.EDIT_CATALOGUE)
    if purchase_price_cents < 0:
        raise BreadError("Le prix d'achat ne peut pas être négatif")
    with ctx.uow() as uow:
        session = uow.session
        baker = _baker(session, baker_id)
        product = session.get(Product, product_id)
        if product is None or not product.active:
            raise NotFound("Cet article n'existe pas ou est archivé")
        if product.unit != "piece":
            raise BreadError("Le pain du dépôt se vend à la pièce")
        existing = session.scalar(select(BreadProduct).where(BreadProduct.product_id == product_id))
        if existing is not None and existing.baker_id != baker_id:
            raise BreadError(f"« {product.name} » est déjà fourni par un autre boulanger")
        if existing is None:
            position = session.scalar(
                select(func.count())
                .select_from(BreadProduct)
                .where(BreadProduct.baker_id == baker_id)
            )
            existing = BreadProduct(
                baker_id=baker_id, product_id=product_id, position=int(position or 0)
            )
            session.add(existing)
        existing.purchase_price_cents = purchase_price_cents
        existing.active = True
        session.flush()
        _sync_third_party(session, baker)
        session.flush()
        view = _baker_view(session, baker)
        uow.commit()
        return view


def unlink_product(ctx: ServiceContext, actor: Actor, baker_id: int, product_id: int) -> BakerView:
    """Stop ordering a product from this baker (its history stays)."""
    actor.require(Permission.EDIT_CATALOGUE)
    with ctx.uow() as uow:
        session = uow.session
        baker = _baker(session, baker_id)
        row = session.scalar(
            select(BreadProduct).where(
                BreadProduct.baker_id == baker_id, BreadProduct.product_id == product_id
            )
        )
        if row is None:
            raise NotFound("Cet article n'est pas fourni par ce boulanger")
        row.active = False
        session.flush()
        view = _baker_view(session, baker)
        uow.commit()
        return view


# ---------------------------------------------------------------------- reservations
def _schedule(row: BreadReservation) -> Schedule:
    return Schedule(
        row.start,
        row.end,
        _weekdays(row.weekdays),
        tuple(rules.Pause(p.first, p.last) for p in row.pauses),
    )


def _reservation_view(row: BreadReservation, names: Mapping[int, str]) -> ReservationView:
    return ReservationView(
        row.id,
        row.customer_name,
        tuple((i.product_id, names.get(i.product_id, "?"), i.qty) for i in row.items),
        _schedule(row),
        row.account_id,
        row.prepaid,
        row.active,
        row.note,
    )


def _reservation_rows(session: Session, *, active_only: bool = True) -> list[BreadReservation]:
    query = (
        select(BreadReservation)
        .options(selectinload(BreadReservation.items), selectinload(BreadReservation.pauses))
        .order_by(BreadReservation.customer_name, BreadReservation.id)
    )
    if active_only:
        query = query.where(BreadReservation.active.is_(True))
    return list(session.scalars(query))


def list_reservations(ctx: ServiceContext, *, include_ended: bool = False) -> list[ReservationView]:
    with ctx.uow(read_only=True) as uow:
        rows = _reservation_rows(uow.session, active_only=not include_ended)
        names = _product_names(uow.session, sorted({i.product_id for r in rows for i in r.items}))
        return [_reservation_view(r, names) for r in rows]


def save_reservation(
    ctx: ServiceContext, actor: Actor, data: ReservationInput, reservation_id: int | None = None
) -> ReservationView:
    """Create or replace a reservation (one-off or recurring, with pauses)."""
    actor.require(Permission.SELL)
    schedule = Schedule(data.start, data.end, data.weekdays, data.pauses)
    items = rules.check_reservation(data.customer_name, data.items, schedule)
    if data.prepaid and data.account_id is None:
        raise BreadError("Une réservation prépayée se rattache à un compte client")
    with ctx.uow() as uow:
        session = uow.session
        linked = set(session.scalars(select(BreadProduct.product_id)))
        for item in items:
            if item.product_id not in linked:
                raise BreadError("Seul le pain d'un boulanger partenaire se réserve")
        if data.account_id is not None:
            account = session.get(CustomerAccount, data.account_id)
            if account is None or not account.active:
                raise NotFound("Ce compte client n'existe pas ou est fermé")
        if reservation_id is None:
            row = BreadReservation(created_at=to_utc_naive(ctx.clock.now()))
            session.add(row)
        else:
            found = session.get(BreadReservation, reservation_id)
            if found is None:
                raise NotFound("Cette réservation n'existe pas")
            row = found
            row.items.clear()
            row.pauses.clear()
        row.customer_name = one_line(data.customer_name, "Le nom du client")
        row.account_id = data.account_id
        row.prepaid = data.prepaid
        row.start = data.start
        row.end = data.end if data.weekdays else None
        row.weekdays = _weekday_text(data.weekdays)
        row.note = one_line(data.note, "La note")[:500]
        row.active = True
        row.items.extend(BreadReservationItem(product_id=i.product_id, qty=i.qty) for i in items)
        row.pauses.extend(BreadPause(first=p.first, last=p.last) for p in data.pauses)
        session.flush()
        names = _product_names(session, [i.product_id for i in items])
        view = _reservation_view(row, names)
        uow.commit()
        return view


def end_reservation(ctx: ServiceContext, actor: Actor, reservation_id: int) -> None:
    """Stop a reservation (its past pick-ups stay)."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        row = uow.session.get(BreadReservation, reservation_id)
        if row is None:
            raise NotFound("Cette réservation n'existe pas")
        row.active = False
        uow.commit()


def _reserved_on(session: Session, day: dt.date) -> dict[int, int]:
    rows = _reservation_rows(session)
    return rules.reserved_quantities(((_schedule(r), _items(r)) for r in rows), day)


def _items(row: BreadReservation) -> tuple[ReservationItem, ...]:
    return tuple(ReservationItem(i.product_id, i.qty) for i in row.items)


# ---------------------------------------------------------------------- prepaid
def top_up_prepaid(
    ctx: ServiceContext, actor: Actor, account_id: int, amount_cents: Cents, method: str
) -> Cents:
    """A customer leaves money for their bread; returns the prepaid balance.

    Written as a settlement on the customer account (the drawer counts it like one), so
    the account carries a credit that prepaid pick-ups use.
    """
    actor.require(Permission.SELL)
    _check_day_writable(ctx)
    if method not in TOPUP_METHODS:
        raise BreadError("Carte pain : espèces, carte ou chèque")
    if isinstance(amount_cents, bool) or amount_cents <= 0 or amount_cents > 50_000:
        raise BreadError("Montant de la carte pain : entre 0,01 € et 500,00 €")
    with ctx.uow() as uow:
        session = uow.session
        account = session.get(CustomerAccount, account_id)
        if account is None or not account.active:
            raise NotFound("Ce compte client n'existe pas ou est fermé")
        at = fiscal_time(ctx, session)  # the journal's time (never before the last record)
        if method == CASH:  # the cash goes into an open drawer session, never outside
            now = ctx.clock.now()
            cash.ensure_drawer_open(ctx, session, actor, at, cash.business_day(ctx, session, now))
        entry = AccountEntry(
            account_id=account_id,
            created_at=at,
            amount_cents=-amount_cents,
            kind="settlement",
            method=method,
            ticket_id=None,
            user_name=actor.name,
        )
        session.add(entry)
        session.flush()
        seal_account_entry(ctx, session, entry.id)  # a customer's balance is money: sealed
        session.add(
            BreadPrepaidTopUp(
                account_id=account_id,
                entry_id=entry.id,
                amount_cents=amount_cents,
                method=method,
                at=at,
                user_name=actor.name,
            )
        )
        balance = _prepaid_balance(session, account_id)
        uow.commit()
        return balance


def _prepaid_balance(session: Session, account_id: int) -> Cents:
    return max(0, -selling.account_balance(session, account_id))


def prepaid_balance(ctx: ServiceContext, account_id: int) -> Cents:
    with ctx.uow(read_only=True) as uow:
        return _prepaid_balance(uow.session, account_id)


# ---------------------------------------------------------------------- pick-ups
def _release_moment(ctx: ServiceContext, session: Session, day: dt.date) -> dt.datetime:
    hour = get_int(ctx, "bread.release_hour", session=session)
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=PARIS)


def _due(session: Session, day: dt.date) -> list[BreadReservation]:
    return [r for r in _reservation_rows(session) if _schedule(r).due_on(day)]


def _prices(session: Session, product_ids: Sequence[int]) -> dict[int, Cents]:
    if not product_ids:
        return {}
    return dict(
        session.execute(
            select(Product.id, Product.price_cents).where(Product.id.in_(product_ids))
        ).all()
    )


def pickups(ctx: ServiceContext, day: dt.date | None = None) -> list[PickupRow]:
    """The day's reservations to put aside, with their state (pending, picked up,
    released to the shelf)."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        day = day or business_today(ctx, session)
        due = _due(session, day)
        done = {
            p.reservation_id: p
            for p in session.scalars(select(BreadPickup).where(BreadPickup.day == day))
        }
        numbers = dict(
            session.execute(
                select(Ticket.id, Ticket.number).where(
                    Ticket.id.in_([p.ticket_id for p in done.values() if p.ticket_id])
                )
            ).all()
        )
        ids = sorted({i.product_id for r in due for i in r.items})
        names, prices = _product_names(session, ids), _prices(session, ids)
        release = _release_moment(ctx, session, day)
        late = _now(ctx) >= release
        rows = []
        for r in due:
            pickup = done.get(r.id)
            status = pickup.status if pickup else ("released" if late else "pending")
            rows.append(
                PickupRow(
                    r.id,
                    r.customer_name,
                    _reservation_view(r, names).items_text,
                    sum(prices.get(i.product_id, 0) * i.qty for i in r.items),
                    r.prepaid,
                    status,
                    numbers.get(pickup.ticket_id) if pickup and pickup.ticket_id else None,
                )
            )
        return rows


def pick_up(
    ctx: ServiceContext,
    actor: Actor,
    reservation_id: int,
    *,
    method: str = CASH,
    day: dt.date | None = None,
    token: str,
) -> PickupResult:
    """Tick a reservation off: its sale is rung up (take-away bread) through the normal
    sale path, paid by ``method`` or, for ``"prepaid"``, on the customer's prepaid credit,
    in the same transaction as the pick-up. Picking it up twice is refused."""
    actor.require(Permission.SELL)
    if method not in PICKUP_METHODS:
        raise BreadError("Mode de paiement inconnu pour ce retrait")
    with ctx.uow() as uow:
        session = uow.session
        day = day or business_today(ctx, session)
        row = session.get(BreadReservation, reservation_id)
        if row is None:
            raise NotFound("Cette réservation n'existe pas")
        if not _schedule(row).due_on(day):
            raise BreadError(f"La réservation de {row.customer_name} n'est pas prévue ce jour")
        pickup = session.scalar(
            select(BreadPickup).where(
                BreadPickup.reservation_id == reservation_id, BreadPickup.day == day
            )
        )
        if pickup is not None and pickup.status == "picked_up":
            raise BreadError(f"La réservation de {row.customer_name} est déjà retirée aujourd'hui")
        if method == "prepaid" and (not row.prepaid or row.account_id is None):
            raise BreadError("Cette réservation n'est pas prépayée : encaissez-la")
        products = list(
            session.scalars(
                product_query().where(Product.id.in_([i.product_id for i in row.items]))
            )
        )
        by_id = {item.product_id: item for item in sale_items(session, products)}
        cart = Cart(takeaway=True)
        for item in row.items:
            sale_item = by_id.get(item.product_id)
            if sale_item is None:
                raise NotFound("Un article de la réservation n'existe plus")
            cart.add(sale_item, item.qty * 1000)
        total = cart.total_cents
        if ctx.training:  # a training pick-up rings a training sale and records nothing
            result = selling.checkout(
                ctx, actor, cart, [PaymentInput(CASH, total)], token=token, open_drawer=False
            )
            return PickupResult(reservation_id, None, result.total_cents)
        if method == "prepaid":
            assert row.account_id is not None
            credit = _prepaid_balance(session, row.account_id)
            if credit < total:
                raise BreadError(
                    f"Carte pain de {row.customer_name} insuffisante : reste "
                    f"{format_eur(credit)} pour {format_eur(total)}"
                )
            payment = PaymentInput(ACCOUNT, total)
        else:
            payment = PaymentInput(method, total)
        settlement = settle(total, [payment])
        result = selling.record_sale(
            ctx,
            session,
            actor,
            cart,
            settlement,
            customer_account_id=row.account_id if method == "prepaid" else None,
            token=token,
            open_drawer=False,
        )
        ticket_id = session.scalar(
            select(Ticket.id).where(
                Ticket.register == ctx.register, Ticket.number == result.ticket_number
            )
        )
        at = to_utc_naive(ctx.clock.now())
        if pickup is None:
            pickup = BreadPickup(reservation_id=reservation_id, day=day)
            session.add(pickup)
        pickup.status = "picked_up"
        pickup.at = at
        pickup.ticket_id = ticket_id
        pickup.user_name = actor.name
        uow.commit()
        return PickupResult(reservation_id, result.ticket_number, result.total_cents)


def release_unclaimed(ctx: ServiceContext, actor: Actor, day: dt.date | None = None) -> int:
    """After the release hour, the reservations not picked up go back on the shelf.
    Returns how many were released (0 before the hour)."""
    actor.require(Permission.SELL)
    if ctx.training:
        return 0
    with ctx.uow() as uow:
        session = uow.session
        day = day or business_today(ctx, session)
        if _now(ctx) < _release_moment(ctx, session, day):
            return 0
        done = set(
            session.scalars(select(BreadPickup.reservation_id).where(BreadPickup.day == day))
        )
        released = 0
        at = to_utc_naive(ctx.clock.now())
        for r in _due(session, day):
            if r.id not in done:
                session.add(
                    BreadPickup(
                        reservation_id=r.id, day=day, status="released", at=at, user_name=actor.name
                    )
                )
                released += 1
        uow.commit()
        return released


def _picked_up(session: Session, day: dt.date, product_ids: Sequence[int]) -> dict[int, int]:
    rows = session.execute(
        select(BreadReservationItem.product_id, func.sum(BreadReservationItem.qty))
        .join(BreadPickup, BreadPickup.reservation_id == BreadReservationItem.reservation_id)
        .where(
            BreadPickup.day == day,
            BreadPickup.status == "picked_up",
            BreadReservationItem.product_id.in_(product_ids),
        )
        .group_by(BreadReservationItem.product_id)
    ).all()
    return {int(p): int(q) for p, q in rows}


# ---------------------------------------------------------------------- sales history
def _ticket_sales(
    ctx: ServiceContext, session: Session, product_ids: Sequence[int], first: dt.date, last: dt.date
) -> dict[tuple[int, dt.date], tuple[int, Cents]]:
    """(product, day) -> (loaves, TTC) rung up at the till (pick-ups included)."""
    if not product_ids:
        return {}
    rows = session.execute(
        select(
            TicketLine.product_id,
            Ticket.business_date,
            func.sum(TicketLine.qty_milli),
            func.sum(TicketLine.total_cents),
        )
        .join(Ticket, Ticket.id == TicketLine.ticket_id)
        .where(
            TicketLine.product_id.in_(product_ids),
            Ticket.register == ctx.register,
            Ticket.business_date.between(first, last),
        )
        .group_by(TicketLine.product_id, Ticket.business_date)
    ).all()
    return {(int(p or 0), d): (int(q or 0) // 1000, int(c or 0)) for p, d, q, c in rows}


def _pickups_by_day(
    session: Session, product_ids: Sequence[int], first: dt.date, last: dt.date
) -> dict[tuple[int, dt.date], int]:
    if not product_ids:
        return {}
    rows = session.execute(
        select(BreadReservationItem.product_id, BreadPickup.day, func.sum(BreadReservationItem.qty))
        .join(BreadPickup, BreadPickup.reservation_id == BreadReservationItem.reservation_id)
        .where(
            BreadPickup.status == "picked_up",
            BreadPickup.day.between(first, last),
            BreadReservationItem.product_id.in_(product_ids),
        )
        .group_by(BreadReservationItem.product_id, BreadPickup.day)
    ).all()
    return {(int(p), d): int(q) for p, d, q in rows}


def _unsold_by_day(
    session: Session, product_ids: Sequence[int], first: dt.date, last: dt.date
) -> dict[tuple[int, dt.date], int]:
    if not product_ids:
        return {}
    rows = session.execute(
        select(
            BreadReconciliationLine.product_id,
            BreadReconciliationLine.day,
            BreadReconciliationLine.returned
            + BreadReconciliationLine.given
            + BreadReconciliationLine.thrown
            + BreadReconciliationLine.next_day,
        ).where(
            BreadReconciliationLine.product_id.in_(product_ids),
            BreadReconciliationLine.day.between(first, last),
        )
    ).all()
    return {(int(p), d): int(u) for p, d, u in rows}


def counter_history(
    ctx: ServiceContext,
    session: Session,
    product_ids: Sequence[int],
    first: dt.date,
    last: dt.date,
    *,
    days: Sequence[dt.date] | None = None,
) -> dict[int, dict[dt.date, DayFigures]]:
    """Per product, per day of [first, last] (or only ``days``): loaves sold at the counter
    (pick-ups taken off) and whether the day sold out (reconciled with no unsold).

    A reconciled day is read from its reconciliation line (one row per product and day);
    the ticket lines are read only for the days not reconciled (before the deposit was set
    up, or not closed yet).
    """
    history: dict[int, dict[dt.date, DayFigures]] = defaultdict(dict)
    if not product_ids:
        return history
    unsold_total = (
        BreadReconciliationLine.returned
        + BreadReconciliationLine.given
        + BreadReconciliationLine.thrown
        + BreadReconciliationLine.next_day
    )
    in_window = (
        BreadReconciliationLine.day.in_(days)
        if days is not None
        else BreadReconciliationLine.day.between(first, last)
    )
    reconciled: set[tuple[int, dt.date]] = set()
    # Core rows (no ORM loading): a holiday reads a year, one row per product and day
    for pid, day, sold, unsold in session.connection().execute(
        select(
            BreadReconciliationLine.product_id,
            BreadReconciliationLine.day,
            BreadReconciliationLine.sold,
            unsold_total,
        ).where(BreadReconciliationLine.product_id.in_(product_ids), in_window)
    ):
        history[int(pid)][day] = DayFigures(int(sold), int(unsold) == 0)
        reconciled.add((int(pid), day))
    wanted = (
        list(days)
        if days is not None
        else [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    )
    missing = sorted({d for d in wanted for pid in product_ids if (pid, d) not in reconciled})
    if not missing:
        return history
    # the ticket lines of the missing days only: walk the tickets' date index (the product
    # filter goes through coalesce so SQLite does not scan a whole year of a product)
    rows = session.execute(
        select(TicketLine.product_id, Ticket.business_date, func.sum(TicketLine.qty_milli))
        .join(Ticket, Ticket.id == TicketLine.ticket_id)
        .where(
            Ticket.register == ctx.register,
            Ticket.business_date.in_(missing),
            func.coalesce(TicketLine.product_id, 0).in_(product_ids),
        )
        .group_by(TicketLine.product_id, Ticket.business_date)
    ).all()
    picked = _pickups_by_day(session, product_ids, missing[0], missing[-1])
    for product_id, day, qty in rows:
        key = (int(product_id or 0), day)
        if key in reconciled:
            continue
        counter = int(qty or 0) // 1000 - picked.get(key, 0)
        history[key[0]][day] = DayFigures(max(0, counter))
    return history


def suggestion(
    ctx: ServiceContext, session: Session, baker_id: int, day: dt.date
) -> list[rules.SuggestedLine]:
    """Tomorrow's suggested quantities for the baker's products (reservations + forecast).

    The forecast reads the last same weekdays; on a holiday, its factor is learnt from
    the last year's reconciled days (one SQL aggregate by kind of day)."""
    product_ids = _active_product_ids(session, baker_id)
    zone = get_str(ctx, "bread.school_zone", session=session)
    calendar = rules.calendar_for(day - dt.timedelta(days=366), day, zone)
    yesterday = day - dt.timedelta(days=1)
    same_weekdays = [day - dt.timedelta(weeks=w) for w in range(1, rules.FORECAST_WEEKS + 1)]
    # the last days before the eve (the eve is still selling when the order is made)
    recent = [day - dt.timedelta(days=n) for n in range(2, rules.RECENT_DAYS + 2)]
    history = counter_history(
        ctx, session, product_ids, same_weekdays[-1], yesterday, days=same_weekdays + recent
    )
    kind = calendar.kind(day)
    factors = None
    if kind is not rules.DayKind.NORMAL:  # learnt over the last year, summed in SQL
        factors = _holiday_factors(session, product_ids, calendar, kind, day)
    return rules.suggest_order(
        product_ids, _reserved_on(session, day), history, day, calendar, factors
    )


def _holiday_factors(
    session: Session,
    product_ids: Sequence[int],
    calendar: rules.Calendar,
    kind: rules.DayKind,
    day: dt.date,
) -> dict[int, float]:
    """Per product, how days of ``kind`` sold against normal days over the last year (the
    reconciled days' counter sales, summed by kind of day in one query)."""
    first = day - dt.timedelta(days=365)
    holidays = [d for d in (calendar.public | calendar.school) if first <= d < day]
    public = [d for d in holidays if calendar.kind(d) is rules.DayKind.PUBLIC_HOLIDAY]
    school = [d for d in holidays if calendar.kind(d) is rules.DayKind.SCHOOL_HOLIDAY]
    line = BreadReconciliationLine
    day_kind = case(
        (line.day.in_(public), rules.DayKind.PUBLIC_HOLIDAY.value),
        (line.day.in_(school), rules.DayKind.SCHOOL_HOLIDAY.value),
        else_=rules.DayKind.NORMAL.value,
    )
    sums: dict[int, dict[str, tuple[float, int]]] = defaultdict(dict)
    for pid, kind_value, total, count in session.connection().execute(
        select(line.product_id, day_kind, func.sum(line.sold), func.count())
        .where(line.product_id.in_(product_ids), line.day >= first, line.day < day)
        .group_by(line.product_id, day_kind)
    ):
        sums[int(pid)][str(kind_value)] = (float(total or 0), int(count))
    return {
        pid: rules.holiday_factor(
            kind,
            sums[pid].get(kind.value, (0.0, 0)),
            sums[pid].get(rules.DayKind.NORMAL.value, (0.0, 0)),
        )
        for pid in product_ids
    }


def suggest_order(ctx: ServiceContext, baker_id: int, day: dt.date) -> list[rules.SuggestedLine]:
    """The suggested quantities for ``day`` (read-only; ``order_view`` adds the history)."""
    with ctx.uow(read_only=True) as uow:
        _baker(uow.session, baker_id)
        return suggestion(ctx, uow.session, baker_id, day)


# ---------------------------------------------------------------------- orders
def _cutoff_at(baker: BreadBaker, day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day - dt.timedelta(days=1), _cutoff(baker), tzinfo=PARIS)


def _order_status(
    ctx: ServiceContext, baker: BreadBaker, order: BreadOrder | None, day: dt.date
) -> str:
    if order is not None and order.status == "reopened":
        return "reopened"
    if _now(ctx) >= _cutoff_at(baker, day) or (order is not None and order.status == "locked"):
        return "locked"
    return "new" if order is None else "open"


def tomorrow(ctx: ServiceContext) -> dt.date:
    with ctx.uow(read_only=True) as uow:
        return business_today(ctx, uow.session) + dt.timedelta(days=1)


def order_view(ctx: ServiceContext, baker_id: int, day: dt.date) -> OrderView:
    """The order for ``day``: saved quantities, or the suggestion when none is saved yet,
    with the last weeks' sold / unsold on the same weekday."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        baker = _baker(session, baker_id)
        order = session.scalar(
            select(BreadOrder).where(BreadOrder.baker_id == baker_id, BreadOrder.day == day)
        )
        suggested = {s.product_id: s for s in suggestion(ctx, session, baker_id, day)}
        saved = {ln.product_id: ln for ln in order.lines} if order else {}
        ids = list(suggested) + [pid for pid in saved if pid not in suggested]
        names = _product_names(session, ids)
        past_days = [day - dt.timedelta(weeks=w) for w in range(1, HISTORY_WEEKS + 1)]
        sales = _ticket_sales(ctx, session, ids, past_days[-1], past_days[0])
        unsold = _unsold_by_day(session, ids, past_days[-1], past_days[0])
        lines = []
        for pid in ids:
            s = suggested.get(pid)
            reserved = s.reserved if s else 0
            forecast = s.forecast if s else 0
            value = s.suggested if s else 0
            qty = saved[pid].qty if pid in saved else value
            past = tuple(
                PastDay(d, sales.get((pid, d), (0, 0))[0], unsold.get((pid, d))) for d in past_days
            )
            lines.append(
                OrderLineView(pid, names.get(pid, "?"), reserved, forecast, value, qty, past)
            )
        return OrderView(
            baker.id,
            baker.name,
            day,
            _order_status(ctx, baker, order, day),
            _cutoff_at(baker, day),
            tuple(lines),
            day.weekday() in _weekdays(baker.delivery_weekdays),
            order is not None and bool(order.lines),
        )


def save_order(
    ctx: ServiceContext, actor: Actor, baker_id: int, day: dt.date, quantities: Mapping[int, int]
) -> OrderView:
    """Save the quantities to order for ``day`` (refused after the cut-off unless a manager
    reopened the order)."""
    actor.require(Permission.SELL)
    _check_day_writable(ctx)
    for qty in quantities.values():
        if isinstance(qty, bool) or qty < 0 or qty > rules.MAX_QTY:
            raise BreadError(f"Quantité commandée : entre 0 et {rules.MAX_QTY}")
    with ctx.uow() as uow:
        session = uow.session
        baker = _baker(session, baker_id)
        order = session.scalar(
            select(BreadOrder).where(BreadOrder.baker_id == baker_id, BreadOrder.day == day)
        )
        status = _order_status(ctx, baker, order, day)
        if status == "locked":
            raise BreadError(
                f"La commande du {day:%d/%m/%Y} est verrouillée (heure limite "
                f"{baker.cutoff} la veille) : un·e gérant·e doit la rouvrir avec son code"
            )
        if session.scalar(
            select(BreadReception.id).where(
                BreadReception.baker_id == baker_id, BreadReception.day == day
            )
        ):
            raise BreadError("Cette livraison est déjà réceptionnée : la commande ne change plus")
        allowed = set(_active_product_ids(session, baker_id))
        if any(pid not in allowed for pid in quantities):
            raise BreadError("Un article de la commande n'est pas fourni par ce boulanger")
        suggested = {s.product_id: s for s in suggestion(ctx, session, baker_id, day)}
        now = to_utc_naive(ctx.clock.now())
        if order is None:
            order = BreadOrder(baker_id=baker_id, day=day, status="open", updated_at=now)
            session.add(order)
        order.updated_at = now
        existing = {ln.product_id: ln for ln in order.lines}
        for pid in allowed:
            s = suggested.get(pid)
            line = existing.get(pid)
            if line is None:
                line = BreadOrderLine(product_id=pid, qty=0)
                order.lines.append(line)
            if s is not None:
                line.reserved, line.forecast, line.suggested = s.reserved, s.forecast, s.suggested
            line.qty = quantities.get(
                pid, line.qty if pid in existing else (s.suggested if s else 0)
            )
        uow.commit()
    return order_view(ctx, baker_id, day)


def lock_order(ctx: ServiceContext, actor: Actor, baker_id: int, day: dt.date) -> OrderView:
    """Send the order: it is saved as it stands and locked."""
    actor.require(Permission.SELL)
    view = order_view(ctx, baker_id, day)
    if view.editable:
        save_order(ctx, actor, baker_id, day, {ln.product_id: ln.qty for ln in view.lines})
    with ctx.uow() as uow:
        order = uow.session.scalar(
            select(BreadOrder).where(BreadOrder.baker_id == baker_id, BreadOrder.day == day)
        )
        if order is not None:
            order.status = "locked"
            uow.commit()
    return order_view(ctx, baker_id, day)


def reopen_order(
    ctx: ServiceContext, actor: Actor, approver: Actor, baker_id: int, day: dt.date
) -> OrderView:
    """A manager (``approver`` from ``users.verify_manager_pin``) reopens a locked order."""
    actor.require(Permission.SELL)
    approver.require(Permission.OVERRIDE)
    _check_day_writable(ctx)
    with ctx.uow() as uow:
        session = uow.session
        baker = _baker(session, baker_id)
        order = session.scalar(
            select(BreadOrder).where(BreadOrder.baker_id == baker_id, BreadOrder.day == day)
        )
        if order is None:
            order = BreadOrder(baker_id=baker.id, day=day)
            session.add(order)
        order.status = "reopened"
        order.reopened_by = approver.name
        order.updated_at = to_utc_naive(ctx.clock.now())
        uow.commit()
    return order_view(ctx, baker_id, day)


def order_message(ctx: ServiceContext, baker_id: int, day: dt.date) -> str:
    """The order as a short text for the baker (SMS, e-mail)."""
    view = order_view(ctx, baker_id, day)
    with ctx.uow(read_only=True) as uow:
        identity = uow.session.get(CafeIdentity, 1)
        cafe = identity.name if identity else "le café"
    return rules.order_text(
        cafe,
        day,
        [(ln.name, ln.qty) for ln in view.lines],
        lambda d: f"{rules.WEEKDAY_NAMES[d.weekday()]} {d:%d/%m}",
    )


# ---------------------------------------------------------------------- reception
def reception_view(ctx: ServiceContext, baker_id: int, day: dt.date) -> ReceptionView:
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        _baker(session, baker_id)
        reception = session.scalar(
            select(BreadReception).where(
                BreadReception.baker_id == baker_id, BreadReception.day == day
            )
        )
        order = session.scalar(
            select(BreadOrder).where(BreadOrder.baker_id == baker_id, BreadOrder.day == day)
        )
        ordered = {ln.product_id: ln.qty for ln in order.lines} if order else {}
        received = {ln.product_id: ln for ln in reception.lines} if reception else {}
        ids = _active_product_ids(session, baker_id)
        ids += [pid for pid in list(ordered) + list(received) if pid not in ids]
        subs = [ln.substitute_for_id for ln in received.values() if ln.substitute_for_id]
        names = _product_names(session, ids + subs)
        lines = []
        for pid in ids:
            got = received.get(pid)
            lines.append(
                ReceptionLineView(
                    pid,
                    names.get(pid, "?"),
                    ordered.get(pid, 0),
                    got.delivered if got else None,
                    got.status if got else "",
                    names.get(got.substitute_for_id, "") if got and got.substitute_for_id else "",
                )
            )
        return ReceptionView(baker_id, day, reception is not None, tuple(lines))


def record_reception(
    ctx: ServiceContext,
    actor: Actor,
    baker_id: int,
    day: dt.date,
    delivered: Mapping[int, int],
    substitutes: Mapping[int, int] | None = None,
) -> ReceptionView:
    """What the baker delivered, checked against the order (short, extra, substituted:
    ``substitutes`` maps a product received to the ordered one it replaces). May be
    corrected until the day's bread is reconciled."""
    actor.require(Permission.SELL)
    _check_day_writable(ctx)
    rules.check_delivered(delivered)
    substitutes = substitutes or {}
    with ctx.uow() as uow:
        session = uow.session
        _baker(session, baker_id)
        if _reconciled(session, baker_id, day):
            raise BreadError("Le pain de ce jour est déjà clôturé : la réception ne change plus")
        linked = {
            int(p)
            for p in session.scalars(
                select(BreadProduct.product_id).where(BreadProduct.baker_id == baker_id)
            )
        }
        if any(pid not in linked for pid in delivered):
            raise BreadError("Un article reçu n'est pas fourni par ce boulanger")
        order = session.scalar(
            select(BreadOrder).where(BreadOrder.baker_id == baker_id, BreadOrder.day == day)
        )
        ordered = {ln.product_id: ln.qty for ln in order.lines} if order else {}
        reception = session.scalar(
            select(BreadReception).where(
                BreadReception.baker_id == baker_id, BreadReception.day == day
            )
        )
        if reception is None:
            reception = BreadReception(baker_id=baker_id, day=day)
            session.add(reception)
        reception.received_at = to_utc_naive(ctx.clock.now())
        reception.user_name = actor.name
        reception.lines.clear()
        session.flush()
        for pid in sorted(set(ordered) | set(delivered)):
            qty = delivered.get(pid, 0)
            status = rules.reception_status(ordered.get(pid, 0), qty)
            reception.lines.append(
                BreadReceptionLine(
                    product_id=pid,
                    ordered=ordered.get(pid, 0),
                    delivered=qty,
                    status=status.value,
                    substitute_for_id=substitutes.get(pid),
                )
            )
        uow.commit()
    return reception_view(ctx, baker_id, day)


# ---------------------------------------------------------------------- reconciliation
def _reconciled(session: Session, baker_id: int, day: dt.date) -> BreadReconciliation | None:
    return session.scalar(
        select(BreadReconciliation).where(
            BreadReconciliation.baker_id == baker_id, BreadReconciliation.day == day
        )
    )


def _delivered(session: Session, baker_id: int, day: dt.date) -> dict[int, int]:
    rows = session.execute(
        select(BreadReceptionLine.product_id, BreadReceptionLine.delivered)
        .join(BreadReception, BreadReception.id == BreadReceptionLine.reception_id)
        .where(BreadReception.baker_id == baker_id, BreadReception.day == day)
    ).all()
    return {int(p): int(q) for p, q in rows}


def reconciliation(ctx: ServiceContext, baker_id: int, day: dt.date) -> ReconciliationView:
    """The confirmed reconciliation of ``day``, or the one the figures propose."""
    with ctx.uow(read_only=True) as uow:
        return _reconciliation(ctx, uow.session, baker_id, day)


def _reconciliation(
    ctx: ServiceContext, session: Session, baker_id: int, day: dt.date
) -> ReconciliationView:
    baker = _baker(session, baker_id)
    contract = _contract(baker)
    done = _reconciled(session, baker_id, day)
    if done is not None:
        names = _product_names(session, [ln.product_id for ln in done.lines])
        lines = tuple(
            ReconciliationLineView(
                ln.product_id,
                names.get(ln.product_id, "?"),
                rules.ReconciliationLine(
                    ln.product_id,
                    ln.delivered,
                    ln.sold,
                    ln.picked_up,
                    {
                        UnsoldOutcome.RETURNED: ln.returned,
                        UnsoldOutcome.GIVEN: ln.given,
                        UnsoldOutcome.THROWN: ln.thrown,
                        UnsoldOutcome.NEXT_DAY: ln.next_day,
                    },
                ),
            )
            for ln in done.lines
        )
        return ReconciliationView(baker_id, day, contract, True, done.user_name, lines)
    delivered = _delivered(session, baker_id, day)
    ids = _active_product_ids(session, baker_id)
    ids += [pid for pid in delivered if pid not in ids]
    sales = _ticket_sales(ctx, session, ids, day, day)
    picked = _picked_up(session, day, ids)
    names = _product_names(session, ids)
    proposed = []
    for pid in ids:
        sold_total = sales.get((pid, day), (0, 0))[0]
        picked_qty = picked.get(pid, 0)
        counter = max(0, sold_total - picked_qty)
        line = rules.propose_reconciliation(
            contract, pid, delivered.get(pid, 0), counter, picked_qty
        )
        if line.delivered or line.sold or line.picked_up:
            proposed.append(ReconciliationLineView(pid, names.get(pid, "?"), line))
    return ReconciliationView(baker_id, day, contract, False, "", tuple(proposed))


def confirm_reconciliation(
    ctx: ServiceContext,
    actor: Actor,
    baker_id: int,
    day: dt.date,
    unsold: Mapping[int, Mapping[UnsoldOutcome, int]] | None = None,
) -> ReconciliationView:
    """Close the day's bread once: the unsold per product and outcome (default: what the
    figures propose). Differences stay named on the reconciliation."""
    actor.require(Permission.SELL)
    _check_day_writable(ctx)
    with ctx.uow() as uow:
        session = uow.session
        if _reconciled(session, baker_id, day) is not None:
            raise BreadError(f"Le pain du {day:%d/%m/%Y} est déjà clôturé : rien n'a changé")
        proposal = _reconciliation(ctx, session, baker_id, day)
        contract = proposal.contract
        for outcomes in (unsold or {}).values():
            rules.check_unsold(contract, outcomes)
        order = session.scalar(
            select(BreadOrder).where(BreadOrder.baker_id == baker_id, BreadOrder.day == day)
        )
        suggested = {ln.product_id: ln.suggested for ln in order.lines} if order else {}
        header = BreadReconciliation(
            baker_id=baker_id,
            day=day,
            confirmed_at=to_utc_naive(ctx.clock.now()),
            user_name=actor.name,
        )
        session.add(header)
        for view in proposal.lines:
            given = (unsold or {}).get(view.product_id)
            outcomes = dict(given) if given is not None else dict(view.line.unsold)
            line = rules.ReconciliationLine(
                view.product_id, view.line.delivered, view.line.sold, view.line.picked_up, outcomes
            )
            header.lines.append(
                BreadReconciliationLine(
                    product_id=view.product_id,
                    day=day,
                    delivered=line.delivered,
                    sold=line.sold,
                    picked_up=line.picked_up,
                    returned=outcomes.get(UnsoldOutcome.RETURNED, 0),
                    given=outcomes.get(UnsoldOutcome.GIVEN, 0),
                    thrown=outcomes.get(UnsoldOutcome.THROWN, 0),
                    next_day=outcomes.get(UnsoldOutcome.NEXT_DAY, 0),
                    difference=line.difference,
                    suggested=suggested.get(view.product_id, 0),
                )
            )
        session.flush()
        result = _reconciliation(ctx, session, baker_id, day)
        uow.commit()
        return result


# ---------------------------------------------------------------------- statements
def statement(ctx: ServiceContext, baker_id: int, first: dt.date, last: dt.date) -> StatementView:
    """The baker's statement over a period: delivered, returned, sold (tickets), the
    commission or the purchase amount, and what the café owes the baker."""
    if last < first:
        raise BreadError("La fin de la période est avant son début")
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        baker = _baker(session, baker_id)
        contract = _contract(baker)
        view = _baker_view(session, baker)
        ids = [p.product_id for p in view.products]
        sales = _ticket_sales(ctx, session, ids, first, last)
        delivered_rows = session.execute(
            select(BreadReceptionLine.product_id, func.sum(BreadReceptionLine.delivered))
            .join(BreadReception, BreadReception.id == BreadReceptionLine.reception_id)
            .where(BreadReception.baker_id == baker_id, BreadReception.day.between(first, last))
            .group_by(BreadReceptionLine.product_id)
        ).all()
        delivered = {int(p): int(q) for p, q in delivered_rows}
        returned_rows = session.execute(
            select(BreadReconciliationLine.product_id, func.sum(BreadReconciliationLine.returned))
            .join(
                BreadReconciliation,
                BreadReconciliation.id == BreadReconciliationLine.reconciliation_id,
            )
            .where(
                BreadReconciliation.baker_id == baker_id,
                BreadReconciliation.day.between(first, last),
            )
            .group_by(BreadReconciliationLine.product_id)
        ).all()
        returned = {int(p): int(q) for p, q in returned_rows}
        commissions: dict[int, Cents] = defaultdict(int)
        for pid, qty_milli, total, count in session.execute(
            select(
                TicketLine.product_id,
                TicketLine.qty_milli,
                TicketLine.total_cents,
                func.count(),
            )
            .join(Ticket, Ticket.id == TicketLine.ticket_id)
            .where(
                TicketLine.product_id.in_(ids),
                Ticket.register == ctx.register,
                Ticket.business_date.between(first, last),
            )
            .group_by(TicketLine.product_id, TicketLine.qty_milli, TicketLine.total_cents)
        ):
            line = contract.commission(int(qty_milli) // 1000, int(total))
            commissions[int(pid or 0)] += line * int(count)
        lines = []
        for p in view.products:
            sold = sum(q for (pid, _), (q, _c) in sales.items() if pid == p.product_id)
            cents = sum(c for (pid, _), (_q, c) in sales.items() if pid == p.product_id)
            lines.append(
                rules.StatementLine(
                    p.product_id,
                    p.name,
                    p.purchase_price_cents,
                    delivered.get(p.product_id, 0),
                    returned.get(p.product_id, 0),
                    sold,
                    cents,
                    commissions.get(p.product_id, 0),
                )
            )
        identity = session.get(CafeIdentity, 1)
        return StatementView(
            baker.id,
            baker.name,
            identity.name if identity else "",
            identity.address if identity else "",
            first,
            last,
            contract,
            view.contract_label,
            tuple(lines),
            rules.statement_totals(contract, lines),
            _now(ctx),
        )


def owed_to_baker(ctx: ServiceContext, baker_id: int, first: dt.date, last: dt.date) -> Cents:
    """What the café owes the baker over a period (for the third-party ledger)."""
    return statement(ctx, baker_id, first, last).totals.owed_to_baker_cents


# ---------------------------------------------------------------------- waste & quality
def waste_figures(
    ctx: ServiceContext, baker_id: int, first: dt.date, last: dt.date
) -> WasteFigures:
    """Unsold rate per product and weekday over the reconciled days, and how far the
    suggestion was from what was taken (counter + pick-ups)."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        _baker(session, baker_id)
        rows = session.execute(
            select(BreadReconciliationLine)
            .join(
                BreadReconciliation,
                BreadReconciliation.id == BreadReconciliationLine.reconciliation_id,
            )
            .where(
                BreadReconciliation.baker_id == baker_id,
                BreadReconciliation.day.between(first, last),
            )
        ).scalars()
        lines = [
            (
                ln.product_id,
                ln.day,
                ln.delivered,
                ln.sold,
                ln.picked_up,
                ln.suggested,
                ln.returned + ln.given + ln.thrown + ln.next_day,
            )
            for ln in rows
        ]
        names = _product_names(session, sorted({ln[0] for ln in lines}))
    cells: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    by_day: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0])
    quality_rows = []
    for product_id, day, delivered, sold, picked_up, suggested, unsold in lines:
        taken = sold + picked_up
        cell = cells[(product_id, day.weekday())]
        for index, value in enumerate(
            (1, delivered, unsold, suggested, taken, abs(suggested - taken))
        ):
            cell[index] += value
        by_day[day][0] += delivered
        by_day[day][1] += unsold
        quality_rows.append((suggested, delivered, taken, unsold))
    waste = tuple(
        WasteRow(pid, names.get(pid, "?"), weekday, *values)
        for (pid, weekday), values in sorted(
            cells.items(), key=lambda kv: (names.get(kv[0][0], ""), kv[0][1])
        )
    )
    return WasteFigures(
        waste,
        rules.quality(quality_rows),
        tuple((d, v[0], v[1]) for d, v in sorted(by_day.items())),
    )


# ---------------------------------------------------------------------- documents
def statement_doc(view: StatementView) -> StatementDoc:
    from cafe_pos.reports.bread_pdf import StatementDoc, StatementDocLine

    t = view.totals
    return StatementDoc(
        cafe_name=view.cafe_name,
        cafe_address=view.cafe_address,
        baker_name=view.baker_name,
        first=view.first,
        last=view.last,
        contract_label=view.contract_label,
        sale_or_return=view.contract.kind is ContractKind.SALE_OR_RETURN,
        lines=tuple(
            StatementDocLine(
                ln.label,
                ln.delivered,
                ln.returned,
                ln.sold,
                ln.sold_cents,
                0
                if view.contract.kind is ContractKind.SALE_OR_RETURN
                else ln.delivered * ln.unit_price_cents,
            )
            for ln in view.lines
        ),
        delivered=t.delivered,
        returned=t.returned,
        sold=t.sold,
        sold_cents=t.sold_cents,
        commission_cents=t.commission_cents,
        purchase_cents=t.purchase_cents,
        owed_cents=t.owed_to_baker_cents,
        generated_at=view.generated_at,
    )


def _reports_folder(ctx: ServiceContext) -> Path:
    from cafe_pos.services.reporting import reports_folder

    return reports_folder(ctx)


def _file_part(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")[:40]


def save_statement_pdf(
    ctx: ServiceContext, baker_id: int, first: dt.date, last: dt.date, path: Path | None = None
) -> Path:
    """The baker's statement as an A4 PDF (default: the reports folder)."""
    from cafe_pos.reports.bread_pdf import write_statement_pdf

    view = statement(ctx, baker_id, first, last)
    target = path or _reports_folder(ctx) / (
        f"releve-pain-{_file_part(view.baker_name)}-{first.isoformat()}-{last.isoformat()}.pdf"
    )
    return write_statement_pdf(statement_doc(view), target)


ORDER_STATUS_LABELS = {
    "new": "suggestion, pas encore enregistrée",
    "open": "enregistrée, modifiable jusqu'à l'heure limite",
    "locked": "verrouillée",
    "reopened": "rouverte par un·e gérant·e",
}


def save_order_pdf(
    ctx: ServiceContext, baker_id: int, day: dt.date, path: Path | None = None
) -> Path:
    """Tomorrow's order as an A4 PDF for the baker."""
    from cafe_pos.reports.bread_pdf import OrderDoc, OrderDocLine, write_order_pdf

    view = order_view(ctx, baker_id, day)
    with ctx.uow(read_only=True) as uow:
        identity = uow.session.get(CafeIdentity, 1)
        cafe = (identity.name, identity.address) if identity else ("", "")
    doc = OrderDoc(
        cafe[0],
        cafe[1],
        view.baker_name,
        day,
        ORDER_STATUS_LABELS[view.status],
        tuple(OrderDocLine(ln.name, ln.reserved, ln.forecast, ln.qty) for ln in view.lines),
        _now(ctx),
    )
    target = path or _reports_folder(ctx) / (
        f"commande-pain-{_file_part(view.baker_name)}-{day.isoformat()}.pdf"
    )
    return write_order_pdf(doc, target)


def print_order(ctx: ServiceContext, baker_id: int, day: dt.date) -> int:
    """Queue the order on the receipt printer; returns the print job id."""
    from cafe_pos.domain.receipt_layout import PrintLine
    from cafe_pos.services import printing

    view = order_view(ctx, baker_id, day)
    lines = [
        PrintLine("DÉPÔT DE PAIN", align="center", bold=True),
        PrintLine(f"Commande {view.baker_name}", align="center"),
        PrintLine(f"Livraison du {day:%d/%m/%Y}", align="center"),
        PrintLine(kind="separator"),
    ]
    lines += [PrintLine(f"{ln.qty:>4}  {ln.name}"[:42]) for ln in view.lines if ln.qty]
    lines += [
        PrintLine(kind="separator"),
        PrintLine(f"Total : {view.total_qty} article(s)", bold=True),
        PrintLine(kind="feed"),
        PrintLine(kind="cut"),
    ]
    return printing.enqueue(ctx, "text", lines)
