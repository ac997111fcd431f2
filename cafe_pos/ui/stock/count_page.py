"""Count (inventaire): open a count of one category or of everything, scan each article on
the shelf (one scan = one more; type "12*" before a scan, or a quantity then "Compter", to
set it), see expected vs counted and the value of the difference, validate once (manager),
save the sheet as PDF for the accountant. A count can be left and resumed later."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, format_quantity, parse_quantity
from cafe_pos.services import catalogue, stock_counts, stock_deliveries
from cafe_pos.services.stock_counts import CountSheet
from cafe_pos.ui.stock.common import (
    ActorProvider,
    ScanField,
    StockPage,
    big_button,
    compact,
    table_view,
)
from cafe_pos.ui.stock.models import CountModel
from cafe_pos.ui.widgets.messages import error_text, show_toast

SET_QTY = re.compile(r"^(\d{1,5}(?:[.,]\d{1,3})?)\*(.+)$")


class CountPage(StockPage):
    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, actor_provider, parent)
        self.count_id: int | None = None
        self.sheet: CountSheet | None = None
        self.last_product: int | None = None
        self.model = CountModel(self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counts = compact(QComboBox(self))
        self.counts.currentIndexChanged.connect(lambda _i: self._pick_count())
        self.category = compact(QComboBox(self))
        self.start_button = big_button(self.tr("Nouvel inventaire"), self, primary=True)
        self.start_button.clicked.connect(self.start)
        top.addWidget(self.counts, 2)
        top.addWidget(self.category, 1)
        top.addWidget(self.start_button)
        layout.addLayout(top)
        scan_row = QHBoxLayout()
        self.scan = ScanField(self.tr("Scannez chaque article du rayon (12* puis scan = 12)"), self)
        self.scan.scanned.connect(self.scan_code)
        self.qty = QLineEdit(self)
        self.qty.setPlaceholderText(self.tr("Quantité"))
        self.qty.setMaximumWidth(160)
        self.set_button = big_button(self.tr("Compter"), self)
        self.set_button.clicked.connect(self.set_typed_quantity)
        scan_row.addWidget(self.scan, 3)
        scan_row.addWidget(self.qty)
        scan_row.addWidget(self.set_button)
        layout.addLayout(scan_row)
        self.table = table_view(self, self.model)
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("warningLabel")
        layout.addWidget(self.message)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        layout.addWidget(self.total_label)
        bottom = QHBoxLayout()
        self.pdf_button = big_button(self.tr("PDF pour le comptable"), self)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        bottom.addWidget(self.pdf_button)
        bottom.addStretch(1)
        self.validate_button = big_button(self.tr("Valider l'inventaire"), self, primary=True)
        self.validate_button.clicked.connect(self.validate)
        bottom.addWidget(self.validate_button)
        layout.addLayout(bottom)

    def reload(self) -> None:
        self.category.clear()
        self.category.addItem(self.tr("Tout le magasin"), None)
        for cat in catalogue.list_categories(self.ctx):
            self.category.addItem(cat.name, cat.id)
        self.counts.blockSignals(True)
        self.counts.clear()
        for summary in stock_counts.counts(self.ctx):
            state = self.tr("en cours") if summary.status == "open" else self.tr("validé")
            self.counts.addItem(f"{summary.label} ({state})", summary.id)
        self.counts.blockSignals(False)
        if self.count_id is not None:
            self.counts.setCurrentIndex(max(self.counts.findData(self.count_id), 0))
        self._pick_count()
        self.scan.setFocus()

    def _pick_count(self) -> None:
        self.count_id = self.counts.currentData()
        self._show()

    def _show(self) -> None:
        if self.count_id is None:
            self.sheet = None
            self.model.set_rows([])
            self.total_label.setText(self.tr("Aucun inventaire : commencez-en un"))
            return
        sheet = self.call(lambda: stock_counts.count_sheet(self.ctx, self.count_id or 0))
        if sheet is None:
            return
        self.sheet = sheet
        self.model.set_rows(sheet.lines)
        text = self.tr("{0} compté(s) · écart {1}").format(
            len(sheet.lines), format_eur(sheet.difference_cents)
        )
        if sheet.not_counted:
            text += self.tr(" · {0} pas encore compté(s)").format(sheet.not_counted)
        if sheet.status != "open":
            text += self.tr(" · validé par {0}").format(sheet.validated_by)
        self.total_label.setText(text)
        open_ = sheet.status == "open"
        for widget in (self.validate_button, self.set_button, self.scan, self.qty):
            widget.setEnabled(open_)

    def start(self) -> None:
        actor = self.actor()
        if actor is None:
            return
        count_id = self.call(
            lambda: stock_counts.start_count(
                self.ctx, actor, category_id=self.category.currentData()
            )
        )
        if count_id is not None:
            self.count_id = count_id
            self.reload()

    def scan_code(self, text: str) -> None:
        qty, add = 1000, True
        match = SET_QTY.match(text)
        actor = self.actor()
        if actor is None or self.count_id is None:
            self.message.setText(self.tr("Commencez d'abord un inventaire"))
            return
        try:
            if match:
                qty, add, text = (
                    parse_quantity(match.group(1), max_units=99_999),
                    False,
                    match.group(2),
                )
            item = stock_deliveries.reception_item(self.ctx, text.strip())
            counted = stock_counts.count_product(
                self.ctx, actor, self.count_id, item.product_id, qty, add=add, barcode=item.code
            )
        except UserError as exc:
            self.message.setStyleSheet("")
            self.message.setText(error_text(exc))
            return
        self.last_product = item.product_id
        self.message.setStyleSheet("color: #1b5e20;")  # a count, not a refusal
        self.message.setText(
            self.tr("{0} : {1} compté(s)").format(
                item.name, format_quantity(counted, unit=item.unit)
            )
        )
        self._show()

    def set_typed_quantity(self) -> None:
        """The typed quantity replaces what was counted for the selected (or last) article."""
        actor = self.actor()
        rows = self.table.selectionModel().selectedRows()
        product_id = self.model.row_at(rows[0].row()).product_id if rows else self.last_product
        if actor is None or self.count_id is None or product_id is None:
            self.message.setText(self.tr("Scannez ou choisissez d'abord un article"))
            return
        try:
            qty = (
                parse_quantity(self.qty.text(), max_units=99_999)
                if self.qty.text().strip() != "0"
                else 0
            )
            stock_counts.count_product(self.ctx, actor, self.count_id, product_id, qty)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return
        self.qty.clear()
        self.message.setText("")
        self._show()

    def validate(self) -> None:
        actor = self.actor()
        if actor is None or self.count_id is None:
            return
        count_id = self.count_id
        sheet = self.call(lambda: stock_counts.validate_count(self.ctx, actor, count_id))
        if sheet is not None:
            show_toast(
                self,
                self.tr("Inventaire validé : écart {0}").format(format_eur(sheet.difference_cents)),
            )
            self.changed.emit()
            self.reload()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        if self.count_id is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer l'inventaire"), "inventaire.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        count_id = self.count_id
        done = self.call(lambda: stock_counts.export_count_pdf(self.ctx, count_id, path))
        if done is not None:
            show_toast(self, self.tr("Inventaire enregistré : {0}").format(done))
        return done
