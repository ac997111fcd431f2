"""The fiscal part of the report figures, read from the fiscal records: period totals
(``cafe_pos.fiscal.totals.period_totals``), the closure of the period with its perpetual
grand totals and seal, and the technical events a Z counts (removed lines, reprints,
drawer openings without sale).

For a period that is not closed yet (an X, the current month), the perpetual totals are
those of the last daily closure before it plus the tickets since, exactly what the next
closures will record: GT = previous GT + sales − |refunds|, GT abs = previous + sales +
|refunds|.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import DEFAULT_DAY_CHANGE_HOUR, business_date
from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.figures import CountAmount as CountAmount
from cafe_pos.domain.figures import Seal as Seal
from cafe_pos.domain.money import Cents
from cafe_pos.fiscal.key_breaks import BreakNote, break_notes
from cafe_pos.store.models.fiscal import Closure, FiscalEvent, JournalEntry, TicketDuplicate
from cafe_pos.store.models.sales import Ticket

CLOSURE_KINDS = {"z": "day", "x": "day", "month": "month", "year": "year"}
LINE_VOID_NAMES = ("LINE_VOID", "LINE_REMOVED")
DRAWER_NAMES = ("DRAWER_OPENED", "DRAWER_OPEN", "DRAWER_OPENED_NO_SALE", "DRAWER_NO_SALE")


@dataclass(frozen=True, slots=True)
class EventCounts:
    removed_lines: CountAmount = field(default_factory=CountAmount)
    reprints: int = 0
    drawer_openings: int = 0


@dataclass(frozen=True, slots=True)
class FiscalPart:
    closed: bool
    sale_count: int
    refund_count: int
    first_number: int | None
    last_number: int | None
    sales_cents: Cents
    refunds_cents: Cents  # absolute
    total_cents: Cents
    vat: tuple[tuple[int, Cents, Cents, Cents], ...]  # (rate, base, vat, total), high first
    payments: dict[str, Cents]
    perpetual_total_cents: Cents
    perpetual_total_absolute_cents: Cents
    seal: Seal | None
    notes: tuple[str, ...] = ()


def _closure(session: Session, register: str, kind: str, period: str) -> Closure | None:
    return session.scalars(
        select(Closure).where(
            Closure.register == register,
            Closure.kind == CLOSURE_KINDS[kind],
            Closure.period == period,
        )
    ).first()


def day_change_hour(ctx: ServiceContext, session: Session) -> int:
    """The hour the business day changes (setting "fiscal.day_change_hour", 4 by default)."""
    from cafe_pos.services.settings import get_int

    try:
        return get_int(ctx, "fiscal.day_change_hour", session=session)
    except (UserError, KeyError):
        return DEFAULT_DAY_CHANGE_HOUR


def business_today(ctx: ServiceContext, session: Session) -> dt.date:
    return business_date(ctx.clock.now(), day_change_hour(ctx, session))


def last_closed_day(session: Session, register: str) -> dt.date | None:
    return session.scalar(
        select(func.max(Closure.last_day)).where(
            Closure.register == register, Closure.kind == "day"
        )
    )


def day_closed(session: Session, register: str, day: dt.date) -> bool:
    """True when the daily closure (Z) of ``day`` exists."""
    return _closure(session, register, "z", day.isoformat()) is not None


def _seal(session: Session, closure: Closure) -> Seal:
    entry = session.scalars(
        select(JournalEntry).where(JournalEntry.closure_id == closure.id)
    ).first()
    short = "" if entry is None else short_signature(entry.hash)
    return Seal(
        signature_short=short,
        key_fingerprint="" if entry is None else entry.key_id,
        closed_at=from_utc_naive(closure.closed_at),
        closed_by=closure.user_name,
    )


def short_signature(hash_hex: str) -> str:
    """The short extract printed on receipts and reports (the fiscal module's own form)."""
    try:
        from cafe_pos.fiscal.journal import short_extract
    except ImportError:
        return hash_hex[:8].upper()
    return str(short_extract(hash_hex))


def perpetual_through(session: Session, register: str, day: dt.date) -> tuple[Cents, Cents]:
    """(GT, GT absolute) at the end of ``day``: last daily closure up to it + later tickets."""
    closure = session.scalars(
        select(Closure)
        .where(Closure.register == register, Closure.kind == "day", Closure.last_day <= day)
        .order_by(Closure.last_day.desc())
        .limit(1)
    ).first()
    total = absolute = 0
    after = dt.date.min
    if closure is not None:
        total, absolute = closure.perpetual_total_cents, closure.perpetual_total_absolute_cents
        after = closure.last_day
    net, gross = session.execute(
        select(
            func.coalesce(func.sum(Ticket.total_cents), 0),
            func.coalesce(func.sum(func.abs(Ticket.total_cents)), 0),
        ).where(
            Ticket.register == register,
            Ticket.business_date > after,
            Ticket.business_date <= day,
        )
    ).one()
    return total + int(net), absolute + int(gross)


def fiscal_part(
    session: Session, register: str, kind: str, period: str, first: dt.date, last: dt.date
) -> FiscalPart:
    """Period totals from the tickets, grand totals and seal from the closure if any."""
    from cafe_pos.fiscal.totals import period_totals

    totals = period_totals(session, register, first, last)
    closure = _closure(session, register, kind, period) if kind != "x" else None
    if closure is not None:
        perpetual = (closure.perpetual_total_cents, closure.perpetual_total_absolute_cents)
        seal: Seal | None = _seal(session, closure)
    else:
        perpetual = perpetual_through(session, register, last)
        seal = None
    notes: list[str] = []
    if closure is not None and closure.total_cents != totals.total_cents:
        notes.append("Attention : le total de la clôture diffère des tickets (lancez « verify »)")
    notes.extend(trust_notes(session, register))
    return FiscalPart(
        closed=closure is not None,
        sale_count=totals.sale_count,
        refund_count=totals.refund_count,
        first_number=totals.first_number,
        last_number=totals.last_number,
        sales_cents=totals.sales_cents,
        refunds_cents=totals.refunds_cents,
        total_cents=totals.total_cents,
        vat=tuple(
            (line.rate_bp, line.base_cents, line.vat_cents, line.total_cents)
            for line in totals.vat_lines
        ),
        payments=dict(totals.payments),
        perpetual_total_cents=perpetual[0],
        perpetual_total_absolute_cents=perpetual[1],
        seal=seal,
        notes=tuple(notes),
    )


_RESTORES = """
SELECT at, json_extract(details, '$.declared'), json_extract(details, '$.last_ticket_number')
FROM fiscal_events WHERE register = ? AND code = 912 ORDER BY id"""


def key_break_note(note: BreakNote) -> str:
    """A key change the previous key did not sign, in words: a break ``verify`` reports
    until HQ confirms it."""
    position = note.key_break.position
    if note.confirmed_by:
        return (
            f"Changement de clé de signature non validé par l'ancienne clé le {note.at[:10]} "
            f"(n° {position}, {note.reason}) : rupture de la chaîne des clés confirmée par "
            f"le siège (clé du siège {note.confirmed_by})"
        )
    return (
        f"Attention : changement de clé de signature non validé par l'ancienne clé le "
        f"{note.at[:10]} (n° {position}, {note.reason}) : rupture de la chaîne des clés "
        "(« verify » en échec) tant que le siège ne l'a pas confirmée (réinscription)"
    )


def trust_notes(session: Session, register: str) -> list[str]:
    """What every report of the register must say about its journal: a key change the
    previous key did not sign (a break ``verify`` reports), restores and rollbacks."""
    conn = session.connection().connection.driver_connection
    assert conn is not None
    notes = [key_break_note(note) for note in break_notes(session, register)]
    for at, declared, last in conn.execute(_RESTORES, (register,)):
        if declared:
            notes.append(
                f"Sauvegarde restaurée le {str(at)[:10]} : numérotation reprise après le "
                f"ticket n° {last}"
            )
        else:
            notes.append(
                f"Attention : base revenue en arrière sans restauration déclarée (constaté "
                f"le {str(at)[:10]}, numérotation reprise après le ticket n° {last})"
            )
    return notes


def defect_notes(
    session: Session, register: str, window: tuple[dt.datetime, dt.datetime]
) -> tuple[str, ...]:
    """Integrity defects the till found and journaled (event 90) during the period, as
    its report must say them (the auditor reads the Z, not only ``verify``)."""
    start, end = window
    rows = session.execute(
        select(FiscalEvent.at, FiscalEvent.details)
        .where(
            FiscalEvent.register == register,
            FiscalEvent.code == 90,
            FiscalEvent.at >= start,
            FiscalEvent.at < end,
        )
        .order_by(FiscalEvent.id)
    )
    notes = []
    for at, details in rows:
        try:
            message = str(json.loads(details or "{}").get("message", ""))
        except (ValueError, AttributeError):
            message = ""
        when = from_utc_naive(at).strftime("%d/%m/%Y %H:%M")
        notes.append(f"Attention : défaut d'intégrité enregistré le {when} : {message}")
    return tuple(notes)


def _codes(names: Iterable[str]) -> list[int]:
    try:
        from cafe_pos.fiscal.events import EventCode
    except ImportError:
        return []
    return [int(EventCode[name]) for name in names if name in EventCode.__members__]


def event_counts(
    session: Session, register: str, window: tuple[dt.datetime, dt.datetime]
) -> EventCounts:
    """Removed lines (with their amounts when the event says), reprints and drawer
    openings without sale between two naive UTC moments."""
    start, end = window
    void_codes, drawer_codes = _codes(LINE_VOID_NAMES), _codes(DRAWER_NAMES)
    removed = CountAmount()
    drawer = 0
    if void_codes or drawer_codes:
        rows = session.execute(
            select(FiscalEvent.code, FiscalEvent.details).where(
                FiscalEvent.register == register,
                FiscalEvent.code.in_(void_codes + drawer_codes),
                FiscalEvent.at >= start,
                FiscalEvent.at < end,
            )
        )
        count = cents = 0
        for code, details in rows:
            if code in drawer_codes:
                drawer += 1
                continue
            count += 1
            cents += _amount(details)
        removed = CountAmount(count, cents)
    reprints = session.scalar(
        select(func.count())
        .select_from(TicketDuplicate)
        .join(Ticket, Ticket.id == TicketDuplicate.ticket_id)
        .where(Ticket.register == register, TicketDuplicate.at >= start, TicketDuplicate.at < end)
    )
    return EventCounts(removed, int(reprints or 0), drawer)


def _amount(details: str) -> Cents:
    try:
        raw = json.loads(details or "{}")
    except ValueError:
        return 0
    for key in ("amount_cents", "total_cents", "line_total_cents"):
        value = raw.get(key) if isinstance(raw, dict) else None
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.lstrip("-").isdigit():
            return int(value)
    return 0
