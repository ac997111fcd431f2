"""Keep PySide6 from reading the source of every module the app imports.

Once PySide6 is loaded, its ``__feature__`` import hook looks at every module that an
``import`` statement names for the first time and reads that module's whole source file
to see whether it mentions "PySide6" (``shibokensupport.feature._mod_uses_pyside``). The
answer only matters to ``from __feature__ import snake_case, true_property``, which
cafe-pos never uses. Before the till was ready to sell, that was about 150 source files
read (the standard library, SQLAlchemy, our database layer, then the screens): about
15 ms, 5 % of the start-up.

Importing this module (``cafe_pos.ui.qt_app`` does it before importing any screen) runs
``skip_source_scan()``: every module gets, without any file read, the answer the hook
would give it — ``0``, "uses PySide6, no feature selected", for PySide6 and our screens
(``cafe_pos.ui``), ``-1``, "ignore this module", which the hook's documentation defines,
for the others. A module that does ``from __feature__ import ...`` still gets its
feature: the hook sets that module's entry itself. Without the hook's table (another
PySide6 version), nothing is done.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads the hook and its table)

_FEATURE_MODULE = "PySide6.support.feature"
_QT_USERS = ("PySide6", "shiboken6", "cafe_pos.ui")
IGNORE = -1  # the hook's "ignore this module in feature switching"
NO_FEATURE = 0  # the hook's "uses PySide6, with no feature selected"


def _answer(name: str) -> int:
    return NO_FEATURE if name.startswith(_QT_USERS) else IGNORE


class _AnswerFirst:
    """A meta path finder that finds nothing: it only fills the table for the module
    about to be imported, then lets the real finders import it."""

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        self.table.setdefault(fullname, _answer(fullname))
        return None


def skip_source_scan() -> int:
    """Answer PySide6's hook for the modules loaded so far and for those imported from
    now on; return how many were loaded so far."""
    feature = sys.modules.get(_FEATURE_MODULE)
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    if not any(isinstance(finder, _AnswerFirst) for finder in sys.meta_path):
        sys.meta_path.insert(0, _AnswerFirst(table))
    added = 0
    for name in list(sys.modules):
        if name not in table:
            table[name] = _answer(name)
            added += 1
    return added


skip_source_scan()
