"""``cafe-pos`` with no café on the PC, through its real entry (``app_cmd.run_app``): the
first-start assistant opens instead of the old "Aucune base de données ici" exit, and
once finished the app's own main window is on the sale screen, logged in as the new
manager. The person is played by timers on the real widgets (the app runs its own loop).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot
from qt_helpers import child

from cafe_pos.commands.app_cmd import run_app
from cafe_pos.ui.app_window import MainWindow
from cafe_pos.ui.first_start.wizard import FirstStartWizard, Page

SAFETY_MS = 60_000


def _args(db: Path, **options: Any) -> argparse.Namespace:
    values = {"db": db, "smoke": False, "training": False, "lang": "fr", "config": None}
    return argparse.Namespace(**{**values, **options})


def _when(found: Callable[[], QWidget | None], then: Callable[[Any], None]) -> None:
    """Run ``then(widget)`` as soon as ``found()`` gives it (polled by the app's loop)."""

    tries = iter(range(SAFETY_MS // 20))

    def poll() -> None:
        widget = found()
        if widget is not None:
            then(widget)
        elif next(tries, None) is not None:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _wizard() -> FirstStartWizard | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FirstStartWizard) and widget.isVisible():
            return widget
    return None


def _main_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


def _bail_out() -> None:
    """A test that went wrong must end, not hang: close everything, leave the loop."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, FirstStartWizard):
            QDialog.reject(widget)
        widget.close()
    QApplication.quit()


def _run(args: argparse.Namespace) -> int:
    """``run_app(args)``, ended after SAFETY_MS whatever happens (the timer never outlives
    the test)."""
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(_bail_out)
    safety.start(SAFETY_MS)
    try:
        return run_app(args)
    finally:
        safety.stop()


def test_cafe_pos_with_no_database_sets_the_cafe_up_and_opens_the_sale_screen(
    qtbot: QtBot, styled_app: Any, tmp_path: Path
) -> None:
    db = tmp_path / "cafe.db"
    seen: dict[str, Any] = {}

    def fill(wizard: FirstStartWizard) -> None:
        wizard.next()
        identity = wizard.identity
        identity.name_edit.setText("Le Bistrot du Lavoir")
        identity.address_edit.setPlainText("2 rue du Lavoir\n21320 Pouilly-en-Auxois")
        identity.siret_edit.setText("88421573200022")
        wizard.next()
        wizard.manager.name_edit.setText("Agnès")
        wizard.manager.pin_edit.setText("482913")
        wizard.manager.confirm_edit.setText("482913")
        while wizard.currentId() != Page.SUMMARY:
            wizard.next()
        seen["files before"] = sorted(p.name for p in tmp_path.iterdir())
        wizard.button(QWizard.WizardButton.FinishButton).click()
        _when(_main_window, look)

    def look(window: MainWindow) -> None:
        seen["section"] = window.current_section()
        actor = window.current_actor()
        seen["actor"] = None if actor is None else (actor.name, actor.role.value)
        seen["title"] = window.windowTitle()
        QTimer.singleShot(0, window.close)  # the last window: the loop ends, run_app returns

    _when(_wizard, fill)
    assert _run(_args(db)) == 0
    assert seen["files before"] == []
    assert seen["section"] == "sale"
    assert seen["actor"] == ("Agnès", "manager")
    assert seen["title"] == "cafe-pos — Le Bistrot du Lavoir"
    assert db.exists()


def test_cancelling_the_assistant_ends_the_program_and_leaves_no_file(
    qtbot: QtBot, styled_app: Any, tmp_path: Path, capsys: Any
) -> None:
    def cancel(wizard: FirstStartWizard) -> None:
        wizard.next()
        wizard.identity.name_edit.setText("Le Bistrot du Lavoir")
        wizard.reject()  # "Annuler": the question, then "Abandonner"
        assert wizard.cancel_question is not None
        child(wizard.cancel_question, QPushButton, "cancelFirstStartYes").click()

    _when(_wizard, cancel)
    assert _run(_args(tmp_path / "cafe.db")) == 0
    assert list(tmp_path.iterdir()) == []
    assert "Installation annulée : rien n'a été créé" in capsys.readouterr().err
