"""The main window's status bar: who is logged in, register, date and time, devices, sync,
and — only while there is one — a warning about the fiscal journal (a key break HQ has not
confirmed, a key file the till can't sign with, a defect found at start); the last good
backup (and a full disk)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from cafe_pos.domain.clock import Clock
from cafe_pos.domain.users import Actor
from cafe_pos.ui.i18n import active_language
from cafe_pos.ui.widgets.labels import role_label
from cafe_pos.ui.widgets.money import format_datetime

STATUS_MIN_WIDTH = 110


def _state_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setProperty("state", "neutral")
    # the texts (a device's name, a café's, a person's) never widen the window: cut instead
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    label.setMinimumWidth(STATUS_MIN_WIDTH)
    return label


def _set_state(label: QLabel, text: str, ok: bool | None) -> None:
    label.setText(text)
    label.setProperty("state", "neutral" if ok is None else ("ok" if ok else "problem"))
    label.style().unpolish(label)
    label.style().polish(label)


class ShellStatusBar(QStatusBar):
    """Permanent labels, refreshed by the window (user) and by a one-second timer (clock)."""

    def __init__(self, clock: Clock, register: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shellStatusBar")
        self.setSizeGripEnabled(False)
        self._clock = clock
        self.user_label = _state_label("statusUser", self)
        self.register_label = _state_label("statusRegister", self)
        self.device_label = _state_label("statusDevices", self)
        self.sync_label = _state_label("statusSync", self)
        self.backup_label = _state_label("statusBackup", self)
        self.clock_label = _state_label("statusClock", self)
        self.journal_label = _state_label("statusJournal", self)
        self.journal_label.hide()
        for label, stretch in (
            (self.user_label, 2),
            (self.register_label, 1),
            (self.device_label, 3),
            (self.sync_label, 2),
            (self.journal_label, 4),  # shown rarely: the others give way to it
            (self.backup_label, 2),
        ):
            self.addWidget(label, stretch)
        self.addPermanentWidget(self.clock_label)
        self.register_label.setText(self.tr("Caisse n° {0}").format(register))
        self.register_label.ensurePolished()
        register_width = self.register_label.fontMetrics().horizontalAdvance(
            self.register_label.text()
        )
        # its padding (2 × 14 px) included: "Caisse n° 01" is never cut
        self.register_label.setMinimumWidth(max(STATUS_MIN_WIDTH, register_width + 32))
        self.set_user(None)
        self.set_device_status(self.tr("Périphériques : non configurés"), None)
        self.set_sync_status(self.tr("Siège : rien à envoyer"), None)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.tick()

    def tick(self) -> None:
        self.clock_label.setText(format_datetime(self._clock.now(), active_language()))

    def set_user(self, actor: Actor | None) -> None:
        if actor is None:
            self.user_label.setText(self.tr("Caisse verrouillée"))
        else:
            self.user_label.setText(f"{actor.name} · {role_label(actor.role)}")

    def set_device_status(self, text: str, ok: bool | None) -> None:
        _set_state(self.device_label, text, ok)

    def set_sync_status(self, text: str, ok: bool | None) -> None:
        _set_state(self.sync_label, text, ok)

    def set_journal_status(self, text: str | None) -> None:
        """A journal warning in red until it is resolved (None hides the label)."""
        if text is None:
            self.journal_label.hide()
            return
        _set_state(self.journal_label, text.split(" — ")[0], False)  # what to do: tooltip
        self.journal_label.setToolTip(text)
        self.journal_label.show()

    def set_backup_status(self, text: str, ok: bool | None, details: str = "") -> None:
        """When the last good backup was; red with the reasons in the tooltip when a
        backup is late, failed, or a disk is nearly full."""
        _set_state(self.backup_label, text, ok)
        self.backup_label.setToolTip(details or text)
