"""A settings page that is cheap at start-up: the real page (and the services and
libraries it imports) is built the first time the manager opens it.

Subclasses say how to build the page (``_build``, where the page's module is imported)
and, if it must re-read its data each time it is shown again, ``_shown_again``.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    page: QWidget | None

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.page = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _build(self) -> QWidget:
        """The real page, parented to ``self``."""
        raise NotImplementedError

    def _shown_again(self) -> None:
        """Called when the page, already built, is shown again."""

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None:
            self.page = self._build()
            self._layout.addWidget(self.page)
            self.page.show()  # added to a widget already being shown
            # Lay it out now, not on a later event: the page must be usable (its
            # buttons sized and placed) as soon as it appears.
            self._layout.activate()
        else:
            self._shown_again()
        super().showEvent(event)
