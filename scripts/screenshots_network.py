"""The network catalogue's screenshots (added to ``screenshots.SCREENS`` by
``add_screens``): Réglages → Catalogue du réseau at 1280×800 and 1024×768 — the demo café's
simulated week stored a version "received from HQ" with a new product, a manager's price
beside the suggested one, a category change and supplier caps — and a reception of the
drinks supplier with a line above the network's cap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

COCA = "5449000000996"
SMALL = (1024, 768)


def _catalogue(shot: Any) -> QWidget:
    window = shot.settings_page("Catalogue du réseau")
    return window


def _catalogue_small(shot: Any) -> QWidget:
    size = shot.size
    shot.size = SMALL
    try:
        return _catalogue(shot)
    finally:
        shot.size = size


def _reception(shot: Any) -> QWidget:
    from cafe_pos.domain.money import format_eur

    window = shot.section("stock", shot.manager)
    page = window.section_widget("stock").show_page(1)
    page.supplier.setCurrentIndex(max(page.supplier.findText("Boissons d'Auvergne"), 0))
    page.scan_code("4*" + COCA)
    cost = page.model.row_at(0).price_cents
    page.set_cell(0, page.model.COL_PRICE, format_eur(cost + 12).replace(" €", ""))
    page.note_ref.setText("BL-2611-02")
    return window


def add_screens(register: Callable[[str], Callable[[Any], Any]]) -> None:
    register("network-catalogue")(_catalogue)
    register("network-catalogue-1024x768")(_catalogue_small)
    register("reception-above-cap")(_reception)
