"""Amounts, rates and dates as the screens show them (thin wrappers over the domain).

Everything a person reads goes through here so the screens agree: "1 234,50 €",
"5,5 %", "4,5 % vol", "jeudi 26 novembre 2026 14:35".
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from cafe_pos.domain import vat
from cafe_pos.domain.money import format_amount, format_eur, parse_amount

__all__ = [
    "format_abv",
    "format_amount",
    "format_datetime",
    "format_eur",
    "format_rate",
    "parse_amount",
]


def format_rate(rate_bp: int) -> str:
    """VAT rate in basis points as a French percentage: 550 -> "5,5 %", 2000 -> "20 %"."""
    return f"{vat.format_rate(rate_bp)} %"


def format_abv(abv_tenths: int | None) -> str:
    """Alcohol by volume stored in tenths: 45 -> "4,5 % vol", None -> ""."""
    if abv_tenths is None:
        return ""
    units, tenth = divmod(abv_tenths, 10)
    return f"{units},{tenth} % vol" if tenth else f"{units} % vol"


def format_datetime(moment: dt.datetime, language: str = "fr") -> str:
    """A long local date and time, in the interface language (Qt's own locale data)."""
    locale = QLocale(QLocale.Language.English if language == "en" else QLocale.Language.French)
    pattern = "dddd d MMMM yyyy  HH:mm" if language != "en" else "dddd, MMMM d yyyy  HH:mm"
    qt_moment = QDateTime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second
    )
    offset = moment.utcoffset()
    if offset is not None:  # the offset is enough to show a wall time (a named zone costs ~5 ms)
        qt_moment.setTimeZone(QTimeZone(int(offset.total_seconds())))
    text = locale.toString(qt_moment, pattern)
    return text[:1].upper() + text[1:]
