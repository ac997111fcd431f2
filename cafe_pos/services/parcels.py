"""Parcel relay use cases: carriers as settings rows, reception, hand-over, returns,
drop-offs, the driver's visit, the monthly commission, the purge of names and the search
that answers a data-subject request.

Each call is one transaction (a refusal changes nothing). Staff may do the counter's
work (``Permission.SELL``); carriers' settings need ``EDIT_SETTINGS``; the data-subject
search needs ``EXPORT``. The only personal data is the recipient's name as printed on the
label, erased ``parcels.purge_days`` days after the parcel was closed (journaled, code
908). Nothing here is a sale: the commission is service revenue, reported per carrier
and month without any name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain import parcels as rules
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.parcels import (
    CarrierRules,
    CommissionEvent,
    HandOverProof,
    ParcelError,
    ParcelKind,
    ParcelStatus,
)
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import settings as settings_service
from cafe_pos.services import tech_events
from cafe_pos.store.models.parcels import Parcel, ParcelCarrier, ParcelDriverVisit, ParcelNameWord

SLOTS_KEY = "parcels.slots"
PURGE_DAYS_KEY = "parcels.purge_days"
PURGE_EVENT = 908  # EventCode.PURGE
SEARCH_LIMIT = 50


# ---------------------------------------------------------------------------------------
# Views (plain snapshots for the screens, the CLI and the reports)


@dataclass(frozen=True, slots=True)
class CarrierView:
    id: int
    active: bool
    rules: CarrierRules

    @property
    def code(self) -> str:
        return self.rules.code

    @property
    def name(self) -> str:
        return self.rules.name


@dataclass(frozen=True, slots=True)
class ParcelView:
    id: int
    carrier_id: int
    carrier_name: str
    kind: ParcelKind
    tracking: str
    status: ParcelStatus
    recipient_name: str | None  # None once purged (and for drop-offs)
    slot: str | None
    weight_g: int | None
    received_at: dt.datetime  # local time
    return_due: dt.date | None
    closed_at: dt.datetime | None  # local time
    received_by: str
    closed_by: str
    id_kind: str | None
    collector: str | None
    check_overridden: bool

    @property
    def status_label(self) -> str:
        return rules.STATUS_LABELS[self.status]


@dataclass(frozen=True, slots=True)
class Suggestion:
    tracking: str
    carrier_ids: list[int]  # most likely first; empty when no format fits
    slot: str


@dataclass(frozen=True, slots=True)
class ReturnsDue:
    today: dt.date
    due: list[ParcelView]  # holding period ends today or has ended
    tomorrow: list[ParcelView]  # "expire demain"


@dataclass(frozen=True, slots=True)
class ShelfCounts:
    on_shelf: int
    returns_due: int
    expiring_tomorrow: int
    drop_offs: int


@dataclass(frozen=True, slots=True)
class VisitResult:
    visit_id: int
    carrier_name: str
    at: dt.datetime
    received: list[str]
    returned: list[str]
    returns_expected: list[str]
    collected: list[str]
    drop_offs_expected: list[str]

    @property
    def returns_missing(self) -> list[str]:
        return [t for t in self.returns_expected if t not in self.returned]

    @property
    def drop_offs_missing(self) -> list[str]:
        return [t for t in self.drop_offs_expected if t not in self.collected]


@dataclass(frozen=True, slots=True)
class CommissionStatement:
    """One carrier's month: counts and amounts (no personal data)."""

    carrier_id: int
    carrier_name: str
    month: str  # YYYY-MM
    lines: list[rules.CommissionLine]
    total_cents: int
    handed_over_with_purchase: int = 0
    days: list[tuple[dt.date, dict[CommissionEvent, int]]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Carriers


def _rules(row: ParcelCarrier) -> CarrierRules:
    return CarrierRules(
        code=row.code,
        name=row.name,
        holding_days=row.holding_days,
        holding_calendar=rules.HoldingCalendar(row.holding_calendar),
        proxy=rules.ProxyRule(row.proxy_rule),
        pickup_code=row.pickup_code,
        max_weight_g=row.max_weight_g,
        max_sum_cm=row.max_sum_cm,
        max_side_cm=row.max_side_cm,
        commission_cents={
            CommissionEvent.RECEIVED: row.commission_received_cents,
            CommissionEvent.HANDED_OVER: row.commission_handed_over_cents,
            CommissionEvent.RETURNED: row.commission_returned_cents,
            CommissionEvent.DROPPED_OFF: row.commission_dropped_off_cents,
        },
        formats=tuple(f for f in row.formats.split(",") if f),
    )


def _apply_rules(row: ParcelCarrier, carrier: CarrierRules) -> None:
    row.name = carrier.name
    row.holding_days = carrier.holding_days
    row.holding_calendar = carrier.holding_calendar.value
    row.proxy_rule = carrier.proxy.value
    row.pickup_code = carrier.pickup_code
    row.max_weight_g = carrier.max_weight_g
    row.max_sum_cm = carrier.max_sum_cm
    row.max_side_cm = carrier.max_side_cm
    row.commission_received_cents = carrier.commission(CommissionEvent.RECEIVED)
    row.commission_handed_over_cents = carrier.commission(CommissionEvent.HANDED_OVER)
    row.commission_returned_cents = carrier.commission(CommissionEvent.RETURNED)
    row.commission_dropped_off_cents = carrier.commission(CommissionEvent.DROPPED_OFF)
    row.formats = ",".join(f for f in carrier.formats if f in rules.FORMATS_BY_KEY)


def _ensure_carriers(session: Session) -> None:
    """A new café gets the default carriers (as rows it can change) on first use."""
    if session.scalar(select(func.count()).select_from(ParcelCarrier)):
        return
    for position, carrier in enumerate(rules.DEFAULT_CARRIERS):
        row = ParcelCarrier(code=carrier.code, position=position, active=True)
        _apply_rules(row, carrier)
        session.add(row)
    session.flush()


def _carrier_rows(session: Session) -> list[ParcelCarrier]:
    return list(
        session.scalars(select(ParcelCarrier).order_by(ParcelCarrier.position, ParcelCarrier.id))
    )


def list_carriers(ctx: ServiceContext, *, include_inactive: bool = False) -> list[CarrierView]:
    with ctx.uow() as uow:
        _ensure_carriers(uow.session)
        uow.commit()
        return [
            CarrierView(row.id, row.active, _rules(row))
            for row in _carrier_rows(uow.session)
            if include_inactive or row.active
        ]


def _check_carrier(carrier: CarrierRules) -> None:
    if not one_line(carrier.name, "Le nom du transporteur"):
        raise ParcelError("Nom du transporteur vide")
    if not 1 <= carrier.holding_days <= 60:
        raise ParcelError("Durée de garde invalide : entre 1 et 60 jours")
    for value in (carrier.max_weight_g, carrier.max_sum_cm, carrier.max_side_cm):
        if value is not None and value <= 0:
            raise ParcelError("Les limites de dépôt doivent être positives (ou vides)")
    for event in CommissionEvent:
        if not 0 <= carrier.commission(event) <= 10_000:
            raise ParcelError("Commission invalide : entre 0 et 100,00 € par colis")


def save_carrier(
    ctx: ServiceContext,
    actor: Actor,
    carrier: CarrierRules,
    *,
    carrier_id: int | None = None,
    active: bool = True,
) -> CarrierView:
    """Change a carrier's contract figures, or add a carrier (``carrier_id`` None)."""
    actor.require(Permission.EDIT_SETTINGS)
    _check_carrier(carrier)
    with ctx.uow() as uow:
        session = uow.session
        _ensure_carriers(session)
        if carrier_id is None:
            code = carrier.code or rules.fold(carrier.name).lower().replace(" ", "_")[:40]
            if session.scalar(select(ParcelCarrier.id).where(ParcelCarrier.code == code)):
                raise ParcelError(f"Le transporteur {carrier.name} existe déjà")
            position = len(_carrier_rows(session))
            row = ParcelCarrier(code=code, position=position, active=active)
            session.add(row)
        else:
            found = session.get(ParcelCarrier, carrier_id)
            if found is None:
                raise NotFound("Transporteur inconnu")
            row = found
            row.active = active
        _apply_rules(row, carrier)
        session.flush()
        view = CarrierView(row.id, row.active, _rules(row))
        uow.commit()
        return view


def _carrier(session: Session, carrier_id: int) -> ParcelCarrier:
    row = session.get(ParcelCarrier, carrier_id)
    if row is None:
        raise NotFound("Transporteur inconnu : choisissez-en un dans la liste")
    return row


# ---------------------------------------------------------------------------------------
# Helpers


def _now_utc(ctx: ServiceContext) -> dt.datetime:
    return to_utc_naive(ctx.clock.now())


def _today(ctx: ServiceContext) -> dt.date:
    return ctx.clock.now().date()


def _view(row: Parcel, carrier_name: str) -> ParcelView:
    return ParcelView(
        id=row.id,
        carrier_id=row.carrier_id,
        carrier_name=carrier_name,
        kind=ParcelKind(row.kind),
        tracking=row.tracking,
        status=ParcelStatus(row.status),
        recipient_name=row.recipient_name,
        slot=row.slot,
        weight_g=row.weight_g,
        received_at=from_utc_naive(row.received_at),
        return_due=row.return_due,
        closed_at=None if row.closed_at is None else from_utc_naive(row.closed_at),
        received_by=row.received_by,
        closed_by=row.closed_by,
        id_kind=row.id_kind,
        collector=row.collector,
        check_overridden=row.check_overridden,
    )


def _views(session: Session, rows: Iterable[Parcel]) -> list[ParcelView]:
    names = {c.id: c.name for c in _carrier_rows(session)}
    return [_view(row, names.get(row.carrier_id, "?")) for row in rows]


_PARCEL_COLUMNS = Parcel.__table__.c


def _fast_views(session: Session, where: Any, limit: int) -> list[ParcelView]:
    """Views straight from rows (no ORM objects): the lookups the counter waits for.

    No ORDER BY in SQL: with one, SQLite may prefer walking the whole table backwards to
    using the index of ``where``; the few rows found are sorted here, newest first."""
    c = _PARCEL_COLUMNS
    statement = select(*c).where(where)
    names = {
        int(carrier_id): str(name)
        for carrier_id, name in session.execute(select(ParcelCarrier.id, ParcelCarrier.name))
    }
    views = []
    for row in session.execute(statement).mappings():
        views.append(
            ParcelView(
                id=row["id"],
                carrier_id=row["carrier_id"],
                carrier_name=names.get(row["carrier_id"], "?"),
                kind=ParcelKind(row["kind"]),
                tracking=row["tracking"],
                status=ParcelStatus(row["status"]),
                recipient_name=row["recipient_name"],
                slot=row["slot"],
                weight_g=row["weight_g"],
                received_at=from_utc_naive(row["received_at"]),
                return_due=row["return_due"],
                closed_at=None if row["closed_at"] is None else from_utc_naive(row["closed_at"]),
                received_by=row["received_by"],
                closed_by=row["closed_by"],
                id_kind=row["id_kind"],
                collector=row["collector"],
                check_overridden=bool(row["check_overridden"]),
            )
        )
    views.sort(key=lambda v: v.id, reverse=True)
    return views[:limit]


def slots(ctx: ServiceContext, *, session: Session | None = None) -> list[str]:
    """The shelf slots of the settings, in order."""
    return rules.parse_slots(settings_service.get_str(ctx, SLOTS_KEY, session=session))


def _occupancy(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(Parcel.slot, func.count())
        .where(Parcel.status.in_([ParcelStatus.RECEIVED.value, ParcelStatus.DROPPED_OFF.value]))
        .group_by(Parcel.slot)
    )
    return {str(slot): int(count) for slot, count in rows if slot is not None}


def _propose_slot(ctx: ServiceContext, session: Session) -> str:
    return rules.next_free_slot(slots(ctx, session=session), _occupancy(session))


def propose_slot(ctx: ServiceContext) -> str:
    with ctx.uow(read_only=True) as uow:
        return _propose_slot(ctx, uow.session)


def suggest(ctx: ServiceContext, tracking: str) -> Suggestion:
    """A scanned number, normalised, with the carriers whose formats fit and a slot."""
    number = rules.normalise_tracking(tracking)
    with ctx.uow() as uow:
        session = uow.session
        _ensure_carriers(session)
        uow.commit()
        active = [row for row in _carrier_rows(session) if row.active]
        by_code = {row.code: row.id for row in active}
        codes = rules.suggest_carriers(number, [_rules(row) for row in active])
        return Suggestion(number, [by_code[c] for c in codes], _propose_slot(ctx, session))


def _refuse_duplicate(session: Session, number: str) -> None:
    existing = session.scalars(
        select(Parcel).where(Parcel.tracking == number).order_by(Parcel.id.desc()).limit(1)
    ).first()
    if existing is None or existing.status == ParcelStatus.RETURNED.value:
        return  # a parcel sent back earlier may be delivered again
    where = f" (emplacement {existing.slot})" if existing.slot else ""
    label = rules.STATUS_LABELS[ParcelStatus(existing.status)].lower()
    raise ParcelError(f"Le colis {number} est déjà enregistré : {label}{where}")


def _add_words(session: Session, parcel_id: int, name: str) -> None:
    for word in rules.name_words(name):
        session.add(ParcelNameWord(parcel_id=parcel_id, word=word[:60]))


# ---------------------------------------------------------------------------------------
# Reception


def receive(
    ctx: ServiceContext,
    actor: Actor,
    *,
    tracking: str,
    carrier_id: int,
    recipient_name: str,
    slot: str | None = None,
    pickup_code: str | None = None,
    accept_bad_check: bool = False,
) -> ParcelView:
    """Record a parcel delivered for a customer and put it on a slot (proposed if None).

    Refused: an empty or malformed number, the same parcel twice, a slot that does not
    exist; a check digit that does not match raises ``CheckDigitMismatch`` unless the
    clerk confirmed (``accept_bad_check``: labels get damaged).
    """
    actor.require(Permission.SELL)
    number = rules.normalise_tracking(tracking)
    name = rules.clean_name(recipient_name)
    code = (pickup_code or "").strip().upper() or None
    if code is not None and len(code) > 40:
        raise ParcelError("Code de retrait trop long")
    with ctx.uow() as uow:
        session = uow.session
        _ensure_carriers(session)
        carrier_row = _carrier(session, carrier_id)
        carrier = _rules(carrier_row)
        problem = rules.check_digit_problem(number, carrier)
        if problem is not None and not accept_bad_check:
            raise rules.CheckDigitMismatch(problem)
        _refuse_duplicate(session, number)
        all_slots = slots(ctx, session=session)
        chosen = (
            rules.resolve_slot(all_slots, slot)
            if slot
            else rules.next_free_slot(all_slots, _occupancy(session))
        )
        now = _now_utc(ctx)
        row = Parcel(
            carrier_id=carrier_row.id,
            kind=ParcelKind.INBOUND.value,
            tracking=number,
            status=ParcelStatus.RECEIVED.value,
            recipient_name=name,
            slot=chosen,
            pickup_code=code,
            check_overridden=problem is not None,
            received_at=now,
            received_by=actor.name,
            return_due=rules.return_due(_today(ctx), carrier),
            closed_by="",
        )
        session.add(row)
        session.flush()
        _add_words(session, row.id, name)
        view = _view(row, carrier_row.name)
        uow.commit()
        return view


# ---------------------------------------------------------------------------------------
# Finding a parcel


def _word_prefix_ids(
    session: Session, words: Sequence[str], limit: int, *, open_only: bool
) -> list[int]:
    """Newest parcels whose name has a word starting with each of ``words`` (index range
    scans on the words, intersected in SQL)."""

    def starting_with(word: str) -> Any:
        upper = word[:-1] + chr(ord(word[-1]) + 1)
        return select(ParcelNameWord.parcel_id).where(
            ParcelNameWord.word >= word, ParcelNameWord.word < upper
        )

    statement = starting_with(words[0])
    for word in words[1:]:
        statement = statement.where(ParcelNameWord.parcel_id.in_(starting_with(word)))
    if open_only:  # from the few parcels on the shelf, not from every past name
        statement = statement.join(Parcel, Parcel.id == ParcelNameWord.parcel_id).where(
            Parcel.status.in_([s.value for s in rules.OPEN_STATUSES])
        )
    statement = statement.distinct().order_by(ParcelNameWord.parcel_id.desc()).limit(limit)
    return list(session.scalars(statement))


def find(
    ctx: ServiceContext,
    query: str,
    *,
    open_only: bool = True,
    limit: int = SEARCH_LIMIT,
) -> list[ParcelView]:
    """A scanned tracking number, a pick-up code, or part of the name (word prefixes:
    "dup" finds "Marcel DUPUY"). Newest first; only parcels still here unless asked."""
    text = " ".join((query or "").split())
    if not text:
        return []
    c = _PARCEL_COLUMNS
    open_statuses = [s.value for s in rules.OPEN_STATUSES]
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        compact = text.replace(" ", "").replace("-", "").upper()
        if compact.isalnum() and any(ch.isdigit() for ch in compact):  # names have none
            # one indexed equality each (an OR would make SQLite walk the whole table)
            for column in (c.tracking, c.pickup_code):
                where = column == compact
                if open_only:
                    where = where & c.status.in_(open_statuses)
                views = _fast_views(session, where, limit)
                if views:
                    return views
        words = rules.name_words(text) or [rules.fold(text)]
        ids = _word_prefix_ids(session, words, limit, open_only=open_only)
        return _fast_views(session, c.id.in_(ids), limit) if ids else []


def get_parcel(ctx: ServiceContext, parcel_id: int) -> ParcelView:
    with ctx.uow(read_only=True) as uow:
        row = uow.session.get(Parcel, parcel_id)
        if row is None:
            raise NotFound("Colis inconnu")
        return _views(uow.session, [row])[0]


def list_parcels(
    ctx: ServiceContext, *, status: ParcelStatus | None = None, limit: int = 500
) -> list[ParcelView]:
    """Newest first; on the shelf by default screens ask ``status=RECEIVED``."""
    with ctx.uow(read_only=True) as uow:
        statement = select(Parcel).order_by(Parcel.id.desc()).limit(limit)
        if status is not None:
            statement = statement.where(Parcel.status == status.value)
        return _views(uow.session, uow.session.scalars(statement))


def on_shelf(ctx: ServiceContext) -> list[ParcelView]:
    """Parcels waiting here (received and drop-offs), by slot."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.scalars(
            select(Parcel)
            .where(Parcel.status.in_([s.value for s in rules.OPEN_STATUSES]))
            .order_by(Parcel.slot, Parcel.id)
        )
        return _views(uow.session, rows)


# ---------------------------------------------------------------------------------------
# Hand-over


def hand_over(
    ctx: ServiceContext, actor: Actor, parcel_id: int, proof: HandOverProof
) -> ParcelView:
    """Give a parcel to its recipient (or an allowed third party) after the ID check.

    Records the tick and the document's kind only (never its number, never a copy)."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        session = uow.session
        row = session.get(Parcel, parcel_id)
        if row is None:
            raise NotFound("Colis inconnu")
        rules.check_can_hand_over(ParcelStatus(row.status), ParcelKind(row.kind), row.tracking)
        carrier_row = _carrier(session, row.carrier_id)
        rules.check_hand_over_proof(_rules(carrier_row), proof)
        row.status = ParcelStatus.HANDED_OVER.value
        row.closed_at = _now_utc(ctx)
        row.closed_by = actor.name
        row.collector = proof.collector.value
        row.id_kind = None if proof.id_kind is None else proof.id_kind.value
        row.slot = None
        row.pickup_code = None  # needed only while the parcel waits
        view = _view(row, carrier_row.name)
        uow.commit()
        return view


# ---------------------------------------------------------------------------------------
# Returns and counts


def returns_due(ctx: ServiceContext, *, on: dt.date | None = None) -> ReturnsDue:
    """Parcels to give back to the driver (holding period over) and those expiring tomorrow."""
    today = on or _today(ctx)
    tomorrow = today + dt.timedelta(days=1)
    with ctx.uow(read_only=True) as uow:
        rows = list(
            uow.session.scalars(
                select(Parcel)
                .where(
                    Parcel.status == ParcelStatus.RECEIVED.value,
                    Parcel.return_due <= tomorrow,
                )
                .order_by(Parcel.carrier_id, Parcel.return_due, Parcel.slot)
            )
        )
        views = _views(uow.session, rows)
    return ReturnsDue(
        today=today,
        due=[v for v in views if v.return_due is not None and v.return_due <= today],
        tomorrow=[v for v in views if v.return_due == tomorrow],
    )


def shelf_counts(ctx: ServiceContext) -> ShelfCounts:
    """What the status bar shows: on the shelf, returns due, expiring tomorrow, drop-offs."""
    today = _today(ctx)
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(Parcel.status, Parcel.return_due, func.count())
            .where(Parcel.status.in_([s.value for s in rules.OPEN_STATUSES]))
            .group_by(Parcel.status, Parcel.return_due)
        )
        on, due, tomorrow, drops = 0, 0, 0, 0
        for status, return_day, count in rows:
            if status == ParcelStatus.DROPPED_OFF.value:
                drops += count
                continue
            on += count
            if return_day is not None and return_day <= today:
                due += count
            elif return_day == today + dt.timedelta(days=1):
                tomorrow += count
    return ShelfCounts(on, due, tomorrow, drops)


