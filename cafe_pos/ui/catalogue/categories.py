"""Categories editor: name, order of the sale keys, colour (colour picker), active."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.catalogue import MAX_CATEGORY_NAME_LENGTH
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.services import catalogue as catalogue_service
from cafe_pos.services.catalogue import CategoryInput, CategoryView
from cafe_pos.ui.widgets.messages import error_text, require_actor

DEFAULT_COLOUR = "#607d8b"


class CategoriesDialog(QDialog):
    """List of categories on the left, the selected one's form on the right."""

    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("categoriesDialog")
        self.setWindowTitle(self.tr("Catégories"))
        self.setMinimumSize(900, 600)
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.current_id: int | None = None
        self._colour = DEFAULT_COLOUR

        self.list = QListWidget(self)
        self.list.setObjectName("categoryList")
        self.list.currentItemChanged.connect(self._on_selected)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("categoryName")
        self.name_edit.setMaxLength(MAX_CATEGORY_NAME_LENGTH)  # what a category key shows
        self.position_spin = QSpinBox(self)
        self.position_spin.setRange(0, 9999)
        self.colour_button = QPushButton(self)
        self.colour_button.setObjectName("colourButton")
        self.colour_button.clicked.connect(self.pick_colour)
        self.active_check = QCheckBox(self.tr("Active (visible à la vente)"), self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        new_button = QPushButton(self.tr("Nouvelle catégorie"), self)
        new_button.clicked.connect(self.new_category)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("saveCategory")
        self.save_button.setProperty("kind", "primary")
        self.save_button.clicked.connect(self.save)
        close_button = QPushButton(self.tr("Fermer"), self)
        close_button.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow(self.tr("Ordre"), self.position_spin)
        form.addRow(self.tr("Couleur"), self.colour_button)
        form.addRow("", self.active_check)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error_label)
        right.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(new_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right.addLayout(actions)
        columns = QHBoxLayout()
        columns.addWidget(self.list, 2)
        columns.addLayout(right, 3)
        main = QVBoxLayout(self)
        main.addLayout(columns, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close_button)
        main.addLayout(bottom)
        self.refresh()
        self.new_category()

    def refresh(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for category in catalogue_service.list_categories(self.ctx, include_inactive=True):
            label = f"{category.name}  ({category.product_count})"
            if not category.active:
                label += self.tr(" — inactive")
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(category.colour))
            if category.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _on_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        category: CategoryView = item.data(Qt.ItemDataRole.UserRole)
        self.current_id = category.id
        self.name_edit.setText(category.name)
        self.position_spin.setValue(category.position)
        self.active_check.setChecked(category.active)
        self.set_colour(category.colour)
        self.error_label.hide()

    def new_category(self) -> None:
        self.list.clearSelection()
        self.current_id = None
        self.name_edit.clear()
        self.position_spin.setValue(self.list.count() * 10 + 10)
        self.active_check.setChecked(True)
        self.set_colour(DEFAULT_COLOUR)
        self.error_label.hide()
        self.name_edit.setFocus()

    def set_colour(self, colour: str) -> None:
        self._colour = colour
        text_colour = "#ffffff" if QColor(colour).lightness() < 150 else "#1c2329"
        self.colour_button.setText(colour)
        self.colour_button.setStyleSheet(f"background: {colour}; color: {text_colour};")

    def pick_colour(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._colour), self, self.tr("Couleur de la catégorie")
        )
        if chosen.isValid():
            self.set_colour(chosen.name())

    def save(self) -> CategoryView | None:
        data = CategoryInput(
            name=self.name_edit.text(),
            position=self.position_spin.value(),
            colour=self._colour,
            active=self.active_check.isChecked(),
        )
        try:
            view = catalogue_service.save_category(
                self.ctx, require_actor(self.actor_provider), data, self.current_id
            )
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return None
        self.error_label.hide()
        self.current_id = view.id
        self.refresh(select_id=view.id)
        self.changed.emit()
        return view
