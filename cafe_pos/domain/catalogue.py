"""Catalogue rules: what a valid category and a valid product are (pure, no database).

``validate_category`` and ``validate_product`` return a normalised copy of the input or
raise ``CatalogueError`` with one French sentence. The rules that need the database
(unique name, barcode used by another product, existing category) live in
``cafe_pos.services.catalogue``.

French VAT (BOI-TVA-LIQ-30-10-10): alcoholic drinks (≥ 1.2 % vol) are at 20 % on site and
to take away; 2.1 % is only for the press, which is collected for a third party; money
collected for others (press, stamps, services) is at 2.1 % or 0 %, the same on site and to
take away.

A category's usual rates are those most of its products have (``usual_rates``): a new
product, or one moved to another category or given other rates, must have them unless
the manager confirms the difference (``rates_confirmed``) — a jam in Épicerie (5.5 %) saved
at 20 % is a slip, a chocolate bar there at 20 % is the law (confectionery). Alcohol and
sales for a third party are left to their own rules above.

Names are limited to what the counter can show: a product's name fits one line of a
42-column receipt (and a 48-column one beside its amount), a category's name its key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cafe_pos.domain.barcodes import validate_barcode
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.text import TextError, one_line
from cafe_pos.domain.vat import FRENCH_VAT_RATES, VAT_0, VAT_2_1, VAT_20, format_rate

MAX_PRICE_CENTS = 999_999  # 9 999,99 €
MAX_NAME_LENGTH = 42  # a product: one line of a 42-column receipt (80 mm rolls have 48)
MAX_CATEGORY_NAME_LENGTH = 24  # a category key: two lines of twelve
MAX_SHORT_LABEL_LENGTH = 24
MAX_BARCODES = 10
ALCOHOL_MIN_ABV_TENTHS = 12  # 1.2 % vol: below, not an alcoholic drink in French law
MAX_ABV_TENTHS = 900
UNITS = ("piece", "kg")
UNIT_LABELS = {"piece": "pièce", "kg": "kg"}
DEFAULT_COLOUR = "#607d8b"

_COLOUR_RE = re.compile(r"^#[0-9a-f]{6}$")


class CatalogueError(UserError, ValueError):
    """A product or category input that breaks a catalogue rule."""


@dataclass(frozen=True, slots=True)
class CategoryInput:
    name: str
    position: int = 0
    colour: str = DEFAULT_COLOUR
    active: bool = True


@dataclass(frozen=True, slots=True)
class ProductInput:
    name: str
    short_label: str
    category_id: int | None
    price_cents: int  # tax included; per kg when unit == "kg"
    vat_onsite_bp: int
    vat_takeaway_bp: int
    is_alcohol: bool = False
    abv_tenths: int | None = None  # % vol × 10
    is_drink: bool = False
    third_party: bool = False
    meal_voucher_ok: bool = False
    unit: str = "piece"
    barcodes: tuple[str, ...] = ()
    quick_key: bool = True
    position: int = 0
    active: bool = True
    deposit_product_id: int | None = None
    track_stock: bool = True
    rates_confirmed: bool = False  # rates other than its category's, on purpose (not stored)


def clean_name(text: str, *, what: str, max_length: int) -> str:
    """Strip and collapse spaces; refuse empty, too long or control characters."""
    try:
        cleaned = one_line(text, what)
    except TextError as exc:  # a CatalogueError: the CSV import refuses the line only
        raise CatalogueError(str(exc)) from exc
    if not cleaned:
        raise CatalogueError(f"{what} est obligatoire")
    if len(cleaned) > max_length:
        raise CatalogueError(
            f"{what} est trop long ({len(cleaned)} caractères, {max_length} au plus)"
        )
    return cleaned


def validate_colour(colour: str) -> str:
    cleaned = colour.strip().lower()
    if not _COLOUR_RE.match(cleaned):
        raise CatalogueError(f"Couleur invalide : « {colour.strip()[:20]} » (format #rrvvbb)")
    return cleaned


def validate_category(data: CategoryInput) -> CategoryInput:
    name = clean_name(data.name, what="Le nom de la catégorie", max_length=MAX_CATEGORY_NAME_LENGTH)
    if not 0 <= data.position <= 9999:
        raise CatalogueError("La position doit être comprise entre 0 et 9999")
    return replace(data, name=name, colour=validate_colour(data.colour))


def format_abv(abv_tenths: int) -> str:
    """45 -> "4,5 % vol"."""
    units, tenth = divmod(abv_tenths, 10)
    return f"{units} % vol" if tenth == 0 else f"{units},{tenth} % vol"


def _check_rates(data: ProductInput) -> None:
    for rate in (data.vat_onsite_bp, data.vat_takeaway_bp):
        if rate not in FRENCH_VAT_RATES:
            raise CatalogueError(
                f"Taux de TVA inconnu : {format_rate(rate)} % (20, 10, 5,5, 2,1 ou 0)"
            )
    if data.third_party:
        if data.vat_onsite_bp != data.vat_takeaway_bp or data.vat_onsite_bp not in (VAT_2_1, VAT_0):
            raise CatalogueError(
                "Un produit vendu pour le compte d'un tiers (presse, timbres, services) "
                "est à 2,1 % (presse) ou 0 %, le même taux sur place et à emporter"
            )
    elif VAT_2_1 in (data.vat_onsite_bp, data.vat_takeaway_bp):
        raise CatalogueError(
            "Le taux de 2,1 % est réservé à la presse, vendue pour le compte de l'éditeur : "
            "cochez « pour le compte d'un tiers »"
        )
    if data.is_alcohol and (data.vat_onsite_bp != VAT_20 or data.vat_takeaway_bp != VAT_20):
        raise CatalogueError("Une boisson alcoolisée est à 20 % de TVA, sur place comme à emporter")


RatePair = tuple[int, int]  # (on site, take away) in basis points


def usual_rates(pairs: list[RatePair]) -> RatePair | None:
    """The rates most products of a category have (the first met on a tie); None when the
    category has no product yet."""
    if not pairs:
        return None
    counts: dict[RatePair, int] = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    return max(counts, key=lambda pair: counts[pair])


class RatesUnusual(CatalogueError):
    """A product's VAT rates differ from its category's: confirm them or change them."""

    field = "vat_onsite_bp"


def check_category_rates(data: ProductInput, category: str, usual: RatePair | None) -> None:
    """Refuse rates other than the category's usual ones unless ``rates_confirmed``."""
    if usual is None or data.rates_confirmed or data.is_alcohol or data.third_party:
        return
    if (data.vat_onsite_bp, data.vat_takeaway_bp) == usual:
        return
    raise RatesUnusual(
        f"Les articles de « {category} » sont à {format_rate(usual[0])} % sur place et "
        f"{format_rate(usual[1])} % à emporter, celui-ci à {format_rate(data.vat_onsite_bp)} % "
        f"et {format_rate(data.vat_takeaway_bp)} % : choisissez les taux de la catégorie, ou "
        "confirmez ce taux s'il est voulu (confiserie, chocolat, non alimentaire : 20 %)"
    )


