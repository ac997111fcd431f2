"""Type a discount for a line or the whole ticket, in % or in euros.

The dialog only builds a ``domain.cart.Discount``; the sale screen applies it to the
cart and asks ``selling.authorize_discount`` whether a manager PIN is needed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLineEdit, QWidget

from cafe_pos.domain.cart import Discount
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import parse_amount
from cafe_pos.ui.widgets.keypad import Keypad
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button

QUICK_PERCENTS = (5, 10, 20, 50)


class DiscountDialog(TouchDialog):
    """``discount`` (or ``removed`` True) once accepted."""

    def __init__(
        self, title: str, parent: QWidget | None = None, *, current: Discount | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName("discountDialog")
        self.discount: Discount | None = None
        self.removed = False
        kinds = QHBoxLayout()
        self.percent_button = big_button(self.tr("En %"), self, checkable=True)
        self.percent_button.setObjectName("percentKind")
        self.amount_button = big_button(self.tr("En €"), self, checkable=True)
        self.amount_button.setObjectName("amountKind")
        group = QButtonGroup(self)
        group.addButton(self.percent_button)
        group.addButton(self.amount_button)
        kinds.addWidget(self.percent_button)
        kinds.addWidget(self.amount_button)
        self.layout_.addLayout(kinds)
        quick = QHBoxLayout()
        for percent in QUICK_PERCENTS:
            button = big_button(f"{percent} %", self, height=56)
            button.setObjectName(f"quick_{percent}")
            button.clicked.connect(lambda _=False, p=percent: self._quick(p))
            quick.addWidget(button)
        self.layout_.addLayout(quick)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("discountValue")
        self.value_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value_edit.returnPressed.connect(self.try_accept)
        self.layout_.addWidget(self.value_edit)
        keypad = Keypad(self, double_zero=False, key_height=58)
        keypad.bind(self.value_edit)
        keypad.accepted.connect(self.try_accept)
        self.layout_.addWidget(keypad)
        if current is not None:
            remove = big_button(self.tr("Supprimer la remise"), self, object_name="danger")
            remove.clicked.connect(self._remove)
            self.layout_.addWidget(remove)
        self.add_ok_cancel(self.tr("Appliquer"))
        if current is not None and current.kind == "amount":
            self.amount_button.setChecked(True)
        else:
            self.percent_button.setChecked(True)
        if current is not None:
            units, rest = divmod(current.value, 100)
            self.value_edit.setText(f"{units},{rest:02d}" if rest else str(units))
        self.resize(460, 640)

    def _quick(self, percent: int) -> None:
        self.percent_button.setChecked(True)
        self.value_edit.setText(str(percent))
        self.try_accept()

    def _remove(self) -> None:
        self.removed = True
        self.discount = None
        self.accept()

    def set_value(self, kind: str, text: str) -> None:
        """Fill the dialog (tests, keyboard): kind "percent" or "amount"."""
        (self.percent_button if kind == "percent" else self.amount_button).setChecked(True)
        self.value_edit.setText(text)

    def try_accept(self) -> None:
        try:
            # "12,5" % -> 1250 basis points; "1,50" € -> 150 cents: the same parsing.
            value = parse_amount(self.value_edit.text())
            if self.percent_button.isChecked():
                self.discount = Discount.percent(value)
            else:
                self.discount = Discount.amount(value)
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.accept()
