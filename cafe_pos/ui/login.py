"""The login (and lock) screen: pick your name, type your PIN on the big keypad.

Typing digits and Enter on a keyboard works too. Refusals come from the users service
as French sentences ("Code incorrect (2 essais restants)", "Compte bloqué jusqu'à 14:35")
and are shown as they are. In the demo the screen shows the demo users' PINs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.ui.widgets.keypad import Keypad
from cafe_pos.ui.widgets.labels import role_label
from cafe_pos.ui.widgets.messages import error_text

PIN_MAX_LENGTH = 6


def demo_hint_lines(demo_users: Iterable[Any]) -> list[str]:
    """ "Camille (gérant·e) : 1234" for each demo user, whatever shape DEMO_USERS has
    (objects or mappings with name/role/pin, or (name, role, pin) tuples)."""
    lines = []
    for user in demo_users:
        if isinstance(user, dict):
            name, role, pin = user.get("name"), user.get("role", ""), user.get("pin")
        elif isinstance(user, tuple | list):
            fields = list(user)
            if len(fields) == 2:  # (name, pin)
                fields = [fields[0], "", fields[1]]
            name, role, pin = ([*fields, "", "", ""])[:3]
        else:
            name = getattr(user, "name", None)
            role = getattr(user, "role", "")
            pin = getattr(user, "pin", None)
        if name and pin:
            role_text = f" ({role_label(str(getattr(role, 'value', role)))})" if role else ""
            # "{0} : {1}": French puts a space before the colon, English does not
            lines.append(
                QCoreApplication.translate("LoginScreen", "{0} : {1}").format(
                    f"{name}{role_text}", pin
                )
            )
    return lines


class LoginScreen(QWidget):
    """Emits ``logged_in(actor)`` after a successful PIN check by the users service."""

    logged_in = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        demo_users: Iterable[Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginScreen")
        self.ctx = ctx
        self.selected_user_id: int | None = None
        self.user_buttons: dict[int, QPushButton] = {}
        self._user_names: dict[int, str] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(48)

        left = QVBoxLayout()
        self.cafe_label = QLabel(self)
        self.cafe_label.setObjectName("loginCafe")
        title = QLabel(self.tr("Qui êtes-vous ?"), self)
        title.setObjectName("loginTitle")
        self.users_box = QWidget(self)
        self.users_grid = QGridLayout(self.users_box)
        self.users_grid.setSpacing(14)
        self.users_grid.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(
            self.tr("Aucun utilisateur : créez un·e gérant·e avec « cafe-pos users add »."), self
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()
        left.addWidget(self.cafe_label)
        left.addWidget(title)
        left.addSpacing(12)
        left.addWidget(self.users_box)
        left.addWidget(self.empty_label)
        left.addStretch(1)
        hints = demo_hint_lines(demo_users or [])
        self.demo_label = QLabel(self)
        self.demo_label.setObjectName("demoHint")
        self.demo_label.setWordWrap(True)
        if hints:
            self.demo_label.setText(
                self.tr("Démonstration — codes des utilisateurs :") + "\n" + "\n".join(hints)
            )
        else:
            self.demo_label.hide()
        left.addWidget(self.demo_label)
        outer.addLayout(left, 3)

        panel = QFrame(self)
        panel.setObjectName("pinPanel")
        right = QVBoxLayout(panel)
        right.setContentsMargins(24, 24, 24, 24)
        right.setSpacing(12)
        self.who_label = QLabel(self.tr("Choisissez votre nom"), panel)
        self.who_label.setObjectName("pinWho")
        self.who_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit = QLineEdit(panel)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(PIN_MAX_LENGTH)
        self.pin_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.pin_edit)
        )
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setPlaceholderText(self.tr("Code"))
        # Enter in the field reaches keyPressEvent (QLineEdit passes it on): one submit,
        # never a second one on the emptied field that would hide the warning
        self.error_label = QLabel(panel)
        self.error_label.setObjectName("pinError")
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keypad = Keypad(panel, comma=False, double_zero=False, key_height=76)
        self.keypad.bind(self.pin_edit)
        self.keypad.accepted.connect(self.submit)
        self.keypad.text_key.connect(lambda _key: self.error_label.clear())
        right.addWidget(self.who_label)
        right.addWidget(self.pin_edit)
        right.addWidget(self.error_label)
        right.addWidget(self.keypad, 1)
        outer.addWidget(panel, 2)
        self.refresh()

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the café name and the list of active users."""
        from cafe_pos.services import users as users_service

        self.cafe_label.setText(self._cafe_name())
        for button in self.user_buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.user_buttons.clear()
        self._user_names.clear()
        people = [u for u in users_service.list_users(self.ctx) if u.active]
        for index, person in enumerate(people):
            button = QPushButton(f"{person.name}\n{role_label(str(person.role))}", self.users_box)
            button.setObjectName(f"user_{person.id}")
            button.setProperty("userButton", True)
            button.setCheckable(True)
            button.setMinimumHeight(96)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, uid=person.id: self.select_user(uid))
            self._group.addButton(button)
            self.users_grid.addWidget(button, index // 2, index % 2)
            self.user_buttons[person.id] = button
            self._user_names[person.id] = person.name
        self.empty_label.setVisible(not people)
        if self.selected_user_id not in self.user_buttons:
            self.selected_user_id = None
            self.who_label.setText(self.tr("Choisissez votre nom"))
        if len(people) == 1:
            self.select_user(people[0].id)

    def _cafe_name(self) -> str:
        try:
            from cafe_pos.services.identity import get_identity

            identity = get_identity(self.ctx)
        except (ImportError, UserError):
            return ""
        return identity.name if identity is not None else ""

    # -- actions ----------------------------------------------------------------------
    def select_user(self, user_id: int) -> None:
        self.selected_user_id = user_id
        self.user_buttons[user_id].setChecked(True)
        self.who_label.setText(self.tr("Code de {0}").format(self._user_names[user_id]))
        self.pin_edit.clear()
        self.error_label.clear()
        self.pin_edit.setFocus()

    def submit(self) -> None:
        """Check the PIN with the users service; show its refusal or emit ``logged_in``."""
        from cafe_pos.services import users as users_service

        if self.selected_user_id is None:
            self.error_label.setText(self.tr("Choisissez d'abord votre nom"))
            return
        pin = self.pin_edit.text()
        if not pin:
            self.error_label.setText(self.tr("Tapez votre code"))
            return
        self.pin_edit.clear()
        try:
            actor = users_service.login(self.ctx, self.selected_user_id, pin)
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            return
        notices = users_service.take_reset_notices(self.ctx, actor)
        self.error_label.clear()
        self.logged_in.emit(actor)
        if notices:
            self.show_reset_notices(notices)

    def show_reset_notices(self, notices: list[str]) -> QMessageBox:
        """PINs reset from the command line (no PIN asked there): everyone is told at the
        next login, until a manager has seen it. Not blocking: the till is usable."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Codes réinitialisés"),
            "\n".join(notices),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setObjectName("resetNotices")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def reset(self) -> None:
        """Back to a clean screen (used when the till is locked)."""
        self.pin_edit.clear()
        self.error_label.clear()
        self.refresh()
        self.pin_edit.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit():
            self.pin_edit.setFocus()
            self.keypad.press(text)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Backspace:
            self.pin_edit.backspace()
        elif event.key() == Qt.Key.Key_Escape:
            self.pin_edit.clear()
            self.error_label.clear()
        else:
            super().keyPressEvent(event)
