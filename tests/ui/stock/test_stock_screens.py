"""The Stock section's screens on a real demo café, offscreen: reception by scanning,
the list with its filters and value, a count, a loss, an order's PDF and CSV, and the
sale screen refusing a yoghurt past its DLC (and offering a markdown past a DDM)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QMessageBox, QTableView
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor
from cafe_pos.services import stock, stock_deliveries
from cafe_pos.services.selling import scan
from cafe_pos.services.stock_deliveries import DeliveryInput, DeliveryLineInput
from cafe_pos.ui.sale.sale_screen import SaleScreen
from cafe_pos.ui.stock.common import StockPage
from cafe_pos.ui.stock.stock_section import StockSection
from cafe_pos.ui.stock.till import StockDateGuards

YOGHURT = "3760012300334"
MILK = "3760012300297"


def _scan(qtbot: QtBot, field: QLineEdit, code: str) -> None:
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _section(qtbot: QtBot, demo_ctx: ServiceContext, actor: Actor) -> StockSection:
    section = StockSection(demo_ctx, lambda: actor)
    qtbot.addWidget(section)
    section.resize(1280, 800)
    section.show()
    return section


Page = TypeVar("Page", bound=StockPage)


def _show(section: StockSection, page: Page) -> Page:
    """Bring a page of the section to the front (reloaded) and return it."""
    section.show_page(section.pages.index(page))
    return page


def _pid(ctx: ServiceContext, code: str) -> int:
    item = scan(ctx, code).item
    assert item is not None and item.product_id is not None
    return item.product_id


def test_reception_by_scanning_then_list_shows_level_and_value(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    section = _section(qtbot, demo_ctx, manager)
    page = _show(section, section.reception_page)
    _scan(qtbot, page.scan, MILK)
    _scan(qtbot, page.scan, MILK)
    _scan(qtbot, page.scan, "6*" + MILK)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).qty_milli == 8000  # 1 + 1 + 6 scans
    assert page.set_cell(0, page.model.COL_PRICE, "0,80")
    assert not page.set_cell(0, page.model.COL_PRICE, "-3")
    assert "négatif" in page.message.text()
    page.note_total.setText("9,00")  # wrong: the lines make 6,40
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "ne correspond pas" in page.message.text()
    assert stock.stock_value(demo_ctx) == 0  # nothing written
    page.note_total.setText("6,40")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None and page.last_result.total_cents == 640
    assert page.model.rowCount() == 0
    listing = _show(section, section.list_page)
    listing.search.setText("Lait demi")
    rows = listing.model.rows()
    assert [(r.qty_milli, r.average_cost, r.value_cents) for r in rows] == [(8000, 80, 640)]
    assert "6,40 €" in listing.value_label.text()
    qtbot.mouseClick(listing.filter_buttons["negative"], Qt.MouseButton.LeftButton)
    assert all(r.qty_milli < 0 for r in listing.model.rows())
    qtbot.mouseClick(listing.filter_buttons["all"], Qt.MouseButton.LeftButton)
    listing.table.selectRow(0)
    qtbot.mouseClick(listing.history_button, Qt.MouseButton.LeftButton)
    assert listing.dialog is not None
    history = child(listing.dialog, QTableView).model()
    assert history.rowCount() == 1 and history.data(history.index(0, 1)) == "Réception"
    listing.dialog.accept()


def test_reception_refuses_past_use_by_date(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    stock.set_stock_settings(
        demo_ctx, manager, _pid(demo_ctx, YOGHURT), stock.StockSettings(0, 0, "use_by")
    )
    section = _section(qtbot, demo_ctx, manager)
    page = _show(section, section.reception_page)
    _scan(qtbot, page.scan, YOGHURT)
    assert "saisissez la date" in page.message.text()
    page.set_cell(0, page.model.COL_PRICE, "1,10")
    page.set_cell(0, page.model.COL_DATE, "25/11/2026")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "DLC dépassée" in page.message.text()
    assert page.last_result is None


def test_count_page_scans_and_validates_once(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    stock_deliveries.receive(
        demo_ctx,
        manager,
        DeliveryInput(None, [DeliveryLineInput(_pid(demo_ctx, MILK), 10_000, 80)]),
    )
    section = _section(qtbot, demo_ctx, manager)
    page = _show(section, section.count_page)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.count_id is not None
    for _ in range(3):
        _scan(qtbot, page.scan, MILK)
    _scan(qtbot, page.scan, "7*" + MILK)  # typed before the scan: 7 on the shelf
    lines = page.model.rows()
    assert [(ln.expected_milli, ln.counted_milli, ln.value_cents) for ln in lines] == [
        (10_000, 7000, -240)
    ]
    qtbot.mouseClick(page.validate_button, Qt.MouseButton.LeftButton)
    assert page.sheet is not None and page.sheet.status == "validated"
    assert not page.validate_button.isEnabled()
    assert stock.stock_list(demo_ctx, search="Lait demi").rows[0].qty_milli == 7000


def test_losses_page_records_a_loss_in_one_tap(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    staff = actor_of("Léo")
    stock_deliveries.receive(
        demo_ctx, staff, DeliveryInput(None, [DeliveryLineInput(_pid(demo_ctx, MILK), 5000, 80)])
    )
    section = _section(qtbot, demo_ctx, staff)
    page = _show(section, section.losses_page)
    _scan(qtbot, page.scan, MILK)
    page.qty.setText("2")
    qtbot.mouseClick(page.reason_buttons["broken"], Qt.MouseButton.LeftButton)
    assert page.last_loss is not None and page.last_loss.value_cents == 160
    assert "Casse : 1,60 €" in page.month_label.text()


def test_orders_page_writes_pdf_and_csv(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    manager = actor_of("Camille")
    supplier = stock.save_supplier(demo_ctx, manager, stock.SupplierData("Épicerie Centrale"))
    stock.link_product(
        demo_ctx,
        manager,
        _pid(demo_ctx, MILK),
        supplier,
        reference="LAIT1",
        pack_size=6,
        last_cost_cents=80,
    )
    stock.set_stock_settings(
        demo_ctx, manager, _pid(demo_ctx, MILK), stock.StockSettings(4000, 12_000)
    )
    section = _section(qtbot, demo_ctx, manager)
    page = _show(section, section.orders_page)
    assert [ln.packs for ln in page.model.rows()] == [2]  # empty shelf: up to 12, packs of 6
    page.model.setData(page.model.index(0, page.model.COL_PACKS), "3")
    assert "14,40 €" in page.total_label.text()
    written = page.order(tmp_path)
    assert written is not None
    pdf, csv_path = written
    assert pdf.exists() and csv_path.read_text(encoding="utf-8").splitlines()[1].startswith(
        "LAIT1;Lait demi-écrémé 1 L;3;6;18;0.80;14.40"
    )


def _sale_screen(qtbot: QtBot, ctx: ServiceContext, actor: Actor) -> SaleScreen:
    guards = StockDateGuards(ctx, lambda: actor)
    screen = SaleScreen(ctx, lambda: actor, guards=guards)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    return screen


def _click_when_shown(guards: StockDateGuards, text: str) -> None:
    def click() -> None:
        box = guards.last_box
        if box is None or not box.isVisible():
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text() == text:
                button.click()
                return

    QTimer.singleShot(20, click)


def test_till_refuses_a_yoghurt_past_its_dlc_and_records_the_loss(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    yoghurt = _pid(demo_ctx, YOGHURT)
    stock.set_stock_settings(demo_ctx, manager, yoghurt, stock.StockSettings(0, 0, "use_by"))
    earlier = dataclasses.replace(demo_ctx, clock=FixedClock(dt.datetime(2026, 11, 20, 9, 0)))
    stock_deliveries.receive(
        earlier,
        manager,
        DeliveryInput(
            None,
            [
                DeliveryLineInput(yoghurt, 3000, 110, expires_on=dt.date(2026, 11, 25)),
                DeliveryLineInput(yoghurt, 4000, 110, expires_on=dt.date(2026, 12, 2)),
            ],
        ),
    )
    screen = _sale_screen(qtbot, demo_ctx, manager)
    guards = screen.guards
    assert isinstance(guards, StockDateGuards)
    _click_when_shown(guards, "Fermer")
    screen.scan_code(YOGHURT)
    assert screen.cart.is_empty
    assert (
        guards.last_box is not None
        and "DLC dépassée depuis le 25/11/2026" in guards.last_box.text()
    )
    assert "vente interdite" in guards.last_box.text()
    _click_when_shown(guards, "Enregistrer le lot en démarque")
    screen.scan_code(YOGHURT)
    assert screen.cart.is_empty
    assert stock.stock_list(demo_ctx, search="Yaourts").rows[0].qty_milli == 4000
    screen.scan_code(YOGHURT)  # the next lot is fresh: sold
    assert len(screen.cart.lines) == 1


def test_till_offers_a_markdown_past_the_ddm(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    milk = _pid(demo_ctx, MILK)
    stock.set_stock_settings(demo_ctx, manager, milk, stock.StockSettings(0, 0, "best_before"))
    earlier = dataclasses.replace(demo_ctx, clock=FixedClock(dt.datetime(2026, 11, 20, 9, 0)))
    stock_deliveries.receive(
        earlier,
        manager,
        DeliveryInput(None, [DeliveryLineInput(milk, 3000, 80, expires_on=dt.date(2026, 11, 24))]),
    )
    screen = _sale_screen(qtbot, demo_ctx, manager)
    guards = screen.guards
    assert isinstance(guards, StockDateGuards)
    _click_when_shown(guards, "Vendre avec la remise")
    screen.scan_code(MILK)
    assert isinstance(guards.last_box, QMessageBox)
    assert "DDM dépassée" in guards.last_box.text()
    line = screen.cart.lines[0]
    assert line.line_discount is not None and line.line_discount.value == 3000
    assert line.total_cents == 94  # 1,35 € less 30 % (0,405 rounded half-up to 0,41)


def test_reception_against_an_order_then_margins_of_the_month(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    from cafe_pos.domain.cart import Cart
    from cafe_pos.domain.payments import PaymentInput
    from cafe_pos.services import stock_reorder
    from cafe_pos.services.selling import checkout, sale_item

    manager = actor_of("Camille")
    milk = _pid(demo_ctx, MILK)
    supplier = stock.save_supplier(demo_ctx, manager, stock.SupplierData("Épicerie Centrale"))
    stock.link_product(demo_ctx, manager, milk, supplier, pack_size=6, last_cost_cents=80)
    stock.set_stock_settings(demo_ctx, manager, milk, stock.StockSettings(4000, 12_000))
    order_id = stock_reorder.save_order(
        demo_ctx, manager, stock_reorder.suggest_order(demo_ctx, supplier)
    )
    section = _section(qtbot, demo_ctx, manager)
    page = _show(section, section.reception_page)
    page.supplier.setCurrentIndex(page.supplier.findData(supplier))
    page.order.setCurrentIndex(page.order.findData(order_id))
    page.take_order()
    assert [(r.qty_milli, r.pack_size, r.price_cents) for r in page.model.rows()] == [
        (2000, 6, 480)
    ]
    page.set_cell(0, page.model.COL_QTY, "1")  # one pack short
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.last_result is not None
    vs = stock_reorder.ordered_vs_delivered(demo_ctx, order_id)
    assert [(v.ordered_milli, v.delivered_milli) for v in vs] == [(12_000, 6000)]
    assert page.order.findData(order_id) == -1  # received: no longer offered
    cart = Cart()
    cart.add(sale_item(demo_ctx, milk), 2000)
    checkout(demo_ctx, manager, cart, [PaymentInput("card", cart.total_cents)], token=cart.token)
    listing = _show(section, section.list_page)
    dialog = listing.show_margins()
    assert dialog is not None
    model = child(dialog, QTableView).model()
    # 2 × 1,35 € TTC at 5,5 % = 2,56 € HT; cost 2 × 0,80 €
    assert [model.data(model.index(0, c)) for c in range(5)] == [
        "Épicerie", "2", "2,56 €", "1,60 €", "0,96 €",
    ]  # fmt: skip
    dialog.accept()
