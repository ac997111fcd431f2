"""Responsible sale of alcohol (Licence IV, Code de la santé publique): the pure policy.

What the till must refuse or suggest, written once and tested here:
- age check on the first alcoholic line of a ticket or tab (L3342-1);
- refusal to serve a manifestly drunk customer (R3353-2), with the help line;
- a gentle reminder after a number of alcoholic drinks on one tab in a time window, and
  the designated-driver ("SAM") offer on soft drinks;
- legal opening hours of the prefectoral order (``OpeningHours``, see ``schedule``);
- no alcohol on credit (customer account) and no open bar (L3322-9);
- at least 10 non-alcoholic drinks on sale (L3323-1) and free water;
- anonymous day indicators (counts only, never who).
Happy-hour promotions live in ``cafe_pos.domain.happy_hour``.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from cafe_pos.domain.cart import Cart, CartLine, Discount
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents, MilliQty, line_total, percent_of, round_half_up
from cafe_pos.domain.payments import ALCOHOL_ON_CREDIT_MESSAGE, AlcoholOnCredit
from cafe_pos.domain.schedule import (
    WEEKDAY_NAMES,
    Interval,
    ScheduleError,
    WeeklySchedule,
    days_without_closing,
    format_local_moment,
)

HELP_LINE = "Alcool Info Service : 0 980 980 930 (appel anonyme et gratuit, 8h–2h, 7j/7)"
MIN_NON_ALCOHOLIC_DRINKS = 10  # L3323-1: on display in every débit de boissons

# The hours of the prefectoral order are a setting; this default (06:00-01:00, 02:00 on
# Friday and Saturday nights) only applies until the manager enters the real order.
OpeningHours = WeeklySchedule
DEFAULT_OPENING_HOURS = OpeningHours(
    weekly={day: (Interval(6 * 60, 120 if day in (4, 5) else 60),) for day in range(7)}
)


class AgeCheckOutcome(StrEnum):
    EVIDENT = "evident"  # "Majeur (évident)"
    ID_CHECKED = "id_checked"  # "Pièce vérifiée"
    REFUSED_MINOR = "refused_minor"  # "Refuser la vente (mineur)"


class RefusalReason(StrEnum):
    MINOR = "minor"
    DRUNK = "drunk"


class IndicatorKind(StrEnum):
    """The anonymous events counted per day (a count, never a person or a ticket)."""

    AGE_CHECK_EVIDENT = "age_check_evident"
    AGE_CHECK_ID = "age_check_id"
    REFUSAL_MINOR = "refusal_minor"
    REFUSAL_DRUNK = "refusal_drunk"
    REMINDER = "reminder"
    SAM = "sam"
    HOURS_OVERRIDE = "hours_override"


def indicator_for_age_check(outcome: AgeCheckOutcome) -> IndicatorKind:
    return {
        AgeCheckOutcome.EVIDENT: IndicatorKind.AGE_CHECK_EVIDENT,
        AgeCheckOutcome.ID_CHECKED: IndicatorKind.AGE_CHECK_ID,
        AgeCheckOutcome.REFUSED_MINOR: IndicatorKind.REFUSAL_MINOR,
    }[outcome]


def indicator_for_refusal(reason: RefusalReason) -> IndicatorKind:
    return (
        IndicatorKind.REFUSAL_MINOR
        if reason is RefusalReason.MINOR
        else IndicatorKind.REFUSAL_DRUNK
    )


# --- refusals as errors -------------------------------------------------------------------


class ResponsibleSaleRefused(UserError):
    """A sale the responsible-sale rules refuse (the French message says why)."""


class OutsideLegalHours(ResponsibleSaleRefused):
    def __init__(self, next_allowed: dt.datetime | None) -> None:
        self.next_allowed = next_allowed
        when = (
            f"reprise le {format_local_moment(next_allowed)}"
            if next_allowed
            else "aucune ouverture prévue dans les 14 prochains jours"
        )
        super().__init__(
            "Vente d'alcool interdite à cette heure (horaires de l'arrêté préfectoral) : "
            f"{when} ; les boissons sans alcool et la nourriture restent possibles"
        )


# One rule, one message: a customer account never pays alcohol (see domain.payments.settle,
# which applies it to the payments of a ticket).
NoAlcoholOnCredit = AlcoholOnCredit


class OpenBarRefused(ResponsibleSaleRefused):
    def __init__(self, label: str) -> None:
        super().__init__(
            f"« {label} » ne peut pas être offert ni vendu à volonté : l'open bar est "
            "interdit (article L3322-9 du Code de la santé publique) ; une remise partielle "
            "reste possible"
        )


class AlcoholRefusedForTab(ResponsibleSaleRefused):
    def __init__(self, tab_label: str) -> None:
        super().__init__(
            f"Service d'alcool refusé pour « {tab_label} » (ivresse manifeste) : proposez "
            "de l'eau, une boisson sans alcool ou de quoi manger"
        )


# --- the cart as the policy sees it -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineFacts:
    """What the policy needs to know of one cart line (built from the sales cart)."""

    label: str
    is_alcohol: bool
    is_drink: bool
    qty_milli: MilliQty
    unit_price_cents: Cents
    discount_cents: Cents = 0
    product_id: int | None = None
    category_id: int | None = None

    @property
    def gross_cents(self) -> Cents:
        return line_total(self.unit_price_cents, self.qty_milli)

    @property
    def net_cents(self) -> Cents:
        return self.gross_cents - self.discount_cents

    @property
    def is_soft_drink(self) -> bool:
        return self.is_drink and not self.is_alcohol


def cart_facts(cart: Cart, category_of: Mapping[int, int | None] | None = None) -> list[LineFacts]:
    """The policy's view of the sales cart (``category_of``: product id -> category id)."""
    categories = category_of or {}
    return [
        LineFacts(
            label=line.label,
            is_alcohol=line.item.is_alcohol,
            is_drink=line.item.is_drink,
            qty_milli=line.qty_milli,
            unit_price_cents=line.unit_price_cents,
            discount_cents=line.discount_cents,
            product_id=line.product_id,
            category_id=categories.get(line.product_id) if line.product_id is not None else None,
        )
        for line in cart.lines
    ]


