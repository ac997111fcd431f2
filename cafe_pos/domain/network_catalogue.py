"""The network catalogue (HQ → cafés): reference products with a suggested price and, per
negotiated supplier, a capped purchase price. Pure rules, no I/O (docs/hq-sync.md §7):

- the CSV format HQ staff maintain it in (``parse_csv`` / ``csv_rows``), one line per
  product and negotiated supplier;
- its wire form (``to_wire`` / ``from_wire``) and the content hash that tells whether an
  import changed anything (a new version number only then);
- what a café should be shown against its own catalogue (``proposals``): new products,
  a changed suggested price, VAT or category, changed caps — and which price the manager
  set themselves (never overwritten without asking);
- whether a purchase price is above the cap (``above_cap``).

Prices: the suggested price is tax included (TTC) like the café's sale prices; a cap is a
purchase price per unit excluding VAT (HT), discounts included, like a reception line's
unit cost.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cafe_pos.domain.barcodes import BarcodeError, validate_barcode
from cafe_pos.domain.catalogue import ALCOHOL_MIN_ABV_TENTHS
from cafe_pos.domain.catalogue_csv import parse_abv, parse_bool
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import MoneyError, parse_amount
from cafe_pos.domain.text import fold
from cafe_pos.domain.vat import VatError, check_rate, format_rate, parse_rate

COLUMNS: tuple[str, ...] = (
    "reference",
    "ean",
    "nom",
    "categorie",
    "tva_sur_place",
    "tva_a_emporter",
    "prix_conseille",
    "degre",
    "boisson",
    "fournisseur",
    "siret_fournisseur",
    "prix_achat_plafond",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("reference", "nom", "tva_sur_place", "prix_conseille")
MAX_REFERENCE = 20
MAX_NAME = 80
MAX_PRODUCTS = 20_000
MAX_PRICE_CENTS = 999_999


class NetworkCatalogueError(UserError, ValueError):
    """A network catalogue file or message that can't be used (French, one line)."""


@dataclass(frozen=True, slots=True)
class Cap:
    """A negotiated supplier's capped purchase price for one product (per unit, HT)."""

    supplier: str
    cap_cents: int
    supplier_siret: str = ""


@dataclass(frozen=True, slots=True)
class NetworkProduct:
    reference: str  # HQ's stable reference of the product
    name: str
    vat_onsite_bp: int
    vat_takeaway_bp: int
    suggested_price_cents: int  # TTC
    ean: str = ""
    category: str = ""
    abv_tenths: int | None = None  # % vol × 10 for an alcoholic drink (45 = 4.5 %)
    is_drink: bool = False  # counts in the responsible-sale share of drinks
    caps: tuple[Cap, ...] = ()


# --- CSV ---------------------------------------------------------------------------------


def check_header(header: Sequence[str]) -> list[str]:
    names = [h.strip().lower().lstrip("\ufeff") for h in header]
    while names and not names[-1]:
        names.pop()
    missing = [n for n in REQUIRED_COLUMNS if n not in names]
    unknown = [n for n in names if n not in COLUMNS]
    if missing or unknown:
        detail = (
            f"colonnes manquantes : {', '.join(missing)}"
            if missing
            else f"colonnes inconnues : {', '.join(unknown)[:80]}"
        )
        raise NetworkCatalogueError(
            f"Ce fichier n'est pas un catalogue du réseau ({detail}) : la première ligne doit "
            f"nommer les colonnes séparées par « ; » ({';'.join(COLUMNS)})"
        )
    if len(set(names)) != len(names):
        raise NetworkCatalogueError("Le catalogue du réseau nomme deux fois la même colonne")
    return names


def _text(value: str, what: str, limit: int) -> str:
    text = " ".join(value.split())
    if len(text) > limit:
        raise NetworkCatalogueError(f"{what} trop long ({limit} caractères au plus)")
    if any(ord(c) < 32 for c in text):
        raise NetworkCatalogueError(f"{what} contient un caractère de contrôle")
    return text


def _price(text: str, what: str) -> int:
    try:
        cents = parse_amount(text)
    except MoneyError as exc:
        raise NetworkCatalogueError(f"{what} : {exc}") from exc
    if cents <= 0 or cents > MAX_PRICE_CENTS:
        raise NetworkCatalogueError(f"{what} : entre 0,01 et 9 999,99 € attendu")
    return cents


def _rate(text: str, what: str) -> int:
    try:
        return parse_rate(text)
    except VatError as exc:
        raise NetworkCatalogueError(f"{what} : {exc}") from exc


def _siret(text: str) -> str:
    digits = "".join(text.split())
    if digits and not (len(digits) == 14 and digits.isdigit() and digits.isascii()):
        raise NetworkCatalogueError(f"SIRET du fournisseur invalide : « {text} » (14 chiffres)")
    return digits


