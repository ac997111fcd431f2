"""The sale screen's right panel: the quantity keypad and the counter keys.

"3" then a product = three of it; "Carafe d'eau", the designated driver's offer, the
drunkenness refusal, the customer account, cancel the ticket, and the last sale's
number and change. Layout only: the screen connects the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.users import Actor
from cafe_pos.ui.alcohol.refusal import DrunkRefusalButton
from cafe_pos.ui.alcohol.sam import SamButton
from cafe_pos.ui.widgets.keypad import Keypad
from cafe_pos.ui.widgets.touch_style import big_button, set_flag

SIDE_PANEL_WIDTH = 222
TOUCH_TARGET = 46
COUNTER_KEY_HEIGHT = 52  # the whole column fits a 768 px high screen


class SidePanel(QFrame):
    """Keypad and counter keys (fixed width, to the right of the product keys)."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        cart_provider: Callable[[], Cart],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.setFixedWidth(SIDE_PANEL_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 8, 6, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()  # "Quantité" and the typed quantity on one line: 768 px high
        caption = QLabel(self.tr("Quantité"), self)
        caption.setObjectName("hint")
        top.addWidget(caption)
        self.qty_label = QLabel(self)
        self.qty_label.setObjectName("qtyLabel")
        self.qty_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.qty_label, 1)
        layout.addLayout(top)
        self.keypad = Keypad(self, key_height=46)
        self.keypad.buttons["ok"].setToolTip(self.tr("Donner cette quantité à la ligne choisie"))
        layout.addWidget(self.keypad)
        self.water_button = big_button(self.tr("Carafe d'eau"), self, height=COUNTER_KEY_HEIGHT)
        self.water_button.setObjectName("waterButton")
        layout.addWidget(self.water_button)
        # Responsible sale: the designated driver's offer, the drunkenness refusal.
        self.sam_button = SamButton(ctx, actor_provider, cart_provider, self)
        self.refusal_button = DrunkRefusalButton(ctx, actor_provider, cart_provider, parent=self)
        for button in (self.sam_button, self.refusal_button):
            button.setMinimumHeight(TOUCH_TARGET)  # a finger's size, like every counter key
            layout.addWidget(button)
        self.account_button = big_button(self.tr("Compte client"), self, height=COUNTER_KEY_HEIGHT)
        self.account_button.setObjectName("accountButton")
        layout.addWidget(self.account_button)
        self.cancel_button = big_button(
            self.tr("Annuler le ticket"), self, height=COUNTER_KEY_HEIGHT
        )
        self.cancel_button.setObjectName("cancelTicket")
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.last_sale_label = QLabel(self)
        self.last_sale_label.setObjectName("lastSale")
        self.last_sale_label.setWordWrap(True)
        layout.addWidget(self.last_sale_label)

    def show_pending(self, pending: str) -> None:
        """The quantity typed before a product ("3 ×"), grey "1 ×" when none."""
        self.qty_label.setText(f"{pending} ×" if pending else "1 ×")
        set_flag(self.qty_label, "pending", bool(pending))
