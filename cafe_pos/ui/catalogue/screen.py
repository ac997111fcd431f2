"""The catalogue manager screen: search as you type, filter by category, create, edit,
archive and restore articles, edit categories, import and export the CSV file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import catalogue as catalogue_service
from cafe_pos.services import catalogue_io
from cafe_pos.services.catalogue import ProductView
from cafe_pos.ui.catalogue.categories import CategoriesDialog
from cafe_pos.ui.catalogue.import_report import ImportReportDialog
from cafe_pos.ui.catalogue.model import (
    COL_BARCODES,
    COL_CATEGORY,
    COL_NAME,
    COL_PRICE,
    COL_STATUS,
    COL_VAT,
    SORT_ROLE,
    ProductTableModel,
)
from cafe_pos.ui.catalogue.product_form import ProductForm
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_toast

SEARCH_DELAY_MS = 150


class CatalogueScreen(QWidget):
    """Manager screen over ``services.catalogue``; every change goes through the service."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueScreen")
        # compact buttons: the screen fits beside the navigation of a 1024 px screen
        self.setStyleSheet("#catalogueScreen QPushButton { padding: 4px 10px; }")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.form: ProductForm | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("catalogueSearch")
        self.search_edit.setPlaceholderText(self.tr("Rechercher un article ou un code-barres…"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("categoryFilter")
        self.category_combo.setMinimumWidth(220)
        self.archived_check = QCheckBox(self.tr("Archivés aussi"), self)
        self.archived_check.setObjectName("showArchived")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("pageHint")

        self.model = ProductTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("productTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COL_PRICE, COL_VAT, COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # narrow enough that the name keeps the room at 1024 px (the columns can be widened)
        for column, width in ((COL_CATEGORY, 120), (COL_BARCODES, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.new_button = self._button(
            "newProduct", self.tr("Nouvel article"), self.new_product, primary=True
        )
        self.edit_button = self._button("editProduct", self.tr("Modifier"), self.edit_selected)
        self.archive_button = self._button(
            "archiveProduct", self.tr("Archiver"), self.toggle_archive
        )
        self.categories_button = self._button(
            "editCategories", self.tr("Catégories…"), self.edit_categories
        )
        self.csv_button = QPushButton(self.tr("Fichier CSV"), self)
        self.csv_button.setObjectName("csvMenu")
        csv_menu = QMenu(self.csv_button)
        self.import_action = csv_menu.addAction(self.tr("Importer un fichier CSV…"))
        self.import_action.triggered.connect(lambda _checked=False: self.choose_import())
        self.export_action = csv_menu.addAction(self.tr("Exporter le catalogue en CSV…"))
        self.export_action.triggered.connect(lambda _checked=False: self.choose_export())
        self.csv_button.setMenu(csv_menu)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.category_combo)
        top.addWidget(self.archived_check)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.categories_button)
        actions.addWidget(self.csv_button)
        # staff see at once that the catalogue is read-only for them (not after a whole form)
        self.rights_label = QLabel(
            self.tr("Consultation seule : le catalogue se modifie par un·e gérant·e."), self
        )
        self.rights_label.setObjectName("rightsLabel")
        self.rights_label.setWordWrap(True)
        self.rights_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.rights_label)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.archived_check.toggled.connect(lambda _on: self.reload())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.refresh()

    def _button(
        self, name: str, text: str, slot: Callable[[], Any], *, primary: bool = False
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        if primary:
            button.setProperty("kind", "primary")
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- data -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self._update_buttons()  # who is logged in may have changed
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the categories filter and the list."""
        selected = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("Toutes les catégories"), None)
        for category in catalogue_service.list_categories(self.ctx, include_inactive=True):
            self.category_combo.addItem(category.name, category.id)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(selected), 0))
        self.category_combo.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Run the search with the current text, category and archive filter."""
        self._search_timer.stop()
        selected = self.selected_product()
        rows = catalogue_service.search_products(
            self.ctx,
            self.search_edit.text(),
            category_id=self.category_combo.currentData(),
            include_archived=self.archived_check.isChecked(),
        )
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{0} article(s)").format(len(rows)))
        if selected is not None:
            self.select_product(selected.id)
        self._update_buttons()

    def visible_names(self) -> list[str]:
        """Names in the order the table shows them (for tests and screenshots)."""
        return [str(self.proxy.index(row, COL_NAME).data()) for row in range(self.proxy.rowCount())]

    def selected_product(self) -> ProductView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.product_at(self.proxy.mapToSource(index).row())

    def select_product(self, product_id: int) -> bool:
        row = self.model.row_of(product_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, COL_NAME))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def may_edit(self) -> bool:
        actor = self.actor_provider()
        return actor is not None and actor.can(Permission.EDIT_CATALOGUE)

    def _update_buttons(self) -> None:
        product = self.selected_product()
        may_edit = self.may_edit()
        self.rights_label.setVisible(not may_edit)
        for button in (self.new_button, self.categories_button, self.csv_button):
            button.setEnabled(may_edit)
        self.edit_button.setEnabled(may_edit and product is not None)
        self.archive_button.setEnabled(may_edit and product is not None)
        if product is not None and not product.active:
            self.archive_button.setText(self.tr("Restaurer"))
        else:
            self.archive_button.setText(self.tr("Archiver"))

    # -- actions ----------------------------------------------------------------------
    def new_product(self) -> ProductForm:
        return self._open_form(None)

    def edit_selected(self) -> ProductForm | None:
        product = self.selected_product()
        return None if product is None else self._open_form(product)

    def _open_form(self, product: ProductView | None) -> ProductForm:
        form = ProductForm(self.ctx, self.actor_provider, product, self)
        form.saved.connect(self._on_saved)
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()
        return form

    def _on_saved(self, view: ProductView) -> None:
        self.reload()
        if not self.select_product(view.id):
            self.search_edit.clear()
            self.reload()
            self.select_product(view.id)
        show_toast(self, self.tr("« {0} » enregistré").format(view.name))

    def toggle_archive(self) -> None:
        product = self.selected_product()
        if product is None:
            return

        def run() -> bool:
            actor = require_actor(self.actor_provider)
            if product.active:
                catalogue_service.archive_product(self.ctx, actor, product.id)
            else:
                catalogue_service.restore_product(self.ctx, actor, product.id)
            return True

        if call_service(self, run):
            message = self.tr("« {0} » archivé") if product.active else self.tr("« {0} » restauré")
            self.reload()
            show_toast(self, message.format(product.name))

    def edit_categories(self) -> CategoriesDialog:
        dialog = CategoriesDialog(self.ctx, self.actor_provider, self)
        dialog.changed.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Importer le catalogue"), "", self.tr("Fichiers CSV (*.csv)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> ImportReportDialog | None:
        """Import a CSV file and show the per-line report (None when the file was refused)."""
        report = call_service(
            self,
            lambda: catalogue_io.import_csv(self.ctx, require_actor(self.actor_provider), path),
        )
        if report is None:
            return None
        self.refresh()
        dialog = ImportReportDialog(report, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Exporter le catalogue"), "catalogue.csv", self.tr("Fichiers CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int | None:
        count = call_service(self, lambda: catalogue_io.export_csv(self.ctx, path))
        if count is not None:
            show_toast(self, self.tr("{0} article(s) exporté(s) dans {1}").format(count, path.name))
        return count

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