# ---------------------------------------------------------------------------------------
# Drop-offs


def drop_off(
    ctx: ServiceContext,
    actor: Actor,
    *,
    tracking: str,
    carrier_id: int,
    weight_g: int | None,
    dimensions_cm: tuple[int, int, int] | None = None,
    slot: str | None = None,
    accept_bad_check: bool = False,
) -> ParcelView:
    """A prepaid parcel brought by a customer: checked against the carrier's limits, kept
    until the driver takes it. No name is kept (the label carries the addresses)."""
    actor.require(Permission.SELL)
    number = rules.normalise_tracking(tracking)
    with ctx.uow() as uow:
        session = uow.session
        _ensure_carriers(session)
        carrier_row = _carrier(session, carrier_id)
        carrier = _rules(carrier_row)
        problem = rules.check_digit_problem(number, carrier)
        if problem is not None and not accept_bad_check:
            raise rules.CheckDigitMismatch(problem)
        rules.check_drop_off_limits(carrier, weight_g, dimensions_cm)
        _refuse_duplicate(session, number)
        all_slots = slots(ctx, session=session)
        chosen = (
            rules.resolve_slot(all_slots, slot)
            if slot
            else rules.next_free_slot(all_slots, _occupancy(session))
        )
        row = Parcel(
            carrier_id=carrier_row.id,
            kind=ParcelKind.DROP_OFF.value,
            tracking=number,
            status=ParcelStatus.DROPPED_OFF.value,
            recipient_name=None,
            slot=chosen,
            weight_g=weight_g,
            check_overridden=problem is not None,
            received_at=_now_utc(ctx),
            received_by=actor.name,
            return_due=None,
            closed_by="",
        )
        session.add(row)
        session.flush()
        view = _view(row, carrier_row.name)
        uow.commit()
        return view


