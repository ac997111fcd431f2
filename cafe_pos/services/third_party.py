"""Money the café holds for others: what each beneficiary is owed, paying it, the split of
takings between the café's own turnover and third-party collections (docs/third-party.md).

The takings are the sealed ticket lines flagged third-party; each such product says whose
money it collects and the commission the café keeps (``third_party_products``).
Commission is computed line by line (half-up), so a statement, the ledger and the
reports agree to the cent whatever period they cover. Payments out are append-only.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.cash import MovementReason
from cafe_pos.domain.catalogue import clean_name
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import MAX_AMOUNT_CENTS, Cents, format_eur, percent_of
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.domain.vat import vat_share
from cafe_pos.store.models.base import utcnow
from cafe_pos.store.models.cash import CashMovement, CashSession
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.sales import Payment, Ticket, TicketLine
from cafe_pos.store.models.third_party import (
    Beneficiary,
    BeneficiaryPayment,
    ThirdPartyProduct,
)

BENEFICIARY_KINDS = {
    "distributor": "Distributeur de presse",
    "la_poste": "La Poste",
    "baker": "Boulanger (dépôt-vente)",
    "carrier": "Transporteur",
    "other": "Autre bénéficiaire",
}
PAYMENT_METHODS = {"cheque": "Chèque", "transfer": "Virement", "cash": "Espèces"}
UNASSIGNED = "Autres encaissements pour tiers"
NOT_ON_CREDIT_KINDS = ("stamp", "postal")


class ThirdPartyError(UserError):
    """A payment to a beneficiary or a third-party rule refused (message in French)."""


@dataclass(frozen=True, slots=True)
class BeneficiaryTotals:
    """What a beneficiary's products collected over a period and the café's commission."""

    beneficiary_id: int | None  # None: third-party lines of no declared beneficiary
    name: str
    kind: str
    takings_cents: Cents
    commission_cents: Cents

    @property
    def due_cents(self) -> Cents:
        return self.takings_cents - self.commission_cents


@dataclass(frozen=True, slots=True)
class Balance:
    beneficiary_id: int
    name: str
    kind: str
    takings_cents: Cents
    commission_cents: Cents
    paid_cents: Cents
    advanced_cents: Cents = 0  # cash the café handed out for it (Relais Poste withdrawals)

    @property
    def owed_cents(self) -> Cents:
        """What the café still owes: takings − its commission − what it already paid −
        the cash it advanced for the beneficiary (negative: the beneficiary owes the café)."""
        return self.takings_cents - self.commission_cents - self.paid_cents - self.advanced_cents


@dataclass(frozen=True, slots=True)
class TakingsSplit:
    """A period's takings: the café's own turnover, and the money held for others."""

    total_cents: Cents
    third_party_cents: Cents
    commission_cents: Cents
    by_beneficiary: tuple[BeneficiaryTotals, ...]

    @property
    def own_turnover_cents(self) -> Cents:
        """Own sales + the commission earned on third-party sales (the café's revenue)."""
        return self.total_cents - self.third_party_cents + self.commission_cents

    @property
    def own_sales_cents(self) -> Cents:
        return self.total_cents - self.third_party_cents


def _totals(
    session: Session, register: str, first: dt.date | None, last: dt.date
) -> dict[int | None, tuple[int, int]]:
    """(takings, commission) per beneficiary id (None: undeclared) over the period."""
    query = (
        select(
            ThirdPartyProduct.beneficiary_id,
            ThirdPartyProduct.commission_bp,
            TicketLine.total_cents,
            func.count(),
        )
        .select_from(TicketLine)
        .join(Ticket, Ticket.id == TicketLine.ticket_id)
        .outerjoin(ThirdPartyProduct, ThirdPartyProduct.product_id == TicketLine.product_id)
        .where(
            TicketLine.third_party.is_(True),
            Ticket.register == register,
            Ticket.business_date <= last,
        )
        .group_by(
            ThirdPartyProduct.beneficiary_id,
            ThirdPartyProduct.commission_bp,
            TicketLine.total_cents,
        )
    )
    if first is not None:
        query = query.where(Ticket.business_date >= first)
    out: dict[int | None, tuple[int, int]] = defaultdict(lambda: (0, 0))
    for beneficiary_id, commission_bp, total, count in session.execute(query):
        takings, commission = out[beneficiary_id]
        line_commission = percent_of(int(total), int(commission_bp or 0))
        out[beneficiary_id] = (
            takings + int(total) * int(count),
            commission + line_commission * int(count),
        )
    return out


def commission_by_day(
    session: Session, register: str, first: dt.date, last: dt.date
) -> dict[tuple[dt.date, str], Cents]:
    """The commission earned per day and beneficiary name (declared beneficiaries only)."""
    out: dict[tuple[dt.date, str], Cents] = defaultdict(int)
    for day, name, commission_bp, total, count in session.execute(
        select(
            Ticket.business_date,
            Beneficiary.name,
            ThirdPartyProduct.commission_bp,
            TicketLine.total_cents,
            func.count(),
        )
        .select_from(TicketLine)
        .join(Ticket, Ticket.id == TicketLine.ticket_id)
        .join(ThirdPartyProduct, ThirdPartyProduct.product_id == TicketLine.product_id)
        .join(Beneficiary, Beneficiary.id == ThirdPartyProduct.beneficiary_id)
        .where(
            TicketLine.third_party.is_(True),
            Ticket.register == register,
            Ticket.business_date.between(first, last),
        )
        .group_by(
            Ticket.business_date,
            Beneficiary.name,
            ThirdPartyProduct.commission_bp,
            TicketLine.total_cents,
        )
    ):
        out[(day, name)] += percent_of(int(total), int(commission_bp)) * int(count)
    return {key: value for key, value in out.items() if value}


def takings_split(session: Session, register: str, first: dt.date, last: dt.date) -> TakingsSplit:
    """Own turnover vs money held for others, per beneficiary, for [first, last]."""
    total = session.scalar(
        select(func.coalesce(func.sum(Ticket.total_cents), 0)).where(
            Ticket.register == register, Ticket.business_date.between(first, last)
        )
    )
    totals = _totals(session, register, first, last)
    known = [key for key in totals if key is not None]
    names = {b.id: b for b in session.scalars(select(Beneficiary).where(Beneficiary.id.in_(known)))}
    rows = []
    for beneficiary_id, (takings, commission) in totals.items():
        if beneficiary_id is None:
            rows.append(BeneficiaryTotals(None, UNASSIGNED, "other", takings, commission))
        else:
            b = names[beneficiary_id]
            rows.append(BeneficiaryTotals(b.id, b.name, b.kind, takings, commission))
    rows.sort(key=lambda r: (r.beneficiary_id is None, r.name))
    return TakingsSplit(
        total_cents=int(total or 0),
        third_party_cents=sum(r.takings_cents for r in rows),
        commission_cents=sum(r.commission_cents for r in rows),
        by_beneficiary=tuple(rows),
    )


def period_split(ctx: ServiceContext, actor: Actor, first: dt.date, last: dt.date) -> TakingsSplit:
    actor.require(Permission.EXPORT)
    with ctx.uow(read_only=True) as uow:
        return takings_split(uow.session, ctx.register, first, last)


def _balances(session: Session, register: str, as_of: dt.date) -> list[Balance]:
    totals = _totals(session, register, None, as_of)
    paid = dict(
        session.execute(
            select(BeneficiaryPayment.beneficiary_id, func.sum(BeneficiaryPayment.amount_cents))
            .where(BeneficiaryPayment.paid_on <= as_of)
            .group_by(BeneficiaryPayment.beneficiary_id)
        ).all()
    )
    # La Banque Postale withdrawals at a Relais Poste: cash the café hands out for La Poste
    # (a cash movement "retrait pour un tiers"), which La Poste owes back.
    withdrawals = int(
        session.scalar(
            select(func.coalesce(func.sum(CashMovement.amount_cents), 0))
            .join(CashSession, CashSession.id == CashMovement.session_id)
            .where(
                CashMovement.reason == MovementReason.THIRD_PARTY_WITHDRAWAL.value,
                CashMovement.kind == "out",
                CashSession.register == register,
                CashSession.business_date <= as_of,
            )
        )
        or 0
    )
    out = []
    poste_seen = False
    for b in session.scalars(select(Beneficiary).order_by(Beneficiary.name)):
        takings, commission = totals.get(b.id, (0, 0))
        advanced = 0
        if b.kind == "la_poste" and not poste_seen:
            advanced, poste_seen = withdrawals, True
        out.append(
            Balance(b.id, b.name, b.kind, takings, commission, int(paid.get(b.id) or 0), advanced)
        )
    return out


def _balance_of(
    session: Session, register: str, day: dt.date, beneficiary_id: int
) -> Balance | None:
    return next(
        (b for b in _balances(session, register, day) if b.beneficiary_id == beneficiary_id),
        None,
    )


def balances(ctx: ServiceContext, as_of: dt.date | None = None) -> list[Balance]:
    """What the café owes each beneficiary at the end of ``as_of`` (default today)."""
    day = as_of or business_date(ctx.clock.now())
    with ctx.uow(read_only=True) as uow:
        return _balances(uow.session, ctx.register, day)


def add_beneficiary(ctx: ServiceContext, actor: Actor, name: str, kind: str) -> int:
    actor.require(Permission.EDIT_SETTINGS)
    if kind not in BENEFICIARY_KINDS:
        raise ThirdPartyError("Genre de bénéficiaire inconnu")
    cleaned = clean_name(name, what="Le nom du bénéficiaire", max_length=120)
    with ctx.uow() as uow:
        if uow.session.scalar(select(Beneficiary.id).where(Beneficiary.name == cleaned)):
            raise ThirdPartyError(f"« {cleaned} » existe déjà")
        beneficiary = Beneficiary(name=cleaned, kind=kind, active=True)
        uow.session.add(beneficiary)
        uow.session.flush()
        uow.commit()
        return beneficiary.id


def set_product_beneficiary(
    ctx: ServiceContext,
    actor: Actor,
    product_id: int,
    beneficiary_id: int,
    commission_bp: int,
    kind: str = "other",
) -> None:
    """Declare whose money a third-party product collects and the café's commission."""
    actor.require(Permission.EDIT_CATALOGUE)
    if isinstance(commission_bp, bool) or not 0 <= commission_bp <= 5000:
        raise ThirdPartyError("Commission invalide : entre 0 et 50 %")
    with ctx.uow() as uow:
        session = uow.session
        if session.get(Beneficiary, beneficiary_id) is None:
            raise ThirdPartyError("Bénéficiaire inconnu")
        existing = session.get(ThirdPartyProduct, product_id)
        if existing is None:
            session.add(
                ThirdPartyProduct(
                    product_id=product_id,
                    beneficiary_id=beneficiary_id,
                    commission_bp=commission_bp,
                    kind=kind,
                )
            )
        else:
            existing.beneficiary_id = beneficiary_id
            existing.commission_bp = commission_bp
            existing.kind = kind
        uow.commit()


def pay(
    ctx: ServiceContext,
    actor: Actor,
    beneficiary_id: int,
    amount_cents: Cents,
    method: str,
    reference: str = "",
) -> Balance:
    """Record money handed over to a beneficiary; never more than the café owes it."""
    actor.require(Permission.CASH_IN_OUT)
    if method not in PAYMENT_METHODS:
        raise ThirdPartyError("Moyen de règlement inconnu (chèque, virement ou espèces)")
    if (
        isinstance(amount_cents, bool)
        or not isinstance(amount_cents, int)
        or not 0 < amount_cents <= MAX_AMOUNT_CENTS
    ):
        raise ThirdPartyError("Montant du règlement invalide")
    today = business_date(ctx.clock.now())
    with ctx.uow() as uow:
        session = uow.session
        current = _balance_of(session, ctx.register, today, beneficiary_id)
        if current is None:
            raise ThirdPartyError("Bénéficiaire inconnu")
        if amount_cents > current.owed_cents:
            raise ThirdPartyError(
                f"Règlement refusé : {format_eur(amount_cents)} pour "
                f"{format_eur(max(current.owed_cents, 0))} dus à {current.name}"
            )
        session.add(
            BeneficiaryPayment(
                beneficiary_id=beneficiary_id,
                paid_on=today,
                amount_cents=amount_cents,
                method=method,
                reference=reference.strip()[:60],
                recorded_at=utcnow(),
                user_name=actor.name,
            )
        )
        session.flush()
        after = _balance_of(session, ctx.register, today, beneficiary_id)
        assert after is not None
        uow.commit()
    return after


def check_not_on_credit(session: Session, product_ids: list[int], on_account: Cents) -> None:
    """Stamps and postal items are paid in full at the counter: never on a customer account
    (the café would be advancing La Poste's money)."""
    if not on_account or not product_ids:
        return
    found = session.scalar(
        select(func.count())
        .select_from(ThirdPartyProduct)
        .where(
            ThirdPartyProduct.product_id.in_(product_ids),
            ThirdPartyProduct.kind.in_(NOT_ON_CREDIT_KINDS),
        )
    )
    if found:
        raise ThirdPartyError(
            "Les timbres et produits postaux se paient comptant : pas sur un compte client"
        )


def cash_held_for_others(ctx: ServiceContext, day: dt.date | None = None) -> Cents:
    """How much of the drawer's cash taken on ``day`` belongs to others: each ticket's cash
    in proportion of its third-party lines (half-up), less the cash paid out to
    beneficiaries that day. Shown at the cash count: that money is not the café's."""
    day = day or business_date(ctx.clock.now())
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        third = (
            select(
                TicketLine.ticket_id.label("ticket_id"),
                func.sum(TicketLine.total_cents).label("part"),
            )
            .join(Ticket, Ticket.id == TicketLine.ticket_id)
            .where(
                TicketLine.third_party.is_(True),
                Ticket.register == ctx.register,
                Ticket.business_date == day,
            )
            .group_by(TicketLine.ticket_id)
            .subquery()
        )
        held = 0
        for part, total, cash in session.execute(
            select(third.c.part, Ticket.total_cents, func.sum(Payment.amount_cents))
            .join(Ticket, Ticket.id == third.c.ticket_id)
            .join(Payment, Payment.ticket_id == Ticket.id)
            .where(Payment.method == "cash")
            .group_by(third.c.ticket_id, third.c.part, Ticket.total_cents)
        ):
            held += vat_share(int(cash), int(total), int(part))  # the same proportional split
        paid_in_cash = session.scalar(
            select(func.coalesce(func.sum(BeneficiaryPayment.amount_cents), 0)).where(
                BeneficiaryPayment.paid_on == day, BeneficiaryPayment.method == "cash"
            )
        )
        return held - int(paid_in_cash or 0)


ITEM_KINDS = {
    "stamp": "Timbres",
    "postal": "Produits postaux (enveloppes prêtes-à-poster, colis)",
    "ticketing": "Billetterie (association, fête du village)",
    "other": "Autre encaissement pour un tiers",
}


@dataclass(frozen=True, slots=True)
class ThirdPartyItem:
    """A catalogue product sold for someone else, and whom it collects for (if declared)."""

    product_id: int
    name: str
    beneficiary: str  # "" while undeclared
    commission_bp: int
    kind: str


def third_party_items(ctx: ServiceContext) -> list[ThirdPartyItem]:
    """The catalogue's third-party products other than press issues and bread (which their
    own screens declare), with their beneficiary and commission."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(Product.id, Product.name, Beneficiary.name, ThirdPartyProduct.commission_bp,
                   ThirdPartyProduct.kind)
            .outerjoin(ThirdPartyProduct, ThirdPartyProduct.product_id == Product.id)
            .outerjoin(Beneficiary, Beneficiary.id == ThirdPartyProduct.beneficiary_id)
            .where(Product.third_party.is_(True), Product.active.is_(True))
            .order_by(Product.name)
        ).all()  # fmt: skip
    return [
        ThirdPartyItem(pid, name, beneficiary or "", int(bp or 0), kind or "other")
        for pid, name, beneficiary, bp, kind in rows
        if kind not in ("press", "bread")
    ]


def declare_item(
    ctx: ServiceContext,
    actor: Actor,
    product_id: int,
    beneficiary_name: str,
    kind: str,
    commission_bp: int,
) -> ThirdPartyItem:
    """Say whose money a product collects (the beneficiary is created when new: La Poste
    for stamps and postal items) and the café's commission on it."""
    actor.require(Permission.EDIT_CATALOGUE)
    if kind not in ITEM_KINDS:
        raise ThirdPartyError("Genre d'article inconnu")
    if isinstance(commission_bp, bool) or not 0 <= commission_bp <= 5000:
        raise ThirdPartyError("Commission invalide : entre 0 et 50 %")
    name = clean_name(beneficiary_name, what="Le nom du bénéficiaire", max_length=120)
    with ctx.uow() as uow:
        session = uow.session
        product = session.get(Product, product_id)
        if product is None or not product.third_party:
            raise ThirdPartyError(
                "Ce produit n'est pas vendu pour un tiers (cochez « Vendu pour un tiers » "
                "dans sa fiche)"
            )
        beneficiary = session.scalar(select(Beneficiary).where(Beneficiary.name == name))
        if beneficiary is None:
            beneficiary = Beneficiary(
                name=name, kind="la_poste" if kind in NOT_ON_CREDIT_KINDS else "other"
            )
            session.add(beneficiary)
            session.flush()
        declared = session.get(ThirdPartyProduct, product_id)
        if declared is None:
            declared = ThirdPartyProduct(product_id=product_id)
            session.add(declared)
        declared.beneficiary_id = beneficiary.id
        declared.commission_bp = commission_bp
        declared.kind = kind
        uow.commit()
        return ThirdPartyItem(product_id, product.name, beneficiary.name, commission_bp, kind)


def figures_for_hq(session: Session, register: str, day: dt.date) -> dict[str, Any]:
    """The commission earned on money held for others, and the takings per beneficiary
    kind (distributor, la_poste, baker, other): never a beneficiary's name."""
    split = takings_split(session, register, day, day)
    kinds: dict[str, list[int]] = {}
    for b in split.by_beneficiary:
        row = kinds.setdefault(b.kind, [0, 0])
        row[0] += b.takings_cents
        row[1] += b.commission_cents
    return {
        "commission_cents": split.commission_cents,
        "by_beneficiary_kind": [
            {"kind": kind, "takings_cents": t, "commission_cents": c}
            for kind, (t, c) in sorted(kinds.items())
        ],
    }
