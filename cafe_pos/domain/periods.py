"""Days, months and years as people type them on the command line or in a form."""

from __future__ import annotations

import datetime as dt
import re

from cafe_pos.domain.errors import UserError


class PeriodError(UserError):
    """A date, month or year that can't be read."""


_DAY_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_FR = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
FIRST_YEAR, LAST_YEAR = 2000, 2999  # what a till's journal can take


def parse_day(text: str) -> dt.date:
    """ "2026-11-26" or "26/11/2026", nothing else: an empty value, the compact
    "20261126" or ISO week forms ("2026-W48-4") that ``date.fromisoformat`` accepts are
    refused, as are years a till cannot record (before 2000, after 2999)."""
    cleaned = (text or "").strip()
    if cleaned.isascii():
        iso, french = _DAY_ISO.fullmatch(cleaned), _DAY_FR.fullmatch(cleaned)
        parts = None
        if iso:
            parts = (int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        elif french:
            parts = (int(french.group(3)), int(french.group(2)), int(french.group(1)))
        if parts is not None:
            try:
                day = dt.date(*parts)
            except ValueError:
                pass
            else:
                _check_year(day.year, text)
                return day
    raise PeriodError(f"Date invalide : « {text} » (format AAAA-MM-JJ ou JJ/MM/AAAA)")


def _check_year(year: int, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(
            f"Date hors des années possibles ({FIRST_YEAR} à {LAST_YEAR}) : « {text} »"
        )


def parse_month(text: str) -> tuple[int, int]:
    """ "2026-11" -> (2026, 11)."""
    cleaned = (text or "").strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", cleaned) if cleaned.isascii() else None
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise PeriodError(f"Mois invalide : « {text} » (format AAAA-MM)")
    _check_year(int(match.group(1)), text)
    return int(match.group(1)), int(match.group(2))


def parse_year(text: str) -> int:
    cleaned = (text or "").strip()
    if not cleaned.isascii() or not re.fullmatch(r"\d{4}", cleaned):
        raise PeriodError(f"Année invalide : « {text} » (format AAAA)")
    _check_year(int(cleaned), text)
    return int(cleaned)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """First and last day of a month."""
    first = dt.date(year, month, 1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)