# ---------------------------------------------------------------------------------------
# Driver visit


def visit_expectations(ctx: ServiceContext, carrier_id: int) -> tuple[list[str], list[str]]:
    """What the driver should take: (returns due, drop-offs waiting), tracking numbers."""
    today = _today(ctx)
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        returns = list(
            session.scalars(
                select(Parcel.tracking)
                .where(
                    Parcel.carrier_id == carrier_id,
                    Parcel.status == ParcelStatus.RECEIVED.value,
                    Parcel.return_due <= today,
                )
                .order_by(Parcel.return_due, Parcel.id)
            )
        )
        drops = list(
            session.scalars(
                select(Parcel.tracking)
                .where(
                    Parcel.carrier_id == carrier_id,
                    Parcel.status == ParcelStatus.DROPPED_OFF.value,
                )
                .order_by(Parcel.id)
            )
        )
    return returns, drops


def delivered_today(ctx: ServiceContext, carrier_id: int) -> list[ParcelView]:
    """Parcels of this carrier received today and not yet counted in a driver's visit."""
    start = to_utc_naive(ctx.clock.now().replace(hour=0, minute=0, second=0, microsecond=0))
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.scalars(
            select(Parcel)
            .where(
                Parcel.carrier_id == carrier_id,
                Parcel.kind == ParcelKind.INBOUND.value,
                Parcel.received_at >= start,
                Parcel.visit_id.is_(None),
            )
            .order_by(Parcel.id)
        )
        return _views(uow.session, rows)


