"""Réglages → Siège: enrol the café with its headquarters (address + one-time code), see
what is waiting, send now.

The network calls run on a worker thread and come back through a signal: the page (and
the till) never wait for HQ. The service says, in French, what went wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.services import hq_sync, network_catalogue
from cafe_pos.ui.widgets.messages import error_text, require_actor
from cafe_pos.ui.widgets.worker import run_off_thread


class _Done(QObject):
    finished = Signal(str, bool)  # message, ok


class HqSettingsPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hqSettingsPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        hint = QLabel(
            self.tr(
                "Chaque clôture envoie au siège les chiffres du jour, signés par la caisse, "
                "sans aucun nom de client ni de personne. Le siège vous donne un code "
                "d'inscription à usage unique."
            ),
            self,
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("hqStatus")
        self.status_label.setWordWrap(True)
        self.catalogue_label = QLabel(self)
        self.catalogue_label.setObjectName("hqCatalogueStatus")
        self.catalogue_label.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("hqUrl")
        self.url_edit.setPlaceholderText("https://siege.exemple.fr")
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("hqCode")
        self.code_edit.setPlaceholderText("ABCD-EFGH-JKLM")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("formErrors")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.enrol_button = QPushButton(self.tr("Inscrire le café"), self)
        self.enrol_button.setObjectName("hqEnrol")
        self.enrol_button.setProperty("kind", "primary")
        self.enrol_button.clicked.connect(self.enrol)
        self.send_button = QPushButton(self.tr("Envoyer maintenant"), self)
        self.send_button.setObjectName("hqSend")
        self.send_button.clicked.connect(self.send_now)
        self._done = _Done(self)
        self._done.finished.connect(self._finished)

        form = QFormLayout()
        form.addRow(self.tr("Adresse du siège"), self.url_edit)
        form.addRow(self.tr("Code d'inscription"), self.code_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.status_label)
        layout.addWidget(self.catalogue_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.send_button)
        row.addWidget(self.enrol_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        state = hq_sync.status(self.ctx)
        self.status_label.setText(state.text(self.ctx.clock.now()))
        note = network_catalogue.status_note(self.ctx)  # version held, changes waiting
        self.catalogue_label.setText(note)
        self.catalogue_label.setVisible(bool(note))
        if state.hq_url and not self.url_edit.text():
            self.url_edit.setText(state.hq_url)

    def _run(self, work: Callable[[], str]) -> None:
        """``work`` on a thread; its message (or its French refusal) comes back here."""
        self.enrol_button.setEnabled(False)
        self.send_button.setEnabled(False)

        relay = self._done  # the thread holds the relay, never the page

        def deliver(result: object, ok: bool) -> None:
            relay.finished.emit(str(result), ok)

        run_off_thread("hq-settings", work, deliver)

    def _finished(self, message: str, ok: bool) -> None:
        self.enrol_button.setEnabled(True)
        self.send_button.setEnabled(True)
        self.message_label.setText(message)
        self.message_label.setProperty("ok", ok)
        self.message_label.show()
        if ok:
            self.code_edit.clear()
        self.refresh()
        # a re-enrolment confirms a key break: the window's journal warning goes away
        refresh_journal = getattr(self.window(), "refresh_journal_status", None)
        if callable(refresh_journal):
            refresh_journal()

    def enrol(self) -> None:
        try:
            actor = require_actor(self.actor_provider)
        except UserError as exc:
            self._finished(error_text(exc), False)
            return
        url, code = self.url_edit.text(), self.code_edit.text()
        done = self.tr("Café inscrit auprès du siège")

        ctx = self.ctx

        def work() -> str:
            name = hq_sync.enrol(ctx, actor, url, code)
            hq_sync.send_pending(ctx)
            return f"{done} ({name})" if name else done

        self._run(work)

    def send_now(self) -> None:
        sent_text = self.tr("{0} message(s) envoyé(s)")
        ctx = self.ctx

        def work() -> str:
            report = hq_sync.send_pending(ctx)
            if report.pending:
                raise UserError(f"{report.pending} message(s) en attente — {report.problem}")
            return sent_text.format(len(report.sent))

        self._run(work)
