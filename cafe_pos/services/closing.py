"""Closing days (Z), months and years, and the rule that a day left open must be closed
before selling on a later day.

Order is enforced so that every grand total follows from the previous one: a day closes
only when every earlier day with sales is closed; a month closes when it is over, its
unclosed days with sales being closed on the way (recorded like any Z), and only when
every earlier month with sales is closed; a year likewise with its months. A closure with
no sale (zero Z) is valid. Each public call is one transaction, preceded by a check of
the part of the journal written since the last closure (an integrity defect is recorded
as an event and reported in the result, it does not block the closing).
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import DEFAULT_DAY_CHANGE_HOUR, business_date
from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal.canonical import VAT_FIGURES, period_figures, vat_figures
from cafe_pos.fiscal.closures import write_closure
from cafe_pos.fiscal.events import EventCode, record_event
from cafe_pos.fiscal.journal import short_extract
from cafe_pos.fiscal.totals import PeriodTotals, VatTotal, ticket_register_is
from cafe_pos.services import closure_hooks, hq_daily
from cafe_pos.store.models.fiscal import Closure, JournalEntry
from cafe_pos.store.models.sales import Ticket
from cafe_pos.store.raw import raw_connection

KIND_LABELS = {"day": "journalière (Z)", "month": "mensuelle", "year": "annuelle"}


class DayNotClosed(UserError):
    """An earlier day with sales is still open."""

    def __init__(self, day: dt.date, message: str | None = None) -> None:
        self.day = day
        super().__init__(
            message
            or f"La journée du {_d(day)} n'est pas clôturée : faites la clôture (Z) avant de vendre"
        )


class DayAlreadyClosed(UserError):
    """The business day of the sale was already closed."""

    def __init__(self, day: dt.date) -> None:
        self.day = day
        super().__init__(
            f"La journée du {_d(day)} est déjà clôturée : plus aucune vente ne peut y être "
            "enregistrée"
        )


class ClosingRefused(UserError):
    """A closure that cannot be made (already done, future, earlier period open...)."""


@dataclass(frozen=True, slots=True)
class ClosureView:
    """A closure as it was sealed, for the UI, the CLI and the reports."""

    kind: str  # day|month|year
    period: str  # 2026-11-26 | 2026-11 | 2026
    first_day: dt.date
    last_day: dt.date
    closed_at: dt.datetime  # local time
    closed_by: str
    totals: PeriodTotals  # the figures stored in the closure
    perpetual_total_cents: int
    perpetual_total_absolute_cents: int
    perpetual_by_rate: tuple[tuple[int, int, int], ...]  # (rate_bp, GT, GT abs)
    hash_hex: str
    signature_short: str
    auto_closed: tuple[str, ...] = ()  # periods closed on the way, in order
    warning: str | None = None  # e.g. the clock went backwards
    integrity_problem: str | None = None  # found by the check before closing
    notes: tuple[str, ...] = field(default_factory=tuple)


def _d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _month_label(year: int, month: int) -> str:
    return f"{month:02d}/{year}"


def business_today(ctx: ServiceContext, session: Session) -> dt.date:
    """Today's business day (sales after midnight count for the day before until the
    day-change hour setting)."""
    hour = DEFAULT_DAY_CHANGE_HOUR
    try:
        from cafe_pos.services.settings import get_int

        hour = get_int(ctx, "fiscal.day_change_hour", session=session)
    except (ImportError, UserError, KeyError):
        pass
    return business_date(ctx.clock.now(), hour)


def last_closed_day(session: Session, register: str) -> dt.date | None:
    return session.scalar(
        select(func.max(Closure.last_day)).where(
            Closure.register == register, Closure.kind == "day"
        )
    )


def _first_unclosed_sale_day(
    session: Session, register: str, after: dt.date | None, before: dt.date
) -> dt.date | None:
    query = select(func.min(Ticket.business_date)).where(
        ticket_register_is(register), Ticket.business_date < before
    )
    if after is not None:
        query = query.where(Ticket.business_date > after)
    return session.scalar(query)


# ``last_closed_day`` and ``_first_unclosed_sale_day`` in one statement, run at every sale
# inside its transaction (never cached: a Z made by another process counts at once). A day
# closure's period is its day ("2026-11-26"), so max(period) walks the unique
# (register, kind, period) index instead of reading every closure; the tickets part walks
# (register, business_date). Dates are stored as ISO text, so text order is date order.
_CAN_SELL = """
SELECT last.day, (SELECT min(t.business_date) FROM tickets t
                  WHERE t.register = ?1 AND t.business_date < ?2
                    AND t.business_date > coalesce(last.day, ''))