def _open_by_tracking(session: Session, carrier_id: int, number: str) -> Parcel:
    row = session.scalars(
        select(Parcel).where(Parcel.tracking == number).order_by(Parcel.id.desc()).limit(1)
    ).first()
    if row is None:
        raise ParcelError(f"Colis inconnu : {number}")
    if row.carrier_id != carrier_id:
        raise ParcelError(f"Le colis {number} n'est pas de ce transporteur")
    return row


def driver_visit(
    ctx: ServiceContext,
    actor: Actor,
    carrier_id: int,
    *,
    received_ids: Sequence[int] = (),
    returned: Sequence[str] = (),
    collected: Sequence[str] = (),
) -> VisitResult:
    """Close a driver's visit in one go: the parcels scanned back (returns), the drop-offs
    taken away, and the count of what was delivered now. Any refused scan refuses all."""
    actor.require(Permission.SELL)
    expected_returns, expected_drops = visit_expectations(ctx, carrier_id)
    with ctx.uow() as uow:
        session = uow.session
        carrier_row = _carrier(session, carrier_id)
        now = _now_utc(ctx)
        visit = ParcelDriverVisit(
            carrier_id=carrier_id,
            at=now,
            by=actor.name,
            received_count=len(received_ids),
            returns_expected=len(expected_returns),
            drop_offs_expected=len(expected_drops),
        )
        session.add(visit)
        session.flush()
        returned_numbers: list[str] = []
        for text in returned:
            number = rules.normalise_tracking(text)
            if number in returned_numbers:
                continue
            row = _open_by_tracking(session, carrier_id, number)
            rules.check_can_return(ParcelStatus(row.status), ParcelKind(row.kind), number)
            row.status = ParcelStatus.RETURNED.value
            row.closed_at, row.closed_by, row.slot, row.visit_id = now, actor.name, None, visit.id
            row.pickup_code = None
            returned_numbers.append(number)
        collected_numbers: list[str] = []
        for text in collected:
            number = rules.normalise_tracking(text)
            if number in collected_numbers:
                continue
            row = _open_by_tracking(session, carrier_id, number)
            rules.check_can_collect(ParcelStatus(row.status), ParcelKind(row.kind), number)
            row.status = ParcelStatus.COLLECTED.value
            row.closed_at, row.closed_by, row.slot, row.visit_id = now, actor.name, None, visit.id
            collected_numbers.append(number)
        received_numbers: list[str] = []
        if received_ids:
            for row in session.scalars(select(Parcel).where(Parcel.id.in_(list(received_ids)))):
                if row.carrier_id != carrier_id:
                    raise ParcelError(f"Le colis {row.tracking} n'est pas de ce transporteur")
                row.visit_id = visit.id
                received_numbers.append(row.tracking)
        visit.returned_count = len(returned_numbers)
        visit.collected_count = len(collected_numbers)
        result = VisitResult(
            visit_id=visit.id,
            carrier_name=carrier_row.name,
            at=from_utc_naive(now),
            received=sorted(received_numbers),
            returned=returned_numbers,
            returns_expected=expected_returns,
            collected=collected_numbers,
            drop_offs_expected=expected_drops,
        )
        uow.commit()
        return result


