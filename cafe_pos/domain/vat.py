"""French VAT rates and the ticket VAT split.

Rates are integer basis points (2000 = 20 %). Prices are tax included (TTC). The rule,
written once: for each rate, VAT = round_half_up(TTC_rate × rate / (1 + rate)) computed
on the ticket's total for that rate (not line by line), and HT = TTC − VAT. So the parts
always add up to the total, to the cent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents, round_half_up

VAT_20 = 2000
VAT_10 = 1000
VAT_5_5 = 550
VAT_2_1 = 210
VAT_0 = 0

FRENCH_VAT_RATES: tuple[int, ...] = (VAT_20, VAT_10, VAT_5_5, VAT_2_1, VAT_0)


class VatError(UserError, ValueError):
    """A VAT rate that is not one of the French rates."""


def check_rate(rate_bp: int) -> int:
    if rate_bp not in FRENCH_VAT_RATES:
        raise VatError(f"Taux de TVA inconnu : {format_rate(rate_bp)} % (20, 10, 5,5, 2,1 ou 0)")
    return rate_bp


def format_rate(rate_bp: int) -> str:
    """2000 -> "20"; 550 -> "5,5"; 210 -> "2,1" (French display, without %)."""
    units, rest = divmod(rate_bp, 100)
    return str(units) if rest == 0 else f"{units},{rest:02d}".rstrip("0")


def rate_key(rate_bp: int) -> str:
    """Stable machine key of a rate, as in the JSON reports: 2000 -> "20.0", 550 -> "5.5"."""
    units, rest = divmod(rate_bp, 100)
    decimals = f"{rest:02d}".rstrip("0") or "0"
    return f"{units}.{decimals}"


def parse_rate(text: str) -> int:
    """ "20", "5,5", "5.5 %", "2.1" -> basis points, checked against the French rates."""
    cleaned = text.strip().replace("%", "").replace(",", ".").strip()
    try:
        value = Decimal(cleaned)
    except ArithmeticError as exc:
        raise VatError(f"Taux de TVA invalide : « {text} »") from exc
    return check_rate(round_half_up(value * 100))


@dataclass(frozen=True, slots=True)
class VatLine:
    rate_bp: int
    base_cents: Cents  # HT
    vat_cents: Cents
    total_cents: Cents  # TTC


def vat_of_total(total_cents: Cents, rate_bp: int) -> Cents:
    """VAT contained in a tax-included amount, rounded half-up to the cent."""
    return round_half_up(Decimal(total_cents) * rate_bp / (10000 + rate_bp))


def vat_share(vat_cents: Cents, total_cents: Cents, part_cents: Cents) -> Cents:
    """The part of one ticket's VAT at one rate that belongs to ``part_cents`` of its
    ``total_cents`` at that rate (e.g. its third-party lines).

    The ticket's VAT is the fiscal figure (computed once on the ticket's total per rate);
    splitting it per ticket, before any day or month is summed, keeps both parts of the
    same sign as their amounts, gives a part that is the whole ticket all of its VAT and a
    part that is nothing no VAT. Rounded half-up to the cent; the other part is the rest.
    """
    if part_cents == 0 or total_cents == 0:
        return 0
    if part_cents == total_cents:
        return vat_cents
    numerator, denominator = vat_cents * part_cents, total_cents
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return -quotient if numerator < 0 else quotient


def split_by_rate(totals_by_rate: Mapping[int, Cents]) -> list[VatLine]:
    """VAT summary of a ticket from its TTC total per rate, highest rate first."""
    lines = []
    for rate in sorted(totals_by_rate, reverse=True):
        total = totals_by_rate[rate]
        vat = vat_of_total(total, rate)
        lines.append(VatLine(rate, total - vat, vat, total))
    return lines


def totals_by_rate(pairs: Iterable[tuple[int, Cents]]) -> dict[int, Cents]:
    """Sum (rate, amount) pairs per rate."""
    out: dict[int, Cents] = {}
    for rate, amount in pairs:
        out[rate] = out.get(rate, 0) + amount
    return out
