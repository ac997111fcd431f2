"""Café identity form (name, address, SIRET, NAF, VAT number, register).

The service validates (SIRET key, NAF format, VAT number matching the SIREN) and records
a change after the first setting in the technical journal; this page only shows the
service's French refusal above the save button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.services import identity as identity_service
from cafe_pos.ui.widgets.messages import error_text, require_actor, show_toast


class IdentityPage(QWidget):
    """Emits ``saved(IdentityView)`` once the service accepted the identity."""

    saved = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identityPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        hint = QLabel(
            self.tr(
                "Ces informations sont imprimées sur chaque ticket et chaque rapport. "
                "Toute modification est inscrite au journal des événements techniques."
            ),
            self,
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("identityName")
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("identityAddress")
        self.address_edit.setFixedHeight(110)
        self.siret_edit = QLineEdit(self)
        self.siret_edit.setObjectName("identitySiret")
        self.siret_edit.setPlaceholderText(self.tr("14 chiffres"))
        self.naf_edit = QLineEdit(self)
        self.naf_edit.setObjectName("identityNaf")
        self.naf_edit.setPlaceholderText("5630Z")
        self.vat_edit = QLineEdit(self)
        self.vat_edit.setObjectName("identityVat")
        self.vat_edit.setPlaceholderText(self.tr("FR + 11 caractères (vide en franchise de TVA)"))
        self.register_edit = QLineEdit(self)
        self.register_edit.setObjectName("identityRegister")
        self.register_edit.setMaxLength(8)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.save_button = QPushButton(self.tr("Enregistrer l'identité"), self)
        self.save_button.setObjectName("saveIdentity")
        self.save_button.setProperty("kind", "primary")
        self.save_button.clicked.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Nom du café"), self.name_edit)
        form.addRow(self.tr("Adresse"), self.address_edit)
        form.addRow(self.tr("SIRET"), self.siret_edit)
        form.addRow(self.tr("Code NAF"), self.naf_edit)
        form.addRow(self.tr("N° de TVA intracommunautaire"), self.vat_edit)
        form.addRow(self.tr("N° de caisse"), self.register_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        view = identity_service.get_identity(self.ctx)
        if view is None:
            return
        self.name_edit.setText(view.name)
        self.address_edit.setPlainText(view.address)
        self.siret_edit.setText(view.siret)
        self.naf_edit.setText(view.naf_code)
        self.vat_edit.setText(view.vat_number)
        self.register_edit.setText(view.register_number)

    def _mark_invalid(self, message: str) -> None:
        """Outline in red the field the service's sentence is about (display only)."""
        lowered = message.lower()
        fields: list[tuple[QWidget, tuple[str, ...]]] = [
            (self.siret_edit, ("siret", "siren invalide")),
            (self.vat_edit, ("tva",)),
            (self.naf_edit, ("naf",)),
            (self.register_edit, ("caisse",)),
            (self.address_edit, ("adresse",)),
            (self.name_edit, ("nom du café",)),
        ]
        found = [
            (lowered.find(word), widget)
            for widget, words in fields
            for word in words
            if word in lowered
        ]
        target = min(found, key=lambda pair: pair[0])[1] if found else None
        for widget, _words in fields:
            widget.setProperty("invalid", widget is target)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def save(self) -> object | None:
        data = identity_service.IdentityInput(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            siret=self.siret_edit.text(),
            naf_code=self.naf_edit.text(),
            vat_number=self.vat_edit.text(),
            register_number=self.register_edit.text(),
        )
        try:
            view = identity_service.save_identity(
                self.ctx, require_actor(self.actor_provider), data
            )
        except UserError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            self._mark_invalid(error_text(exc))
            return None
        self._mark_invalid("")
        self.error_label.hide()
        self.load()
        self.saved.emit(view)
        show_toast(self, self.tr("Identité du café enregistrée"))
        return view
