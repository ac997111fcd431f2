"""The mouse wheel scrolls pages; it changes a value only in the control being edited.

Scrolling a settings page with the wheel used to change whatever drop-down or number box
passed under the pointer (it changed the cash drawer's pin). ``WheelGuard`` is an
application-wide event filter: a wheel event on a combo box, spin box, date/time edit or
slider without the keyboard focus is passed to the page (which scrolls) instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """Ignore wheel events on value controls that do not have the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, GUARDED)
            and isinstance(watched, QWidget)
            and not watched.hasFocus()
        ):
            parent = watched.parentWidget()
            if parent is not None:  # the page under it scrolls instead
                QApplication.sendEvent(parent, event)
            return True
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once on ``app``: value controls take the wheel only when focused."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
