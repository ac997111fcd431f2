"""Reservations: a named customer (free name or customer account), items and quantities,
one-off on a date or recurring on chosen weekdays with a start, an optional end and a
pause; paid at pick-up or from a prepaid bread card (topped up here)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.bread import Pause, ReservationItem
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.services import accounts, bread
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


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> dt.date:
    q = edit.date()
    return dt.date(q.year(), q.month(), q.day())


class ReservationsPage(QWidget):
    def __init__(
        self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadReservations")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.editing: int | None = None
        self.qty_spins: dict[int, QSpinBox] = {}
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        title = QLabel(self.tr("Réservations"), self)
        title.setObjectName("pageTitle")
        left.addWidget(title)
        self.model: ColumnsModel[bread.ReservationView] = ColumnsModel(
            [
                Column(self.tr("Client"), lambda r: r.customer_name),
                Column(self.tr("Articles"), lambda r: r.items_text),
                Column(self.tr("Quand"), lambda r: r.schedule.describe()),
                Column(
                    self.tr("Paiement"),
                    lambda r: self.tr("Carte pain") if r.prepaid else self.tr("Au retrait"),
                ),
            ],
            self,
        )
        self.table = table_view(self)
        self.table.setObjectName("reservationsTable")
        self.table.setModel(self.model)
        self.table.clicked.connect(lambda index: self.edit(index.row()))
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(touch_button(self.tr("Nouvelle"), self, on_click=self.new))
        self.end_button = touch_button(self.tr("Arrêter"), self, on_click=self.end)
        self.end_button.setProperty("kind", "danger")
        buttons.addWidget(self.end_button)
        left.addLayout(buttons)
        layout.addLayout(left, 2)
        layout.addWidget(scrolled(self._form(), self), 3)

    def _form(self) -> QWidget:
        box = QGroupBox(self.tr("Réservation"), self)
        form = QFormLayout(box)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("customerEdit")
        self.name_edit.setPlaceholderText(self.tr("Nom du client"))
        form.addRow(self.tr("Client"), self.name_edit)
        self.account_combo = compact_combo(QComboBox(box))
        self.account_combo.setObjectName("accountCombo")
        self.account_combo.currentIndexChanged.connect(lambda _i: self._account_chosen())
        form.addRow(self.tr("Compte client"), self.account_combo)
        self.prepaid_check = QCheckBox(self.tr("Prépayée (carte pain)"), box)
        self.prepaid_check.setObjectName("prepaidCheck")
        form.addRow("", self.prepaid_check)
        self.items_grid = QGridLayout()
        form.addRow(self.tr("Articles"), self.items_grid)
        self.recurring_check = QCheckBox(self.tr("Tous les"), box)
        self.recurring_check.setObjectName("recurringCheck")
        self.recurring_check.setChecked(True)
        days = QHBoxLayout()
        days.addWidget(self.recurring_check)
        self.day_buttons: list[QPushButton] = []
        for index, name in enumerate(WEEKDAYS_KEYS):
            button = QPushButton(name, box)
            button.setCheckable(True)
            button.setChecked(index != 0)
            button.setMinimumSize(40, 48)
            button.setStyleSheet("padding: 2px 4px;")
            button.setObjectName(f"weekday{index}")
            self.day_buttons.append(button)
            days.addWidget(button)
        form.addRow(self.tr("Jours"), days)
        self.start_edit = QDateEdit(box)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("À partir du (ou le)"), self.start_edit)
        end_row = QHBoxLayout()
        self.end_check = QCheckBox(self.tr("Jusqu'au"), box)
        self.end_edit = QDateEdit(box)
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("dd/MM/yyyy")
        end_row.addWidget(self.end_check)
        end_row.addWidget(self.end_edit)
        form.addRow(self.tr("Fin"), end_row)
        pause_row = QHBoxLayout()
        pause_end = QHBoxLayout()
        self.pause_check = QCheckBox(self.tr("Pause du"), box)
        self.pause_first = QDateEdit(box)
        self.pause_last = QDateEdit(box)
        for edit in (self.pause_first, self.pause_last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        pause_row.addWidget(self.pause_check)
        pause_row.addWidget(self.pause_first)
        pause_end.addWidget(QLabel(self.tr("au"), box))
        pause_end.addWidget(self.pause_last, 1)
        form.addRow(self.tr("Vacances"), pause_row)
        form.addRow("", pause_end)
        self.save_button = touch_button(
            self.tr("Enregistrer la réservation"), box, primary=True, on_click=self.save
        )
        self.save_button.setObjectName("saveReservation")
        form.addRow(self.save_button)
        topup = QHBoxLayout()
        self.topup_spin = QSpinBox(box)
        self.topup_spin.setRange(1, 500)
        self.topup_spin.setValue(10)
        self.topup_spin.setSuffix(" €")
        topup.addWidget(self.topup_spin)
        self.topup_button = touch_button(
            self.tr("Créditer la carte pain"), box, on_click=self.top_up
        )
        topup.addWidget(self.topup_button)
        self.balance_label = QLabel(box)
        form.addRow(self.tr("Carte pain"), topup)
        form.addRow("", self.balance_label)
        return box

    def refresh(self) -> None:
        rows = call_service(self, lambda: bread.list_reservations(self.ctx)) or []
        self.model.set_rows(rows)
        self.account_combo.blockSignals(True)
        self.account_combo.clear()
        self.account_combo.addItem(self.tr("(aucun)"), None)
        for account in accounts.list_accounts(self.ctx):
            self.account_combo.addItem(account.name, account.id)
        self.account_combo.blockSignals(False)
        for spin in self.qty_spins.values():
            spin.deleteLater()
        while self.items_grid.count():
            item = self.items_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.qty_spins = {}
        row = 0
        for baker in bread.list_bakers(self.ctx, include_inactive=False):
            for product in baker.products:
                if not product.active:
                    continue
                label = QLabel(product.name, self)
                spin = QSpinBox(self)
                spin.setRange(0, 99)
                spin.setObjectName(f"qty_{product.product_id}")
                self.items_grid.addWidget(label, row, 0)
                self.items_grid.addWidget(spin, row, 1)
                self.qty_spins[product.product_id] = spin
                row += 1
        if self.editing is None:
            self.new()

    def new(self) -> None:
        self.editing = None
        self.name_edit.clear()
        self.account_combo.setCurrentIndex(0)
        self.prepaid_check.setChecked(False)
        for spin in self.qty_spins.values():
            spin.setValue(0)
        today = bread.tomorrow(self.ctx)
        for edit in (self.start_edit, self.end_edit, self.pause_first, self.pause_last):
            edit.setDate(_qdate(today))
        self.end_check.setChecked(False)
        self.pause_check.setChecked(False)
        self.recurring_check.setChecked(True)
        for index, button in enumerate(self.day_buttons):
            button.setChecked(index != 0)
        self._update_balance()

    def edit(self, row_index: int) -> None:
        view = self.model.row(row_index)
        self.editing = view.id
        self.name_edit.setText(view.customer_name)
        index = self.account_combo.findData(view.account_id)
        self.account_combo.setCurrentIndex(max(0, index))
        self.prepaid_check.setChecked(view.prepaid)
        quantities = {pid: qty for pid, _name, qty in view.items}
        for pid, spin in self.qty_spins.items():
            spin.setValue(quantities.get(pid, 0))
        schedule = view.schedule
        self.recurring_check.setChecked(schedule.recurring)
        for index, button in enumerate(self.day_buttons):
            button.setChecked(index in schedule.weekdays)
        self.start_edit.setDate(_qdate(schedule.start))
        self.end_check.setChecked(schedule.end is not None)
        if schedule.end is not None:
            self.end_edit.setDate(_qdate(schedule.end))
        self.pause_check.setChecked(bool(schedule.pauses))
        if schedule.pauses:
            self.pause_first.setDate(_qdate(schedule.pauses[0].first))
            self.pause_last.setDate(_qdate(schedule.pauses[0].last))
        self._update_balance()

    def _account_chosen(self) -> None:
        account_id = self.account_combo.currentData()
        if account_id is not None and not self.name_edit.text().strip():
            self.name_edit.setText(self.account_combo.currentText())
        self._update_balance()

    def _update_balance(self) -> None:
        account_id = self.account_combo.currentData()
        self.topup_button.setEnabled(account_id is not None)
        if account_id is None:
            self.balance_label.setText("")
            return
        balance = bread.prepaid_balance(self.ctx, int(account_id))
        self.balance_label.setText(self.tr("Solde : {0}").format(format_eur(balance)))

    def form_data(self) -> bread.ReservationInput:
        weekdays = (
            frozenset(i for i, b in enumerate(self.day_buttons) if b.isChecked())
            if self.recurring_check.isChecked()
            else frozenset()
        )
        items = tuple(
            ReservationItem(pid, spin.value())
            for pid, spin in self.qty_spins.items()
            if spin.value()
        )
        pauses = (
            (Pause(_pydate(self.pause_first), _pydate(self.pause_last)),)
            if self.pause_check.isChecked()
            else ()
        )
        account_id = self.account_combo.currentData()
        return bread.ReservationInput(
            self.name_edit.text(),
            items,
            _pydate(self.start_edit),
            _pydate(self.end_edit) if self.end_check.isChecked() else None,
            weekdays,
            pauses,
            int(account_id) if account_id is not None else None,
            self.prepaid_check.isChecked(),
        )

    def save(self) -> None:
        data = self.form_data()
        editing = self.editing
        view = call_service(
            self,
            lambda: bread.save_reservation(self.ctx, actor_of(self.actor_provider), data, editing),
        )
        if view is not None:
            show_toast(self, self.tr("Réservation de {0} enregistrée").format(view.customer_name))
            self.editing = None
            self.refresh()

    def end(self) -> None:
        if self.editing is None:
            show_toast(
                self, self.tr("Choisissez d'abord une réservation dans la liste"), error=True
            )
            return
        editing = self.editing
        call_service(
            self, lambda: bread.end_reservation(self.ctx, actor_of(self.actor_provider), editing)
        )
        self.editing = None
        self.refresh()

    def top_up(self) -> None:
        account_id = self.account_combo.currentData()
        if account_id is None:
            return
        amount = self.topup_spin.value() * 100
        balance = call_service(
            self,
            lambda: bread.top_up_prepaid(
                self.ctx, actor_of(self.actor_provider), int(account_id), amount, "cash"
            ),
        )
        if balance is not None:
            show_toast(self, self.tr("Carte pain créditée : solde {0}").format(format_eur(balance)))
            self._update_balance()
