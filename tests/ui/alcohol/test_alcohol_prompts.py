"""The responsible-sale prompts driven as a cashier would, on a fresh demo café."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from alcohol_ui_helpers import answer_modal, click, counters, item
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.domain.alcohol import AgeCheckOutcome
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services import alcohol
from cafe_pos.ui.alcohol.age_check import AgeCheckDialog
from cafe_pos.ui.alcohol.guards import ResponsibleSaleGuards
from cafe_pos.ui.alcohol.hours import OutsideHoursDialog
from cafe_pos.ui.alcohol.refusal import DrunkRefusalButton
from cafe_pos.ui.alcohol.reminder import ReminderToast, maybe_show_reminder
from cafe_pos.ui.alcohol.sam import SamButton

THURSDAY = dt.date(2026, 11, 26)


@pytest.fixture
def screen(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.resize(1000, 700)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_age_check_dialog_has_three_one_tap_answers(qtbot: QtBot) -> None:
    dialog = AgeCheckDialog("Demi")
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = [dialog.evident_button, dialog.id_button, dialog.refuse_button]
    assert [b.text() for b in buttons] == [
        "Majeur (évident)",
        "Pièce vérifiée",
        "Refuser la vente (mineur)",
    ]
    assert all(b.height() >= 64 for b in buttons)  # touch targets
    qtbot.mouseClick(dialog.id_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is AgeCheckOutcome.ID_CHECKED
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_first_alcoholic_line_asks_the_age_once(
    qtbot: QtBot, screen: Any, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    guards = ResponsibleSaleGuards(demo_ctx, lambda: actor_of("Léo"))
    cart = Cart()
    coke = item(demo_ctx, "Coca")
    assert guards.before_add(screen, cart, coke, 1000)  # no question for a soft drink
    cart.add(coke)
    seen = answer_modal(lambda d: click(d, "ageEvident"))
    demi = item(demo_ctx, "Demi")
    assert guards.before_add(screen, cart, demi, 1000)
    assert len(seen) == 1 and isinstance(seen[0], AgeCheckDialog)
    cart.add(demi)
    assert guards.before_add(screen, cart, item(demo_ctx, "Pinte"), 2000)  # not asked again
    assert counters(demo_ctx) == {"age_check_evident": 1}


def test_minor_refusal_removes_alcohol_and_keeps_the_rest(
    qtbot: QtBot, screen: Any, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    guards = ResponsibleSaleGuards(demo_ctx, lambda: actor_of("Léo"))
    cart = Cart()
    cart.add(item(demo_ctx, "Coca"))
    answer_modal(lambda d: click(d, "ageRefused"))
    assert not guards.before_add(screen, cart, item(demo_ctx, "Demi"), 1000)
    assert [line.label for line in cart.lines] == ["Coca-Cola 33 cl"]
    assert counters(demo_ctx) == {"refusal_minor": 1}


def test_outside_legal_hours_needs_a_manager_override(
    qtbot: QtBot, screen: Any, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    assert isinstance(demo_ctx.clock, FixedClock)
    demo_ctx.clock.set(dt.datetime(2026, 11, 27, 2, 30, tzinfo=PARIS))  # Thursday night
    guards = ResponsibleSaleGuards(demo_ctx, lambda: actor_of("Léo"))
    cart = Cart()
    demi = item(demo_ctx, "Demi")

    def decline(dialog: QDialog) -> None:
        assert "reprise le vendredi 27/11 à 06:00" in child(dialog, QLabel, "hoursMessage").text()
        dialog.reject()

    answer_modal(decline)
    assert not guards.before_add(screen, cart, demi, 1000)
    assert counters(demo_ctx) == {}

    def override(dialog: QDialog) -> None:
        assert isinstance(dialog, OutsideHoursDialog)
        dialog.reason_edit.setText("Concert de la fanfare")
        dialog.pin_edit.setText("0000")  # Léo is not a manager
        dialog.ok_button.click()
        assert dialog.isVisible()
        assert dialog.error_label.text() == "Code gérant·e incorrect"
        dialog.pin_edit.setText("123456")
        dialog.ok_button.click()

    answer_modal(override)
    answer_modal(lambda d: click(d, "ageEvident"))
    assert guards.before_add(screen, cart, demi, 1000)
    cart.add(demi)
    assert guards.before_payment(screen, cart)  # the override covers this cart
    assert counters(demo_ctx) == {"hours_override": 1, "age_check_evident": 1}


def test_drunk_refusal_button_offers_water_and_shows_the_help_line(
    qtbot: QtBot, screen: Any, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    cart = Cart()
    cart.add(item(demo_ctx, "Pinte"))
    cart.add(item(demo_ctx, "Coca"))
    button = DrunkRefusalButton(demo_ctx, lambda: actor_of("Léo"), lambda: cart, parent=screen)
    button.show()
    with qtbot.waitSignal(button.cart_changed, timeout=2000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [line.label for line in cart.lines] == ["Coca-Cola 33 cl"]
    dialog = button.dialog
    assert dialog is not None and dialog.isVisible()
    panel = dialog.panel
    assert "0 980 980 930" in panel.help_label.text()
    assert "Pinte" in panel.removed_label.text()
    qtbot.mouseClick(panel.water_button, Qt.MouseButton.LeftButton)
    assert [line.label for line in cart.lines] == ["Coca-Cola 33 cl", "Carafe d'eau"]
    assert cart.total_cents == 280
    assert not dialog.isVisible()
    assert counters(demo_ctx) == {"refusal_drunk": 1}


def test_reminder_toast_does_not_block_and_goes_away(
    qtbot: QtBot, screen: Any, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    from cafe_pos.services import tabs
    from cafe_pos.services.settings import set_setting

    camille = actor_of("Camille")
    set_setting(demo_ctx, camille, "alcohol.reminder_threshold_drinks", 3)
    tab = tabs.open_tab(demo_ctx, camille, "Table 4")
    round_ = Cart()
    round_.add(item(demo_ctx, "Demi"), 2000)
    tabs.add_to_tab(demo_ctx, camille, tab.id, round_)
    assert maybe_show_reminder(demo_ctx, tab.id, screen) is None
    round_ = Cart()
    round_.add(item(demo_ctx, "Pinte"))
    tabs.add_to_tab(demo_ctx, camille, tab.id, round_)
    toast = maybe_show_reminder(demo_ctx, tab.id, screen)
    assert isinstance(toast, ReminderToast)
    assert toast.isVisible() and not toast.isModal()
    assert QApplication.activeModalWidget() is None  # selling goes on
    assert "eau" in toast.text_label.text()
    assert maybe_show_reminder(demo_ctx, tab.id, screen) is None  # once
    short = ReminderToast("Un verre d'eau ?", screen, timeout_ms=50)
    qtbot.waitUntil(lambda: not short.isVisible(), timeout=2000)
    assert counters(demo_ctx) == {"reminder": 1}


def test_sam_button_gives_the_soft_drinks(
    qtbot: QtBot, screen: Any, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    cart = Cart()
    cart.add(item(demo_ctx, "Pinte"), 2000)
    button = SamButton(demo_ctx, lambda: actor_of("Léo"), lambda: cart, parent=screen)
    assert button.give() == 0  # nothing for the SAM yet: a toast says so
    cart.add(item(demo_ctx, "Coca"))
    with qtbot.waitSignal(button.applied, timeout=2000) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == [1]
    assert cart.total_cents == 1200  # the coke is free, the pints are paid
    assert counters(demo_ctx) == {"sam": 1}
    assert alcohol.day_indicators(demo_ctx, THURSDAY)["sam_drinks"] == 1
