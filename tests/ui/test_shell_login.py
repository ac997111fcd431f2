"""Logging in at the counter: pick a name, type the PIN on the keypad or the keyboard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.services import users
from cafe_pos.ui.app_window import MainWindow


def _user_id(ctx: ServiceContext, name: str) -> int:
    return next(u.id for u in users.list_users(ctx) if u.name == name)


def _who(window: MainWindow) -> str:
    """The name of who is logged in (someone must be)."""
    actor = window.current_actor()
    assert actor is not None
    return actor.name


def _tap_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    screen = window.login_screen
    for digit in pin:
        qtbot.mouseClick(screen.keypad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.keypad.buttons["ok"], Qt.MouseButton.LeftButton)


def _window(qtbot: QtBot, ctx: ServiceContext, **kwargs: Any) -> MainWindow:
    window = MainWindow(ctx, **kwargs)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()  # shortcuts (F1..F8, Ctrl+L) act on the active window
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_right_pin_on_the_keypad_opens_the_till(qtbot: QtBot, demo_ctx: ServiceContext) -> None:
    window = _window(qtbot, demo_ctx)
    assert window.is_locked()
    assert window.shell.currentWidget() is window.login_screen
    camille = _user_id(demo_ctx, "Camille")
    qtbot.mouseClick(window.login_screen.user_buttons[camille], Qt.MouseButton.LeftButton)
    assert "Camille" in window.login_screen.who_label.text()
    with qtbot.waitSignal(window.actor_changed, timeout=3000):
        _tap_pin(qtbot, window, "123456")
    assert _who(window) == "Camille"
    assert window.shell.currentWidget() is window.workspace
    assert window.status.user_label.text() == "Camille · Gérant·e"


def test_wrong_pin_is_refused_in_french_and_stays_locked(
    qtbot: QtBot, demo_ctx: ServiceContext
) -> None:
    window = _window(qtbot, demo_ctx)
    window.login_screen.select_user(_user_id(demo_ctx, "Léo"))
    _tap_pin(qtbot, window, "9999")
    assert window.is_locked()
    assert window.login_screen.error_label.text() == "Code incorrect (4 essais restants)"
    assert window.login_screen.pin_edit.text() == ""  # typed digits never linger


def test_five_wrong_pins_lock_the_account_until_a_time(
    qtbot: QtBot, demo_ctx: ServiceContext
) -> None:
    window = _window(qtbot, demo_ctx)
    window.login_screen.select_user(_user_id(demo_ctx, "Léo"))
    for _ in range(5):
        _tap_pin(qtbot, window, "1111")
    # The demo clock says 14:30; the lock lasts 5 minutes.
    assert window.login_screen.error_label.text() == "Compte bloqué jusqu'à 14:35"
    _tap_pin(qtbot, window, "0000")  # even the right PIN waits for the end of the lock
    assert window.is_locked()
    assert "bloqué" in window.login_screen.error_label.text()


def test_typing_digits_and_enter_on_a_keyboard_logs_in(
    qtbot: QtBot, demo_ctx: ServiceContext
) -> None:
    window = _window(qtbot, demo_ctx)
    screen = window.login_screen
    screen.select_user(_user_id(demo_ctx, "Léo"))
    qtbot.keyClicks(screen.pin_edit, "0000")
    assert screen.pin_edit.echoMode() == screen.pin_edit.EchoMode.Password
    with qtbot.waitSignal(window.actor_changed, timeout=3000):
        qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert _who(window) == "Léo"


def test_ctrl_l_locks_and_another_person_takes_over(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor=actor_of("Camille"))
    assert not window.is_locked()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert window.status.user_label.text() == "Caisse verrouillée"
    window.login_screen.select_user(_user_id(demo_ctx, "Léo"))
    qtbot.keyClicks(window.login_screen.pin_edit, "0000")
    qtbot.keyClick(window.login_screen.pin_edit, Qt.Key.Key_Enter)
    assert _who(window) == "Léo"


def test_demo_login_screen_shows_the_demo_pins(qtbot: QtBot, demo_ctx: ServiceContext) -> None:
    from cafe_pos.demo import DEMO_USERS

    window = _window(qtbot, demo_ctx, demo=True, demo_users=DEMO_USERS)
    hint = window.login_screen.demo_label.text()
    assert "Camille" in hint and "123456" in hint
    assert "Léo" in hint and "0000" in hint
    assert window.demo_banner.isVisible()
    plain = _window(qtbot, demo_ctx)
    assert plain.login_screen.demo_label.isHidden()  # never shown on a real café


def test_a_command_line_pin_reset_is_shown_at_the_next_login(
    qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from cafe_pos.domain.users import Role

    cli = Actor(user_id=None, name="ligne de commande", role=Role.MANAGER)
    users.reset_pin_from_command_line(demo_ctx, cli, "Léo", "2468")
    window = _window(qtbot, demo_ctx)
    window.login_screen.select_user(_user_id(demo_ctx, "Léo"))
    with qtbot.waitSignal(window.actor_changed, timeout=3000):
        _tap_pin(qtbot, window, "2468")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "resetNotices") is not None)
    box = child(window, QMessageBox, "resetNotices")
    assert "Léo" in box.text() and "ligne de commande" in box.text()
    assert _who(window) == "Léo"  # the till is usable: the box does not block
    box.grab().save(str(tmp_path / "reset-notice.png"))
    box.accept()


def test_enter_on_a_wrong_pin_keeps_the_warning_and_counts_one_attempt(
    qtbot: QtBot, demo_ctx: ServiceContext
) -> None:
    """Issue 11 item 8: Enter used to submit twice (the field and the screen): the warning
    was replaced at once by "Tapez votre code"."""
    window = _window(qtbot, demo_ctx)
    screen = window.login_screen
    screen.select_user(_user_id(demo_ctx, "Léo"))
    qtbot.keyClicks(screen.pin_edit, "9999")
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Return)
    assert screen.error_label.text() == "Code incorrect (4 essais restants)"
    qtbot.keyClicks(screen.pin_edit, "9999")
    qtbot.keyClick(screen.pin_edit, Qt.Key.Key_Enter)
    assert screen.error_label.text() == "Code incorrect (3 essais restants)"


def test_a_manager_unlocks_a_locked_user_in_settings(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: Callable[[str], Actor]
) -> None:
    from cafe_pos.ui.settings.users_page import UsersPage

    window = _window(qtbot, demo_ctx)
    window.login_screen.select_user(_user_id(demo_ctx, "Léo"))
    for _ in range(5):
        _tap_pin(qtbot, window, "1111")
    assert "bloqué" in window.login_screen.error_label.text()
    camille = actor_of("Camille")
    page = UsersPage(demo_ctx, lambda: camille)
    qtbot.addWidget(page)
    page.show()
    page.select_user("Léo")
    assert page.unlock_button.isEnabled()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert not page.unlock_button.isEnabled()
    with qtbot.waitSignal(window.actor_changed, timeout=3000):
        _tap_pin(qtbot, window, "0000")
    assert _who(window) == "Léo"
