"""The catalogue warnings of the responsible sale (fewer than 10 soft drinks on sale, no
free water) as a banner, for the settings page and the dashboard. Hidden when all is well."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.services import alcohol
from cafe_pos.ui.widgets.messages import call_service


class CatalogueWarningsBanner(QLabel):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueWarnings")
        self.setWordWrap(True)
        self.setStyleSheet(
            "background: #fff3e0; color: #bf360c; border: 1px solid #ffb74d; padding: 8px;"
        )
        self._ctx = ctx
        self.warnings: list[str] = []
        self.hide()

    def refresh(self) -> list[str]:
        self.warnings = call_service(self, lambda: alcohol.catalogue_warnings(self._ctx)) or []
        self.setText("\n".join(f"⚠ {warning}" for warning in self.warnings))
        self.setVisible(bool(self.warnings))
        return self.warnings
