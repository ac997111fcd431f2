"""Integer spin boxes that show decimals the French way, without any float.

``TenthsSpinBox`` holds tenths (45) and shows "4,5": used for the alcohol % vol.
"""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget


class TenthsSpinBox(QSpinBox):
    """Value in tenths; text with one decimal and a comma ("4,5")."""

    def __init__(self, parent: QWidget | None = None, *, maximum: int = 900) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSingleStep(5)

    def textFromValue(self, value: int) -> str:
        units, tenth = divmod(value, 10)
        return f"{units},{tenth}"

    def valueFromText(self, text: str) -> int:
        cleaned = text.replace(self.suffix(), "").strip().replace(".", ",")
        units, _, tenth = cleaned.partition(",")
        if not units.isdigit() or (tenth and not tenth[:1].isdigit()):
            return self.value()
        return int(units) * 10 + (int(tenth[:1]) if tenth else 0)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        cleaned = text.replace(self.suffix(), "").strip().replace(".", ",")
        if cleaned == "":
            return QValidator.State.Intermediate, text, pos
        units, comma, tenth = cleaned.partition(",")
        if not units.isdigit() or len(tenth) > 1 or (tenth and not tenth.isdigit()):
            return QValidator.State.Invalid, text, pos
        if comma and not tenth:
            return QValidator.State.Intermediate, text, pos
        value = int(units) * 10 + (int(tenth) if tenth else 0)
        if value > self.maximum():
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos
