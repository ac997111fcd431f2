"""Réglages → Journal fiscal: the signing key of the till's inalterable journal, what is
wrong with it (a lost key file, a key change HQ has not confirmed yet), and the manager's
way to replace a lost or exposed key from the app.

A key replaced without the old key is a break of the chain of keys: ``verify`` fails and
the status bar says so until HQ confirms it — the page then says to enrol the café again
(Réglages → Siège). The service decides and refuses in French; the page shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.ui.widgets.messages import error_text, require_actor


class JournalKeyPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalKeyPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        hint = QLabel(
            self.tr(
                "Chaque ticket, clôture et événement est signé par la clé de la caisse. "
                "Son empreinte est imprimée sur les tickets Z : c'est elle qu'un contrôleur "
                "compare aux archives."
            ),
            self,
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setObjectName("keyFingerprint")
        self.history_label = QLabel(self)
        self.history_label.setObjectName("keyHistory")
        self.history_label.setWordWrap(True)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("formErrors")
        self.warning_label.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("keyReason")
        self.reason_edit.setPlaceholderText(self.tr("ex. : disque remplacé, clé perdue"))
        self.replace_button = QPushButton(self.tr("Changer la clé de signature"), self)
        self.replace_button.setObjectName("replaceKey")
        self.replace_button.clicked.connect(self.replace_key)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("keyMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        state_form = QFormLayout()
        state_form.addRow(self.tr("Clé actuelle"), self.fingerprint_label)
        state_form.addRow(self.tr("Clés successives"), self.history_label)
        change_box = QGroupBox(self.tr("Clé perdue ou divulguée"), self)
        change_form = QFormLayout(change_box)
        change_note = QLabel(
            self.tr(
                "Sans l'ancienne clé, le changement rompt la chaîne des clés : il reste "
                "signalé jusqu'à ce que le siège le confirme (inscrivez ensuite la caisse de "
                "nouveau, onglet Siège, avec un nouveau code)."
            ),
            change_box,
        )
        change_note.setWordWrap(True)
        change_form.addRow(change_note)
        change_form.addRow(self.tr("Raison"), self.reason_edit)
        change_form.addRow("", self.replace_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(hint)
        layout.addLayout(state_form)
        layout.addWidget(self.warning_label)
        layout.addSpacing(12)
        layout.addWidget(change_box)
        layout.addWidget(self.message_label)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:  # read when opened, not at start-up
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        # the key service (and the fiscal chain, cryptography) when the page is opened:
        # the page itself is built with the window, before the first paint
        from cafe_pos.services import signing_key

        state = signing_key.key_state(self.ctx)
        self.fingerprint_label.setText(state.fingerprint or self.tr("aucune (journal vide)"))
        self.history_label.setText(" → ".join(state.keys) or "—")
        self.warning_label.setText(state.warning or "")
        self.warning_label.setVisible(state.warning is not None)

    def replace_key(self) -> bool:
        self.message_label.hide()
        try:
            actor = require_actor(self.actor_provider)
            from cafe_pos.services import signing_key

            fingerprint = signing_key.replace_key(self.ctx, actor, self.reason_edit.text())
        except UserError as exc:
            self.message_label.setText(error_text(exc))
            self.message_label.setProperty("ok", False)
            self.message_label.show()
            return False
        self.reason_edit.clear()
        self.message_label.setText(self.tr("Nouvelle clé de signature : {0}").format(fingerprint))
        self.message_label.setProperty("ok", True)
        self.message_label.show()
        self.refresh()
        refresh_journal = getattr(self.window(), "refresh_journal_status", None)
        if callable(refresh_journal):
            refresh_journal()
        return True
