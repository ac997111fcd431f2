"""The gentle reminder after several alcoholic drinks on a tab: a toast that does not block.

The tab screen calls ``maybe_show_reminder`` after a round went on a tab; the service
decides whether one is due (and counts it), the toast suggests water, a soft drink, food,
and the designated-driver offer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.services import alcohol
from cafe_pos.ui.widgets.messages import call_service
from cafe_pos.ui.widgets.touch_style import big_button

REMINDER_MS = 20_000


class ReminderToast(QFrame):
    """Non-blocking: the cashier keeps selling; it hides itself after a while."""

    water_requested = Signal()
    sam_requested = Signal()

    def __init__(self, text: str, parent: QWidget, *, timeout_ms: int = REMINDER_MS) -> None:
        super().__init__(parent)
        self.setObjectName("reminderToast")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setStyleSheet(
            "#reminderToast { background: #e3f2fd; border: 2px solid #1565c0; border-radius: 12px; }"
            "#reminderTitle { font-weight: 700; color: #0d47a1; }"
        )
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Petit rappel"), self)
        title.setObjectName("reminderTitle")
        layout.addWidget(title)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("reminderText")
        self.text_label.setWordWrap(True)
        layout.addWidget(self.text_label)
        row = QHBoxLayout()
        self.water_button = big_button(self.tr("Eau offerte"), self, object_name="reminderWater")
        self.water_button.clicked.connect(self.water_requested)
        self.sam_button = big_button(self.tr("SAM"), self, object_name="reminderSam")
        self.sam_button.setToolTip(self.tr("Conducteur désigné : boissons sans alcool offertes"))
        self.sam_button.clicked.connect(self.sam_requested)
        self.ok_button = big_button(self.tr("OK"), self, object_name="reminderOk")
        self.ok_button.clicked.connect(self.close)
        for button in (self.water_button, self.sam_button, self.ok_button):
            row.addWidget(button)
        layout.addLayout(row)
        self.setFixedWidth(min(max(parent.width() // 2, 360), 520))
        self.adjustSize()
        self.move(max(parent.width() - self.width() - 16, 0), 16)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.close)
        self.timer.start(timeout_ms)
        self.show()
        self.raise_()


def maybe_show_reminder(ctx: ServiceContext, tab_id: int, parent: QWidget) -> ReminderToast | None:
    """Ask the service whether a reminder is due on this tab; if so, show it (non-blocking)."""
    text = call_service(parent, lambda: alcohol.take_reminder(ctx, tab_id), toast=True)
    if not text:
        return None
    return ReminderToast(text, parent.window())