def visit_slip_rows(visit: VisitResult) -> list[str | tuple[str, str] | None]:
    """The driver's slip (tracking numbers and counts only: no name leaves the café)."""
    rows: list[str | tuple[str, str] | None] = [
        visit.carrier_name,
        f"Passage du {visit.at:%d/%m/%Y à %H:%M}",
        None,
        ("Colis livrés", str(len(visit.received))),
        ("Retours remis", f"{len(visit.returned)} / {len(visit.returns_expected)} attendus"),
        ("Dépôts remis", f"{len(visit.collected)} / {len(visit.drop_offs_expected)} attendus"),
        None,
    ]
    for title, numbers in (
        ("Livrés :", visit.received),
        ("Retours :", visit.returned),
        ("Dépôts :", visit.collected),
    ):
        if numbers:
            rows.append(title)
            rows.extend(f"  {n}" for n in numbers)
    if visit.returns_missing:
        rows.append("Retours attendus non remis :")
        rows.extend(f"  {n}" for n in visit.returns_missing)
    rows += [None, "Signature du chauffeur :", "", ""]
    return rows


def print_visit_slip(ctx: ServiceContext, visit: VisitResult) -> int:
    """Queue the slip on the receipt printer (the spool prints it; never blocks)."""
    from cafe_pos.domain.receipt_layout import build_text_document
    from cafe_pos.services.printing import enqueue

    return enqueue(
        ctx, "text", build_text_document("Bordereau transporteur", visit_slip_rows(visit))
    )


