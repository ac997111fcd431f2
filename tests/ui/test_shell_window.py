"""The main window: sections by F-keys, placeholders, plug-in widgets, status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.ui.app_window import MainWindow
from cafe_pos.ui.sections import SECTION_KEYS, sections
from cafe_pos.ui.settings.screen import SettingsScreen


def _window(qtbot: QtBot, ctx: ServiceContext, **kwargs: Any) -> MainWindow:
    window = MainWindow(ctx, **kwargs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()  # shortcuts (F1..F8, Ctrl+L) act on the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_function_keys_switch_sections(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor=actor_of("Léo"))
    assert window.section_keys() == list(SECTION_KEYS)
    function_keys = [s for s in sections() if s.shortcut.startswith("F")]
    assert [s.shortcut for s in function_keys] == [f"F{n}" for n in range(1, 9)]
    for section in sections():
        if section.shortcut.startswith("F"):
            qtbot.keyClick(window, getattr(Qt.Key, f"Key_{section.shortcut}"))
        else:  # the sections after the eight function keys: Ctrl+letter
            qtbot.keyClick(window, section.shortcut[-1], Qt.KeyboardModifier.ControlModifier)
        assert window.current_section() == section.key
        assert window.nav_buttons[section.key].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.current_section() == "bread"
    text = child(window.section_widget("bread"), QLabel, "placeholderText").text()
    assert "réception du pain" in text and "invendus" in text


def test_function_keys_do_nothing_while_locked(qtbot: QtBot, demo_ctx: ServiceContext) -> None:
    window = _window(qtbot, demo_ctx)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.shell.currentWidget() is window.login_screen
    assert window.current_section() == "sale"


def test_other_widgets_plug_into_a_section(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor=actor_of("Camille"))
    cash = QLabel("écran de caisse")
    window.set_section_widget("cash", cash)
    window.show_section("cash")
    assert window.pages.currentWidget() is cash
    built: list[str] = []

    def factory() -> QLabel:
        built.append("reports")
        return QLabel("rapports")

    window.set_section_factory("reports", factory)
    assert built == []  # built lazily, the first time it is shown
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert built == ["reports"]
    shown = window.pages.currentWidget()
    assert isinstance(shown, QLabel) and shown.text() == "rapports"
    qtbot.mouseClick(window.nav_buttons["sale"], Qt.MouseButton.LeftButton)
    assert window.current_section() == "sale"


def test_status_bar_shows_register_date_devices_and_training(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    demo_ctx.training = True
    window = _window(qtbot, demo_ctx, actor=actor_of("Léo"))
    status = window.status
    assert status.register_label.text() == "Caisse n° 01"
    assert status.clock_label.text().startswith("Jeudi 26 novembre 2026")
    assert "14:30" in status.clock_label.text()
    window.set_device_status("Imprimante : plus de papier", False)
    assert status.device_label.text() == "Imprimante : plus de papier"
    assert status.device_label.property("state") == "problem"
    window.set_sync_status("Siège : envoyé à 02:00", True)
    assert status.sync_label.property("state") == "ok"
    assert window.training_banner.isVisible()
    assert "FORMATION" in window.training_banner.text()


def test_settings_section_holds_catalogue_identity_users_and_plugged_pages(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor=actor_of("Camille"))
    devices = QLabel("réglages des périphériques")
    window.add_settings_page("Périphériques", devices)  # before the section is built
    window.show_section("settings")
    screen = window.section_widget("settings")
    assert isinstance(screen, SettingsScreen)
    assert screen.page_titles() == [
        "Catalogue",
        "Identité du café",
        "Réglages généraux",
        "Utilisateurs",
        "Périphériques",
    ]
    assert screen.show_page("Périphériques") is devices
    window.add_settings_page("Balance", QLabel("balance"))  # after
    assert screen.page_titles()[-1] == "Balance"


def test_every_section_fits_a_1280_by_800_counter_screen(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor=actor_of("Camille"))
    for key in window.section_keys():
        window.show_section(key)
        if key == "settings":
            screen = window.section_widget("settings")
            assert isinstance(screen, SettingsScreen)
            for title in screen.page_titles():
                screen.show_page(title)
                hint = window.minimumSizeHint()
                assert hint.width() <= 1280 and hint.height() <= 800, (key, title, hint)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (key, hint)


def test_a_screen_that_fails_to_build_leaves_the_till_usable(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor=actor_of("Camille"))

    def broken() -> QLabel:
        raise AttributeError("'ProductKeys' object has no attribute 'item_chosen'")

    window.set_section_factory("stock", broken)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_section() == "stock"
    message = child(window.section_widget("stock"), QLabel, "placeholderText").text()
    assert message.startswith("Cet écran n'a pas pu s'ouvrir")
    assert "stock" in window.section_errors
    qtbot.keyClick(window, Qt.Key.Key_F8)  # the rest still works
    assert window.current_section() == "settings"
