"""The Caisse and Rapports screens driven like a manager would: count the float, record
a cash out, count the drawer at night, give the reason of the difference, get the Z."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, cell_text, child
from reports_factory import CATALOGUE, MANAGER, LineSpec, sell
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services import cash
from cafe_pos.store.models.printing import PrintJob
from cafe_pos.store.models.sales import Ticket
from cafe_pos.ui.cash.cash_section import PAGE_CLOSING, PAGE_DONE, PAGE_OPEN, CashSection
from cafe_pos.ui.cash.counting import PiecesEdit
from cafe_pos.ui.reports.charts import BarChart, HeatMap
from cafe_pos.ui.reports.reports_section import ReportsSection


def type_count(qtbot: QtBot, widget: CashSection, stage: str, value: int, pieces: int) -> None:
    counter = widget.open_counter if stage == "open" else widget.close_counter
    edit = child(counter, PiecesEdit, f"count_{value}")
    edit.clear()
    qtbot.keyClicks(edit, str(pieces))


def confirm_z(qtbot: QtBot, widget: CashSection) -> None:
    """The question before the Z: answered "Clôturer (Z)"."""
    box = widget.z_confirm
    assert box.isVisible()
    close = child(box, QPushButton, "zConfirmClose")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)


def error_dialog(widget: CashSection) -> QMessageBox | None:
    boxes = [box for box in widget.findChildren(QMessageBox, "errorDialog") if box.isVisible()]
    return boxes[-1] if boxes else None


def test_a_day_at_the_drawer(qtbot: QtBot, ctx: ServiceContext, clock: FixedClock) -> None:
    widget = CashSection(ctx, lambda: MANAGER)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    # morning: count the float, 2 × 50 € + 5 × 10 € = 150 €
    type_count(qtbot, widget, "open", 5000, 2)
    type_count(qtbot, widget, "open", 1000, 5)
    assert "150,00 €" in widget.open_counter.total_label.text()
    qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert widget.pages.currentIndex() == PAGE_OPEN
    assert "150,00 €" in widget.session_label.text()

    # sales in cash and a supplier paid from the drawer
    clock.advance(hours=3)
    sell(ctx, clock.now(), [LineSpec(CATALOGUE[4], 3000)])  # 19,50 € cash
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("out"))
    widget.reason_combo.setCurrentIndex(widget.reason_combo.findData("supplier"))
    qtbot.keyClicks(widget.amount_edit, "45,50")
    qtbot.keyClicks(widget.note_edit, "Livraison boissons")
    qtbot.mouseClick(widget.movement_button, Qt.MouseButton.LeftButton)
    assert widget.movements_table.rowCount() == 1
    assert "Fournisseur payé en espèces — Livraison boissons" in cell_text(
        widget.movements_table, 0, 1
    )
    assert "124,00 €" in widget.expected_label.text()  # 150 + 19,50 − 45,50

    # night: count 120 €, 4 € missing
    clock.advance(hours=10)
    qtbot.mouseClick(widget.close_button, Qt.MouseButton.LeftButton)
    assert widget.pages.currentIndex() == PAGE_CLOSING
    type_count(qtbot, widget, "close", 5000, 2)
    type_count(qtbot, widget, "close", 1000, 2)
    assert "Manque de 4,00 €" in widget.difference_label.text()
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    box = error_dialog(widget)
    assert box is not None and "indiquez-en la raison" in box.text()
    box.close()
    assert widget.pages.currentIndex() == PAGE_CLOSING
    assert cash.current_session(ctx) is not None  # nothing recorded

    qtbot.keyClicks(widget.reason_edit, "Erreur de rendu monnaie")
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    confirm_z(qtbot, widget)
    assert widget.pages.currentIndex() == PAGE_DONE
    assert "Manque de 4,00 €" in widget.done_label.text()
    figures = widget.z_view.figures
    assert figures is not None and figures.kind == "z" and figures.closed
    assert figures.total_cents == 1950
    assert "Erreur de rendu monnaie" in widget.z_view.text.toPlainText()
    # the Z went to the printer and was saved as PDF in the reports folder
    qtbot.waitUntil(lambda: widget.z_view.last_pdf is not None, timeout=15000)
    assert Path(widget.z_view.last_pdf or "").name == "Z-2026-11-26.pdf"
    with ctx.uow() as uow:
        kinds = uow.session.scalars(select(PrintJob.kind)).all()
    assert kinds == ["z"]


def test_x_reading_opens_without_closing(
    qtbot: QtBot, ctx: ServiceContext, clock: FixedClock
) -> None:
    cash.open_session(ctx, MANAGER, {2000: 1})
    sell(ctx, clock.now(), [LineSpec(CATALOGUE[0])])
    widget = CashSection(ctx, lambda: MANAGER)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseClick(widget.x_button, Qt.MouseButton.LeftButton)
    assert widget.x_dialog is not None and widget.x_dialog.isVisible()
    assert "Lecture (X) du 26/11/2026" in child(widget.x_dialog, type(widget.z_view)).title.text()
    assert cash.current_session(ctx) is not None


def test_reports_screen_shows_today_the_week_and_the_month(
    qtbot: QtBot, ctx: ServiceContext, clock: FixedClock
) -> None:
    for days_ago, count in ((2, 3), (1, 2), (0, 4)):
        day = dt.date(2026, 11, 26) - dt.timedelta(days=days_ago)
        for hour in range(count):
            sell(
                ctx,
                dt.datetime.combine(day, dt.time(8 + hour), tzinfo=PARIS),
                [LineSpec(CATALOGUE[1])],
            )
    clock.set(dt.datetime(2026, 11, 26, 18, 0, tzinfo=PARIS))
    widget = ReportsSection(ctx, lambda: MANAGER)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    assert widget.cards["tickets"].value.text() == "4"
    assert widget.cards["total"].value.text() == "12,00 €"
    week = child(widget, BarChart, "weekChart")
    assert [value for _, value in week.points][-3:] == [900, 600, 1200]
    month = child(widget, BarChart, "monthChart")
    assert len(month.points) == 30 and month.points[25] == ("26", 1200)
    heat = child(widget, HeatMap)
    assert heat.cells[(3, 8)] == 300  # Thursday 8h
    image = widget.grab()  # paints both charts: no crash, real pixels
    assert not image.isNull()

    widget.date_edit.setDate(widget.date_edit.date().addDays(-2))
    qtbot.mouseClick(child(widget, QPushButton, "zButton"), Qt.MouseButton.LeftButton)
    assert widget.view.figures is not None and widget.view.figures.period == "2026-11-24"
    assert "provisoire" in widget.view.text.toPlainText()  # not closed: a reading only
    qtbot.mouseClick(widget.view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.view.last_pdf is not None, timeout=15000)
    assert Path(widget.view.last_pdf or "").exists()


def test_counting_keys_refuse_negatives_and_step_with_plus_minus(qtbot: QtBot) -> None:
    from cafe_pos.ui.cash.counting import CountingWidget

    counter = CountingWidget()
    qtbot.addWidget(counter)
    edit = child(counter, PiecesEdit, "count_200")
    qtbot.keyClicks(edit, "-3")  # the minus sign is not accepted
    assert edit.value() == 3
    plus = [b for b in counter.findChildren(QPushButton) if b.text() == "+"]
    minus = [b for b in counter.findChildren(QPushButton) if b.text() == "−"]
    assert len(plus) == len(minus) == 15
    coin_2 = list(counter.spins).index(200)  # notes first, then coins, largest first
    qtbot.mouseClick(plus[coin_2], Qt.MouseButton.LeftButton)
    assert edit.value() == 4
    for _ in range(6):
        qtbot.mouseClick(minus[coin_2], Qt.MouseButton.LeftButton)
    assert edit.value() == 0  # never below zero
    qtbot.mouseClick(plus[coin_2], Qt.MouseButton.LeftButton)
    assert counter.counts() == {200: 1} and "2,00 €" in counter.total_label.text()


def test_the_z_asks_first_says_what_stays_open_and_never_stops_the_cafe(
    qtbot: QtBot, ctx: ServiceContext, clock: FixedClock
) -> None:
    """Issue 11 item 2: confirmation with the open tabs, and sales go on after the Z."""
    from cafe_pos.domain.cart import Cart, SaleItem
    from cafe_pos.domain.payments import PaymentInput
    from cafe_pos.services import selling, tabs

    coffee = SaleItem(None, "Café", "Boissons chaudes", 150, 1000, 1000, is_drink=True)

    cash.open_session(ctx, MANAGER, {5000: 2})
    clock.advance(hours=2)
    sell(ctx, clock.now(), [LineSpec(CATALOGUE[0])])
    tab = tabs.open_tab(ctx, MANAGER, "Table 4")
    round_ = Cart()
    round_.add(coffee)
    tabs.add_to_tab(ctx, MANAGER, tab.id, round_)
    widget = CashSection(ctx, lambda: MANAGER)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseClick(widget.close_button, Qt.MouseButton.LeftButton)
    expected = cash.expected_cash(ctx).expected_cents
    type_count(qtbot, widget, "close", 1, expected)
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    box = widget.z_confirm
    assert box.isVisible()
    assert "26/11/2026" in box.text() and "1 ardoise(s) encore ouverte(s)" in box.text()
    # no dangerous default: Enter (or Escape) cancels, nothing is sealed
    assert box.defaultButton().objectName() == "zConfirmCancel"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(  # answered "Annuler", and deleted once closed
        lambda: not [b for b in widget.findChildren(QMessageBox, "zConfirm") if b.isVisible()]
    )
    assert cash.current_session(ctx) is not None
    assert widget.pages.currentIndex() == PAGE_CLOSING
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    confirm_z(qtbot, widget)
    assert widget.pages.currentIndex() == PAGE_DONE
    qtbot.waitUntil(lambda: widget.z_view.last_pdf is not None, timeout=15000)
    # after the Z, the café keeps selling: the next business day, its own drawer session
    clock.advance(minutes=30)
    after = Cart()
    after.add(coffee)
    sold = selling.checkout(ctx, MANAGER, after, [PaymentInput("cash", 150, 150)], token="after-z")
    assert sold.ticket_number is not None
    with ctx.uow() as uow:
        day = uow.session.scalar(select(Ticket.business_date).order_by(Ticket.id.desc()))
    assert day == dt.date(2026, 11, 27)
    qtbot.mouseClick(widget.findChild(QPushButton, "newSessionButton"), Qt.MouseButton.LeftButton)
    assert widget.pages.currentIndex() != PAGE_DONE
    opened = cash.current_session(ctx)  # the cash sale opened the drawer of the 27th
    assert opened is not None and opened.business_date == dt.date(2026, 11, 27)
    assert opened.float_cents == 10000


def test_reports_label_each_figure_and_open_on_the_z_just_sealed(
    qtbot: QtBot, ctx: ServiceContext, clock: FixedClock
) -> None:
    """Issue 11 item 16: the week chart's figure on the axis is the best day, labelled so,
    and the week's total is in the title; after the Z, Rapports opens on the Z just sealed
    (not "Lecture X : rien n'est clôturé" about a closed day)."""
    from cafe_pos.services import reporting

    for days_ago, count in ((2, 3), (1, 2), (0, 4)):
        day = dt.date(2026, 11, 26) - dt.timedelta(days=days_ago)
        for hour in range(count):
            sell(
                ctx,
                dt.datetime.combine(day, dt.time(8 + hour), tzinfo=PARIS),
                [LineSpec(CATALOGUE[1])],
            )
    reporting.z_report(ctx, MANAGER, dt.date(2026, 11, 24))
    reporting.z_report(ctx, MANAGER, dt.date(2026, 11, 25))
    clock.set(dt.datetime(2026, 11, 26, 18, 0, tzinfo=PARIS))
    widget = ReportsSection(ctx, lambda: MANAGER)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    week = child(widget, BarChart, "weekChart")
    assert week.title == "7 derniers jours : 27,00 € au total"  # 9 + 6 + 12 €
    assert week.peak_caption() == "meilleur jour : 12 €"  # the tallest bar, said so
    assert "Lecture (X) du 26/11/2026" in widget.cards_label.text()
    assert widget.view.figures is not None and widget.view.figures.kind == "x"

    reporting.z_report(ctx, MANAGER, dt.date(2026, 11, 26))  # the Z, made in Caisse
    widget.hide()  # the manager goes to Caisse, then back to Rapports
    widget.show()
    shown = widget.view.figures
    assert shown is not None and shown.kind == "z" and shown.closed
    assert widget.view.title.text() == "Clôture journalière (Z) du 26/11/2026"
    assert "Période clôturée" in widget.view.text.toPlainText()
    assert "Lecture X" not in widget.view.text.toPlainText()
    assert "Clôture journalière (Z) du 26/11/2026" in widget.cards_label.text()
    assert widget.cards["total"].value.text() == "12,00 €"

    # a sale after the Z belongs to the next service period: its X is what Rapports shows
    from cafe_pos.domain.cart import Cart, SaleItem
    from cafe_pos.domain.payments import PaymentInput
    from cafe_pos.services import selling

    clock.advance(minutes=30)
    after = Cart()
    after.add(SaleItem(None, "Café", "Boissons chaudes", 150, 1000, 1000, is_drink=True))
    selling.checkout(ctx, MANAGER, after, [PaymentInput("card", 150)], token="after-z")
    qtbot.mouseClick(widget.findChild(QPushButton, "xTodayButton"), Qt.MouseButton.LeftButton)
    assert widget.view.title.text() == "Lecture (X) du 27/11/2026"
    widget.hide()
    widget.show()
    assert widget.view.figures is not None and widget.view.figures.period == "2026-11-27"
    assert widget.cards["tickets"].value.text() == "1"


def test_staff_see_before_counting_that_the_z_needs_a_manager_asked_inline(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    """Issue 11 item 11: Léo (staff) is told on the Caisse screen, before counting the
    drawer, that the Z is a manager's; the manager's PIN is asked inline at once, and the
    Z is then made in her name. Camille (manager) is never asked her own PIN."""
    from cafe_pos.ui.widgets.manager_pin import ManagerPinDialog

    leo, camille = actor_of("Léo"), actor_of("Camille")
    if cash.current_session(demo_ctx) is None:  # the demo's drawer may be open already
        cash.open_session(demo_ctx, leo, {2000: 1})
    widget = CashSection(demo_ctx, lambda: leo)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.pages.currentIndex() == PAGE_OPEN
    assert widget.rights_label.isVisible() and "gérant" in widget.rights_label.text()
    assert "code gérant" in widget.close_button.text()
    qtbot.mouseClick(widget.close_button, Qt.MouseButton.LeftButton)
    pin = widget.pin_dialog
    assert isinstance(pin, ManagerPinDialog) and pin.isVisible()
    assert widget.pages.currentIndex() == PAGE_OPEN  # nothing counted before the approval
    qtbot.keyClicks(pin.pin_edit, "0000")  # Léo's own code is not a manager's
    qtbot.mouseClick(pin.ok_button, Qt.MouseButton.LeftButton)
    assert pin.isVisible() and widget.pages.currentIndex() == PAGE_OPEN
    qtbot.keyClicks(pin.pin_edit, "123456")
    qtbot.mouseClick(pin.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.pages.currentIndex() == PAGE_CLOSING)  # now it is counted
    expected = cash.expected_cash(demo_ctx).expected_cents
    type_count(qtbot, widget, "close", 1, expected)  # counted right: no reason to give
    qtbot.mouseClick(widget.confirm_button, Qt.MouseButton.LeftButton)
    confirm_z(qtbot, widget)
    assert widget.pages.currentIndex() == PAGE_DONE
    qtbot.waitUntil(lambda: widget.z_view.last_pdf is not None, timeout=15000)  # its worker
    closed = cash.last_session(demo_ctx)
    assert closed is not None and closed.closed_by == "Camille"  # the approving manager

    manager_view = CashSection(demo_ctx, lambda: camille)
    qtbot.addWidget(manager_view)
    manager_view.show()
    cash.open_session(demo_ctx, camille, {2000: 1})
    manager_view.refresh()
    assert not manager_view.rights_label.isVisible()
    assert "code gérant" not in manager_view.close_button.text()
    qtbot.mouseClick(manager_view.close_button, Qt.MouseButton.LeftButton)
    assert manager_view.pin_dialog is None  # no PIN of her own
    assert manager_view.pages.currentIndex() == PAGE_CLOSING