def _abv(text: str) -> int | None:
    cleaned = text.strip().replace("%", "").strip()
    if not cleaned:
        return None
    try:
        tenths = parse_abv(cleaned)
    except UserError as exc:
        raise NetworkCatalogueError(str(exc)) from exc
    if tenths is not None and tenths < ALCOHOL_MIN_ABV_TENTHS:
        return None
    return tenths


def _yes(text: str) -> bool:
    try:
        return parse_bool(text, column="boisson", default=False)
    except UserError as exc:
        raise NetworkCatalogueError(str(exc)) from exc


def _row_product(row: Mapping[str, str]) -> tuple[NetworkProduct, Cap | None]:
    reference = _text(row.get("reference", ""), "La référence", MAX_REFERENCE)
    if not reference:
        raise NetworkCatalogueError("référence manquante")
    name = _text(row.get("nom", ""), "Le nom", MAX_NAME)
    if not name:
        raise NetworkCatalogueError("nom du produit manquant")
    ean = ""
    if row.get("ean", "").strip():
        try:
            ean = validate_barcode(row["ean"])
        except BarcodeError as exc:
            raise NetworkCatalogueError(str(exc)) from exc
    onsite = _rate(row.get("tva_sur_place", ""), "TVA sur place")
    takeaway_text = row.get("tva_a_emporter", "").strip()
    takeaway = _rate(takeaway_text, "TVA à emporter") if takeaway_text else onsite
    product = NetworkProduct(
        reference=reference,
        name=name,
        vat_onsite_bp=onsite,
        vat_takeaway_bp=takeaway,
        suggested_price_cents=_price(row.get("prix_conseille", ""), "Prix conseillé"),
        ean=ean,
        category=_text(row.get("categorie", ""), "La catégorie", 60),
        abv_tenths=_abv(row.get("degre", "")),
        is_drink=_yes(row.get("boisson", "")),
    )
    supplier = _text(row.get("fournisseur", ""), "Le fournisseur", MAX_NAME)
    cap_text = row.get("prix_achat_plafond", "").strip()
    if bool(supplier) != bool(cap_text):
        raise NetworkCatalogueError(
            "fournisseur et prix d'achat plafonné vont ensemble (les deux ou aucun)"
        )
    cap = None
    if supplier:
        cap = Cap(
            supplier,
            _price(cap_text, "Prix d'achat plafonné"),
            _siret(row.get("siret_fournisseur", "")),
        )
    return product, cap


def parse_csv(rows: Iterable[Sequence[str]]) -> list[NetworkProduct]:
    """The rows of a CSV file (header first) → the catalogue, or NetworkCatalogueError
    naming the first bad line. A product over several lines (one per supplier) must be
    described the same way on each."""
    iterator = iter(rows)
    try:
        header = check_header(next(iterator))
    except StopIteration:
        raise NetworkCatalogueError("Le fichier du catalogue du réseau est vide") from None
    products: dict[str, NetworkProduct] = {}
    first_line: dict[str, int] = {}
    caps: dict[str, list[Cap]] = {}
    eans: dict[str, str] = {}
    for number, cells in enumerate(iterator, start=2):
        if not any(c.strip() for c in cells):
            continue
        row = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)}
        try:
            product, cap = _row_product(row)
        except NetworkCatalogueError as exc:
            raise NetworkCatalogueError(f"Ligne {number} : {exc}") from exc
        known = products.get(product.reference)
        if known is None:
            if product.ean and product.ean in eans:
                raise NetworkCatalogueError(
                    f"Ligne {number} : code EAN {product.ean} déjà donné à la référence "
                    f"{eans[product.ean]}"
                )
            if len(products) >= MAX_PRODUCTS:
                raise NetworkCatalogueError(f"Trop de produits ({MAX_PRODUCTS} au plus)")
            products[product.reference] = product
            first_line[product.reference] = number
            caps[product.reference] = []
            if product.ean:
                eans[product.ean] = product.reference
        elif known != product:
            raise NetworkCatalogueError(
                f"Ligne {number} : la référence {product.reference} est décrite autrement "
                f"ligne {first_line[product.reference]}"
            )
        if cap is not None:
            if any(fold(c.supplier) == fold(cap.supplier) for c in caps[product.reference]):
                raise NetworkCatalogueError(
                    f"Ligne {number} : deux plafonds pour {cap.supplier} sur la référence "
                    f"{product.reference}"
                )
            caps[product.reference].append(cap)
    if not products:
        raise NetworkCatalogueError("Le catalogue du réseau ne contient aucun produit")
    return sorted(
        (
            NetworkProduct(
                **{**_fields(p), "caps": tuple(sorted(caps[ref], key=lambda c: fold(c.supplier)))}
            )
            for ref, p in products.items()
        ),
        key=lambda p: p.reference,
    )


