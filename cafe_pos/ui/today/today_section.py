"""The "Aujourd'hui" screen: one line per thing the day asks of the manager, each a tap
away from the screen that deals with it (``services.today`` decides what the lines say).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.users import Actor
from cafe_pos.services import today
from cafe_pos.ui.today.wording import line_text
from cafe_pos.ui.widgets.messages import call_service

LEVEL_MARKS = {
    today.Level.WARN: "⚠",
    today.Level.TODO: "▶",
    today.Level.INFO: "•",
    today.Level.OK: "✓",
}
SECTION_STYLE = """
#todaySection #todayTitle { font-size: 19pt; font-weight: 600; }
#todaySection QPushButton[level] { text-align: left; padding: 8px 14px; font-size: 14pt; }
#todaySection QPushButton[level="warn"] { background: #ffebee; border-color: #c62828; }
#todaySection QPushButton[level="todo"] { background: #fff8e1; border-color: #f9a825; }
#todaySection QPushButton[level="ok"] { background: #e8f5e9; border-color: #2e7d32; }
"""


class LineButton(QPushButton):
    """A line of the day: its text elided to the width it has (never widens the window),
    whole in the tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        room = max(self.width() - 36, 40)
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        )
        super().resizeEvent(event)


class TodaySection(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        go_to: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("todaySection")
        self.setStyleSheet(SECTION_STYLE)
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.go_to = go_to
        self.lines: list[today.TodayLine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        layout.addWidget(self.title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_widget = QWidget(scroll)
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        scroll.setWidget(self.list_widget)
        layout.addWidget(scroll, 1)
        refresh = QPushButton(self.tr("Actualiser"), self)
        refresh.setObjectName("todayRefresh")
        refresh.setMinimumHeight(48)
        refresh.clicked.connect(self.refresh)
        layout.addWidget(refresh, 0, Qt.AlignmentFlag.AlignRight)
        self.refresh()

    def buttons(self) -> dict[str, QPushButton]:
        found = self.list_widget.findChildren(QPushButton)
        return {str(button.property("key")): button for button in found}

    def refresh(self) -> None:
        day = business_date(self.ctx.clock.now())
        long_date = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        self.title.setText(self.tr("Aujourd'hui, {0}").format(long_date))
        lines = call_service(self, lambda: today.today_lines(self.ctx))
        self.lines = lines or []
        for button in self.list_widget.findChildren(QPushButton):
            self.list_layout.removeWidget(button)
            button.deleteLater()
        for index, line in enumerate(self.lines):
            button = LineButton(f"{LEVEL_MARKS[line.level]}  {line_text(line)}", self.list_widget)
            button.setObjectName(f"today_{line.key}")
            button.setProperty("key", line.key)
            button.setProperty("level", line.level.value)
            button.setMinimumHeight(52)
            button.clicked.connect(lambda _checked=False, s=line.section: self.go_to(s))
            self.list_layout.insertWidget(index, button)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
