"""What the stock pages share: the service context and the person acting, big touch
buttons, a scan field that a barcode scanner alone can drive (it types and presses Enter),
and the section's style."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.ui.stock.models import SORT_ROLE
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_error

T = TypeVar("T")
ActorProvider = Callable[[], Actor | None]

SECTION_STYLE = """
#stockSection QPushButton { min-height: 52px; font-size: 14pt; padding: 4px 16px; }
#stockSection QPushButton[primary="true"] { background: #2e7d32; color: white; font-weight: 600; }
#stockSection QPushButton:checked { background: #6b3a1f; color: white; }
#stockSection QLineEdit, #stockSection QComboBox, #stockSection QDateEdit {
    min-height: 44px; font-size: 14pt; }
#stockSection QTableView { font-size: 13pt; }
#stockSection QHeaderView::section { font-size: 12pt; padding: 6px; }
#stockSection #pageTitle { font-size: 18pt; font-weight: 600; }
#stockSection #totalLabel { font-size: 15pt; font-weight: 600; }
#stockSection #warningLabel { color: #b71c1c; font-size: 13pt; font-weight: 600; }
#stockSection QTabBar::tab { min-height: 48px; min-width: 150px; font-size: 14pt; }
"""


class StockPage(QWidget):
    """A page of the section: calls services, shows their French refusals."""

    changed = Signal()  # stock moved: the other pages reload

    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_provider = actor_provider

    def actor(self) -> Actor | None:
        try:
            return require_actor(self.actor_provider)
        except UserError as exc:
            show_error(self, exc)
            return None

    def call(self, fn: Callable[[], T]) -> T | None:
        return call_service(self, fn)

    def reload(self) -> None:
        """Read the services again (the section calls it when the page is shown)."""


def big_button(text: str, parent: QWidget, *, primary: bool = False, name: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("primary", primary)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
    if name:
        button.setObjectName(name)
    return button


class ScanField(QLineEdit):
    """Type or scan a code; Enter hands it over (``scanned``) and clears the field."""

    scanned = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        text = self.text().strip()
        self.clear()
        if text:
            self.scanned.emit(text)


def compact(combo: QComboBox) -> QComboBox:
    """A combo box that does not widen the screen to its longest entry (1024 px screens)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def table_view(
    parent: QWidget, model: object, *, sortable: bool = False, name_width: int = 330
) -> QTableView:
    view = QTableView(parent)
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSourceModel(model)  # type: ignore[arg-type]
        proxy.setSortRole(SORT_ROLE)
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)  # type: ignore[arg-type]
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(40)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setColumnWidth(0, name_width)  # the article's name stays readable
    if sortable:
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view


def selected_source_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    index = rows[0]
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
    return index.row()