def _fields(product: NetworkProduct) -> dict[str, Any]:
    return {
        "reference": product.reference,
        "name": product.name,
        "vat_onsite_bp": product.vat_onsite_bp,
        "vat_takeaway_bp": product.vat_takeaway_bp,
        "suggested_price_cents": product.suggested_price_cents,
        "ean": product.ean,
        "category": product.category,
        "abv_tenths": product.abv_tenths,
        "is_drink": product.is_drink,
    }


def format_price(cents: int) -> str:
    units, rest = divmod(cents, 100)
    return f"{units},{rest:02d}"


def _abv_text(tenths: int | None) -> str:
    if tenths is None:
        return ""
    units, tenth = divmod(tenths, 10)
    return f"{units},{tenth}" if tenth else str(units)


def csv_rows(products: Sequence[NetworkProduct]) -> list[list[str]]:
    """The export: header, then one line per product and negotiated supplier."""
    rows = [list(COLUMNS)]
    for p in products:
        base = [
            p.reference,
            p.ean,
            p.name,
            p.category,
            format_rate(p.vat_onsite_bp),
            format_rate(p.vat_takeaway_bp),
            format_price(p.suggested_price_cents),
            _abv_text(p.abv_tenths),
            "oui" if p.is_drink else "non",
        ]
        if not p.caps:
            rows.append([*base, "", "", ""])
        for cap in p.caps:
            rows.append([*base, cap.supplier, cap.supplier_siret, format_price(cap.cap_cents)])
    return rows


# --- wire --------------------------------------------------------------------------------


def to_wire(products: Sequence[NetworkProduct]) -> list[dict[str, Any]]:
    return [
        {
            **_fields(p),
            "caps": [
                {
                    "supplier": c.supplier,
                    "supplier_siret": c.supplier_siret,
                    "cap_cents": c.cap_cents,
                }
                for c in p.caps
            ],
        }
        for p in products
    ]


