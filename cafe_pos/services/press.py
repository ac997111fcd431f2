"""Press on consignment: titles, the morning delivery, sales by scanning, returns, statements.

Each issue is sold through its own catalogue product (category "Presse", third-party, the
title's VAT), created with the issue: the sealed ticket lines then say exactly which issue
sold, and a sale needs nothing the till does not already do. The copies that came in and
went back are an append-only ledger (``press_movements``); the copies sold are the ticket
lines. What the café owes each distributor is in ``services.third_party``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.catalogue import clean_name
from cafe_pos.domain.money import MAX_AMOUNT_CENTS, Cents
from cafe_pos.domain.press import (
    IssueFigures,
    Periodicity,
    PressError,
    Statement,
    StatementLine,
    check_commission,
    check_return,
    commission_of,
    default_return_deadline,
    is_press_code,
    normalise_issn,
    parse_press_code,
    return_is_late,
    title_key_for,
    vat_for,
)
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.store.models.base import utcnow
from cafe_pos.store.models.catalogue import Category, Product
from cafe_pos.store.models.sales import Ticket, TicketLine
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.models.third_party import (
    Beneficiary,
    PressIssue,
    PressMovement,
    PressTitle,
    ThirdPartyProduct,
)

if TYPE_CHECKING:
    from cafe_pos.reports.press_pdf import CafeHeader

PRESS_CATEGORY = "Presse"
MAX_COPIES = 999
DEFAULT_COMMISSION_BP = {Periodicity.DAILY: 1400}  # the others: 13 %
OTHER_COMMISSION_BP = 1300


@dataclass(frozen=True, slots=True)
class TitleInput:
    name: str
    issn: str
    distributor: str
    periodicity: Periodicity
    cppap: bool = True
    commission_bp: int | None = None  # None: the default for the periodicity
    variant: str = "00"


@dataclass(frozen=True, slots=True)
class TitleView:
    id: int
    name: str
    distributor: str
    title_key: str
    issn: str
    periodicity: Periodicity
    cppap: bool
    vat_bp: int
    commission_bp: int


@dataclass(frozen=True, slots=True)
class IssueView:
    id: int
    title_id: int
    title: str
    distributor: str
    number: str
    cover_price_cents: Cents
    product_id: int
    first_delivered_on: dt.date
    return_deadline: dt.date
    supplied: int
    sold: int
    returned: int

    @property
    def on_shelf(self) -> int:
        return IssueFigures(self.supplied, self.sold, self.returned).on_shelf

    @property
    def label(self) -> str:
        return f"{self.title} n° {self.number}"


@dataclass(frozen=True, slots=True)
class DeliveryLine:
    """One line of the distributor's delivery note."""

    title_id: int
    number: str
    cover_price_cents: Cents
    copies: int
    return_deadline: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ReturnResult:
    issue: IssueView
    copies: int
    warning: str  # non-empty when the return is after the deadline


@dataclass(frozen=True, slots=True)
class PressScan:
    """What a press barcode found at the till: the issue's product, or why not."""

    product_id: int | None
    issue: IssueView | None
    message: str


# ------------------------------------------------------------------ titles
def _default_commission(periodicity: Periodicity) -> int:
    return DEFAULT_COMMISSION_BP.get(periodicity, OTHER_COMMISSION_BP)


def _distributor(session: Session, name: str) -> Beneficiary:
    cleaned = clean_name(name, what="Le nom du distributeur", max_length=120)
    found = session.scalar(select(Beneficiary).where(Beneficiary.name == cleaned))
    if found is not None:
        if found.kind != "distributor":
            raise PressError(f"« {cleaned} » est déjà un bénéficiaire d'un autre genre")
        return found
    beneficiary = Beneficiary(name=cleaned, kind="distributor", active=True)
    session.add(beneficiary)
    session.flush()
    return beneficiary


def _title_view(title: PressTitle, distributor: str) -> TitleView:
    return TitleView(
        id=title.id,
        name=title.name,
        distributor=distributor,
        title_key=title.title_key,
        issn=title.issn,
        periodicity=Periodicity(title.periodicity),
        cppap=title.cppap,
        vat_bp=vat_for(title.cppap),
        commission_bp=title.commission_bp,
    )


