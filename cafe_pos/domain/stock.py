"""Grocery stock rules, pure: weighted average cost (PMP) on receipts with discounts, FEFO
lot picking, use-by (DLC) and best-before (DDM) rules against the business date, reorder
suggestions from levels, weekday sales speed, lead time and pack sizes, count differences,
and the checks that refuse absurd quantities and prices.

Quantities are thousandths of the product's unit (1 piece = 1000; a weighed product counts
in grams: 1 kg = 1000). Costs are integer cents per unit (per piece or per kg), excluding
VAT. Nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from stdnum.exceptions import ValidationError
from stdnum.fr import siret as stdnum_siret

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import (
    ONE_UNIT,
    Cents,
    MilliQty,
    _div_half_up,
    format_eur,
    line_total,
)

MAX_STOCK_QTY_MILLI: MilliQty = 99_999 * ONE_UNIT  # nobody receives 100 000 units at once
MAX_UNIT_COST_CENTS: Cents = 10_000_00  # 10 000 € excl. VAT a unit: a typing error
MAX_PACK_SIZE = 1000
DEFAULT_PRICE_RISE_BP = 1000  # flag a purchase price 10 % above the previous one
DEFAULT_EXPIRY_WARNING_DAYS = 3
MAX_NOTE_GAP_CENTS = 1  # the note's total may differ by a rounding cent


class StockError(UserError, ValueError):
    """Bad stock input (French message): nothing is written."""


class PastBestBefore(StockError):
    """A lot received past its DDM: allowed once the person confirms."""


class DateKind(enum.StrEnum):
    """Which date a product's lots carry."""

    NONE = ""
    USE_BY = "use_by"  # DLC, "à consommer jusqu'au": never sold from the next day
    BEST_BEFORE = "best_before"  # DDM, "à consommer de préférence avant": sold, marked down


DATE_KIND_LABELS = {
    DateKind.NONE: "Aucune date",
    DateKind.USE_BY: "DLC",
    DateKind.BEST_BEFORE: "DDM",
}


class MoveKind(enum.StrEnum):
    SALE = "sale"
    REFUND = "refund"
    DELIVERY = "delivery"
    CORRECTION = "correction"  # corrects a delivery (the delivery itself is never edited)
    LOSS = "loss"
    COUNT = "count"  # a count's difference


MOVE_LABELS = {
    MoveKind.SALE: "Vente",
    MoveKind.REFUND: "Remboursement",
    MoveKind.DELIVERY: "Réception",
    MoveKind.CORRECTION: "Correction de réception",
    MoveKind.LOSS: "Démarque",
    MoveKind.COUNT: "Inventaire",
}


class LossReason(enum.StrEnum):
    BROKEN = "broken"
    EXPIRED = "expired"
    STOLEN = "stolen"
    OWN_USE = "own_use"  # eaten or given by the café (auto-consommation)
    RETURNED = "returned"  # returned to the supplier
    COUNT = "count"  # count difference (set by a validated count only)


LOSS_LABELS = {
    LossReason.BROKEN: "Casse",
    LossReason.EXPIRED: "Date dépassée",
    LossReason.STOLEN: "Vol",
    LossReason.OWN_USE: "Consommé ou offert par le café",
    LossReason.RETURNED: "Retour fournisseur",
    LossReason.COUNT: "Écart d'inventaire",
}
# What a person may pick for a loss (count differences come from counts only).
LOSS_CHOICES = (
    LossReason.BROKEN,
    LossReason.EXPIRED,
    LossReason.STOLEN,
    LossReason.OWN_USE,
    LossReason.RETURNED,
)


# ---------------------------------------------------------------------- input checks
def check_quantity(qty_milli: MilliQty, *, what: str = "La quantité") -> MilliQty:
    """A positive, plausible quantity (thousandths)."""
    if isinstance(qty_milli, bool) or not isinstance(qty_milli, int):
        raise StockError(f"{what} est invalide")
    if qty_milli <= 0:
        raise StockError(f"{what} doit être positive")
    if qty_milli > MAX_STOCK_QTY_MILLI:
        raise StockError(f"{what} est trop élevée (99 999 au plus)")
    return qty_milli


def check_counted(qty_milli: MilliQty) -> MilliQty:
    """A counted quantity: zero allowed (the shelf is empty), never negative."""
    if isinstance(qty_milli, bool) or not isinstance(qty_milli, int) or qty_milli < 0:
        raise StockError("La quantité comptée ne peut pas être négative")
    if qty_milli > MAX_STOCK_QTY_MILLI:
        raise StockError("La quantité comptée est trop élevée (99 999 au plus)")
    return qty_milli


