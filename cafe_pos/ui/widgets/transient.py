"""Dialogs that go away when they close.

A dialog created with a parent lives as long as the parent unless it is deleted: a
``PaymentDialog`` left behind after every sale made a day of 2,000 sales grow by about
1 MB a sale and slow every sale down (issue 11, item 19). Every transient window (dialog,
question, message) is opened through ``open_transient``: deleted once closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def open_transient(dialog: QDialog) -> QDialog:
    """Open ``dialog`` window-modal (``open()``, never a nested loop) and delete it once
    it is closed (accepted, rejected or closed by its ✕)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
