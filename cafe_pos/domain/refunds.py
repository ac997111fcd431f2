"""Refund rules: how much of a sold line a refund may take back, and at what amount.

A line is refunded in one or several parts; each part takes its share of the line's total
and discount, prorated on the quantity and rounded half-up to the cent, and the part that
refunds what is left takes exactly what is left, so the parts always add up to the line to
the cent (never one cent more than was paid). Pure rules: the refund service applies them.
"""

from __future__ import annotations

from dataclasses import dataclass

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents, MilliQty, format_quantity


class RefundRefused(UserError):
    """A refund that cannot be done (French message)."""


@dataclass(frozen=True, slots=True)
class SoldLine:
    position: int
    label: str
    unit: str
    qty_milli: MilliQty
    total_cents: Cents
    discount_cents: Cents


@dataclass(frozen=True, slots=True)
class AlreadyRefunded:
    """What earlier refunds took from the line (positive numbers)."""

    qty_milli: MilliQty = 0
    total_cents: Cents = 0
    discount_cents: Cents = 0


def prorate(amount: Cents, qty: MilliQty, of_qty: MilliQty) -> Cents:
    """``amount × qty / of_qty``, rounded half away from zero to the cent (exact integers)."""
    numerator = amount * qty
    quotient, remainder = divmod(abs(numerator), of_qty)
    if 2 * remainder >= of_qty:
        quotient += 1
    return -quotient if numerator < 0 else quotient


def refund_part(line: SoldLine, done: AlreadyRefunded, qty: MilliQty) -> tuple[Cents, Cents]:
    """(total, discount) refunded for ``qty`` of ``line`` (positive numbers), or
    RefundRefused when the quantity is not a positive number within what is left."""
    if isinstance(qty, bool) or not isinstance(qty, int) or qty <= 0:
        raise RefundRefused(f"Quantité à rembourser invalide (ligne {line.position})")
    left = line.qty_milli - done.qty_milli
    if qty > left:
        raise RefundRefused(
            f"Ligne {line.position} ({line.label}) : {format_quantity(left, unit=line.unit)} "
            f"au plus à rembourser (vendu {format_quantity(line.qty_milli, unit=line.unit)}, "
            f"déjà remboursé {format_quantity(done.qty_milli, unit=line.unit)})"
        )
    if qty == left:  # the last part takes what is left: the parts add up to the line
        return line.total_cents - done.total_cents, line.discount_cents - done.discount_cents
    return (
        prorate(line.total_cents, qty, line.qty_milli),
        prorate(line.discount_cents, qty, line.qty_milli),
    )
