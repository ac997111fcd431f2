"""What the sale screen does, without a widget: the ticket being rung up and its service calls.

``SaleController`` holds the cart, the customer account, the quantity typed before a
product ("3" then "Demi") and the counter's water item; every method calls the services
(selling, sale_items, promotions, tabs, accounts) and raises ``UserError`` with the
French sentence when something is refused. The screen (``sale_screen``) only shows the
result; tests drive this class without any widget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, CartLine, PriceChange, SaleItem
from cafe_pos.domain.money import parse_quantity
from cafe_pos.domain.scanning import is_searchable
from cafe_pos.domain.users import Actor
from cafe_pos.services import favourites, sale_items
from cafe_pos.services.sale_items import QuickCategory, ScanResult
from cafe_pos.ui.widgets.messages import require_actor

if TYPE_CHECKING:  # the account and tab services load when first used
    from cafe_pos.services.accounts import AccountView
    from cafe_pos.services.tabs import TabView

ActorProvider = Callable[[], Actor | None]
MAX_PENDING_CHARS = 8
WATER_WORDS = ("carafe",)


def selling() -> ModuleType:
    """The selling service, loaded on first use (the keys and scans only need ``sale_items``;
    selling brings the responsible-sale and fiscal modules, which start-up can do without)."""
    from cafe_pos.services import selling as module

    return module


@dataclass(frozen=True, slots=True)
class TicketSummary:
    """What the total panel shows."""

    total_cents: int
    articles: int
    discount_cents: int
    takeaway: bool
    empty: bool


class SaleController:
    """The ticket being rung up and the service calls of the sale screen."""

    def __init__(self, ctx: ServiceContext, actor_provider: ActorProvider) -> None:
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.cart = Cart()
        self.customer_account: AccountView | None = None
        self.pending_qty = ""
        self.water_item: SaleItem | None = None

    def actor(self) -> Actor:
        return require_actor(self.actor_provider)

    # ------------------------------------------------------------------ kept across restarts
    def restore(self) -> bool:
        """Take back the ticket left open on this register (closed window, crash)."""
        from cafe_pos.services import open_ticket

        cart = open_ticket.load(self.ctx)
        if cart is None:
            return False
        self.cart = cart
        return True

    def keep(self) -> None:
        """Save the ticket being rung up (removed once it is empty)."""
        from cafe_pos.services import open_ticket

        open_ticket.save(self.ctx, self.cart)

    # ------------------------------------------------------------------ catalogue
    def follow_catalogue(self) -> list[PriceChange]:
        """Re-price the ticket from the catalogue as it is now (a price changed in Réglages
        while the ticket was open); the changes, for a message."""
        if self.cart.is_empty:
            return []
        return sale_items.refresh_cart(self.ctx, self.cart)

    def quick_keys(self) -> list[QuickCategory]:
        """The quick keys ("Favoris" first, the products sold most), and the free "Carafe
        d'eau" item among them (if any)."""
        categories = favourites.quick_keys_with_favourites(self.ctx)
        self.water_item = next(
            (
                item
                for category in categories
                for item in category.items
                if item.price_cents == 0 and any(w in item.label.lower() for w in WATER_WORDS)
            ),
            None,
        )
        return categories

    def search(self, text: str) -> list[SaleItem] | None:
        """Search results for ``text``; None while it is a code being typed (or too short)."""
        if not is_searchable(text):
            return None
        return sale_items.search_items(self.ctx, text.strip())

    def scan(self, code: str) -> ScanResult:
        return sale_items.scan(self.ctx, code)

    def sale_item(self, product_id: int) -> SaleItem:
        return sale_items.sale_item(self.ctx, product_id)

    # ------------------------------------------------------------------ quantity typed first
    def type_pending(self, text: str) -> None:
        if len(self.pending_qty) + len(text) <= MAX_PENDING_CHARS:
            self.pending_qty += text

    def set_pending_from_text(self, text: str) -> None:
        """ "3" typed in the search field then "*": checked, it becomes the pending quantity."""
        parse_quantity(text)
        self.pending_qty = text

    def take_pending(self, unit: str) -> int | None:
        """The typed quantity in thousandths (kg: "0,350" = 350 g), or None if none typed."""
        if not self.pending_qty:
            return None
        text = self.pending_qty
        self.pending_qty = ""
        return parse_quantity(text, max_units=9999 if unit != "kg" else 999)

    # ------------------------------------------------------------------ lines
    def add(
        self,
        item: SaleItem,
        qty_milli: int,
        *,
        unit_price_cents: int | None = None,
        unit: str | None = None,
    ) -> CartLine:
        return self.cart.add(item, qty_milli, unit_price_cents=unit_price_cents, unit=unit)

    def set_line_quantity(self, row: int, qty_milli: int) -> None:
        """A new quantity for a line; a lowered one is journalled (void before payment)."""
        line = self.cart.lines[row]
        selling().void_quantity_reduction(self.ctx, self.actor(), line, qty_milli)
        self.cart.set_quantity(row, qty_milli)

    def step_line(self, row: int, delta_units: int) -> CartLine | None:
        """ "+"/"−" on a line; down to zero removes it (returned then, else None)."""
        new_qty = self.cart.stepped_quantity(row, delta_units)
        if new_qty <= 0:
            return self.remove_line(row)
        self.set_line_quantity(row, new_qty)
        return None

    def remove_line(self, row: int) -> CartLine:
        """Remove a line (a deposit goes with its article), recorded as a line void."""
        row = self.cart.owner_index(row)
        line = self.cart.lines[row]
        selling().void_line(self.ctx, self.actor(), line)
        self.cart.remove(row)
        return line

    def void_ticket(self) -> None:
        """Abandon the whole ticket (every line journalled) and start a new one."""
        selling().void_ticket(self.ctx, self.actor(), self.cart)
        self.new_ticket()

    def pin_favourite(self, product_id: int) -> None:
        favourites.pin(self.ctx, self.actor(), product_id)

    def remove_favourite(self, product_id: int) -> None:
        favourites.remove(self.ctx, self.actor(), product_id)

    def new_ticket(self) -> None:
        self.cart = Cart()
        self.customer_account = None
        self.pending_qty = ""

    def toggle_takeaway(self) -> None:
        self.cart.set_takeaway(not self.cart.takeaway)

    def apply_promotions(self) -> None:
        """Re-price the ticket with the promotions running now (happy hour)."""
        if self.cart.is_empty:
            return
        from cafe_pos.services import promotions  # loaded on first sale, not at start-up

        promotions.price_cart(self.ctx, self.cart)

    def summary(self) -> TicketSummary:
        cart = self.cart
        return TicketSummary(
            cart.total_cents,
            cart.article_count,
            cart.discount_total_cents,
            cart.takeaway,
            cart.is_empty,
        )

    # ------------------------------------------------------------------ discounts
    def authorize_discount(self, approver: Actor | None = None) -> None:
        """Raises ``selling.ManagerApprovalNeeded`` above the staff limit."""
        selling().authorize_discount(self.ctx, self.actor(), self.cart, approver=approver)

    def drawer_open(self) -> bool:
        """A drawer session is open (else the float is asked before any payment)."""
        from cafe_pos.services import cash

        return cash.current_session(self.ctx) is not None

    # ------------------------------------------------------------------ account, tab
    def fresh_account(self, account: AccountView) -> AccountView:
        from cafe_pos.services import accounts

        return accounts.get_account(self.ctx, account.id)

    def add_to_tab(self, tab_id: int | None, new_label: str) -> TabView:
        """Put the ticket on a tab (a new one named ``new_label`` when ``tab_id`` is None)."""
        from cafe_pos.services import tabs

        actor = self.actor()
        if tab_id is None:
            tab_id = tabs.open_tab(self.ctx, actor, new_label).id
        view = tabs.add_to_tab(self.ctx, actor, tab_id, self.cart)
        self.new_ticket()
        return view
