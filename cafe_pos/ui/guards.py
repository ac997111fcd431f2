"""The single place where the sale flow asks "may we go on?" (responsible-sale hooks).

The sale screen calls ``guards.before_add`` just before a line is put in the cart and
``guards.before_payment`` just before the payment dialog opens (also when a tab is paid).
The defaults allow everything; the alcohol helper plugs its age check, drunkenness
refusal and legal-hours prompts in by passing its own ``SaleGuards`` subclass to
``SaleScreen(..., guards=...)`` / ``TabsScreen(..., guards=...)``.

A guard may open a modal dialog (``exec()``) and must return quickly with a yes/no.
It must not change the cart itself except through the documented ``Cart`` methods
(e.g. an age-check refusal may remove the alcohol lines before returning False).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cafe_pos.domain.cart import Cart, SaleItem


class SaleGuards:
    """No-op guards: every line may be added, every cart may be paid."""

    def before_add(
        self,
        parent: QWidget,
        cart: Cart,
        item: SaleItem,
        qty_milli: int,
        *,
        tab_id: int | None = None,
    ) -> bool:
        """Called before ``item`` × ``qty_milli`` is added to ``cart`` (going on tab ``tab_id``
        when known: its age check is asked once per tab); False cancels it."""
        return True

    def before_payment(self, parent: QWidget, cart: Cart, *, tab_id: int | None = None) -> bool:
        """Called before the payment dialog opens for ``cart``; False cancels the payment."""
        return True
