"""Issue 11 item 13: the wheel over a settings page never changes an unfocused drop-down."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from cafe_pos.context import ServiceContext
from cafe_pos.ui.qt_app import after_start, build_window
from cafe_pos.ui.widgets.wheel_guard import WheelGuard, install_wheel_guard


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


def test_the_real_start_installs_the_guard_once_the_window_is_ready(
    qtbot: QtBot, qapp: QApplication, demo_ctx: ServiceContext
) -> None:
    """The guard is an application-wide filter, installed by ``after_start`` (not while
    the window is built: it would see every start-up event)."""
    for guard in qapp.findChildren(WheelGuard):  # another test's
        qapp.removeEventFilter(guard)
        guard.setParent(None)
    window = build_window(demo_ctx, demo=True, lang="fr")
    qtbot.addWidget(window)
    assert qapp.findChild(WheelGuard) is None
    after_start(window, None, warm_up=False)
    assert qapp.findChild(WheelGuard) is not None
