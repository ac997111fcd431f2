"""Small touch dialogs of the sale flow: manager PIN, weight, free text question.

They open with ``open()`` (window-modal, the event loop keeps running) and report
through ``accepted``; the caller reads the result attribute (``manager``,
``weight_milli``...). Errors are shown inside the dialog, which then stays open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QWidget,
)

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, line_total, parse_quantity
from cafe_pos.ui.widgets.keypad import Keypad
from cafe_pos.ui.widgets.manager_pin import ManagerPinDialog
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button


class WeightDialog(TouchDialog):
    """Type (or read from the scale) the weight of a product sold by the kg."""

    def __init__(
        self,
        label: str,
        price_per_kg_cents: int,
        parent: QWidget | None = None,
        *,
        scale_reader: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(self.tr("Poids : {0}").format(label), parent)
        self.setObjectName("weightDialog")
        self._price = price_per_kg_cents
        self._scale_reader = scale_reader
        self.weight_milli: int | None = None
        price = QLabel(self.tr("{0} le kg").format(format_eur(price_per_kg_cents)), self)
        price.setObjectName("hint")
        self.layout_.addWidget(price)
        self.weight_edit = QLineEdit(self)
        self.weight_edit.setObjectName("weightEdit")
        self.weight_edit.setPlaceholderText(self.tr("Poids en kg, ex. 0,350"))
        self.weight_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.weight_edit.textChanged.connect(self._update_amount)
        self.weight_edit.returnPressed.connect(self.try_accept)
        self.layout_.addWidget(self.weight_edit)
        self.amount_label = QLabel("", self)
        self.amount_label.setObjectName("bigAmount")
        self.amount_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_.addWidget(self.amount_label)
        if scale_reader is not None:
            read = big_button(self.tr("Lire la balance"), self)
            read.setObjectName("readScale")
            read.clicked.connect(self._read_scale)
            self.layout_.addWidget(read)
        keypad = Keypad(self, double_zero=False, key_height=60)
        keypad.bind(self.weight_edit)
        keypad.accepted.connect(self.try_accept)
        self.layout_.addWidget(keypad)
        self.add_ok_cancel(self.tr("Ajouter"))
        self.resize(440, 620)

    def _read_scale(self) -> None:
        assert self._scale_reader is not None
        try:
            milli = self._scale_reader()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        units, rest = divmod(milli, 1000)
        self.weight_edit.setText(f"{units},{rest:03d}")

    def _update_amount(self, text: str) -> None:
        try:
            milli = parse_quantity(text, max_units=999)
        except UserError:
            self.amount_label.setText("")
            return
        self.amount_label.setText(format_eur(line_total(self._price, milli)))

    def try_accept(self) -> None:
        try:
            self.weight_milli = parse_quantity(self.weight_edit.text(), max_units=999)
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.accept()


class TextDialog(TouchDialog):
    """Ask one line of text (a tab's name, a reason...); ``value`` once accepted."""

    def __init__(
        self,
        title: str,
        prompt: str,
        parent: QWidget | None = None,
        *,
        placeholder: str = "",
        required_message: str = "",
        max_length: int = 60,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName("textDialog")
        self.value = ""
        self._required = required_message
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("textEdit")
        self.edit.setMaxLength(max_length)
        self.edit.setPlaceholderText(placeholder)
        self.edit.returnPressed.connect(self.try_accept)
        self.layout_.addWidget(self.edit)
        self.add_ok_cancel(self.tr("Valider"))
        self.resize(480, 240)

    def try_accept(self) -> None:
        text = self.edit.text().strip()
        if not text and self._required:
            self.show_error(self._required)
            return
        self.value = text
        self.accept()


__all__ = ["ManagerPinDialog", "TextDialog", "WeightDialog"]
