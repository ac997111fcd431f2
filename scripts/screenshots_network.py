"""The network catalogue's screenshots (added to ``screenshots.SCREENS`` by
``add_screens``): Réglages → Catalogue du réseau at 1280×800 and 1024×768 — the demo café's
simulated week stored a version "received from HQ" with a new product, a manager's price
beside the suggested one, a category change and supplier caps — and a reception of the
drinks supplier with a line above the network's cap; and, on a copy of the demo café that
applied that version, the next version withdrawing two of its products."""

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


def _withdrawn(shot: Any) -> QWidget:
    import datetime as dt
    import tempfile
    from pathlib import Path

    from screenshots import Shot, build_demo

    from cafe_pos.domain.clock import to_utc_naive
    from cafe_pos.services import network_catalogue

    copy = build_demo(Path(tempfile.mkdtemp(prefix="cafe-pos-shots-network-")))
    review = network_catalogue.review(copy.ctx)
    products = network_catalogue.stored_products(copy.ctx)
    choices = {p.reference: network_catalogue.MINE for p in review.proposals if p.needs_choice}
    network_catalogue.apply_all(copy.ctx, copy.manager, choices)
    later = [n for n in products if n.reference not in ("RES-002", "RES-100")]
    published = to_utc_naive(copy.ctx.clock.now()) - dt.timedelta(hours=2)
    network_catalogue.store_received(copy.ctx, review.version + 1, later, published)
    return Shot(copy.ctx, copy.manager, copy.staff, shot.size).settings_page("Catalogue du réseau")


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
    register("network-catalogue-withdrawn")(_withdrawn)
