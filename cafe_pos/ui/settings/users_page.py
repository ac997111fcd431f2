"""Users management: list, add (name, role, PIN), new PIN, change role, activate or
deactivate.

The users service enforces the rules (manager rights, 4 to 6 digit PINs, 6 for a manager —
so naming someone manager takes their new 6-digit PIN, typed in "Nouveau code" —, the last
active manager stays); this page shows its French refusals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import users as users_service
from cafe_pos.ui.widgets.labels import role_label
from cafe_pos.ui.widgets.messages import error_text, require_actor, show_toast


def _pin_edit(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(6)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), edit))
    edit.setPlaceholderText(placeholder)
    return edit


class UsersPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("usersPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self._users: list[users_service.UserView] = []

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Rôle"), self.tr("État")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.new_pin_edit = _pin_edit(
            self, "newPin", self.tr("4 à 6 chiffres (6 pour un·e gérant·e)")
        )
        self.reset_button = QPushButton(self.tr("Changer le code"), self)
        self.reset_button.setObjectName("resetPin")
        self.reset_button.clicked.connect(self.reset_pin)
        self.active_button = QPushButton(self.tr("Désactiver"), self)
        self.active_button.setObjectName("toggleActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton(self.tr("Débloquer"), self)
        self.unlock_button.setObjectName("unlockUser")
        self.unlock_button.setToolTip(self.tr("Lever le blocage après trop de codes faux"))
        self.unlock_button.clicked.connect(self.unlock)
        self.role_button = QPushButton(self.tr("Nommer gérant·e"), self)
        self.role_button.setObjectName("changeRole")
        self.role_button.setToolTip(
            self.tr("Un·e gérant·e a un code à 6 chiffres : tapez-le d'abord dans « Nouveau code »")
        )
        self.role_button.clicked.connect(self.change_role)
        selected_box = QGroupBox(self.tr("Utilisateur sélectionné"), self)
        selected_form = QFormLayout(selected_box)
        selected_form.addRow(self.tr("Nouveau code"), self.new_pin_edit)
        selected_buttons = QHBoxLayout()
        selected_buttons.addWidget(self.reset_button)
        selected_buttons.addWidget(self.active_button)
        selected_buttons.addWidget(self.unlock_button)
        selected_form.addRow("", selected_buttons)
        selected_form.addRow("", self.role_button)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newUserName")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("newUserRole")
        self.role_combo.addItem(role_label(Role.STAFF.value), Role.STAFF.value)
        self.role_combo.addItem(role_label(Role.MANAGER.value), Role.MANAGER.value)
        self.pin_edit = _pin_edit(self, "newUserPin", self.tr("4 à 6 chiffres"))
        self.add_button = QPushButton(self.tr("Ajouter l'utilisateur"), self)
        self.add_button.setObjectName("addUser")
        self.add_button.setProperty("kind", "primary")
        self.add_button.clicked.connect(self.add_user)
        add_box = QGroupBox(self.tr("Nouvel utilisateur"), self)
        add_form = QFormLayout(add_box)
        add_form.addRow(self.tr("Nom"), self.name_edit)
        add_form.addRow(self.tr("Rôle"), self.role_combo)
        add_form.addRow(self.tr("Code"), self.pin_edit)
        add_form.addRow("", self.add_button)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        columns = QHBoxLayout()
        right = QVBoxLayout()
        right.addWidget(add_box)
        right.addSpacing(12)
        right.addWidget(selected_box)
        right.addStretch(1)
        columns.addWidget(self.table, 3)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)
        self.load()

    def load(self, select_id: int | None = None) -> None:
        self._users = users_service.list_users(self.ctx, include_inactive=True)
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            if not user.active:
                state = self.tr("Désactivé")
            elif user.locked:
                state = self.tr("Bloqué (trop d'essais)")
            else:
                state = self.tr("Actif")
            for column, text in enumerate((user.name, role_label(str(user.role)), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if user.id == select_id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_user(self) -> users_service.UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self._users[rows[0].row()] if rows else None

    def select_user(self, name: str) -> None:
        for row, user in enumerate(self._users):
            if user.name == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked)
        self.role_button.setEnabled(user is not None)
        self.role_button.setText(
            self.tr("Rendre équipier·e")
            if user is not None and user.role is Role.MANAGER
            else self.tr("Nommer gérant·e")
        )
        self.active_button.setText(
            self.tr("Réactiver") if user is not None and not user.active else self.tr("Désactiver")
        )

    def _run(self, call: Callable[[Actor], users_service.UserView], done: str) -> bool:
        self.error_label.hide()
        try:
            view = call(require_actor(self.actor_provider))
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        self.load(select_id=view.id)
        show_toast(self, done.format(view.name))
        return True

    def add_user(self) -> bool:
        name, role, pin = self.name_edit.text(), self.role_combo.currentData(), self.pin_edit.text()
        ok = self._run(
            lambda actor: users_service.add_user(self.ctx, actor, name, role, pin),
            self.tr("{0} peut maintenant se connecter"),
        )
        if ok:
            self.name_edit.clear()
            self.pin_edit.clear()
        return ok

    def reset_pin(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False
        pin = self.new_pin_edit.text()
        ok = self._run(
            lambda actor: users_service.reset_pin(self.ctx, actor, user.id, pin),
            self.tr("Nouveau code enregistré pour {0}"),
        )
        if ok:
            self.new_pin_edit.clear()
        return ok

    def change_role(self) -> bool:
        """Staff → manager with the 6-digit PIN typed in "Nouveau code"; manager → staff."""
        user = self.selected_user()
        if user is None:
            return False
        role = Role.STAFF if user.role is Role.MANAGER else Role.MANAGER
        pin = self.new_pin_edit.text() or None
        ok = self._run(
            lambda actor: users_service.set_role(self.ctx, actor, user.id, role, pin),
            self.tr("{0} est maintenant gérant·e")
            if role is Role.MANAGER
            else self.tr("{0} est maintenant équipier·e"),
        )
        if ok:
            self.new_pin_edit.clear()
        return ok

    def unlock(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False
        return self._run(
            lambda actor: users_service.unlock(self.ctx, actor, user.id),
            self.tr("{0} peut de nouveau se connecter"),
        )

    def toggle_active(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False
        message = (
            self.tr("{0} est réactivé·e") if not user.active else self.tr("{0} est désactivé·e")
        )
        return self._run(
            lambda actor: users_service.set_active(self.ctx, actor, user.id, not user.active),
            message,
        )
