"""The sale screen's left panel: search field, notices, the ticket, its total and "Payer".

Layout only: the screen (``sale_screen``) connects the buttons and fills the labels.
The colours are in ``ui.widgets.touch_style``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.domain.cart import CartLine
from cafe_pos.domain.money import format_eur
from cafe_pos.ui.sale.sale_controller import TicketSummary
from cafe_pos.ui.sale.ticket_model import (
    COL_DISCOUNT,
    COL_LABEL,
    COL_QTY,
    COL_TOTAL,
    COL_UNIT_PRICE,
    TicketModel,
)
from cafe_pos.ui.widgets.elided_label import ElidedLabel
from cafe_pos.ui.widgets.touch_style import big_button, set_flag

if TYPE_CHECKING:
    from cafe_pos.services.accounts import AccountView


class TicketPanel(QFrame):
    """Search + takeaway, the notice line, the account banner, the lines, the total."""

    def __init__(self, model: TicketModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(self._build_search())
        layout.addWidget(self._build_notice())
        layout.addWidget(self._build_account_banner())
        layout.addWidget(self._build_table(model), 1)
        layout.addLayout(self._build_line_buttons())
        layout.addWidget(self._build_total())
        layout.addLayout(self._build_actions())
        self.pay_button = big_button(
            self.tr("Payer  F12"), self, object_name="payButton", height=76
        )
        self.pay_button.setToolTip(self.tr("Encaisser (F12 ou Entrée)"))
        self.pay_button.setProperty("compact", True)  # "Payer  1 234,50 €  F12" at 1024 px
        layout.addWidget(self.pay_button)

    def _build_search(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(self.tr("Article ou code…"))
        self.search_edit.setClearButtonEnabled(True)
        top.addWidget(self.search_edit, 1)
        self.takeaway_button = big_button(self.tr("Sur place"), self, height=52, checkable=True)
        self.takeaway_button.setObjectName("takeawayButton")
        self.takeaway_button.setFixedWidth(124)
        self.takeaway_button.setToolTip(self.tr("Sur place / à emporter (F9)"))
        top.addWidget(self.takeaway_button, 0)
        return top

    def _build_notice(self) -> QFrame:
        self.notice = QFrame(self)
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
        notice_layout.addWidget(self.create_product_button)
        self.notice.hide()
        return self.notice

    def _build_account_banner(self) -> QFrame:
        self.account_banner = QFrame(self)
        self.account_banner.setObjectName("accountBanner")
        banner_layout = QHBoxLayout(self.account_banner)
        banner_layout.setContentsMargins(10, 2, 2, 2)
        self.account_label = ElidedLabel("", self.account_banner)  # the customer's name
        self.account_label.setObjectName("accountLabel")
        banner_layout.addWidget(self.account_label, 1)
        self.forget_account_button = big_button("✕", self.account_banner, height=40)
        self.forget_account_button.setMaximumWidth(48)
        self.forget_account_button.setToolTip(self.tr("Retirer le compte client du ticket"))
        banner_layout.addWidget(self.forget_account_button)
        self.account_banner.hide()
        return self.account_banner

    def _build_table(self, model: TicketModel) -> QTableView:
        self.table = QTableView(self)
        self.table.setObjectName("ticketTable")
        self.table.setModel(model)
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
        return self.table

    def _build_line_buttons(self) -> QHBoxLayout:
        line_row = QHBoxLayout()
        line_row.setSpacing(6)
        self.minus_button = big_button("−", self, height=56)
        self.minus_button.setObjectName("minusButton")
        self.minus_button.setToolTip(self.tr("Une de moins"))
        self.plus_button = big_button("+", self, height=56)
        self.plus_button.setObjectName("plusButton")
        self.plus_button.setToolTip(self.tr("Une de plus"))
        self.line_discount_button = big_button(self.tr("Remise"), self, height=56)
        self.line_discount_button.setObjectName("lineDiscountButton")
        self.line_discount_button.setToolTip(self.tr("Remise sur la ligne (Ctrl+D)"))
        self.delete_button = big_button(self.tr("Supprimer"), self, height=56)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setToolTip(self.tr("Supprimer la ligne (Suppr)"))
        for button in (self.line_discount_button, self.delete_button):
            button.setProperty("secondaryAction", True)
        for button, stretch in (
            (self.minus_button, 1),
            (self.plus_button, 1),
            (self.line_discount_button, 2),
            (self.delete_button, 2),
        ):
            line_row.addWidget(button, stretch)
        return line_row

    def _build_total(self) -> QFrame:
        total_panel = QFrame(self)
        total_panel.setObjectName("totalPanel")
        total_layout = QVBoxLayout(total_panel)
        total_layout.setContentsMargins(14, 6, 14, 4)
        total_layout.setSpacing(0)
        captions = QHBoxLayout()
        total_caption = QLabel(self.tr("TOTAL"), total_panel)
        total_caption.setObjectName("totalCaption")
        total_caption.setProperty("strong", True)
        captions.addWidget(total_caption)
        captions.addStretch(1)
        self.count_label = QLabel(total_panel)
        self.count_label.setObjectName("totalCaption")
        captions.addWidget(self.count_label)
        total_layout.addLayout(captions)
        amounts = QHBoxLayout()
        self.discount_label = QLabel(total_panel)
        self.discount_label.setObjectName("discountLabel")
        amounts.addWidget(self.discount_label, 0, Qt.AlignmentFlag.AlignBottom)
        amounts.addStretch(1)
        self.total_label = QLabel(format_eur(0), total_panel)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amounts.addWidget(self.total_label)
        total_layout.addLayout(amounts)
        return total_panel

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.ticket_discount_button = big_button(self.tr("Remise ticket"), self)
        self.ticket_discount_button.setObjectName("ticketDiscountButton")
        self.tab_button = big_button(self.tr("Ardoise F10"), self, object_name="tabButton")
        self.tab_button.setToolTip(self.tr("Mettre le ticket sur une ardoise (F10)"))
        self.refund_button = big_button(self.tr("Retour"), self, object_name="refundButton")
        self.refund_button.setToolTip(self.tr("Rembourser un ticket (Ctrl+R)"))
        for button in (self.ticket_discount_button, self.tab_button, self.refund_button):
            button.setMinimumWidth(60)
            button.setProperty("secondaryAction", True)
            actions.addWidget(button)
        return actions

    # ------------------------------------------------------------------ showing
    def show_ticket(self, summary: TicketSummary, lines: Sequence[CartLine]) -> None:
        """The lines, the total, the article count, the discount and the buttons."""
        self.model.set_lines(tuple(lines))
        self.total_label.setText(format_eur(summary.total_cents))
        where = self.tr("À emporter") if summary.takeaway else self.tr("Sur place")
        self.count_label.setText(self.tr("{0} article(s) · {1}").format(summary.articles, where))
        discount = summary.discount_cents
        self.discount_label.setText(
            self.tr("remise −{0}").format(format_eur(discount)) if discount else ""
        )
        self.discount_label.setVisible(bool(discount))
        self.table.setColumnHidden(COL_DISCOUNT, not discount)
        self.pay_button.setText(
            self.tr("Payer  {0}  F12").format(format_eur(summary.total_cents))
            if not summary.empty
            else self.tr("Payer  F12")
        )
        for button in (self.pay_button, self.tab_button, self.ticket_discount_button):
            button.setEnabled(not summary.empty)
        self.takeaway_button.setChecked(summary.takeaway)
        self.takeaway_button.setText(where)

    def show_notice(self, text: str, *, error: bool, unknown_code: bool) -> None:
        """A line under the search field (red for a refusal); empty text hides it."""
        self.create_product_button.setVisible(unknown_code)
        if not text:
            self.notice.hide()
            return
        set_flag(self.notice, "error", error)
        set_flag(self.notice_label, "error", error)
        self.notice_label.setText(text)
        self.notice.show()

    def show_account(self, account: AccountView | None) -> None:
        if account is None:
            self.account_banner.hide()
            return
        from cafe_pos.ui.sale.account_picker import account_summary

        self.account_label.setText(self.tr("Compte : {0}").format(account_summary(account)))
        self.account_banner.show()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def selected_row(self, line_count: int) -> int:
        """The chosen line, or the last one when none is chosen (-1 on an empty ticket)."""
        index = self.table.currentIndex()
        if index.isValid() and index.row() < line_count:
            return index.row()
        return line_count - 1
