"""Taking the payment of a ticket: cash, card, cheque, meal vouchers, account, any mix.

The cashier adds payments one by one (a method key takes the typed amount, or what is
left to pay); cash quick notes (5, 10, 20, 50 €) and "Montant exact" add cash at once;
a card payment asks "was it accepted on the terminal?" (external terminal). What is
left, or the change, is shown after each step, checked by ``domain.payments.settle``
so the screen says exactly what the service will say. "Valider" commits ONE sale: the
button disables itself and the cart's token goes with the request, so a double click
never makes two tickets. Then the change is shown huge, with the receipt if the
customer asked for it (receipts are printed only on request).

``commit`` does the service call; by default ``selling.checkout`` of the cart; the tabs
screen passes its own (``tabs.pay_tab_lines``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, PricesChanged
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, parse_amount
from cafe_pos.domain.payments import (
    ACCOUNT,
    CARD,
    CASH,
    CHEQUE,
    MEAL_VOUCHER,
    PaymentInput,
    Settlement,
    settle,
)
from cafe_pos.domain.users import Actor
from cafe_pos.services import selling
from cafe_pos.services.accounts import AccountView
from cafe_pos.services.selling import SaleResult
from cafe_pos.ui.sale.account_picker import AccountPickerDialog, account_summary
from cafe_pos.ui.sale.receipt_view import make_receipt_preview
from cafe_pos.ui.widgets.labels import payment_key_label, payment_method_label
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.widgets.tender import TenderPad
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button
from cafe_pos.ui.widgets.transient import open_transient

log = logging.getLogger(__name__)

METHOD_ORDER = (CASH, CARD, CHEQUE, MEAL_VOUCHER, ACCOUNT)
METHOD_COLOURS = {
    CASH: "#e8f5e9",
    CARD: "#e3f2fd",
    CHEQUE: "#fff8e1",
    MEAL_VOUCHER: "#fce4ec",
    ACCOUNT: "#ede7f6",
}


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """What the cashier entered, handed to ``commit``."""

    payments: list[PaymentInput]
    cashback_cents: int
    customer_account_id: int | None
    print_receipt: bool
    token: str


Commit = Callable[[PaymentRequest], SaleResult]
DOUBLE_TAP_GUARD_MS = 500


def method_label(method: str) -> str:
    """A payment method in the interface's language ("Espèces" / "Cash")."""
    return payment_method_label(method)