def check_unit_cost(cents: Cents, *, what: str = "Le prix d'achat") -> Cents:
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise StockError(f"{what} est invalide")
    if cents < 0:
        raise StockError(f"{what} ne peut pas être négatif")
    if cents > MAX_UNIT_COST_CENTS:
        raise StockError(f"{what} est trop élevé ({format_eur(MAX_UNIT_COST_CENTS)} HT au plus)")
    return cents


def check_pack_size(pack_size: int) -> int:
    if isinstance(pack_size, bool) or not isinstance(pack_size, int) or pack_size < 1:
        raise StockError("Le colisage doit être d'au moins 1 unité")
    if pack_size > MAX_PACK_SIZE:
        raise StockError(f"Le colisage est trop élevé ({MAX_PACK_SIZE} unités au plus)")
    return pack_size


def check_discount_bp(discount_bp: int) -> int:
    if isinstance(discount_bp, bool) or not isinstance(discount_bp, int):
        raise StockError("La remise est invalide")
    if not 0 <= discount_bp < 10000:
        raise StockError("La remise de ligne doit être entre 0 et 99,99 %")
    return discount_bp


def check_siret(text: str) -> str:
    """A supplier's SIRET (14 digits, Luhn key), spaces removed; empty when not given."""
    if not text.strip():
        return ""
    try:
        return str(stdnum_siret.validate(text))
    except ValidationError as exc:
        raise StockError(f"SIRET invalide : « {text.strip()} » (14 chiffres avec clé)") from exc


# ---------------------------------------------------------------------- costs
def net_unit_cost(price_cents: Cents, discount_bp: int = 0, pack_size: int = 1) -> Cents:
    """Purchase cost of one unit, excl. VAT, the line discount included.

    ``price_cents`` is the price of one pack of ``pack_size`` units (1 when bought by the
    unit); rounded half-up to the cent once, at the end.
    """
    check_unit_cost(price_cents)
    check_discount_bp(discount_bp)
    check_pack_size(pack_size)
    return _div_half_up(price_cents * (10000 - discount_bp), 10000 * pack_size)


def purchase_line_total(price_cents: Cents, discount_bp: int, qty_milli: MilliQty) -> Cents:
    """Total excl. VAT of a delivery line (purchase units × price, discount included),
    rounded half-up once."""
    return _div_half_up(price_cents * (10000 - discount_bp) * qty_milli, 10000 * ONE_UNIT)


def average_cost(
    on_hand_milli: MilliQty, current_cost: Cents, qty_in_milli: MilliQty, unit_cost: Cents
) -> Cents:
    """PMP after a receipt: (on hand × PMP + in × cost) / (on hand + in).

    A receipt into an empty or negative stock restarts the PMP at the receipt's cost (the
    units sold short were never valued). Only receipts change the PMP.
    """
    if qty_in_milli <= 0:
        return current_cost
    if on_hand_milli <= 0:
        return unit_cost
    total = on_hand_milli * current_cost + qty_in_milli * unit_cost
    return _div_half_up(total, on_hand_milli + qty_in_milli)


def value_of(qty_milli: MilliQty, unit_cost: Cents) -> Cents:
    """Value at cost of a quantity (signed)."""
    return line_total(unit_cost, qty_milli)


def price_rise_bp(previous_cost: Cents | None, new_cost: Cents) -> int:
    """How much a purchase cost rose, in basis points (0 when it did not or is new)."""
    if not previous_cost or new_cost <= previous_cost:
        return 0
    return _div_half_up((new_cost - previous_cost) * 10000, previous_cost)


def is_price_rise(
    previous_cost: Cents | None, new_cost: Cents, threshold_bp: int = DEFAULT_PRICE_RISE_BP
) -> bool:
    return price_rise_bp(previous_cost, new_cost) > threshold_bp


def net_of_vat(total_ttc: Cents, vat_bp: int) -> Cents:
    """The excl.-VAT part of an amount (for margins; the fiscal split stays per ticket)."""
    return _div_half_up(total_ttc * 10000, 10000 + vat_bp)


@dataclass(frozen=True, slots=True)
class LedgerMove:
    """One ledger movement as replayed by ``replay``."""

    kind: str
    qty_milli: MilliQty
    unit_cost: Cents


@dataclass(frozen=True, slots=True)
class Level:
    qty_milli: MilliQty
    average_cost: Cents

    @property
    def value_cents(self) -> Cents:
        return value_of(max(self.qty_milli, 0), self.average_cost)


