"""A big numeric keypad for touch screens: digits, 00, comma, backspace, clear, OK.

Used for PINs on the login screen and for quantities and amounts on the sale screen.
It emits what was pressed; ``bind(line_edit)`` makes it type into a QLineEdit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

KEY_BACKSPACE = "backspace"
KEY_CLEAR = "clear"
KEY_OK = "ok"


class Keypad(QWidget):
    """Numeric keypad. ``text_key`` carries "0".."9", "00" or ","; the others are signals."""

    text_key = Signal(str)
    backspace = Signal()
    cleared = Signal()
    accepted = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        comma: bool = True,
        double_zero: bool = True,
        key_height: int = 72,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout(self)
        grid.setSpacing(8)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = [["7", "8", "9"], ["4", "5", "6"], ["1", "2", "3"]]
        for r, row in enumerate(rows):
            for c, digit in enumerate(row):
                grid.addWidget(self._button(digit, digit, key_height), r, c)
        bottom_left = "00" if double_zero else ("," if comma else None)
        if bottom_left is not None:
            grid.addWidget(self._button(bottom_left, bottom_left, key_height), 3, 0)
        grid.addWidget(self._button("0", "0", key_height), 3, 1)
        if comma and double_zero:
            grid.addWidget(self._button(",", ",", key_height), 3, 2)
        grid.addWidget(self._button(KEY_BACKSPACE, "⌫", key_height), 0, 3)
        grid.addWidget(self._button(KEY_CLEAR, self.tr("C"), key_height), 1, 3)
        ok = self._button(KEY_OK, self.tr("OK"), key_height)
        ok.setObjectName("keypadOk")
        grid.addWidget(ok, 2, 3, 2, 1)
        self.buttons[KEY_BACKSPACE].setToolTip(self.tr("Effacer le dernier chiffre"))
        self.buttons[KEY_CLEAR].setToolTip(self.tr("Tout effacer"))

    def _button(self, key: str, label: str, height: int) -> QPushButton:
        button = QPushButton(label, self)
        button.setObjectName(f"key_{key}")
        button.setMinimumSize(height, height)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typing field keeps the focus
        button.setProperty("keypadKey", True)
        button.clicked.connect(lambda: self.press(key))
        self.buttons[key] = button
        return button

    def press(self, key: str) -> None:
        """What a tap does (also used by tests and by keyboard shortcuts)."""
        if key == KEY_BACKSPACE:
            self.backspace.emit()
        elif key == KEY_CLEAR:
            self.cleared.emit()
        elif key == KEY_OK:
            self.accepted.emit()
        else:
            self.text_key.emit(key)

    def bind(self, line_edit: QLineEdit) -> None:
        """Make the keys type into ``line_edit`` (its validator and max length apply)."""

        def insert(text: str) -> None:
            for char in text:
                if line_edit.maxLength() and len(line_edit.text()) >= line_edit.maxLength():
                    return
                line_edit.insert(char)

        self.text_key.connect(insert)
        self.backspace.connect(line_edit.backspace)
        self.cleared.connect(line_edit.clear)
