"""The bread deposit (dépôt de pain) as plain rules: contracts, reservation schedules, the
suggested order for tomorrow, the end-of-day reconciliation and the baker's statement.

Pure Python: quantities are whole loaves (``int``), money integer cents.

- **Contracts**: ``bought`` (bought for resale: the café pays a purchase price per item and
  unsold bread is its loss) or ``sale_or_return`` (dépôt-vente: the baker owns the bread and
  takes the unsold back; the café's turnover is its commission, per item or a percentage of
  the takings; the rest of the takings is the baker's money).
- **Reservations**: one-off (one date) or recurring on chosen weekdays between a start
  and an optional end, with pauses (holidays of the customer).
- **Suggestion**: reservations + a forecast of counter sales for that weekday (the recent
  same weekdays, weighted towards the latest, with a trend, corrected on public holidays
  and school holidays) − nothing carried over (fresh bread is not kept to the next day).
- **Reconciliation**: delivered = sold at the counter + picked up + unsold (returned,
  given away, thrown away, kept to sell the next day at a discount); anything left is a
  named difference ("manquant" / "excédent").
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents, percent_of

MAX_QTY = 999
WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SCHOOL_ZONES = ("A", "B", "C")


class BreadError(UserError, ValueError):
    """A bread-deposit entry that cannot be accepted (French message)."""


# ---------------------------------------------------------------------- contracts
class ContractKind(StrEnum):
    BOUGHT = "bought"  # achat-revente
    SALE_OR_RETURN = "sale_or_return"  # dépôt-vente


class CommissionKind(StrEnum):
    PER_ITEM = "per_item"  # cents per loaf sold
    PERCENT = "percent"  # basis points of the takings (1500 = 15 %)


CONTRACT_LABELS = {
    ContractKind.BOUGHT: "Achat pour revente",
    ContractKind.SALE_OR_RETURN: "Dépôt-vente",
}


@dataclass(frozen=True, slots=True)
class Contract:
    kind: ContractKind
    commission_kind: CommissionKind = CommissionKind.PERCENT
    commission_value: int = 0  # cents per item, or basis points
    discount_next_day: bool = False  # unsold may be sold the next day at a discount

    def __post_init__(self) -> None:
        if self.commission_value < 0:
            raise BreadError("La commission ne peut pas être négative")
        if (
            self.kind is ContractKind.SALE_OR_RETURN
            and self.commission_kind is CommissionKind.PERCENT
            and self.commission_value > 10000
        ):
            raise BreadError("La commission ne peut pas dépasser 100 %")

    def commission(self, sold_qty: int, sold_cents: Cents) -> Cents:
        """The café's commission on one ticket line (sale or return only): per item, or a
        percentage rounded half-up line by line, like the third-party ledger and the Z
        reports compute it, so they agree to the cent over any period."""
        if self.kind is not ContractKind.SALE_OR_RETURN:
            return 0
        if self.commission_kind is CommissionKind.PER_ITEM:
            per_item = sold_qty * self.commission_value  # never more than the line (refunds < 0)
            return min(per_item, sold_cents) if sold_cents >= 0 else max(per_item, sold_cents)
        return percent_of(sold_cents, self.commission_value)

    @property
    def ledger_commission_bp(self) -> int:
        """The commission as the third-party ledger records it (a percentage only)."""
        if (
            self.kind is ContractKind.SALE_OR_RETURN
            and self.commission_kind is CommissionKind.PERCENT
        ):
            return self.commission_value
        return 0


# ---------------------------------------------------------------------- reservations
@dataclass(frozen=True, slots=True)
class ReservationItem:
    product_id: int
    qty: int


@dataclass(frozen=True, slots=True)
class Pause:
    first: dt.date
    last: dt.date


@dataclass(frozen=True, slots=True)
class Schedule:
    """When a reservation is due: ``weekdays`` empty = one-off on ``start``."""

    start: dt.date
    end: dt.date | None = None
    weekdays: frozenset[int] = frozenset()  # 0 = Monday
    pauses: tuple[Pause, ...] = ()

    @property
    def recurring(self) -> bool:
        return bool(self.weekdays)

    def due_on(self, day: dt.date) -> bool:
        if not self.recurring:
            return day == self.start
        if day < self.start or (self.end is not None and day > self.end):
            return False
        if day.weekday() not in self.weekdays:
            return False
        return not any(p.first <= day <= p.last for p in self.pauses)

    def describe(self) -> str:
        if not self.recurring:
            return f"le {self.start:%d/%m/%Y}"
        if len(self.weekdays) == 7:
            days = "tous les jours"
        elif len(self.weekdays) == 6:
            missing = next(d for d in range(7) if d not in self.weekdays)
            days = f"tous les jours sauf le {WEEKDAY_NAMES[missing]}"
        else:
            days = ", ".join(WEEKDAY_NAMES[d] for d in sorted(self.weekdays))
        until = f" jusqu'au {self.end:%d/%m/%Y}" if self.end else ""
        return f"{days}, dès le {self.start:%d/%m/%Y}{until}"


def check_reservation(
    customer: str, items: Sequence[ReservationItem], schedule: Schedule
) -> tuple[ReservationItem, ...]:
    """The items of a valid reservation (merged per product), or BreadError."""
    if not customer.strip():
        raise BreadError("Indiquez le nom du client de la réservation")
    if len(customer.strip()) > 120:
        raise BreadError("Nom du client trop long (120 caractères au plus)")
    merged: dict[int, int] = {}
    for item in items:
        if item.qty <= 0:
            raise BreadError("Une réservation demande une quantité d'au moins 1 par article")
        if item.qty > MAX_QTY:
            raise BreadError(f"Quantité trop grande : {MAX_QTY} au plus")
        merged[item.product_id] = merged.get(item.product_id, 0) + item.qty
    if not merged:
        raise BreadError("Une réservation demande au moins un article")
    if schedule.end is not None and schedule.end < schedule.start:
        raise BreadError("La fin de la réservation est avant son début")
    if any(d not in range(7) for d in schedule.weekdays):
        raise BreadError("Jour de la semaine inconnu")
    for pause in schedule.pauses:
        if pause.last < pause.first:
            raise BreadError("La fin d'une pause est avant son début")
    return tuple(ReservationItem(pid, qty) for pid, qty in sorted(merged.items()))


def reserved_quantities(
    reservations: Iterable[tuple[Schedule, Sequence[ReservationItem]]], day: dt.date
) -> dict[int, int]:
    """Quantity reserved per product for ``day``."""
    totals: dict[int, int] = {}
    for schedule, items in reservations:
        if schedule.due_on(day):
            for item in items:
                totals[item.product_id] = totals.get(item.product_id, 0) + item.qty
    return totals


# ---------------------------------------------------------------------- calendar
class DayKind(StrEnum):
    NORMAL = "normal"
    SCHOOL_HOLIDAY = "school_holiday"
    PUBLIC_HOLIDAY = "public_holiday"


@dataclass(frozen=True, slots=True)
class Calendar:
    """Public holidays (France) and the school holidays of one zone (A, B or C)."""

    public: frozenset[dt.date]
    school: frozenset[dt.date]
    _kinds: dict[dt.date, DayKind] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        kinds = dict.fromkeys(self.school, DayKind.SCHOOL_HOLIDAY)
        kinds.update(dict.fromkeys(self.public, DayKind.PUBLIC_HOLIDAY))
        self._kinds.update(kinds)

    def kind(self, day: dt.date) -> DayKind:
        return self._kinds.get(day, DayKind.NORMAL)


@lru_cache(maxsize=16)
def french_calendar(years: tuple[int, ...], zone: str = "B") -> Calendar:
    """French public holidays and zone school holidays (the ``holidays`` package)."""
    import holidays  # a data package: imported only when a forecast is made

    if zone not in SCHOOL_ZONES:
        raise BreadError("Zone de vacances scolaires : A, B ou C")
    public = holidays.country_holidays("FR", years=years)
    school = holidays.country_holidays(
        "FR", years=years, categories=("school",), subdiv=f"Zone {zone}"
    )
    return Calendar(frozenset(public), frozenset(school))


def calendar_for(first: dt.date, last: dt.date, zone: str = "B") -> Calendar:
    return french_calendar(tuple(range(first.year, last.year + 1)), zone)


# ---------------------------------------------------------------------- forecast
FORECAST_WEEKS = 8  # same weekdays looked at
TREND_CLAMP = (0.85, 1.15)
PUBLIC_HOLIDAY_DEFAULT = 0.7  # a public holiday sells like this share of a normal day
SOLD_OUT_BONUS = 1.1  # a day sold out hides demand: count it a little higher
RECENT_DAYS = 7  # without any same weekday yet, the mean of the last days


@dataclass(frozen=True, slots=True)
class DayFigures:
    """One past day for one product: counter sales (reservations excluded)."""

    counter_sold: int
    sold_out: bool = False


@dataclass(frozen=True, slots=True)
class Forecast:
    counter: int  # loaves expected at the counter
    basis: int  # same weekdays used
    trend: float
    day_factor: float


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def holiday_factor(kind: DayKind, same: tuple[float, int], normal: tuple[float, int]) -> float:
    """How a public/school holiday sells against normal days, from (sum, count) of the
    counter sales of past days of that kind and of normal days; a default without enough
    past holidays (3)."""
    if kind is DayKind.NORMAL:
        return 1.0
    same_sum, same_count = same
    normal_sum, normal_count = normal
    if same_count >= 3 and normal_count and normal_sum > 0:
        ratio = (same_sum / same_count) / (normal_sum / normal_count)
        return max(0.3, min(1.7, ratio))
    return PUBLIC_HOLIDAY_DEFAULT if kind is DayKind.PUBLIC_HOLIDAY else 1.0


def _day_factor(
    history: Mapping[dt.date, DayFigures], calendar: Calendar, kind: DayKind, target: dt.date
) -> float:
    """``holiday_factor`` learnt from the history (all weekdays of the last year)."""
    if kind is DayKind.NORMAL:
        return 1.0
    since = target - dt.timedelta(days=365)
    sums = {DayKind.NORMAL: [0.0, 0], kind: [0.0, 0]}
    kind_of = calendar.kind
    for day, fig in history.items():
        if since <= day < target:
            cell = sums.get(kind_of(day))
            if cell is not None:
                cell[0] += fig.counter_sold
                cell[1] += 1
    return holiday_factor(
        kind,
        (sums[kind][0], int(sums[kind][1])),
        (sums[DayKind.NORMAL][0], int(sums[DayKind.NORMAL][1])),
    )


def forecast_counter(
    history: Mapping[dt.date, DayFigures],
    target: dt.date,
    calendar: Calendar,
    *,
    day_factor: float | None = None,
) -> Forecast:
    """Counter sales expected on ``target`` from the same weekdays of the last weeks.

    Days of another kind (a public holiday among normal Mondays) are left out of the basis
    when enough others exist; the weighted mean favours recent weeks (weights 8..1); the
    trend compares the last three same weekdays with the three before (bounded ±15 %);
    the result is multiplied by the holiday factor of the target day (``day_factor`` when
    the caller learnt it already, e.g. with an SQL aggregate, else from ``history``).
    """
    kind = calendar.kind(target)
    same_weekdays: list[tuple[int, float, DayKind]] = []
    for week in range(1, FORECAST_WEEKS + 1):
        day = target - dt.timedelta(weeks=week)
        fig = history.get(day)
        if fig is None:
            continue
        value = fig.counter_sold * (SOLD_OUT_BONUS if fig.sold_out else 1.0)
        same_weekdays.append((week, value, calendar.kind(day)))
    if not same_weekdays:  # a new deposit: the last days, whatever the weekday
        recent = [
            fig.counter_sold * (SOLD_OUT_BONUS if fig.sold_out else 1.0)
            for day, fig in history.items()
            if target - dt.timedelta(days=RECENT_DAYS + 1) <= day < target
        ]
        if not recent:
            return Forecast(0, 0, 1.0, 1.0)
        return Forecast(math.floor(_mean(recent) + 0.5), len(recent), 1.0, 1.0)
    alike = [row for row in same_weekdays if row[2] is kind]
    if kind is not DayKind.PUBLIC_HOLIDAY and len(alike) >= 2:
        basis, factor = alike, 1.0
    else:
        normal = [row for row in same_weekdays if row[2] is DayKind.NORMAL]
        basis = normal if len(normal) >= 2 else same_weekdays
        factor = (
            day_factor if day_factor is not None else _day_factor(history, calendar, kind, target)
        )
    weights = [FORECAST_WEEKS + 1 - week for week, _, _ in basis]
    level = sum(w * v for w, (_, v, _) in zip(weights, basis, strict=True)) / sum(weights)
    values = [v for _, v, _ in basis]
    trend = 1.0
    if len(values) >= 6 and _mean(values[3:6]) > 0:
        raw = _mean(values[:3]) / _mean(values[3:6])
        trend = max(TREND_CLAMP[0], min(TREND_CLAMP[1], raw))
    # the level already sits halfway between recent and older weeks: apply half the trend
    trend = 1.0 + (trend - 1.0) / 2
    expected = level * trend * factor
    return Forecast(math.floor(expected + 0.5), len(basis), trend, factor)


@dataclass(frozen=True, slots=True)
class SuggestedLine:
    product_id: int
    reserved: int
    forecast: int
    carried_over: int = 0  # always 0: fresh bread is not kept

    @property
    def suggested(self) -> int:
        return max(0, self.reserved + self.forecast - self.carried_over)


def suggest_order(
    product_ids: Sequence[int],
    reserved: Mapping[int, int],
    histories: Mapping[int, Mapping[dt.date, DayFigures]],
    target: dt.date,
    calendar: Calendar,
    day_factors: Mapping[int, float] | None = None,
) -> list[SuggestedLine]:
    """Tomorrow's suggested quantity per product: reservations + counter forecast."""
    lines = []
    for pid in product_ids:
        factor = day_factors.get(pid) if day_factors is not None else None
        forecast = forecast_counter(histories.get(pid, {}), target, calendar, day_factor=factor)
        lines.append(SuggestedLine(pid, reserved.get(pid, 0), forecast.counter))
    return lines