def add_title(ctx: ServiceContext, actor: Actor, data: TitleInput) -> TitleView:
    """Register a title (Permission.EDIT_CATALOGUE): its barcode key, VAT and commission."""
    actor.require(Permission.EDIT_CATALOGUE)
    name = clean_name(data.name, what="Le titre", max_length=80)
    issn = normalise_issn(data.issn)
    key = title_key_for(issn, data.variant)
    commission = check_commission(
        data.commission_bp
        if data.commission_bp is not None
        else _default_commission(data.periodicity)
    )
    with ctx.uow() as uow:
        session = uow.session
        if session.scalar(select(PressTitle.id).where(PressTitle.title_key == key)):
            raise PressError(f"Ce titre existe déjà (code {key})")
        distributor = _distributor(session, data.distributor)
        title = PressTitle(
            name=name,
            distributor_id=distributor.id,
            title_key=key,
            issn=issn,
            periodicity=Periodicity(data.periodicity).value,
            cppap=data.cppap,
            commission_bp=commission,
            active=True,
        )
        session.add(title)
        session.flush()
        view = _title_view(title, distributor.name)
        uow.commit()
    return view


def list_titles(ctx: ServiceContext) -> list[TitleView]:
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(PressTitle, Beneficiary.name)
            .join(Beneficiary, Beneficiary.id == PressTitle.distributor_id)
            .where(PressTitle.active.is_(True))
            .order_by(PressTitle.name)
        ).all()
        return [_title_view(title, name) for title, name in rows]


# ------------------------------------------------------------------ issues
def _press_category(session: Session) -> int:
    found = session.scalar(select(Category.id).where(Category.name == PRESS_CATEGORY))
    if found is not None:
        return found
    category = Category(name=PRESS_CATEGORY, position=90, colour="#455a64", active=True)
    session.add(category)
    session.flush()
    return category.id


def _check_price(price: Cents) -> Cents:
    if isinstance(price, bool) or not isinstance(price, int) or not 0 < price <= 100_00:
        raise PressError("Prix de couverture invalide : entre 0,01 € et 100,00 €")
    return min(price, MAX_AMOUNT_CENTS)


def _check_copies(copies: int) -> int:
    if isinstance(copies, bool) or not isinstance(copies, int) or not 0 < copies <= MAX_COPIES:
        raise PressError(f"Nombre d'exemplaires invalide : entre 1 et {MAX_COPIES}")
    return copies


def _check_number(number: str) -> str:
    cleaned = number.strip()
    if not cleaned or len(cleaned) > 16 or not cleaned.isascii() or not cleaned.isalnum():
        raise PressError("Numéro de parution invalide : des chiffres ou lettres, 16 au plus")
    return cleaned.lstrip("0") or "0"


def _new_issue(
    session: Session,
    title: PressTitle,
    number: str,
    price: Cents,
    delivered_on: dt.date,
    deadline: dt.date | None,
) -> PressIssue:
    vat = vat_for(title.cppap)
    product = Product(
        name=f"{title.name} n° {number}"[:120],
        short_label=title.name[:24],
        category_id=_press_category(session),
        price_cents=price,
        vat_onsite_bp=vat,
        vat_takeaway_bp=vat,
        third_party=True,
        track_stock=False,
        quick_key=False,
        active=True,
    )
    session.add(product)
    session.flush()
    session.add(
        ThirdPartyProduct(
            product_id=product.id,
            beneficiary_id=title.distributor_id,
            commission_bp=title.commission_bp,
            kind="press",
        )
    )
    issue = PressIssue(
        title_id=title.id,
        number=number,
        cover_price_cents=price,
        product_id=product.id,
        first_delivered_on=delivered_on,
        return_deadline=deadline
        or default_return_deadline(delivered_on, Periodicity(title.periodicity)),
    )
    session.add(issue)
    session.flush()
    return issue


def _figures(session: Session, issue_ids: list[int]) -> dict[int, tuple[int, int, int]]:
    """(supplied, sold, returned) copies per issue."""
    if not issue_ids:
        return {}
    moves = {
        (issue_id, kind): int(copies)
        for issue_id, kind, copies in session.execute(
            select(PressMovement.issue_id, PressMovement.kind, func.sum(PressMovement.copies))
            .where(PressMovement.issue_id.in_(issue_ids))
            .group_by(PressMovement.issue_id, PressMovement.kind)
        )
    }
    sold = {
        issue_id: int(qty) // 1000
        for issue_id, qty in session.execute(
            select(PressIssue.id, func.sum(TicketLine.qty_milli))
            .join(TicketLine, TicketLine.product_id == PressIssue.product_id)
            .where(PressIssue.id.in_(issue_ids))
            .group_by(PressIssue.id)
        )
    }
    return {
        issue_id: (
            moves.get((issue_id, "delivery"), 0),
            sold.get(issue_id, 0),
            moves.get((issue_id, "return"), 0),
        )
        for issue_id in issue_ids
    }


def _issue_views(
    session: Session, where: list[ColumnElement[bool]] | None = None
) -> list[IssueView]:
    query = (
        select(PressIssue, PressTitle.name, Beneficiary.name)
        .join(PressTitle, PressTitle.id == PressIssue.title_id)
        .join(Beneficiary, Beneficiary.id == PressTitle.distributor_id)
        .order_by(PressIssue.return_deadline, PressTitle.name, PressIssue.number)
    )
    for clause in where or []:
        query = query.where(clause)
    rows = session.execute(query).all()
    figures = _figures(session, [issue.id for issue, _, _ in rows])
    return [
        IssueView(
            id=issue.id,
            title_id=issue.title_id,
            title=title_name,
            distributor=distributor,
            number=issue.number,
            cover_price_cents=issue.cover_price_cents,
            product_id=issue.product_id,
            first_delivered_on=issue.first_delivered_on,
            return_deadline=issue.return_deadline,
            supplied=figures[issue.id][0],
            sold=figures[issue.id][1],
            returned=figures[issue.id][2],
        )
        for issue, title_name, distributor in rows
    ]


def receive_delivery(
    ctx: ServiceContext, actor: Actor, lines: list[DeliveryLine], reference: str = ""
) -> list[IssueView]:
    """The morning delivery from the distributor's note, in one transaction: unknown
    issues are created (with their product) at their cover price."""
    actor.require(Permission.SELL)
    if not lines:
        raise PressError("Livraison vide : ajoutez au moins un titre")
    today = business_date(ctx.clock.now())
    reference = reference.strip()[:60]
    with ctx.uow() as uow:
        session = uow.session
        touched: list[int] = []
        for line in lines:
            copies = _check_copies(line.copies)
            price = _check_price(line.cover_price_cents)
            number = _check_number(line.number)
            if line.return_deadline is not None and line.return_deadline < today:
                raise PressError("Date de retour déjà passée : vérifiez le bon de livraison")
            title = session.get(PressTitle, line.title_id)
            if title is None or not title.active:
                raise PressError("Titre inconnu : créez-le d'abord dans Presse → Titres")
            issue = session.scalar(
                select(PressIssue).where(
                    PressIssue.title_id == title.id, PressIssue.number == number
                )
            )
            if issue is None:
                issue = _new_issue(session, title, number, price, today, line.return_deadline)
            elif issue.cover_price_cents != price:
                raise PressError(
                    f"{title.name} n° {number} est déjà au prix de "
                    f"{issue.cover_price_cents / 100:.2f} €".replace(".", ",")
                )
            session.add(
                PressMovement(
                    issue_id=issue.id,
                    kind="delivery",
                    copies=copies,
                    business_date=today,
                    reference=reference,
                    recorded_at=utcnow(),
                    user_name=actor.name,
                )
            )
            touched.append(issue.id)
        session.flush()
        views = _issue_views(session, [PressIssue.id.in_(touched)])
        uow.commit()
    return views


class UnknownTitle(PressError):
    """A press code of no title the café registered (it may be a plain catalogue product)."""


def is_known_title(ctx: ServiceContext, code: str) -> bool:
    """True when a press code belongs to a registered title (its add-on aside)."""
    try:
        parsed = parse_press_code(code)
    except PressError:
        return False
    with ctx.uow(read_only=True) as uow:
        return (
            uow.session.scalar(
                select(PressTitle.id).where(PressTitle.title_key == parsed.title_key)
            )
            is not None
        )


def _title_by_code(session: Session, code: str) -> tuple[PressTitle, str | None]:
    parsed = parse_press_code(code)
    title = session.scalar(select(PressTitle).where(PressTitle.title_key == parsed.title_key))
    if title is None:
        raise UnknownTitle(
            f"Titre de presse inconnu (ISSN {parsed.issn[:4]}-{parsed.issn[4:]}) : "
            "créez-le dans Presse → Titres"
        )
    return title, parsed.addon


def identify(ctx: ServiceContext, code: str) -> tuple[TitleView, str | None]:
    """The title (and issue number, from the add-on) of a scanned press code."""
    with ctx.uow(read_only=True) as uow:
        title, addon = _title_by_code(uow.session, code)
        distributor = uow.session.get(Beneficiary, title.distributor_id)
        assert distributor is not None
        return _title_view(title, distributor.name), (
            _check_number(addon) if addon is not None else None
        )


