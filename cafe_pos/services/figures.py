"""Report figures: X (a reading), Z (a closed day), month and year, as frozen dataclasses.

Reads skip the domain (style.md): a handful of plain ``select()`` aggregates over the
tickets, lines and payments, grouped in SQL and folded in Python. The fiscal part (counts,
totals by VAT rate and payment method, perpetual grand totals, seal) comes from the fiscal
closures and ``cafe_pos.fiscal.totals.period_totals``, so a Z says exactly what the
closure recorded. ``Figures.to_json_dict()`` is the stable JSON of ``cafe-pos report``
(docs/reports-json.md).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date, day_bounds
from cafe_pos.domain.clock import PARIS, to_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.figures import (
    Amount as Amount,
)
from cafe_pos.domain.figures import (
    BeneficiaryFigure as BeneficiaryFigure,
)
from cafe_pos.domain.figures import (
    CashFigure as CashFigure,
)
from cafe_pos.domain.figures import (
    CountAmount as CountAmount,
)
from cafe_pos.domain.figures import (
    DayPoint as DayPoint,
)
from cafe_pos.domain.figures import (
    Figures as Figures,
)
from cafe_pos.domain.figures import (
    Header as Header,
)
from cafe_pos.domain.figures import (
    ProductFigure as ProductFigure,
)
from cafe_pos.domain.figures import (
    Seal as Seal,
)
from cafe_pos.domain.figures import (
    VatFigure as VatFigure,
)
from cafe_pos.domain.figures import (
    figures_json as figures_json,
)
from cafe_pos.domain.formatting import date_fr, month_fr
from cafe_pos.domain.periods import parse_day, parse_month  # noqa: F401  (re-exported)
from cafe_pos.fiscal.purge_anchor import latest_anchor
from cafe_pos.services import parcels
from cafe_pos.services.figures_fiscal import (
    FiscalPart,
    business_today,
    day_change_hour,
    defect_notes,
    event_counts,
    fiscal_part,
    last_closed_day,
)
from cafe_pos.services.third_party import takings_split
from cafe_pos.store.models.cash import CashMovement, CashSession
from cafe_pos.store.models.sales import Ticket, TicketLine
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.raw import raw_connection

__all__ = [
    "CountAmount",
    "Figures",
    "Seal",
    "month_figures",
    "x_figures",
    "year_figures",
    "z_figures",
]

PAYMENT_ORDER = ("cash", "card", "cheque", "meal_voucher", "account")
NO_CATEGORY = "Sans catégorie"
TOP_PRODUCTS = 10


class ReportPeriodError(UserError):
    """A report asked for a period that cannot have one (future, before the café...)."""


# --- building -----------------------------------------------------------------------------


def _header(session: Session) -> Header:
    row = session.scalars(select(CafeIdentity).order_by(CafeIdentity.id).limit(1)).first()
    if row is None:
        return Header("Café (identité non renseignée)", "", "", "", "")
    return Header(row.name, row.address, row.siret, row.naf_code, row.vat_number)


def cafe_first_day(session: Session, register: str) -> dt.date | None:
    """The first business day the café recorded anything (ticket, cash session, closure,
    fiscal record); None for a café that has recorded nothing yet."""
    from cafe_pos.store.models.fiscal import Closure, JournalEntry

    candidates: list[dt.date] = []
    for value in (
        session.scalar(select(func.min(Ticket.business_date)).where(Ticket.register == register)),
        session.scalar(
            select(func.min(CashSession.business_date)).where(CashSession.register == register)
        ),
        session.scalar(select(func.min(Closure.first_day)).where(Closure.register == register)),
    ):
        if value is not None:
            candidates.append(value)
    first_entry = session.scalar(
        select(func.min(JournalEntry.at)).where(JournalEntry.register == register)
    )
    if first_entry is not None:
        candidates.append(business_date(first_entry.replace(tzinfo=dt.UTC)))
    return min(candidates) if candidates else None


def check_period(
    ctx: ServiceContext, session: Session, first: dt.date, last: dt.date, what: str
) -> None:
    """Refuse a period entirely in the future or entirely before the café existed, or
    one whose detail was purged (its archive is the record)."""
    today = business_today(ctx, session)
    if first > today:
        raise ReportPeriodError(f"Pas de rapport pour {what} : cette date est dans le futur")
    anchor = latest_anchor(raw_connection(session), ctx.register)
    if anchor is not None and first <= anchor.last_day:
        raise ReportPeriodError(
            f"Pas de rapport pour {what} : le détail a été purgé jusqu'au "
            f"{date_fr(anchor.last_day)} ; l'archive {anchor.archive} en est le document de "
            "référence (cafe-pos verify --archive)"
        )
    start = cafe_first_day(session, ctx.register) or today
    if last < start:
        raise ReportPeriodError(
            f"Pas de rapport pour {what} : le café n'enregistrait pas encore "
            f"(premier jour : {date_fr(start)})"
        )


def _utc_window(first: dt.date, last: dt.date, hour: int) -> tuple[dt.datetime, dt.datetime]:
    start, _ = day_bounds(first, hour)
    _, end = day_bounds(last, hour)
    return to_utc_naive(start), to_utc_naive(end)


@dataclass
class _TicketScan:
    tickets: int = 0
    refund_tickets: int = 0
    discounts: CountAmount = field(default_factory=CountAmount)
    cashback: CountAmount = field(default_factory=CountAmount)
    days: dict[dt.date, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    week_hours: dict[tuple[int, int], int] = field(default_factory=lambda: defaultdict(int))


def _scan_tickets(session: Session, register: str, first: dt.date, last: dt.date) -> _TicketScan:
    """One pass over the tickets, grouped by day, kind and UTC hour."""
    hour = func.strftime("%Y-%m-%d %H", Ticket.created_at)
    is_refund = Ticket.kind == "refund"
    rows = session.execute(
        select(
            Ticket.business_date,
            is_refund,
            hour,
            func.count(),
            func.sum(Ticket.total_cents),
            func.sum(Ticket.discount_cents),
            func.sum(case((Ticket.discount_cents > 0, 1), else_=0)),
            func.sum(Ticket.cashback_cents),
            func.sum(case((Ticket.cashback_cents > 0, 1), else_=0)),
        )
        .where(Ticket.register == register, Ticket.business_date.between(first, last))
        .group_by(Ticket.business_date, is_refund, hour)
    )
    scan = _TicketScan()
    discount_count = discount_cents = cashback_count = cashback_cents = 0
    for day, refund, bucket, count, total, discount, discounted, cashback, cashbacks in rows:
        if refund:
            scan.refund_tickets += count
        else:
            scan.tickets += count
            scan.days[day][0] += count
            discount_count += discounted
            discount_cents += discount
        scan.days[day][1] += total
        cashback_count += cashbacks
        cashback_cents += cashback
        local = dt.datetime.strptime(bucket, "%Y-%m-%d %H").replace(tzinfo=dt.UTC).astimezone(PARIS)
        scan.week_hours[(local.weekday(), local.hour)] += total
    scan.discounts = CountAmount(discount_count, discount_cents)
    scan.cashback = CountAmount(cashback_count, cashback_cents)
    return scan


@dataclass
class _LineScan:
    by_category: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    third_party: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # (product id, label of a line without product) -> [qty, total]
    products: dict[tuple[int | None, str], list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    names: dict[int, str] = field(default_factory=dict)  # product id -> label first seen
    drinks_milli: int = 0
    soft_drinks_milli: int = 0


def _scan_lines(session: Session, register: str, first: dt.date, last: dt.date) -> _LineScan:
    """One pass over the ticket lines: categories, third parties, products, drinks."""
    rows = session.execute(
        select(
            TicketLine.category_name,
            TicketLine.product_id,
            TicketLine.label,
            TicketLine.third_party,
            TicketLine.is_drink,
            TicketLine.is_alcohol,
            func.sum(TicketLine.qty_milli),
            func.sum(TicketLine.total_cents),
        )
        .join(Ticket, Ticket.id == TicketLine.ticket_id)
        .where(Ticket.register == register, Ticket.business_date.between(first, last))
        .group_by(
            TicketLine.category_name,
            TicketLine.product_id,
            TicketLine.label,
            TicketLine.third_party,
            TicketLine.is_drink,
            TicketLine.is_alcohol,
        )
    )
    scan = _LineScan()
    for category, product_id, label, third_party, is_drink, is_alcohol, qty, total in rows:
        name = category or NO_CATEGORY
        scan.by_category[name] += total
        if third_party:
            scan.third_party[name] += total
        product = scan.products[(product_id, "" if product_id is not None else label)]
        product[0] += qty
        product[1] += total
        if product_id is not None:
            scan.names.setdefault(product_id, label)
        if is_drink:
            scan.drinks_milli += qty
            if not is_alcohol:
                scan.soft_drinks_milli += qty
    return scan


def _top_products(scan: _LineScan) -> tuple[ProductFigure, ...]:
    figures = [
        ProductFigure(label if product_id is None else scan.names[product_id], qty, total)
        for (product_id, label), (qty, total) in scan.products.items()
    ]
    figures.sort(key=lambda item: (-item.total_cents, item.label))
    return tuple(item for item in figures[:TOP_PRODUCTS] if item.total_cents > 0)


def _cancellations(session: Session, register: str, first: dt.date, last: dt.date) -> CountAmount:
    original = Ticket.__table__.alias("original")
    count, cents = session.execute(
        select(func.count(), func.coalesce(func.sum(Ticket.total_cents), 0))
        .join(original, original.c.id == Ticket.refund_of_id)
        .where(
            Ticket.register == register,
            Ticket.business_date.between(first, last),
            Ticket.kind == "refund",
            Ticket.total_cents == -original.c.total_cents,
        )
    ).one()
    return CountAmount(int(count), -int(cents))


def _cash(
    session: Session, register: str, first: dt.date, last: dt.date
) -> tuple[tuple[CashFigure, ...], CountAmount]:
    sessions = session.scalars(
        select(CashSession)
        .where(CashSession.register == register, CashSession.business_date.between(first, last))
        .order_by(CashSession.id)
    ).all()
    moved: dict[tuple[int, str], int] = {
        (session_id, kind): int(total)
        for session_id, kind, total in session.execute(
            select(CashMovement.session_id, CashMovement.kind, func.sum(CashMovement.amount_cents))
            .join(CashSession, CashSession.id == CashMovement.session_id)
            .where(CashSession.register == register, CashSession.business_date.between(first, last))
            .group_by(CashMovement.session_id, CashMovement.kind)
        )
    }
    count, cents = session.execute(
        select(func.count(), func.coalesce(func.sum(CashMovement.amount_cents), 0))
        .join(CashSession, CashSession.id == CashMovement.session_id)
        .where(
            CashSession.register == register,
            CashSession.business_date.between(first, last),
            CashMovement.kind == "out",
            CashMovement.reason == "third_party_withdrawal",
        )
    ).one()
    figures = tuple(
        CashFigure(
            opened_by=row.opened_by,
            float_cents=row.float_cents,
            status=row.status,
            closed_by=row.closed_by,
            expected_cents=row.expected_cents,
            counted_cents=row.counted_cents,
            difference_cents=row.difference_cents,
            difference_reason=row.difference_reason,
            cash_in_cents=moved.get((row.id, "in"), 0),
            cash_out_cents=moved.get((row.id, "out"), 0),
        )
        for row in sessions
    )
    return figures, CountAmount(int(count), int(cents))


def _responsible_sale(
    ctx: ServiceContext, first: dt.date, last: dt.date, lines: _LineScan
) -> dict[str, int | str]:
    """Anonymous responsible-sale indicators: for one day exactly the alcohol service's
    ``day_indicators``; for a period the same block from the counters summed in one query
    and the drinks of the period's lines."""
    from cafe_pos.services.alcohol import day_indicators, indicators_from_counts
    from cafe_pos.store.models.alcohol import ResponsibleSaleCounter

    if first == last:
        return day_indicators(ctx, first)
    with ctx.uow(read_only=True) as uow:
        counts = {
            kind: int(total)
            for kind, total in uow.session.execute(
                select(ResponsibleSaleCounter.kind, func.sum(ResponsibleSaleCounter.count))
                .where(ResponsibleSaleCounter.day.between(first, last))
                .group_by(ResponsibleSaleCounter.kind)
            )
        }
    return indicators_from_counts(counts, lines.soft_drinks_milli, lines.drinks_milli)