FROM (SELECT max(period) AS day FROM closures WHERE register = ?1 AND kind = 'day') AS last"""


def ensure_can_sell(ctx: ServiceContext, session: Session, business_day: dt.date) -> dt.date:
    """The business day a sale made now belongs to; refuse it while an earlier day with
    sales is not closed.

    After a Z the café keeps selling: a sale whose business day is already closed belongs
    to the next business day (a new service period, as commercial tills do), and is in
    that day's Z (docs/closing.md, "After a Z")."""
    if ctx.training:
        return business_day
    session.flush()  # what the caller added counts, as with an ORM query
    day = business_day.isoformat()
    last, open_day = raw_connection(session).execute(_CAN_SELL, (ctx.register, day)).fetchone()
    if last is not None and day <= last:
        return dt.date.fromisoformat(last) + dt.timedelta(days=1)
    if open_day is not None:
        raise DayNotClosed(dt.date.fromisoformat(open_day))
    return business_day


def sale_day(ctx: ServiceContext, session: Session, business_day: dt.date) -> dt.date:
    """``business_day``, or the next service period's day when it is already closed (Z)."""
    last = last_closed_day(session, ctx.register)
    if last is not None and business_day <= last:
        return last + dt.timedelta(days=1)
    return business_day


def days_to_close(ctx: ServiceContext, *, include_today: bool = False) -> list[dt.date]:
    """Days with sales that are not closed yet, before today (or up to today)."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        today = business_today(ctx, session)
        last = last_closed_day(session, ctx.register)
        limit = today + dt.timedelta(days=1) if include_today else today
        query = select(Ticket.business_date).where(
            ticket_register_is(ctx.register), Ticket.business_date < limit
        )
        if last is not None:
            query = query.where(Ticket.business_date > last)
        return sorted(set(session.scalars(query.distinct())))


def _exists(session: Session, register: str, kind: str, period: str) -> bool:
    return (
        session.scalar(
            select(Closure.id).where(
                Closure.register == register, Closure.kind == kind, Closure.period == period
            )
        )
        is not None
    )


def _close(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    kind: str,
    period: str,
    first: dt.date,
    last: dt.date,
) -> tuple[Closure, str | None]:
    label = f"Clôture {KIND_LABELS[kind]} {period}"
    details: dict[str, str | int] = {"kind": kind, "period": period}
    record_event(
        ctx,
        session,
        EventCode.CLOSING_START,
        f"Début : {label}",
        actor_name=actor.name,
        details=details,
    )
    closure, _sealed, slot = write_closure(ctx, session, kind, period, first, last, actor.name)
    hq_daily.on_closure(ctx, session, closure)  # the HQ message commits with the closure
    code = EventCode.YEAR_CLOSING if kind == "year" else EventCode.PERIOD_CLOSING
    record_event(
        ctx,
        session,
        code,
        label,
        actor_name=actor.name,
        details={
            **details,
            "tickets": closure.ticket_count,
            "total_cents": closure.total_cents,
            "perpetual_total_cents": closure.perpetual_total_cents,
        },
    )
    return closure, slot.warning


def _close_day_in(
    ctx: ServiceContext, session: Session, actor: Actor, day: dt.date, today: dt.date
) -> tuple[Closure, str | None]:
    if day > today:
        raise ClosingRefused(f"La journée du {_d(day)} n'est pas encore commencée : pas de clôture")
    period = day.isoformat()
    if _exists(session, ctx.register, "day", period):
        raise ClosingRefused(f"La journée du {_d(day)} est déjà clôturée")
    last = last_closed_day(session, ctx.register)
    if last is not None and day < last:
        raise ClosingRefused(
            f"Les journées jusqu'au {_d(last)} sont déjà clôturées : le {_d(day)} ne peut plus "
            "l'être"
        )
    open_day = _first_unclosed_sale_day(session, ctx.register, last, day)
    if open_day is not None:
        raise DayNotClosed(
            open_day,
            f"La journée du {_d(open_day)} n'est pas clôturée : clôturez-la avant le {_d(day)}",
        )
    return _close(ctx, session, actor, "day", period, day, day)


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    if not (1 <= month <= 12 and 2000 <= year <= 2999):
        raise ClosingRefused(f"Mois invalide : {month:02d}/{year}")
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _period_start_unclosed(
    session: Session, register: str, kind: str, first: dt.date
) -> dt.date | None:
    """The first sale day before ``first`` not covered by a closure of ``kind``."""
    covered = session.scalar(
        select(func.max(Closure.last_day)).where(
            Closure.register == register, Closure.kind == kind, Closure.last_day < first
        )
    )
    return _first_unclosed_sale_day(session, register, covered, first)


def _sale_days(session: Session, register: str, first: dt.date, last: dt.date) -> list[dt.date]:
    return sorted(
        set(
            session.scalars(
                select(Ticket.business_date)
                .where(
                    ticket_register_is(register),
                    Ticket.business_date >= first,
                    Ticket.business_date <= last,
                )
                .distinct()
            )
        )
    )


@dataclass(frozen=True, slots=True)
class _Period:
    """A month or a year to close, with the words of its refusals."""

    kind: str  # "month" | "year"
    period: str  # "2026-11" | "2026"
    first: dt.date
    last: dt.date
    not_over: str
    already_closed: str
    earlier_open: Callable[[dt.date], str]  # the first open sale day before it -> refusal


def _month(year: int, month: int) -> _Period:
    first, last = _month_bounds(year, month)
    label = _month_label(year, month)
    return _Period(
        "month",
        f"{year:04d}-{month:02d}",
        first,
        last,
        f"Le mois {label} n'est pas terminé : clôture possible à partir du {_d(last)}",
        f"Le mois {label} est déjà clôturé",
        lambda day: (
            f"Le mois {_month_label(day.year, day.month)} n'est pas clôturé : clôturez-le d'abord"
        ),
    )


def _year(year: int) -> _Period:
    first, last = _month_bounds(year, 1)[0], _month_bounds(year, 12)[1]
    return _Period(
        "year",
        f"{year:04d}",
        first,
        last,
        f"L'année {year} n'est pas terminée : clôture possible à partir du {_d(last)}",
        f"L'année {year} est déjà clôturée",
        lambda day: f"L'année {day.year} n'est pas clôturée : clôturez-la d'abord",
    )


def _close_period_in(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    period: _Period,
    today: dt.date,
    auto: list[str],
) -> tuple[Closure, str | None]:
    """The one algorithm of a month's or a year's closing: the period must be over, not
    closed yet, and every earlier period of its kind with sales closed; its parts with
    sales still open (a month's days, a year's months, each closed the same way) are
    closed first, in order, and listed in ``auto``; then the period itself."""
    if period.last > today:
        raise ClosingRefused(period.not_over)
    if _exists(session, ctx.register, period.kind, period.period):
        raise ClosingRefused(period.already_closed)
    open_day = _period_start_unclosed(session, ctx.register, period.kind, period.first)
    if open_day is not None:
        raise ClosingRefused(period.earlier_open(open_day))
    for name, close_part in _open_parts(ctx, session, actor, period, today, auto):
        close_part()
        auto.append(name)
    return _close(ctx, session, actor, period.kind, period.period, period.first, period.last)


def _open_parts(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    period: _Period,
    today: dt.date,
    auto: list[str],
) -> list[tuple[str, Callable[[], object]]]:
    """The parts of ``period`` with sales that are not closed yet, in order, each with
    the call that closes it: a month's days (after the last closed day), a year's months."""
    parts: list[tuple[str, Callable[[], object]]] = []
    if period.kind == "month":
        last_day_closed = last_closed_day(session, ctx.register)
        for day in _sale_days(session, ctx.register, period.first, period.last):
            if last_day_closed is None or day > last_day_closed:
                parts.append(
                    (day.isoformat(), partial(_close_day_in, ctx, session, actor, day, today))
                )
        return parts
    year = period.first.year
    for month in range(1, 13):
        part = _month(year, month)
        has_sales = bool(_sale_days(session, ctx.register, part.first, part.last))
        if has_sales and not _exists(session, ctx.register, "month", part.period):
            parts.append(
                (part.period, partial(_close_period_in, ctx, session, actor, part, today, auto))
            )
    return parts


def _close_month_in(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    year: int,
    month: int,
    today: dt.date,
    auto: list[str],
) -> tuple[Closure, str | None]:
    return _close_period_in(ctx, session, actor, _month(year, month), today, auto)


def _close_year_in(
    ctx: ServiceContext, session: Session, actor: Actor, year: int, today: dt.date, auto: list[str]
) -> tuple[Closure, str | None]:
    return _close_period_in(ctx, session, actor, _year(year), today, auto)


CloseAction = Callable[[Session, dt.date, list[str]], tuple[Closure, str | None]]


def _after_closure(ctx: ServiceContext, view: ClosureView) -> None:
    """The hooks the composition root registered (``closure_hooks``, e.g. the automatic
    backup); a hook that fails is logged, never undoes or hides the closure."""
    for hook in closure_hooks.registered():
        try:
            hook(ctx, view)
        except Exception:
            logging.getLogger(__name__).exception("after-closure hook failed")


def _run(ctx: ServiceContext, actor: Actor, action: CloseAction) -> ClosureView:
    actor.require(Permission.CLOSE_DAY)
    if ctx.training:
        raise ClosingRefused("En mode formation, aucune clôture n'est enregistrée")
    from cafe_pos.services.integrity import verify_new_part

    report = verify_new_part(ctx)
    auto: list[str] = []
    with ctx.uow() as uow:
        session = uow.session
        closure, warning = action(session, business_today(ctx, session), auto)
        view = closure_view(session, closure)
        uow.commit()
    _after_closure(ctx, view)
    return replace(
        view,
        auto_closed=tuple(auto),
        warning=warning,
        integrity_problem=None if report.ok else report.message,
    )


def close_day(ctx: ServiceContext, actor: Actor, day: dt.date) -> ClosureView:
    """The daily closure (Z) of ``day``."""
    return _run(ctx, actor, lambda s, today, _auto: _close_day_in(ctx, s, actor, day, today))


def close_month(ctx: ServiceContext, actor: Actor, year: int, month: int) -> ClosureView:
    """The monthly closure; unclosed days with sales of the month are closed first."""
    return _run(
        ctx,
        actor,
        lambda s, today, auto: _close_month_in(ctx, s, actor, year, month, today, auto),
    )


def close_year(ctx: ServiceContext, actor: Actor, year: int) -> ClosureView:
    """The yearly closure; unclosed months with sales of the year are closed first."""
    return _run(ctx, actor, lambda s, today, auto: _close_year_in(ctx, s, actor, year, today, auto))


def closure_view(session: Session, closure: Closure) -> ClosureView:
    """The view of a stored closure (its sealed figures and seal)."""
    hash_hex = (
        session.scalar(select(JournalEntry.hash).where(JournalEntry.closure_id == closure.id)) or ""
    )
    zero = (0,) * len(VAT_FIGURES)
    totals = PeriodTotals(
        register=closure.register,
        first_day=closure.first_day,
        last_day=closure.last_day,
        **period_figures(closure),
        vat_lines=tuple(
            VatTotal(v.vat_bp, *vat_figures(v)) for v in closure.vat_lines if vat_figures(v) != zero
        ),
        payments=tuple((p.method, p.amount_cents) for p in closure.payments),
    )
    return ClosureView(
        kind=closure.kind,
        period=closure.period,
        first_day=closure.first_day,
        last_day=closure.last_day,
        closed_at=from_utc_naive(closure.closed_at),
        closed_by=closure.user_name,
        totals=totals,
        perpetual_total_cents=closure.perpetual_total_cents,
        perpetual_total_absolute_cents=closure.perpetual_total_absolute_cents,
        perpetual_by_rate=tuple(
            (v.vat_bp, v.perpetual_total_cents, v.perpetual_total_absolute_cents)
            for v in closure.vat_lines
        ),
        hash_hex=hash_hex,
        signature_short=short_extract(hash_hex),
    )


def get_closure(ctx: ServiceContext, kind: str, period: str) -> ClosureView | None:
    """A stored closure by kind ("day", "month", "year") and period, or None."""
    with ctx.uow(read_only=True) as uow:
        closure = uow.session.scalars(
            select(Closure).where(
                Closure.register == ctx.register, Closure.kind == kind, Closure.period == period
            )
        ).first()
        return None if closure is None else closure_view(uow.session, closure)