RECEIPT_KINDS = frozenset({MoveKind.DELIVERY, MoveKind.CORRECTION})


def apply_move(level: Level, move: LedgerMove) -> Level:
    """The level after one movement: receipts (positive deliveries and corrections) move
    the PMP; every other movement only the quantity."""
    cost = level.average_cost
    if move.kind in RECEIPT_KINDS and move.qty_milli > 0:
        cost = average_cost(level.qty_milli, cost, move.qty_milli, move.unit_cost)
    return Level(level.qty_milli + move.qty_milli, cost)


def replay(moves: Iterable[LedgerMove], start: Level = Level(0, 0)) -> Level:
    """Rebuild a level from its ledger, oldest movement first."""
    level = start
    for move in moves:
        level = apply_move(level, move)
    return level


# ---------------------------------------------------------------------- lots and dates
@dataclass(frozen=True, slots=True)
class Lot:
    lot_id: int
    expires_on: dt.date | None
    remaining_milli: MilliQty


def fefo_order(lots: Iterable[Lot]) -> list[Lot]:
    """First expired, first out: earliest date first, undated last, then oldest lot."""
    return sorted(
        lots, key=lambda lot: (lot.expires_on is None, lot.expires_on or dt.date.max, lot.lot_id)
    )


def fefo_pick(lots: Iterable[Lot], qty_milli: MilliQty) -> list[tuple[int, MilliQty]]:
    """Which lots a quantity taken out comes from: [(lot id, quantity)], earliest date first.
    A quantity beyond every lot's remainder is left unassigned (stock may go negative)."""
    picks: list[tuple[int, MilliQty]] = []
    left = qty_milli
    for lot in fefo_order(lots):
        if left <= 0:
            break
        take = min(lot.remaining_milli, left)
        if take > 0:
            picks.append((lot.lot_id, take))
            left -= take
    return picks


def trim_lots(lots: Iterable[Lot], on_hand_milli: MilliQty) -> list[tuple[int, MilliQty]]:
    """Lots can never hold more than the shelf: when a count finds less, the earliest lots
    are emptied first. Returns [(lot id, quantity to take off)]."""
    held = [lot for lot in lots if lot.remaining_milli > 0]
    excess = sum(lot.remaining_milli for lot in held) - max(on_hand_milli, 0)
    return fefo_pick(held, excess) if excess > 0 else []


class Freshness(enum.Enum):
    FRESH = "fresh"
    PAST_BEST_BEFORE = "past_best_before"  # may be sold: warn and offer a markdown
    PAST_USE_BY = "past_use_by"  # must not be sold, nor given away


def freshness(kind: DateKind | str, expires_on: dt.date | None, today: dt.date) -> Freshness:
    """A lot's state on a business day: a DLC date D may be sold on D, never from D + 1."""
    if expires_on is None or today <= expires_on:
        return Freshness.FRESH
    if kind == DateKind.USE_BY:
        return Freshness.PAST_USE_BY
    if kind == DateKind.BEST_BEFORE:
        return Freshness.PAST_BEST_BEFORE
    return Freshness.FRESH


def french_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def check_reception_date(
    kind: DateKind | str,
    expires_on: dt.date | None,
    today: dt.date,
    *,
    accept_past_best_before: bool = False,
) -> str:
    """Refuse a lot received already past its DLC (or without its date); a lot past its
    DDM is refused unless confirmed. Returns a warning to show (empty when none)."""
    if kind == DateKind.NONE:
        return ""
    label = DATE_KIND_LABELS[DateKind(kind)]
    if expires_on is None:
        raise StockError(f"Saisissez la {label} du lot reçu")
    if expires_on > today + dt.timedelta(days=3660):
        raise StockError(f"{label} invalide : {french_date(expires_on)} est dans plus de 10 ans")
    if expires_on >= today:
        return ""
    if kind == DateKind.USE_BY:
        raise StockError(
            f"DLC dépassée ({french_date(expires_on)}) : ce lot ne peut pas être reçu ni vendu"
        )
    warning = f"DDM dépassée ({french_date(expires_on)}) : à vendre en promotion"
    if not accept_past_best_before:
        raise PastBestBefore(warning + " ; confirmez pour le recevoir quand même")
    return warning


