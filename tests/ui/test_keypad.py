"""The numeric keypad types into a field like fingers on a touch screen would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from cafe_pos.ui.widgets.keypad import KEY_BACKSPACE, KEY_CLEAR, KEY_OK, Keypad


def test_keys_type_an_amount_into_the_bound_field(qtbot: QtBot) -> None:
    keypad = Keypad()
    edit = QLineEdit()
    qtbot.addWidget(keypad)
    qtbot.addWidget(edit)
    keypad.bind(edit)
    for key in ("1", "2", ",", "5", "00"):
        qtbot.mouseClick(keypad.buttons[key], Qt.MouseButton.LeftButton)
    assert edit.text() == "12,500"
    qtbot.mouseClick(keypad.buttons[KEY_BACKSPACE], Qt.MouseButton.LeftButton)
    assert edit.text() == "12,50"
    with qtbot.waitSignal(keypad.accepted, timeout=1000):
        qtbot.mouseClick(keypad.buttons[KEY_OK], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad.buttons[KEY_CLEAR], Qt.MouseButton.LeftButton)
    assert edit.text() == ""


def test_pin_keypad_respects_the_field_length_and_has_no_comma(qtbot: QtBot) -> None:
    keypad = Keypad(comma=False, double_zero=False)
    edit = QLineEdit()
    edit.setMaxLength(4)
    qtbot.addWidget(keypad)
    keypad.bind(edit)
    assert "," not in keypad.buttons and "00" not in keypad.buttons
    for key in "123456":
        keypad.press(key)
    assert edit.text() == "1234"


def test_keys_are_big_enough_for_a_finger(qtbot: QtBot) -> None:
    keypad = Keypad()
    qtbot.addWidget(keypad)
    keypad.resize(400, 400)
    keypad.show()
    assert all(button.height() >= 48 for button in keypad.buttons.values())
