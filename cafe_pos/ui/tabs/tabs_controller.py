"""What the Ardoises screen does, without a widget: the open tabs, the one shown, its lines.

``TabsController`` calls ``services.tabs`` and raises ``UserError`` (French sentence) on a
refusal; it remembers which bills already had their unpaid note handed over (from 25 €
on site the note comes before the payment). The screen (``tabs_screen``) shows results.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.receipt import ReceiptData
from cafe_pos.domain.users import Actor
from cafe_pos.services import tabs
from cafe_pos.services.selling import SaleResult
from cafe_pos.services.tabs import TabView
from cafe_pos.ui.sale.payment_dialog import PaymentRequest
from cafe_pos.ui.sale.tab_chooser import tab_age
from cafe_pos.ui.widgets.messages import require_actor


class TabsController:
    """The open tabs and the one being looked at (``current`` and its ``cart``)."""

    def __init__(self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None]) -> None:
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.views: list[TabView] = []
        self.current: TabView | None = None
        self.cart = Cart()
        self.noted: set[tuple[int, int]] = set()  # (tab id, total) whose note was given

    def actor(self) -> Actor:
        return require_actor(self.actor_provider)

    # ------------------------------------------------------------------ reading
    def reload(self) -> list[TabView]:
        self.views = tabs.list_open_tabs(self.ctx)
        return self.views

    def still_open(self) -> TabView | None:
        """The shown tab if it is still open (after a reload)."""
        if self.current is None:
            return None
        return next((v for v in self.views if v.id == self.current.id), None)

    def open(self, tab_id: int) -> TabView:
        view = tabs.get_tab(self.ctx, tab_id)
        cart = tabs.tab_cart(self.ctx, tab_id)
        self.current, self.cart = view, cart
        return view

    def close_view(self) -> None:
        self.current = None

    def age(self, view: TabView) -> str:
        return tab_age(view.opened_at, self.ctx.clock.now())

    @property
    def splitting(self) -> bool:
        return self.current is not None and self.current.split_parts is not None

    # ------------------------------------------------------------------ the note
    def needs_note(self, cart: Cart) -> bool:
        return tabs.needs_note(self.ctx, cart.total_cents, not cart.takeaway)

    def note_due(self, cart: Cart) -> bool:
        """The note must be handed over before paying ``cart`` (and was not yet)."""
        if self.current is None or not self.needs_note(cart):
            return False
        return (self.current.id, self.cart.total_cents) not in self.noted

    def mark_noted(self) -> None:
        if self.current is not None:
            self.noted.add((self.current.id, self.cart.total_cents))

    def print_note(self) -> ReceiptData:
        """Queue the unpaid note on the printer; return it for the preview."""
        assert self.current is not None
        tabs.print_note(self.ctx, self.actor(), self.current.id)
        note = tabs.note_for_tab(self.ctx, self.current.id)
        self.mark_noted()
        return note

    # ------------------------------------------------------------------ lines
    def line_ids(self, rows: Sequence[int]) -> list[int]:
        """Tab line ids of the chosen rows; a deposit chosen alone brings its article."""
        lines = self.cart.lines
        keys = {lines[row].key for row in rows}
        keys |= {ln.deposit_of for ln in lines if ln.key in keys and ln.deposit_of is not None}
        return [ln.tab_line_id for ln in lines if ln.key in keys and ln.tab_line_id is not None]

    def removable_line_ids(self, rows: Sequence[int]) -> list[int]:
        """The chosen lines that can be taken off (a deposit follows its article)."""
        lines = [self.cart.lines[row] for row in rows if not self.cart.lines[row].is_deposit]
        return [ln.tab_line_id for ln in lines if ln.tab_line_id is not None]

    def cart_for(self, line_ids: list[int] | None) -> Cart:
        """The cart being paid: all the tab's lines or the chosen ones (display only; the
        service rebuilds it from the database)."""
        if line_ids is None:
            return self.cart
        part = copy.deepcopy(self.cart)
        wanted = set(line_ids)
        for index in range(len(part.lines) - 1, -1, -1):
            line = part.lines[index]
            if line.tab_line_id not in wanted and line.deposit_of is None:
                part.remove(index)
        return part

    # ------------------------------------------------------------------ changes
    def create(self, label: str) -> TabView:
        view = tabs.open_tab(self.ctx, self.actor(), label)
        self.reload()
        return view

    def add_round(self, tab_id: int, cart: Cart) -> TabView:
        return tabs.add_to_tab(self.ctx, self.actor(), tab_id, cart)

    def move(self, source: int, line_ids: list[int], target: int | None, label: str) -> TabView:
        """Move lines to another tab (a new one named ``label`` when ``target`` is None)."""
        actor = self.actor()
        if target is None:
            target = tabs.open_tab(self.ctx, actor, label).id
        return tabs.move_lines(self.ctx, actor, source, line_ids, target)

    def remove(self, tab_id: int, line_ids: list[int], reason: str) -> None:
        actor = self.actor()
        for line_id in line_ids:
            tabs.remove_tab_line(self.ctx, actor, tab_id, line_id, reason)

    def close_tab(self) -> None:
        assert self.current is not None
        tabs.close_tab(self.ctx, self.actor(), self.current.id)

    def payment_commit(
        self, actor: Actor, tab_id: int, line_ids: list[int] | None
    ) -> Callable[[PaymentRequest], SaleResult]:
        """What the payment dialog runs to pay these lines of the tab."""

        def commit(request: PaymentRequest) -> SaleResult:
            result: SaleResult = tabs.pay_tab_lines(
                self.ctx,
                actor,
                tab_id,
                line_ids,
                request.payments,
                token=request.token,
                cashback_cents=request.cashback_cents,
                customer_account_id=request.customer_account_id,
                print_receipt=request.print_receipt,
            )
            return result

        return commit
