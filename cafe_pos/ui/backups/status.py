"""The status bar's "Sauvegarde" label and the automatic backups' thread.

``install(window, wiring)`` adds the label, the Réglages → Sauvegardes page, and (with
``start``) the background scheduler built by the composition root's factory; its status
reaches the label through a queued Qt signal, and a timer re-reads it every five minutes
(the "two days without a backup" warning comes without any backup running). The status
read is cheap: a small JSON file beside the database and the disks' free space.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from cafe_pos.ui.wording import shown

if TYPE_CHECKING:
    from cafe_pos.services.backup_auto import BackupScheduler, BackupWiring
    from cafe_pos.services.backups import BackupStatus
    from cafe_pos.ui.app_window import MainWindow

log = logging.getLogger(__name__)
REFRESH_MS = 5 * 60 * 1000
translate = QCoreApplication.translate


class BackupStatusBridge(QObject):
    """Carries the scheduler thread's status to the GUI thread."""

    status = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.scheduler: BackupScheduler | None = None
        self.status.connect(self.show)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        from cafe_pos.services import backups  # after start-up: the window is on screen

        try:
            self.show(backups.status(self.window.ctx))
        except Exception:
            log.exception("backup status could not be read")

    def show(self, status: BackupStatus) -> None:
        if status.last_good is None:
            text = translate("backups", "Sauvegarde : aucune")
        else:
            text = translate("backups", "Sauvegarde {0}").format(
                status.last_good.strftime("%d/%m %H:%M")
            )
        if status.warnings:
            text = "⚠ " + text
        details = "\n".join(shown(warning) for warning in status.warnings)
        self.window.status.set_backup_status(text, status.ok, details)

    def start(self, wiring: BackupWiring) -> None:
        if self.scheduler is not None or self.window.ctx.training:
            return
        self.scheduler = wiring.scheduler(self.window.ctx, self.status.emit)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.scheduler.stop)
        self.scheduler.start()


def install(window: MainWindow, wiring: BackupWiring | None) -> BackupStatusBridge:
    """The label, the settings page; the scheduler starts with ``start_backups``."""
    from cafe_pos.ui.backups.entry import LazyBackupsPage

    bridge = BackupStatusBridge(window)
    window.backup_bridge = bridge  # type: ignore[attr-defined]
    window.add_settings_page(
        translate("backups", "Sauvegardes"),
        LazyBackupsPage(
            window.ctx,
            window.current_actor,
            open_context=wiring.open_context if wiring else None,
            on_backup=bridge.refresh,
        ),
    )
    return bridge


def start_backups(window: MainWindow, wiring: BackupWiring | None) -> None:
    """Once the window is on screen: the status now, then the automatic backups."""
    bridge: BackupStatusBridge | None = getattr(window, "backup_bridge", None)
    if bridge is None:
        return
    bridge.refresh()
    bridge.timer.start()
    if wiring is not None:
        try:
            bridge.start(wiring)
        except Exception:
            log.exception("automatic backups could not start")
