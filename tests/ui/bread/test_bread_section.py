"""The "Dépôt de pain" section driven like a person would: real widgets, offscreen, on a
fresh demo café (real migrations, real services)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.bread import CommissionKind, ContractKind, ReservationItem
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.store.models.bread import BreadReservation
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.sales import Ticket
from cafe_pos.ui.bread.bread_section import BreadSection
from cafe_pos.ui.bread.order_page import QTY_COLUMN


def _product(ctx: ServiceContext, name: str) -> int:
    with ctx.uow() as uow:
        return uow.session.execute(select(Product.id).where(Product.name == name)).scalar_one()


@pytest.fixture
def baker(demo_ctx: ServiceContext, actor_of: ActorOf) -> int:
    manager = actor_of("Camille")
    view = bread.save_baker(
        demo_ctx,
        manager,
        bread.BakerInput(
            "Fournil du Bourg", ContractKind.SALE_OR_RETURN, CommissionKind.PERCENT, 1200
        ),
    )
    for name in ("Baguette", "Baguette tradition", "Croissant"):
        bread.link_product(demo_ctx, manager, view.id, _product(demo_ctx, name))
    return view.id


def _section(qtbot: QtBot, demo_ctx: ServiceContext, actor: Actor) -> BreadSection:
    section = BreadSection(demo_ctx, lambda: actor)
    qtbot.addWidget(section)
    section.resize(1050, 760)
    section.show()
    return section


def _click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _tickets(ctx: ServiceContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Ticket)) or 0)


def test_one_tap_on_a_reservation_rings_the_sale(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    demo_clock: FixedClock,
    baker: int,
    actor_of: ActorOf,
) -> None:
    staff = actor_of("Léo")
    tradition = _product(demo_ctx, "Baguette tradition")
    today = dt.date(2026, 11, 26)
    bread.save_reservation(
        demo_ctx,
        staff,
        bread.ReservationInput(
            "Mme Roux", (ReservationItem(tradition, 2),), today, None, frozenset({0, 1, 2, 3, 4, 5})
        ),
    )
    demo_clock.set(dt.datetime(2026, 11, 26, 8, 0, tzinfo=PARIS))
    section = _section(qtbot, demo_ctx, staff)
    page = section.pickups
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 4)) == "À retirer"
    _click_row(qtbot, page.view, 0)
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 4)).startswith("Retirée"))
    assert _tickets(demo_ctx) == 1
    _click_row(qtbot, page.view, 0)  # a second tap does not sell it twice
    assert _tickets(demo_ctx) == 1


def test_tomorrow_order_saved_locked_then_reopened_with_the_manager_pin(
    qtbot: QtBot, demo_ctx: ServiceContext, baker: int, actor_of: ActorOf
) -> None:
    staff = actor_of("Léo")
    section = _section(qtbot, demo_ctx, staff)
    section.tabs.setCurrentWidget(section.order)
    page = section.order
    assert page.model.rowCount() == 3
    assert page.title.text() == "Commande pour vendredi 27/11/2026"
    page.model.setData(page.model.index(0, QTY_COLUMN), 40)
    assert page.total.text().endswith("40")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    view = bread.order_view(demo_ctx, baker, dt.date(2026, 11, 27))
    assert view.lines[0].qty == 40 and view.status == "open"
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().startswith("Commande dépôt de pain")
    assert not page.save_button.isEnabled() and page.reopen_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    dialog = page.pin_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    child(dialog, QLineEdit, "pinEdit").setText("123456")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.save_button.isEnabled)
    assert bread.order_view(demo_ctx, baker, dt.date(2026, 11, 27)).status == "reopened"


def test_reception_as_ordered_then_end_of_day_closed_once(
    qtbot: QtBot, demo_ctx: ServiceContext, baker: int, actor_of: ActorOf
) -> None:
    manager = actor_of("Camille")
    today = dt.date(2026, 11, 26)
    baguette = _product(demo_ctx, "Baguette")
    bread.reopen_order(demo_ctx, manager, manager, baker, today)
    bread.save_order(demo_ctx, manager, baker, today, {baguette: 30})
    section = _section(qtbot, demo_ctx, manager)
    section.tabs.setCurrentWidget(section.reception)
    page = section.reception
    buttons = [b for b in page.findChildren(type(page.save_button)) if b.text().startswith("Tout")]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert bread.reception_view(demo_ctx, baker, today).received
    section.tabs.setCurrentWidget(section.unsold)
    unsold = section.unsold
    assert unsold.model.rowCount() == 1
    assert unsold.model.value(0, 4) == 30  # nothing sold: all 30 go back to the baker
    unsold.model.setData(unsold.model.index(0, 4), 28)
    unsold.model.setData(unsold.model.index(0, 5), 2)
    qtbot.mouseClick(unsold.confirm_button, Qt.MouseButton.LeftButton)
    assert unsold.confirmed and not unsold.confirm_button.isEnabled()
    done = bread.reconciliation(demo_ctx, baker, today)
    assert done.confirmed and done.lines[0].line.unsold_total == 30


def test_reservation_without_items_is_refused_in_french_and_nothing_written(
    qtbot: QtBot, demo_ctx: ServiceContext, baker: int, actor_of: ActorOf
) -> None:
    section = _section(qtbot, demo_ctx, actor_of("Léo"))
    section.tabs.setCurrentWidget(section.reservations)
    page = section.reservations
    qtbot.keyClicks(page.name_edit, "M. Petit")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorDialog") is not None)
    box = child(page, QMessageBox, "errorDialog")
    assert "au moins un article" in box.text()
    with demo_ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(BreadReservation)) == 0
    page.qty_spins[_product(demo_ctx, "Baguette")].setValue(2)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [r.customer_name for r in page.model.rows] == ["M. Petit"]
    assert "sauf le lundi" in page.model.rows[0].schedule.describe()


def test_new_baker_from_the_form_and_statement_pdf(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    section = _section(qtbot, demo_ctx, actor_of("Camille"))
    section.tabs.setCurrentWidget(section.bakers)
    page = section.bakers
    page.new()
    qtbot.keyClicks(page.name_edit, "Maison Fabre")
    page.contract_combo.setCurrentIndex(page.contract_combo.findData("bought"))
    qtbot.mouseClick(child(page, QPushButton, "saveBaker"), Qt.MouseButton.LeftButton)
    assert [b.name for b in bread.list_bakers(demo_ctx)] == ["Maison Fabre"]
    page.candidate_combo.setCurrentIndex(page.candidate_combo.findText("Baguette (1,10 €)"))
    page.purchase_spin.setValue(70)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in page.products_model.rows] == ["Baguette"]
    section.tabs.setCurrentWidget(section.statements)
    statements = section.statements
    qtbot.mouseClick(statements.pdf_button, Qt.MouseButton.LeftButton)
    assert statements.last_pdf.endswith(".pdf") and Path(statements.last_pdf).stat().st_size > 1000