def content_sha256(products: Sequence[NetworkProduct]) -> str:
    text = json.dumps(to_wire(products), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _int(value: Any, what: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise NetworkCatalogueError(f"catalogue du réseau illisible : {what} entier attendu")
    return value


def _str(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise NetworkCatalogueError(f"catalogue du réseau illisible : {what} texte attendu")
    return value


def _abv_wire(value: Any) -> int | None:
    if value is None:
        return None
    tenths = _int(value, "degré")
    return tenths if ALCOHOL_MIN_ABV_TENTHS <= tenths <= 900 else None


def from_wire(items: Any) -> list[NetworkProduct]:
    """HQ's answer → products, every field checked (a bad answer changes nothing)."""
    if not isinstance(items, list):
        raise NetworkCatalogueError("catalogue du réseau illisible : liste de produits attendue")
    products: list[NetworkProduct] = []
    for item in items[:MAX_PRODUCTS]:
        if not isinstance(item, dict):
            raise NetworkCatalogueError("catalogue du réseau illisible : produit mal formé")
        caps = item.get("caps", [])
        if not isinstance(caps, list):
            raise NetworkCatalogueError("catalogue du réseau illisible : plafonds mal formés")
        try:
            product = NetworkProduct(
                reference=_str(item.get("reference"), "référence")[:MAX_REFERENCE],
                name=_str(item.get("name"), "nom")[:MAX_NAME],
                vat_onsite_bp=check_rate(_int(item.get("vat_onsite_bp"), "TVA")),
                vat_takeaway_bp=check_rate(_int(item.get("vat_takeaway_bp"), "TVA")),
                suggested_price_cents=_int(item.get("suggested_price_cents"), "prix"),
                ean=_str(item.get("ean", ""), "EAN")[:14],
                category=_str(item.get("category", ""), "catégorie")[:60],
                abv_tenths=_abv_wire(item.get("abv_tenths")),
                is_drink=item.get("is_drink") is True,
                caps=tuple(
                    Cap(
                        _str(c.get("supplier"), "fournisseur")[:MAX_NAME],
                        _int(c.get("cap_cents"), "plafond"),
                        _str(c.get("supplier_siret", ""), "SIRET")[:14],
                    )
                    for c in caps
                    if isinstance(c, dict)
                ),
            )
        except VatError as exc:
            raise NetworkCatalogueError(f"catalogue du réseau illisible : {exc}") from exc
        if not product.reference or not product.name:
            raise NetworkCatalogueError("catalogue du réseau illisible : produit sans référence")
        products.append(product)
    return products


# --- what the café is shown ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CafeProduct:
    """A café product as compared (its own price, VAT and category)."""

    id: int
    name: str
    barcodes: tuple[str, ...]
    category: str
    price_cents: int
    vat_onsite_bp: int
    vat_takeaway_bp: int


@dataclass(frozen=True, slots=True)
class Applied:
    """What the café last took (or found identical) from the network for a reference."""

    product_id: int
    price_cents: int
    vat_onsite_bp: int
    vat_takeaway_bp: int
    category: str
    caps: str  # caps_key() of the caps seen


@dataclass(frozen=True, slots=True)
class CapChange:
    supplier: str
    before_cents: int | None  # None: a new negotiated supplier
    after_cents: int | None  # None: no longer capped


@dataclass(frozen=True, slots=True)
class Proposal:
    """One network product that differs from the café's catalogue."""

    reference: str
    name: str
    product_id: int | None  # None: new to the café
    network: NetworkProduct
    cafe_price_cents: int | None = None
    price_changed: bool = False  # the suggested price differs and is new to the café
    manager_price: bool = False  # ... and the café's price was set by the manager
    vat_changed: bool = False
    cafe_vat: tuple[int, int] | None = None
    category_changed: bool = False
    cafe_category: str = ""
    cap_changes: tuple[CapChange, ...] = field(default=())

    @property
    def is_new(self) -> bool:
        return self.product_id is None

    @property
    def needs_choice(self) -> bool:
        """Applying it would replace a price the manager chose: ask which one."""
        return self.manager_price


def caps_key(caps: Iterable[Cap]) -> str:
    return ";".join(f"{fold(c.supplier)}={c.cap_cents}" for c in sorted(caps, key=_cap_order))


def _cap_order(cap: Cap) -> str:
    return fold(cap.supplier)


def _caps_of(key: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in key.split(";"):
        if "=" in part:
            name, _, cents = part.rpartition("=")
            out[name] = int(cents)
    return out


def match(
    network: NetworkProduct,
    applied: Mapping[str, Applied],
    by_id: Mapping[int, CafeProduct],
    by_code: Mapping[str, CafeProduct],
    by_name: Mapping[str, CafeProduct],
) -> CafeProduct | None:
    """The café's product for a network reference: the one it was applied to, else the
    same EAN, else the same name (case and accents ignored)."""
    link = applied.get(network.reference)
    if link is not None and link.product_id in by_id:
        return by_id[link.product_id]
    if network.ean and network.ean in by_code:
        return by_code[network.ean]
    return by_name.get(fold(network.name))


def proposal_for(
    network: NetworkProduct, cafe: CafeProduct | None, applied: Applied | None
) -> Proposal | None:
    """What differs between a network product and the café's (None: nothing to show).

    A field is proposed only when the network's value is new to the café (differs from
    what was last applied); a price the manager changed after applying stays theirs until
    the network changes its suggested price again, and then both are shown."""
    if cafe is None:
        return Proposal(network.reference, network.name, None, network)
    if applied is not None and applied.product_id != cafe.id:
        applied = None
    price_new = network.suggested_price_cents != cafe.price_cents and (
        applied is None or applied.price_cents != network.suggested_price_cents
    )
    manager_price = price_new and (applied is None or applied.price_cents != cafe.price_cents)
    vat_net = (network.vat_onsite_bp, network.vat_takeaway_bp)
    vat_cafe = (cafe.vat_onsite_bp, cafe.vat_takeaway_bp)
    vat_new = vat_net != vat_cafe and (
        applied is None or (applied.vat_onsite_bp, applied.vat_takeaway_bp) != vat_net
    )
    category_new = (
        bool(network.category)
        and fold(network.category) != fold(cafe.category)
        and (applied is None or fold(applied.category) != fold(network.category))
    )
    before = _caps_of(applied.caps) if applied is not None else {}
    changes = []
    for cap in sorted(network.caps, key=_cap_order):
        old = before.pop(fold(cap.supplier), None)
        if old != cap.cap_cents:
            changes.append(CapChange(cap.supplier, old, cap.cap_cents))
    changes.extend(CapChange(name, cents, None) for name, cents in sorted(before.items()))
    if not (price_new or vat_new or category_new or changes):
        return None
    return Proposal(
        network.reference,
        network.name,
        cafe.id,
        network,
        cafe_price_cents=cafe.price_cents,
        price_changed=price_new,
        manager_price=manager_price,
        vat_changed=vat_new,
        cafe_vat=vat_cafe,
        category_changed=category_new,
        cafe_category=cafe.category,
        cap_changes=tuple(changes),
    )


def above_cap(unit_cost_cents: int, cap_cents: int) -> bool:
    """A purchase above the network's cap (the same price is within it)."""
    return unit_cost_cents > cap_cents
