"""Reception of a delivery by scanning: choose the supplier, scan each article (one more
purchase unit per scan, or type "6*" before scanning for six), type the price and the
DLC/DDM of dated lots in the table, the note's number and total, then save: the service
checks everything and writes it in one transaction, or says in French what is wrong."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, parse_amount
from cafe_pos.domain.stock import PastBestBefore
from cafe_pos.services import network_catalogue, stock, stock_deliveries, stock_reorder
from cafe_pos.services.stock_deliveries import DeliveryInput, DeliveryLineInput, DeliveryResult
from cafe_pos.ui.stock.common import (
    ActorProvider,
    ScanField,
    StockPage,
    big_button,
    compact,
    table_view,
)
from cafe_pos.ui.stock.models import ReceptionLine, ReceptionModel
from cafe_pos.ui.widgets.messages import error_text, show_error, show_toast

MULTIPLIER = re.compile(r"^(\d{1,4})\*(.+)$")


class StockReceptionPage(StockPage):
    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, actor_provider, parent)
        self.model = ReceptionModel(self)
        self.model.dataChanged.connect(lambda *_a: self._show_total())
        self.model.rowsInserted.connect(lambda *_a: self._show_total())
        self.model.rowsRemoved.connect(lambda *_a: self._show_total())
        self.model.modelReset.connect(lambda: self._show_caps())
        self.last_result: DeliveryResult | None = None
        self.confirm_box: QMessageBox | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.supplier = compact(QComboBox(self))
        self.note_ref = QLineEdit(self)
        self.note_ref.setPlaceholderText(self.tr("N° du bon"))
        self.note_total = QLineEdit(self)
        self.note_total.setPlaceholderText(self.tr("Total du bon HT"))
        self.supplier.currentIndexChanged.connect(lambda _i: self._fill_orders())
        self.supplier.currentIndexChanged.connect(lambda _i: self._show_caps())
        self.order = compact(QComboBox(self))
        self.order.activated.connect(lambda _i: self.take_order())
        top.addWidget(self.supplier, 2)
        top.addWidget(self.order, 2)
        top.addWidget(self.note_ref, 1)
        top.addWidget(self.note_total, 1)
        layout.addLayout(top)
        self.scan = ScanField(
            self.tr("Scannez chaque article (6* puis scan = 6 colis), ou tapez sa référence"), self
        )
        self.scan.scanned.connect(self.scan_code)
        layout.addWidget(self.scan)
        self.table = table_view(self, self.model, name_width=260)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("warningLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.cap_label = QLabel(self)  # lines above the network's price cap
        self.cap_label.setObjectName("capWarning")
        self.cap_label.setStyleSheet("color: #e65100; font-weight: 600;")
        self.cap_label.setWordWrap(True)
        self.cap_label.hide()
        layout.addWidget(self.cap_label)
        bottom = QHBoxLayout()
        self.remove_button = big_button(self.tr("Retirer la ligne"), self)
        self.remove_button.clicked.connect(self.remove_line)
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        bottom.addWidget(self.total_label)
        self.save_button = big_button(self.tr("Enregistrer la réception"), self, primary=True)
        self.save_button.setObjectName("saveReception")
        self.save_button.clicked.connect(lambda: self.save())
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self._show_total()

    def reload(self) -> None:
        current = self.supplier.currentData()
        self.supplier.clear()
        self.supplier.addItem(self.tr("Sans fournisseur"), None)
        for sup in stock.suppliers(self.ctx):
            self.supplier.addItem(sup.name, sup.id)
        index = self.supplier.findData(current)
        self.supplier.setCurrentIndex(max(index, 0))
        self._fill_orders()
        self.scan.setFocus()

    def _fill_orders(self) -> None:
        self.order.clear()
        self.order.addItem(self.tr("Sans commande"), None)
        supplier_id = self.supplier.currentData()
        if supplier_id is None:
            return
        for order_id, expected in stock_reorder.open_orders(self.ctx, supplier_id):
            when = self.tr(" attendue le {0:%d/%m}").format(expected) if expected else ""
            self.order.addItem(self.tr("Commande n° {0}").format(order_id) + when, order_id)

    def take_order(self) -> None:
        """Start from what was ordered: the lines with their packs and prices, to correct
        where the delivery differs."""
        order_id = self.order.currentData()
        if order_id is None:
            return
        lines = self.call(lambda: stock_reorder.order_lines(self.ctx, order_id))
        if lines is None:
            return
        self.model.set_rows(
            [
                ReceptionLine(
                    ln.product_id,
                    ln.name,
                    ln.unit,
                    ln.date_kind,
                    ln.packs * 1000,
                    ln.pack_size,
                    ln.unit_cost_cents * ln.pack_size,
                )
                for ln in lines
            ]
        )
        self._show_total()

    def scan_code(self, text: str) -> None:
        count = 1
        match = MULTIPLIER.match(text)
        if match:
            count, text = int(match.group(1)), match.group(2).strip()
        item = self.call(
            lambda: stock_deliveries.reception_item(self.ctx, text, self.supplier.currentData())
        )
        if item is None:
            return
        row = self.model.add_or_increment(
            ReceptionLine(
                item.product_id,
                item.name,
                item.unit,
                item.date_kind,
                1000,
                item.pack_size,
                item.last_cost_cents * item.pack_size,
                code=item.code,
            )
        )
        for _ in range(count - 1):
            self.model.add_or_increment(self.model.row_at(row))
        self.table.selectRow(row)
        line = self.model.row_at(row)
        if line.date_kind and line.expires_on is None:
            self.message.setText(
                self.tr("{0} : saisissez la date du lot (colonne DLC / DDM)").format(line.name)
            )
        else:
            self.message.setText("")

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.model.remove(rows[0].row())

    def _show_total(self) -> None:
        self.total_label.setText(
            self.tr("{0} ligne(s) · {1} HT").format(
                self.model.rowCount(), format_eur(self.model.total_cents)
            )
        )
        self.message.setText(self.model.last_error)  # a typed cell refused, or nothing
        self._show_caps()

    def _show_caps(self) -> None:
        """Flag the lines priced above the network's cap for this supplier (the manager
        may still receive them)."""
        rows = [
            (r.product_id, r.price_cents, r.discount_bp, r.pack_size) for r in self.model.rows()
        ]
        above = network_catalogue.above_cap_lines(self.ctx, self.supplier.currentData(), rows)
        self.cap_label.setText(
            "\n".join(
                self.tr("Au-dessus du prix plafonné du réseau : {0} à {1} HT l'unité, plafond {2} HT chez {3}").format(
                    a.name, format_eur(a.unit_cost_cents), format_eur(a.cap_cents), a.supplier
                )
                for a in above
            )
        )  # fmt: skip
        self.cap_label.setVisible(bool(above))

    def set_cell(self, row: int, column: int, text: str) -> bool:
        """Type into a cell of the table (as the delegate does)."""
        ok = self.model.setData(self.model.index(row, column), text)
        self.message.setText("" if ok else self.model.last_error)
        return ok

    def delivery_input(self, accept_past_best_before: bool = False) -> DeliveryInput:
        total_text = self.note_total.text().strip()
        note_total = parse_amount(total_text) if total_text else None
        return DeliveryInput(
            self.supplier.currentData(),
            [
                DeliveryLineInput(
                    r.product_id,
                    r.qty_milli,
                    r.price_cents,
                    r.pack_size,
                    r.discount_bp,
                    r.expires_on,
                    r.code,
                )
                for r in self.model.rows()
            ],
            self.note_ref.text(),
            note_total,
            order_id=self.order.currentData(),
            accept_past_best_before=accept_past_best_before,
        )

    def save(self, accept_past_best_before: bool = False) -> DeliveryResult | None:
        actor = self.actor()
        if actor is None:
            return None
        try:
            data = self.delivery_input(accept_past_best_before)
            result = stock_deliveries.receive(self.ctx, actor, data)
        except PastBestBefore as exc:
            self._confirm_past_best_before(error_text(exc))
            return None
        except UserError as exc:
            self.message.setText(error_text(exc))
            show_error(self, exc)
            return None
        self.last_result = result
        self.model.set_rows([])
        self.note_ref.clear()
        self.note_total.clear()
        self._fill_orders()
        text = self.tr("Réception n° {0} enregistrée : {1} HT").format(
            result.delivery_id, format_eur(result.total_cents)
        )
        rises = [
            self.tr("hausse de prix : {0} {1} → {2}").format(
                r.name, format_eur(r.previous_cost), format_eur(r.new_cost)
            )
            for r in result.price_rises
        ]
        caps = [
            self.tr("au-dessus du plafond du réseau : {0} {1} HT (plafond {2} HT)").format(
                a.name, format_eur(a.unit_cost_cents), format_eur(a.cap_cents)
            )
            for a in result.above_cap
        ]
        self.message.setText("\n".join([*rises, *caps, *result.warnings]))
        show_toast(self, text)
        self.changed.emit()
        return result

    def _confirm_past_best_before(self, text: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("pastBestBeforeDialog")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("DDM dépassée"))
        box.setText(text)
        receive = box.addButton(self.tr("Recevoir quand même"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        self.confirm_box = box

        def done(_code: int) -> None:
            if box.clickedButton() is receive:
                self.save(accept_past_best_before=True)

        box.finished.connect(done)
        box.open()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
