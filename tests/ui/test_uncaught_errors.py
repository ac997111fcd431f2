"""An error no screen expected (a fault of the machine in the middle of an action) is
shown to the manager in French over the active window, as the command line says it, and
logged with its traceback: the app's ``sys.excepthook`` (``run_gui`` installs it)."""

from __future__ import annotations

import logging
import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cafe_pos.ui.widgets.messages import report_uncaught


def _raise(error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        report_uncaught(*sys.exc_info())


def test_a_full_disk_in_the_middle_of_an_action_is_shown_in_french(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with caplog.at_level(logging.ERROR):
        _raise(sqlite3.OperationalError("database or disk is full"))
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == "errorDialog"]
    assert len(boxes) == 1
    assert boxes[0].text() == (
        "Le disque est plein : l'opération a été annulée, les données déjà enregistrées "
        "sont intactes ; libérez de la place puis recommencez"
    )
    assert "database or disk is full" in caplog.text  # the traceback is in the log
    boxes[0].close()


def test_an_interrupt_is_not_turned_into_a_message(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _raise(KeyboardInterrupt())
    assert not window.findChildren(QMessageBox)
