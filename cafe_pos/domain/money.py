"""Money as integer cents: the one place that parses, rounds and formats amounts.

Amounts are ``int`` cents everywhere (domain, database, wire to HQ). ``Decimal`` is used
only here, to parse what a person typed and to round with ROUND_HALF_UP.
Quantities are ``int`` thousandths ("milli-units"): 1 piece = 1000, 0.250 kg = 250.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from cafe_pos.domain.errors import UserError

Cents = int
MilliQty = int

ONE_UNIT: MilliQty = 1000
MAX_AMOUNT_CENTS: Cents = 100_000_00  # 100 000 € : nothing a café sells costs more


class MoneyError(UserError, ValueError):
    """An amount or quantity a person typed that cannot be used (message in French)."""


def round_half_up(value: Decimal) -> int:
    """Round to the nearest integer, halves away from zero (the French commercial rule)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


_AMOUNT_RE = re.compile(r"^-?\d+(?:[.,]\d{1,2})?$")
_QTY_RE = re.compile(r"^\d+(?:[.,]\d{1,3})?$")


def _clean(text: str) -> str:
    return (
        text.strip()
        .replace("€", "")
        .replace("EUR", "")
        .replace("\u00a0", "")
        .replace("\u202f", "")
        .replace(" ", "")
    )


def parse_amount(text: str, *, allow_negative: bool = False) -> Cents:
    """Parse "1 234,50 €", "12.5" or "3" into cents; raise MoneyError with a French message."""
    cleaned = _clean(text)
    if not cleaned or not _AMOUNT_RE.match(cleaned):
        raise MoneyError(f"Montant invalide : « {text.strip()} » (exemple : 12,50)")
    cents = round_half_up(Decimal(cleaned.replace(",", ".")) * 100)
    if cents < 0 and not allow_negative:
        raise MoneyError("Le montant ne peut pas être négatif")
    if abs(cents) > MAX_AMOUNT_CENTS:
        raise MoneyError("Montant trop élevé (100 000 € au plus)")
    return cents


def parse_quantity(text: str, *, max_units: int = 9999) -> MilliQty:
    """Parse "3", "0,250" or "1.5" into thousandths of a unit; zero and negatives refused."""
    cleaned = _clean(text).replace("kg", "")
    if not cleaned or not _QTY_RE.match(cleaned):
        raise MoneyError(f"Quantité invalide : « {text.strip()} »")
    try:
        milli = round_half_up(Decimal(cleaned.replace(",", ".")) * 1000)
    except InvalidOperation as exc:  # pragma: no cover - the regex already filters
        raise MoneyError(f"Quantité invalide : « {text.strip()} »") from exc
    if milli <= 0:
        raise MoneyError("La quantité doit être positive")
    if milli > max_units * ONE_UNIT:
        raise MoneyError(f"Quantité trop élevée ({max_units} au plus)")
    return milli


def _group_thousands(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return " ".join(groups)


def format_amount(cents: Cents) -> str:
    """1234550 -> "12 345,50" (no currency sign)."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{_group_thousands(str(units))},{rest:02d}"


def format_eur(cents: Cents) -> str:
    """123450 -> "1 234,50 €"."""
    return f"{format_amount(cents)} €"


def format_euros_dot(cents: Cents) -> str:
    """Amount in euros with two decimals and a dot, for CSV exports: -1234 -> "-12.34"."""
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d}"


def format_quantity(milli: MilliQty, *, unit: str = "piece") -> str:
    """3000 -> "3"; 250 (kg) -> "0,250 kg"."""
    if unit == "kg":
        units, rest = divmod(milli, 1000)
        return f"{units},{rest:03d} kg"
    units, rest = divmod(milli, 1000)
    if rest == 0:
        return str(units)
    return f"{units},{rest:03d}".rstrip("0")


def _div_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half away from zero, in exact integer arithmetic
    (the same result as round_half_up(Decimal(n) / d), without Decimal on the sale path)."""
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return -quotient if numerator < 0 else quotient


def line_total(unit_price: Cents, qty: MilliQty) -> Cents:
    """Price of a line: unit price × quantity, rounded half-up to the cent."""
    return _div_half_up(unit_price * qty, 1000)


def percent_of(amount: Cents, basis_points: int) -> Cents:
    """basis_points/100 % of an amount, rounded half-up (1000 bp = 10 %)."""
    return _div_half_up(amount * basis_points, 10000)


def parse_percent(text: str, *, maximum_bp: int = 10000) -> int:
    """ "3", "3,5 %", "13.5" -> basis points (350 = 3,5 %); a French message when not a
    percentage between 0 and ``maximum_bp``."""
    cleaned = text.strip().replace("%", "").replace(",", ".").strip() or "0"
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise MoneyError(f"Pourcentage invalide : « {text.strip()} » (exemple : 3,5)") from exc
    if not value.is_finite():
        raise MoneyError(f"Pourcentage invalide : « {text.strip()} »")
    basis_points = round_half_up(value * 100)
    if not 0 <= basis_points <= maximum_bp:
        raise MoneyError(
            f"Pourcentage invalide : entre 0 et {maximum_bp // 100} % (vous avez tapé {text.strip()})"
        )
    return basis_points
