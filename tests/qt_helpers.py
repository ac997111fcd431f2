"""Typed look-ups for the Qt screen tests.

``findChild`` and ``QTableWidget.item`` may return None; a test that expects the widget
says so once here (a clear assertion message) and gets the concrete type back, so
mypy --strict checks the attributes the test reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget

from cafe_pos.domain.users import Actor

W = TypeVar("W", bound=QObject)

ActorOf = Callable[[str], Actor]  # the ``actor_of`` fixture of tests/ui/conftest.py


def child(parent: QObject, kind: type[W], name: str = "") -> W:
    """The child of ``parent`` of class ``kind`` (named ``name`` if given); it must exist."""
    found = parent.findChild(kind, name) if name else parent.findChild(kind)
    assert found is not None, f"no {kind.__name__} {name!r} in {parent.objectName()!r}"
    return found


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text of a cell of a QTableWidget; the cell must have an item."""
    item = table.item(row, column)
    assert item is not None, f"no item at ({row}, {column}) in {table.objectName()!r}"
    return item.text()
