"""The first-start assistant: what ``cafe-pos`` shows when there is no café on this PC yet.

Pages: welcome (new café, or restore a backup) → identity → first manager → legal hours
of alcohol sales → printer and cash drawer → catalogue → backups (where, and the recovery
passphrase) → summary. Every page checks what is
typed with the services' checks; nothing is written until "Terminer", which runs the one
set-up use case (``services.cafe_setup.create_cafe``, the one ``cafe-pos init`` runs too)
on a new database: all of it, or nothing. The restore way runs ``cafe_setup.restore_cafe``.

The composition root hands in ``open_context`` (the assistant never opens a database
itself); ``FirstStartWizard.outcome`` says what was done, for the caller to open the café
(logged in as the new manager, on the sale screen) or its login screen after a restore.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget, QWizard

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import Clock, SystemClock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.services import cafe_setup, users
from cafe_pos.services import restore as restore_service
from cafe_pos.ui.first_start.pages_cafe import CafeIdentityPage, HoursPage, ManagerPage, WelcomePage
from cafe_pos.ui.first_start.pages_setup import (
    BackupPage,
    CataloguePage,
    PrinterPage,
    RestorePage,
    SummaryPage,
)
from cafe_pos.ui.widgets.messages import error_text

OpenContext = Callable[..., ServiceContext]


class Page(IntEnum):
    WELCOME = 0
    IDENTITY = 1
    MANAGER = 2
    HOURS = 3
    PRINTER = 4
    CATALOGUE = 5
    BACKUPS = 6
    SUMMARY = 7
    RESTORE = 8


@dataclass(frozen=True)
class FirstStartOutcome:
    """What the assistant did: ``created`` (a new café; ``manager_id`` and ``pin`` to log
    the manager in once) or a backup ``restored`` (its own users log in)."""

    created: bool
    manager_id: int | None = None
    pin: str = field(default="", repr=False)
    warnings: tuple[str, ...] = ()


class FirstStartWizard(QWizard):
    def __init__(
        self,
        db_path: Path,
        *,
        open_context: OpenContext,
        clock: Clock | None = None,
        parent: QWidget | None = None,
        **printer_options: object,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartWizard")
        self.setWindowTitle(self.tr("cafe-pos — première installation"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.db_path = db_path
        self.open_context = open_context
        self.clock = clock or SystemClock()
        self.outcome: FirstStartOutcome | None = None
        self.cancel_question: QMessageBox | None = None
        self.welcome = WelcomePage(self)
        self.identity = CafeIdentityPage(self)
        self.manager = ManagerPage(self)
        self.hours = HoursPage(self)
        self.printer = PrinterPage(self, **printer_options)  # type: ignore[arg-type]
        self.catalogue = CataloguePage(self)
        self.backups = BackupPage(self)
        self.summary = SummaryPage(self.create_cafe, self)
        self.restore = RestorePage(
            self.restore_backup,
            lambda source: restore_service.preview_backup(self.db_path, source),
            self,
        )
        for page_id, page in (
            (Page.WELCOME, self.welcome),
            (Page.IDENTITY, self.identity),
            (Page.MANAGER, self.manager),
            (Page.HOURS, self.hours),
            (Page.PRINTER, self.printer),
            (Page.CATALOGUE, self.catalogue),
            (Page.BACKUPS, self.backups),
            (Page.SUMMARY, self.summary),
            (Page.RESTORE, self.restore),
        ):
            self.setPage(page_id, page)
        self.setStartId(Page.WELCOME)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Précédent")),
            (QWizard.WizardButton.NextButton, self.tr("Suivant >")),
            (QWizard.WizardButton.FinishButton, self.tr("Terminer")),
            (QWizard.WizardButton.CancelButton, self.tr("Annuler")),
        ):
            self.setButtonText(button, text)
        self.currentIdChanged.connect(self._entered)

    def reject(self) -> None:
        """Cancel (button, Escape, the window's ✕): once something was typed, ask first —
        a tired manager's slip must not throw ten minutes of typing away."""
        if self.currentId() == Page.WELCOME or self.outcome is not None:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Abandonner l'installation ?"),
            self.tr("Rien n'a encore été enregistré : ce qui a été saisi sera perdu."),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("cancelFirstStart")
        leave = box.addButton(self.tr("Abandonner"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Continuer l'installation"), QMessageBox.ButtonRole.RejectRole)
        leave.setObjectName("cancelFirstStartYes")
        stay.setObjectName("cancelFirstStartNo")
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered() -> None:
            if box.clickedButton() is leave:
                QDialog.reject(self)
            box.deleteLater()

        box.finished.connect(answered)
        self.cancel_question = box
        box.open()

    def nextId(self) -> int:
        current = self.currentId()
        if current == Page.WELCOME:
            return Page.RESTORE if self.welcome.wants_restore() else Page.IDENTITY
        if current in (Page.SUMMARY, Page.RESTORE):
            return -1
        return current + 1

    def _entered(self, page_id: int) -> None:
        if page_id == Page.SUMMARY:
            self.summary.set_recap(self.recap())

    # --- what the pages collected -------------------------------------------------------

    def request(self) -> cafe_setup.SetupRequest:
        return cafe_setup.SetupRequest(
            identity=self.identity.data(),
            manager_name=self.manager.name_edit.text(),
            manager_pin=self.manager.pin_edit.text(),
            weekly_hours=self.hours.texts(),
            devices=self.printer.device_config(),
            catalogue=self.catalogue.choice(),
            catalogue_csv=self.catalogue.csv_path(),
            backup_kind=self.backups.kind(),
            backup_place=self.backups.place(),
            recovery_passphrase=self.backups.passphrase(),
        )

    def recap(self) -> str:
        try:
            request = self.request()
            view = cafe_setup.check_request(request)
        except UserError as exc:
            return error_text(exc)
        printer = request.devices.printer.type if request.devices else None
        printer_text = (
            self.printer.type_combo.currentText() if printer else self.tr("aucune pour l'instant")
        )
        catalogue_text = {
            cafe_setup.CatalogueChoice.DEMO: self.tr("catalogue d'exemple"),
            cafe_setup.CatalogueChoice.CSV: str(request.catalogue_csv),
            cafe_setup.CatalogueChoice.EMPTY: self.tr("vide"),
            cafe_setup.CatalogueChoice.NONE: self.tr("vide"),
        }[request.catalogue]
        lines = [
            self.tr("Café : {0}").format(view.name),
            self.tr("SIRET : {0}").format(view.siret),
            self.tr("Gérant·e : {0}").format(" ".join(request.manager_name.split())),
            self.tr("Imprimante : {0}").format(printer_text),
            self.tr("Catalogue : {0}").format(catalogue_text),
            self.tr("Sauvegardes : {0}").format(
                f"{self.backups.kind_combo.currentText()} {request.backup_place}".strip()
                if request.backup_kind
                else self.tr("plus tard")
            ),
            self.tr("Phrase de secours : {0}").format(
                self.tr("choisie") if request.recovery_passphrase else self.tr("plus tard")
            ),
            "",
            self.tr("La base de données sera créée ici : {0}").format(self.db_path),
        ]
        return "\n".join(lines)

    # --- the two ways out ----------------------------------------------------------------

    def create_cafe(self) -> str:
        """Create the café; "" when done, else the French reason (nothing was created)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            request = self.request()
            report = cafe_setup.create_cafe(
                self.db_path, request, open_context=self.open_context, clock=self.clock
            )
        except UserError as exc:
            return error_text(exc)
        finally:
            QApplication.restoreOverrideCursor()
        manager_id = report.manager.id if report.manager is not None else None
        self.outcome = FirstStartOutcome(
            True, manager_id, request.manager_pin, tuple(report.warnings)
        )
        return ""

    def restore_backup(
        self,
        source: Path,
        passphrase: str | None,
        new_key: bool,
        preview: restore_service.BackupPreview,
    ) -> str:
        """Restore the backup checked on the restore page; "" when done, else the French
        reason (a wrong passphrase...), nothing created."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            cafe_setup.restore_cafe(
                self.db_path,
                source,
                open_context=self.open_context,
                clock=self.clock,
                passphrase=passphrase,
                new_key=new_key,
                preview=preview,
            )
        except UserError as exc:
            return error_text(exc)
        finally:
            QApplication.restoreOverrideCursor()
        self.outcome = FirstStartOutcome(False)
        return ""


def log_in_new_manager(ctx: ServiceContext, outcome: FirstStartOutcome) -> Actor | None:
    """The new manager's session, through the login use case (journaled like any login);
    None after a restore (the login screen asks who is there)."""
    if not outcome.created or outcome.manager_id is None:
        return None
    try:
        return users.login(ctx, outcome.manager_id, outcome.pin)
    except UserError:  # never a dead end: the login screen asks for the code then
        return None


def warnings_box(outcome: FirstStartOutcome) -> QMessageBox | None:
    """What the set-up could not take (catalogue lines refused), said once before the
    till opens; None when all went in."""
    if not outcome.warnings:
        return None
    shown = list(outcome.warnings[:12])
    if len(outcome.warnings) > len(shown):
        shown.append(
            QCoreApplication.translate("FirstStartWizard", "… et {0} autres").format(
                len(outcome.warnings) - len(shown)
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FirstStartWizard", "Café créé, avec des lignes refusées"),
        QCoreApplication.translate(
            "FirstStartWizard",
            "Le café est prêt. Ces lignes du catalogue n'ont pas été importées : "
            "corrigez-les dans Réglages › Catalogue.",
        ),
        QMessageBox.StandardButton.Ok,
    )
    box.setObjectName("firstStartWarnings")
    box.setInformativeText("\n".join(shown))
    return box


def run_first_start(
    db_path: Path, *, open_context: OpenContext, lang: str | None
) -> FirstStartOutcome | None:
    """Show the assistant (maximised) until it is finished or cancelled; None: cancelled,
    nothing was created."""
    from cafe_pos.ui.i18n import install_translators
    from cafe_pos.ui.qt_app import create_application
    from cafe_pos.ui.widgets.wheel_guard import install_wheel_guard

    app = create_application()
    install_wheel_guard(app)  # its pages scroll over drop-downs (printer, hours)
    install_translators(lang)
    app.setQuitOnLastWindowClosed(False)  # the main window follows the assistant
    wizard = FirstStartWizard(db_path, open_context=open_context)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        wizard.resize(screen.availableGeometry().size())
    wizard.showMaximized()
    accepted = wizard.exec() == QWizard.DialogCode.Accepted
    app.setQuitOnLastWindowClosed(True)
    outcome = wizard.outcome if accepted else None
    wizard.deleteLater()
    box = warnings_box(outcome) if outcome is not None else None
    if box is not None:
        box.exec()
    return outcome
