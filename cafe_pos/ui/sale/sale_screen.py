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
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, CartLine, Discount, SaleItem
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import ONE_UNIT, format_eur, parse_quantity
from cafe_pos.domain.scanning import normalise_scan
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import sale_items
from cafe_pos.ui.alcohol.refusal import DrunkRefusalButton
from cafe_pos.ui.alcohol.sam import SamButton
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.sale.dialogs import ManagerPinDialog, WeightDialog
from cafe_pos.ui.sale.product_keys import ProductKeys
from cafe_pos.ui.sale.scan_filter import ScanFilter
from cafe_pos.ui.sale.ticket_model import (
    COL_DISCOUNT,
    COL_LABEL,
    COL_QTY,
    COL_TOTAL,
    COL_UNIT_PRICE,
    TicketModel,
)
from cafe_pos.ui.widgets.keypad import Keypad
from cafe_pos.ui.widgets.messages import require_actor
from cafe_pos.ui.widgets.touch_style import STYLE_SHEET, big_button

if TYPE_CHECKING:  # the dialogs and the account/tab services load when first used
    from cafe_pos.services.accounts import AccountView
    from cafe_pos.services.selling import SaleResult
    from cafe_pos.ui.sale.payment_dialog import PaymentDialog

ActorProvider = Callable[[], Actor | None]
SEARCH_DELAY_MS = 180
MAX_PENDING_CHARS = 8
WATER_WORDS = ("carafe",)


def _selling() -> ModuleType:
    """The selling service, loaded on first use (the keys and scans only need ``sale_items``;
    selling brings the responsible-sale and fiscal modules, which start-up can do without)."""
    from cafe_pos.services import selling

    return selling


