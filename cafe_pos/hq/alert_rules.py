"""The dashboard's own alerts, found by a scan of the figures HQ holds (the receiver raises
the others as messages arrive: rollback, conflict, signature, integrity, archive).

``scan`` runs when ``hq serve`` starts, every ``SCAN_INTERVAL`` while it serves, and on an
administrator's request. Each alert has a date, a café and a French message; it is not
raised again while the same one (same café, kind and date) exists, acknowledged or not,
and a recurring kind waits ``QUIET_DAYS`` after the last one before it is raised again.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from cafe_pos.domain import hq_wire
from cafe_pos.domain.money import format_eur
from cafe_pos.hq.dashboard import is_silent, percent_text
from cafe_pos.hq.ingest import ALERT_KINDS, utcnow
from cafe_pos.hq.models import Alert, Cafe, Message

SCAN_INTERVAL = dt.timedelta(minutes=10)
KIND_LABELS = {
    **ALERT_KINDS,
    "silent": "café silencieux",
    "decline": "baisse d'activité — soutien à envisager",
    "cash": "écarts de caisse répétés",
    "bread_waste": "gaspillage de pain",
}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The rules' figures (docs/hq.md)."""

    silent_days: int = 2  # no figures for yesterday nor the day before
    decline_bp: int = 2000  # last 7 days below the 4-week weekly average by 20 % or more
    decline_min_baseline_days: int = 20
    cash_window_days: int = 14
    cash_min_cents: int = 500  # a difference of 5 € or more, either way
    cash_min_days: int = 3  # on 3 days or more of the window
    bread_window_days: int = 7
    bread_waste_bp: int = 1500  # unsold above 15 % of the delivered loaves
    bread_min_delivered: int = 30
    quiet_days: int = 7


def scan(session: Session, today: dt.date, rules: Thresholds = Thresholds()) -> int:
    """Raise what the figures show as of ``today`` (Paris); the number of new alerts.
    On PostgreSQL one worker process scans at a time (the others skip this round)."""
    if session.get_bind().dialect.name == "postgresql" and not session.scalar(
        text("SELECT pg_try_advisory_xact_lock(19019)")
    ):
        return 0
    found: list[tuple[int, str, dt.date, str, dict[str, Any]]] = []
    found += _silent(session, today, rules)
    found += _decline(session, today, rules)
    found += _cash_and_bread(session, today, rules)
    created = 0
    for cafe_id, kind, day, message, details in found:
        if _already(session, cafe_id, kind, day, rules):
            continue
        session.add(
            Alert(
                cafe_id=cafe_id,
                kind=kind,
                business_date=day,
                message=message[:500],
                details=details,
                created_at=utcnow(),
                acknowledged_by="",
                note="",
            )
        )
        created += 1
    session.commit()
    return created


def _already(session: Session, cafe_id: int, kind: str, day: dt.date, rules: Thresholds) -> bool:
    since = day if kind == "silent" else day - dt.timedelta(days=rules.quiet_days - 1)
    return (
        session.scalar(
            select(Alert.id)
            .where(Alert.cafe_id == cafe_id, Alert.kind == kind, Alert.business_date >= since)
            .limit(1)
        )
        is not None
    )


def _silent(
    session: Session, today: dt.date, rules: Thresholds
) -> list[tuple[int, str, dt.date, str, dict[str, Any]]]:
    before = today - dt.timedelta(days=rules.silent_days)
    last_day = (
        select(func.max(Message.business_date))
        .where(Message.cafe_id == Cafe.id, Message.kind == hq_wire.KIND_DAILY)
        .scalar_subquery()
    )
    found = []
    for cafe_id, enrolled_at, day in session.execute(
        select(Cafe.id, Cafe.enrolled_at, last_day).where(Cafe.enrolled_at.is_not(None))
    ):
        if enrolled_at is None or not is_silent(day, enrolled_at, before):
            continue
        if day is not None:
            text = f"café silencieux : aucune journée reçue depuis le {day:%d/%m/%Y}"
        else:
            text = f"café silencieux : inscrit le {enrolled_at:%d/%m/%Y}, aucune journée reçue"
        since = day or enrolled_at.date()
        found.append((int(cafe_id), "silent", since, text, {"last_day": str(day or "")}))
    return found