def naive_forecast(history: Mapping[dt.date, DayFigures], target: dt.date) -> int:
    """The baseline: the same as the same weekday last week."""
    fig = history.get(target - dt.timedelta(weeks=1))
    return fig.counter_sold if fig else 0


# ---------------------------------------------------------------------- reception
class ReceptionStatus(StrEnum):
    OK = "ok"
    SHORT = "short"
    EXTRA = "extra"
    NOT_ORDERED = "not_ordered"  # a substitute or an extra product
    MISSING = "missing"  # ordered, nothing came


RECEPTION_LABELS = {
    ReceptionStatus.OK: "conforme",
    ReceptionStatus.SHORT: "manque",
    ReceptionStatus.EXTRA: "en plus",
    ReceptionStatus.NOT_ORDERED: "non commandé (remplacement)",
    ReceptionStatus.MISSING: "non livré",
}


def reception_status(ordered: int, delivered: int) -> ReceptionStatus:
    if delivered < 0:
        raise BreadError("Une quantité livrée ne peut pas être négative")
    if ordered == 0:
        return ReceptionStatus.OK if delivered == 0 else ReceptionStatus.NOT_ORDERED
    if delivered == 0:
        return ReceptionStatus.MISSING
    if delivered < ordered:
        return ReceptionStatus.SHORT
    if delivered > ordered:
        return ReceptionStatus.EXTRA
    return ReceptionStatus.OK


