"""Refund (Retour): find a ticket by number or date, pick lines and quantities, a reason,
a manager PIN, then ``refunds.refund`` writes a NEW negative ticket linked to the
original ("Ce ticket annule le ticket n° X"). The original is never changed.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, format_quantity, parse_quantity
from cafe_pos.domain.payments import ACCOUNT, CARD, CASH, CHEQUE
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import refunds
from cafe_pos.services.refunds import TicketDetail, TicketSummary
from cafe_pos.services.selling import SaleResult
from cafe_pos.ui.sale.dialogs import ManagerPinDialog
from cafe_pos.ui.sale.payment_dialog import method_label
from cafe_pos.ui.sale.receipt_view import make_receipt_preview
from cafe_pos.ui.widgets.messages import error_text, require_actor
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button
from cafe_pos.ui.widgets.transient import open_transient

log = logging.getLogger(__name__)

COL_LABEL, COL_SOLD, COL_LEFT, COL_QTY, COL_AMOUNT = range(5)
REASONS = (
    "Erreur de saisie",
    "Article défectueux ou périmé",
    "Retour de consigne",
    "Client mécontent",
)


class RefundDialog(TouchDialog):
    """``result_`` (the refund ticket) once done."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Retour / remboursement"), parent)
        self.setObjectName("refundDialog")
        self._ctx = ctx
        self._actor_provider = actor_provider
        self.detail: TicketDetail | None = None
        self.result_: SaleResult | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        self.token = uuid.uuid4().hex
        self.pages = QStackedWidget(self)
        self.layout_.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_form())
        self.result_page = QWidget(self)
        self.pages.addWidget(self.result_page)
        self.layout_.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.close_button = big_button(self.tr("Fermer"), self)
        self.close_button.clicked.connect(self._close)
        self.refund_button = big_button(self.tr("Rembourser"), self, object_name="danger")
        self.refund_button.setObjectName("refundConfirm")
        self.refund_button.setStyleSheet(
            "QPushButton { background: #c62828; color: white; border: none; font-weight: bold; }"
            "QPushButton:disabled { background: #ef9a9a; }"
        )
        self.refund_button.clicked.connect(self.ask_manager)
        buttons.addWidget(self.close_button, 1)
        buttons.addWidget(self.refund_button, 2)
        self.layout_.addLayout(buttons)
        self.resize(1000, 700)  # within a 1024×768 screen
        self._update_total()
        # today's tickets at once, the latest first: a refund is most often of one of them
        self.find_by_day(quiet=True)

    # ------------------------------------------------------------------ layout
    def _build_form(self) -> QWidget:
        page = QWidget(self)
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        number_row = QHBoxLayout()
        self.number_edit = QLineEdit(page)
        self.number_edit.setObjectName("ticketNumberEdit")
        self.number_edit.setPlaceholderText(self.tr("N° de ticket"))
        self.number_edit.returnPressed.connect(self.find_by_number)
        number_row.addWidget(self.number_edit, 1)
        find = big_button(self.tr("Chercher"), page, height=52)
        find.setObjectName("findNumber")
        find.clicked.connect(self.find_by_number)
        number_row.addWidget(find)
        left.addLayout(number_row)
        date_row = QHBoxLayout()
        self.date_edit = QDateEdit(page)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        today = self._ctx.clock.now().date()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setMinimumHeight(48)
        date_row.addWidget(self.date_edit, 1)
        by_day = big_button(self.tr("Tickets du jour"), page, height=52)
        by_day.setObjectName("findDay")
        by_day.clicked.connect(lambda: self.find_by_day())
        date_row.addWidget(by_day)
        left.addLayout(date_row)
        self.ticket_list = QListWidget(page)
        self.ticket_list.setObjectName("ticketList")
        self.ticket_list.setStyleSheet(
            "QListWidget { font-size: 13pt; } QListWidget::item { padding: 8px; }"
        )
        self.ticket_list.currentItemChanged.connect(self._ticket_chosen)
        left.addWidget(self.ticket_list, 1)
        holder = QWidget(page)
        holder.setLayout(left)
        holder.setMaximumWidth(340)
        left.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(holder, 2)

        right = QVBoxLayout()
        self.ticket_label = QLabel(self.tr("Choisissez un ticket"), page)
        self.ticket_label.setObjectName("title")
        self.ticket_label.setWordWrap(True)
        right.addWidget(self.ticket_label)
        self.lines_table = QTableWidget(0, 5, page)
        self.lines_table.setObjectName("refundLines")
        self.lines_table.setHorizontalHeaderLabels(
            [
                self.tr("Article"),
                self.tr("Vendu"),
                self.tr("Reste"),
                self.tr("Retour"),
                self.tr("Montant"),
            ]
        )
        self.lines_table.verticalHeader().hide()
        self.lines_table.verticalHeader().setDefaultSectionSize(42)
        self.lines_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        self.lines_table.setStyleSheet("QTableWidget::indicator { width: 30px; height: 30px; }")
        self.lines_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_table.itemChanged.connect(self._item_changed)
        self.lines_table.cellClicked.connect(self._cell_clicked)
        right.addWidget(self.lines_table, 1)
        self.all_button = big_button(self.tr("Tout le ticket"), page, height=48)
        self.all_button.setObjectName("refundAll")
        self.all_button.clicked.connect(self.select_all)
        right.addWidget(self.all_button)
        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Motif :"), page))
        self.reason_combo = QComboBox(page)
        self.reason_combo.setObjectName("reasonCombo")
        self.reason_combo.setEditable(True)
        self.reason_combo.addItem("")
        self.reason_combo.addItems([self.tr(r) for r in REASONS])
        self.reason_combo.setMinimumHeight(48)
        reason_edit = self.reason_combo.lineEdit()
        if reason_edit is not None:
            reason_edit.setPlaceholderText(self.tr("Motif du remboursement"))
        reason_row.addWidget(self.reason_combo, 1)
        right.addLayout(reason_row)
        methods = QHBoxLayout()
        self.method_group = QButtonGroup(page)
        self.method_buttons = {}
        for method in (CASH, CARD, CHEQUE, ACCOUNT):
            button = big_button(method_label(method), page, height=52, checkable=True)
            button.setObjectName(f"refund_{method}")
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            methods.addWidget(button)
        self.method_buttons[CASH].setChecked(True)
        right.addLayout(methods)
        bottom = QHBoxLayout()
        self.print_check = QCheckBox(self.tr("Imprimer le ticket"), page)
        self.print_check.setObjectName("printRefund")
        bottom.addWidget(self.print_check)
        bottom.addStretch(1)
        self.total_label = QLabel(page)
        self.total_label.setObjectName("refundTotal")
        self.total_label.setStyleSheet("font-size: 20pt; font-weight: bold; color: #c62828;")
        bottom.addWidget(self.total_label)
        right.addLayout(bottom)
        columns.addLayout(right, 3)
        return page

    # ------------------------------------------------------------------ finding
    def find_by_number(self) -> None:
        text = self.number_edit.text().strip().lstrip("nN°º ").strip()
        if not text.isdigit():
            self.show_error(self.tr("Tapez un numéro de ticket (chiffres)"))
            return
        self.load_ticket(int(text))

    def find_by_day(self, *, quiet: bool = False) -> None:
        """The tickets of the chosen day, the latest first (``quiet``: no message if none)."""
        day = self.date_edit.date().toPython()
        try:
            found = refunds.find_tickets(self._ctx, day=day)  # type: ignore[arg-type]
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.ticket_list.clear()
        for summary in found:
            item = QListWidgetItem(self._summary_text(summary))
            item.setData(Qt.ItemDataRole.UserRole, summary.number)
            self.ticket_list.addItem(item)
        self.show_error("" if found or quiet else self.tr("Aucun ticket ce jour-là"))

    @staticmethod
    def _summary_text(summary: TicketSummary) -> str:
        kind = "" if summary.kind == "sale" else " (remboursement)"
        return (
            f"n° {summary.number} · {summary.at:%H:%M} · {format_eur(summary.total_cents)}"
            f" · {summary.operator}{kind}"
        )

    def _ticket_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.load_ticket(int(item.data(Qt.ItemDataRole.UserRole)))

    def load_ticket(self, number: int) -> None:
        try:
            detail = refunds.ticket_detail(self._ctx, number)
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.detail = detail
        summary = detail.summary
        text = self.tr("Ticket n° {0} du {1:%d/%m/%Y %H:%M} — {2}").format(
            summary.number, summary.at, format_eur(summary.total_cents)
        )
        if summary.kind != "sale":
            text += "\n" + self.tr("C'est un remboursement : il ne se rembourse pas")
        elif detail.refund_numbers:
            text += "\n" + self.tr("Déjà remboursé en partie (ticket(s) n° {0})").format(
                ", ".join(str(n) for n in detail.refund_numbers)
            )
        self.ticket_label.setText(text)
        self.lines_table.blockSignals(True)
        self.lines_table.setRowCount(len(detail.lines))
        for row, line in enumerate(detail.lines):
            label = QTableWidgetItem(line.label)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            label.setCheckState(Qt.CheckState.Unchecked)
            if not line.refundable_qty_milli:
                label.setFlags(Qt.ItemFlag.NoItemFlags)
            label.setData(Qt.ItemDataRole.UserRole, line.position)
            self.lines_table.setItem(row, COL_LABEL, label)
            for column, value in (
                (COL_SOLD, format_quantity(line.qty_milli, unit=line.unit)),
                (COL_LEFT, format_quantity(line.refundable_qty_milli, unit=line.unit)),
                (COL_AMOUNT, format_eur(line.total_cents)),
            ):
                cell = QTableWidgetItem(value)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines_table.setItem(row, column, cell)
            qty = QTableWidgetItem("")
            qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            qty.setData(Qt.ItemDataRole.UserRole, line.unit)
            if not line.refundable_qty_milli:
                qty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lines_table.setItem(row, COL_QTY, qty)
        self.lines_table.blockSignals(False)
        self.show_error("")
        self._update_total()

    # ------------------------------------------------------------------ choosing lines
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self.detail is None:
            return
        row = item.row()
        line = self.detail.lines[row]
        qty_item = self._cell(row, COL_QTY)
        label_item = self._cell(row, COL_LABEL)
        self.lines_table.blockSignals(True)
        if item.column() == COL_LABEL:
            if item.checkState() == Qt.CheckState.Checked and not qty_item.text():
                qty_item.setText(format_quantity(line.refundable_qty_milli, unit=line.unit))
            elif item.checkState() != Qt.CheckState.Checked:
                qty_item.setText("")
        elif item.column() == COL_QTY:
            label_item.setCheckState(
                Qt.CheckState.Checked if qty_item.text().strip() else Qt.CheckState.Unchecked
            )
        self.lines_table.blockSignals(False)
        self._update_total()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.lines_table.item(row, column)
        assert item is not None
        return item

    def _cell_clicked(self, row: int, column: int) -> None:
        """A tap anywhere on a line (but its quantity) ticks or unticks it."""
        if column in (COL_LABEL, COL_QTY):
            return
        label = self._cell(row, COL_LABEL)
        if label is not None and label.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = label.checkState() == Qt.CheckState.Checked
            label.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def set_line_quantity(self, position: int, text: str) -> None:
        """Refund ``text`` (e.g. "1" or "0,250") of line ``position`` (tests, keyboard)."""
        assert self.detail is not None
        row = next(i for i, ln in enumerate(self.detail.lines) if ln.position == position)
        self._cell(row, COL_QTY).setText(text)

    def select_all(self) -> None:
        if self.detail is None:
            return
        for row, line in enumerate(self.detail.lines):
            if line.refundable_qty_milli:
                self._cell(row, COL_LABEL).setCheckState(Qt.CheckState.Checked)

    def chosen_lines(self) -> list[tuple[int, int]]:
        """(position, quantity in thousandths) of the lines to refund."""
        if self.detail is None:
            return []
        chosen = []
        for row, line in enumerate(self.detail.lines):
            label = self._cell(row, COL_LABEL)
            text = self._cell(row, COL_QTY).text().strip()
            if label.checkState() == Qt.CheckState.Checked and text:
                chosen.append((line.position, parse_quantity(text)))
        return chosen

    def _update_total(self) -> None:
        if self.detail is None:
            self.total_label.setText("")
            self.refund_button.setEnabled(False)
            return
        try:
            chosen = dict(self.chosen_lines())
        except UserError as exc:
            self.show_error(error_text(exc))
            self.refund_button.setEnabled(False)
            return
        estimate = 0
        for line in self.detail.lines:
            qty = chosen.get(line.position)
            if qty:
                estimate += line.total_cents * qty // max(line.qty_milli, 1)
        self.total_label.setText(self.tr("À rembourser : ≈ {0}").format(format_eur(estimate)))
        self.refund_button.setEnabled(bool(chosen) and self.result_ is None)

    # ------------------------------------------------------------------ refunding
    def reason(self) -> str:
        return self.reason_combo.currentText().strip()

    def method(self) -> str:
        for method, button in self.method_buttons.items():
            if button.isChecked():
                return method
        return CASH

    def ask_manager(self) -> None:
        """Check the form, then ask a manager's PIN; the refund is made once it is given."""
        try:
            actor = require_actor(self._actor_provider)
            lines = self.chosen_lines()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        if not lines:
            self.show_error(self.tr("Choisissez au moins une ligne à rembourser"))
            return
        if not self.reason():
            self.show_error(self.tr("Indiquez le motif du remboursement"))
            return
        if actor.role is Role.MANAGER:  # a manager is never asked to approve herself
            self.do_refund(actor)
            return
        dialog = ManagerPinDialog(
            self._ctx, self.tr("Un remboursement demande le code d'un·e gérant·e."), self
        )
        self.pin_dialog = dialog
        dialog.accepted.connect(lambda: self.do_refund(dialog.manager))
        open_transient(dialog)

    def do_refund(self, manager: Actor | None) -> None:
        self.pin_dialog = None
        if manager is None or self.detail is None or self.result_ is not None:
            return
        self.refund_button.setEnabled(False)
        try:
            result = refunds.refund(
                self._ctx,
                manager,
                self.detail.summary.number,
                self.chosen_lines(),
                self.reason(),
                self.method(),
                token=self.token,
                print_receipt=self.print_check.isChecked(),
            )
        except Exception as exc:  # a refusal, or a fault of the machine (rolled back)
            if not isinstance(exc, UserError):
                log.exception("refund failed")
            self.show_error(error_text(exc))  # said here, and the refund can be tried again
            self.refund_button.setEnabled(True)
            return
        self.result_ = result
        self._show_result(result)

    def _show_result(self, result: SaleResult) -> None:
        layout = QHBoxLayout(self.result_page)
        left = QVBoxLayout()
        left.addStretch(1)
        title = QLabel(
            self.tr("Ticket n° {0} enregistré").format(result.ticket_number), self.result_page
        )
        title.setObjectName("title")
        left.addWidget(title)
        self.cancels_label = QLabel(
            self.tr("Ce ticket annule le ticket n° {0}").format(result.receipt.refund_of_number),
            self.result_page,
        )
        self.cancels_label.setObjectName("cancelsLabel")
        self.cancels_label.setStyleSheet("font-size: 18pt;")
        left.addWidget(self.cancels_label)
        caption = QLabel(
            self.tr("À rendre au client ({0})").format(method_label(self.method())),
            self.result_page,
        )
        caption.setObjectName("hint")
        left.addWidget(caption)
        amount = QLabel(format_eur(-result.total_cents), self.result_page)
        amount.setObjectName("changeAmount")
        amount.setStyleSheet("color: #c62828;")
        left.addWidget(amount)
        left.addStretch(1)
        layout.addLayout(left, 3)
        if self.print_check.isChecked():
            layout.addWidget(make_receipt_preview(result.receipt, self.result_page), 2)
        self.pages.setCurrentWidget(self.result_page)
        self.refund_button.hide()
        self.error_label.hide()
        self.close_button.setText(self.tr("Terminé"))

    def _close(self) -> None:
        if self.result_ is not None:
            self.accept()
        else:
            self.reject()
