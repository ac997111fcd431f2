"""Issue 11 item 13: the wheel over a settings page never changes an unfocused drop-down."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cafe_pos.ui.widgets.wheel_guard import install_wheel_guard


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_changes_a_combo_only_when_it_has_the_focus(
    qtbot: QtBot, qapp: QApplication
) -> None:
    install_wheel_guard(qapp)
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    other = QLineEdit(page)
    combo = QComboBox(page)
    combo.addItems(["GPIO 2", "GPIO 5"])
    layout.addWidget(other)
    layout.addWidget(combo)
    page.show()
    qtbot.waitExposed(page)
    other.setFocus()
    _wheel(combo)  # scrolling the page over the drawer's pin
    assert combo.currentIndex() == 0
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)  # the control being edited: the wheel changes it
    assert combo.currentIndex() == 1
