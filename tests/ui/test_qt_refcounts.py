"""A till runs for days: Qt signals must not leak or over-release Python objects.

PySide6 6.12.0 on Python 3.11 released one reference to ``None`` per slot call and one
to ``True`` per ``emit()``; after a few hours the app aborted ("bool_dealloc"). This test
fails on such a binding, so the pin in pyproject.toml can't be lifted by accident.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal()


def test_signals_keep_python_refcounts_stable(qtbot: QtBot) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    calls: list[int] = []
    button.clicked.connect(lambda *_: calls.append(1))
    emitter = _Emitter()
    emitter.fired.connect(lambda: calls.append(2))

    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        button.click()
        emitter.fired.emit()
    assert len(calls) == 1000
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
