"""The Réglages section: big tabs along the top (catalogue, identity, general settings,
users, and the pages other parts plug in with ``add_settings_page``), so each page gets
the whole width of a 1280-pixel counter screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.catalogue.screen import CatalogueScreen
from cafe_pos.ui.settings.general_page import GeneralSettingsPage
from cafe_pos.ui.settings.identity_page import IdentityPage
from cafe_pos.ui.settings.users_page import UsersPage


class SettingsScreen(QWidget):
    identity_saved = Signal(object)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.tabs)

        self.catalogue = CatalogueScreen(ctx, actor_provider, self)
        self.identity = IdentityPage(ctx, actor_provider, self)
        self.identity.saved.connect(self.identity_saved)
        self.general = GeneralSettingsPage(ctx, actor_provider, self)
        self.users = UsersPage(ctx, actor_provider, self)
        self.add_settings_page(self.tr("Catalogue"), self.catalogue)
        self.add_settings_page(self.tr("Identité du café"), self.identity)
        self.add_settings_page(self.tr("Réglages généraux"), self.general)
        self.add_settings_page(self.tr("Utilisateurs"), self.users)
        self.tabs.setCurrentIndex(0)

    def add_settings_page(self, title: str, widget: QWidget) -> None:
        """Add a page (e.g. the devices helper's settings page) as the last tab."""
        self.tabs.addTab(widget, title)

    def page_titles(self) -> list[str]:
        return [self.tabs.tabText(i) for i in range(self.tabs.count())]

    def show_page(self, title: str) -> QWidget:
        index = self.page_titles().index(title)
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        assert page is not None  # the index comes from the titles of the existing pages
        return page