def scan_at_till(ctx: ServiceContext, code: str) -> PressScan:
    """A press code scanned at the till: the issue to sell.

    With the add-on, the issue is that number; an unknown issue of a known title is
    created on the fly at the last issue's price (the clerk can correct the price).
    Without it (a scanner that does not read add-ons), the latest issue delivered.
    """
    if not is_press_code(code):
        raise PressError("Ce code n'est pas un code presse")
    with ctx.uow() as uow:
        session = uow.session
        title, addon = _title_by_code(session, code)
        issues = session.scalars(
            select(PressIssue)
            .where(PressIssue.title_id == title.id)
            .order_by(PressIssue.first_delivered_on.desc(), PressIssue.id.desc())
        ).all()
        message = ""
        issue: PressIssue | None
        if addon is None:
            if not issues:
                raise PressError(f"Aucun numéro de {title.name} reçu : tapez le numéro")
            issue = issues[0]
            message = f"{title.name} : dernier numéro reçu (n° {issue.number})"
        else:
            number = _check_number(addon)
            issue = next((i for i in issues if i.number == number), None)
            if issue is None:
                if not issues:
                    raise PressError(
                        f"{title.name} n° {number} : aucun numéro reçu, prix inconnu — "
                        "enregistrez la livraison"
                    )
                issue = _new_issue(
                    session,
                    title,
                    number,
                    issues[0].cover_price_cents,
                    business_date(ctx.clock.now()),
                    None,
                )
                message = f"{title.name} n° {number} créé au prix du numéro précédent"
        assert issue is not None
        view = _issue_views(session, [PressIssue.id == issue.id])[0]
        uow.commit()
    return PressScan(view.product_id, view, message)


def last_cover_price(ctx: ServiceContext, title_id: int) -> Cents | None:
    """The cover price of the title's latest issue (what the next one most likely costs)."""
    with ctx.uow(read_only=True) as uow:
        return uow.session.scalar(
            select(PressIssue.cover_price_cents)
            .where(PressIssue.title_id == title_id)
            .order_by(PressIssue.first_delivered_on.desc(), PressIssue.id.desc())
            .limit(1)
        )


def issues_on_sale(ctx: ServiceContext) -> list[IssueView]:
    """Every issue with copies still on the shelf, the earliest return first."""
    with ctx.uow(read_only=True) as uow:
        return [view for view in _issue_views(uow.session) if view.on_shelf > 0]


def returns_due(ctx: ServiceContext, day: dt.date | None = None) -> list[IssueView]:
    """Issues whose unsold copies must go back by ``day`` (default today)."""
    day = day or business_date(ctx.clock.now())
    with ctx.uow(read_only=True) as uow:
        return [
            view
            for view in _issue_views(uow.session, [PressIssue.return_deadline <= day])
            if view.on_shelf > 0
        ]


def record_return(
    ctx: ServiceContext, actor: Actor, issue_id: int, copies: int, reference: str = ""
) -> ReturnResult:
    """Unsold copies sent back to the distributor (never more than are left)."""
    actor.require(Permission.SELL)
    today = business_date(ctx.clock.now())
    with ctx.uow() as uow:
        session = uow.session
        views = _issue_views(session, [PressIssue.id == issue_id])
        if not views:
            raise PressError("Parution inconnue")
        view = views[0]
        check_return(IssueFigures(view.supplied, view.sold, view.returned), copies)
        session.add(
            PressMovement(
                issue_id=issue_id,
                kind="return",
                copies=copies,
                business_date=today,
                reference=reference.strip()[:60],
                recorded_at=utcnow(),
                user_name=actor.name,
            )
        )
        session.flush()
        after = _issue_views(session, [PressIssue.id == issue_id])[0]
        uow.commit()
    warning = ""
    if return_is_late(view.return_deadline, today):
        warning = (
            f"Retour après la date limite du {view.return_deadline:%d/%m/%Y} : "
            "le distributeur peut refuser de le créditer"
        )
    return ReturnResult(after, copies, warning)