class SaleScreen(QWidget):
    """The Vente section. ``cart`` is the ticket being rung up."""

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
        self.guards = guards or SaleGuards()
        self.scale_reader = scale_reader  # the devices helper plugs the scale here
        # The counter's devices (cafe_pos.ui.counter): a scale's weighing dialog for the
        # products sold by the kg (``weight_milli`` once accepted), the drawer setting.
        self.weigher: Callable[[SaleItem, QWidget], QDialog] | None = None
        self.open_drawer_on_cash = True
        self.cart = Cart()
        self.customer_account: AccountView | None = None
        self.pending_qty = ""
        self.dialog: QDialog | None = None  # the dialog open over the screen, if any
        self.payment_dialog: PaymentDialog | None = None
        self.last_result: SaleResult | None = None
        self.last_message = ""
        self.unknown_code = ""
        self.water_item: SaleItem | None = None
        self.model = TicketModel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._build()
        self._shortcuts()
        self.reload_keys()
        self._refresh()

    # ================================================================== layout
    def _build(self) -> None:
        root = QHBoxLayout(self)
        root.setContentsMargins(10, 10, 10, 10)
        root.setSpacing(10)
        ticket = self._build_ticket_panel()
        ticket.setMinimumWidth(400)
        ticket.setMaximumWidth(560)
        root.addWidget(ticket, 36)
        self.keys = ProductKeys(self, on_item=self.add_item)
        self.keys.setMinimumWidth(300)
        root.addWidget(self.keys, 64)
        root.addWidget(self._build_side_panel(), 0)

    def _build_ticket_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("panel")
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)

        top = QHBoxLayout()
        self.search_edit = QLineEdit(panel)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Article ou code…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_text_changed)
        self.scan_filter = ScanFilter(self.search_edit)
        self.scan_filter.scanned.connect(self.scan_code)
        self.scan_filter.entered.connect(self.enter_pressed)
        self.scan_filter.star.connect(self.star_pressed)
        self.scan_filter.delete_line.connect(self.remove_selected_line)
        self.scan_filter.move.connect(self.move_selection)
        self.scan_filter.escape.connect(self.escape_pressed)
        top.addWidget(self.search_edit, 1)
        self.takeaway_button = big_button(self.tr("Sur place"), panel, height=52, checkable=True)
        self.takeaway_button.setObjectName("takeawayButton")
        self.takeaway_button.setFixedWidth(124)
        self.takeaway_button.setToolTip(self.tr("Sur place / à emporter (F9)"))
        self.takeaway_button.clicked.connect(self.toggle_takeaway)
        top.addWidget(self.takeaway_button, 0)
        layout.addLayout(top)

        self.notice = QFrame(panel)
        self.notice.setObjectName("notice")
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(10, 4, 4, 4)
        self.notice_label = QLabel(self.notice)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        notice_layout.addWidget(self.notice_label, 1)
        self.create_product_button = big_button(self.tr("Créer l'article"), self.notice, height=48)
        self.create_product_button.setObjectName("createProduct")
        self.create_product_button.setMaximumWidth(180)
        self.create_product_button.clicked.connect(self.create_unknown_product)
        notice_layout.addWidget(self.create_product_button)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.account_banner = QFrame(panel)
        self.account_banner.setObjectName("accountBanner")
        self.account_banner.setStyleSheet(
            "QFrame#accountBanner { background: #e3f2fd; border-radius: 8px; }"
        )
        banner_layout = QHBoxLayout(self.account_banner)
        banner_layout.setContentsMargins(10, 2, 2, 2)
        self.account_label = QLabel(self.account_banner)
        self.account_label.setObjectName("accountLabel")
        self.account_label.setWordWrap(True)
        banner_layout.addWidget(self.account_label, 1)
        forget = big_button("✕", self.account_banner, height=40)
        forget.setMaximumWidth(48)
        forget.setToolTip(self.tr("Retirer le compte client du ticket"))
        forget.clicked.connect(lambda: self.set_customer_account(None))
        banner_layout.addWidget(forget)
        self.account_banner.hide()
        layout.addWidget(self.account_banner)

        self.table = QTableView(panel)
        self.table.setObjectName("ticketTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keys
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        amount_width = metrics.horizontalAdvance("999,99 €") + 18
        for column, width in (
            (COL_QTY, metrics.horizontalAdvance("0,000") + 12),
            (COL_UNIT_PRICE, amount_width),
            (COL_DISCOUNT, amount_width + 8),
            (COL_TOTAL, amount_width + 8),
        ):
            header.resizeSection(column, width)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(30)
        self.table.setColumnHidden(COL_DISCOUNT, True)
        self.table.setColumnHidden(COL_UNIT_PRICE, True)  # in the tooltip; room for names
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)

        line_row = QHBoxLayout()
        line_row.setSpacing(6)
        self.minus_button = big_button("−", panel, height=56)
        self.minus_button.setObjectName("minusButton")
        self.minus_button.setToolTip(self.tr("Une de moins"))
        self.minus_button.clicked.connect(lambda: self.change_quantity(-1))
        self.plus_button = big_button("+", panel, height=56)
        self.plus_button.setObjectName("plusButton")
        self.plus_button.setToolTip(self.tr("Une de plus"))
        self.plus_button.clicked.connect(lambda: self.change_quantity(1))
        self.line_discount_button = big_button(self.tr("Remise"), panel, height=56)
        self.line_discount_button.setObjectName("lineDiscountButton")
        self.line_discount_button.setToolTip(self.tr("Remise sur la ligne (Ctrl+D)"))
        self.line_discount_button.clicked.connect(self.discount_line)
        self.delete_button = big_button(self.tr("Supprimer"), panel, height=56)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setToolTip(self.tr("Supprimer la ligne (Suppr)"))
        self.delete_button.clicked.connect(self.remove_selected_line)
        for button, stretch in (
            (self.minus_button, 1),
            (self.plus_button, 1),
            (self.line_discount_button, 2),
            (self.delete_button, 2),
        ):
            line_row.addWidget(button, stretch)
        layout.addLayout(line_row)

        total_panel = QFrame(panel)
        total_panel.setObjectName("totalPanel")
        total_layout = QVBoxLayout(total_panel)
        total_layout.setContentsMargins(14, 6, 14, 4)
        total_layout.setSpacing(0)
        captions = QHBoxLayout()
        total_caption = QLabel(self.tr("TOTAL"), total_panel)
        total_caption.setObjectName("totalCaption")
        total_caption.setStyleSheet("font-weight: bold; letter-spacing: 2px;")
        captions.addWidget(total_caption)
        captions.addStretch(1)
        self.count_label = QLabel(total_panel)
        self.count_label.setObjectName("totalCaption")
        captions.addWidget(self.count_label)
        total_layout.addLayout(captions)
        amounts = QHBoxLayout()
        self.discount_label = QLabel(total_panel)
        self.discount_label.setObjectName("totalCaption")
        self.discount_label.setStyleSheet("color: #ffab91;")
        amounts.addWidget(self.discount_label, 0, Qt.AlignmentFlag.AlignBottom)
        amounts.addStretch(1)
        self.total_label = QLabel(format_eur(0), total_panel)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amounts.addWidget(self.total_label)
        total_layout.addLayout(amounts)
        layout.addWidget(total_panel)

        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.ticket_discount_button = big_button(self.tr("Remise ticket"), panel)
        self.ticket_discount_button.setObjectName("ticketDiscountButton")
        self.ticket_discount_button.clicked.connect(self.discount_ticket)
        self.tab_button = big_button(self.tr("Ardoise"), panel, object_name="tabButton")
        self.tab_button.setToolTip(self.tr("Mettre le ticket sur une ardoise (F10)"))
        self.tab_button.clicked.connect(self.put_on_tab)
        self.refund_button = big_button(self.tr("Retour"), panel, object_name="refundButton")
        self.refund_button.setToolTip(self.tr("Rembourser un ticket (Ctrl+R)"))
        self.refund_button.clicked.connect(self.open_refund)
        for button in (self.ticket_discount_button, self.tab_button, self.refund_button):
            button.setMinimumWidth(60)
            button.setStyleSheet("font-size: 13pt;")
        actions.addWidget(self.ticket_discount_button)
        actions.addWidget(self.tab_button)
        actions.addWidget(self.refund_button)
        layout.addLayout(actions)

        self.pay_button = big_button(self.tr("Payer"), panel, object_name="payButton", height=76)
        self.pay_button.setToolTip(self.tr("Encaisser (F12 ou Entrée)"))
        self.pay_button.clicked.connect(self.pay)
        layout.addWidget(self.pay_button)
        return panel

    def _build_side_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("panel")
        panel.setFixedWidth(248)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        caption = QLabel(self.tr("Quantité"), panel)
        caption.setObjectName("hint")
        layout.addWidget(caption)
        self.qty_label = QLabel(panel)
        self.qty_label.setObjectName("qtyLabel")
        self.qty_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.qty_label.setMinimumHeight(48)
        layout.addWidget(self.qty_label)
        self.keypad = Keypad(panel, key_height=50)
        self.keypad.text_key.connect(self.keypad_text)
        self.keypad.backspace.connect(lambda: self.set_pending_quantity(self.pending_qty[:-1]))
        self.keypad.cleared.connect(lambda: self.set_pending_quantity(""))
        self.keypad.accepted.connect(self.apply_pending_to_line)
        self.keypad.buttons["ok"].setToolTip(self.tr("Donner cette quantité à la ligne choisie"))
        layout.addWidget(self.keypad)
        layout.addSpacing(6)
        self.water_button = big_button(self.tr("Carafe d'eau"), panel)
        self.water_button.setObjectName("waterButton")
        self.water_button.setStyleSheet(
            "QPushButton { background: #e1f5fe; color: #01579b; border: 1px solid #81d4fa;"
            " font-weight: bold; }"
        )
        self.water_button.clicked.connect(self.add_water)
        layout.addWidget(self.water_button)
        # Responsible sale: the designated driver's offer, the drunkenness refusal.
        self.sam_button = SamButton(self.ctx, self.actor_provider, lambda: self.cart, panel)
        self.sam_button.applied.connect(lambda _count: self._refresh())
        self.refusal_button = DrunkRefusalButton(
            self.ctx, self.actor_provider, lambda: self.cart, parent=panel
        )
        self.refusal_button.cart_changed.connect(self._refresh)
        layout.addWidget(self.sam_button)
        layout.addWidget(self.refusal_button)
        self.account_button = big_button(self.tr("Compte client"), panel)
        self.account_button.setObjectName("accountButton")
        self.account_button.clicked.connect(self.choose_account)
        layout.addWidget(self.account_button)
        self.cancel_button = big_button(self.tr("Annuler le ticket"), panel)
        self.cancel_button.setObjectName("cancelTicket")
        self.cancel_button.clicked.connect(self.cancel_ticket)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.last_sale_label = QLabel(panel)
        self.last_sale_label.setObjectName("lastSale")
        self.last_sale_label.setWordWrap(True)
        self.last_sale_label.setStyleSheet("color: #37474f; font-size: 12pt;")
        layout.addWidget(self.last_sale_label)
        return panel

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
        """Read the quick keys again (after a catalogue change)."""
        try:
            categories = sale_items.quick_keys(self.ctx)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.keys.set_categories(categories)
        self.water_item = next(
            (
                item
                for category in categories
                for item in category.items
                if item.price_cents == 0 and any(w in item.label.lower() for w in WATER_WORDS)
            ),
            None,
        )
        self.water_button.setEnabled(self.water_item is not None)
        if self.water_item is None:
            self.water_button.setToolTip(self.tr("Aucun article « Carafe d'eau » au catalogue"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.focus_search()

    # ================================================================== messages
    def show_message(self, text: str, *, error: bool = False, unknown_code: str = "") -> None:
        """A line under the search field (red for a refusal); empty text hides it."""
        self.last_message = text
        self.unknown_code = unknown_code
        self.create_product_button.setVisible(bool(unknown_code))
        if not text:
            self.notice.hide()
            return
        colour = "#ffebee" if error else "#e8f5e9"
        ink = "#b71c1c" if error else "#1b5e20"
        self.notice.setStyleSheet(
            f"QFrame#notice {{ background: {colour}; border-radius: 8px; }}"
            f"QLabel#noticeLabel {{ color: {ink}; font-size: 14pt; font-weight: bold; }}"
        )
        self.notice_label.setText(text)
        self.notice.show()

    def _actor(self) -> Actor | None:
        try:
            return require_actor(self.actor_provider)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return None

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        """Open ``dialog`` window-modal; ``on_accept`` runs when it is accepted."""
        self.dialog = dialog

        def finished(_code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            self.focus_search()

        dialog.accepted.connect(on_accept)
        dialog.finished.connect(finished)
        dialog.open()

    # ================================================================== refresh
    def refresh(self) -> None:
        """Show the cart again (after someone changed it through the ``Cart`` API)."""
        self._refresh()

    def _apply_promotions(self) -> None:
        """Re-price the ticket with the promotions running now (happy hour): after every
        add, quantity change or take-away switch; they show as named line discounts."""
        if self.cart.is_empty:
            return
        from cafe_pos.services import promotions  # loaded on first sale, not at start-up

        try:
            promotions.price_cart(self.ctx, self.cart)
        except UserError as exc:
            self.show_message(str(exc), error=True)

    def _refresh(self) -> None:
        self._apply_promotions()
        cart = self.cart
        lines = cart.lines
        self.model.set_lines(lines)
        total = cart.total_cents
        self.total_label.setText(format_eur(total))
        articles = sum(
            (line.qty_milli // ONE_UNIT if line.unit != "kg" else 1)
            for line in lines
            if not line.is_deposit
        )
        where = self.tr("À emporter") if cart.takeaway else self.tr("Sur place")
        self.count_label.setText(self.tr("{0} article(s) · {1}").format(articles, where))
        discount = cart.discount_total_cents
        self.discount_label.setText(
            self.tr("remise −{0}").format(format_eur(discount)) if discount else ""
        )
        self.discount_label.setVisible(bool(discount))
        self.table.setColumnHidden(COL_DISCOUNT, not discount)
        self.pay_button.setText(
            self.tr("Payer  {0}").format(format_eur(total)) if lines else self.tr("Payer")
        )
        empty = not lines
        for button in (
            self.pay_button,
            self.tab_button,
            self.ticket_discount_button,
            self.cancel_button,
        ):
            button.setEnabled(not empty)
        self.takeaway_button.setChecked(cart.takeaway)
        self.takeaway_button.setText(where)
        self._show_pending()
        self._emit_if_connected("cart_changed()", self.cart_changed)

    def _show_pending(self) -> None:
        if self.pending_qty:
            self.qty_label.setText(f"{self.pending_qty} ×")
            self.qty_label.setStyleSheet("font-size: 28pt; font-weight: bold; color: #1565c0;")
        else:
            self.qty_label.setText("1 ×")
            self.qty_label.setStyleSheet("font-size: 28pt; font-weight: bold; color: #b0bec5;")

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def selected_row(self) -> int:
        """The chosen line, or the last one when none is chosen (-1 on an empty ticket)."""
        index = self.table.currentIndex()
        if index.isValid() and index.row() < len(self.cart):
            return index.row()
        return len(self.cart) - 1

    def move_selection(self, delta: int) -> None:
        if len(self.cart):
            self.select_row(min(max(self.selected_row() + delta, 0), len(self.cart) - 1))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # ================================================================== adding
    def keypad_text(self, text: str) -> None:
        if len(self.pending_qty) + len(text) <= MAX_PENDING_CHARS:
            self.set_pending_quantity(self.pending_qty + text)

    def set_pending_quantity(self, text: str) -> None:
        """The quantity typed before tapping a product ("3" then "Demi")."""
        self.pending_qty = text
        self._show_pending()

    def _take_pending(self, unit: str) -> int | None:
        """The typed quantity in thousandths (kg: "0,350" = 350 g), or None if none typed."""
        if not self.pending_qty:
            return None
        text = self.pending_qty
        self.set_pending_quantity("")
        return parse_quantity(text, max_units=9999 if unit != "kg" else 999)

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
        try:
            if qty_milli is None:
                qty_milli = self._take_pending(unit)
            if qty_milli is None and unit == "kg":
                self.ask_weight(item)
                return None
            qty = qty_milli or ONE_UNIT
            if not self.guards.before_add(self, self.cart, item, qty):
                self._refresh()
                return None
            line = self.cart.add(item, qty, unit_price_cents=unit_price_cents, unit=unit)
        except UserError as exc:
            self.show_message(str(exc), error=True)
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
        text = self.search_edit.text().strip()
        if len(text) < 2 or normalise_scan(text).isdigit():
            return  # a code being typed or scanned: wait for Enter
        try:
            items = sale_items.search_items(self.ctx, text)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.keys.show_results(items, text)

    def scan_code(self, code: str) -> None:
        """A scanned (or typed + Enter) barcode."""
        self._search_timer.stop()
        if not self.search_edit.text().strip():
            self.keys.end_search()
        try:
            result = sale_items.scan(self.ctx, code)
        except UserError as exc:
            self.show_message(str(exc), error=True)
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
        code = normalise_scan(text)
        if code.isdigit() and len(code) >= 8:
            self.search_edit.clear()
            self.scan_code(code)
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
            try:
                parse_quantity(text)
            except UserError as exc:
                self.show_message(str(exc), error=True)
                return
            self.set_pending_quantity(text)

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
        row, line = chosen
        if line.is_deposit:
            self.show_message(self.tr("La consigne suit la quantité de son article"), error=True)
            return
        if line.unit == "kg":
            self.show_message(
                self.tr("Article au poids : supprimez la ligne et pesez à nouveau"), error=True
            )
            return
        new_qty = line.qty_milli + delta * ONE_UNIT
        if new_qty <= 0:
            self.remove_selected_line()
            return
        self.set_line_quantity(row, new_qty)

    def apply_pending_to_line(self) -> None:
        """Keypad OK: the typed quantity becomes the chosen line's quantity."""
        chosen = self._line_or_message()
        if chosen is None or not self.pending_qty:
            return
        row, line = chosen
        try:
            qty = self._take_pending(line.unit)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        if qty is not None:
            self.set_line_quantity(row, qty)

    def set_line_quantity(self, row: int, qty_milli: int) -> None:
        line = self.cart.lines[row]
        actor = self._actor()
        if actor is None:
            return
        try:
            _selling().void_quantity_reduction(self.ctx, actor, line, qty_milli)
            self.cart.set_quantity(row, qty_milli)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message("")
        self._refresh()
        self.select_row(row)

    def remove_selected_line(self) -> None:
        """Remove the chosen line (and its deposit): recorded as a line void."""
        chosen = self._line_or_message()
        if chosen is None:
            return
        row, line = chosen
        if line.is_deposit and line.deposit_of is not None:
            row = next(i for i, ln in enumerate(self.cart.lines) if ln.key == line.deposit_of)
            line = self.cart.lines[row]
        actor = self._actor()
        if actor is None:
            return
        try:
            _selling().void_line(self.ctx, actor, line)
            self.cart.remove(row)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(self.tr("Ligne supprimée : {0}").format(line.label))
        self._refresh()
        self.select_row(min(row, len(self.cart) - 1))

    def toggle_takeaway(self) -> None:
        self.cart.set_takeaway(not self.cart.takeaway)
        self._refresh()

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

        def apply() -> None:
            self._apply_discount(
                lambda d: self.cart.set_line_discount(row, d),
                dialog.discount,
                previous,
            )

        self._open(dialog, apply)

    def discount_ticket(self) -> None:
        if self.cart.is_empty:
            return
        previous = self.cart.ticket_discount
        from cafe_pos.ui.sale.discount_dialog import DiscountDialog

        dialog = DiscountDialog(self.tr("Remise sur tout le ticket"), self, current=previous)

        def apply() -> None:
            self._apply_discount(self.cart.set_ticket_discount, dialog.discount, previous)

        self._open(dialog, apply)

    def _apply_discount(
        self,
        setter: Callable[[Discount | None], object],
        discount: Discount | None,
        previous: Discount | None,
    ) -> None:
        actor = self._actor()
        if actor is None:
            return
        try:
            setter(discount)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        selling = _selling()
        try:
            selling.authorize_discount(self.ctx, actor, self.cart)
        except selling.ManagerApprovalNeeded as exc:
            self._refresh()
            self._ask_manager_for_discount(str(exc), setter, previous)
            return
        except UserError as exc:
            setter(previous)
            self.show_message(str(exc), error=True)
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
            actor = self._actor()
            if actor is None or dialog.manager is None:
                return
            try:
                _selling().authorize_discount(self.ctx, actor, self.cart, approver=dialog.manager)
            except UserError as exc:
                self.show_message(str(exc), error=True)
                return
            approved = True
            self.show_message(self.tr("Remise validée par {0}").format(dialog.manager.name))
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
            from cafe_pos.services import accounts

            try:
                account = accounts.get_account(self.ctx, account.id)
            except UserError as exc:
                self.show_message(str(exc), error=True)
                return
        self.customer_account = account
        if account is None:
            self.account_banner.hide()
        else:
            from cafe_pos.ui.sale.account_picker import account_summary

            self.account_label.setText(self.tr("Compte : {0}").format(account_summary(account)))
            self.account_banner.show()

    # ================================================================== ticket actions
    def cancel_ticket(self) -> None:
        if self.cart.is_empty:
            return
        box = QMessageBox(self)
        box.setObjectName("cancelConfirm")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Annuler le ticket"))
        box.setText(
            self.tr("Annuler tout le ticket en cours ({0}) ?").format(
                format_eur(self.cart.total_cents)
            )
        )
        yes = box.addButton(self.tr("Oui, tout annuler"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("Non"), QMessageBox.ButtonRole.NoRole)
        self.dialog = box
        box.buttonClicked.connect(lambda button: self.clear_ticket() if button is yes else None)
        box.open()

    def clear_ticket(self) -> None:
        """Remove every line (each recorded as a line void) and start a new ticket."""
        actor = self._actor()
        if actor is None:
            return
        try:
            _selling().void_ticket(self.ctx, actor, self.cart)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.new_ticket()
        self.show_message(self.tr("Ticket annulé"))

    def new_ticket(self) -> None:
        self.cart = Cart()
        self.set_customer_account(None)
        self.set_pending_quantity("")
        self.search_edit.clear()
        self._refresh()

    def pay(self) -> PaymentDialog | None:
        """Open the payment dialog (once, even on a double click)."""
        if self.payment_dialog is not None and self.payment_dialog.isVisible():
            return self.payment_dialog
        if self.dialog is not None and self.dialog.isVisible():
            return None
        if self.cart.is_empty:
            self.show_message(self.tr("Le ticket est vide : ajoutez un article"), error=True)
            return None
        actor = self._actor()
        if actor is None:
            return None
        if not self.guards.before_payment(self, self.cart):
            self._refresh()
            return None
        from cafe_pos.ui.sale.payment_dialog import PaymentDialog

        dialog = PaymentDialog(
            self.ctx,
            actor,
            self.cart,
            self,
            account=self.customer_account,
            open_drawer=self.open_drawer_on_cash,
        )
        dialog.paid.connect(self._paid)
        self._emit_if_connected("payment_opened(PyObject)", self.payment_opened, dialog)
        self.payment_dialog = dialog

        def finished(_code: int) -> None:
            self.payment_dialog = None

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

    def put_on_tab(self) -> None:
        """Put the current lines on a tab (an existing one or a new one)."""
        if self.cart.is_empty:
            self.show_message(
                self.tr("Le ticket est vide : rien à mettre sur une ardoise"), error=True
            )
            return
        try:
            from cafe_pos.ui.sale.tab_chooser import TabChooserDialog

            dialog = TabChooserDialog(self.ctx, self)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self._open(dialog, lambda: self._add_to_tab(dialog.tab_id, dialog.new_label))

    def _add_to_tab(self, tab_id: int | None, new_label: str) -> None:
        from cafe_pos.services import tabs
        from cafe_pos.ui.alcohol.reminder import maybe_show_reminder

        actor = self._actor()
        if actor is None:
            return
        if tab_id is not None and not self.guards.before_payment(self, self.cart, tab_id=tab_id):
            self._refresh()  # e.g. that tab was refused alcohol
            return
        try:
            if tab_id is None:
                tab_id = tabs.open_tab(self.ctx, actor, new_label).id
            view = tabs.add_to_tab(self.ctx, actor, tab_id, self.cart)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.new_ticket()
        maybe_show_reminder(self.ctx, tab_id, self)  # non-blocking, when one is due
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
        actor = self._actor()
        if actor is None or not code:
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
            try:
                item = sale_items.sale_item(self.ctx, product_id)
            except UserError as exc:
                self.show_message(str(exc), error=True)
                return
            self.reload_keys()
            self.show_message("")
            self.add_item(item)

        form.saved.connect(saved)
        self.dialog = form
        form.setWindowModality(Qt.WindowModality.WindowModal)
        form.open()

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
