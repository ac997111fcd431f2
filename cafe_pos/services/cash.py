"""Cash drawer use cases: open with the float counted by denomination, cash in and out
with a reason, expected cash at any moment, and the closing count followed by the Z.

A cash session covers what happened in the drawer between its opening count and its
closing count: the expected cash adds the cash payments of the tickets of this register
made since the opening (refunds paid in cash are negative payments), minus cash-back,
plus the cash movements of the session, plus customer-account settlements paid in cash.

``close_count`` checks the count, asks the fiscal ``closing.close_day`` for the Z of the
session's business day (skipped when the day is already closed, so nothing is recorded
twice; forgotten earlier days with sales are closed first), then records the count and
closes the session (a second transaction). Nothing is written when the count or the
reason is refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cash import (
    REASON_LABELS,
    CashError,
    CashFlows,
    DrawerCount,
    MovementKind,
    check_difference_reason,
    check_movement,
)
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.money import Cents
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.store.models.cash import CashCountLine, CashMovement, CashSession
from cafe_pos.store.models.sales import AccountEntry, Payment, Ticket
from cafe_pos.store.raw import raw_connection
from cafe_pos.store.statements import compiled

CountInput = Mapping[int, int] | Iterable[tuple[int, int]]


class NoOpenSession(CashError):
    """There is no open cash session on this register."""


class SessionAlreadyOpen(CashError):
    """The drawer is already open: it must be closed (counted) first."""


@dataclass(frozen=True, slots=True)
class CashSessionView:
    id: int
    register: str
    business_date: dt.date
    status: str  # open|closed
    opened_at: dt.datetime  # local time
    opened_by: str
    float_cents: Cents
    closed_at: dt.datetime | None
    closed_by: str
    expected_cents: Cents | None
    counted_cents: Cents | None
    difference_cents: Cents | None
    difference_reason: str


@dataclass(frozen=True, slots=True)
class MovementView:
    id: int
    at: dt.datetime  # local time
    kind: str  # in|out
    reason: str
    reason_label: str
    amount_cents: Cents
    note: str
    user_name: str


@dataclass(frozen=True, slots=True)
class CloseResult:
    session: CashSessionView
    closure_created: bool  # False when the day had already been closed (Z reused)


def business_day(ctx: ServiceContext, session: Session, moment: dt.datetime) -> dt.date:
    """The session's business day; after that day's Z, the next one (a new service
    period: its cash goes into the next Z)."""
    from cafe_pos.domain.business_day import business_date
    from cafe_pos.services.closing import sale_day
    from cafe_pos.services.figures_fiscal import day_change_hour

    return sale_day(ctx, session, business_date(moment, day_change_hour(ctx, session)))


def _view(row: CashSession) -> CashSessionView:
    return CashSessionView(
        id=row.id,
        register=row.register,
        business_date=row.business_date,
        status=row.status,
        opened_at=from_utc_naive(row.opened_at),
        opened_by=row.opened_by,
        float_cents=row.float_cents,
        closed_at=None if row.closed_at is None else from_utc_naive(row.closed_at),
        closed_by=row.closed_by,
        expected_cents=row.expected_cents,
        counted_cents=row.counted_cents,
        difference_cents=row.difference_cents,
        difference_reason=row.difference_reason,
    )


def _open_row(session: Session, register: str) -> CashSession | None:
    return session.scalars(
        select(CashSession)
        .where(CashSession.register == register, CashSession.status == "open")
        .order_by(CashSession.id.desc())
        .limit(1)
    ).first()


# The checkout's check (every cash sale): compiled once, run on the sale's connection.
_OPEN_SESSION = compiled(
    select(CashSession.id)
    .where(CashSession.register == bindparam("register"), CashSession.status == "open")
    .limit(1)
)


def _require_open(session: Session, register: str) -> CashSession:
    row = _open_row(session, register)
    if row is None:
        raise NoOpenSession(
            "Aucune caisse ouverte : ouvrez la caisse en comptant le fond de caisse"
        )
    return row


def _flows(session: Session, row: CashSession, until: dt.datetime) -> CashFlows:
    """Cash that moved in the drawer between the opening count and ``until`` (naive UTC)."""
    window = (
        Ticket.register == row.register,
        Ticket.created_at >= row.opened_at,
        Ticket.created_at <= until,
    )
    cash_payments = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_cents), 0))
        .join(Ticket, Ticket.id == Payment.ticket_id)
        .where(Payment.method == "cash", *window)
    )
    cashback = session.scalar(
        select(func.coalesce(func.sum(Ticket.cashback_cents), 0)).where(*window)
    )
    moved: dict[str, int] = {
        kind: int(total)
        for kind, total in session.execute(
            select(CashMovement.kind, func.sum(CashMovement.amount_cents))
            .where(CashMovement.session_id == row.id)
            .group_by(CashMovement.kind)
        )
    }
    settled = session.scalar(
        select(func.coalesce(func.sum(AccountEntry.amount_cents), 0)).where(
            AccountEntry.kind == "settlement",
            AccountEntry.method == "cash",
            AccountEntry.created_at >= row.opened_at,
            AccountEntry.created_at <= until,
        )
    )
    return CashFlows(
        float_cents=row.float_cents,
        cash_payments_cents=int(cash_payments or 0),
        cashback_cents=int(cashback or 0),
        cash_in_cents=int(moved.get("in", 0)),
        cash_out_cents=int(moved.get("out", 0)),
        # a settlement lowers what the customer owes: a negative entry, cash in the drawer
        account_settlements_cents=-int(settled or 0),
    )


def current_session(ctx: ServiceContext) -> CashSessionView | None:
    """The open cash session of this register, or None."""
    with ctx.uow(read_only=True) as uow:
        row = _open_row(uow.session, ctx.register)
        return None if row is None else _view(row)


def last_session(ctx: ServiceContext) -> CashSessionView | None:
    """The most recent session (open or closed) of this register."""
    with ctx.uow(read_only=True) as uow:
        row = uow.session.scalars(
            select(CashSession)
            .where(CashSession.register == ctx.register)
            .order_by(CashSession.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _view(row)


def sessions_of_day(ctx: ServiceContext, day: dt.date) -> list[CashSessionView]:
    """Every session of this register for a business day (for the Z)."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.scalars(
            select(CashSession)
            .where(CashSession.register == ctx.register, CashSession.business_date == day)
            .order_by(CashSession.id)
        ).all()
        return [_view(row) for row in rows]


