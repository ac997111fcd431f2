"""The counter sale screen (Vente): ring up drinks and groceries, then take the payment.

Left, the ticket (lines, +/−, discount, remove) with the total in very big digits and
"Payer"; middle, the quick keys by category (or the search results as you type); right,
the quantity keypad ("3" then "Demi" = 3 demis) and the counter keys (Carafe d'eau,
customer account, cancel). A barcode scanner types into the search field: a fast burst
ending in Enter is a scan (see ``scan_filter``). Every rule is in the services and the
domain cart; this screen only calls them and shows the result.

Keyboard: F12 or Enter (empty field) Payer · Ctrl+F search · * quantity (type 3 then *)
· Del remove the line · ↑/↓ choose a line · F9 sur place / à emporter · F10 ardoise ·
Ctrl+D discount · Ctrl+R return/refund · Esc clear.

Responsible-sale checks plug in through ``guards`` (see ``guards.SaleGuards``): called
before each line is added and before the payment dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import PricesChanged, SaleItem
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.services.sale_items import QuickCategory
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.sale.product_keys import ProductKeys
from cafe_pos.ui.sale.sale_controller import SaleController
from cafe_pos.ui.sale.sale_flows import SaleFlows
from cafe_pos.ui.sale.scan_filter import ScanFilter
from cafe_pos.ui.sale.side_panel import SidePanel
from cafe_pos.ui.sale.ticket_model import COL_LABEL, COL_TOTAL, TicketModel
from cafe_pos.ui.sale.ticket_panel import TicketPanel
from cafe_pos.ui.widgets.messages import Failed, attempt
from cafe_pos.ui.widgets.touch_style import STYLE_SHEET
from cafe_pos.ui.widgets.transient import open_transient

if TYPE_CHECKING:  # the dialogs and the account/tab services load when first used
    from cafe_pos.services.accounts import AccountView
    from cafe_pos.services.selling import SaleResult
    from cafe_pos.ui.sale.payment_dialog import PaymentDialog

ActorProvider = Callable[[], Actor | None]
T = TypeVar("T")
SEARCH_DELAY_MS = 180
KEEP_DELAY_MS = 300


class SaleScreen(SaleFlows):
    """The Vente section. ``cart`` is the ticket being rung up (held by ``controller``)."""

    cart_changed = Signal()
    sale_completed = Signal(object)  # SaleResult
    payment_opened = Signal(object)  # the PaymentDialog (customer display: the total)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: ActorProvider,
        parent: QWidget | None = None,
        *,
        guards: SaleGuards | None = None,
        scale_reader: Callable[[], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("saleScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE_SHEET)
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.controller = SaleController(ctx, actor_provider)
        self.guards = guards or SaleGuards()
        self.scale_reader = scale_reader  # the devices helper plugs the scale here
        # The counter's devices (cafe_pos.ui.counter): a scale's weighing dialog for the
        # products sold by the kg (``weight_milli`` once accepted), the drawer setting.
        self.weigher: Callable[[SaleItem, QWidget], QDialog] | None = None
        self.open_drawer_on_cash = True
        self.dialog: QDialog | None = None  # the dialog open over the screen, if any
        self.payment_dialog: PaymentDialog | None = None
        self.last_result: SaleResult | None = None
        self.last_message = ""
        self.unknown_code = ""
        self.model = TicketModel(self)
        self._shown_categories: list[QuickCategory] = []
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._keep_timer = QTimer(self)  # the open ticket is saved a moment after a change
        self._keep_timer.setSingleShot(True)
        self._keep_timer.setInterval(KEEP_DELAY_MS)
        self._keep_timer.timeout.connect(self.keep_ticket)
        self._build()
        self._connect()
        self._shortcuts()
        self.reload_keys()
        # Just read: the first show, in the same pass of the event loop (the start-up),
        # does not read the catalogue again; a screen built ahead (behind the login) does.
        self._keys_just_read = True
        QTimer.singleShot(0, self, self._keys_may_age)
        restored = self.attempt(self.controller.restore)
        self._refresh()
        if restored is True:
            self.follow_catalogue()
            self.show_message(
                self.tr("Ticket en cours repris ({0}) : continuez ou annulez-le").format(
                    format_eur(self.cart.total_cents)
                )
            )

    # ================================================================== layout
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(10, 10, 10, 10)
        root.setSpacing(10)
        self.ticket_panel = ticket = TicketPanel(self.model, self)
        ticket.setMinimumWidth(330)
        ticket.setMaximumWidth(560)
        root.addWidget(ticket, 36)
        self.keys = ProductKeys(self, on_item=self.add_item, on_favourite=self.edit_favourite)
        self.keys.setMinimumWidth(200)
        root.addWidget(self.keys, 64)
        self.side_panel = side = SidePanel(self.ctx, self.actor_provider, lambda: self.cart, self)
        root.addWidget(side, 0)
        # the widgets that tests, the counter's devices and the guards reach by name
        self.search_edit = ticket.search_edit
        self.takeaway_button = ticket.takeaway_button
        self.notice = ticket.notice
        self.notice_label = ticket.notice_label
        self.create_product_button = ticket.create_product_button
        self.account_banner = ticket.account_banner
        self.account_label = ticket.account_label
        self.table = ticket.table
        self.minus_button = ticket.minus_button
        self.plus_button = ticket.plus_button
        self.line_discount_button = ticket.line_discount_button
        self.delete_button = ticket.delete_button
        self.count_label = ticket.count_label
        self.discount_label = ticket.discount_label
        self.total_label = ticket.total_label
        self.ticket_discount_button = ticket.ticket_discount_button
        self.tab_button = ticket.tab_button
        self.refund_button = ticket.refund_button
        self.pay_button = ticket.pay_button
        self.qty_label = side.qty_label
        self.keypad = side.keypad
        self.water_button = side.water_button
        self.sam_button = side.sam_button
        self.refusal_button = side.refusal_button
        self.account_button = side.account_button
        self.cancel_button = side.cancel_button
        self.last_sale_label = side.last_sale_label

    def _connect(self) -> None:
        ticket, side = self.ticket_panel, self.side_panel
        ticket.search_edit.textChanged.connect(self._search_text_changed)
        self.scan_filter = ScanFilter(ticket.search_edit)
        self.scan_filter.scanned.connect(self.scan_code)
        self.scan_filter.entered.connect(self.enter_pressed)
        self.scan_filter.star.connect(self.star_pressed)
        self.scan_filter.delete_line.connect(self.remove_selected_line)
        self.scan_filter.move.connect(self.move_selection)
        self.scan_filter.escape.connect(self.escape_pressed)
        ticket.takeaway_button.clicked.connect(self.toggle_takeaway)
        ticket.create_product_button.clicked.connect(self.create_unknown_product)
        ticket.forget_account_button.clicked.connect(lambda: self.set_customer_account(None))
        ticket.minus_button.clicked.connect(lambda: self.change_quantity(-1))
        ticket.plus_button.clicked.connect(lambda: self.change_quantity(1))
        ticket.line_discount_button.clicked.connect(self.discount_line)
        ticket.delete_button.clicked.connect(self.remove_selected_line)
        ticket.ticket_discount_button.clicked.connect(self.discount_ticket)
        ticket.tab_button.clicked.connect(self.put_on_tab)
        ticket.refund_button.clicked.connect(self.open_refund)
        ticket.pay_button.clicked.connect(self.pay)
        side.keypad.text_key.connect(self.keypad_text)
        side.keypad.backspace.connect(lambda: self.set_pending_quantity(self.pending_qty[:-1]))
        side.keypad.cleared.connect(lambda: self.set_pending_quantity(""))
        side.keypad.accepted.connect(self.apply_pending_to_line)
        side.water_button.clicked.connect(self.add_water)
        side.sam_button.applied.connect(lambda _count: self._refresh())
        side.refusal_button.cart_changed.connect(self._refresh)
        side.account_button.clicked.connect(self.choose_account)
        side.cancel_button.clicked.connect(self.cancel_ticket)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings: list[tuple[QKeySequence | Qt.Key, Callable[[], object]]] = [
            (QKeySequence(Qt.Key.Key_F12), self.pay),
            (QKeySequence("Ctrl+F"), self.focus_search),
            (QKeySequence(Qt.Key.Key_F9), self.toggle_takeaway),
            (QKeySequence(Qt.Key.Key_F10), self.put_on_tab),
            (QKeySequence("Ctrl+D"), self.discount_line),
            (QKeySequence("Ctrl+R"), self.open_refund),
            (QKeySequence(Qt.Key.Key_Delete), self.remove_selected_line),
        ]
        self.shortcuts: list[QShortcut] = []
        for sequence, slot in bindings:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    # ================================================================== catalogue
    def reload_keys(self) -> None:
        """Read the quick keys again (after a catalogue change); rebuilt only if changed."""
        categories = self.attempt(self.controller.quick_keys)
        if isinstance(categories, Failed):
            return
        if categories != self._shown_categories:
            self._shown_categories = categories
            self.keys.set_categories(categories)
        self.water_button.setEnabled(self.water_item is not None)
        if self.water_item is None:
            self.water_button.setToolTip(self.tr("Aucun article « Carafe d'eau » au catalogue"))

    def edit_favourite(self, item: SaleItem, pin: bool) -> None:
        """A key's menu: put the product on "Favoris" for good, or take it off."""
        product_id = item.product_id
        if product_id is None:
            return
        action = self.controller.pin_favourite if pin else self.controller.remove_favourite
        if not isinstance(self.attempt(lambda: action(product_id)), Failed):
            self.reload_keys()

    def _keys_may_age(self) -> None:
        self._keys_just_read = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # back from another section: follow the catalogue
        if not event.spontaneous() and not self._keys_just_read:
            self.follow_catalogue()
        self.focus_search()

    def follow_catalogue(self) -> None:
        """Keys and ticket as the catalogue is now (prices changed in Réglages → Catalogue,
        new quick keys): the screen never sells at a price it cached."""
        self.reload_keys()
        changes = self.attempt(self.controller.follow_catalogue)
        if isinstance(changes, Failed) or not changes:
            return
        self._refresh()
        self.show_message(str(PricesChanged(changes)))

    # ================================================================== messages
    def show_message(self, text: str, *, error: bool = False, unknown_code: str = "") -> None:
        """A line under the search field (red for a refusal); empty text hides it."""
        self.last_message = text
        self.unknown_code = unknown_code
        self.ticket_panel.show_notice(text, error=error, unknown_code=bool(unknown_code))

    def attempt(self, call: Callable[[], T]) -> T | Failed:
        """Every service call of the screen: a refusal shows on the notice line."""
        return attempt(call, lambda text: self.show_message(text, error=True))

    def _show_account(self, account: AccountView | None) -> None:
        self.ticket_panel.show_account(account)

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Open ``dialog`` window-modal; ``on_accept`` runs when it is accepted."""
        self.dialog = dialog

        def finished(_code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            self.focus_search()

        dialog.accepted.connect(on_accept)
        dialog.finished.connect(finished)
        open_transient(dialog)

    # ================================================================== refresh
    def refresh(self) -> None:
        """Show the cart again (after someone changed it through the ``Cart`` API)."""
        self._refresh()

    def _refresh(self) -> None:
        self.attempt(self.controller.apply_promotions)
        self.ticket_panel.show_ticket(self.controller.summary(), self.cart.lines)
        self.cancel_button.setEnabled(not self.cart.is_empty)
        self.side_panel.show_pending(self.pending_qty)
        self._keep_timer.start()
        self._emit_if_connected("cart_changed()", self.cart_changed)

    def keep_ticket(self) -> None:
        """Save the open ticket now (it comes back after a restart or a crash)."""
        self._keep_timer.stop()
        self.attempt(self.controller.keep)

    def _show_pending(self) -> None:
        self.side_panel.show_pending(self.pending_qty)

    def select_row(self, row: int) -> None:
        self.ticket_panel.select_row(row)

    def selected_row(self) -> int:
        """The chosen line, or the last one when none is chosen (-1 on an empty ticket)."""
        return self.ticket_panel.selected_row(len(self.cart))

    def move_selection(self, delta: int) -> None:
        if len(self.cart):
            self.select_row(min(max(self.selected_row() + delta, 0), len(self.cart) - 1))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ================================================================== ticket, payment
    def new_ticket(self) -> None:
        self.controller.new_ticket()
        self._show_account(None)
        self.search_edit.clear()
        self.keys.show_home()  # the next customer starts on "Favoris"
        self._refresh()
        self.keep_ticket()  # paid, on a tab or cancelled: never comes back

    # ================================================================== misc
    def _emit_if_connected(self, signature: str, signal: SignalInstance, *args: object) -> None:
        """Emit only when someone listens (PySide6 6.12.0 drops a reference to ``True`` on
        every emit from Python; this one runs on every tap)."""
        meta = self.metaObject()
        index = meta.indexOfSignal(signature)
        if index < 0 or self.isSignalConnected(meta.method(index)):
            signal.emit(*args)

    def total_text(self) -> str:
        return self.total_label.text()

    def row_texts(self) -> list[tuple[str, str]]:
        """(label, total) of each row as shown (tests, customer display)."""
        return [
            (
                self.model.data(self.model.index(row, COL_LABEL)),
                self.model.data(self.model.index(row, COL_TOTAL)),
            )
            for row in range(self.model.rowCount())
        ]
