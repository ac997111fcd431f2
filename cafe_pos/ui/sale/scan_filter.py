"""Tell a barcode scanner from a person typing, on the sale screen's search field.

A USB scanner is a keyboard that types a code very fast and presses Enter. The filter
feeds every key to ``domain.scanning.ScanBurstDetector`` with the time it arrived (from
an injected millisecond clock, ``time.monotonic`` by default); when
Enter ends a fast burst, the scanned characters are taken out of the field and
``scanned(code)`` is emitted with the code normalised (AZERTY digits mapped back).
Other keys go on to the field as usual; Enter after normal typing emits ``entered``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from cafe_pos.domain.scanning import ScanBurstDetector

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def monotonic_ms() -> float:
    """The real clock of the key events, in milliseconds."""
    return time.monotonic() * 1000.0


class ScanFilter(QObject):
    """Event filter for a QLineEdit: ``scanned(code)`` for a burst, ``entered()`` else."""

    scanned = Signal(str)
    entered = Signal()
    star = Signal()  # the "*" key: quantity
    delete_line = Signal()  # Delete with an empty field
    move = Signal(int)  # Up / Down: select the previous / next ticket line
    escape = Signal()

    def __init__(
        self,
        line_edit: QLineEdit,
        detector: ScanBurstDetector | None = None,
        *,
        milliseconds: Callable[[], float] = monotonic_ms,
    ) -> None:
        super().__init__(line_edit)
        self._edit = line_edit
        self.detector = detector or ScanBurstDetector()
        self.now_ms = milliseconds
        line_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._edit or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key in ENTER_KEYS:
            detected = self.detector.feed("\r", self.now_ms())
            if detected is not None and detected.code.isdigit():
                text = self._edit.text()
                cut = max(len(text) - detected.raw_length, 0)
                self._edit.setText(text[:cut])
                self.scanned.emit(detected.code)
            else:
                self.entered.emit()
            return True
        if key == Qt.Key.Key_Asterisk:
            self.detector.reset()
            self.star.emit()
            return True
        if key == Qt.Key.Key_Delete and not self._edit.text():
            self.delete_line.emit()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move.emit(-1 if key == Qt.Key.Key_Up else 1)
            return True
        if key == Qt.Key.Key_Escape:
            self.escape.emit()
            return True
        text = event.text()
        if text and text.isprintable():
            self.detector.feed(text, self.now_ms())
        return False