def print_slot_label(ctx: ServiceContext, parcel: ParcelView) -> int:
    """A small slot label for the parcel (tracking end and slot, no name)."""
    from cafe_pos.domain.receipt_layout import build_text_document
    from cafe_pos.services.printing import enqueue

    rows: list[str | tuple[str, str] | None] = [
        ("Emplacement", parcel.slot or "—"),
        ("Colis", parcel.tracking),
        ("Transporteur", parcel.carrier_name),
        ("À retourner le", f"{parcel.return_due:%d/%m/%Y}" if parcel.return_due else "—"),
    ]
    return enqueue(ctx, "text", build_text_document(parcel.slot or "Colis", rows))


def print_drop_off_receipt(ctx: ServiceContext, parcel: ParcelView) -> int:
    from cafe_pos.domain.receipt_layout import build_text_document
    from cafe_pos.services.printing import enqueue

    weight = "—" if parcel.weight_g is None else rules._kg(parcel.weight_g)
    rows: list[str | tuple[str, str] | None] = [
        ("Transporteur", parcel.carrier_name),
        ("N° de suivi", parcel.tracking),
        ("Poids", weight),
        ("Déposé le", f"{parcel.received_at:%d/%m/%Y à %H:%M}"),
        None,
        "Ce reçu n'est pas une preuve de prise en charge par le transporteur.",
    ]
    return enqueue(ctx, "text", build_text_document("Reçu de dépôt", rows))


# ---------------------------------------------------------------------------------------
# Commission (service revenue, never a sale)


def _month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    try:
        first = dt.datetime.strptime(month, "%Y-%m")
    except ValueError as exc:
        raise UserError(f"Mois invalide « {month} » : AAAA-MM attendu") from exc
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    from cafe_pos.domain.clock import PARIS

    return (
        to_utc_naive(first.replace(tzinfo=PARIS)),
        to_utc_naive(following.replace(tzinfo=PARIS)),
    )


