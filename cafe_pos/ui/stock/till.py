"""The sale screen's date check (a ``SaleGuards`` in front of the others): before a dated
product is added, the stock service says whether its next lot is past its DLC — refused,
with an offer to record the lot as a loss — or past its DDM — sold, with the markdown
offered. The rule is the service's (``stock_checks``); this only asks the person."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.widgets.messages import require_actor, show_error, show_toast

if TYPE_CHECKING:
    from cafe_pos.services.stock_checks import ShelfCheck

translate = QCoreApplication.translate


class StockDateGuards(SaleGuards):
    """Checks the dates, then hands over to ``inner`` (the responsible-sale guards)."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        inner: SaleGuards | None = None,
    ) -> None:
        self._ctx = ctx
        self._actor_provider = actor_provider
        self._inner = inner or SaleGuards()
        self.last_box: QMessageBox | None = None
        self.buttons: dict[str, QAbstractButton] = {}

    def load(self) -> SaleGuards:
        """The start-up's warm-up: the stock check's modules and the inner guards."""
        from cafe_pos.services import stock_checks  # noqa: F401

        load = getattr(self._inner, "load", None)
        return load() if callable(load) else self._inner

    def before_add(
        self, parent: QWidget, cart: Cart, item: SaleItem, qty_milli: int, **options: Any
    ) -> bool:
        if item.product_id is not None and item.track_stock:
            from cafe_pos.domain.stock import Freshness
            from cafe_pos.services import stock_checks  # loaded on the first line, not at start

            try:
                check = stock_checks.shelf_check(self._ctx, item.product_id, item.label)
            except UserError as exc:
                show_error(parent, exc)
                return False
            if check.status is Freshness.PAST_USE_BY:
                self._refuse(parent, item, check)
                return False
            if check.status is Freshness.PAST_BEST_BEFORE:
                return self._markdown(parent, cart, item, qty_milli, check, options)
        return self._inner.before_add(parent, cart, item, qty_milli, **options)

    def before_payment(self, parent: QWidget, cart: Cart, *, tab_id: int | None = None) -> bool:
        return self._inner.before_payment(parent, cart, tab_id=tab_id)

    def build_box(self, parent: QWidget, check: ShelfCheck) -> QMessageBox:
        """The question asked for a product past its DLC (refused: record the lot as a
        loss?) or its DDM (sell with the markdown, at full price, or not)."""
        from cafe_pos.domain.stock import Freshness
        from cafe_pos.ui.error_lookup import translated_error  # 780 templates: when needed

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(translated_error(check.message))  # the service's French sentence
        box.setStyleSheet("QPushButton { min-height: 52px; font-size: 14pt; padding: 4px 18px; }")
        self.buttons = {}
        if check.status is Freshness.PAST_USE_BY:
            box.setObjectName("useByRefusal")
            box.setWindowTitle(translate("StockDateGuards", "DLC dépassée"))
            self.buttons["loss"] = box.addButton(
                translate("StockDateGuards", "Enregistrer le lot en démarque"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(translate("StockDateGuards", "Fermer"), QMessageBox.ButtonRole.RejectRole)
        else:
            box.setObjectName("bestBeforeWarning")
            box.setWindowTitle(translate("StockDateGuards", "DDM dépassée"))
            self.buttons["markdown"] = box.addButton(
                translate("StockDateGuards", "Vendre avec la remise"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            self.buttons["full"] = box.addButton(
                translate("StockDateGuards", "Vendre au prix normal"),
                QMessageBox.ButtonRole.ActionRole,
            )
            box.addButton(
                translate("StockDateGuards", "Annuler"), QMessageBox.ButtonRole.RejectRole
            )
        self.last_box = box
        return box

    def _refuse(self, parent: QWidget, item: SaleItem, check: ShelfCheck) -> None:
        box = self.build_box(parent, check)
        box.exec()
        if box.clickedButton() is not self.buttons["loss"]:
            return
        from cafe_pos.services import stock_checks

        assert item.product_id is not None and check.lot_id is not None
        try:
            actor = require_actor(self._actor_provider)
            stock_checks.withdraw_expired_lot(
                self._ctx, actor, item.product_id, check.lot_id, check.lot_qty_milli
            )
        except UserError as exc:
            show_error(parent, exc)
            return
        show_toast(
            parent,
            translate("StockDateGuards", "{0} : lot retiré et enregistré en démarque").format(
                item.label
            ),
        )

    def _markdown(
        self,
        parent: QWidget,
        cart: Cart,
        item: SaleItem,
        qty_milli: int,
        check: ShelfCheck,
        options: dict[str, Any],
    ) -> bool:
        box = self.build_box(parent, check)
        box.exec()
        clicked = box.clickedButton()
        if clicked is self.buttons["full"]:
            return self._inner.before_add(parent, cart, item, qty_milli, **options)
        if clicked is not self.buttons["markdown"]:
            return False
        if not self._inner.before_add(parent, cart, item, qty_milli, **options):
            return False
        try:
            line = cart.add(item, qty_milli)
            index = next(i for i, ln in enumerate(cart.lines) if ln.key == line.key)
            cart.set_line_discount(index, check.markdown())
        except UserError as exc:
            show_error(parent, exc)
        return False  # the line is in the cart already, with its markdown
