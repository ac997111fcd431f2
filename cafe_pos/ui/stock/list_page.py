"""The stock list: search (a scanned barcode finds its product), filters (low, negative,
expiring, category, supplier), the value at cost of what is shown, and for the selected
product its history (every movement with who and why), a loss, and its stock settings."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, parse_quantity
from cafe_pos.services import catalogue, stock
from cafe_pos.services.stock import StockFilter, StockRow, StockSettings
from cafe_pos.ui.stock.common import (
    ActorProvider,
    ScanField,
    StockPage,
    big_button,
    compact,
    selected_source_row,
    table_view,
)
from cafe_pos.ui.stock.models import HistoryModel, MarginModel, StockTableModel, qty_text
from cafe_pos.ui.widgets.messages import error_text


class StockListPage(StockPage):
    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, actor_provider, parent)
        self.only: StockFilter = "all"
        self.model = StockTableModel(self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = ScanField(self.tr("Rechercher ou scanner un article"), self)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.search.scanned.connect(self._scanned)
        top.addWidget(self.search, 3)
        self.category = QComboBox(self)
        self.supplier = QComboBox(self)
        for combo in (self.category, self.supplier):
            compact(combo)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            top.addWidget(combo, 1)
        layout.addLayout(top)
        filters = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_buttons = {}
        for key, text in (
            ("all", self.tr("Tout")),
            ("low", self.tr("Stock bas")),
            ("negative", self.tr("Négatifs")),
            ("expiring", self.tr("Dates courtes")),
        ):
            button = big_button(text, self, name=f"filter_{key}")
            button.setCheckable(True)
            button.setChecked(key == "all")
            button.clicked.connect(lambda _c=False, k=key: self.set_filter(k))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            filters.addWidget(button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.value_label = QLabel(self)
        self.value_label.setObjectName("totalLabel")
        self.value_label.setWordWrap(True)  # beside the buttons at 1024 px: wraps, never widens
        self.table = table_view(self, self.model, sortable=True, name_width=270)
        self.table.doubleClicked.connect(lambda _i: self.show_history())
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.history_button = big_button(self.tr("Historique"), self)
        self.history_button.clicked.connect(self.show_history)
        self.settings_button = big_button(self.tr("Seuils et dates"), self)
        self.settings_button.clicked.connect(self.edit_settings)
        actions.addWidget(self.history_button)
        actions.addWidget(self.settings_button)
        self.margins_button = big_button(self.tr("Marges du mois"), self)
        self.margins_button.clicked.connect(self.show_margins)
        actions.addWidget(self.margins_button)
        actions.addStretch(1)
        actions.addWidget(self.value_label)
        layout.addLayout(actions)
        self.dialog: QDialog | None = None
        self._fill_combos()

    def _fill_combos(self) -> None:
        self.category.blockSignals(True)
        self.supplier.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Toutes les catégories"), None)
        for cat in catalogue.list_categories(self.ctx):
            self.category.addItem(cat.name, cat.id)
        self.supplier.clear()
        self.supplier.addItem(self.tr("Tous les fournisseurs"), None)
        for sup in stock.suppliers(self.ctx):
            self.supplier.addItem(sup.name, sup.id)
        self.category.blockSignals(False)
        self.supplier.blockSignals(False)

    def set_filter(self, key: str) -> None:
        self.only = key  # type: ignore[assignment]
        self.filter_buttons[key].setChecked(True)
        self.reload()

    def reload(self) -> None:
        listed = self.call(
            lambda: stock.stock_list(
                self.ctx,
                search=self.search.text(),
                only=self.only,
                category_id=self.category.currentData(),
                supplier_id=self.supplier.currentData(),
            )
        )
        if listed is None:
            return
        self.model.set_rows(listed.rows)
        # one category shown: its column would only repeat it
        self.table.setColumnHidden(
            StockTableModel.COL_CATEGORY, self.category.currentData() is not None
        )
        text = self.tr("{0} article(s) · valeur {1} HT").format(
            len(listed.rows), format_eur(listed.value_cents)
        )
        if listed.negative_count:
            text += self.tr(" · {0} négatif(s)").format(listed.negative_count)
        self.value_label.setText(text)

    def _scanned(self, code: str) -> None:
        self.search.setText(code)
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def selected(self) -> StockRow | None:
        row = selected_source_row(self.table)
        if row is None:
            return None
        value: StockRow = self.model.row_at(row)
        return value

    def _need_selection(self) -> StockRow | None:
        row = self.selected()
        if row is None and self.model.rowCount() == 1:
            row = self.model.row_at(0)
        if row is None:
            self.call(self._refuse_no_selection)
        return row

    def _refuse_no_selection(self) -> None:
        raise UserError(self.tr("Choisissez d'abord un article dans la liste"))

    def show_history(self) -> None:
        row = self._need_selection()
        if row is None:
            return
        history = self.call(lambda: stock.product_history(self.ctx, row.product_id))
        if history is None:
            return
        dialog = QDialog(self)
        dialog.setObjectName("historyDialog")
        dialog.setWindowTitle(self.tr("Historique — {0}").format(row.name))
        dialog.resize(980, 600)
        layout = QVBoxLayout(dialog)
        title = QLabel(
            self.tr("{0} : {1} en stock, PMP {2} HT").format(
                row.name, qty_text(row.qty_milli, row.unit), format_eur(row.average_cost)
            ),
            dialog,
        )
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        model = HistoryModel(dialog, row.unit)
        model.set_rows(history)
        dialog.history_model = model  # type: ignore[attr-defined]
        layout.addWidget(table_view(dialog, model), 1)
        close = big_button(self.tr("Fermer"), dialog)
        close.clicked.connect(dialog.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.dialog = dialog
        dialog.open()

    def show_margins(self, by: str = "category") -> QDialog | None:
        """This month's sales excl. VAT, cost of goods sold (PMP) and margin, by category or
        by product."""
        today = self.ctx.clock.now().date()
        first = today.replace(day=1)
        group: Literal["product", "category"] = "product" if by == "product" else "category"
        lines = self.call(lambda: stock.margins(self.ctx, first, today, by=group))
        if lines is None:
            return None
        dialog = QDialog(self)
        dialog.setObjectName("marginsDialog")
        dialog.setWindowTitle(self.tr("Marges du mois"))
        dialog.resize(980, 600)
        layout = QVBoxLayout(dialog)
        total_revenue = sum(m.revenue_cents for m in lines)
        total_margin = sum(m.margin_cents for m in lines)
        title = QLabel(
            self.tr("Du {0:%d/%m/%Y} au {1:%d/%m/%Y} : ventes {2} HT, marge {3}").format(
                first, today, format_eur(total_revenue), format_eur(total_margin)
            ),
            dialog,
        )
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        model = MarginModel(dialog)
        model.set_rows(lines)
        dialog.margin_model = model  # type: ignore[attr-defined]
        layout.addWidget(table_view(dialog, model), 1)
        buttons = QHBoxLayout()
        other = "product" if by == "category" else "category"
        switch = big_button(
            self.tr("Par article") if other == "product" else self.tr("Par catégorie"), dialog
        )

        def switch_view() -> None:
            dialog.accept()
            self.show_margins(other)

        switch.clicked.connect(switch_view)
        close = big_button(self.tr("Fermer"), dialog)
        close.clicked.connect(dialog.accept)
        buttons.addWidget(switch)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_settings(self) -> None:
        row = self._need_selection()
        if row is None:
            return
        dialog = StockSettingsDialog(row, self)
        self.dialog = dialog

        def save() -> None:
            actor = self.actor()
            if actor is None or dialog.result_settings is None:
                return
            settings = dialog.result_settings
            self.call(lambda: stock.set_stock_settings(self.ctx, actor, row.product_id, settings))
            self.reload()

        dialog.accepted.connect(save)
        dialog.open()


class StockSettingsDialog(QDialog):
    """Minimum, target and the date a product's lots carry (none, DLC, DDM)."""

    def __init__(self, row: StockRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockSettingsDialog")
        self.setWindowTitle(self.tr("Seuils et dates — {0}").format(row.name))
        self.result_settings: StockSettings | None = None
        form = QFormLayout(self)
        self.minimum = QLineEdit(qty_text(row.minimum_milli, row.unit) if row.minimum_milli else "")
        self.target = QLineEdit(qty_text(row.target_milli, row.unit) if row.target_milli else "")
        self.kind = QComboBox(self)
        for key, text in (
            ("", self.tr("Aucune date")),
            ("use_by", self.tr("DLC (à consommer jusqu'au)")),
            ("best_before", self.tr("DDM (de préférence avant)")),
        ):
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(max(self.kind.findData(row.date_kind), 0))
        form.addRow(self.tr("Stock minimum"), self.minimum)
        form.addRow(self.tr("Stock visé après commande"), self.target)
        form.addRow(self.tr("Date des lots"), self.kind)
        self.error = QLabel(self)
        self.error.setObjectName("warningLabel")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        try:
            minimum = (
                parse_quantity(self.minimum.text(), max_units=99_999)
                if self.minimum.text().strip()
                else 0
            )
            target = (
                parse_quantity(self.target.text(), max_units=99_999)
                if self.target.text().strip()
                else 0
            )
        except UserError as exc:
            self.error.setText(error_text(exc))
            return
        self.result_settings = StockSettings(minimum, target, str(self.kind.currentData()))
        self.accept()
