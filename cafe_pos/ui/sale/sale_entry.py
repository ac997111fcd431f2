"""Ringing up on the sale screen: the quantity typed first, adding and weighing items,
search as you type, barcode scans, and "+"/"−"/remove on the chosen line.

``SaleEntry`` is a base of ``SaleScreen`` (through ``SaleFlows``): each action asks the
widget-free ``SaleController`` and shows the result; the rules (what is a code, what is
searchable, what a deposit or a weighed line allows) live in the domain.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, CartLine, SaleItem
from cafe_pos.domain.money import ONE_UNIT
from cafe_pos.domain.scanning import is_typed_code, normalise_scan
from cafe_pos.domain.users import Actor
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.sale.dialogs import WeightDialog
from cafe_pos.ui.sale.product_keys import ProductKeys
from cafe_pos.ui.sale.sale_controller import SaleController
from cafe_pos.ui.widgets.messages import Failed

if TYPE_CHECKING:
    from cafe_pos.services.accounts import AccountView

T = TypeVar("T")


class SaleEntry(QWidget):
    """Adding, searching, scanning and editing lines (``SaleScreen`` builds the widgets)."""

    ctx: ServiceContext
    actor_provider: Callable[[], Actor | None]
    controller: SaleController
    guards: SaleGuards
    dialog: QDialog | None
    unknown_code: str

    keys: ProductKeys
    search_edit: QLineEdit
    weigher: Callable[[SaleItem, QWidget], QDialog] | None
    scale_reader: Callable[[], int] | None
    _search_timer: QTimer

    # ================================================================== state
    @property
    def cart(self) -> Cart:
        return self.controller.cart

    @property
    def customer_account(self) -> AccountView | None:
        return self.controller.customer_account

    @property
    def pending_qty(self) -> str:
        return self.controller.pending_qty

    @property
    def water_item(self) -> SaleItem | None:
        return self.controller.water_item

    # ---- provided by SaleScreen
    def show_message(self, text: str, *, error: bool = False, unknown_code: str = "") -> None:
        raise NotImplementedError

    def attempt(self, call: Callable[[], T]) -> T | Failed:
        raise NotImplementedError

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        raise NotImplementedError

    def _refresh(self) -> None:
        raise NotImplementedError

    def new_ticket(self) -> None:
        raise NotImplementedError

    def reload_keys(self) -> None:
        raise NotImplementedError

    def _show_account(self, account: AccountView | None) -> None:
        raise NotImplementedError

    def _emit_if_connected(self, signature: str, signal: SignalInstance, *args: object) -> None:
        raise NotImplementedError

    def select_row(self, row: int) -> None:
        raise NotImplementedError

    def selected_row(self) -> int:
        raise NotImplementedError

    def _show_pending(self) -> None:
        raise NotImplementedError

    def pay(self) -> object:
        raise NotImplementedError

    def follow_catalogue(self) -> None:
        raise NotImplementedError

    # ================================================================== adding
    def keypad_text(self, text: str) -> None:
        self.controller.type_pending(text)
        self._show_pending()

    def set_pending_quantity(self, text: str) -> None:
        """The quantity typed before tapping a product ("3" then "Demi")."""
        self.controller.pending_qty = text
        self._show_pending()

    def add_item(
        self,
        item: SaleItem,
        qty_milli: int | None = None,
        *,
        unit_price_cents: int | None = None,
        unit: str | None = None,
    ) -> CartLine | None:
        """Add ``item`` (× the typed quantity); a product sold by the kg asks its weight."""
        unit = unit or item.unit
        if qty_milli is None:
            taken = self.attempt(lambda: self.controller.take_pending(unit))
            self._show_pending()
            if isinstance(taken, Failed):
                return None
            qty_milli = taken
        if qty_milli is None and unit == "kg":
            self.ask_weight(item)
            return None
        qty = qty_milli or ONE_UNIT
        if not self.guards.before_add(self, self.cart, item, qty):
            self._refresh()
            return None
        line = self.attempt(
            lambda: self.controller.add(item, qty, unit_price_cents=unit_price_cents, unit=unit)
        )
        if isinstance(line, Failed):
            return None
        self.show_message("")
        self._refresh()
        self.select_row(self._row_of(line))
        return line

    def _row_of(self, line: CartLine) -> int:
        for row, shown in enumerate(self.cart.lines):
            if shown.key == line.key:
                return row
        return len(self.cart) - 1

    def ask_weight(self, item: SaleItem) -> QDialog:
        """The scale's dialog when the counter has a scale, else the typed-weight one."""
        dialog: QDialog
        if self.weigher is not None:
            dialog = self.weigher(item, self)
        else:
            dialog = WeightDialog(
                item.label, item.price_cents, self, scale_reader=self.scale_reader
            )

        def weighed() -> None:
            weight = getattr(dialog, "weight_milli", None)
            if weight:
                self.add_item(item, weight, unit="kg")

        self._open(dialog, weighed)
        return dialog

    def add_water(self) -> None:
        if self.water_item is not None:
            self.add_item(self.water_item)

    # ================================================================== search & scan
    def _search_text_changed(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self.keys.end_search()
            return
        self._search_timer.start()

    def run_search(self) -> None:
        text = self.search_edit.text()
        items = self.attempt(lambda: self.controller.search(text))
        if isinstance(items, Failed) or items is None:
            return  # refused, or a code being typed or scanned: wait for Enter
        self.keys.show_results(items, text.strip())

    def scan_code(self, code: str) -> None:
        """A scanned (or typed + Enter) barcode."""
        self._search_timer.stop()
        if not self.search_edit.text().strip():
            self.keys.end_search()
        result = self.attempt(lambda: self.controller.scan(code))
        if isinstance(result, Failed):
            return
        if result.item is None:
            self.show_message(result.message, error=True, unknown_code=result.code)
            return
        if result.unit == "kg" and not result.qty_milli:
            self.add_item(result.item, None, unit="kg")
            return
        qty: int | None = result.qty_milli
        if result.unit_price_cents is None and result.unit != "kg" and self.pending_qty:
            qty = None  # "3 ×" then scan: three of them
        self.add_item(result.item, qty, unit_price_cents=result.unit_price_cents, unit=result.unit)

    def enter_pressed(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.pay()
            return
        if is_typed_code(text):
            self.search_edit.clear()
            self.scan_code(normalise_scan(text))
            return
        self._search_timer.stop()
        self.run_search()
        shown = self.keys.shown_items if self.keys.heading.isVisible() else []
        if shown:
            self.search_edit.clear()
            self.add_item(shown[0])

    def star_pressed(self) -> None:
        text = self.search_edit.text().strip()
        if text:
            self.search_edit.clear()
            self.attempt(lambda: self.controller.set_pending_from_text(text))
            self._show_pending()

    def escape_pressed(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
        else:
            self.set_pending_quantity("")
            self.show_message("")

    # ================================================================== editing lines
    def _line_or_message(self) -> tuple[int, CartLine] | None:
        row = self.selected_row()
        if row < 0:
            self.show_message(self.tr("Le ticket est vide"), error=True)
            return None
        return row, self.cart.lines[row]

    def change_quantity(self, delta: int) -> None:
        """+1 / −1 on the chosen line; down to zero removes it (recorded)."""
        chosen = self._line_or_message()
        if chosen is None:
            return
        row = chosen[0]
        removed = self.attempt(lambda: self.controller.step_line(row, delta))
        if isinstance(removed, Failed):
            return
        self._line_changed(row, removed)

    def apply_pending_to_line(self) -> None:
        """Keypad OK: the typed quantity becomes the chosen line's quantity."""
        chosen = self._line_or_message()
        if chosen is None or not self.pending_qty:
            return
        row, line = chosen
        qty = self.attempt(lambda: self.controller.take_pending(line.unit))
        self._show_pending()
        if not isinstance(qty, Failed) and qty is not None:
            self.set_line_quantity(row, qty)

    def set_line_quantity(self, row: int, qty_milli: int) -> None:
        if isinstance(
            self.attempt(lambda: self.controller.set_line_quantity(row, qty_milli)), Failed
        ):
            return
        self._line_changed(row, None)

    def remove_selected_line(self) -> None:
        """Remove the chosen line (and its deposit): recorded as a line void."""
        chosen = self._line_or_message()
        if chosen is None:
            return
        row = chosen[0]
        removed = self.attempt(lambda: self.controller.remove_line(row))
        if not isinstance(removed, Failed):
            self._line_changed(row, removed)

    def _line_changed(self, row: int, removed: CartLine | None) -> None:
        if removed is None:
            self.show_message("")
        else:
            self.show_message(self.tr("Ligne supprimée : {0}").format(removed.label))
        self._refresh()
        self.select_row(min(row, len(self.cart) - 1))

    def toggle_takeaway(self) -> None:
        self.controller.toggle_takeaway()
        self._refresh()