# ------------------------------------------------------------------ statements
def statement(
    ctx: ServiceContext, actor: Actor, distributor_id: int, first: dt.date, last: dt.date
) -> Statement:
    """A distributor's statement for [first, last]: per issue, copies supplied and returned
    in the period, copies sold, takings, the café's commission and the amount due."""
    actor.require(Permission.EXPORT)
    if first > last:
        raise PressError("Période inversée")
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        distributor = session.get(Beneficiary, distributor_id)
        if distributor is None or distributor.kind != "distributor":
            raise PressError("Distributeur inconnu")
        moves = {
            (issue_id, kind): int(copies)
            for issue_id, kind, copies in session.execute(
                select(PressMovement.issue_id, PressMovement.kind, func.sum(PressMovement.copies))
                .join(PressIssue, PressIssue.id == PressMovement.issue_id)
                .join(PressTitle, PressTitle.id == PressIssue.title_id)
                .where(
                    PressTitle.distributor_id == distributor_id,
                    PressMovement.business_date.between(first, last),
                )
                .group_by(PressMovement.issue_id, PressMovement.kind)
            )
        }
        sales: dict[int, tuple[int, int, int]] = {}
        for issue_id, qty, total, commission_bp in session.execute(
            select(
                PressIssue.id,
                TicketLine.qty_milli,
                TicketLine.total_cents,
                ThirdPartyProduct.commission_bp,
            )
            .join(TicketLine, TicketLine.product_id == PressIssue.product_id)
            .join(Ticket, Ticket.id == TicketLine.ticket_id)
            .join(ThirdPartyProduct, ThirdPartyProduct.product_id == PressIssue.product_id)
            .join(PressTitle, PressTitle.id == PressIssue.title_id)
            .where(
                PressTitle.distributor_id == distributor_id,
                Ticket.business_date.between(first, last),
                Ticket.register == ctx.register,
            )
        ):
            copies, takings, commission = sales.get(issue_id, (0, 0, 0))
            sales[issue_id] = (
                copies + int(qty) // 1000,
                takings + int(total),
                commission + commission_of(int(total), int(commission_bp)),
            )
        issue_ids = sorted({key[0] for key in moves} | set(sales))
        lines = []
        for view in _issue_views(session, [PressIssue.id.in_(issue_ids)]):
            copies, takings, commission = sales.get(view.id, (0, 0, 0))
            lines.append(
                StatementLine(
                    title=view.title,
                    issue=view.number,
                    price_cents=view.cover_price_cents,
                    supplied=moves.get((view.id, "delivery"), 0),
                    returned=moves.get((view.id, "return"), 0),
                    sold=copies,
                    takings_cents=takings,
                    commission_cents=commission,
                )
            )
        lines.sort(key=lambda line: (line.title, line.issue))
        return Statement(distributor.name, first, last, tuple(lines))


# ------------------------------------------------------------------ printed documents
# The PDF module (reportlab) is imported when a document is asked for: the sale screen
# reaches this module at start-up, and reportlab would cost the till's start-up time.
def _cafe_header(session: Session, register: str) -> CafeHeader:
    from cafe_pos.reports.press_pdf import CafeHeader

    identity = session.get(CafeIdentity, 1)
    if identity is None:
        return CafeHeader("", "", "", register)
    return CafeHeader(identity.name, identity.address, identity.siret, register)


def statement_pdf(
    ctx: ServiceContext,
    actor: Actor,
    distributor_id: int,
    first: dt.date,
    last: dt.date,
    path: Path,
) -> Path:
    """The distributor's statement for [first, last] as an A4 PDF."""
    from cafe_pos.reports.press_pdf import write_statement_pdf

    result = statement(ctx, actor, distributor_id, first, last)
    with ctx.uow(read_only=True) as uow:
        header = _cafe_header(uow.session, ctx.register)
    return write_statement_pdf(result, header, ctx.clock.now(), path)


def returns_pdf(ctx: ServiceContext, actor: Actor, path: Path, day: dt.date | None = None) -> Path:
    """Today's returns list as an A4 PDF, to hand over with the unsold copies."""
    from cafe_pos.reports.press_pdf import ReturnRow, write_returns_pdf

    actor.require(Permission.SELL)
    day = day or business_date(ctx.clock.now())
    rows = [
        ReturnRow(v.title, v.number, v.return_deadline, v.on_shelf, v.cover_price_cents)
        for v in returns_due(ctx, day)
    ]
    with ctx.uow(read_only=True) as uow:
        header = _cafe_header(uow.session, ctx.register)
    return write_returns_pdf(rows, day, header, ctx.clock.now(), path)


def distributors(ctx: ServiceContext) -> list[tuple[int, str]]:
    with ctx.uow(read_only=True) as uow:
        return [
            (b.id, b.name)
            for b in uow.session.scalars(
                select(Beneficiary)
                .where(Beneficiary.kind == "distributor")
                .order_by(Beneficiary.name)
            )
        ]
