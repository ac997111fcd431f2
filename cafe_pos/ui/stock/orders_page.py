"""Order suggestions per supplier: what to order for the next delivery day from the stock,
the sales speed and each product's minimum and target; the packs can be edited, then the
order is saved and written as PDF and CSV for the supplier. Suppliers are added here too
(SIRET checked)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.services import stock, stock_reorder
from cafe_pos.services.stock import SupplierData
from cafe_pos.services.stock_reorder import OrderSuggestion
from cafe_pos.ui.stock.common import ActorProvider, StockPage, big_button, compact, table_view
from cafe_pos.ui.stock.models import OrderModel
from cafe_pos.ui.widgets.messages import show_toast


class OrdersPage(StockPage):
    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, actor_provider, parent)
        self.suggestion: OrderSuggestion | None = None
        self.model = OrderModel(self)
        self.model.dataChanged.connect(lambda *_a: self._show_total())
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.supplier = compact(QComboBox(self))
        self.supplier.currentIndexChanged.connect(lambda _i: self.suggest())
        self.add_supplier_button = big_button(self.tr("Nouveau fournisseur"), self)
        self.add_supplier_button.clicked.connect(self.new_supplier)
        top.addWidget(self.supplier, 2)
        top.addWidget(self.add_supplier_button)
        layout.addLayout(top)
        self.info = QLabel(self)
        self.info.setObjectName("pageTitle")
        layout.addWidget(self.info)
        self.table = table_view(self, self.model)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        bottom.addWidget(self.total_label)
        bottom.addStretch(1)
        self.export_button = big_button(self.tr("Commander : PDF + CSV"), self, primary=True)
        self.export_button.clicked.connect(lambda: self.order())
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)

    def reload(self) -> None:
        current = self.supplier.currentData()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        for sup in stock.suppliers(self.ctx):
            self.supplier.addItem(sup.name, sup.id)
        self.supplier.setCurrentIndex(max(self.supplier.findData(current), 0))
        self.supplier.blockSignals(False)
        self.suggest()

    def suggest(self) -> None:
        supplier_id = self.supplier.currentData()
        if supplier_id is None:
            self.suggestion = None
            self.model.set_rows([])
            self.info.setText(self.tr("Ajoutez un fournisseur pour préparer ses commandes"))
            self._show_total()
            return
        suggestion = self.call(lambda: stock_reorder.suggest_order(self.ctx, supplier_id))
        if suggestion is None:
            return
        self.suggestion = suggestion
        self.model.set_rows(suggestion.lines)
        self.info.setText(
            self.tr("Livraison le {0:%d/%m/%Y}, suivante le {1:%d/%m/%Y}").format(
                suggestion.delivery_on, suggestion.following_on
            )
        )
        self._show_total()

    def _show_total(self) -> None:
        total = self.model.total_cents
        text = self.tr("Total HT : {0}").format(format_eur(total))
        if self.suggestion is not None and 0 < total < self.suggestion.minimum_order_cents:
            text += self.tr(" (minimum de commande {0})").format(
                format_eur(self.suggestion.minimum_order_cents)
            )
        self.total_label.setText(text)

    def order(self, folder: Path | None = None) -> tuple[Path, Path] | None:
        """Save the order, then write its PDF and CSV (in ``folder``, or asked)."""
        actor = self.actor()
        if actor is None or self.suggestion is None:
            return None
        edited = self.call(lambda: stock_reorder.with_packs(self.suggestion, self.model.packs))  # type: ignore[arg-type]
        if edited is None:
            return None
        if not edited.ordered:
            self.call(self._refuse_empty)
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier de la commande"))
            if not chosen:
                return None
            folder = Path(chosen)
        order_id = self.call(lambda: stock_reorder.save_order(self.ctx, actor, edited))
        if order_id is None:
            return None
        stem = f"commande-{order_id}-{edited.supplier}".replace(" ", "-")
        pdf, csv_path = folder / f"{stem}.pdf", folder / f"{stem}.csv"
        done = self.call(
            lambda: stock_reorder.export_order(
                self.ctx, edited, pdf=pdf, csv_path=csv_path, order_id=order_id
            )
        )
        if done is None and not pdf.exists():
            return None
        show_toast(self, self.tr("Commande n° {0} enregistrée : {1}").format(order_id, pdf.name))
        return pdf, csv_path

    def _refuse_empty(self) -> None:
        raise UserError(self.tr("La commande est vide : indiquez au moins un colis"))

    def new_supplier(self) -> None:
        dialog = SupplierDialog(self)
        self.dialog = dialog

        def save() -> None:
            actor = self.actor()
            if actor is None:
                return
            new_id = self.call(lambda: stock.save_supplier(self.ctx, actor, dialog.data()))
            if new_id is not None:
                self.reload()
                self.supplier.setCurrentIndex(self.supplier.findData(new_id))

        dialog.accepted.connect(save)
        dialog.open()


class SupplierDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplierDialog")
        self.setWindowTitle(self.tr("Nouveau fournisseur"))
        form = QFormLayout(self)
        self.name = QLineEdit(self)
        self.contact = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.siret = QLineEdit(self)
        self.days = QLineEdit(self)
        self.days.setPlaceholderText(self.tr("ex. 1,4 = mardi et vendredi (0 = lundi)"))
        self.lead = QSpinBox(self)
        self.lead.setRange(0, 60)
        self.lead.setValue(1)
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Téléphone"), self.phone)
        form.addRow(self.tr("SIRET"), self.siret)
        form.addRow(self.tr("Jours de livraison"), self.days)
        form.addRow(self.tr("Délai de commande (jours)"), self.lead)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def data(self) -> SupplierData:
        return SupplierData(
            self.name.text(),
            contact=self.contact.text(),
            phone=self.phone.text(),
            siret=self.siret.text(),
            delivery_weekdays=self.days.text(),
            lead_days=self.lead.value(),
        )