def _days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=offset) for offset in range((last - first).days + 1)]


def _relay_commission(ctx: ServiceContext, kind: str, first: dt.date, last: dt.date) -> int:
    """The parcel relay's commission (service revenue paid by the carriers, never a till
    sale) of the month or year reported; the carriers count it by month."""
    if kind not in ("month", "year"):
        return 0
    months = {(day.year, day.month) for day in _days_between(first, last)}
    return sum(parcels.month_commission_cents(ctx, f"{year}-{month:02d}") for year, month in months)


def build_figures(
    ctx: ServiceContext, kind: str, period: str, first: dt.date, last: dt.date
) -> Figures:
    """All the figures of a period (one register), in one read transaction."""
    register = ctx.register
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        hour = day_change_hour(ctx, session)
        header = _header(session)
        fiscal: FiscalPart = fiscal_part(session, register, kind, period, first, last)
        tickets = _scan_tickets(session, register, first, last)
        lines = _scan_lines(session, register, first, last)
        cancellations = _cancellations(session, register, first, last)
        cash, withdrawals = _cash(session, register, first, last)
        window = _utc_window(first, last, hour)
        events = event_counts(session, register, window)
        defects = defect_notes(session, register, window)
        split = takings_split(session, register, first, last)
    responsible = _responsible_sale(ctx, first, last, lines)
    relay = _relay_commission(ctx, kind, first, last)
    day_points = tuple(
        DayPoint(day, tickets.days[day][0], tickets.days[day][1])
        if day in tickets.days
        else DayPoint(day, 0, 0)
        for day in _days_between(first, last)
    )
    return Figures(
        kind=kind,
        period=period,
        first_day=first,
        last_day=last,
        register=register,
        header=header,
        generated_at=ctx.clock.now(),
        closed=fiscal.closed,
        tickets=fiscal.sale_count,
        refund_tickets=fiscal.refund_count,
        first_number=fiscal.first_number,
        last_number=fiscal.last_number,
        total_cents=fiscal.total_cents,
        sales_cents=fiscal.sales_cents,
        refunds_cents=fiscal.refunds_cents,
        by_vat_rate=tuple(VatFigure(*vat) for vat in fiscal.vat),
        by_payment_method=_ordered_payments(fiscal.payments),
        by_category=tuple(
            Amount(name, cents)
            for name, cents in sorted(lines.by_category.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        third_party_cents=sum(lines.third_party.values()),
        third_party_by_category=tuple(
            Amount(name, cents) for name, cents in sorted(lines.third_party.items())
        ),
        cashback=tickets.cashback,
        withdrawals=withdrawals,
        discounts=tickets.discounts,
        refunds=CountAmount(fiscal.refund_count, fiscal.refunds_cents),
        cancellations=cancellations,
        removed_lines=events.removed_lines,
        reprints=events.reprints,
        drawer_openings=events.drawer_openings,
        responsible_sale=responsible,
        perpetual_total_cents=fiscal.perpetual_total_cents,
        perpetual_total_absolute_cents=fiscal.perpetual_total_absolute_cents,
        seal=fiscal.seal,
        cash=cash,
        days=day_points if kind in ("month", "year") else (),
        week_hours=tuple(
            (weekday, hour, cents) for (weekday, hour), cents in sorted(tickets.week_hours.items())
        ),
        top_products=_top_products(lines),
        notes=fiscal.notes + defects,
        third_party_by_beneficiary=tuple(
            BeneficiaryFigure(b.name, b.kind, b.takings_cents, b.commission_cents)
            for b in split.by_beneficiary
        ),
        commission_cents=split.commission_cents,
        relay_commission_cents=relay,
    )


def _ordered_payments(payments: Mapping[str, int]) -> tuple[Amount, ...]:
    ordered = [method for method in PAYMENT_ORDER if method in payments]
    ordered += sorted(method for method in payments if method not in PAYMENT_ORDER)
    return tuple(Amount(method, payments[method]) for method in ordered)


# --- the four reports -------------------------------------------------------------------


def service_day(ctx: ServiceContext, session: Session) -> dt.date:
    """The business day the sales made now go to: today, or the day after the last Z when
    today is already closed (after a Z the café keeps selling, docs/closing.md)."""
    today = business_today(ctx, session)
    last = last_closed_day(session, ctx.register)
    return last + dt.timedelta(days=1) if last is not None and today <= last else today


def x_figures(ctx: ServiceContext, day: dt.date | None = None) -> Figures:
    """A reading of a day (by default the service period now open: today, or the day after
    a Z already made today): nothing is closed or recorded."""
    with ctx.uow(read_only=True) as uow:
        current = service_day(ctx, uow.session)
        day = day or current
        if day != current:
            check_period(ctx, uow.session, day, day, f"le {date_fr(day)}")
    return build_figures(ctx, "x", day.isoformat(), day, day)


def current_report(ctx: ServiceContext) -> Figures:
    """The report Rapports opens on: the Z just sealed while nothing was sold in the
    service period that followed it (not an empty "Lecture X"), else the X of the service
    period now open."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        day = service_day(ctx, session)
        today = business_today(ctx, session)
        last = last_closed_day(session, ctx.register)
        sold_since = session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.register == ctx.register, Ticket.business_date == day)
        )
    if last is not None and today <= last and not sold_since:
        return z_figures(ctx, last)
    return x_figures(ctx, day)


def z_figures(ctx: ServiceContext, day: dt.date) -> Figures:
    """The figures of a day's Z. Reads only: ``closed`` says whether the closure exists."""
    with ctx.uow(read_only=True) as uow:
        check_period(ctx, uow.session, day, day, f"le {date_fr(day)}")
    return build_figures(ctx, "z", day.isoformat(), day, day)


def month_figures(ctx: ServiceContext, year: int, month: int) -> Figures:
    first = dt.date(year, month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    with ctx.uow(read_only=True) as uow:
        check_period(ctx, uow.session, first, last, month_fr(year, month))
    return build_figures(ctx, "month", f"{year:04d}-{month:02d}", first, last)


def year_figures(ctx: ServiceContext, year: int) -> Figures:
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    with ctx.uow(read_only=True) as uow:
        check_period(ctx, uow.session, first, last, f"l'année {year}")
    return build_figures(ctx, "year", f"{year:04d}", first, last)


def daily_totals(ctx: ServiceContext, first: dt.date, last: dt.date) -> tuple[DayPoint, ...]:
    """Sale tickets and net total per business day (every day of the range, zeros too)."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(
                Ticket.business_date,
                func.sum(case((Ticket.kind == "refund", 0), else_=1)),
                func.sum(Ticket.total_cents),
            )
            .where(Ticket.register == ctx.register, Ticket.business_date.between(first, last))
            .group_by(Ticket.business_date)
        )
        found = {day: (int(count), int(total)) for day, count, total in rows}
    return tuple(DayPoint(day, *found.get(day, (0, 0))) for day in _days_between(first, last))


# --- JSON ----------------------------------------------------------------------------------