def remove_alcohol(cart: Cart) -> list[CartLine]:
    """After a refusal: take the alcoholic lines off the cart, keep the rest; return them."""
    indexes = alcohol_line_indexes(cart_facts(cart))
    return [cart.remove(index) for index in reversed(indexes)][::-1]


def apply_sam(cart: Cart, offer: SamOffer) -> int:
    """Give the designated driver's discount on the cart's soft drinks; return how many."""
    gifts = sam_discounts(cart_facts(cart), offer)
    for gift in gifts:
        cart.set_line_discount(
            gift.line_index, Discount.amount(gift.discount_cents, origin="sam", name="SAM")
        )
    return sum(gift.units for gift in gifts)


def has_alcohol(lines: Iterable[LineFacts]) -> bool:
    return any(line.is_alcohol for line in lines)


def needs_age_check(
    adding_alcohol: bool, lines_before: Iterable[LineFacts], *, already_checked: bool
) -> bool:
    """Ask once per ticket or tab, when its first alcoholic line comes in (an alcoholic
    line already there was checked when it came in)."""
    return adding_alcohol and not already_checked and not has_alcohol(lines_before)


def check_has_closing_time(
    weekly: Mapping[int, tuple[Interval, ...]], *, day_label: str | None = None
) -> None:
    """The prefectoral order always sets a closing time: hours can't switch the rule off.

    ``weekly`` is the week's hours, or ``{0: intervals}`` of one exceptional date with its
    ``day_label``.
    """
    always_open = days_without_closing(weekly)
    if always_open:
        which = day_label or WEEKDAY_NAMES[always_open[0]]
        raise ScheduleError(
            f"Horaires refusés : {which} n'a aucune heure de fermeture. Saisissez les horaires "
            "de l'arrêté préfectoral, qui fixe toujours une fermeture"
        )


def alcohol_allowed_at(hours: OpeningHours, local_dt: dt.datetime) -> bool:
    """Is selling alcohol allowed at this aware local moment under the prefectoral order?"""
    return hours.is_open_at(local_dt)


def check_legal_hours(
    hours: OpeningHours, lines: Iterable[LineFacts], local_dt: dt.datetime
) -> None:
    """Raise OutsideLegalHours (with the next allowed time) for alcohol out of hours."""
    if has_alcohol(lines) and not alcohol_allowed_at(hours, local_dt):
        raise OutsideLegalHours(hours.next_opening(local_dt))


def check_not_on_credit(lines: Iterable[LineFacts], *, on_account_cents: Cents) -> None:
    """The account may pay at most the non-alcoholic part (a tab paid before leaving is
    not credit). Same rule as ``domain.payments.settle``, for a cart before its payment."""
    facts = list(lines)
    alcohol = sum(line.net_cents for line in facts if line.is_alcohol)
    total = sum(line.net_cents for line in facts)
    if on_account_cents > 0 and alcohol > 0 and on_account_cents > total - alcohol:
        raise NoAlcoholOnCredit(ALCOHOL_ON_CREDIT_MESSAGE)


def check_no_open_bar(lines: Iterable[LineFacts]) -> None:
    """No alcohol given away: a zero price, or a discount taking its whole price."""
    for line in lines:
        if (
            line.is_alcohol
            and line.qty_milli > 0
            and (line.unit_price_cents <= 0 or line.net_cents <= 0)
        ):
            raise OpenBarRefused(line.label)


