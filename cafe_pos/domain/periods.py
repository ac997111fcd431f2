"""Days, months and years as people type them on the command line or in a form."""

from __future__ import annotations

import datetime as dt
import re

from cafe_pos.domain.errors import UserError


class PeriodError(UserError):
    """A date, month or year that can't be read."""


def parse_day(text: str) -> dt.date:
    """ "2026-11-26" or "26/11/2026"."""
    cleaned = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", cleaned):
            day, month, year = (int(part) for part in cleaned.split("/"))
            return dt.date(year, month, day)
        return dt.date.fromisoformat(cleaned)
    except ValueError as exc:
        raise PeriodError(f"Date invalide : « {text} » (format AAAA-MM-JJ)") from exc


def parse_month(text: str) -> tuple[int, int]:
    """ "2026-11" -> (2026, 11)."""
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise PeriodError(f"Mois invalide : « {text} » (format AAAA-MM)")
    return int(match.group(1)), int(match.group(2))


def parse_year(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise PeriodError(f"Année invalide : « {text} » (format AAAA)")
    return int(text)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    first = dt.date(year, month, 1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)