class PaymentDialog(TouchDialog):
    """Payment of ``cart``; emits ``paid(SaleResult)`` once the sale is recorded."""

    paid = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        cart: Cart,
        parent: QWidget | None = None,
        *,
        commit: Commit | None = None,
        account: AccountView | None = None,
        token: str | None = None,
        title: str | None = None,
        open_drawer: bool = True,
    ) -> None:
        super().__init__(title or self.tr("Paiement"), parent)
        self.setObjectName("paymentDialog")
        self._ctx = ctx
        self._actor = actor
        self.cart = cart
        self.total_cents = cart.total_cents
        self.token = token or cart.token
        self._commit = commit or self._checkout
        self.account = account
        self._fixed_account = account is not None
        self.open_drawer = open_drawer  # pulse the drawer when cash changes hands (settings)
        self.payments: list[PaymentInput] = []
        self.sale_result: SaleResult | None = None
        self.prices_changed = ""  # why the payment was sent back to the ticket, if it was
        self.card_box: QMessageBox | None = None
        self._busy = False
        self._validated_by_this_key = False
        self.account_picker: AccountPickerDialog | None = None
        self.title_label.hide()

        self.pages = QStackedWidget(self)
        self.layout_.addWidget(self.pages)
        self.pages.addWidget(self._build_entry_page())
        self.result_page = QWidget(self)
        self.pages.addWidget(self.result_page)
        f12 = QShortcut(QKeySequence(Qt.Key.Key_F12), self)
        f12.activated.connect(self._validate_or_finish)
        # A double tap on "Payer" must not land on "Annuler", which opens under the finger:
        # a tap on Annuler in the first moments after the dialog appears is ignored.
        self.shown_clock = QElapsedTimer()
        self.resize(1000, 700)
        self._refresh()

    # ------------------------------------------------------------------ layout
    def _build_entry_page(self) -> QWidget:
        page = QWidget(self)
        columns = QHBoxLayout(page)
        columns.setSpacing(16)

        left = QVBoxLayout()
        total_caption = QLabel(self.tr("Total à payer"), page)
        total_caption.setObjectName("hint")
        left.addWidget(total_caption)
        self.total_label = QLabel(format_eur(self.total_cents), page)
        self.total_label.setObjectName("bigAmount")
        left.addWidget(self.total_label)
        self.remaining_caption = QLabel(page)
        self.remaining_caption.setObjectName("hint")
        left.addWidget(self.remaining_caption)
        self.remaining_label = QLabel(page)
        self.remaining_label.setObjectName("remainingAmount")
        self.remaining_label.setStyleSheet("font-size: 32pt; font-weight: bold;")
        left.addWidget(self.remaining_label)
        self.payment_list = QListWidget(page)
        self.payment_list.setObjectName("paymentList")
        self.payment_list.setStyleSheet(
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 6px; }"
        )
        left.addWidget(self.payment_list, 1)
        remove = big_button(self.tr("Retirer ce paiement"), page, height=48)
        remove.setObjectName("removePayment")
        remove.clicked.connect(self.remove_selected_payment)
        left.addWidget(remove)
        self.info_label = QLabel(page)
        self.info_label.setObjectName("hint")
        self.info_label.setWordWrap(True)
        left.addWidget(self.info_label)
        self.print_check = QCheckBox(self.tr("Imprimer le ticket (le client le demande)"), page)
        self.print_check.setObjectName("printReceipt")
        self.print_check.setStyleSheet(
            "QCheckBox { font-size: 14pt; } QCheckBox::indicator { width: 28px; height: 28px; }"
        )
        left.addWidget(self.print_check)
        # under the payments: a two-line refusal takes the list's room, not the keypad's
        left.addWidget(self.error_label)
        columns.addLayout(left, 5)

        right = QVBoxLayout()
        right.setSpacing(8)
        # the same pad as the tab's equal split: what is handed over, then "Valider"
        self.tender = TenderPad(page)
        self.amount_edit = self.tender.amount_edit
        self.note_buttons = self.tender.note_buttons
        self.tender.note.connect(self.add_cash)
        self.tender.exact.connect(self.add_exact_cash)
        self.tender.entered.connect(self._enter_pressed)
        right.addWidget(self.tender, 1)
        methods = QGridLayout()
        methods.setSpacing(8)
        for column in range(3):
            methods.setColumnStretch(column, 1)
        self.method_buttons: dict[str, QPushButton] = {}
        for index, method in enumerate(METHOD_ORDER):
            button = big_button(payment_key_label(method), page, height=64)
            button.setObjectName(f"method_{method}")
            button.setMinimumWidth(60)
            button.setStyleSheet(
                f"QPushButton {{ font-weight: bold; font-size: 14pt; padding: 2px 4px;"
                f" background: {METHOD_COLOURS[method]}; }}"
                "QPushButton:disabled { background: #eeeeee; color: #9e9e9e; }"
            )
            button.clicked.connect(lambda _=False, m=method: self.add_payment(m))
            methods.addWidget(button, index // 3, index % 3)
            self.method_buttons[method] = button
        right.addLayout(methods)
        cashback_row = QHBoxLayout()
        cashback_label = QLabel(self.tr("Cash-back (carte, 60 € max.)"), page)
        cashback_label.setObjectName("hint")
        cashback_row.addWidget(cashback_label)
        self.cashback_edit = QLineEdit(page)
        self.cashback_edit.setObjectName("cashbackEdit")
        self.cashback_edit.setPlaceholderText("0,00")
        self.cashback_edit.setMaximumWidth(140)
        self.cashback_edit.textChanged.connect(lambda _t: self._refresh())
        cashback_row.addWidget(self.cashback_edit)
        right.addLayout(cashback_row)
        columns.addLayout(right, 5)

        outer = QWidget(self)
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(page, 1)
        buttons = QHBoxLayout()
        self.cancel_button = big_button(self.tr("Annuler"), outer, height=64)
        self.cancel_button.setObjectName("cancelPayment")
        self.cancel_button.clicked.connect(self._cancel_tapped)
        self.validate_button = big_button(
            self.tr("Valider le paiement (F12)"), outer, object_name="payButton"
        )
        self.validate_button.clicked.connect(self.validate)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.validate_button, 2)
        outer_layout.addLayout(buttons)
        return outer

    # ------------------------------------------------------------------ amounts
    @property
    def paid_cents(self) -> int:
        return sum(p.amount_cents for p in self.payments)

    @property
    def remaining_cents(self) -> int:
        return max(self.total_cents - self.paid_cents, 0)

    def _typed_amount(self) -> int | None:
        text = self.amount_edit.text().strip()
        if not text:
            return None
        return parse_amount(text)

    def cashback_cents(self) -> int:
        text = self.cashback_edit.text().strip()
        return parse_amount(text) if text else 0

    def _preview(self) -> Settlement | None:
        """Check the payments so far with the domain rules (what is missing is cash)."""
        payments = list(self.payments)
        if self.remaining_cents > 0:
            payments.append(PaymentInput(CASH, self.remaining_cents))
        if not payments:
            return None
        return settle(
            self.total_cents,
            payments,
            meal_voucher_cap=self.cart.meal_voucher_eligible_cents,
            cashback_cents=self.cashback_cents() if any(p.method == CARD for p in payments) else 0,
            has_alcohol=self.cart.has_alcohol,
            alcohol_cents=self.cart.alcohol_total_cents,
        )

    # ------------------------------------------------------------------ adding payments
    def add_cash(self, cents: int) -> None:
        """Cash handed over (a quick note or a typed amount)."""
        self._append(PaymentInput(CASH, cents))

    def add_exact_cash(self) -> None:
        if self.remaining_cents <= 0:
            self.show_error(self.tr("Le ticket est déjà réglé"))
            return
        self._append(PaymentInput(CASH, self.remaining_cents))

    def add_payment(self, method: str) -> None:
        """A method key: the typed amount, or what is left to pay."""
        try:
            amount = self._typed_amount()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        if amount is None:
            amount = self.remaining_cents
            if method == MEAL_VOUCHER:
                amount = min(amount, self._voucher_room())
        if amount <= 0:
            self.show_error(self.tr("Le ticket est déjà réglé : rien à ajouter"))
            return
        if method == CARD:
            self._confirm_card(amount)
        elif method == ACCOUNT:
            self._pay_on_account(amount)
        else:
            self._append(PaymentInput(method, amount))

    def _voucher_room(self) -> int:
        used = sum(p.amount_cents for p in self.payments if p.method == MEAL_VOUCHER)
        return max(self.cart.meal_voucher_eligible_cents - used, 0)

    def _confirm_card(self, amount: int) -> None:
        try:
            cashback = self.cashback_cents()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        charged = format_eur(amount + cashback)
        if cashback:
            question = self.tr(
                "Le paiement de {0} (dont {1} de cash-back) a-t-il été accepté sur le terminal ?"
            ).format(charged, format_eur(cashback))
        else:
            question = self.tr("Le paiement de {0} a-t-il été accepté sur le terminal ?").format(
                charged
            )
        box = QMessageBox(self)
        box.setObjectName("cardConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Terminal de paiement"))
        box.setText(question)
        yes = box.addButton(self.tr("Oui, accepté"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(self.tr("Non, refusé"), QMessageBox.ButtonRole.NoRole)
        yes.setObjectName("cardYes")
        no.setObjectName("cardNo")
        yes.setMinimumHeight(56)
        no.setMinimumHeight(56)
        # a money question has no dangerous default: Enter or Escape answer "refused"
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setStyleSheet(
            "QLabel { font-size: 16pt; } QPushButton { font-size: 14pt; padding: 8px 18px; }"
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: object) -> None:
            self.card_box = None
            if button is yes:
                self._append(PaymentInput(CARD, amount))
            else:
                self.show_error(
                    self.tr(
                        "Paiement par carte non accepté : choisissez un autre moyen de paiement"
                    )
                )

        box.buttonClicked.connect(answered)
        self.card_box = box
        open_transient(box)

    def _pay_on_account(self, amount: int) -> None:
        if self.account is not None:
            self._append(PaymentInput(ACCOUNT, amount))
            return
        picker = AccountPickerDialog(self._ctx, self)
        self.account_picker = picker

        def chosen() -> None:
            self.account_picker = None
            self.account = picker.account
            self._append(PaymentInput(ACCOUNT, amount))

        picker.accepted.connect(chosen)
        open_transient(picker)

    def _append(self, payment: PaymentInput) -> None:
        self.payments.append(payment)
        try:
            self._preview()
        except UserError as exc:
            self.payments.pop()
            self.show_error(error_text(exc))
            return
        self.amount_edit.clear()
        self.show_error("")
        self._refresh()

    def remove_selected_payment(self) -> None:
        row = self.payment_list.currentRow()
        if row < 0 and self.payments:
            row = len(self.payments) - 1
        if 0 <= row < len(self.payments):
            del self.payments[row]
            if not any(p.method == ACCOUNT for p in self.payments) and not self._fixed_account:
                self.account = None
            self.show_error("")
            self._refresh()

    # ------------------------------------------------------------------ display
    def _refresh(self) -> None:
        self.payment_list.clear()
        for payment in self.payments:
            text = f"{method_label(payment.method)}  {format_eur(payment.amount_cents)}"
            if payment.method == ACCOUNT and self.account is not None:
                text += f"  ({self.account.name})"
            QListWidgetItem(text, self.payment_list)
        remaining = self.remaining_cents
        change = 0
        try:
            preview = self._preview()
        except UserError:
            preview = None
        if preview is not None and remaining == 0:
            change = preview.change_cents
        if remaining > 0:
            self.remaining_caption.setText(self.tr("Reste à payer"))
            self.remaining_label.setText(format_eur(remaining))
            self.remaining_label.setStyleSheet(
                "font-size: 32pt; font-weight: bold; color: #c62828;"
            )
        else:
            self.remaining_caption.setText(self.tr("Monnaie à rendre"))
            self.remaining_label.setText(format_eur(change))
            self.remaining_label.setStyleSheet(
                "font-size: 32pt; font-weight: bold; color: #2e7d32;"
            )
        self.amount_edit.setPlaceholderText(format_eur(remaining) if remaining else "")
        info = []
        voucher_cap = self.cart.meal_voucher_eligible_cents
        info.append(self.tr("Titres-restaurant : {0} au plus").format(format_eur(voucher_cap)))
        if self.account is not None:
            info.append(self.tr("Compte : {0}").format(account_summary(self.account)))
        if self.cart.has_alcohol:
            info.append(
                self.tr("Alcool sur ce ticket : {0} (jamais sur un compte client)").format(
                    format_eur(self.cart.alcohol_total_cents)
                )
            )
        self.info_label.setText("\n".join(info))
        self.method_buttons[MEAL_VOUCHER].setEnabled(voucher_cap > 0)
        self.validate_button.setProperty("covered", remaining == 0)

    # ------------------------------------------------------------------ validation
    def _enter_pressed(self) -> None:
        self._validated_by_this_key = False
        if self.amount_edit.text().strip():
            try:
                amount = self._typed_amount()
            except UserError as exc:
                self.show_error(error_text(exc))
                return
            if amount:
                self.add_cash(amount)
            return
        if self.sale_result is None:
            self._validate_or_finish()
            self._validated_by_this_key = self.sale_result is not None
        else:
            self.accept()

    def _validate_or_finish(self) -> None:
        if self.sale_result is not None:
            self.accept()
        elif self.validate_button.isEnabled():
            self.validate()

    def _checkout(self, request: PaymentRequest) -> SaleResult:
        return selling.checkout(
            self._ctx,
            self._actor,
            self.cart,
            request.payments,
            cashback_cents=request.cashback_cents,
            customer_account_id=request.customer_account_id,
            print_receipt=request.print_receipt,
            token=request.token,
            open_drawer=self.open_drawer,
        )

    def validate(self) -> None:
        """Record the sale (once: the button stays disabled unless the service refuses)."""
        if self.sale_result is not None or self._busy:
            return
        self.validate_button.setEnabled(False)
        self._busy = True
        try:
            cashback = self.cashback_cents() if any(p.method == CARD for p in self.payments) else 0
            request = PaymentRequest(
                payments=list(self.payments),
                cashback_cents=cashback,
                customer_account_id=self.account.id if self.account is not None else None,
                print_receipt=self.print_check.isChecked(),
                token=self.token,
            )
            result = self._commit(request)
        except PricesChanged as exc:
            # the cart was re-priced from the catalogue: back to the ticket to see the total
            self.prices_changed = error_text(exc)
            self._busy = False
            self.reject()
            return
        except Exception as exc:  # a refusal, or a fault of the machine (rolled back)
            if not isinstance(exc, UserError):
                log.exception("checkout failed")
            self.show_error(error_text(exc))  # said here, and the payment can be tried again
            self.validate_button.setEnabled(True)
            return
        finally:
            self._busy = False
        self.sale_result = result
        self.paid.emit(result)
        self._show_result(result)

    def _show_result(self, result: SaleResult) -> None:
        layout = QHBoxLayout(self.result_page)
        card = QFrame(self.result_page)
        card.setObjectName("panel")
        column = QVBoxLayout(card)
        column.setContentsMargins(30, 24, 30, 24)
        column.setSpacing(6)
        column.addStretch(1)
        if result.ticket_number is not None:
            number = self.tr("✓  Ticket n° {0} enregistré").format(result.ticket_number)
        else:
            number = self.tr("Vente de formation (non enregistrée)")
        centre = Qt.AlignmentFlag.AlignHCenter
        title = QLabel(number, card)
        title.setObjectName("title")
        title.setStyleSheet("color: #2e7d32;")
        column.addWidget(title, 0, centre)
        total = QLabel(self.tr("Total {0}").format(format_eur(result.total_cents)), card)
        total.setStyleSheet("font-size: 18pt; color: #455a64;")
        column.addWidget(total, 0, centre)
        column.addSpacing(18)
        caption = QLabel(self.tr("MONNAIE À RENDRE"), card)
        caption.setStyleSheet(
            "font-size: 14pt; font-weight: bold; color: #607d8b; letter-spacing: 2px;"
        )
        column.addWidget(caption, 0, centre)
        self.change_label = QLabel(format_eur(result.change_cents), card)
        self.change_label.setObjectName("changeAmount")
        self.change_label.setStyleSheet("font-size: 64pt;")
        column.addWidget(self.change_label, 0, centre)
        if result.cashback_cents:
            self.cashback_label = QLabel(
                self.tr("+ cash-back à remettre : {0}").format(format_eur(result.cashback_cents)),
                card,
            )
            self.cashback_label.setObjectName("cashbackToGive")
            self.cashback_label.setStyleSheet("font-size: 24pt; font-weight: bold; color: #1565c0;")
            column.addWidget(self.cashback_label, 0, centre)
        paid_with = " + ".join(
            f"{method_label(p.method)} {format_eur(p.amount_cents)}" for p in result.payments
        )
        if paid_with:
            methods = QLabel(paid_with, card)
            methods.setObjectName("hint")
            column.addWidget(methods, 0, centre)
        if result.print_job_id is not None:
            printed = QLabel(self.tr("Ticket envoyé à l'imprimante"), card)
            printed.setObjectName("hint")
            column.addWidget(printed, 0, centre)
        column.addStretch(1)
        self.done_button = big_button(
            self.tr("Nouveau ticket (Entrée)"), card, object_name="payButton", height=72
        )
        self.done_button.clicked.connect(self.accept)
        column.addWidget(self.done_button)
        layout.addWidget(card, 3)
        if self.print_check.isChecked():
            self.receipt_preview = make_receipt_preview(result.receipt, self.result_page)
            layout.addWidget(self.receipt_preview, 2)
        self.error_label.hide()
        self.pages.setCurrentWidget(self.result_page)
        self.cancel_button.hide()
        self.validate_button.hide()
        self.done_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.shown_clock.start()

    def _cancel_tapped(self) -> None:
        if self.shown_clock.isValid() and self.shown_clock.elapsed() < DOUBLE_TAP_GUARD_MS:
            return  # the second tap of a double tap on "Payer"
        self.reject()

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if (
            isinstance(event, QKeyEvent)
            and self.sale_result is not None
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if event.isAutoRepeat() or self._validated_by_this_key:
                # the Enter that validated (passed on by the amount field) must leave the
                # change on screen: only the next Enter starts a new ticket
                self._validated_by_this_key = False
                return
            self.accept()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
