"""Partner bakers: name, contract (bought for resale, or sale or return with a commission
per item or a percentage), delivery days, cut-off for tomorrow's order, and the products
they supply (linked to catalogue products)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.bread import CommissionKind, ContractKind
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.ui.bread.common import (
    WEEKDAYS_KEYS,
    actor_of,
    compact_combo,
    scrolled,
    table_view,
    touch_button,
)
from cafe_pos.ui.bread.models import Column, ColumnsModel
from cafe_pos.ui.widgets.messages import call_service, show_toast


class BakersPage(QWidget):
    def __init__(
        self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadBakers")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.editing: int | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        title = QLabel(self.tr("Boulangers"), self)
        title.setObjectName("pageTitle")
        left.addWidget(title)
        self.model: ColumnsModel[bread.BakerView] = ColumnsModel(
            [
                Column(self.tr("Boulanger"), lambda b: b.name),
                Column(self.tr("Contrat"), lambda b: b.contract_label),
                Column(self.tr("Heure limite"), lambda b: b.cutoff.strftime("%H:%M")),
            ],
            self,
        )
        self.table = table_view(self)
        self.table.setObjectName("bakersTable")
        self.table.setModel(self.model)
        self.table.clicked.connect(lambda index: self.edit(index.row()))
        left.addWidget(self.table, 1)
        left.addWidget(touch_button(self.tr("Nouveau boulanger"), self, on_click=self.new))
        self.products_model: ColumnsModel[bread.BakerProductView] = ColumnsModel(
            [
                Column(self.tr("Article"), lambda p: p.name),
                Column(self.tr("Prix de vente"), lambda p: format_eur(p.price_cents), numeric=True),
                Column(
                    self.tr("Prix d'achat"),
                    lambda p: format_eur(p.purchase_price_cents) if p.purchase_price_cents else "",
                    numeric=True,
                ),
                Column(self.tr("Actif"), lambda p: self.tr("oui") if p.active else self.tr("non")),
            ],
            self,
        )
        products_title = QLabel(self.tr("Articles fournis"), self)
        products_title.setObjectName("statusLine")
        left.addWidget(products_title)
        self.products_table = table_view(self)
        self.products_table.setObjectName("bakerProductsTable")
        self.products_table.setModel(self.products_model)
        left.addWidget(self.products_table, 1)
        add_row = QHBoxLayout()
        self.candidate_combo = compact_combo(QComboBox(self))
        self.candidate_combo.setObjectName("candidateCombo")
        add_row.addWidget(self.candidate_combo, 2)
        self.purchase_spin = QSpinBox(self)
        self.purchase_spin.setRange(0, 2000)
        self.purchase_spin.setPrefix(self.tr("achat "))
        self.purchase_spin.setSuffix(" c")
        self.purchase_spin.setMinimumWidth(170)  # "achat 2000 c": fits 1024 px
        add_row.addWidget(self.purchase_spin)
        self.add_button = touch_button(
            self.tr("Ajouter l'article"), self, on_click=self.add_product
        )
        left.addLayout(add_row)
        add_row2 = QHBoxLayout()
        add_row2.addWidget(self.add_button)
        self.remove_button = touch_button(self.tr("Retirer"), self, on_click=self.remove_product)
        add_row2.addWidget(self.remove_button)
        left.addLayout(add_row2)
        layout.addLayout(left, 2)
        layout.addWidget(scrolled(self._form(), self), 3)

    def _form(self) -> QWidget:
        box = QGroupBox(self.tr("Boulanger et contrat"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("bakerName")
        form.addRow(self.tr("Nom"), self.name_edit)
        self.phone_edit = QLineEdit(box)
        form.addRow(self.tr("Téléphone"), self.phone_edit)
        self.contract_combo = compact_combo(QComboBox(box), 12)
        self.contract_combo.setObjectName("contractCombo")
        self.contract_combo.addItem(
            self.tr("Dépôt-vente"),
            ContractKind.SALE_OR_RETURN.value,
        )
        self.contract_combo.addItem(self.tr("Achat pour revente"), ContractKind.BOUGHT.value)
        form.addRow(self.tr("Contrat"), self.contract_combo)
        self.commission_kind = compact_combo(QComboBox(box), 12)
        self.commission_kind.setObjectName("commissionKind")
        self.commission_kind.addItem(
            self.tr("Pourcentage des ventes"), CommissionKind.PERCENT.value
        )
        self.commission_kind.addItem(self.tr("Montant par article"), CommissionKind.PER_ITEM.value)
        form.addRow(self.tr("Commission"), self.commission_kind)
        self.commission_spin = QSpinBox(box)
        self.commission_spin.setObjectName("commissionValue")
        self.commission_spin.setRange(0, 10000)
        self.commission_spin.setValue(1500)
        form.addRow(self.tr("Valeur"), self.commission_spin)
        value_hint = QLabel(self.tr("1500 = 15 % des ventes, ou 15 = 0,15 € par article"), box)
        value_hint.setObjectName("pageHint")
        value_hint.setWordWrap(True)
        form.addRow("", value_hint)
        days = QHBoxLayout()
        self.day_buttons: list[QPushButton] = []
        for index, name in enumerate(WEEKDAYS_KEYS):
            button = QPushButton(name, box)
            button.setCheckable(True)
            button.setChecked(True)
            button.setMinimumSize(40, 48)
            button.setStyleSheet("padding: 2px 4px;")
            button.setObjectName(f"delivery{index}")
            self.day_buttons.append(button)
            days.addWidget(button)
        form.addRow(self.tr("Livraisons"), days)
        self.cutoff_edit = QTimeEdit(box)
        self.cutoff_edit.setDisplayFormat("HH:mm")
        self.cutoff_edit.setTime(QTime(18, 0))
        form.addRow(self.tr("Heure limite (la veille)"), self.cutoff_edit)
        save = touch_button(self.tr("Enregistrer"), box, primary=True, on_click=self.save)
        save.setObjectName("saveBaker")
        form.addRow(save)
        return box

    def refresh(self) -> None:
        bakers = call_service(self, lambda: bread.list_bakers(self.ctx)) or []
        self.model.set_rows(bakers)
        self.candidate_combo.clear()
        for product_id, name, price in bread.bread_candidates(self.ctx):
            self.candidate_combo.addItem(f"{name} ({format_eur(price)})", product_id)
        current = next((b for b in bakers if b.id == self.editing), None)
        if current is None and bakers:
            current = bakers[0]
        if current is not None:
            self._show(current)
        else:
            self.new()

    def new(self) -> None:
        self.editing = None
        self.name_edit.clear()
        self.phone_edit.clear()
        self.contract_combo.setCurrentIndex(0)
        self.commission_kind.setCurrentIndex(0)
        self.commission_spin.setValue(1500)
        for button in self.day_buttons:
            button.setChecked(True)
        self.cutoff_edit.setTime(QTime(18, 0))
        self.products_model.set_rows([])
        self._enable_products()

    def edit(self, row: int) -> None:
        self._show(self.model.row(row))

    def _show(self, baker: bread.BakerView) -> None:
        self.editing = baker.id
        self.name_edit.setText(baker.name)
        self.phone_edit.setText(baker.phone)
        self.contract_combo.setCurrentIndex(
            max(0, self.contract_combo.findData(baker.contract.kind.value))
        )
        self.commission_kind.setCurrentIndex(
            max(0, self.commission_kind.findData(baker.contract.commission_kind.value))
        )
        self.commission_spin.setValue(baker.contract.commission_value)
        for index, button in enumerate(self.day_buttons):
            button.setChecked(index in baker.delivery_weekdays)
        self.cutoff_edit.setTime(QTime(baker.cutoff.hour, baker.cutoff.minute))
        self.products_model.set_rows(list(baker.products))
        self._enable_products()

    def _enable_products(self) -> None:
        for widget in (self.add_button, self.remove_button, self.candidate_combo):
            widget.setEnabled(self.editing is not None)

    def form_data(self) -> bread.BakerInput:
        cutoff = self.cutoff_edit.time()
        return bread.BakerInput(
            name=self.name_edit.text(),
            contract_kind=ContractKind(self.contract_combo.currentData()),
            commission_kind=CommissionKind(self.commission_kind.currentData()),
            commission_value=self.commission_spin.value(),
            delivery_weekdays=frozenset(i for i, b in enumerate(self.day_buttons) if b.isChecked()),
            cutoff=dt.time(cutoff.hour(), cutoff.minute()),
            phone=self.phone_edit.text(),
        )

    def save(self) -> None:
        data = self.form_data()
        editing = self.editing
        view = call_service(
            self, lambda: bread.save_baker(self.ctx, actor_of(self.actor_provider), data, editing)
        )
        if view is not None:
            self.editing = view.id
            show_toast(self, self.tr("Boulanger enregistré"))
            self.refresh()

    def add_product(self) -> None:
        baker_id = self.editing
        product_id = self.candidate_combo.currentData()
        if baker_id is None or product_id is None:
            return
        price = self.purchase_spin.value()
        if call_service(
            self,
            lambda: bread.link_product(
                self.ctx, actor_of(self.actor_provider), baker_id, int(product_id), price
            ),
        ):
            self.refresh()

    def remove_product(self) -> None:
        baker_id = self.editing
        index = self.products_table.currentIndex()
        if baker_id is None or not index.isValid():
            show_toast(self, self.tr("Choisissez d'abord un article dans la liste"), error=True)
            return
        product_id = self.products_model.row(index.row()).product_id
        if call_service(
            self,
            lambda: bread.unlink_product(
                self.ctx, actor_of(self.actor_provider), baker_id, product_id
            ),
        ):
            self.refresh()
