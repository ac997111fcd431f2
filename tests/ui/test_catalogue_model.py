"""The products table model, without any widget: French display, raw values to sort."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cafe_pos.services.catalogue import ProductView
from cafe_pos.ui.catalogue.model import (
    COL_BARCODES,
    COL_NAME,
    COL_PRICE,
    COL_STATUS,
    COL_VAT,
    PRODUCT_ROLE,
    SORT_ROLE,
    ProductTableModel,
)

BASE = ProductView(
    id=1,
    name="Café",
    short_label="Café",
    category_id=1,
    category_name="Cafés & thés",
    price_cents=150,
    vat_onsite_bp=1000,
    vat_takeaway_bp=550,
    is_alcohol=False,
    abv_tenths=None,
    is_drink=True,
    third_party=False,
    meal_voucher_ok=False,
    unit="piece",
    barcodes=(),
    quick_key=True,
    position=0,
    active=True,
    deposit_product_id=None,
    track_stock=False,
)


def rows() -> list[ProductView]:
    return [
        BASE,
        replace(BASE, id=2, name="Comté 18 mois", price_cents=2490, unit="kg", vat_onsite_bp=550),
        replace(
            BASE, id=3, name="Énergie bar", price_cents=995, barcodes=("3017620422003", "40084107")
        ),
        replace(
            BASE,
            id=4,
            name="Pastis",
            price_cents=123450,
            vat_onsite_bp=2000,
            vat_takeaway_bp=2000,
            active=False,
        ),
    ]


def test_display_is_french_and_sort_role_is_raw(qapp: QApplication) -> None:
    model = ProductTableModel()
    model.set_rows(rows())
    assert model.rowCount() == 4
    assert model.index(0, COL_PRICE).data() == "1,50 €"
    assert model.index(1, COL_PRICE).data() == "24,90 € / kg"
    assert model.index(3, COL_PRICE).data() == "1 234,50 €"
    assert model.index(0, COL_VAT).data() == "10 % / 5,5 %"
    assert model.index(3, COL_VAT).data() == "20 %"
    assert model.index(2, COL_BARCODES).data() == "3017620422003 (+1)"
    assert model.index(3, COL_STATUS).data() == "Archivé"
    assert model.index(3, COL_PRICE).data(SORT_ROLE) == 123450
    assert model.index(2, COL_NAME).data(SORT_ROLE) == "energie bar"
    assert model.index(1, COL_NAME).data(PRODUCT_ROLE).id == 2


def test_sorting_by_price_sorts_amounts_not_text(qapp: QApplication) -> None:
    model = ProductTableModel()
    model.set_rows(rows())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(COL_PRICE, Qt.SortOrder.AscendingOrder)
    prices = [proxy.index(row, COL_PRICE).data() for row in range(proxy.rowCount())]
    # As text "9,95 €" would come after "24,90 €" and "1 234,50 €" first.
    assert prices == ["1,50 €", "9,95 €", "24,90 € / kg", "1 234,50 €"]
    proxy.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(row, COL_NAME).data() for row in range(proxy.rowCount())]
    assert names == ["Café", "Comté 18 mois", "Énergie bar", "Pastis"]  # É sorts as E


def test_set_rows_resets_the_model(qtbot: QtBot, qapp: QApplication) -> None:
    model = ProductTableModel()
    model.set_rows(rows())
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.set_rows(rows()[:1])
    assert model.rowCount() == 1
    assert model.row_of(1) == 0 and model.row_of(4) is None