def expiring(
    lots: Iterable[Lot], today: dt.date, days: int = DEFAULT_EXPIRY_WARNING_DAYS
) -> list[Lot]:
    """Lots still on the shelf whose date falls within ``days`` days (or is past)."""
    limit = today + dt.timedelta(days=days)
    return [
        lot
        for lot in fefo_order(lots)
        if lot.remaining_milli > 0 and lot.expires_on is not None and lot.expires_on <= limit
    ]


# ---------------------------------------------------------------------- counts
@dataclass(frozen=True, slots=True)
class CountDifference:
    expected_milli: MilliQty
    counted_milli: MilliQty
    unit_cost: Cents

    @property
    def difference_milli(self) -> MilliQty:
        return self.counted_milli - self.expected_milli

    @property
    def value_cents(self) -> Cents:
        return value_of(self.difference_milli, self.unit_cost)


def count_total(differences: Iterable[CountDifference]) -> Cents:
    return sum(d.value_cents for d in differences)


# ---------------------------------------------------------------------- reorder
WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def parse_weekdays(text: str) -> frozenset[int]:
    """ "0,3" -> {0, 3} (Monday = 0); refuses anything else."""
    days: set[int] = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit() or int(part) > 6:
            raise StockError("Jours de livraison invalides (0 = lundi … 6 = dimanche)")
        days.add(int(part))
    return frozenset(days)


def format_weekdays(days: Iterable[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def next_delivery(today: dt.date, lead_days: int, weekdays: frozenset[int]) -> dt.date:
    """The first delivery day an order placed today can make: at least ``lead_days`` later,
    on one of the supplier's delivery weekdays (any day when none is set)."""
    day = today + dt.timedelta(days=max(lead_days, 0))
    if not weekdays:
        return day
    while day.weekday() not in weekdays:
        day += dt.timedelta(days=1)
    return day


def following_delivery(delivery: dt.date, weekdays: frozenset[int]) -> dt.date:
    """The supplier's delivery after ``delivery`` (a week later when none is set)."""
    if not weekdays:
        return delivery + dt.timedelta(days=7)
    day = delivery + dt.timedelta(days=1)
    while day.weekday() not in weekdays:
        day += dt.timedelta(days=1)
    return day


def weekday_speed(
    sold_by_day: Mapping[dt.date, MilliQty], first: dt.date, last: dt.date
) -> tuple[MilliQty, ...]:
    """Average quantity sold per weekday (Monday first) over the days first..last."""
    totals = [0] * 7
    days = [0] * 7
    day = first
    while day <= last:
        totals[day.weekday()] += sold_by_day.get(day, 0)
        days[day.weekday()] += 1
        day += dt.timedelta(days=1)
    return tuple(_div_half_up(t, n) if n else 0 for t, n in zip(totals, days, strict=True))


def forecast(speed: Sequence[MilliQty], first: dt.date, end: dt.date) -> MilliQty:
    """Expected sales from ``first`` (included) to ``end`` (excluded)."""
    total = 0
    day = first
    while day < end:
        total += speed[day.weekday()]
        day += dt.timedelta(days=1)
    return total


@dataclass(frozen=True, slots=True)
class ReorderInput:
    on_hand_milli: MilliQty
    minimum_milli: MilliQty
    target_milli: MilliQty
    speed: tuple[MilliQty, ...]  # per weekday
    pack_size: int = 1
    reserved_milli: MilliQty = 0  # promised to customers, not yet taken


@dataclass(frozen=True, slots=True)
class ReorderAdvice:
    qty_milli: MilliQty  # units to order (a whole number of packs)
    packs: int
    projected_milli: MilliQty  # expected on hand when the delivery comes
    cover_milli: MilliQty  # expected sales until the following delivery


def suggest(
    data: ReorderInput, today: dt.date, delivery: dt.date, following: dt.date
) -> ReorderAdvice:
    """How much to order so the shelf stays above its minimum until the next delivery.

    projected = on hand − reserved − sales until the delivery; cover = sales from the
    delivery to the following one. Order when projected − cover falls below the minimum,
    up to target + cover, rounded up to whole packs.
    """
    projected = data.on_hand_milli - data.reserved_milli - forecast(data.speed, today, delivery)
    cover = forecast(data.speed, delivery, following)
    if projected - cover >= data.minimum_milli and projected >= data.minimum_milli:
        return ReorderAdvice(0, 0, projected, cover)
    need = max(data.target_milli, data.minimum_milli) + cover - projected
    if need <= 0:
        return ReorderAdvice(0, 0, projected, cover)
    pack_milli = max(data.pack_size, 1) * ONE_UNIT
    packs = -(-need // pack_milli)
    return ReorderAdvice(packs * pack_milli, packs, projected, cover)
