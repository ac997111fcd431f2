"""Product rules a manager or a tax auditor would notice: VAT rates, alcohol, press, units."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cafe_pos.domain.barcodes import BarcodeError
from cafe_pos.domain.catalogue import (
    CatalogueError,
    CategoryInput,
    ProductInput,
    validate_category,
    validate_product,
)
from cafe_pos.domain.catalogue_csv import (
    COLUMNS,
    CsvFormatError,
    check_header,
    format_row,
    parse_row,
)
from cafe_pos.domain.money import MoneyError
from cafe_pos.domain.text import fold, search_key
from cafe_pos.domain.vat import VatError

COFFEE = ProductInput("Expresso", "", None, 140, 1000, 1000, is_drink=True)
BEER = ProductInput("Leffe 33 cl", "Leffe", None, 450, 2000, 2000, is_alcohol=True, abv_tenths=66)
PAPER = ProductInput("Le Monde", "", None, 380, 210, 210, third_party=True)


def test_short_label_defaults_to_the_name_cut_to_the_key_width() -> None:
    product = validate_product(replace(COFFEE, name="  Chocolat   chaud à la   chantilly maison "))
    assert product.name == "Chocolat chaud à la chantilly maison"
    assert product.short_label == "Chocolat chaud à la chan"
    assert len(product.short_label) <= 24


@pytest.mark.parametrize("price", [-1, 1_000_000])
def test_price_outside_0_to_9999_99_is_refused(price: int) -> None:
    with pytest.raises(CatalogueError, match="Prix invalide"):
        validate_product(replace(COFFEE, price_cents=price))


def test_free_water_at_zero_is_allowed() -> None:
    assert validate_product(replace(COFFEE, name="Carafe d'eau", price_cents=0)).price_cents == 0


def test_unknown_vat_rate_is_refused() -> None:
    with pytest.raises(CatalogueError, match="Taux de TVA inconnu : 19,6"):
        validate_product(replace(COFFEE, vat_onsite_bp=1960))


def test_alcohol_needs_its_strength_and_20_percent_everywhere() -> None:
    with pytest.raises(CatalogueError, match="degré"):
        validate_product(replace(BEER, abv_tenths=None))
    with pytest.raises(CatalogueError, match="20 %"):
        validate_product(replace(BEER, vat_takeaway_bp=550))
    with pytest.raises(CatalogueError, match="pas une boisson alcoolisée"):
        validate_product(replace(BEER, abv_tenths=5))
    checked = validate_product(BEER)
    assert checked.is_drink  # counted among drinks for the non-alcoholic share


def test_a_strong_drink_not_flagged_as_alcohol_is_refused() -> None:
    with pytest.raises(CatalogueError, match="cochez « alcool »"):
        validate_product(replace(BEER, is_alcohol=False))


def test_alcohol_free_beer_keeps_its_strength_below_the_legal_threshold() -> None:
    product = validate_product(
        ProductInput("Bière 0,5 %", "", None, 300, 1000, 550, abv_tenths=5, is_drink=True)
    )
    assert not product.is_alcohol and product.abv_tenths == 5


def test_meal_vouchers_never_pay_alcohol_or_third_party_sales() -> None:
    with pytest.raises(CatalogueError, match="titres-restaurant"):
        validate_product(replace(BEER, meal_voucher_ok=True))
    with pytest.raises(CatalogueError, match="titres-restaurant"):
        validate_product(replace(PAPER, meal_voucher_ok=True))


def test_press_is_third_party_at_2_1_percent() -> None:
    assert validate_product(PAPER).third_party
    with pytest.raises(CatalogueError, match="réservé à la presse"):
        validate_product(replace(PAPER, third_party=False))
    with pytest.raises(CatalogueError, match="tiers"):
        validate_product(replace(PAPER, vat_onsite_bp=550, vat_takeaway_bp=550))


def test_unit_is_piece_or_kg() -> None:
    assert validate_product(replace(COFFEE, unit="kg")).unit == "kg"
    with pytest.raises(CatalogueError, match="Unité"):
        validate_product(replace(COFFEE, unit="litre"))


def test_barcodes_are_validated_normalised_and_deduplicated() -> None:
    product = validate_product(replace(COFFEE, barcodes=("036000291452", "0036000291452", " ")))
    assert product.barcodes == ("0036000291452",)
    with pytest.raises(BarcodeError):
        validate_product(replace(COFFEE, barcodes=("5449000000997",)))


def test_names_refuse_control_characters_and_excess_length() -> None:
    with pytest.raises(CatalogueError, match="caractère interdit"):
        validate_product(replace(COFFEE, name="Café\x07"))
    with pytest.raises(CatalogueError, match="trop long"):
        validate_product(replace(COFFEE, name="x" * 121))


def test_category_colour_is_checked() -> None:
    assert validate_category(CategoryInput("Softs", 10, "#0288D1")).colour == "#0288d1"
    with pytest.raises(CatalogueError, match="Couleur"):
        validate_category(CategoryInput("Softs", 10, "blue"))


def test_fold_and_search_key() -> None:
    assert fold("  Crème  BRÛLÉE ") == "creme brulee"
    assert fold("Œuf") == "oeuf"
    assert search_key("L'Équipe") == "l equipe"


def test_csv_row_round_trip() -> None:
    header = check_header(list(COLUMNS))
    product = validate_product(replace(BEER, barcodes=("5449000000996",)))
    cells = format_row(product, category_name="Bières", deposit_name="Consigne")
    parsed = parse_row(dict(zip(header, cells, strict=True)))
    assert parsed.product == product
    assert (parsed.category_name, parsed.deposit_name) == ("Bières", "Consigne")
    assert cells[3] == "4,50" and cells[7] == "6,6"


def test_csv_row_reasons_are_french() -> None:
    base = {"nom": "Café", "prix_ttc": "1,40", "tva_sur_place": "10", "tva_a_emporter": "10"}
    assert parse_row(base).product.price_cents == 140
    with pytest.raises(MoneyError, match="Montant invalide"):
        parse_row(base | {"prix_ttc": "1,4O"})
    with pytest.raises(VatError):
        parse_row(base | {"tva_sur_place": "7"})
    with pytest.raises(CatalogueError, match="ni oui ni non"):
        parse_row(base | {"alcool": "peut-être"})
    with pytest.raises(CatalogueError, match="format Texte"):
        parse_row(base | {"codes_barres": "5,449E+12"})


def test_header_that_is_not_ours_is_refused() -> None:
    with pytest.raises(CsvFormatError, match="colonnes manquantes : prix_ttc"):
        check_header(["nom", "tva_sur_place", "tva_a_emporter"])
    with pytest.raises(CsvFormatError, match="colonnes inconnues : prix"):
        check_header(["nom", "prix", "prix_ttc", "tva_sur_place", "tva_a_emporter"])
    assert check_header(["NOM", "prix_ttc", "tva_sur_place", "tva_a_emporter", "", ""]) == [
        "nom",
        "prix_ttc",
        "tva_sur_place",
        "tva_a_emporter",
    ]