def alcohol_line_indexes(lines: Sequence[LineFacts]) -> list[int]:
    """Indexes of the alcoholic lines, those a refusal removes (the rest of the ticket stays)."""
    return [index for index, line in enumerate(lines) if line.is_alcohol]


# --- gentle reminder and designated driver ------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReminderPolicy:
    threshold_drinks: int
    window_minutes: int

    def __post_init__(self) -> None:
        if not 1 <= self.threshold_drinks <= 50:
            raise UserError("Le rappel doit venir après 1 à 50 boissons alcoolisées")
        if not 15 <= self.window_minutes <= 24 * 60:
            raise UserError("La durée observée pour le rappel va de 15 minutes à 24 heures")


@dataclass(frozen=True, slots=True)
class Drink:
    """An alcoholic line added to a tab: when, and how many (thousandths)."""

    added_at: dt.datetime  # aware
    qty_milli: MilliQty


def needs_reminder(
    policy: ReminderPolicy,
    drinks: Iterable[Drink],
    now: dt.datetime,
    last_reminder_at: dt.datetime | None = None,
) -> bool:
    """True when the tab reached the threshold of alcoholic drinks within the window.

    Drinks counted before the last reminder don't count again, so the next reminder comes
    after another ``threshold_drinks`` drinks within a window.
    """
    since = now.astimezone(dt.UTC) - dt.timedelta(minutes=policy.window_minutes)
    if last_reminder_at is not None:
        since = max(since, last_reminder_at.astimezone(dt.UTC))
    until = now.astimezone(dt.UTC)
    count = sum(d.qty_milli for d in drinks if since < d.added_at.astimezone(dt.UTC) <= until)
    return count >= policy.threshold_drinks * 1000


@dataclass(frozen=True, slots=True)
class SamOffer:
    """The designated driver's soft drinks: a discount (10000 = free) on up to N drinks."""

    discount_bp: int = 10000
    max_drinks: int = 3

    def __post_init__(self) -> None:
        if not 1 <= self.discount_bp <= 10000:
            raise UserError("La remise SAM va de 0,01 % à 100 % (boisson offerte)")
        if not 1 <= self.max_drinks <= 10:
            raise UserError("Le SAM peut recevoir de 1 à 10 boissons sans alcool")


@dataclass(frozen=True, slots=True)
class SamGift:
    line_index: int
    units: int
    discount_cents: Cents


def sam_discounts(lines: Sequence[LineFacts], offer: SamOffer) -> list[SamGift]:
    """The SAM's discounted soft drinks: whole units, up to the cap, in cart order.

    Only non-alcoholic drinks with a price and no discount yet; alcohol never.
    """
    left = offer.max_drinks
    gifts: list[SamGift] = []
    for index, line in enumerate(lines):
        units = min(line.qty_milli // 1000, left)
        if (
            units <= 0
            or not line.is_soft_drink
            or line.discount_cents
            or line.unit_price_cents <= 0
        ):
            continue
        cents = percent_of(line.unit_price_cents, offer.discount_bp) * units
        if cents > 0:
            gifts.append(SamGift(index, units, cents))
            left -= units
    return gifts


# --- indicators and catalogue --------------------------------------------------------------


def non_alcoholic_share(non_alcoholic_milli: MilliQty, drinks_milli: MilliQty) -> str:
    """Share of non-alcoholic drinks in the drinks sold, "0.62" (two decimals, "0.00" if none)."""
    if drinks_milli <= 0:
        return "0.00"
    hundredths = round_half_up(Decimal(max(non_alcoholic_milli, 0)) * 100 / Decimal(drinks_milli))
    return f"{hundredths // 100}.{hundredths % 100:02d}"


@dataclass(frozen=True, slots=True)
class DrinkProduct:
    name: str
    price_cents: Cents
    is_alcohol: bool
    is_drink: bool


def _words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return set(re.split(r"[^a-z]+", plain))


def is_free_water(product: DrinkProduct) -> bool:
    """ "Carafe d'eau" at 0,00 €: a free, non-alcoholic item whose name says water."""
    return product.price_cents == 0 and not product.is_alcohol and "eau" in _words(product.name)


def catalogue_warnings(active_products: Iterable[DrinkProduct]) -> list[str]:
    """What the settings page and the dashboard must show about the drinks on sale."""
    products = list(active_products)
    soft = sum(1 for p in products if p.is_drink and not p.is_alcohol)
    warnings = []
    if soft < MIN_NON_ALCOHOLIC_DRINKS:
        warnings.append(
            f"Seulement {soft} boisson(s) sans alcool active(s) : la loi en demande au moins "
            f"{MIN_NON_ALCOHOLIC_DRINKS} à la carte (article L3323-1 du Code de la santé publique)"
        )
    if not any(is_free_water(p) for p in products):
        warnings.append(
            "Aucune carafe d'eau gratuite à la carte : ajoutez un article « Carafe d'eau » à 0,00 €"
        )
    return warnings