def _month_counts(session: Session, month: str) -> dict[int, dict[CommissionEvent, int]]:
    start, end = _month_bounds(month)
    counts: dict[int, dict[CommissionEvent, int]] = defaultdict(dict)
    received = session.execute(
        select(Parcel.carrier_id, Parcel.kind, func.count())
        .where(Parcel.received_at >= start, Parcel.received_at < end)
        .group_by(Parcel.carrier_id, Parcel.kind)
    )
    for carrier_id, kind, count in received:
        event = (
            CommissionEvent.RECEIVED
            if kind == ParcelKind.INBOUND.value
            else CommissionEvent.DROPPED_OFF
        )
        counts[carrier_id][event] = int(count)
    closed = session.execute(
        select(Parcel.carrier_id, Parcel.status, func.count())
        .where(
            Parcel.closed_at >= start,
            Parcel.closed_at < end,
            Parcel.status.in_([ParcelStatus.HANDED_OVER.value, ParcelStatus.RETURNED.value]),
        )
        .group_by(Parcel.carrier_id, Parcel.status)
    )
    for carrier_id, status, count in closed:
        event = CommissionEvent(status)
        counts[carrier_id][event] = int(count)
    return counts


def commission_statements(ctx: ServiceContext, month: str) -> list[CommissionStatement]:
    """Every carrier's month (active ones, and any with activity), counts and amounts."""
    with ctx.uow() as uow:
        session = uow.session
        _ensure_carriers(session)
        uow.commit()
        counts = _month_counts(session, month)
        statements = []
        for row in _carrier_rows(session):
            if not row.active and row.id not in counts:
                continue
            lines = rules.commission_lines(_rules(row), counts.get(row.id, {}))
            statements.append(
                CommissionStatement(
                    carrier_id=row.id,
                    carrier_name=row.name,
                    month=month,
                    lines=lines,
                    total_cents=rules.commission_total(lines),
                )
            )
        return statements


def commission_statement(ctx: ServiceContext, carrier_id: int, month: str) -> CommissionStatement:
    for statement in commission_statements(ctx, month):
        if statement.carrier_id == carrier_id:
            return statement
    raise NotFound("Transporteur inconnu")


def month_commission_cents(ctx: ServiceContext, month: str) -> int:
    """The relay's service revenue of the month, all carriers (for reports and HQ)."""
    return sum(s.total_cents for s in commission_statements(ctx, month))


# ---------------------------------------------------------------------------------------
# Personal data: purge and data-subject search


def purge_names(ctx: ServiceContext, actor: Actor, *, days: int | None = None) -> int:
    """Erase the names of parcels closed more than ``parcels.purge_days`` days ago;
    journal how many (never which names). Returns the count."""
    with ctx.uow() as uow:
        session = uow.session
        keep_days = (
            days
            if days is not None
            else settings_service.get_int(ctx, PURGE_DAYS_KEY, session=session)
        )
        now = _now_utc(ctx)
        limit = now - dt.timedelta(days=keep_days)
        ids = list(
            session.scalars(
                select(Parcel.id).where(
                    Parcel.closed_at.is_not(None),
                    Parcel.closed_at <= limit,
                    Parcel.purged_at.is_(None),
                )
            )
        )
        if not ids:
            return 0
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            session.execute(delete(ParcelNameWord).where(ParcelNameWord.parcel_id.in_(chunk)))
            session.execute(
                update(Parcel)
                .where(Parcel.id.in_(chunk))
                .values(recipient_name=None, pickup_code=None, purged_at=now)
            )
        tech_events.record(
            ctx,
            session,
            PURGE_EVENT,
            f"Colis : {len(ids)} nom(s) de destinataire effacé(s) après {keep_days} jours",
            actor_name=actor.name,
            names=("PURGE",),
            details={"area": "parcels", "count": len(ids), "days": keep_days},
        )
        uow.commit()
        return len(ids)


def data_subject_search(ctx: ServiceContext, actor: Actor, name: str) -> list[ParcelView]:
    """Every parcel still carrying a name that matches (access or erasure request)."""
    actor.require(Permission.EXPORT)
    if not rules.name_words(name):
        raise ParcelError("Tapez au moins deux lettres du nom recherché")
    return find(ctx, name, open_only=False, limit=500)


# ---------------------------------------------------------------------------------------
# The monthly statement as a PDF


def _daily_counts(
    session: Session, carrier_id: int, month: str
) -> list[tuple[dt.date, dict[CommissionEvent, int]]]:
    start, end = _month_bounds(month)
    days: dict[dt.date, dict[CommissionEvent, int]] = defaultdict(dict)

    def bump(moment: dt.datetime, event: CommissionEvent) -> None:
        day = from_utc_naive(moment).date()
        days[day][event] = days[day].get(event, 0) + 1

    for received_at, kind in session.execute(
        select(Parcel.received_at, Parcel.kind).where(
            Parcel.carrier_id == carrier_id, Parcel.received_at >= start, Parcel.received_at < end
        )
    ):
        inbound = kind == ParcelKind.INBOUND.value
        bump(received_at, CommissionEvent.RECEIVED if inbound else CommissionEvent.DROPPED_OFF)
    for closed_at, status in session.execute(
        select(Parcel.closed_at, Parcel.status).where(
            Parcel.carrier_id == carrier_id,
            Parcel.closed_at >= start,
            Parcel.closed_at < end,
            Parcel.status.in_([ParcelStatus.HANDED_OVER.value, ParcelStatus.RETURNED.value]),
        )
    ):
        if closed_at is not None:
            bump(closed_at, CommissionEvent(status))
    return sorted(days.items())


