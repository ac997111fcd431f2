"""The Ardoises section: open tabs as tiles, one tab's lines, paying, splitting, moving,
the unpaid note, and the customer accounts page.

Tabs live in the database (``services.tabs``): they survive a restart. Paying reuses
the sale screen's ``PaymentDialog`` (``tabs.pay_tab_lines``: all lines or the chosen
ones); the equal split takes each guest's share in turn (``SplitDialog``). An on-site
bill of 25 € or more prompts for the note ("Note non payée") before the payment.
The pages are ``tab_tiles.TilesPage`` and ``tab_detail.TabDetail``; what the screen does
is in the widget-free ``tabs_controller.TabsController``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.sale.dialogs import TextDialog
from cafe_pos.ui.tabs.accounts_page import AccountsPage
from cafe_pos.ui.tabs.tab_detail import TabDetail
from cafe_pos.ui.tabs.tab_tiles import TabTile, TilesPage
from cafe_pos.ui.tabs.tabs_controller import TabsController
from cafe_pos.ui.tabs.tabs_flows import TabsFlows
from cafe_pos.ui.widgets.messages import Failed, attempt
from cafe_pos.ui.widgets.touch_style import STYLE_SHEET, big_button, set_flag
from cafe_pos.ui.widgets.transient import open_transient

if TYPE_CHECKING:
    from cafe_pos.ui.sale.sale_screen import SaleScreen

ActorProvider = Callable[[], Actor | None]
T = TypeVar("T")
AGE_REFRESH_MS = 60_000


class TabsScreen(TabsFlows):
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
        self.controller = TabsController(ctx, actor_provider)
        self.guards = guards or SaleGuards()
        self._sale_provider = sale_cart_provider or (lambda: None)
        self.dialog: QDialog | QMessageBox | None = None
        self.last_message = ""
        self._build()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_REFRESH_MS)
        self._age_timer.timeout.connect(self._tick)
        self._age_timer.start()
        self.reload()

    @property
    def tiles(self) -> list[TabTile]:
        return self.tiles_page.tiles

    # ================================================================== layout
    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 12)
        root.setSpacing(10)
        header = QHBoxLayout()
        self.title = QLabel(self.tr("Ardoises ouvertes"), self)
        self.title.setObjectName("title")
        self.title.setProperty("size", "tabs")
        # a long total or many tabs never widen the window: the text wraps, never cut
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setWordWrap(True)
        header.addWidget(self.title, 1)
        self.new_button = big_button(self.tr("+ Nouvelle ardoise"), self, object_name="newTab")
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
        self.tiles_page = TilesPage(self)
        self.pages.addWidget(self.tiles_page)
        self.detail = TabDetail(
            self.ctx,
            self.actor_provider,
            self._pending_round,
            lambda: self.current.id if self.current is not None else None,
            self,
        )
        self.pages.addWidget(self.detail)
        self.accounts_page = AccountsPage(self.ctx, self.actor_provider, self)
        self.pages.addWidget(self.accounts_page)
        detail = self.detail
        detail.back_button.clicked.connect(self.show_tiles)
        detail.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        detail.pay_all_button.clicked.connect(lambda: self.pay(selection=False))
        detail.pay_selection_button.clicked.connect(lambda: self.pay(selection=True))
        detail.split_button.clicked.connect(self.ask_split)
        detail.add_sale_button.clicked.connect(self.add_sale_cart)
        detail.move_button.clicked.connect(self.move_selection)
        detail.remove_button.clicked.connect(self.remove_selection)
        detail.note_button.clicked.connect(self.print_note)
        detail.close_tab_button.clicked.connect(self.close_tab)
        detail.refusal_button.cart_changed.connect(self._round_changed)
        # the widgets tests reach by name
        self.model = detail.model
        self.table = detail.table
        self.detail_title = detail.title
        self.detail_total = detail.total
        self.detail_info = detail.info
        self.pay_all_button = detail.pay_all_button
        self.pay_selection_button = detail.pay_selection_button
        self.split_button = detail.split_button
        self.add_sale_button = detail.add_sale_button
        self.move_button = detail.move_button
        self.remove_button = detail.remove_button
        self.note_button = detail.note_button
        self.close_tab_button = detail.close_tab_button
        self.refusal_button = detail.refusal_button

    # ================================================================== messages
    def show_message(self, text: str, *, error: bool = False) -> None:
        self.last_message = text
        if not text:
            self.message_label.hide()
            return
        set_flag(self.message_label, "error", error)
        self.message_label.setText(text)
        self.message_label.show()

    def attempt(self, call: Callable[[], T]) -> T | Failed:
        """Every service call of the screen: a refusal shows on the message line."""
        return attempt(call, lambda text: self.show_message(text, error=True))

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        self.dialog = dialog

        def finished(_code: int) -> None:
            if self.dialog is dialog:
                self.dialog = None

        dialog.accepted.connect(on_accept)
        dialog.finished.connect(finished)
        open_transient(dialog)

    # ================================================================== tiles
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read the open tabs again (and the shown tab, if any)."""
        if isinstance(self.attempt(self.controller.reload), Failed):
            return
        self._fill_tiles()
        if self.current is not None:
            still = self.controller.still_open()
            if still is None:
                self.show_tiles()
            else:
                self.open_tab(still.id)
        if self.pages.currentWidget() is self.accounts_page:
            self.accounts_page.reload()

    def _fill_tiles(self) -> None:
        views = self.controller.views
        self.tiles_page.fill(views, self.controller.age, self.open_tab)
        if self.pages.currentWidget() is self.accounts_page:
            return
        total = sum(v.total_cents for v in views)
        self.title.setText(
            self.tr("Ardoises ouvertes : {0} · {1}").format(len(views), format_eur(total))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
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
        self.controller.close_view()
        self.accounts_button.setChecked(False)
        self.new_button.show()
        self._fill_tiles()
        self.pages.setCurrentWidget(self.tiles_page)

    def toggle_accounts(self) -> None:
        if self.accounts_button.isChecked():
            self.controller.close_view()
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
        view = self.attempt(lambda: self.controller.create(label))
        if isinstance(view, Failed):
            return
        self.show_message(self.tr("Ardoise « {0} » ouverte").format(view.label))
        self._fill_tiles()
        self.open_tab(view.id)

    # ================================================================== one tab
    def open_tab(self, tab_id: int) -> None:
        view = self.attempt(lambda: self.controller.open(tab_id))
        if isinstance(view, Failed):
            self.show_tiles()
            return
        cart = self.cart
        self.detail.show_cart(cart)
        self.detail_title.setText(view.label)
        self.detail_total.setText(format_eur(cart.total_cents))
        info = self.tr("{0} ligne(s) · ouverte {1}").format(
            view.line_count, self.controller.age(view)
        )
        if view.split_parts:
            info += " · " + self.tr("partage en {0} parts : {1} payée(s)").format(
                view.split_parts, view.shares_paid
            )
        if self.attempt(lambda: self.controller.needs_note(cart)) is True:
            info += " · " + self.tr("note à remettre avant paiement (25 € et plus)")
        self.detail_info.setText(info)
        self.accounts_button.setChecked(False)
        self.pages.setCurrentWidget(self.detail)
        self._selection_changed()

    def select_lines(self, rows: list[int]) -> None:
        """Choose these rows (tests, keyboard)."""
        self.detail.select_lines(rows)

    def selected_rows(self) -> list[int]:
        return self.detail.selected_rows()

    def selected_line_ids(self) -> list[int]:
        return self.controller.line_ids(self.selected_rows())

    def _selection_changed(self) -> None:
        current = self.current
        splitting = self.controller.splitting
        if splitting and current is not None:
            text = self.tr("Continuer le partage ({0}/{1})").format(
                current.shares_paid, current.split_parts
            )
        else:
            text = self.tr("Partager en parts égales")
        self.detail.update_buttons(
            chosen=bool(self.selected_rows()),
            splitting=splitting,
            empty=self.cart.is_empty,
            split_text=text,
        )
