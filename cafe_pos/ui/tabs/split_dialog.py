"""Split a tab's bill in N equal parts and take each guest's share in turn.

Each share goes through ``tabs.pay_tab_share`` (stored at once, so a crash between two
guests loses nothing); the last share writes the ticket with one payment per share and
closes the tab (see the design note in ``services.tabs``). Cash is taken like in the
payment dialog, with the same ``TenderPad``: the notes and the keypad give what is handed
over, "Valider" pays the share, and its change stays on screen until the next action; a
card share asks "accepted on the terminal?"; cheque is taken as is.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_amount, format_eur, parse_amount
from cafe_pos.domain.payments import (
    CARD,
    CASH,
    CHEQUE,
    PaymentInput,
    equal_split,
)
from cafe_pos.domain.users import Actor
from cafe_pos.services import tabs
from cafe_pos.services.tabs import ShareResult
from cafe_pos.ui.sale.payment_dialog import method_label
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.widgets.tender import TenderPad
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button
from cafe_pos.ui.widgets.transient import open_transient


class SplitDialog(TouchDialog):
    """Shares of ``parts`` equal parts; emits ``share_paid(ShareResult)`` after each one."""

    share_paid = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        tab_id: int,
        parts: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Partage en {0} parts égales").format(parts), parent)
        self.setObjectName("splitDialog")
        self._ctx = ctx
        self._actor = actor
        self.tab_id = tab_id
        self.parts = parts
        self.results: list[ShareResult] = []
        self.card_box: QMessageBox | None = None
        view = tabs.get_tab(ctx, tab_id)
        self.shares = equal_split(view.total_cents, parts)
        self.paid_count = view.shares_paid if view.split_parts == parts else 0
        self.total_label = QLabel(
            self.tr("Addition {0} : {1}").format(view.label, format_eur(view.total_cents)), self
        )
        self.total_label.setStyleSheet("font-size: 16pt; color: #455a64;")
        self.layout_.addWidget(self.total_label)
        self.share_label = QLabel(self)
        self.share_label.setObjectName("shareLabel")
        self.share_label.setStyleSheet("font-size: 26pt; font-weight: bold; color: #263238;")
        self.layout_.addWidget(self.share_label)
        self.change_label = QLabel(self)
        self.change_label.setObjectName("shareChange")
        self.change_label.setStyleSheet("font-size: 22pt; font-weight: bold; color: #2e7d32;")
        self.layout_.addWidget(self.change_label)
        # the payment dialog's own pad: the notes and the keypad say what is handed over,
        # the share is paid on "Valider" only, and its change stays until the next action
        self.tender = TenderPad(self, key_height=52, note_height=56, double_zero=False)
        self.tendered_edit = self.tender.amount_edit
        self.tendered_edit.setObjectName("tenderedEdit")
        self.tendered_edit.setPlaceholderText(self.tr("Espèces remises (vide = montant exact)"))
        self.tender.note.connect(self.add_tendered)
        self.tender.exact.connect(lambda: self.pay_share(CASH))
        self.tender.entered.connect(self.validate_share)
        self.tendered_edit.textChanged.connect(lambda _t: self._show_pending_change())
        self.layout_.addWidget(self.tender)
        methods = QHBoxLayout()
        self.method_buttons = {}
        for method in (CASH, CARD, CHEQUE):
            button = big_button(method_label(method), self, height=60)
            button.setObjectName(f"share_{method}")
            button.setStyleSheet("font-weight: bold;")
            button.clicked.connect(lambda _=False, m=method: self.pay_share(m))
            methods.addWidget(button)
            self.method_buttons[method] = button
        self.layout_.addLayout(methods)
        self.validate_button = big_button(
            self.tr("Valider la part en espèces"), self, object_name="payButton", height=64
        )
        self.validate_button.setObjectName("validateShare")
        self.validate_button.clicked.connect(self.validate_share)
        self.layout_.addWidget(self.validate_button)
        self.layout_.addWidget(self.error_label)
        self.close_button = big_button(self.tr("Fermer"), self)
        self.close_button.clicked.connect(self._close)
        self.layout_.addWidget(self.close_button)
        self.resize(560, 760)
        self._show_next()

    @property
    def all_paid(self) -> bool:
        return self.paid_count >= self.parts

    def next_share_cents(self) -> int:
        return self.shares[self.paid_count] if not self.all_paid else 0

    def _show_next(self) -> None:
        if self.all_paid:
            self.share_label.setText(self.tr("Toutes les parts sont payées"))
            for button in (*self.method_buttons.values(), self.validate_button):
                button.setEnabled(False)
            self.close_button.setText(self.tr("Terminé"))
            return
        self.share_label.setText(
            self.tr("Part {0} / {1} : {2}").format(
                self.paid_count + 1, self.parts, format_eur(self.next_share_cents())
            )
        )

    def _tendered(self) -> int | None:
        text = self.tendered_edit.text().strip()
        return parse_amount(text) if text else None

    def add_tendered(self, cents: int) -> None:
        """A note handed over: added to the cash tendered (paid only on "Valider")."""
        try:
            current = self._tendered() or 0
        except UserError:
            current = 0
        self.tendered_edit.setText(format_amount(current + cents))

    def _show_pending_change(self) -> None:
        """What to give back for the cash tendered, before the share is validated."""
        if self.all_paid:
            return
        try:
            given = self._tendered()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.show_error("")
        if given is None:
            return
        due = self.next_share_cents()
        if given >= due:
            self.change_label.setText(self.tr("À rendre : {0}").format(format_eur(given - due)))
        else:
            self.change_label.setText(self.tr("Il manque {0}").format(format_eur(due - given)))

    def validate_share(self) -> None:
        """Take the next share in cash with what was tendered (entered first)."""
        if self.all_paid:
            return
        try:
            given = self._tendered()
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        if given is None:
            self.show_error(self.tr("Indiquez les espèces remises (ou Carte / Chèque)"))
            return
        self._commit(PaymentInput(CASH, given))

    def pay_share(self, method: str) -> None:
        """Cash: the exact amount is proposed as tendered (then "Valider"); card: after the
        terminal's answer; cheque: taken as is."""
        if self.all_paid:
            return
        amount = self.next_share_cents()
        if method == CASH:
            if not self.tendered_edit.text().strip():
                self.add_tendered(amount)
            self.validate_button.setFocus()
        elif method == CARD:
            self._confirm_card(amount)
        else:
            self._commit(PaymentInput(method, amount))

    def _confirm_card(self, amount: int) -> None:
        box = QMessageBox(self)
        box.setObjectName("cardConfirm")
        box.setWindowTitle(self.tr("Terminal de paiement"))
        box.setText(
            self.tr("Le paiement de {0} a-t-il été accepté sur le terminal ?").format(
                format_eur(amount)
            )
        )
        yes = box.addButton(self.tr("Oui, accepté"), QMessageBox.ButtonRole.YesRole)
        yes.setObjectName("cardYes")
        no = box.addButton(self.tr("Non, refusé"), QMessageBox.ButtonRole.NoRole)
        no.setObjectName("cardNo")
        box.setDefaultButton(no)  # a money question has no dangerous default
        box.setEscapeButton(no)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: object) -> None:
            self.card_box = None
            if button is yes:
                self._commit(PaymentInput(CARD, amount))
            else:
                self.show_error(
                    self.tr("Paiement par carte non accepté : autre moyen de paiement ?")
                )

        box.buttonClicked.connect(answered)
        self.card_box = box
        open_transient(box)

    def _commit(self, payment: PaymentInput) -> None:
        try:
            result = tabs.pay_tab_share(
                self._ctx,
                self._actor,
                self.tab_id,
                self.parts,
                payment,
                token=uuid.uuid4().hex,
            )
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.results.append(result)
        self.paid_count = result.share_index
        self.tendered_edit.blockSignals(True)  # the change of this share stays on screen
        self.tendered_edit.clear()
        self.tendered_edit.blockSignals(False)
        self.show_error("")
        change = self.tr("Part {0} payée ({1})").format(
            result.share_index, method_label(payment.method)
        )
        if result.change_cents:
            change += " — " + self.tr("rendre {0}").format(format_eur(result.change_cents))
        if result.sale is not None and result.sale.ticket_number is not None:
            change += "\n" + self.tr("Ticket n° {0} enregistré").format(result.sale.ticket_number)
        self.change_label.setText(change)
        self._show_next()
        self.share_paid.emit(result)

    def _close(self) -> None:
        if self.results:
            self.accept()
        else:
            self.reject()
