"""Customer accounts (comptes clients): the list with balances and limits, opening an
account, taking a settlement (cash, card, cheque) and the statement of one customer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, parse_amount
from cafe_pos.domain.payments import CARD, CASH, CHEQUE
from cafe_pos.domain.users import Actor
from cafe_pos.services import accounts
from cafe_pos.services.accounts import AccountView
from cafe_pos.ui.sale.payment_dialog import method_label
from cafe_pos.ui.tabs.models import COL_NAME, AccountsModel, StatementModel
from cafe_pos.ui.widgets.messages import error_text, require_actor
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button
from cafe_pos.ui.widgets.transient import open_transient

ActorProvider = Callable[[], Actor | None]


def _table(model: AccountsModel | StatementModel, parent: QWidget, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(44)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class NewAccountDialog(TouchDialog):
    """Name and limit of a new account; ``account`` once created."""

    def __init__(self, ctx: ServiceContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nouveau compte client"), parent)
        self.setObjectName("newAccountDialog")
        self._ctx = ctx
        self._actor = actor
        self.account: AccountView | None = None
        self.layout_.addWidget(QLabel(self.tr("Nom du client"), self))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("accountName")
        self.layout_.addWidget(self.name_edit)
        self.layout_.addWidget(QLabel(self.tr("Plafond (ce qu'il peut devoir au plus)"), self))
        self.limit_edit = QLineEdit(self)
        self.limit_edit.setObjectName("accountLimit")
        self.limit_edit.setPlaceholderText("50,00")
        self.layout_.addWidget(self.limit_edit)
        self.add_ok_cancel(self.tr("Créer le compte"))
        self.resize(480, 320)

    def try_accept(self) -> None:
        try:
            limit = parse_amount(self.limit_edit.text())
            self.account = accounts.create_account(
                self._ctx, self._actor, self.name_edit.text(), limit
            )
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.accept()


class SettleDialog(TouchDialog):
    """A customer pays (part of) what they owe, in cash, by card or by cheque."""

    def __init__(
        self, ctx: ServiceContext, actor: Actor, account: AccountView, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Règlement : {0}").format(account.name), parent)
        self.setObjectName("settleDialog")
        self._ctx = ctx
        self._actor = actor
        self._account = account
        self.updated: AccountView | None = None
        owed = QLabel(self.tr("Doit {0}").format(format_eur(account.balance_cents)), self)
        owed.setObjectName("bigAmount")
        owed.setStyleSheet("font-size: 28pt;")
        self.layout_.addWidget(owed)
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("settleAmount")
        self.amount_edit.setPlaceholderText(format_eur(account.balance_cents))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.layout_.addWidget(self.amount_edit)
        row = QHBoxLayout()
        self.method_group = QButtonGroup(self)
        self.method_buttons = {}
        for method in (CASH, CARD, CHEQUE):
            button = big_button(method_label(method), self, checkable=True)
            button.setObjectName(f"settle_{method}")
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            row.addWidget(button)
        self.method_buttons[CASH].setChecked(True)
        self.layout_.addLayout(row)
        self.add_ok_cancel(self.tr("Encaisser"))
        self.resize(520, 340)

    def method(self) -> str:
        return next(m for m, b in self.method_buttons.items() if b.isChecked())

    def try_accept(self) -> None:
        text = self.amount_edit.text().strip()
        try:
            amount = parse_amount(text) if text else self._account.balance_cents
            self.updated = accounts.settle_account(
                self._ctx, self._actor, self._account.id, amount, self.method()
            )
        except UserError as exc:
            self.show_error(error_text(exc))
            return
        self.accept()


class StatementDialog(TouchDialog):
    """Every entry of one account with the running balance."""

    def __init__(
        self, ctx: ServiceContext, account: AccountView, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Relevé : {0}").format(account.name), parent)
        self.setObjectName("statementDialog")
        self.model = StatementModel(self)
        self.model.set_rows(accounts.statement(ctx, account.id))
        table = _table(self.model, self, 1)
        table.setObjectName("statementTable")
        self.layout_.addWidget(table, 1)
        balance = QLabel(
            self.tr("Solde dû : {0} — plafond {1}").format(
                format_eur(account.balance_cents), format_eur(account.limit_cents)
            ),
            self,
        )
        balance.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.layout_.addWidget(balance)
        close = big_button(self.tr("Fermer"), self)
        close.clicked.connect(self.accept)
        self.layout_.addWidget(close)
        self.resize(820, 600)


class AccountsPage(QWidget):
    """The list of accounts and what can be done with them."""

    back = Signal()

    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.dialog: TouchDialog | None = None
        self.model = AccountsModel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table(self.model, self, COL_NAME)
        self.table.setObjectName("accountsTable")
        layout.addWidget(self.table, 1)
        self.message = QLabel(self)
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        for text, name, slot in (
            (self.tr("Nouveau compte"), "newAccount", self.new_account),
            (self.tr("Encaisser un règlement"), "settleAccount", self.settle),
            (self.tr("Relevé"), "statementButton", self.show_statement),
        ):
            button = big_button(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def reload(self) -> None:
        try:
            self.model.set_rows(accounts.list_accounts(self.ctx))
        except UserError as exc:
            self.message.setText(error_text(exc))

    def select(self, name: str) -> None:
        for row, view in enumerate(self.model.rows):
            if view.name == name:
                self.table.selectRow(row)
                return
        raise LookupError(name)

    def selected(self) -> AccountView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.message.setText(self.tr("Choisissez un compte dans la liste"))
            return None
        return self.model.row(index.row())

    def _actor(self) -> Actor | None:
        try:
            return require_actor(self.actor_provider)
        except UserError as exc:
            self.message.setText(error_text(exc))
            return None

    def _open(self, dialog: TouchDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(lambda _c: setattr(self, "dialog", None))
        self.message.setText("")
        open_transient(dialog)

    def new_account(self) -> None:
        actor = self._actor()
        if actor is not None:
            self._open(NewAccountDialog(self.ctx, actor, self))

    def settle(self) -> None:
        actor = self._actor()
        account = self.selected()
        if actor is not None and account is not None:
            self._open(SettleDialog(self.ctx, actor, account, self))

    def show_statement(self) -> None:
        account = self.selected()
        if account is not None:
            try:
                self._open(StatementDialog(self.ctx, account, self))
            except UserError as exc:
                self.message.setText(error_text(exc))
