"""The Stock section's screenshots (added to ``screenshots.SCREENS`` by ``add_screens``):
the list, a product's history, a reception being scanned, a count, the order suggestion,
the losses page, and the sale screen refusing a yoghurt past its DLC / offering a markdown
past a DDM. The demo café's simulated week already has suppliers, deliveries and lots."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cafe_pos.domain.clock import PARIS, FixedClock

YOGHURT = "3760012300334"
MILK = "3760012300297"
BUTTER = "3760012300310"
SPAGHETTI = "3760012300341"


def _stock(shot: Any, page: int) -> tuple[QWidget, Any]:
    window = shot.section("stock", shot.manager)
    section = window.section_widget("stock")
    return window, section.show_page(page)


def _list(shot: Any) -> QWidget:
    window, page = _stock(shot, 0)
    page.category.setCurrentIndex(max(page.category.findText("Épicerie"), 0))
    return window


def _history(shot: Any) -> QWidget:
    _window, page = _stock(shot, 0)
    page.search.setText("Yaourts")
    page.table.selectRow(0)
    page.show_history()
    page.dialog.resize(1000, 560)
    return page.dialog


def _reception(shot: Any) -> QWidget:
    window, page = _stock(shot, 1)
    page.supplier.setCurrentIndex(max(page.supplier.findText("Épicerie Centrale"), 0))
    for code in ("2*" + MILK, BUTTER, "3*" + SPAGHETTI, YOGHURT):
        page.scan_code(code)
    yoghurt_row = page.model.rowCount() - 1
    page.set_cell(yoghurt_row, page.model.COL_DATE, "04/12/2026")
    page.note_ref.setText("BL-48213")
    return window


def _count(shot: Any) -> QWidget:
    from cafe_pos.services import catalogue, stock_counts

    categories = {c.name: c.id for c in catalogue.list_categories(shot.ctx)}
    count_id = stock_counts.start_count(
        shot.ctx, shot.staff, label="Rayon épicerie", category_id=categories.get("Épicerie")
    )
    window, page = _stock(shot, 2)
    page.count_id = count_id
    page.reload()
    for code in (MILK, MILK, "5*" + BUTTER, "3*" + YOGHURT, "11*" + SPAGHETTI):
        page.scan_code(code)
    return window


def _orders(shot: Any) -> QWidget:
    window, page = _stock(shot, 3)
    page.supplier.setCurrentIndex(max(page.supplier.findText("Épicerie Centrale"), 0))
    return window


def _losses(shot: Any) -> QWidget:
    window, page = _stock(shot, 4)
    page.scan_code(BUTTER)
    return window


def _expired_yoghurt(shot: Any, kind: str, code: str) -> None:
    """A lot received a week ago whose date passed yesterday."""
    from cafe_pos.services import stock, stock_deliveries
    from cafe_pos.services.selling import scan
    from cafe_pos.services.stock_deliveries import DeliveryInput, DeliveryLineInput

    item = scan(shot.ctx, code).item
    settings = stock.get_stock_settings(shot.ctx, item.product_id)
    stock.set_stock_settings(
        shot.ctx,
        shot.manager,
        item.product_id,
        dataclasses.replace(settings, date_kind=kind),
    )
    week_ago = dataclasses.replace(
        shot.ctx, clock=FixedClock(dt.datetime(2026, 11, 19, 7, 0, tzinfo=PARIS))
    )
    stock_deliveries.receive(
        week_ago,
        shot.manager,
        DeliveryInput(
            None,
            [DeliveryLineInput(item.product_id, 2000, 110, expires_on=dt.date(2026, 11, 25))],
        ),
    )


def _till_box(shot: Any, kind: str, code: str) -> QWidget:
    from cafe_pos.services import stock_checks
    from cafe_pos.ui.stock.till import StockDateGuards

    _expired_yoghurt(shot, kind, code)
    window = shot.section("sale", shot.staff)
    screen = window.section_widget("sale")
    guards = StockDateGuards(shot.ctx, lambda: shot.staff)
    from cafe_pos.services.selling import scan

    item = scan(shot.ctx, code).item
    check = stock_checks.shelf_check(shot.ctx, item.product_id, item.label)
    box = guards.build_box(screen, check)
    box.show()
    return box


def add_screens(register: Callable[[str], Callable[[Any], Any]]) -> None:
    register("stock-list")(_list)
    register("stock-history")(_history)
    register("stock-reception")(_reception)
    register("stock-count")(_count)
    register("stock-orders")(_orders)
    register("stock-losses")(_losses)
    register("stock-till-dlc")(lambda shot: _till_box(shot, "use_by", YOGHURT))
    register("stock-till-ddm")(lambda shot: _till_box(shot, "best_before", MILK))
