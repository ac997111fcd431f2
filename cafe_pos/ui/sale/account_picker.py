"""Choose a regular's customer account (balance, limit and what is still available)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.money import format_eur
from cafe_pos.services import accounts
from cafe_pos.services.accounts import AccountView
from cafe_pos.ui.widgets.touch_dialog import TouchDialog


def account_summary(account: AccountView) -> str:
    """ "Famille Martin — doit 12,40 € — disponible 87,60 €"."""
    return QCoreApplication.translate("accounts", "{0} — doit {1} — disponible {2}").format(
        account.name, format_eur(account.balance_cents), format_eur(account.available_cents)
    )


class AccountPickerDialog(TouchDialog):
    """A list of the active accounts; ``account`` once accepted."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Compte client"), parent)
        self.setObjectName("accountPicker")
        self.account: AccountView | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("accountList")
        self.list.setStyleSheet(
            "QListWidget { font-size: 15pt; } QListWidget::item { padding: 12px; }"
        )
        for view in accounts.list_accounts(ctx):
            row = QListWidgetItem(account_summary(view))
            row.setData(Qt.ItemDataRole.UserRole, view)
            self.list.addItem(row)
        self.list.itemDoubleClicked.connect(lambda _item: self.try_accept())
        self.layout_.addWidget(self.list)
        self.add_ok_cancel(self.tr("Choisir"))
        self.resize(640, 480)

    def choose(self, name: str) -> None:
        """Select the account called ``name`` and accept (tests, keyboard)."""
        for index in range(self.list.count()):
            view: AccountView = self.list.item(index).data(Qt.ItemDataRole.UserRole)
            if view.name == name:
                self.list.setCurrentRow(index)
                self.try_accept()
                return
        raise LookupError(name)

    def try_accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            self.show_error(self.tr("Choisissez un compte dans la liste"))
            return
        self.account = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