def write_commission_pdf(
    ctx: ServiceContext, carrier_id: int, month: str, path: Path
) -> CommissionStatement:
    """The carrier's monthly statement as a PDF (counts and amounts, never a name)."""
    from cafe_pos.reports.parcels_pdf import StatementInput, StatementLine, write_statement
    from cafe_pos.services.identity import get_identity

    statement = commission_statement(ctx, carrier_id, month)
    with ctx.uow(read_only=True) as uow:
        days = _daily_counts(uow.session, carrier_id, month)
    identity = get_identity(ctx)
    labels = rules.COMMISSION_EVENT_LABELS
    write_statement(
        StatementInput(
            cafe_name=identity.name if identity else "",
            cafe_address=identity.address.replace("\n", ", ") if identity else "",
            carrier_name=statement.carrier_name,
            month=month,
            lines=[
                StatementLine(labels[line.event], line.count, line.rate_cents, line.amount_cents)
                for line in statement.lines
            ],
            total_cents=statement.total_cents,
            days=[(day, [counts.get(e, 0) for e in CommissionEvent]) for day, counts in days],
            generated_at=ctx.clock.now(),
        ),
        path,
    )
    return statement


# ---------------------------------------------------------------------------------------
# Headquarters' daily message: anonymous counts only


def daily_section(ctx: ServiceContext, session: Session, day: dt.date) -> dict[str, Any] | None:
    """The relay's day for HQ (``hq_daily`` section "parcels"): counts and commission per
    carrier, never a name, a tracking number or a staff member. None on a day without
    any parcel activity and nothing on the shelf."""
    from cafe_pos.domain.clock import PARIS

    start = to_utc_naive(dt.datetime.combine(day, dt.time(0), tzinfo=PARIS))
    end = to_utc_naive(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=PARIS))
    counts: dict[int, dict[CommissionEvent, int]] = defaultdict(dict)
    for carrier_id, kind, count in session.execute(
        select(Parcel.carrier_id, Parcel.kind, func.count())
        .where(Parcel.received_at >= start, Parcel.received_at < end)
        .group_by(Parcel.carrier_id, Parcel.kind)
    ):
        inbound = kind == ParcelKind.INBOUND.value
        event = CommissionEvent.RECEIVED if inbound else CommissionEvent.DROPPED_OFF
        counts[carrier_id][event] = int(count)
    for carrier_id, status, count in session.execute(
        select(Parcel.carrier_id, Parcel.status, func.count())
        .where(
            Parcel.closed_at >= start,
            Parcel.closed_at < end,
            Parcel.status.in_([ParcelStatus.HANDED_OVER.value, ParcelStatus.RETURNED.value]),
        )
        .group_by(Parcel.carrier_id, Parcel.status)
    ):
        counts[carrier_id][CommissionEvent(status)] = int(count)
    on_shelf = int(
        session.scalar(
            select(func.count())
            .select_from(Parcel)
            .where(Parcel.status == ParcelStatus.RECEIVED.value, Parcel.received_at < end)
        )
        or 0
    )
    if not counts and not on_shelf:
        return None
    carriers = []
    total = {event: 0 for event in CommissionEvent}
    commission = 0
    for row in _carrier_rows(session):
        if row.id not in counts:
            continue
        lines = rules.commission_lines(_rules(row), counts[row.id])
        amount = rules.commission_total(lines)
        commission += amount
        entry: dict[str, Any] = {"carrier": row.code}
        for line in lines:
            entry[line.event.value] = line.count
            total[line.event] += line.count
        entry["commission_cents"] = amount
        carriers.append(entry)
    return {
        **{event.value: total[event] for event in CommissionEvent},
        "on_shelf": on_shelf,
        "commission_cents": commission,
        "by_carrier": carriers,
    }


def erase_names_now(ctx: ServiceContext, actor: Actor, parcel_ids: Sequence[int]) -> int:
    """An erasure request: erase the names of these parcels now (closed ones only: a
    parcel still waiting needs its name to be handed over). Journaled, without the name."""
    actor.require(Permission.EXPORT)
    with ctx.uow() as uow:
        session = uow.session
        rows = list(session.scalars(select(Parcel).where(Parcel.id.in_(list(parcel_ids)))))
        waiting = [r for r in rows if ParcelStatus(r.status) in rules.OPEN_STATUSES]
        if waiting:
            raise ParcelError(
                f"Le colis {waiting[0].tracking} attend encore son destinataire : "
                "son nom sera effacé après la remise ou le retour"
            )
        targets = [r for r in rows if r.recipient_name is not None]
        if not targets:
            return 0
        now = _now_utc(ctx)
        ids = [r.id for r in targets]
        session.execute(delete(ParcelNameWord).where(ParcelNameWord.parcel_id.in_(ids)))
        for row in targets:
            row.recipient_name, row.pickup_code, row.purged_at = None, None, now
        tech_events.record(
            ctx,
            session,
            PURGE_EVENT,
            f"Colis : {len(ids)} nom(s) effacé(s) à la demande de la personne",
            actor_name=actor.name,
            names=("PURGE",),
            details={"area": "parcels", "count": len(ids), "reason": "request"},
        )
        uow.commit()
        return len(ids)
