"""The responsible-sale guards the sale and tab screens plug into their ``guards=`` hook.

- before a line is added: a tab refused for drunkenness gets no alcohol; outside the legal
  hours the cashier gets the override dialog; the first alcoholic line of a ticket or tab
  asks the age check (a refusal takes the alcohol off the cart, the rest stays);
- before payment: the service checks the whole cart once more (hours, tab refusal, open
  bar), so nothing the screen missed goes through.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.alcohol import (
    AgeCheckOutcome,
    OutsideLegalHours,
    cart_facts,
    needs_age_check,
    remove_alcohol,
)
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.services import alcohol
from cafe_pos.ui.alcohol.age_check import AgeCheckDialog
from cafe_pos.ui.alcohol.hours import OutsideHoursDialog
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.widgets.messages import require_actor, show_error, show_toast


class ResponsibleSaleGuards(SaleGuards):
    def __init__(self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None]) -> None:
        self._ctx = ctx
        self._actor_provider = actor_provider
        self._age_checked: set[str] = set()  # cart tokens

    def before_add(
        self,
        parent: QWidget,
        cart: Cart,
        item: SaleItem,
        qty_milli: int,
        *,
        tab_id: int | None = None,
    ) -> bool:
        if not item.is_alcohol:
            return True
        probe = Cart(token=cart.token)
        try:
            probe.add(item, qty_milli)
        except UserError:
            return True  # a bad quantity: the screen's own add says why
        if not self._allowed(parent, probe, tab_id):
            return False
        if not self._needs_age_check(cart, tab_id):
            return True
        dialog = AgeCheckDialog(item.label, parent)
        dialog.exec()
        outcome = dialog.outcome
        dialog.deleteLater()  # a dialog per alcohol line: never left behind (issue 11, 19)
        if outcome is None:
            return False
        try:
            actor = require_actor(self._actor_provider)
            alcohol.record_age_check(self._ctx, actor, outcome, tab_id=tab_id)
        except UserError as exc:
            show_error(parent, exc)
            return False
        if outcome is AgeCheckOutcome.REFUSED_MINOR:
            removed = remove_alcohol(cart)
            show_toast(
                parent,
                QCoreApplication.translate(  # a literal context, so that lupdate finds it
                    "ResponsibleSaleGuards",
                    "Vente d'alcool refusée (mineur) : {0} ligne(s) retirée(s) du ticket",
                ).format(len(removed)),
            )
            return False
        self._age_checked.add(cart.token)
        return True

    def before_payment(self, parent: QWidget, cart: Cart, *, tab_id: int | None = None) -> bool:
        return self._allowed(parent, cart, tab_id)

    def _needs_age_check(self, cart: Cart, tab_id: int | None) -> bool:
        checked = cart.token in self._age_checked or (
            tab_id is not None and alcohol.tab_age_checked(self._ctx, tab_id)
        )
        return needs_age_check(True, cart_facts(cart), already_checked=checked)

    def _allowed(self, parent: QWidget, cart: Cart, tab_id: int | None) -> bool:
        try:
            alcohol.check_cart_allowed(self._ctx, cart, tab_id=tab_id)
        except OutsideLegalHours as refusal:
            dialog = OutsideHoursDialog(self._ctx, refusal, cart.token, parent)
            allowed = bool(dialog.exec())
            dialog.deleteLater()
            return allowed
        except UserError as exc:
            show_error(parent, exc)
            return False
        return True
