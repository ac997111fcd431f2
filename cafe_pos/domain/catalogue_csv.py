"""The catalogue CSV format (see docs/catalogue-csv.md): columns, parsing and formatting.

Pure text handling: a row (column -> text) becomes a validated ``CsvProduct`` or raises a
``UserError`` whose message is the French reason shown for that line; a product becomes a
row for the export. Reading files and matching names against the database is the
service's job (``cafe_pos.services.catalogue``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from cafe_pos.domain.catalogue import CatalogueError, ProductInput, validate_product
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import parse_amount
from cafe_pos.domain.vat import format_rate, parse_rate

COLUMNS: tuple[str, ...] = (
    "nom",
    "libelle_touche",
    "categorie",
    "prix_ttc",
    "tva_sur_place",
    "tva_a_emporter",
    "alcool",
    "degre",
    "boisson",
    "tiers",
    "titre_restaurant",
    "unite",
    "codes_barres",
    "touche_rapide",
    "position",
    "actif",
    "consigne",
    "suivi_stock",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("nom", "prix_ttc", "tva_sur_place", "tva_a_emporter")

_TRUE = {"oui", "o", "1", "vrai", "x", "yes", "y", "true"}
_FALSE = {"non", "n", "0", "faux", "no", "false", "-"}
_ABV_RE = re.compile(r"^(\d{1,2})(?:[.,](\d))?$")
_CODE_SPLIT_RE = re.compile(r"[|,;/\s]+")


class CsvFormatError(UserError, ValueError):
    """A file or a header that is not the catalogue CSV format."""


@dataclass(frozen=True, slots=True)
class CsvProduct:
    """One valid line: the product (category and deposit not yet resolved) and the names."""

    product: ProductInput
    category_name: str
    deposit_name: str


def check_header(header: list[str]) -> list[str]:
    """Normalised column names; raise CsvFormatError for a header that is not ours."""
    names = [column.strip().lower() for column in header]
    while names and not names[-1]:
        names.pop()  # Excel leaves empty trailing columns
    unknown = [name for name in names if name not in COLUMNS]
    missing = [name for name in REQUIRED_COLUMNS if name not in names]
    if missing or unknown:
        detail = (
            f"colonnes manquantes : {', '.join(missing)}"
            if missing
            else f"colonnes inconnues : {', '.join(unknown)[:80]}"
        )
        raise CsvFormatError(
            f"Ce fichier n'est pas un catalogue cafe-pos ({detail}) : la première ligne doit "
            f"nommer les colonnes, séparées par « ; » ({';'.join(REQUIRED_COLUMNS)};...)"
        )
    if len(set(names)) != len(names):
        raise CsvFormatError("Ce catalogue nomme deux fois la même colonne")
    return names


def parse_bool(text: str, *, column: str, default: bool) -> bool:
    value = text.strip().lower()
    if not value:
        return default
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise CatalogueError(f"Colonne {column} : « {text.strip()[:20]} » n'est ni oui ni non")


def parse_abv(text: str) -> int | None:
    """ "4,5" or "4.5 %" -> 45 tenths; empty -> None."""
    value = text.strip().replace("%", "").replace("vol", "").strip()
    if not value:
        return None
    match = _ABV_RE.match(value)
    if match is None:
        raise CatalogueError(f"Degré d'alcool invalide : « {text.strip()[:20]} » (ex. 4,5)")
    return int(match.group(1)) * 10 + int(match.group(2) or 0)


def parse_barcodes(text: str) -> tuple[str, ...]:
    value = text.strip()
    if re.search(r"\d[.,]\d+E\+?\d+", value, flags=re.IGNORECASE):
        raise CatalogueError(
            f"Code-barres « {value[:20]} » transformé en nombre par le tableur : "
            "mettez la colonne codes_barres au format Texte"
        )
    return tuple(code for code in _CODE_SPLIT_RE.split(value) if code)


def parse_unit(text: str) -> str:
    value = text.strip().lower()
    if value in ("", "piece", "pièce", "pc", "u", "unité"):
        return "piece"
    if value == "kg":
        return "kg"
    raise CatalogueError(f"Unité inconnue : « {text.strip()[:20]} » (pièce ou kg)")


def parse_position(text: str) -> int:
    value = text.strip()
    if not value:
        return 0
    if not (value.isascii() and value.isdigit()):
        raise CatalogueError(f"Position invalide : « {value[:20]} » (un nombre entier)")
    return int(value)


def parse_row(row: Mapping[str, str], base: CsvProduct | None = None) -> CsvProduct:
    """A CSV row (column -> text) into a validated product; raise UserError with the reason.

    Columns absent from the file keep the value of ``base`` (the existing product, for an
    update) or the default of a new product; an empty cell means the default.
    """
    start = base.product if base is not None else None

    def has(name: str) -> bool:
        return name in row

    def col(name: str) -> str:
        return row.get(name) or ""

    for column, what in (
        ("prix_ttc", "Prix manquant"),
        ("tva_sur_place", "Taux de TVA sur place manquant"),
        ("tva_a_emporter", "Taux de TVA à emporter manquant"),
    ):
        if has(column) and not col(column).strip():
            raise CatalogueError(f"{what} (colonne {column})")
    fields: dict[str, object] = {}
    parsers: dict[str, tuple[str, Callable[[str], object]]] = {
        "libelle_touche": ("short_label", str),
        "prix_ttc": ("price_cents", parse_amount),
        "tva_sur_place": ("vat_onsite_bp", parse_rate),
        "tva_a_emporter": ("vat_takeaway_bp", parse_rate),
        "degre": ("abv_tenths", parse_abv),
        "unite": ("unit", parse_unit),
        "codes_barres": ("barcodes", parse_barcodes),
        "position": ("position", parse_position),
    }
    for column, (field, parse) in parsers.items():
        if has(column):
            fields[field] = parse(col(column))
    for column, field, default in _BOOL_COLUMNS:
        if has(column):
            fields[field] = parse_bool(col(column), column=column, default=default)
    if start is None:
        product = ProductInput(
            name=col("nom"),
            short_label="",
            category_id=None,
            price_cents=0,
            vat_onsite_bp=0,
            vat_takeaway_bp=0,
        )
    else:
        product = replace(start, name=col("nom") or start.name)
    product = replace(product, **fields)  # type: ignore[arg-type]
    category = " ".join(col("categorie").split()) if has("categorie") else None
    deposit = " ".join(col("consigne").split()) if has("consigne") else None
    return CsvProduct(
        product=validate_product(product),
        category_name=category if category is not None else (base.category_name if base else ""),
        deposit_name=deposit if deposit is not None else (base.deposit_name if base else ""),
    )


_BOOL_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("alcool", "is_alcohol", False),
    ("boisson", "is_drink", False),
    ("tiers", "third_party", False),
    ("titre_restaurant", "meal_voucher_ok", False),
    ("touche_rapide", "quick_key", True),
    ("actif", "active", True),
    ("suivi_stock", "track_stock", True),
)


def _yes_no(value: bool) -> str:
    return "oui" if value else "non"


def format_price(cents: int) -> str:
    """4,50 style, without thousands separator (spreadsheets read it as a number)."""
    units, rest = divmod(cents, 100)
    return f"{units},{rest:02d}"


def format_row(product: ProductInput, *, category_name: str, deposit_name: str) -> list[str]:
    """The export line of a product, in COLUMNS order."""
    abv = ""
    if product.abv_tenths is not None:
        units, tenth = divmod(product.abv_tenths, 10)
        abv = f"{units},{tenth}" if tenth else str(units)
    return [
        product.name,
        product.short_label,
        category_name,
        format_price(product.price_cents),
        format_rate(product.vat_onsite_bp),
        format_rate(product.vat_takeaway_bp),
        _yes_no(product.is_alcohol),
        abv,
        _yes_no(product.is_drink),
        _yes_no(product.third_party),
        _yes_no(product.meal_voucher_ok),
        "kg" if product.unit == "kg" else "pièce",
        "|".join(product.barcodes),
        _yes_no(product.quick_key),
        str(product.position),
        _yes_no(product.active),
        deposit_name,
        _yes_no(product.track_stock),
    ]
