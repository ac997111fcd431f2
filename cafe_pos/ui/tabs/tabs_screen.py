"""The Ardoises section: open tabs as tiles, one tab's lines, paying, splitting, moving,
the unpaid note, and the customer accounts page.

Tabs live in the database (``services.tabs``): they survive a restart. Paying reuses
the sale screen's ``PaymentDialog`` (``tabs.pay_tab_lines``: all lines or the chosen
ones); the equal split takes each guest's share in turn (``SplitDialog``). An on-site
bill of 25 € or more prompts for the note ("Note non payée") before the payment.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.services import tabs
from cafe_pos.services.tabs import TabView
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.sale.dialogs import TextDialog
from cafe_pos.ui.sale.payment_dialog import PaymentDialog, PaymentRequest
from cafe_pos.ui.sale.receipt_view import make_receipt_preview
from cafe_pos.ui.sale.tab_chooser import TabChooserDialog, tab_age
from cafe_pos.ui.sale.ticket_model import (
    COL_DISCOUNT,
    COL_LABEL,
    COL_QTY,
    COL_TOTAL,
    COL_UNIT_PRICE,
    TicketModel,
)
from cafe_pos.ui.tabs.accounts_page import AccountsPage
from cafe_pos.ui.tabs.split_dialog import SplitDialog
from cafe_pos.ui.widgets.messages import require_actor
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import STYLE_SHEET, big_button

if TYPE_CHECKING:
    from cafe_pos.ui.sale.sale_screen import SaleScreen

ActorProvider = Callable[[], Actor | None]
TILE_WIDTH = 230
TILE_HEIGHT = 128
AGE_REFRESH_MS = 60_000
SPLIT_CHOICES = (2, 3, 4, 5, 6)


class TabTile(QPushButton):
    """One open tab: its name big, the total, lines and age."""

    def __init__(self, view: TabView, age: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName(f"tab_{view.id}")
        self.setFixedSize(TILE_WIDTH, TILE_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        colour = "#fff3e0" if view.split_parts else "#ffffff"
        self.setStyleSheet(
            f"QPushButton {{ background: {colour}; border: 2px solid #8d6e63;"
            " border-radius: 12px; text-align: left; }"
            "QPushButton:pressed { background: #d7ccc8; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        name = QLabel(view.label, self)
        name.setStyleSheet("font-size: 17pt; font-weight: bold; color: #3e2723;")
        total = QLabel(format_eur(view.total_cents), self)
        total.setObjectName("tileTotal")
        total.setStyleSheet("font-size: 22pt; font-weight: bold; color: #263238;")
        details = self.tr("{0} ligne(s) · {1}").format(view.line_count, age)
        if view.split_parts:
            details = self.tr("Partage {0}/{1} payées").format(view.shares_paid, view.split_parts)
        info = QLabel(details, self)
        info.setStyleSheet("font-size: 11pt; color: #6d4c41;")
        for label in (name, total, info):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def sizeHint(self) -> QSize:
        return QSize(TILE_WIDTH, TILE_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(TILE_WIDTH, TILE_HEIGHT)


class TabsScreen(QWidget):
    """The Ardoises section widget."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: ActorProvider,
        parent: QWidget | None = None,
        *,
        guards: SaleGuards | None = None,
        sale_cart_provider: Callable[[], SaleScreen | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tabsScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE_SHEET)
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.guards = guards or SaleGuards()
        self._sale_provider = sale_cart_provider
        self.views: list[TabView] = []
        self.tiles: list[TabTile] = []
        self.current: TabView | None = None
        self.cart = Cart()
        self.dialog: QDialog | QMessageBox | None = None
        self.noted: set[tuple[int, int]] = set()  # (tab id, total) whose note was printed
        self.last_message = ""
        self._build()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self._tick)
        self._age_timer.start()
        self.reload()

    # ================================================================== layout
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("Ardoises ouvertes"), self)
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 22pt;")
        header.addWidget(self.title, 1)
        self.new_button = big_button(self.tr("+ Nouvelle ardoise"), self, object_name="tabButton")
        self.new_button.setObjectName("newTab")
        self.new_button.setStyleSheet(
            "QPushButton { background: #6d4c41; color: white; border: none; font-weight: bold; }"
        )
        self.new_button.clicked.connect(self.new_tab)
        self.accounts_button = big_button(self.tr("Comptes clients"), self, checkable=True)
        self.accounts_button.setObjectName("accountsButton")
        self.accounts_button.clicked.connect(self.toggle_accounts)
        for button in (self.new_button, self.accounts_button):
            button.setMaximumWidth(260)
            header.addWidget(button)
        root.addLayout(header)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("tabsMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        root.addWidget(self.message_label)
        self.pages = QStackedWidget(self)
        root.addWidget(self.pages, 1)
        self.pages.addWidget(self._build_tiles_page())
        self.pages.addWidget(self._build_detail_page())
        self.accounts_page = AccountsPage(self.ctx, self.actor_provider, self)
        self.pages.addWidget(self.accounts_page)

    def _build_tiles_page(self) -> QWidget:
        self.tiles_page = QScrollArea(self)
        self.tiles_page.setWidgetResizable(True)
        self.tiles_page.setFrameShape(QFrame.Shape.NoFrame)
        self.tiles_page.setStyleSheet("QScrollArea { background: transparent; }")
        host = QWidget(self.tiles_page)
        host.setObjectName("tilesHost")
        host.setStyleSheet("QWidget#tilesHost { background: transparent; }")
        self.tiles_grid = QGridLayout(host)
        self.tiles_grid.setSpacing(14)
        self.tiles_grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label = QLabel(
            self.tr(
                "Aucune ardoise ouverte. Touchez « Nouvelle ardoise » ou, depuis la vente,"
                " « Ardoise » pour y mettre une tournée."
            ),
            host,
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.tiles_page.setWidget(host)
        return self.tiles_page

    def _build_detail_page(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        left = QFrame(page)
        left.setObjectName("panel")
        left_layout = QVBoxLayout(left)
        top = QHBoxLayout()
        back = big_button(self.tr("← Ardoises"), left, height=52)
        back.setObjectName("backToTabs")
        back.setMaximumWidth(170)
        back.clicked.connect(self.show_tiles)
        top.addWidget(back)
        self.detail_title = QLabel(left)
        self.detail_title.setObjectName("title")
        self.detail_title.setStyleSheet("font-size: 20pt;")
        top.addWidget(self.detail_title, 1)
        self.detail_total = QLabel(left)
        self.detail_total.setObjectName("detailTotal")
        self.detail_total.setStyleSheet("font-size: 30pt; font-weight: bold; color: #263238;")
        top.addWidget(self.detail_total)
        left_layout.addLayout(top)
        self.detail_info = QLabel(left)
        self.detail_info.setObjectName("hint")
        left_layout.addWidget(self.detail_info)
        self.model = TicketModel(self)
        self.table = QTableView(left)
        self.table.setObjectName("tabLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(46)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_LABEL, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        amount = metrics.horizontalAdvance("999,99 €") + 28
        for column, width in (
            (COL_QTY, metrics.horizontalAdvance("0,000") + 24),
            (COL_UNIT_PRICE, amount),
            (COL_DISCOUNT, amount),
            (COL_TOTAL, amount + 10),
        ):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        left_layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr("Touchez des lignes pour les choisir (payer, déplacer, retirer)."), left
        )
        hint.setObjectName("hint")
        left_layout.addWidget(hint)
        layout.addWidget(left, 3)

        right = QFrame(page)
        right.setObjectName("panel")
        right.setFixedWidth(300)
        buttons = QVBoxLayout(right)
        buttons.setSpacing(8)
        self.pay_all_button = big_button(
            self.tr("Tout payer"), right, object_name="payButton", height=72
        )
        self.pay_all_button.clicked.connect(lambda: self.pay(selection=False))
        self.pay_selection_button = big_button(self.tr("Payer la sélection"), right)
        self.pay_selection_button.setObjectName("paySelection")
        self.pay_selection_button.clicked.connect(lambda: self.pay(selection=True))
        self.split_button = big_button(self.tr("Partager en parts égales"), right)
        self.split_button.setObjectName("splitButton")
        self.split_button.clicked.connect(self.ask_split)
        self.add_sale_button = big_button(self.tr("Ajouter le ticket en cours"), right)
        self.add_sale_button.setObjectName("addSaleCart")
        self.add_sale_button.clicked.connect(self.add_sale_cart)
        self.move_button = big_button(self.tr("Déplacer la sélection"), right)
        self.move_button.setObjectName("moveLines")
        self.move_button.clicked.connect(self.move_selection)
        self.remove_button = big_button(self.tr("Retirer la sélection"), right)
        self.remove_button.setObjectName("removeLines")
        self.remove_button.clicked.connect(self.remove_selection)
        self.note_button = big_button(self.tr("Imprimer la note"), right)
        self.note_button.setObjectName("printNote")
        self.note_button.clicked.connect(self.print_note)
        self.close_tab_button = big_button(self.tr("Fermer l'ardoise vide"), right)
        self.close_tab_button.setObjectName("closeTab")
        self.close_tab_button.clicked.connect(self.close_tab)
        # Drunkenness refusal on this tab: no more alcohol on it (the round being rung up
        # on the sale screen loses its alcohol lines).
        from cafe_pos.ui.alcohol.refusal import DrunkRefusalButton

        self.refusal_button = DrunkRefusalButton(
            self.ctx,
            self.actor_provider,
            self._pending_round,
            tab_provider=lambda: self.current.id if self.current is not None else None,
            parent=right,
        )
        self.refusal_button.cart_changed.connect(self._round_changed)
        for button in (
            self.pay_all_button,
            self.pay_selection_button,
            self.split_button,
            self.note_button,
            self.add_sale_button,
            self.move_button,
            self.remove_button,
            self.close_tab_button,
            self.refusal_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(right, 0)
        return page

    # ================================================================== messages
    def show_message(self, text: str, *, error: bool = False) -> None:
        self.last_message = text
        if not text:
            self.message_label.hide()
            return
        colour, ink = ("#ffebee", "#b71c1c") if error else ("#e8f5e9", "#1b5e20")
        self.message_label.setStyleSheet(
            f"background: {colour}; color: {ink}; border-radius: 8px; padding: 8px;"
            " font-size: 14pt; font-weight: bold;"
        )
        self.message_label.setText(text)
        self.message_label.show()

    def _actor(self) -> Actor | None:
        try:
            return require_actor(self.actor_provider)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return None

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog

        def finished(_code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.accepted.connect(on_accept)
        dialog.finished.connect(finished)
        dialog.open()

    # ================================================================== tiles
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the open tabs again (and the shown tab, if any)."""
        try:
            self.views = tabs.list_open_tabs(self.ctx)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self._fill_tiles()
        if self.current is not None:
            still = next((v for v in self.views if v.id == self.current.id), None)
            if still is None:
                self.show_tiles()
            else:
                self.open_tab(still.id)
        if self.pages.currentWidget() is self.accounts_page:
            self.accounts_page.reload()

    def _fill_tiles(self) -> None:
        for tile in self.tiles:
            self.tiles_grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        now = self.ctx.clock.now()
        columns = max(1, (self.tiles_page.viewport().width() - 20) // (TILE_WIDTH + 14))
        for index, view in enumerate(self.views):
            tile = TabTile(view, tab_age(view.opened_at, now), self.tiles_page.widget())
            tile.clicked.connect(lambda _=False, tab_id=view.id: self.open_tab(tab_id))
            row, column = divmod(index, columns)
            self.tiles_grid.addWidget(tile, row, column)
            tile.show()
            self.tiles.append(tile)
        self.empty_label.setVisible(not self.views)
        if not self.views:
            self.tiles_grid.addWidget(self.empty_label, 0, 0, 1, 4)
        total = sum(v.total_cents for v in self.views)
        if self.pages.currentWidget() is self.accounts_page:
            return
        self.title.setText(
            self.tr("Ardoises ouvertes : {0} · {1}").format(len(self.views), format_eur(total))
        )

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fill_tiles()

    def _tick(self) -> None:
        if self.pages.currentWidget() is self.tiles_page:
            self._fill_tiles()

    def tile_for(self, label: str) -> TabTile:
        for tile in self.tiles:
            if tile.view.label == label:
                return tile
        raise LookupError(label)

    def show_tiles(self) -> None:
        self.current = None
        self.accounts_button.setChecked(False)
        self.new_button.show()
        self._fill_tiles()
        self.pages.setCurrentWidget(self.tiles_page)

    def toggle_accounts(self) -> None:
        if self.accounts_button.isChecked():
            self.current = None
            self.accounts_page.reload()
            self.title.setText(self.tr("Comptes clients"))
            self.new_button.hide()
            self.pages.setCurrentWidget(self.accounts_page)
        else:
            self.show_tiles()

    def new_tab(self) -> None:
        dialog = TextDialog(
            self.tr("Nouvelle ardoise"),
            self.tr("Nom du client ou numéro de table :"),
            self,
            placeholder=self.tr("ex. Table 4, Marcel"),
            required_message=self.tr("Donnez un nom ou un numéro à l'ardoise"),
        )
        self._open(dialog, lambda: self._create(dialog.value))

    def _create(self, label: str) -> None:
        actor = self._actor()
        if actor is None:
            return
        try:
            view = tabs.open_tab(self.ctx, actor, label)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(self.tr("Ardoise « {0} » ouverte").format(view.label))
        self.views = tabs.list_open_tabs(self.ctx)
        self._fill_tiles()
        self.open_tab(view.id)

    # ================================================================== one tab
    def open_tab(self, tab_id: int) -> None:
        try:
            view = tabs.get_tab(self.ctx, tab_id)
            cart = tabs.tab_cart(self.ctx, tab_id)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            self.show_tiles()
            return
        self.current = view
        self.cart = cart
        self.table.clearSelection()
        self.model.set_lines(cart.lines)
        self.table.setColumnHidden(COL_DISCOUNT, not cart.discount_total_cents)
        self.detail_title.setText(view.label)
        self.detail_total.setText(format_eur(cart.total_cents))
        info = self.tr("{0} ligne(s) · ouverte {1}").format(
            view.line_count, tab_age(view.opened_at, self.ctx.clock.now())
        )
        if view.split_parts:
            info += " · " + self.tr("partage en {0} parts : {1} payée(s)").format(
                view.split_parts, view.shares_paid
            )
        try:
            if tabs.needs_note(self.ctx, cart.total_cents, not cart.takeaway):
                info += " · " + self.tr("note à remettre avant paiement (25 € et plus)")
        except UserError:
            pass
        self.detail_info.setText(info)
        self.accounts_button.setChecked(False)
        self.pages.setCurrentIndex(1)
        self._selection_changed()

    def select_lines(self, rows: list[int]) -> None:
        """Choose these rows (tests, keyboard)."""
        self.table.clearSelection()
        for row in rows:
            self.table.selectRow(row)

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def selected_line_ids(self) -> list[int]:
        """Tab line ids of the chosen rows; a deposit chosen alone brings its article."""
        lines = self.cart.lines
        keys = {lines[row].key for row in self.selected_rows()}
        keys |= {ln.deposit_of for ln in lines if ln.key in keys and ln.deposit_of is not None}
        return [ln.tab_line_id for ln in lines if ln.key in keys and ln.tab_line_id is not None]

    def _selection_changed(self) -> None:
        chosen = bool(self.selected_rows())
        splitting = self.current is not None and self.current.split_parts is not None
        empty = self.cart.is_empty
        self.pay_all_button.setEnabled(not empty and not splitting)
        self.pay_selection_button.setEnabled(chosen and not splitting)
        self.move_button.setEnabled(chosen and not splitting)
        self.remove_button.setEnabled(chosen and not splitting)
        self.split_button.setEnabled(not empty)
        self.note_button.setEnabled(not empty)
        self.close_tab_button.setEnabled(empty)
        self.add_sale_button.setEnabled(not splitting)
        if splitting and self.current is not None:
            self.split_button.setText(
                self.tr("Continuer le partage ({0}/{1})").format(
                    self.current.shares_paid, self.current.split_parts
                )
            )
        else:
            self.split_button.setText(self.tr("Partager en parts égales"))

    def _cart_for(self, line_ids: list[int] | None) -> Cart:
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

    # ================================================================== paying
    def pay(self, *, selection: bool) -> None:
        """Pay all the lines or the chosen ones; a note is proposed from 25 € on site."""
        if self.current is None:
            return
        line_ids = self.selected_line_ids() if selection else None
        if selection and not line_ids:
            self.show_message(self.tr("Choisissez les lignes à payer"), error=True)
            return
        cart = self._cart_for(line_ids)
        try:
            needs = tabs.needs_note(self.ctx, cart.total_cents, not cart.takeaway)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        tab_id = self.current.id
        if needs and (tab_id, self.cart.total_cents) not in self.noted:
            self._propose_note(lambda: self._open_payment(tab_id, line_ids, cart))
            return
        self._open_payment(tab_id, line_ids, cart)

    def _propose_note(self, then: Callable[[], None]) -> None:
        assert self.current is not None
        box = QMessageBox(self)
        box.setObjectName("noteProposal")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Note avant paiement"))
        box.setText(
            self.tr(
                "Consommation sur place de {0} : la note (« Note non payée ») doit être "
                "remise au client avant le paiement."
            ).format(format_eur(self.cart.total_cents))
        )
        print_button = box.addButton(self.tr("Imprimer la note"), QMessageBox.ButtonRole.AcceptRole)
        print_button.setObjectName("printNoteFirst")
        given = box.addButton(self.tr("Déjà remise"), QMessageBox.ButtonRole.YesRole)
        given.setObjectName("noteGiven")
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: object) -> None:
            if self.dialog is box:
                self.dialog = None
            if button is print_button:
                if self.print_note(show_preview=False):
                    then()
            elif button is given:
                assert self.current is not None
                self.noted.add((self.current.id, self.cart.total_cents))
                then()

        box.buttonClicked.connect(answered)
        self.dialog = box
        box.open()

    def _open_payment(self, tab_id: int, line_ids: list[int] | None, cart: Cart) -> None:
        actor = self._actor()
        if actor is None:
            return
        if not self.guards.before_payment(self, cart, tab_id=tab_id):
            return

        def commit(request: PaymentRequest) -> object:
            return tabs.pay_tab_lines(
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

        label = self.current.label if self.current is not None else ""
        dialog = PaymentDialog(
            self.ctx,
            actor,
            cart,
            self,
            commit=commit,  # type: ignore[arg-type]
            token=uuid.uuid4().hex,
            title=self.tr("Paiement : {0}").format(label),
        )
        dialog.paid.connect(lambda _result: self.reload())
        self._open(dialog, lambda: None)

    def ask_split(self) -> None:
        """Choose the number of parts (the note first, from 25 € on site)."""
        if self.current is None:
            return
        if self.current.split_parts:
            self._split(self.current.split_parts)
            return
        try:
            needs = tabs.needs_note(self.ctx, self.cart.total_cents, not self.cart.takeaway)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        if needs and (self.current.id, self.cart.total_cents) not in self.noted:
            self._propose_note(self._choose_parts)
            return
        self._choose_parts()

    def _choose_parts(self) -> None:
        dialog = TouchDialog(self.tr("Partager l'addition"), self)
        dialog.setObjectName("splitChoice")
        row = QHBoxLayout()
        for parts in SPLIT_CHOICES:
            button = big_button(self.tr("{0} parts").format(parts), dialog, height=72)
            button.setObjectName(f"parts_{parts}")
            button.clicked.connect(self._parts_chooser(dialog, parts))
            row.addWidget(button)
        dialog.layout_.addLayout(row)
        cancel = big_button(self.tr("Annuler"), dialog)
        cancel.clicked.connect(dialog.reject)
        dialog.layout_.addWidget(cancel)
        dialog.resize(640, 220)
        self._open(dialog, lambda: None)

    def _parts_chooser(self, dialog: QDialog, parts: int) -> Callable[[], None]:
        def choose() -> None:
            dialog.accept()
            self._split(parts)

        return choose

    def _split(self, parts: int) -> None:
        actor = self._actor()
        if actor is None or self.current is None:
            return
        if not self.guards.before_payment(self, self.cart, tab_id=self.current.id):
            return
        try:
            dialog = SplitDialog(self.ctx, actor, self.current.id, parts, self)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        dialog.finished.connect(lambda _c: self.reload())
        self._open(dialog, lambda: None)

    # ================================================================== editing
    def add_sale_cart(self) -> None:
        """Put the sale screen's current ticket on this tab."""
        sale = self._find_sale_screen()
        if sale is None or self.current is None:
            self.show_message(self.tr("Aucun ticket en cours sur l'écran de vente"), error=True)
            return
        cart = sale.cart
        if cart.is_empty:
            self.show_message(self.tr("Le ticket en cours est vide"), error=True)
            return
        actor = self._actor()
        if actor is None:
            return
        if not self.guards.before_payment(self, cart, tab_id=self.current.id):
            sale.refresh()  # e.g. the tab was refused alcohol: the round is not added
            return
        try:
            view = tabs.add_to_tab(self.ctx, actor, self.current.id, cart)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        sale.new_ticket()
        self.show_message(self.tr("Tournée ajoutée à « {0} »").format(view.label))
        self.reload()

    def _pending_round(self) -> Cart:
        """The round being rung up on the sale screen (an empty cart when there is none)."""
        sale = self._find_sale_screen()
        return sale.cart if sale is not None else Cart()

    def _round_changed(self) -> None:
        sale = self._find_sale_screen()
        if sale is not None:
            sale.refresh()
        self.reload()

    def _find_sale_screen(self) -> SaleScreen | None:
        if self._sale_provider is not None:
            return self._sale_provider()
        from cafe_pos.ui.sale.sale_screen import SaleScreen

        window = self.window()
        return window.findChild(SaleScreen) if window is not None else None

    def move_selection(self) -> None:
        if self.current is None:
            return
        line_ids = self.selected_line_ids()
        if not line_ids:
            self.show_message(self.tr("Choisissez les lignes à déplacer"), error=True)
            return
        source = self.current.id
        dialog = TabChooserDialog(
            self.ctx, self, title=self.tr("Déplacer vers l'ardoise…"), exclude=source
        )
        self._open(dialog, lambda: self._move(source, line_ids, dialog.tab_id, dialog.new_label))

    def _move(self, source: int, line_ids: list[int], target: int | None, new_label: str) -> None:
        actor = self._actor()
        if actor is None:
            return
        try:
            if target is None:
                target = tabs.open_tab(self.ctx, actor, new_label).id
            view = tabs.move_lines(self.ctx, actor, source, line_ids, target)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_message(
            self.tr("{0} ligne(s) déplacée(s) vers « {1} »").format(len(line_ids), view.label)
        )
        self.reload()

    def remove_selection(self) -> None:
        if self.current is None:
            return
        rows = self.selected_rows()
        lines = [self.cart.lines[row] for row in rows if not self.cart.lines[row].is_deposit]
        if not lines:
            self.show_message(self.tr("Choisissez les lignes à retirer"), error=True)
            return
        dialog = TextDialog(
            self.tr("Retirer {0} ligne(s)").format(len(lines)),
            self.tr("Motif (enregistré dans le journal) :"),
            self,
            placeholder=self.tr("ex. erreur de saisie, boisson renversée"),
            required_message=self.tr("Indiquez le motif"),
            max_length=200,
        )
        tab_id = self.current.id
        ids = [ln.tab_line_id for ln in lines if ln.tab_line_id is not None]
        self._open(dialog, lambda: self._remove(tab_id, ids, dialog.value))

    def _remove(self, tab_id: int, line_ids: list[int], reason: str) -> None:
        actor = self._actor()
        if actor is None:
            return
        try:
            for line_id in line_ids:
                tabs.remove_tab_line(self.ctx, actor, tab_id, line_id, reason)
        except UserError as exc:
            self.show_message(str(exc), error=True)
        else:
            self.show_message(self.tr("{0} ligne(s) retirée(s)").format(len(line_ids)))
        self.reload()

    def print_note(self, *, show_preview: bool = True) -> bool:
        """Queue the unpaid note on the printer and show it."""
        if self.current is None:
            return False
        actor = self._actor()
        if actor is None:
            return False
        try:
            tabs.print_note(self.ctx, actor, self.current.id)
            note = tabs.note_for_tab(self.ctx, self.current.id)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return False
        self.noted.add((self.current.id, self.cart.total_cents))
        self.show_message(self.tr("Note non payée envoyée à l'imprimante"))
        if show_preview:
            dialog = TouchDialog(self.tr("Note non payée — {0}").format(self.current.label), self)
            dialog.setObjectName("notePreview")
            self.note_preview = make_receipt_preview(note, dialog)
            dialog.layout_.addWidget(self.note_preview, 1, Qt.AlignmentFlag.AlignHCenter)
            close = big_button(self.tr("Fermer"), dialog)
            close.clicked.connect(dialog.accept)
            dialog.layout_.addWidget(close)
            dialog.resize(560, 700)
            self._open(dialog, lambda: None)
        return True

    def close_tab(self) -> None:
        actor = self._actor()
        if actor is None or self.current is None:
            return
        try:
            tabs.close_tab(self.ctx, actor, self.current.id)
        except UserError as exc:
            self.show_message(str(exc), error=True)
            return
        self.show_tiles()
        self.reload()