def open_session(ctx: ServiceContext, actor: Actor, counts: CountInput) -> CashSessionView:
    """Open the drawer with its float counted by denomination."""
    actor.require(Permission.CASH_IN_OUT)
    count = DrawerCount.from_entries(counts)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        if _open_row(uow.session, ctx.register) is not None:
            raise SessionAlreadyOpen("La caisse est déjà ouverte : comptez-la et fermez-la d'abord")
        row = CashSession(
            register=ctx.register,
            business_date=business_day(ctx, uow.session, now),
            status="open",
            opened_at=to_utc_naive(now),
            opened_by=actor.name,
            float_cents=count.total_cents,
            closed_by="",
            difference_reason="",
        )
        row.counts = [
            CashCountLine(stage="open", denomination_cents=value, pieces=pieces)
            for value, pieces in count.pieces
            if pieces
        ]
        uow.session.add(row)
        uow.session.flush()
        view = _view(row)
        uow.commit()
    return view


def last_float_cents(ctx: ServiceContext) -> Cents | None:
    """The float the last drawer session opened with (the one-tap opening), or None."""
    with ctx.uow(read_only=True) as uow:
        return _last_float(uow.session, ctx.register)


def _last_float(session: Session, register: str) -> Cents | None:
    return session.scalar(
        select(CashSession.float_cents)
        .where(CashSession.register == register)
        .order_by(CashSession.id.desc())
        .limit(1)
    )


def open_with_last_float(ctx: ServiceContext, actor: Actor) -> CashSessionView:
    """One tap in the morning: open the drawer with the same pieces as the last opening."""
    with ctx.uow(read_only=True) as uow:
        last_id = uow.session.scalar(
            select(CashSession.id)
            .where(CashSession.register == ctx.register)
            .order_by(CashSession.id.desc())
            .limit(1)
        )
        if last_id is None:
            raise CashError("Première ouverture : comptez le fond de caisse")
        pieces = [
            (int(value), int(count))
            for value, count in uow.session.execute(
                select(CashCountLine.denomination_cents, CashCountLine.pieces).where(
                    CashCountLine.session_id == last_id, CashCountLine.stage == "open"
                )
            )
        ]
    return open_session(ctx, actor, pieces)


def ensure_drawer_open(
    ctx: ServiceContext, session: Session, actor: Actor, at_utc: dt.datetime, day: dt.date
) -> None:
    """Cash is about to change hands (inside the sale's transaction): if no drawer session
    is open, open one with the last session's float, so that cash is never outside the
    expected drawer (the screens ask for the float first; this is the safety net)."""
    session.flush()  # (as the ORM's autoflush would) then one compiled read: every cash sale
    if _OPEN_SESSION.run(raw_connection(session), {"register": ctx.register}).fetchone():
        return
    row = CashSession(
        register=ctx.register,
        business_date=day,
        status="open",
        opened_at=at_utc,
        opened_by=actor.name,
        float_cents=_last_float(session, ctx.register) or 0,
        closed_by="",
        difference_reason="",
    )
    session.add(row)
    session.flush()


