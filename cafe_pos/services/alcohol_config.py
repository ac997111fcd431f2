"""The legal opening hours of alcohol sales (the café's prefectoral order): per weekday,
with exceptions by date (a village fête, a closed day).

Hours changes are compliance changes (technical journal, code 270) and must keep a closing
time every day. Happy-hour promotions: ``services.promotions``; thresholds and texts are
plain settings ("alcohol.*" in ``services.settings``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.alcohol import (
    DEFAULT_OPENING_HOURS,
    OpeningHours,
    check_has_closing_time,
)
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.schedule import (
    WEEKDAY_NAMES,
    Interval,
    ScheduleError,
    format_intervals,
    parse_intervals,
)
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import tech_events
from cafe_pos.store.models.alcohol import (
    OpeningException,
    WeeklyOpening,
)

# --- opening hours -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekdayHoursView:
    weekday: int  # 0 = Monday
    name: str  # "lundi"
    intervals: str  # "07:00-01:00" or "fermé"
    is_default: bool  # never set: the default hours apply


@dataclass(frozen=True, slots=True)
class HoursExceptionView:
    day: dt.date
    label: str
    intervals: str


def load_opening_hours(session: Session) -> OpeningHours:
    """The hours in force: stored weekdays (default for the others) and every exception."""
    weekly = dict(DEFAULT_OPENING_HOURS.weekly)
    for row in session.scalars(select(WeeklyOpening)):
        weekly[row.weekday] = parse_intervals(row.intervals)
    exceptions = {
        row.day: parse_intervals(row.intervals) for row in session.scalars(select(OpeningException))
    }
    return OpeningHours(weekly=weekly, exceptions=exceptions)


def opening_hours(ctx: ServiceContext) -> OpeningHours:
    with ctx.uow(read_only=True) as uow:
        return load_opening_hours(uow.session)


def weekly_hours(ctx: ServiceContext) -> list[WeekdayHoursView]:
    with ctx.uow(read_only=True) as uow:
        stored = {row.weekday for row in uow.session.scalars(select(WeeklyOpening))}
        hours = load_opening_hours(uow.session)
    return [
        WeekdayHoursView(
            day, WEEKDAY_NAMES[day], format_intervals(hours.weekly[day]), day not in stored
        )
        for day in range(7)
    ]


def parse_day(weekday: int, text: str) -> tuple[Interval, ...]:
    """One weekday's hours ("07:00-13:00, 15:00-01:00", "fermé"), or ScheduleError naming
    the day."""
    return _parse_for(WEEKDAY_NAMES[weekday].capitalize(), text)


def _parse_for(label: str, text: str) -> tuple[Interval, ...]:
    try:
        return parse_intervals(text)
    except ScheduleError as exc:
        raise ScheduleError(f"{label} : {exc}") from exc


def set_weekly_hours(
    ctx: ServiceContext, actor: Actor, texts: Mapping[int, str]
) -> list[WeekdayHoursView]:
    """Store the hours of some weekdays ("07:00-13:00, 15:00-01:00", "fermé"); journaled."""
    actor.require(Permission.EDIT_SETTINGS)
    if not set(texts) <= set(range(7)):
        raise UserError("Jour de la semaine inconnu")
    parsed = {day: parse_day(day, text) for day, text in texts.items()}
    with ctx.uow() as uow:
        session = uow.session
        current = load_opening_hours(session)
        check_has_closing_time({**current.weekly, **parsed})
        changes = []
        for day, intervals in sorted(parsed.items()):
            new_text = format_intervals(intervals)
            row = session.get(WeeklyOpening, day)
            if row is not None and row.intervals == new_text:
                continue
            old_text = format_intervals(current.weekly[day])
            if row is None:
                session.add(WeeklyOpening(weekday=day, intervals=new_text))
            else:
                row.intervals = new_text
            changes.append(f"{WEEKDAY_NAMES[day]} {old_text} → {new_text}")
        if changes:
            session.flush()
            _journal(
                ctx, session, actor, "Horaires légaux de vente d'alcool : " + " ; ".join(changes)
            )
        uow.commit()
    return weekly_hours(ctx)


def _journal(ctx: ServiceContext, session: Session, actor: Actor, message: str) -> None:
    tech_events.record(
        ctx,
        session,
        tech_events.COMPLIANCE_SETTING,
        message,
        actor_name=actor.name,
        details={"key": "alcohol.opening_hours"},
    )


def list_exceptions(
    ctx: ServiceContext, *, from_day: dt.date | None = None
) -> list[HoursExceptionView]:
    with ctx.uow(read_only=True) as uow:
        query = select(OpeningException).order_by(OpeningException.day)
        if from_day is not None:
            query = query.where(OpeningException.day >= from_day)
        return [
            HoursExceptionView(row.day, row.label, row.intervals)
            for row in uow.session.scalars(query)
        ]


def save_exception(
    ctx: ServiceContext, actor: Actor, day: dt.date, label: str, intervals: str
) -> HoursExceptionView:
    """Hours replacing the weekday's on one date (a village fête, a closed day); journaled."""
    actor.require(Permission.EDIT_SETTINGS)
    label = one_line(label, "Le motif de l'exception")
    if not label or len(label) > 120:
        raise UserError("Donnez un motif à l'exception (par exemple : Fête du village)")
    day_label = f"le {day:%d/%m/%Y}"
    parsed = _parse_for(day_label.capitalize(), intervals)
    check_has_closing_time({0: parsed}, day_label=day_label)
    text = format_intervals(parsed)
    with ctx.uow() as uow:
        row = uow.session.get(OpeningException, day)
        if row is None:
            uow.session.add(OpeningException(day=day, label=label, intervals=text))
        else:
            row.label, row.intervals = label, text
        uow.session.flush()
        _journal(ctx, uow.session, actor, f"Exception aux horaires {day_label} ({label}) : {text}")
        uow.commit()
    return HoursExceptionView(day, label, text)


def delete_exception(ctx: ServiceContext, actor: Actor, day: dt.date) -> None:
    actor.require(Permission.EDIT_SETTINGS)
    with ctx.uow() as uow:
        row = uow.session.get(OpeningException, day)
        if row is None:
            raise NotFound(f"Aucune exception aux horaires le {day:%d/%m/%Y}")
        uow.session.delete(row)
        uow.session.flush()
        _journal(ctx, uow.session, actor, f"Exception aux horaires du {day:%d/%m/%Y} supprimée")
        uow.commit()
