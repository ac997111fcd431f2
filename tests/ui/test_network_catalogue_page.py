"""Réglages → Catalogue du réseau on a real demo café, offscreen: a version received from
HQ is shown against the café's catalogue, one product is applied, then all at once — and a
price the manager set is only replaced when they choose so in the dialog. The reception
screen flags a line above the supplier's network cap, and still receives it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.domain import network_catalogue as nc
from cafe_pos.domain.users import Actor
from cafe_pos.services import catalogue, network_catalogue, stock
from cafe_pos.services.selling import scan
from cafe_pos.ui.settings.hq_page import HqSettingsPage
from cafe_pos.ui.settings.network_page import NetworkCataloguePage
from cafe_pos.ui.stock.stock_section import StockSection

MILK = "3760012300297"
SUPPLIER = "Laiterie du Causse"


def _receive_version(ctx: ServiceContext) -> tuple[int, int]:
    """A version where the manager's Expresso price differs from the suggested one, the
    milk is capped at 0,70 € HT for one supplier, and a lemonade is new."""
    expresso = next(p for p in catalogue.search_products(ctx, "Expresso") if p.name == "Expresso")
    milk = scan(ctx, MILK).item
    assert milk is not None and milk.product_id is not None
    products = [
        nc.NetworkProduct("RES-001", "Expresso", expresso.vat_onsite_bp,
                          expresso.vat_takeaway_bp, expresso.price_cents + 20),
        nc.NetworkProduct("RES-002", "Lait demi-écrémé 1 L", 550, 550, milk.price_cents,
                          ean=MILK, caps=(nc.Cap(SUPPLIER, 70),)),
        nc.NetworkProduct("RES-003", "Limonade du réseau 33 cl", 1000, 550, 280,
                          category="Softs", is_drink=True),
    ]  # fmt: skip
    network_catalogue.store_received(ctx, 4, products, dt.datetime(2026, 11, 25, 18))
    return expresso.id, milk.product_id


def _page(qtbot: QtBot, ctx: ServiceContext, actor: Actor) -> NetworkCataloguePage:
    page = NetworkCataloguePage(ctx, lambda: actor)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _names(page: NetworkCataloguePage) -> list[str]:
    return [page.model.row_at(i).reference for i in range(page.model.rowCount())]


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_apply_one_then_all_keeping_the_managers_price(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    expresso_id, _milk = _receive_version(demo_ctx)
    before = catalogue.get_product(demo_ctx, expresso_id).price_cents
    hq_page = HqSettingsPage(demo_ctx, lambda: manager)
    qtbot.addWidget(hq_page)
    assert hq_page.catalogue_label.text() == (
        "Catalogue du réseau : version 4, 3 changement(s) à examiner"
    )
    page = _page(qtbot, demo_ctx, manager)
    assert "Version 4 du catalogue du réseau (3 produits)" in page.status_label.text()
    assert _names(page) == ["RES-003", "RES-001", "RES-002"]  # the new product first
    change = page.model.index(1, page.model.COL_CHANGE).data()
    assert "Prix fixé par vous" in change and "le réseau conseille" in change
    assert (
        "Plafond d'achat Laiterie du Causse : 0,70 € HT"
        in page.model.index(2, page.model.COL_CHANGE).data()
    )

    page.table.selectRow(0)  # the lemonade, alone
    _click(qtbot, page.apply_one_button)
    lemonade = catalogue.search_products(demo_ctx, "Limonade du réseau")
    assert [(p.price_cents, p.category_name) for p in lemonade] == [(280, "Softs")]
    assert _names(page) == ["RES-001", "RES-002"]

    _click(qtbot, page.apply_all_button)  # the Expresso's price was set by the manager
    qtbot.waitUntil(lambda: page.price_box is not None)
    assert page.price_box is not None
    assert "Vous avez fixé vous-même le prix de Expresso" in page.price_box.text()
    assert _names(page) == ["RES-001", "RES-002"]  # nothing applied while it asks
    _click(qtbot, child(page.price_box, QPushButton, "keepMine"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert catalogue.get_product(demo_ctx, expresso_id).price_cents == before
    assert "à jour avec celui du réseau" in page.empty_label.text()


def test_a_managers_price_asks_and_cancel_changes_nothing(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    expresso_id, _milk = _receive_version(demo_ctx)
    before = catalogue.get_product(demo_ctx, expresso_id).price_cents
    page = _page(qtbot, demo_ctx, manager)
    page.table.selectRow(1)
    _click(qtbot, page.apply_one_button)
    qtbot.waitUntil(lambda: page.price_box is not None)
    assert page.price_box is not None
    page.price_box.reject()  # "Annuler"
    qtbot.waitUntil(lambda: page.price_box is None)
    assert catalogue.get_product(demo_ctx, expresso_id).price_cents == before
    assert "RES-001" in _names(page)

    page.table.selectRow(1)
    _click(qtbot, page.apply_one_button)
    qtbot.waitUntil(lambda: page.price_box is not None)
    assert page.price_box is not None
    _click(qtbot, child(page.price_box, QPushButton, "takeNetwork"))
    qtbot.waitUntil(lambda: "RES-001" not in _names(page))
    assert catalogue.get_product(demo_ctx, expresso_id).price_cents == before + 20


def test_reception_above_the_cap_is_flagged_and_received(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    _expresso, milk_id = _receive_version(demo_ctx)
    supplier_id = stock.save_supplier(demo_ctx, manager, stock.SupplierData(SUPPLIER))
    section = StockSection(demo_ctx, lambda: manager)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.show()
    section.show_page(1)
    page = section.reception_page
    page.supplier.setCurrentIndex(page.supplier.findData(supplier_id))
    qtbot.keyClicks(page.scan, MILK)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.set_cell(0, page.model.COL_PRICE, "0,70")  # at the cap: fine
    assert not page.cap_label.isVisible()
    assert page.set_cell(0, page.model.COL_PRICE, "0,82")
    assert page.cap_label.isVisible()
    assert page.cap_label.text() == (
        "Au-dessus du prix plafonné du réseau : Lait demi-écrémé 1 L à 0,82 € HT l'unité, "
        "plafond 0,70 € HT chez Laiterie du Causse"
    )
    _click(qtbot, page.save_button)  # received all the same
    assert page.last_result is not None
    assert [(a.product_id, a.unit_cost_cents, a.cap_cents) for a in page.last_result.above_cap] == [
        (milk_id, 82, 70)
    ]
    assert "au-dessus du plafond du réseau" in page.message.text()
    assert not page.cap_label.isVisible()


def test_check_now_pulls_from_a_real_hq_without_blocking(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    from hq_factory import ThreadedHq

    from cafe_pos.hq import admin
    from cafe_pos.hq import catalogue as hq_catalogue
    from cafe_pos.services import hq_sync
    from cafe_pos.services.identity import get_identity

    manager = actor_of("Camille")
    identity = get_identity(demo_ctx)
    assert identity is not None
    hq = ThreadedHq(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        with hq.sessions() as session:
            admin.add_cafe(session, identity.siret, identity.name)
            code = admin.new_code(session, identity.siret)
            hq_catalogue.publish_demo(session)
        hq_sync.enrol(demo_ctx, manager, hq.base_url, code)
        page = _page(qtbot, demo_ctx, manager)
        assert "Aucun catalogue du réseau reçu" in page.status_label.text()
        _click(qtbot, page.check_button)
        qtbot.waitUntil(lambda: "Version 1 du catalogue" in page.status_label.text(), timeout=15000)
        assert "RES-010" in _names(page)  # the network's lemonade, new to the café
        hq.stop()
        _click(qtbot, page.check_button)  # HQ gone: said on the page, version kept
        qtbot.waitUntil(lambda: page.error_label.isVisible(), timeout=15000)
        assert "injoignable" in page.error_label.text()
        assert "Version 1 du catalogue" in page.status_label.text()
    finally:
        hq.stop()


def test_products_hq_withdraws_are_shown_and_archived_or_kept(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    expresso_id, milk_id = _receive_version(demo_ctx)
    network_catalogue.apply_all(demo_ctx, manager, {"RES-001": "mine"})
    lemonade = catalogue.search_products(demo_ctx, "Limonade du réseau")[0]
    milk = nc.NetworkProduct(
        "RES-002",
        "Lait demi-écrémé 1 L",
        550,
        550,
        catalogue.get_product(demo_ctx, milk_id).price_cents,
        ean=MILK,
        caps=(nc.Cap(SUPPLIER, 70),),
    )
    network_catalogue.store_received(demo_ctx, 5, [milk], dt.datetime(2026, 11, 26, 18))
    page = _page(qtbot, demo_ctx, manager)
    assert page.withdrawn_box.isVisible() and not page.table.isVisible()
    assert "Retirés du catalogue du réseau (2)" in page.withdrawn_label.text()
    shown = [page.withdrawn_model.row_at(i).name for i in range(page.withdrawn_model.rowCount())]
    assert shown == ["Expresso", "Limonade du réseau 33 cl"]
    assert page.withdrawn_model.index(1, 1).data() == "2,80 €"  # the café's price

    page.withdrawn_table.selectRow(1)
    _click(qtbot, page.archive_button)  # the lemonade leaves the sale
    assert not catalogue.get_product(demo_ctx, lemonade.id).active
    assert "Retirés du catalogue du réseau (1)" in page.withdrawn_label.text()
    page.withdrawn_table.selectRow(0)
    _click(qtbot, page.keep_button)  # the Expresso stays, as the café's own
    assert catalogue.get_product(demo_ctx, expresso_id).active
    assert not page.withdrawn_box.isVisible()
    review = network_catalogue.review(demo_ctx)
    assert review.withdrawn == () and review.proposals == ()  # the archived lemonade: not again