def cash_movement(
    ctx: ServiceContext, actor: Actor, kind: str, amount_cents: Cents, reason: str, note: str = ""
) -> MovementView:
    """Record cash put in (``kind="in"``) or taken out (``"out"``) with its reason."""
    actor.require(Permission.CASH_IN_OUT)
    movement = check_movement(kind, reason, amount_cents, note)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        row = _require_open(uow.session, ctx.register)
        if movement.kind is MovementKind.OUT:
            available = _flows(uow.session, row, to_utc_naive(now)).expected_cents
            if movement.amount_cents > available:
                from cafe_pos.domain.money import format_eur

                raise CashError(
                    f"Sortie impossible : la caisse ne devrait contenir que {format_eur(available)}"
                )
        record = CashMovement(
            session_id=row.id,
            created_at=to_utc_naive(now),
            kind=movement.kind.value,
            reason=movement.reason.value,
            amount_cents=movement.amount_cents,
            note=movement.note,
            user_name=actor.name,
        )
        uow.session.add(record)
        uow.session.flush()
        view = _movement_view(record)
        uow.commit()
    return view


def _movement_view(row: CashMovement) -> MovementView:
    from cafe_pos.domain.cash import MovementReason

    return MovementView(
        id=row.id,
        at=from_utc_naive(row.created_at),
        kind=row.kind,
        reason=row.reason,
        reason_label=REASON_LABELS[MovementReason(row.reason)],
        amount_cents=row.amount_cents,
        note=row.note,
        user_name=row.user_name,
    )


def movements(ctx: ServiceContext, session_id: int | None = None) -> list[MovementView]:
    """Cash movements of a session (default: the open one; empty when none is open)."""
    with ctx.uow(read_only=True) as uow:
        if session_id is None:
            row = _open_row(uow.session, ctx.register)
            if row is None:
                return []
            session_id = row.id
        rows = uow.session.scalars(
            select(CashMovement)
            .where(CashMovement.session_id == session_id)
            .order_by(CashMovement.id)
        ).all()
        return [_movement_view(r) for r in rows]


def expected_cash(ctx: ServiceContext) -> CashFlows:
    """What the open drawer should hold now, part by part (``.expected_cents``)."""
    with ctx.uow(read_only=True) as uow:
        row = _require_open(uow.session, ctx.register)
        return _flows(uow.session, row, to_utc_naive(ctx.clock.now()))


def close_count(
    ctx: ServiceContext, actor: Actor, counts: CountInput, difference_reason: str = ""
) -> CloseResult:
    """Count the drawer, record the difference and its reason, close the session and the day.

    The Z (fiscal closure of the session's business day) is made first by
    ``closing.close_day``; if the day was already closed it is reused, never made twice.
    """
    actor.require(Permission.CLOSE_DAY)
    count = DrawerCount.from_entries(counts)
    now = ctx.clock.now()
    with ctx.uow(read_only=True) as uow:
        row = _require_open(uow.session, ctx.register)
        expected = _flows(uow.session, row, to_utc_naive(now)).expected_cents
        difference = count.total_cents - expected
        reason = check_difference_reason(difference, difference_reason)
        day = row.business_date
        session_id = row.id
    closure_created = _close_day_once(ctx, actor, day)
    with ctx.uow() as uow:
        closing_row = uow.session.get(CashSession, session_id)
        if closing_row is None or closing_row.status != "open":
            raise NoOpenSession("Cette caisse a déjà été fermée")
        row = closing_row
        # cash moved between the check and now (another till window) is counted too
        expected = _flows(uow.session, row, to_utc_naive(now)).expected_cents
        row.counts.extend(
            CashCountLine(stage="close", denomination_cents=value, pieces=pieces)
            for value, pieces in count.pieces
            if pieces
        )
        row.status = "closed"
        row.closed_at = to_utc_naive(now)
        row.closed_by = actor.name
        row.expected_cents = expected
        row.counted_cents = count.total_cents
        row.difference_cents = count.total_cents - expected
        row.difference_reason = reason
        uow.session.flush()
        view = _view(row)
        uow.commit()
    return CloseResult(session=view, closure_created=closure_created)


def _close_day_once(ctx: ServiceContext, actor: Actor, day: dt.date) -> bool:
    """Make the Z of ``day`` unless it exists; True when a closure was recorded now.

    Earlier days with sales left without their Z (forgotten closings) are closed first,
    in order, as the fiscal rules require before ``day`` can be closed."""
    from cafe_pos.services.closing import business_today, close_day, days_to_close
    from cafe_pos.services.figures_fiscal import day_closed

    with ctx.uow(read_only=True) as uow:
        if day_closed(uow.session, ctx.register, day):
            return False
        if day > business_today(ctx, uow.session):
            # a session opened after tonight's Z belongs to tomorrow: counted and closed
            # now, its cash goes into tomorrow's Z (docs/closing.md, "After a Z")
            return False
    for earlier in days_to_close(ctx, include_today=True):
        if earlier < day:
            close_day(ctx, actor, earlier)
    close_day(ctx, actor, day)
    return True


def count_lines(ctx: ServiceContext, session_id: int, stage: str) -> DrawerCount:
    """The pieces counted at opening (``"open"``) or closing (``"close"``) of a session."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(CashCountLine.denomination_cents, CashCountLine.pieces).where(
                CashCountLine.session_id == session_id, CashCountLine.stage == stage
            )
        )
        return DrawerCount.from_entries(list(rows))
