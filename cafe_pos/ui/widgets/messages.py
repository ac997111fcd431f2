"""Showing refusals and results to people: a French dialog, or a toast that fades away.

Services raise ``UserError`` with one clear French sentence; the screens show it in the
interface's language (``error_text``, never a traceback). ``call_service`` runs a service call and shows its refusal.
Dialogs are opened window-modal with ``open()`` (not ``exec()``) so the event loop, the
clock in the status bar and the tests keep running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.ui.i18n import screen_text
from cafe_pos.ui.widgets.transient import open_transient

T = TypeVar("T")
translate = QCoreApplication.translate
log = logging.getLogger(__name__)

TOAST_MS = 3500


def error_text(error: BaseException | str) -> str:
    """The sentence to show in the interface's language (the French sentence looked up by
    ``translated_error``): a UserError's, a fault of the machine's as the CLI says it;
    anything else as a generic message."""
    if isinstance(error, str):
        return screen_text(error)
    # imported on the first error shown: its 800 templates cost nothing at start-up
    from cafe_pos.ui.error_lookup import translated_error

    if isinstance(error, UserError):
        return screen_text(translated_error(str(error)))
    from cafe_pos.services.faults import describe

    fault = describe(error)  # a full disk, a locked database... said as the CLI says it
    if fault is not None:
        return screen_text(translated_error(fault))
    return translate("messages", "Une erreur inattendue s'est produite : {0}").format(error)


def report_uncaught(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """``sys.excepthook`` of the running app: an error no screen expected (a fault of the
    machine in the middle of an action) is logged with its traceback and shown to the
    manager in French over the active window, instead of only on a console nobody reads.
    The action's transaction was rolled back: nothing of it was written."""
    log.error("uncaught error in the interface", exc_info=(exc_type, exc, tb))
    if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not a message
        return
    parent = QApplication.activeWindow()
    if parent is None:
        return
    show_error(parent, exc)


def show_error(
    parent: QWidget, error: BaseException | str, title: str | None = None
) -> QMessageBox:
    """Open a French error dialog over ``parent`` (window-modal, does not block)."""
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("messages", "Action impossible"))
    box.setText(error_text(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("messages", "Compris"))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    open_transient(box)
    return box


def show_info(parent: QWidget, text: str, title: str | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("infoDialog")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or translate("messages", "Information"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    open_transient(box)
    return box


class Toast(QLabel):
    """A short message at the bottom of a window, gone after a few seconds."""

    def __init__(self, parent: QWidget, text: str, *, error: bool = False) -> None:
        super().__init__(text, parent)
        self.setObjectName("toastError" if error else "toast")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        colour = "#b71c1c" if error else "#263238"
        self.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 10px; padding: 14px 22px;"
            "font-size: 16pt;"
        )
        width = min(parent.width() - 40, 720) if parent.width() > 80 else 600
        self.setFixedWidth(max(width, 300))
        self.adjustSize()
        self.move(
            (parent.width() - self.width()) // 2, max(parent.height() - self.height() - 60, 0)
        )
        self.show()
        self.raise_()
        QTimer.singleShot(TOAST_MS, self.deleteLater)


def show_toast(parent: QWidget, text: str, *, error: bool = False) -> Toast:
    """Show ``text`` over the window of ``parent`` for a few seconds."""
    return Toast(parent.window(), text, error=error)


def call_service(parent: QWidget, call: Callable[[], T], *, toast: bool = False) -> T | None:
    """Run ``call()``; on a UserError show its French sentence, return None."""
    try:
        return call()
    except UserError as exc:
        if toast:
            show_toast(parent, error_text(exc), error=True)
        else:
            show_error(parent, exc)
        return None


class Failed:
    """What ``attempt`` returns when the call was refused (its message already shown)."""

    __slots__ = ()


FAILED = Failed()


def attempt(call: Callable[[], T], report: Callable[[str], None]) -> T | Failed:
    """Run one service call for a screen: a refusal (UserError) goes to ``report`` as its
    French sentence and ``FAILED`` comes back; the screens test ``isinstance(r, Failed)``."""
    try:
        return call()
    except UserError as exc:
        report(error_text(exc))
        return FAILED


class NotLoggedIn(UserError):
    """An action needs someone logged in (the till is locked)."""


def require_actor(actor_provider: Callable[[], Actor | None]) -> Actor:
    """The logged-in person, or a French refusal when the till is locked."""
    actor = actor_provider()
    if actor is None:
        raise NotLoggedIn(
            translate("messages", "Personne n'est connecté : déverrouillez la caisse")
        )
    return actor