def check_delivered(quantities: Mapping[int, int]) -> None:
    for qty in quantities.values():
        if qty < 0:
            raise BreadError("Une quantité livrée ne peut pas être négative")
        if qty > MAX_QTY:
            raise BreadError(f"Quantité livrée trop grande : {MAX_QTY} au plus")


# ---------------------------------------------------------------------- reconciliation
class UnsoldOutcome(StrEnum):
    RETURNED = "returned"  # back to the baker
    GIVEN = "given"  # given away (association, staff)
    THROWN = "thrown"  # thrown away
    NEXT_DAY = "next_day"  # sold the next day at a discount


OUTCOME_LABELS = {
    UnsoldOutcome.RETURNED: "rendu au boulanger",
    UnsoldOutcome.GIVEN: "donné",
    UnsoldOutcome.THROWN: "jeté",
    UnsoldOutcome.NEXT_DAY: "vendu demain en promotion",
}


@dataclass(frozen=True, slots=True)
class ReconciliationLine:
    product_id: int
    delivered: int
    sold: int  # at the counter (tickets), pick-ups excluded
    picked_up: int
    unsold: Mapping[UnsoldOutcome, int] = field(default_factory=dict)

    @property
    def unsold_total(self) -> int:
        return sum(self.unsold.values())

    @property
    def difference(self) -> int:
        """delivered − (sold + picked up + unsold): > 0 missing, < 0 more out than in."""
        return self.delivered - self.sold - self.picked_up - self.unsold_total

    @property
    def difference_label(self) -> str:
        diff = self.difference
        if diff > 0:
            return f"{diff} manquant(s) (ni vendus ni comptés en invendus)"
        if diff < 0:
            return f"{-diff} en excédent (vendus ou sortis au-delà du livré)"
        return ""


