"""Pieces shared by the bread-deposit pages: big touch buttons, the baker chooser, tables
with tall rows, the style of the section."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.ui.widgets.messages import require_actor

translate = QCoreApplication.translate
ROW_HEIGHT = 46
WEEKDAYS_SHORT = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
WEEKDAYS_KEYS = ("L", "Ma", "Me", "J", "V", "S", "D")

SECTION_STYLE = """
#breadSection QTabBar::tab {
    min-height: 52px; padding: 4px 14px; font-size: 14pt; color: #37474f;
    background: #efe7dc; border: 1px solid #d7ccc8; border-bottom: none;
    border-top-left-radius: 8px; border-top-right-radius: 8px; margin-right: 4px;
}
#breadSection QTabBar::tab:selected { background: #6d4c41; color: #ffffff; border-color: #4e342e; }
#breadSection QTabWidget::pane { border-top: 3px solid #6d4c41; }
#breadSection #pageTitle { font-size: 19pt; }
#breadSection #statusLine { font-size: 13pt; color: #4e342e; font-weight: 600; }
#breadSection #totalsLabel { font-size: 14pt; font-weight: 600; }
#breadSection QTableView { font-size: 13pt; }
#breadSection QHeaderView::section { font-size: 12pt; }
#breadSection QPushButton { font-size: 13pt; }
#breadSection QPushButton:checked { background: #6d4c41; color: #ffffff; border-color: #4e342e; }
"""


def touch_button(
    text: str,
    parent: QWidget,
    *,
    primary: bool = False,
    on_click: Callable[[], object] | None = None,
) -> QPushButton:
    button = QPushButton(text, parent)
    button.setMinimumHeight(56)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if primary:
        button.setProperty("kind", "primary")
    if on_click is not None:
        button.clicked.connect(lambda _checked=False: on_click())
    return button


def table_view(parent: QWidget, *, editable: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.AllEditTriggers
        if editable
        else QAbstractItemView.EditTrigger.NoEditTriggers
    )
    return view


class BakerChooser(QComboBox):
    """The active partner bakers (most cafés have one: the chooser then stays quiet)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("bakerChooser")
        self.ctx = ctx
        self.setMinimumWidth(200)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.reload()

    def reload(self) -> None:
        current = self.baker_id()
        self.blockSignals(True)
        self.clear()
        for baker in bread.list_bakers(self.ctx, include_inactive=False):
            self.addItem(baker.name, baker.id)
        if current is not None and self.findData(current) >= 0:
            self.setCurrentIndex(self.findData(current))
        self.blockSignals(False)

    def baker_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None


def compact_combo(combo: QComboBox, length: int = 10) -> QComboBox:
    """A combo box whose long entries do not widen the page."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(length)
    return combo


def scrolled(panel: QWidget, parent: QWidget) -> QScrollArea:
    """A side panel (a form) that scrolls instead of widening or heightening the page."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(panel)
    area.setMinimumWidth(320)
    return area


def actor_of(provider: Callable[[], Actor | None]) -> Actor:
    return require_actor(provider)


def day_text(day: dt.date) -> str:
    names = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    return f"{names[day.weekday()]} {day:%d/%m/%Y}"
