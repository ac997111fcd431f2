"""What the customer hands over, typed or tapped: one widget for every payment screen.

The payment dialog of a ticket and the equal split of a tab take money the same way: an
amount field, the quick notes (5, 10, 20, 50 €), "Montant exact" and a keypad. The pad
only says what was tapped (``note``, ``exact``, ``entered``); the dialog decides what it
means, and nothing is paid before its "Valider": the tendered amount comes first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from cafe_pos.domain.money import format_eur
from cafe_pos.domain.payments import QUICK_NOTES_CENTS
from cafe_pos.ui.widgets.keypad import Keypad
from cafe_pos.ui.widgets.touch_style import big_button


class TenderPad(QWidget):
    """Amount field, quick notes, "Montant exact" and keypad (no business rule here)."""

    note = Signal(int)  # a quick note tapped (cents)
    exact = Signal()  # "Montant exact"
    entered = Signal()  # Enter in the field or the keypad's OK

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        key_height: int = 54,
        note_height: int = 60,
        double_zero: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tenderPad")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("amountEdit")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setStyleSheet("font-size: 22pt;")
        self.amount_edit.returnPressed.connect(self.entered)
        layout.addWidget(self.amount_edit)
        notes = QHBoxLayout()
        self.note_buttons: dict[int, QPushButton] = {}
        for cents in QUICK_NOTES_CENTS:
            button = big_button(format_eur(cents).replace(",00", ""), self, height=note_height)
            button.setObjectName(f"note_{cents // 100}")
            button.setStyleSheet("background: #c8e6c9; font-weight: bold; font-size: 16pt;")
            button.clicked.connect(lambda _=False, c=cents: self.note.emit(c))
            notes.addWidget(button)
            self.note_buttons[cents] = button
        layout.addLayout(notes)
        self.exact_button = big_button(self.tr("Montant exact"), self, height=56)
        self.exact_button.setObjectName("exactAmount")
        self.exact_button.clicked.connect(self.exact)
        layout.addWidget(self.exact_button)
        self.keypad = Keypad(self, key_height=key_height, double_zero=double_zero)
        self.keypad.bind(self.amount_edit)
        self.keypad.accepted.connect(self.entered)
        layout.addWidget(self.keypad, 1)