def default_outcome(contract: Contract) -> UnsoldOutcome:
    return (
        UnsoldOutcome.RETURNED
        if contract.kind is ContractKind.SALE_OR_RETURN
        else UnsoldOutcome.THROWN
    )


def propose_reconciliation(
    contract: Contract, product_id: int, delivered: int, sold: int, picked_up: int
) -> ReconciliationLine:
    """The unsold the figures imply, under the contract's usual outcome."""
    left = max(0, delivered - sold - picked_up)
    outcome = default_outcome(contract)
    return ReconciliationLine(product_id, delivered, sold, picked_up, {outcome: left})


def check_unsold(contract: Contract, unsold: Mapping[UnsoldOutcome, int]) -> None:
    for outcome, qty in unsold.items():
        if qty < 0:
            raise BreadError("Un nombre d'invendus ne peut pas être négatif")
        if qty > MAX_QTY:
            raise BreadError(f"Nombre d'invendus trop grand : {MAX_QTY} au plus")
        if (
            qty
            and outcome is UnsoldOutcome.RETURNED
            and contract.kind is not ContractKind.SALE_OR_RETURN
        ):
            raise BreadError("Ce boulanger ne reprend pas les invendus (achat pour revente)")
        if qty and outcome is UnsoldOutcome.NEXT_DAY and not contract.discount_next_day:
            raise BreadError("Le contrat ne permet pas de vendre les invendus le lendemain")


