"""Happy-hour promotions editor: the list, one form, and the law explained above them.

An alcohol discount is saved only with an equivalent soft-drink discount over the same
window; "Enregistrer avec l'équivalent sans alcool" asks the service for that companion
offer and saves both at once. Refusals come from the service, word for word.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.happy_hour import HAPPY_HOUR_RULE
from cafe_pos.domain.money import format_amount, format_eur, parse_amount
from cafe_pos.domain.schedule import WEEKDAY_SHORT
from cafe_pos.domain.users import Actor
from cafe_pos.services import catalogue, promotions
from cafe_pos.services.promotions import PromotionInput, PromotionView
from cafe_pos.ui.widgets.messages import error_text, require_actor, show_toast


def _checked_ids(widget: QListWidget) -> frozenset[int]:
    return frozenset(
        int(widget.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    )


def _set_checked(widget: QListWidget, ids: frozenset[int]) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        state = item.data(Qt.ItemDataRole.UserRole) in ids
        item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)


class PromotionsEditor(QGroupBox):
    saved = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Happy hour et promotions"), parent)
        self.setObjectName("promotionsEditor")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.editing_id: int | None = None
        self.views: list[PromotionView] = []
        layout = QVBoxLayout(self)
        rule = QLabel(HAPPY_HOUR_RULE, self)
        rule.setObjectName("happyHourRule")
        rule.setWordWrap(True)
        rule.setStyleSheet("background: #fffde7; border: 1px solid #fbc02d; padding: 8px;")
        layout.addWidget(rule)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("promotionsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("Quand"), self.tr("Remise"), self.tr("Active")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.table.itemSelectionChanged.connect(self._edit_selected)
        layout.addWidget(self.table)
        layout.addLayout(self._form())
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addLayout(self._buttons())

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("promotionName")
        form.addRow(self.tr("Nom"), self.name_edit)
        days = QHBoxLayout()
        self.day_checks = []
        for day, label in enumerate(WEEKDAY_SHORT):
            check = QCheckBox(label, self)
            check.setObjectName(f"promotionDay{day}")
            days.addWidget(check)
            self.day_checks.append(check)
        form.addRow(self.tr("Jours"), days)
        self.window_edit = QLineEdit(self)
        self.window_edit.setObjectName("promotionWindow")
        self.window_edit.setPlaceholderText("18:00-20:00")
        form.addRow(self.tr("Plage horaire"), self.window_edit)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("promotionKind")
        self.kind_combo.addItem(self.tr("Remise en %"), "percent")
        self.kind_combo.addItem(self.tr("Prix fixe en €"), "price")
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("promotionValue")
        self.value_edit.setPlaceholderText(self.tr("ex. 20 (%) ou 3,50 (€)"))
        value_row = QHBoxLayout()
        value_row.addWidget(self.kind_combo)
        value_row.addWidget(self.value_edit, 1)
        form.addRow(self.tr("Remise"), value_row)
        targets = QHBoxLayout()
        self.categories_list = QListWidget(self)
        self.categories_list.setObjectName("promotionCategories")
        self.products_list = QListWidget(self)
        self.products_list.setObjectName("promotionProducts")
        for widget in (self.categories_list, self.products_list):
            widget.setMinimumHeight(150)
            targets.addWidget(widget)
        form.addRow(self.tr("Catégories / boissons"), targets)
        self.active_check = QCheckBox(self.tr("Active"), self)
        self.active_check.setObjectName("promotionActive")
        self.active_check.setChecked(True)
        form.addRow("", self.active_check)
        return form

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouvelle"), self)
        self.new_button.setObjectName("newPromotion")
        self.new_button.clicked.connect(self.clear_form)
        self.delete_button = QPushButton(self.tr("Supprimer"), self)
        self.delete_button.setObjectName("deletePromotion")
        self.delete_button.setProperty("kind", "danger")
        self.delete_button.clicked.connect(self.delete)
        self.save_button = QPushButton(self.tr("Enregistrer"), self)
        self.save_button.setObjectName("savePromotion")
        self.save_button.clicked.connect(lambda: self.save(with_equivalent=False))
        self.save_pair_button = QPushButton(
            self.tr("Enregistrer avec l'équivalent sans alcool"), self
        )
        self.save_pair_button.setObjectName("savePromotionPair")
        self.save_pair_button.setProperty("kind", "primary")
        self.save_pair_button.clicked.connect(lambda: self.save(with_equivalent=True))
        for button in (self.new_button, self.delete_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_pair_button)
        return row

    # -- data -----------------------------------------------------------------------------
    def load(self) -> None:
        """Read categories, drinks and promotions (the settings page calls it when shown)."""
        self.categories_list.clear()
        for category in catalogue.list_categories(self.ctx):
            item = QListWidgetItem(category.name, self.categories_list)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.products_list.clear()
        for drink in promotions.drink_choices(self.ctx):
            mark = self.tr(" (alcool)") if drink.is_alcohol else ""
            item = QListWidgetItem(f"{drink.name}{mark}", self.products_list)
            item.setData(Qt.ItemDataRole.UserRole, drink.product_id)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.views = promotions.list_promotions(self.ctx)
        self.table.setRowCount(len(self.views))
        for row, view in enumerate(self.views):
            cells = [
                view.name,
                view.when,
                self._value_text(view),
                self.tr("oui") if view.active else self.tr("non"),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.clear_form()

    def _value_text(self, view: PromotionView) -> str:
        if view.kind == "percent":
            return f"-{format_amount(view.value).removesuffix(',00')} %"
        return self.tr("prix {0}").format(format_eur(view.value))

    def clear_form(self) -> None:
        self.editing_id = None
        self.name_edit.clear()
        for check in self.day_checks:
            check.setChecked(False)
        self.window_edit.clear()
        self.value_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.active_check.setChecked(True)
        _set_checked(self.categories_list, frozenset())
        _set_checked(self.products_list, frozenset())
        self.show_error("")

    def _edit_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return
        view = self.views[rows.pop()]
        self.editing_id = view.id
        self.name_edit.setText(view.name)
        for day, check in enumerate(self.day_checks):
            check.setChecked(day in view.weekdays)
        self.window_edit.setText(view.window)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(view.kind), 0))
        self.value_edit.setText(format_amount(view.value))
        self.active_check.setChecked(view.active)
        _set_checked(self.categories_list, view.category_ids)
        _set_checked(self.products_list, view.product_ids)

    def form_input(self) -> PromotionInput:
        """The form as a service input (a % is read like an amount: "20,5" -> 2050 bp)."""
        return PromotionInput(
            name=self.name_edit.text(),
            weekdays=frozenset(d for d, check in enumerate(self.day_checks) if check.isChecked()),
            window=self.window_edit.text(),
            kind=str(self.kind_combo.currentData()),
            value=parse_amount(self.value_edit.text() or "0"),
            product_ids=_checked_ids(self.products_list),
            category_ids=_checked_ids(self.categories_list),
            active=self.active_check.isChecked(),
            id=self.editing_id,
        )

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def save(self, *, with_equivalent: bool) -> bool:
        try:
            actor = require_actor(self.actor_provider)
            data = self.form_input()
            batch = [data]
            if with_equivalent:
                batch.append(promotions.equivalent_soft_drink_offer(self.ctx, data))
            promotions.save_promotions(self.ctx, actor, batch)
        except UserError as exc:
            self.show_error(error_text(exc))
            return False
        self.load()
        show_toast(self, self.tr("Promotion enregistrée"))
        self.saved.emit()
        return True

    def delete(self) -> None:
        if self.editing_id is None:
            self.show_error(self.tr("Choisissez d'abord une promotion dans la liste"))
            return
        promotion_id = self.editing_id
        try:
            promotions.delete_promotion(self.ctx, require_actor(self.actor_provider), promotion_id)
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.load()
