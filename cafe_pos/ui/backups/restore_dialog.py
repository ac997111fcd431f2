"""Restaurer une sauvegarde: choose the file, see what it holds (café, last ticket, last
closure, date) and whether its journal verifies, give the recovery passphrase when the key
must come from the backup, confirm with a manager's PIN when records would be discarded;
then the restore runs (current database kept aside, restore journaled) and the app closes
so it restarts on the restored database.

The check and the restore run on a worker thread (a year's journal takes seconds to
verify); the dialog shows where it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import Clock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.services import restore as restore_service
from cafe_pos.services.restore import BackupPreview, RestoreResult
from cafe_pos.ui.widgets.messages import error_text, require_actor
from cafe_pos.ui.widgets.worker import run_off_thread


class _Done(QObject):
    previewed = Signal(object)  # BackupPreview or error text
    restored = Signal(object)  # RestoreResult or error text


class RestoreDialog(QDialog):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        open_context: Callable[..., ServiceContext],
        parent: QWidget | None = None,
        *,
        on_restored: Callable[[RestoreResult], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restaurer une sauvegarde"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.open_context = open_context
        self.on_restored = on_restored or self._quit_after_restore
        self.preview: BackupPreview | None = None
        self.worker: threading.Thread | None = None
        self.pin_dialog: QDialog | None = None
        self._done = _Done(self)
        self._done.previewed.connect(self._previewed)
        self._done.restored.connect(self._restored)

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("restoreFile")
        self.file_edit.setPlaceholderText(
            self.tr("Fichier de sauvegarde (cafe-AAAA-MM-JJ_HHMMSS.db)")
        )
        choose = QPushButton(self.tr("Choisir…"), self)
        choose.setObjectName("restoreChoose")
        choose.clicked.connect(self.choose)
        self.check_button = QPushButton(self.tr("Vérifier"), self)
        self.check_button.setObjectName("restoreCheck")
        self.check_button.clicked.connect(self.check)
        self.details = QLabel(
            self.tr("Choisissez une sauvegarde : elle sera vérifiée avant tout."), self
        )
        self.details.setObjectName("restoreDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phrase_edit = QLineEdit(self)
        self.phrase_edit.setObjectName("restorePassphrase")
        self.phrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase_edit.setPlaceholderText(self.tr("Phrase de secours"))
        self.phrase_edit.hide()
        self.new_key_box = QCheckBox(
            self.tr("Je n'ai pas la phrase : démarrer une nouvelle clé (changement journalisé)"),
            self,
        )
        self.new_key_box.setObjectName("restoreNewKey")
        self.new_key_box.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setProperty("error", True)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.restore_button = QPushButton(self.tr("Restaurer"), self)
        self.restore_button.setObjectName("restoreConfirm")
        self.restore_button.setProperty("kind", "primary")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.confirm)
        cancel = QPushButton(self.tr("Annuler"), self)
        cancel.clicked.connect(self.reject)

        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(choose)
        row.addWidget(self.check_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.phrase_edit)
        layout.addWidget(self.new_key_box)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(760, 460)

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Sauvegarde à restaurer"), "", self.tr("Sauvegardes (*.db)")
        )
        if path:
            self.file_edit.setText(path)
            self.check()

    def _busy(self) -> bool:
        return self.worker is not None and self.worker.is_alive()

    def check(self) -> None:
        source = Path(self.file_edit.text().strip())
        if self._busy() or not str(source):
            return
        self.restore_button.setEnabled(False)
        self._error("")
        self.details.setText(self.tr("Vérification du journal de la sauvegarde…"))
        db_path, relay = self.ctx.db_path, self._done  # never the dialog in the thread

        def deliver(result: object, _ok: bool) -> None:
            relay.previewed.emit(result)  # a BackupPreview, or the error's text

        self.worker = run_off_thread(
            "restore-check", lambda: restore_service.preview_backup(db_path, source), deliver
        )

    def _previewed(self, result: object) -> None:
        self.worker = None  # its result is here: the thread is ending
        if not isinstance(result, BackupPreview):
            self.preview = None
            self.details.setText("")
            self._error(str(result))
            return
        self.preview = result
        self.details.setText("\n".join(result.lines()))
        if not result.chain_ok:
            self._error(self.tr("Sauvegarde refusée : {0}").format(result.chain_message))
            return
        self.phrase_edit.setVisible(result.needs_passphrase)
        self.new_key_box.setVisible(result.key_mode in ("sealed", "absent"))
        self.new_key_box.setChecked(False)
        self.restore_button.setEnabled(True)

    def confirm(self) -> None:
        preview = self.preview
        if preview is None or self._busy():
            return
        try:
            actor = require_actor(self.actor_provider)
        except UserError as exc:
            self._error(error_text(exc))
            return
        if preview.key_mode == "absent" and not self.new_key_box.isChecked():
            self._error(
                self.tr(
                    "Cette sauvegarde ne contient pas la clé : cochez « nouvelle clé » pour continuer"
                )
            )
            return
        if preview.older:
            from cafe_pos.ui.sale.dialogs import ManagerPinDialog

            dialog = ManagerPinDialog(
                self.ctx,
                self.tr(
                    "Cette sauvegarde est plus ancienne que la base : {0} enregistrement(s) et "
                    "{1} ticket(s) seront écartés (la base actuelle est gardée à côté)."
                ).format(preview.records_lost, preview.tickets_lost),
                self,
            )
            dialog.accepted.connect(lambda: self._run(dialog.manager))
            self.pin_dialog = dialog
            dialog.open()
            return
        self._run(actor)

    def _run(self, approver: Actor | None) -> None:
        preview = self.preview
        if preview is None or approver is None:
            return
        phrase = self.phrase_edit.text() or None
        new_key = self.new_key_box.isChecked()
        db_path, source = self.ctx.db_path, preview.source
        clock: Clock = self.ctx.clock
        self.restore_button.setEnabled(False)
        self.details.setText(self.tr("Restauration en cours…"))
        self.ctx.uow.engine.dispose()  # the app's own connections: idle, closed now
        open_context, relay = self.open_context, self._done  # never the dialog in the thread

        def work() -> object:
            return restore_service.restore_backup(
                db_path,
                source,
                clock=clock,
                open_context=open_context,
                passphrase=phrase,
                new_key=new_key,
                actor_name=approver.name,
                preview=preview,
                approver=approver,
            )

        def deliver(result: object, _ok: bool) -> None:
            relay.restored.emit(result)  # a RestoreResult, or the error's text

        self.worker = run_off_thread("restore", work, deliver)

    def _restored(self, result: object) -> None:
        self.worker = None
        if not isinstance(result, RestoreResult):
            self.details.setText("\n".join(self.preview.lines()) if self.preview else "")
            self._error(str(result))
            self.restore_button.setEnabled(True)
            return
        self._error("")
        text = [self.tr("Sauvegarde restaurée. La restauration est enregistrée dans le journal.")]
        if result.set_aside is not None:
            text.append(self.tr("Base précédente gardée : {0}").format(result.set_aside.name))
        if result.new_key is not None:
            text.append(
                self.tr("Nouvelle clé de signature : {0} (changement journalisé)").format(
                    result.new_key
                )
            )
        text.append(self.tr("cafe-pos va se fermer : relancez-le pour vendre."))
        self.details.setText("\n".join(text))
        self.on_restored(result)

    def _quit_after_restore(self, _result: RestoreResult) -> None:
        from cafe_pos.ui.widgets.messages import show_info

        box = show_info(self, self.details.text(), self.tr("Restauration terminée"))
        app = QApplication.instance()
        if app is not None:
            box.finished.connect(lambda _code: QCoreApplication.quit())