def _check_alcohol(data: ProductInput) -> None:
    abv = data.abv_tenths
    if abv is not None and not 0 <= abv <= MAX_ABV_TENTHS:
        raise CatalogueError("Degré d'alcool invalide (entre 0 et 90 % vol)")
    if data.is_alcohol:
        if abv is None:
            raise CatalogueError("Indiquez le degré d'alcool (% vol) d'une boisson alcoolisée")
        if abv < ALCOHOL_MIN_ABV_TENTHS:
            raise CatalogueError(
                f"À {format_abv(abv)}, ce n'est pas une boisson alcoolisée (1,2 % vol au moins)"
            )
        if data.third_party:
            raise CatalogueError("Une boisson alcoolisée ne peut pas être vendue pour un tiers")
        if data.meal_voucher_ok:
            raise CatalogueError("Les titres-restaurant ne paient pas l'alcool")
    elif abv is not None and abv >= ALCOHOL_MIN_ABV_TENTHS:
        raise CatalogueError(
            f"À {format_abv(abv)}, c'est une boisson alcoolisée : cochez « alcool »"
        )


def validate_barcodes(codes: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Validate and normalise each code; duplicates removed, order kept."""
    seen: list[str] = []
    for code in codes:
        if not code.strip():
            continue
        normalised = validate_barcode(code)
        if normalised not in seen:
            seen.append(normalised)
    if len(seen) > MAX_BARCODES:
        raise CatalogueError(f"Trop de codes-barres ({len(seen)}, {MAX_BARCODES} au plus)")
    return tuple(seen)


def validate_product(data: ProductInput) -> ProductInput:
    """Return a normalised copy of a product input, or raise CatalogueError / BarcodeError."""
    name = clean_name(data.name, what="Le nom du produit", max_length=MAX_NAME_LENGTH)
    short = " ".join(data.short_label.split()) or name[:MAX_SHORT_LABEL_LENGTH].strip()
    short = clean_name(short, what="Le libellé de touche", max_length=MAX_SHORT_LABEL_LENGTH)
    if not 0 <= data.price_cents <= MAX_PRICE_CENTS:
        raise CatalogueError(
            f"Prix invalide : {format_eur(data.price_cents)} (entre 0,00 € et "
            f"{format_eur(MAX_PRICE_CENTS)})"
        )
    if data.unit not in UNITS:
        raise CatalogueError(f"Unité inconnue : « {data.unit} » (pièce ou kg)")
    _check_rates(data)
    _check_alcohol(data)
    if data.third_party and data.meal_voucher_ok:
        raise CatalogueError("Les titres-restaurant ne paient pas les ventes pour un tiers")
    if not 0 <= data.position <= 9999:
        raise CatalogueError("La position doit être comprise entre 0 et 9999")
    return replace(
        data,
        name=name,
        short_label=short,
        is_drink=data.is_drink or data.is_alcohol,
        abv_tenths=data.abv_tenths if data.is_alcohol or data.abv_tenths else None,
        barcodes=validate_barcodes(data.barcodes),
    )
