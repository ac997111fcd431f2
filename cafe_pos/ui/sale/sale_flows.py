"""The sale screen's dialog flows: discounts (and the manager's approval), the customer
account, cancelling, putting the ticket on a tab, refunds, creating an unknown product.

``SaleFlows`` is the base of ``SaleScreen``: each flow opens its dialog window-modal and,
once accepted, asks the controller (``SaleController``) to do the work; refusals show as
the screen's notice line through ``attempt``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QMessageBox

from cafe_pos.domain.cart import Discount
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.ui.sale.dialogs import ManagerPinDialog
from cafe_pos.ui.sale.sale_controller import selling
from cafe_pos.ui.sale.sale_entry import SaleEntry
from cafe_pos.ui.widgets.messages import Failed, error_text
from cafe_pos.ui.widgets.transient import open_transient

if TYPE_CHECKING:  # loaded when first used
    from cafe_pos.services.accounts import AccountView
    from cafe_pos.services.selling import SaleResult
    from cafe_pos.ui.sale.payment_dialog import PaymentDialog

T = TypeVar("T")


class SaleFlows(SaleEntry):
    """Dialog flows of the sale screen (``SaleScreen`` provides the helpers)."""

    payment_dialog: PaymentDialog | None
    last_result: SaleResult | None
    open_drawer_on_cash: bool
    last_sale_label: QLabel
    payment_opened: SignalInstance
    sale_completed: SignalInstance

    # ================================================================== discounts
    def discount_line(self) -> None:
        chosen = self._line_or_message()
        if chosen is None:
            return
        row, line = chosen
        from cafe_pos.ui.sale.discount_dialog import DiscountDialog

        dialog = DiscountDialog(
            self.tr("Remise sur : {0}").format(line.label), self, current=line.line_discount
        )
        previous = line.line_discount
        cart = self.controller.cart

        def apply() -> None:
            self._apply_discount(
                lambda d: cart.set_line_discount(row, d), dialog.discount, previous
            )

        self._open(dialog, apply)

    def discount_ticket(self) -> None:
        cart = self.controller.cart
        if cart.is_empty:
            return
        previous = cart.ticket_discount
        from cafe_pos.ui.sale.discount_dialog import DiscountDialog

        dialog = DiscountDialog(self.tr("Remise sur tout le ticket"), self, current=previous)

        def apply() -> None:
            self._apply_discount(cart.set_ticket_discount, dialog.discount, previous)

        self._open(dialog, apply)

    def _apply_discount(
        self,
        setter: Callable[[Discount | None], object],
        discount: Discount | None,
        previous: Discount | None,
    ) -> None:
        if isinstance(self.attempt(lambda: setter(discount)), Failed):
            return
        service = selling()
        try:
            self.controller.authorize_discount()
        except service.ManagerApprovalNeeded as exc:
            self._refresh()
            self._ask_manager_for_discount(error_text(exc), setter, previous)
            return
        except UserError as exc:
            setter(previous)
            self.show_message(error_text(exc), error=True)
            return
        self.show_message("")
        self._refresh()

    def _ask_manager_for_discount(
        self,
        reason: str,
        setter: Callable[[Discount | None], object],
        previous: Discount | None,
    ) -> None:
        dialog = ManagerPinDialog(self.ctx, reason, self)
        approved = False

        def accepted() -> None:
            nonlocal approved
            manager = dialog.manager
            if manager is None:
                return
            if isinstance(
                self.attempt(lambda: self.controller.authorize_discount(approver=manager)),
                Failed,
            ):
                return
            approved = True
            self.show_message(self.tr("Remise validée par {0}").format(manager.name))
            self._refresh()

        def finished(_code: int) -> None:
            if not approved:
                setter(previous)
                self._refresh()

        dialog.finished.connect(finished)
        self._open(dialog, accepted)

    # ================================================================== account
    def choose_account(self) -> None:
        from cafe_pos.ui.sale.account_picker import AccountPickerDialog

        dialog = AccountPickerDialog(self.ctx, self)
        self._open(dialog, lambda: self.set_customer_account(dialog.account))

    def set_customer_account(self, account: AccountView | None) -> None:
        """The regular this ticket is for (balance shown while selling)."""
        if account is not None:
            chosen = account
            fresh = self.attempt(lambda: self.controller.fresh_account(chosen))
            if isinstance(fresh, Failed):
                return
            account = fresh
        self.controller.customer_account = account
        self._show_account(account)

    # ================================================================== ticket actions
    def cancel_ticket(self) -> None:
        cart = self.controller.cart
        if cart.is_empty:
            return
        box = QMessageBox(self)
        box.setObjectName("cancelConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Annuler le ticket"))
        box.setText(
            self.tr("Annuler tout le ticket en cours ({0}) ?").format(format_eur(cart.total_cents))
        )
        yes = box.addButton(self.tr("Oui, tout annuler"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Non"), QMessageBox.ButtonRole.NoRole)
        self.dialog = box
        box.buttonClicked.connect(lambda button: self.clear_ticket() if button is yes else None)
        open_transient(box)

    def clear_ticket(self) -> None:
        """Remove every line (each recorded as a line void) and start a new ticket."""
        if isinstance(self.attempt(self.controller.void_ticket), Failed):
            return
        self.new_ticket()
        self.show_message(self.tr("Ticket annulé"))

    def put_on_tab(self) -> None:
        """Put the current lines on a tab (an existing one or a new one)."""
        if self.controller.cart.is_empty:
            self.show_message(
                self.tr("Le ticket est vide : rien à mettre sur une ardoise"), error=True
            )
            return
        from cafe_pos.ui.sale.tab_chooser import TabChooserDialog

        dialog = self.attempt(lambda: TabChooserDialog(self.ctx, self))
        if isinstance(dialog, Failed):
            return
        chooser = dialog
        self._open(chooser, lambda: self._add_to_tab(chooser.tab_id, chooser.new_label))

    def _add_to_tab(self, tab_id: int | None, new_label: str) -> None:
        from cafe_pos.ui.alcohol.reminder import maybe_show_reminder

        cart = self.controller.cart
        if tab_id is not None and not self.guards.before_payment(self, cart, tab_id=tab_id):
            self._refresh()  # e.g. that tab was refused alcohol
            return
        view = self.attempt(lambda: self.controller.add_to_tab(tab_id, new_label))
        if isinstance(view, Failed):
            return
        self.new_ticket()
        maybe_show_reminder(self.ctx, view.id, self)  # non-blocking, when one is due
        self.show_message(
            self.tr("Ajouté à l'ardoise « {0} » (total {1})").format(
                view.label, format_eur(view.total_cents)
            )
        )

    def open_refund(self) -> None:
        from cafe_pos.ui.sale.refund_dialog import RefundDialog

        dialog = RefundDialog(self.ctx, self.actor_provider, self)

        def done() -> None:
            if dialog.result_ is not None:
                self.show_message(
                    self.tr("Remboursement enregistré : ticket n° {0} ({1})").format(
                        dialog.result_.ticket_number, format_eur(dialog.result_.total_cents)
                    )
                )

        self._open(dialog, done)

    # ================================================================== unknown code
    def create_unknown_product(self) -> None:
        """A manager creates the product of an unknown code, then it goes on the ticket."""
        code = self.unknown_code
        actor = self.attempt(self.controller.actor)
        if isinstance(actor, Failed) or not code:
            return
        if actor.can(Permission.EDIT_CATALOGUE):
            self._product_form(actor, code)
            return
        pin = ManagerPinDialog(self.ctx, self.tr("Créer un article demande un·e gérant·e."), self)
        self._open(pin, lambda: self._product_form(pin.manager, code) if pin.manager else None)

    def _product_form(self, manager: Actor, code: str) -> None:
        from cafe_pos.ui.catalogue.product_form import ProductForm

        form = ProductForm(self.ctx, lambda: manager, None, self)
        form.barcode_edit.setText(code)
        form.add_barcode()

        def saved(view: object) -> None:
            product_id = getattr(view, "id", None)
            if product_id is None:
                return
            item = self.attempt(lambda: self.controller.sale_item(product_id))
            if isinstance(item, Failed):
                return
            self.reload_keys()
            self.show_message("")
            self.add_item(item)

        form.saved.connect(saved)
        self.dialog = form
        form.setWindowModality(Qt.WindowModality.WindowModal)
        open_transient(form)

    # ================================================================== payment
    def _ask_float(self) -> None:
        from cafe_pos.ui.sale.float_prompt import FloatPrompt

        prompt = FloatPrompt(self.ctx, self.controller.actor, self)

        def opened() -> None:
            self.pay()

        self._open(prompt, opened)

    def pay(self) -> PaymentDialog | None:
        """Open the payment dialog (once, even on a double click)."""
        if self.payment_dialog is not None and self.payment_dialog.isVisible():
            return self.payment_dialog
        if self.dialog is not None and self.dialog.isVisible():
            return None
        if self.controller.cart.is_empty:
            self.show_message(self.tr("Le ticket est vide : ajoutez un article"), error=True)
            return None
        actor = self.attempt(self.controller.actor)
        if isinstance(actor, Failed):
            return None
        if not self.ctx.training and not self.attempt(self.controller.drawer_open):
            self._ask_float()  # the float before the first cash of the day
            return None
        self.follow_catalogue()  # the dialog shows the catalogue's prices of now
        if not self.guards.before_payment(self, self.controller.cart):
            self._refresh()
            return None
        from cafe_pos.ui.sale.payment_dialog import PaymentDialog

        dialog = PaymentDialog(
            self.ctx,
            actor,
            self.controller.cart,
            self,
            account=self.controller.customer_account,
            open_drawer=self.open_drawer_on_cash,
        )
        dialog.paid.connect(self._paid)
        self._emit_if_connected("payment_opened(PyObject)", self.payment_opened, dialog)
        self.payment_dialog = dialog

        def finished(_code: int) -> None:
            self.payment_dialog = None
            if dialog.prices_changed:  # re-priced from the catalogue at commit: show it
                self._refresh()
                self.show_message(dialog.prices_changed, error=True)

        dialog.finished.connect(finished)
        self._open(dialog, lambda: None)
        return dialog

    def _paid(self, result: SaleResult) -> None:
        self.last_result = result
        if result.ticket_number is not None:
            text = self.tr("Dernier ticket n° {0} · {1}").format(
                result.ticket_number, format_eur(result.total_cents)
            )
        else:
            text = self.tr("Vente de formation · {0}").format(format_eur(result.total_cents))
        if result.change_cents:
            text += "\n" + self.tr("Rendu {0}").format(format_eur(result.change_cents))
        self.last_sale_label.setText(text)
        self.new_ticket()
        self.show_message("")
        self._emit_if_connected("sale_completed(PyObject)", self.sale_completed, result)
