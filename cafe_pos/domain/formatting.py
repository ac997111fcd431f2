"""French wording of dates, periods, counts and shares (reports, receipts, screens): plain
Python, no locale database needed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from cafe_pos.domain.money import round_half_up

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_SHORT = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


def date_fr(day: dt.date) -> str:
    """2026-11-26 -> "26/11/2026"."""
    return day.strftime("%d/%m/%Y")


def long_date_fr(day: dt.date) -> str:
    """2026-11-26 -> "jeudi 26 novembre 2026" (1er for the first of the month)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS[day.weekday()]} {number} {MONTHS[day.month - 1]} {day.year}"


def month_fr(year: int, month: int) -> str:
    """(2026, 11) -> "novembre 2026"."""
    return f"{MONTHS[month - 1]} {year}"


def datetime_fr(moment: dt.datetime) -> str:
    """Local date-time to the second: "26/11/2026 à 22:14:05"."""
    return moment.strftime("%d/%m/%Y à %H:%M:%S")


def share_fr(share: str) -> str:
    """A share "0.62" (JSON) -> "62 %"."""
    try:
        value = round_half_up(Decimal(share) * 100)
    except ArithmeticError:
        return share
    return f"{value} %"


def count_fr(count: int, singular: str, plural: str | None = None) -> str:
    """(1, "ticket") -> "1 ticket"; (3, "ticket") -> "3 tickets"."""
    word = singular if abs(count) <= 1 else (plural or singular + "s")
    return f"{count} {word}"