def _decline(
    session: Session, today: dt.date, rules: Thresholds
) -> list[tuple[int, str, dt.date, str, dict[str, Any]]]:
    week_start = today - dt.timedelta(days=7)
    base_start = week_start - dt.timedelta(days=28)
    m = Message
    in_week = m.business_date >= week_start
    rows = session.execute(
        select(
            m.cafe_id,
            func.sum(case((in_week, m.own_sales_cents), else_=0)),
            func.sum(case((in_week, 1), else_=0)),
            func.sum(case((~in_week, m.own_sales_cents), else_=0)),
            func.sum(case((~in_week, 1), else_=0)),
            func.max(m.business_date),
        )
        .where(m.kind == hq_wire.KIND_DAILY, m.business_date >= base_start, m.business_date < today)
        .group_by(m.cafe_id)
    )
    found = []
    yesterday = today - dt.timedelta(days=1)
    recent = today - dt.timedelta(days=rules.silent_days)
    for cafe_id, week, week_days, base, base_days, last_day in rows:
        week, base = int(week or 0), int(base or 0)
        if not week_days or base_days < rules.decline_min_baseline_days or base <= 0:
            continue
        if last_day < recent:  # days missing, not sales: the silent alert says it
            continue
        change_bp = (week * 4 - base) * 10000 // base
        if change_bp <= -rules.decline_bp:
            text = (
                f"soutien à envisager : chiffre d'affaires propre des 7 derniers jours "
                f"{format_eur(week)}, {percent_text(change_bp)} par rapport à la moyenne "
                f"hebdomadaire des 4 semaines précédentes ({format_eur((base * 2 + 4) // 8)})"
            )
            found.append(
                (int(cafe_id), "decline", yesterday, text, {"change_bp": change_bp, "week": week})
            )
    return found


@dataclass(slots=True)
class _Bread:
    last: dt.date
    delivered: int = 0
    unsold: int = 0


def _cash_and_bread(
    session: Session, today: dt.date, rules: Thresholds
) -> list[tuple[int, str, dt.date, str, dict[str, Any]]]:
    start = today - dt.timedelta(days=max(rules.cash_window_days, rules.bread_window_days))
    bread_start = today - dt.timedelta(days=rules.bread_window_days)
    cash_days: dict[int, list[tuple[dt.date, int]]] = {}
    bread: dict[int, _Bread] = {}
    for cafe_id, day, cash, section in session.execute(
        select(
            Message.cafe_id, Message.business_date, Message.data["cash"], Message.data["bread"]
        ).where(
            Message.kind == hq_wire.KIND_DAILY,
            Message.business_date >= start,
            Message.business_date < today,
        )
    ):
        cash = cash or {}
        difference = int(cash.get("difference_cents") or 0)
        if (
            day >= today - dt.timedelta(days=rules.cash_window_days)
            and abs(difference) >= rules.cash_min_cents
        ):
            cash_days.setdefault(int(cafe_id), []).append((day, difference))
        if section and day >= bread_start:
            sums = bread.setdefault(int(cafe_id), _Bread(day))
            sums.delivered += int(section.get("delivered", 0))
            sums.unsold += int(section.get("unsold", 0))
            sums.last = max(sums.last, day)
    found: list[tuple[int, str, dt.date, str, dict[str, Any]]] = []
    for cafe_id, days in cash_days.items():
        if len(days) >= rules.cash_min_days:
            days.sort()
            total = sum(d for _day, d in days)
            text = (
                f"écarts de caisse répétés : {len(days)} jours sur {rules.cash_window_days} "
                f"avec un écart de {format_eur(rules.cash_min_cents)} ou plus "
                f"(total {format_eur(total)}, dernier le {days[-1][0]:%d/%m/%Y})"
            )
            found.append((cafe_id, "cash", days[-1][0], text, {"days": len(days), "total": total}))
    for cafe_id, sums in bread.items():
        delivered, unsold, last = sums.delivered, sums.unsold, sums.last
        if delivered < rules.bread_min_delivered:
            continue
        waste_bp = unsold * 10000 // delivered
        if waste_bp > rules.bread_waste_bp:
            text = (
                f"gaspillage de pain : {unsold} invendus sur {delivered} livrés en "
                f"{rules.bread_window_days} jours ({percent_text(waste_bp, signed=False)}, "
                f"seuil {percent_text(rules.bread_waste_bp, signed=False)})"
            )
            found.append((cafe_id, "bread_waste", last, text, {"waste_bp": waste_bp}))
    return found