# ---------------------------------------------------------------------- statements
@dataclass(frozen=True, slots=True)
class StatementLine:
    product_id: int
    label: str
    unit_price_cents: Cents  # purchase price (bought) or 0
    delivered: int
    returned: int
    sold: int  # counter + pick-ups (tickets)
    sold_cents: Cents  # TTC taken at the till for these loaves
    commission_cents: Cents = 0  # sale or return: Σ line commissions (Contract.commission)


@dataclass(frozen=True, slots=True)
class StatementTotals:
    delivered: int
    returned: int
    sold: int
    sold_cents: Cents
    commission_cents: Cents  # the café's turnover (sale or return)
    purchase_cents: Cents  # what the café buys (bought for resale)
    owed_to_baker_cents: Cents


def statement_totals(contract: Contract, lines: Sequence[StatementLine]) -> StatementTotals:
    """What the café owes the baker over the period.

    Sale or return: owed = takings − commission (the lines' commissions, each computed
    on its ticket line by ``Contract.commission``). Bought for resale: owed = delivered ×
    purchase price; the takings are the café's own turnover.
    """
    delivered = sum(ln.delivered for ln in lines)
    returned = sum(ln.returned for ln in lines)
    sold = sum(ln.sold for ln in lines)
    sold_cents = sum(ln.sold_cents for ln in lines)
    if contract.kind is ContractKind.SALE_OR_RETURN:
        commission = sum(ln.commission_cents for ln in lines)
        return StatementTotals(
            delivered, returned, sold, sold_cents, commission, 0, sold_cents - commission
        )
    purchase = sum(ln.delivered * ln.unit_price_cents for ln in lines)
    return StatementTotals(delivered, returned, sold, sold_cents, 0, purchase, purchase)


# ---------------------------------------------------------------------- quality
@dataclass(frozen=True, slots=True)
class Quality:
    days: int
    delivered: int
    unsold: int
    abs_error: int  # Σ |suggested − what was taken| (counter + pick-ups)
    demand: int

    @property
    def unsold_rate(self) -> float:
        return self.unsold / self.delivered if self.delivered else 0.0

    @property
    def error_rate(self) -> float:
        """Mean absolute error as a share of demand (WAPE)."""
        return self.abs_error / self.demand if self.demand else 0.0


def quality(rows: Iterable[tuple[int, int, int, int]]) -> Quality:
    """From (suggested, delivered, taken, unsold) per product and day."""
    days = delivered = unsold = error = demand = 0
    for suggested, deliv, taken, left in rows:
        days += 1
        delivered += deliv
        unsold += left
        error += abs(suggested - taken)
        demand += taken
    return Quality(days, delivered, unsold, error, demand)


def wape(pairs: Iterable[tuple[int, int]]) -> float:
    """Σ|forecast − actual| / Σ actual over (forecast, actual) pairs."""
    error = total = 0
    for forecast, actual in pairs:
        error += abs(forecast - actual)
        total += actual
    return error / total if total else 0.0


def order_text(
    cafe: str, day: dt.date, lines: Sequence[tuple[str, int]], fmt: Callable[[dt.date], str]
) -> str:
    """The short message sent to the baker (SMS / e-mail)."""
    body = ", ".join(f"{qty} {label}" for label, qty in lines if qty > 0) or "rien"
    return f"Commande dépôt de pain {cafe} pour {fmt(day)} : {body}. Merci !"
