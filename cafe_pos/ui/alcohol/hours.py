"""Outside the legal hours: say when alcohol sales resume, or take a manager's override.

The override needs the manager's PIN and a reason; the service journals it (code 130) and
ties it to the cart being sold.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.alcohol import OutsideLegalHours
from cafe_pos.domain.errors import UserError
from cafe_pos.services import alcohol, users
from cafe_pos.services.alcohol import Override
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.widgets.touch_dialog import TouchDialog


class OutsideHoursDialog(TouchDialog):
    """Accepted only once a manager granted the override for ``cart_token``."""

    def __init__(
        self,
        ctx: ServiceContext,
        refusal: OutsideLegalHours,
        cart_token: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Horaires légaux : vente d'alcool fermée"), parent)
        self.setObjectName("outsideHoursDialog")
        self._ctx = ctx
        self._cart_token = cart_token
        message = QLabel(str(refusal), self)
        message.setObjectName("hoursMessage")
        message.setWordWrap(True)
        self.layout_.addWidget(message)
        note = QLabel(
            self.tr(
                "Dérogation exceptionnelle : un·e gérant·e indique la raison et son code ; "
                "elle est inscrite au journal technique."
            ),
            self,
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setPlaceholderText(self.tr("Raison (ex. : arrêté municipal de la fête)"))
        self.layout_.addWidget(self.reason_edit)
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("overridePin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(6)
        self.pin_edit.setPlaceholderText(self.tr("Code gérant·e"))
        self.pin_edit.returnPressed.connect(self.try_accept)
        self.layout_.addWidget(self.pin_edit)
        self.add_ok_cancel(self.tr("Accorder la dérogation"))
        self.cancel_button.setText(self.tr("Ne pas servir d'alcool"))
        self.resize(560, 460)

    def try_accept(self) -> None:
        try:
            manager = users.verify_manager_pin(self._ctx, self.pin_edit.text())
            alcohol.grant_hours_override(
                self._ctx, Override(manager, self.reason_edit.text()), self._cart_token
            )
        except UserError as exc:
            self.pin_edit.clear()
            self.show_error(error_text(exc))
            return
        self.accept()
