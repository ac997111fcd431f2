"""Réglages → Sauvegardes: where the backups go, the recovery passphrase (and its printed
sheet), a backup now, the last results, and "Restaurer une sauvegarde…".

Backups and restores run on a worker thread and come back through a signal: the page
never freezes, the till never waits. The services say in French what went wrong.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.formatting import date_fr
from cafe_pos.domain.users import Actor
from cafe_pos.services import backups, purge, retention
from cafe_pos.services.backups import BackupRun
from cafe_pos.ui.error_lookup import translated_error
from cafe_pos.ui.widgets.messages import call_service, error_text, require_actor
from cafe_pos.ui.widgets.worker import run_off_thread
from cafe_pos.ui.wording import shown, stored_text


def _said(message: str) -> str:
    """A backup's stored result (its known words, or a refusal's French sentence) in the
    interface's language."""
    return translated_error(stored_text(message))


KINDS = ("folder", "usb", "network")


class _Done(QObject):
    finished = Signal(object)  # a BackupRun or an error text


class _PurgeDone(QObject):
    finished = Signal(str, object)  # the step ("preview", "purge"), a PurgePreview or a text


class BackupsPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        *,
        open_context: Callable[..., ServiceContext] | None = None,
        on_backup: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.open_context = open_context
        self.on_backup = on_backup
        self.worker: threading.Thread | None = None
        self.restore_dialog: QWidget | None = None
        self._done = _Done(self)
        self._done.finished.connect(self._finished)
        self.purge_worker: threading.Thread | None = None
        self._purge_actor: Actor | None = None
        self._purge_done = _PurgeDone(self)
        self._purge_done.finished.connect(self._purge_step_done)

        self.summary = QLabel(self)
        self.summary.setObjectName("backupSummary")
        self.summary.setWordWrap(True)

        # destinations
        self.destination_list = QListWidget(self)
        self.destination_list.setObjectName("backupDestinations")
        self.destination_list.setMaximumHeight(72)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("destinationKind")
        for label in (
            self.tr("Dossier"),
            self.tr("Clé USB (étiquette)"),
            self.tr("Partage réseau"),
        ):
            self.kind_combo.addItem(label)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("destinationValue")
        self.browse_button = QPushButton(self.tr("Parcourir…"), self)
        self.browse_button.setObjectName("destinationBrowse")
        self.browse_button.clicked.connect(self.browse)
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.add_button.setObjectName("destinationAdd")
        self.add_button.clicked.connect(self.add_destination)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.remove_button.setObjectName("destinationRemove")
        self.remove_button.clicked.connect(self.remove_destination)
        self.usb_hint = QLabel(self)
        self.usb_hint.setObjectName("pageHint")
        self.usb_hint.setWordWrap(True)
        where = QGroupBox(self.tr("Où vont les sauvegardes"), self)
        grid = QGridLayout(where)
        grid.addWidget(self.destination_list, 0, 0, 1, 4)
        grid.addWidget(self.kind_combo, 1, 0)
        grid.addWidget(self.value_edit, 1, 1)
        grid.addWidget(self.browse_button, 1, 2)
        grid.addWidget(self.add_button, 1, 3)
        grid.addWidget(self.usb_hint, 2, 0, 1, 3)
        grid.addWidget(self.remove_button, 2, 3)
        grid.setColumnStretch(1, 1)

        # the key
        self.key_label = QLabel(self)
        self.key_label.setObjectName("keyProtection")
        self.key_label.setWordWrap(True)
        self.phrase_edit = QLineEdit(self)
        self.phrase_edit.setObjectName("passphrase")
        self.phrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.phrase_edit.setPlaceholderText(self.tr("Phrase de secours (12 caractères au moins)"))
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("passphraseConfirm")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setPlaceholderText(self.tr("La même, une seconde fois"))
        self.phrase_button = QPushButton(self.tr("Enregistrer la phrase"), self)
        self.phrase_button.setObjectName("savePassphrase")
        self.phrase_button.clicked.connect(self.save_passphrase)
        self.sheet_button = QPushButton(self.tr("Générer une phrase et imprimer la fiche…"), self)
        self.sheet_button.setObjectName("printRecoverySheet")
        self.sheet_button.clicked.connect(self.print_sheet)
        key_box = QGroupBox(self.tr("Clé de signature : phrase de secours"), self)
        key_layout = QGridLayout(key_box)
        key_hint = QLabel(
            self.tr(
                "Les sauvegardes contiennent la clé de signature du café chiffrée avec cette "
                "phrase, jamais en clair. Sans elle, une sauvegarde restaurée sur un autre poste "
                "démarre une nouvelle clé (changement journalisé)."
            ),
            key_box,
        )
        key_hint.setObjectName("pageHint")
        key_hint.setWordWrap(True)
        key_layout.addWidget(key_hint, 0, 0, 1, 3)
        key_layout.addWidget(self.key_label, 1, 0, 1, 3)
        key_layout.addWidget(self.phrase_edit, 2, 0)
        key_layout.addWidget(self.confirm_edit, 2, 1)
        key_layout.addWidget(self.phrase_button, 2, 2)
        key_layout.addWidget(self.sheet_button, 3, 0, 1, 3)

        # now, history, restore
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"), self)
        self.backup_button.setObjectName("backupNow")
        self.backup_button.setProperty("kind", "primary")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restaurer une sauvegarde…"), self)
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setEnabled(open_context is not None)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("backupMessage")
        self.message_label.setWordWrap(True)
        self.history = QTableWidget(0, 3, self)
        self.history.setObjectName("backupHistory")
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Destination"), self.tr("Résultat")]
        )
        self.history.verticalHeader().setVisible(False)
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(150)

        # six years: the yearly archives
        self.archives = QTableWidget(0, 2, self)
        self.archives.setObjectName("yearArchives")
        self.archives.setHorizontalHeaderLabels([self.tr("Exercice"), self.tr("Archive")])
        self.archives.verticalHeader().setVisible(False)
        archive_header = self.archives.horizontalHeader()
        archive_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        archive_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.archives.setMaximumHeight(140)
        self.archive_button = QPushButton(self.tr("Archiver les exercices clos"), self)
        self.archive_button.setObjectName("archiveYears")
        self.archive_button.clicked.connect(self.archive_years)
        self.purge_button = QPushButton(self)
        self.purge_button.setObjectName("purgeYear")
        self.purge_button.clicked.connect(self.ask_purge)
        self.purge_box: QMessageBox | None = None
        self.purge_year: int | None = None
        years_box = QGroupBox(self.tr("Six ans d'archives annuelles"), self)
        years_layout = QVBoxLayout(years_box)
        years_hint = QLabel(
            self.tr(
                "Chaque exercice clos a son archive signée, vérifiée ici et copiée sur les "
                "destinations des sauvegardes. Le détail d'un exercice ne peut être purgé "
                "qu'après six ans, une fois son archive vérifiée."
            ),
            years_box,
        )
        years_hint.setObjectName("pageHint")
        years_hint.setWordWrap(True)
        years_layout.addWidget(years_hint)
        years_layout.addWidget(self.archives)
        year_actions = QHBoxLayout()
        year_actions.addWidget(self.archive_button)
        year_actions.addWidget(self.purge_button)
        year_actions.addStretch(1)
        years_layout.addLayout(year_actions)

        body = QWidget(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 16)
        column.addWidget(self.summary)
        column.addWidget(where)
        column.addWidget(key_box)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        column.addLayout(actions)
        column.addWidget(self.message_label)
        column.addWidget(self.history, 1)
        column.addWidget(years_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._kind_changed(0)
        self.refresh()

    # -- reading ----------------------------------------------------------------------
    def refresh(self) -> None:
        status = backups.status(self.ctx)
        if status.last_good is None:
            text = self.tr("Aucune sauvegarde vérifiée pour l'instant.")
        else:
            text = self.tr("Dernière sauvegarde vérifiée : {0}.").format(
                status.last_good.strftime("%d/%m/%Y %H:%M")
            )
        if status.warnings:
            text += "\n⚠ " + "\n⚠ ".join(shown(warning) for warning in status.warnings)
        self.summary.setText(text)
        self.summary.setProperty("error", bool(status.warnings))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.destination_list.clear()
        for destination in backups.destinations(self.ctx):
            self.destination_list.addItem(destination.label())
        sealed, sentence = backups.key_protection(self.ctx)
        self.key_label.setText(("✓ " if sealed else "⚠ ") + shown(sentence))
        self.history.setRowCount(0)
        for run in backups.history(self.ctx.db_path, limit=10):
            for result in run.results:
                row = self.history.rowCount()
                self.history.insertRow(row)
                when = run.at.strftime("%d/%m/%Y %H:%M")
                outcome = ("✓ " if result.ok else "✗ ") + _said(result.message)
                for col, value in enumerate((when, result.destination, outcome)):
                    item = QTableWidgetItem(value)
                    item.setToolTip(result.file or result.message)
                    self.history.setItem(row, col, item)

        self._refresh_archives()

    def _refresh_archives(self) -> None:
        self.archives.setRowCount(0)
        try:
            entries = retention.list_archives(self.ctx)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        purged = {year.year: year for year in purge.purged_years(self.ctx)}
        for entry in entries:
            row = self.archives.rowCount()
            self.archives.insertRow(row)
            mark = {"ok": "✓ ", "broken": "✗ ", "missing": "⚠ "}[entry.status]
            self.archives.setItem(row, 0, QTableWidgetItem(entry.period))
            text = mark + translated_error(entry.message)
            if entry.period in purged:
                text += self.tr(" — détail purgé le {0} : l'archive est la référence").format(
                    date_fr(dt.date.fromisoformat(purged[entry.period].at[:10]))
                )
            item = QTableWidgetItem(text)
            item.setToolTip(str(entry.file or entry.message))
            self.archives.setItem(row, 1, item)
        eligible = purge.purgeable_years(self.ctx)
        self.purge_year = eligible[0] if eligible else None
        self.purge_button.setVisible(self.purge_year is not None)
        if self.purge_year is not None:
            self.purge_button.setText(self.tr("Purger le détail de {0}").format(self.purge_year))

    def ask_purge(self) -> None:
        """Check the eligible year (archive and journal verified, on a worker thread: a
        year of detail takes a while), then ask with what would be removed."""
        year = self.purge_year
        if year is None or (self.purge_worker is not None and self.purge_worker.is_alive()):
            return
        try:
            self._purge_actor = require_actor(self.actor_provider)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        self._say(self.tr("Vérification de l'archive {0} et du journal…").format(year))
        actor = self._purge_actor
        self._purge_step("preview", functools.partial(purge.preview_purge, self.ctx, actor, year))

    def _purge_step(self, step: str, call: Callable[[], purge.PurgePreview]) -> None:
        self.purge_button.setEnabled(False)
        relay = self._purge_done  # the thread holds the relay, never the page

        def deliver(result: object, _ok: bool) -> None:
            relay.finished.emit(step, result)  # a PurgePreview, or the error's text

        self.purge_worker = run_off_thread("purge", call, deliver)

    def _purge_step_done(self, step: str, result: object) -> None:
        self.purge_worker = None
        self.purge_button.setEnabled(True)
        if not isinstance(result, purge.PurgePreview):
            self._say(str(result), error=True)
        elif step == "preview":
            self._say("")
            self._confirm_purge(result)
            return
        else:
            self._say(
                self.tr("Détail de {0} purgé ({1}) ; l'archive {2} reste la référence").format(
                    result.year, self._removed(result.counts), result.archive.name
                )
            )
        self._refresh_archives()

    def _confirm_purge(self, preview: purge.PurgePreview) -> None:
        year = preview.year
        box = QMessageBox(self)
        box.setObjectName("purgeConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Purger le détail de {0}").format(year))
        box.setText(
            self.tr(
                "Seront supprimés de la caisse : {0}.\n\nLes clôtures (Z, mois, année) et "
                "leurs grands totaux restent. L'archive {1} reste le document légal de "
                "l'exercice {2} : gardez-la, ainsi que ses copies."
            ).format(self._removed(preview.counts), preview.archive.name, year)
        )
        confirm = box.addButton(self.tr("Purger"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("purgeConfirmYes")
        cancel = box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("purgeConfirmNo")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        confirm.clicked.connect(functools.partial(self._purge, year))
        self.purge_box = box
        box.open()

    def _removed(self, counts: dict[str, int]) -> str:
        """ "751 tickets, 1929 lignes de ticket, …" in the interface's language."""
        labels = {
            "tickets": self.tr("tickets"),
            "ticket_lines": self.tr("lignes de ticket"),
            "ticket_vat": self.tr("lignes de TVA"),
            "payments": self.tr("paiements"),
            "ticket_duplicates": self.tr("duplicatas"),
            "fiscal_events": self.tr("événements techniques"),
            "journal_entries": self.tr("enregistrements du journal"),
        }
        return ", ".join(f"{n} {labels.get(t, t)}" for t, n in counts.items() if n)

    def _purge(self, year: int) -> None:
        actor = self._purge_actor
        if actor is None:
            return
        self._say(self.tr("Purge du détail de {0} en cours…").format(year))
        self._purge_step("purge", functools.partial(purge.purge_year, self.ctx, actor, year))

    def archive_years(self) -> None:
        try:
            actor = require_actor(self.actor_provider)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        done = []
        for entry in retention.list_archives(self.ctx):
            if entry.status == "missing":
                year = int(entry.period)
                written = call_service(
                    self, functools.partial(retention.archive_year, self.ctx, actor, year)
                )
                if written is None:
                    break
                done.append(written.period)
        self._say(
            self.tr("Archives écrites et vérifiées : {0}").format(", ".join(done))
            if done
            else self.tr("Chaque exercice clos a déjà son archive")
        )
        self._refresh_archives()

    def _kind_changed(self, index: int) -> None:
        kind = KINDS[index]
        self.browse_button.setEnabled(kind != "usb")
        placeholders = {
            "folder": self.tr("/home/cafe/Sauvegardes ou D:\\Sauvegardes"),
            "usb": self.tr("Étiquette de la clé, ex. CAFE-SAUVE"),
            "network": self.tr("\\\\nas\\cafe ou /mnt/nas/cafe"),
        }
        self.value_edit.setPlaceholderText(placeholders[kind])
        if kind == "usb":
            labels = backups.usb_labels_now()
            self.usb_hint.setText(
                self.tr("Clés branchées : {0}").format(", ".join(labels))
                if labels
                else self.tr("Aucune clé USB branchée pour l'instant.")
            )
        else:
            self.usb_hint.setText("")

    # -- actions --------------------------------------------------------------------
    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des sauvegardes"))
        if folder:
            self.value_edit.setText(folder)

    def add_destination(self) -> None:
        kind = KINDS[self.kind_combo.currentIndex()]
        value = self.value_edit.text()
        if call_service(
            self,
            lambda: backups.add_destination(
                self.ctx, require_actor(self.actor_provider), kind, value
            ),
        ):
            self.value_edit.clear()
            self.refresh()

    def remove_destination(self) -> None:
        row = self.destination_list.currentRow()
        if (
            call_service(
                self,
                lambda: backups.remove_destination(
                    self.ctx, require_actor(self.actor_provider), row
                ),
            )
            is not None
        ):
            self.refresh()

    def save_passphrase(self) -> None:
        phrase, again = self.phrase_edit.text(), self.confirm_edit.text()
        if phrase != again:
            self._say(self.tr("Les deux phrases ne sont pas identiques"), error=True)
            return
        fingerprint = call_service(
            self,
            lambda: backups.set_recovery_passphrase(
                self.ctx, require_actor(self.actor_provider), phrase
            ),
        )
        if fingerprint:
            self.phrase_edit.clear()
            self.confirm_edit.clear()
            self._say(
                self.tr(
                    "Phrase enregistrée : les prochaines sauvegardes contiennent la clé chiffrée"
                )
            )
            self.refresh()

    def print_sheet(self, path: str | None = None) -> Path | None:
        target = (
            path
            or QFileDialog.getSaveFileName(
                self, self.tr("Fiche de secours"), "fiche-de-secours.pdf", "PDF (*.pdf)"
            )[0]
        )
        if not target:
            return None

        def make() -> Path:
            return backups.generate_and_print_sheet(
                self.ctx, require_actor(self.actor_provider), Path(target)
            )

        written = call_service(self, make)
        if written is not None:
            self._say(
                self.tr(
                    "Fiche de secours écrite : {0}. Imprimez-la et rangez-la hors du café."
                ).format(written)
            )
            self.refresh()
        return written

    def backup_now(self) -> None:
        if self.worker is not None and self.worker.is_alive():
            return
        try:
            require_actor(self.actor_provider)
        except UserError as exc:
            self._say(error_text(exc), error=True)
            return
        self.backup_button.setEnabled(False)
        self._say(self.tr("Sauvegarde en cours… la caisse reste utilisable."))

        ctx, relay = self.ctx, self._done  # the thread holds these, never the page

        def work() -> object:
            return backups.backup_now(ctx, reason="manual", roots=backups.environment_roots())

        def deliver(result: object, _ok: bool) -> None:
            relay.finished.emit(result)  # a BackupRun, or the error's text

        self.worker = run_off_thread("backup-now", work, deliver)

    def _finished(self, result: object) -> None:
        self.worker = None  # its result is here: the thread is ending
        self.backup_button.setEnabled(True)
        if isinstance(result, BackupRun):
            lines = [
                ("✓ " if r.ok else "✗ ") + f"{r.destination} : {_said(r.message)}"
                for r in result.results
            ]
            self._say("\n".join(lines), error=not result.ok)
        else:
            self._say(str(result), error=True)
        self.refresh()
        if self.on_backup is not None:
            self.on_backup()

    def restore(self) -> None:
        if self.open_context is None:
            return
        from cafe_pos.ui.backups.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self.actor_provider, self.open_context, self)
        self.restore_dialog = dialog
        dialog.open()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
