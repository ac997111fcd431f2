"""The designated-driver ("SAM") button: the configured discount on the cart's soft drinks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.users import Actor
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_toast


class SamButton(QPushButton):
    """Gives the SAM offer on the soft drinks already on the ticket; ``applied(n)`` after."""

    applied = Signal(int)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        cart_provider: Callable[[], Cart],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Conducteur SAM"), parent)
        self.setObjectName("samButton")
        self.setToolTip(self.tr("Conducteur désigné : ses boissons sans alcool à prix réduit"))
        self._ctx = ctx
        self._actor_provider = actor_provider
        self._cart_provider = cart_provider
        self.clicked.connect(self.give)

    def give(self) -> int:
        from cafe_pos.services import alcohol  # loaded on first use: not at start-up

        given = call_service(
            self,
            lambda: alcohol.give_sam(
                self._ctx, require_actor(self._actor_provider), self._cart_provider()
            ),
        )
        if given is None:
            return 0
        if given:
            show_toast(self, self.tr("SAM : {0} boisson(s) sans alcool remisée(s)").format(given))
            self.applied.emit(given)
        else:
            show_toast(
                self,
                self.tr("Ajoutez d'abord la boisson sans alcool du SAM au ticket"),
                error=True,
            )
        return given
