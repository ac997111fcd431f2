"""The Ardoises screen's second page: one tab's lines (chosen by touch) and its actions.

Left: back, name, total, age, the lines; right: pay all / the chosen lines, split, add the
round being rung up, move, remove, the unpaid note, close, refuse alcohol. Layout only:
the screen connects the buttons.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.users import Actor
from cafe_pos.ui.alcohol.refusal import DrunkRefusalButton
from cafe_pos.ui.sale.ticket_model import (
    COL_DISCOUNT,
    COL_LABEL,
    COL_QTY,
    COL_TOTAL,
    COL_UNIT_PRICE,
    TicketModel,
)
from cafe_pos.ui.widgets.elided_label import ElidedLabel
from cafe_pos.ui.widgets.touch_style import big_button

ACTIONS_WIDTH = 240


class TabDetail(QWidget):
    """One tab: its lines on the left, its actions on the right."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        round_provider: Callable[[], Cart],
        tab_provider: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._build_lines(), 3)
        layout.addWidget(self._build_actions(ctx, actor_provider, round_provider, tab_provider))

    def _build_lines(self) -> QFrame:
        left = QFrame(self)
        left.setObjectName("panel")
        left_layout = QVBoxLayout(left)
        top = QHBoxLayout()
        self.back_button = big_button(self.tr("← Ardoises"), left, height=52)
        self.back_button.setObjectName("backToTabs")
        self.back_button.setMaximumWidth(170)
        top.addWidget(self.back_button)
        self.title = ElidedLabel("", left)  # the tab's name, as typed
        self.title.setObjectName("title")
        self.title.setProperty("size", "tab")
        top.addWidget(self.title, 1)
        self.total = QLabel(left)
        self.total.setObjectName("detailTotal")
        top.addWidget(self.total)
        left_layout.addLayout(top)
        self.info = QLabel(left)
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)  # age, split and note on two lines rather than wider
        left_layout.addWidget(self.info)
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
        left_layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr("Touchez des lignes pour les choisir (payer, déplacer, retirer)."), left
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        return left

    def _build_actions(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        round_provider: Callable[[], Cart],
        tab_provider: Callable[[], int | None],
    ) -> QFrame:
        right = QFrame(self)
        right.setObjectName("panel")
        right.setFixedWidth(ACTIONS_WIDTH)
        buttons = QVBoxLayout(right)
        buttons.setSpacing(8)
        self.pay_all_button = big_button(
            self.tr("Tout payer"), right, object_name="payButton", height=60
        )
        self.pay_selection_button = big_button(self.tr("Payer la sélection"), right)
        self.pay_selection_button.setObjectName("paySelection")
        self.split_button = big_button(self.tr("Partager en parts égales"), right)
        self.split_button.setObjectName("splitButton")
        self.add_sale_button = big_button(self.tr("Ajouter le ticket en cours"), right)
        self.add_sale_button.setObjectName("addSaleCart")
        self.move_button = big_button(self.tr("Déplacer la sélection"), right)
        self.move_button.setObjectName("moveLines")
        self.remove_button = big_button(self.tr("Retirer la sélection"), right)
        self.remove_button.setObjectName("removeLines")
        self.note_button = big_button(self.tr("Imprimer la note"), right)
        self.note_button.setObjectName("printNote")
        self.close_tab_button = big_button(self.tr("Fermer l'ardoise vide"), right)
        self.close_tab_button.setObjectName("closeTab")
        # Drunkenness refusal on this tab: no more alcohol on it (the round being rung up
        # on the sale screen loses its alcohol lines).
        self.refusal_button = DrunkRefusalButton(
            ctx, actor_provider, round_provider, tab_provider=tab_provider, parent=right
        )
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
            if button is not self.pay_all_button:
                button.setProperty("secondaryAction", True)  # whole words at 1024 px
            buttons.addWidget(button)
        buttons.addStretch(1)
        return right

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select_lines(self, rows: list[int]) -> None:
        self.table.clearSelection()
        for row in rows:
            self.table.selectRow(row)

    def show_cart(self, cart: Cart) -> None:
        self.table.clearSelection()
        self.model.set_lines(cart.lines)
        self.table.setColumnHidden(COL_DISCOUNT, not cart.discount_total_cents)

    def update_buttons(
        self, *, chosen: bool, splitting: bool, empty: bool, split_text: str
    ) -> None:
        self.pay_all_button.setEnabled(not empty and not splitting)
        self.pay_selection_button.setEnabled(chosen and not splitting)
        self.move_button.setEnabled(chosen and not splitting)
        self.remove_button.setEnabled(chosen and not splitting)
        self.split_button.setEnabled(not empty)
        self.note_button.setEnabled(not empty)
        self.close_tab_button.setEnabled(empty)
        self.add_sale_button.setEnabled(not splitting)
        self.split_button.setText(split_text)
