"""The manager's PIN asked inline where an approval exists (a discount above the limit,
a refund by staff, the Z made by staff...): one dialog for every screen.

It opens with ``open()`` (window-modal) and reports through ``accepted``; ``manager`` is
the approving manager. A wrong PIN is said inside the dialog, which stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.ui.widgets.keypad import Keypad
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.widgets.touch_dialog import TouchDialog


class ManagerPinDialog(TouchDialog):
    """Ask a manager's PIN (discount above the limit, refund...); ``manager`` once accepted."""

    def __init__(self, ctx: ServiceContext, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Validation par un·e gérant·e"), parent)
        self.setObjectName("managerPinDialog")
        self._ctx = ctx
        self.manager: Actor | None = None
        self.reason_label = QLabel(reason, self)
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setWordWrap(True)
        self.layout_.addWidget(self.reason_label)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(6)
        self.pin_edit.setPlaceholderText(self.tr("Code gérant·e"))
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.returnPressed.connect(self.try_accept)
        self.layout_.addWidget(self.pin_edit)
        keypad = Keypad(self, comma=False, double_zero=False, key_height=64)
        keypad.bind(self.pin_edit)
        keypad.accepted.connect(self.try_accept)
        self.layout_.addWidget(keypad)
        self.add_ok_cancel(self.tr("Valider"))
        self.resize(420, 560)

    def try_accept(self) -> None:
        from cafe_pos.services import users

        try:
            self.manager = users.verify_manager_pin(self._ctx, self.pin_edit.text())
        except UserError as exc:
            self.pin_edit.clear()
            self.show_error(error_text(exc))
            return
        self.accept()
