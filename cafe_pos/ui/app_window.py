"""The main window: navigation between the sections (F1..F8), lock screen, status bar.

Other screens plug in without editing this file::

    window.set_section_widget("cash", CashScreen(ctx, window.current_actor))
    window.set_section_factory("reports", lambda: ReportsScreen(ctx, window.current_actor))
    window.add_settings_page("Périphériques", DeviceSettingsPage(...))
    window.add_nav_action("drawerButton", "Ouvrir le tiroir", "Ctrl+T", counter.open_drawer)
    window.add_dock(SimulatedDevicesPanel(...))   # beside the screen, or floating if no room

A section without a widget shows a friendly placeholder saying what is coming. A click
on the devices text of the status bar emits ``device_status_clicked`` (print jobs).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.ui.sections import Placeholder, Section, sections
from cafe_pos.ui.status_bar import ShellStatusBar
from cafe_pos.ui.widgets.messages import error_text
from cafe_pos.ui.wording import shown

if TYPE_CHECKING:
    from cafe_pos.ui.login import LoginScreen

SectionFactory = Callable[[], QWidget]
COUNTER_WIDTH = 1280  # the sale screen needs the whole width of a 1280 × 800 counter screen
NAV_WIDTH = 184  # with the sale screen, the whole window fits 1024 px
NAV_BUTTON_HEIGHT = 44  # a finger's height; a dozen fit a 768 px screen
SIDE_COLUMN_WIDTH = 236  # the sale screen's right column (quantity keypad and its margin)
DEVICE_STATUS_WIDTH = 340  # pixels for the devices text (the status bar fits 1280 px)
logger = logging.getLogger(__name__)


class NavButton(QPushButton):
    """A tall navigation button: a title on the left, its keyboard shortcut on the right."""

    def __init__(self, name: str, title: str, shortcut: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumHeight(NAV_BUTTON_HEIGHT)  # a touch target, and 1024×768 still fits
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(f"{title} ({shortcut})")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 0, 6, 0)
        row.setSpacing(4)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("navTitle")
        self.key_label = QLabel(shortcut, self)
        self.key_label.setObjectName("navKey")
        for label in (self.title_label, self.key_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # the title is never cut ("Aujourd'hu"): the shortcut gives way (it is in the tooltip)
        self.key_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.title_label)
        row.addWidget(self.key_label, 1)


class MainWindow(QMainWindow):
    """The counter's one window. Starts locked (login screen) unless given an actor."""

    actor_changed = Signal(object)  # Actor | None (locked)
    section_changed = Signal(str)
    device_status_clicked = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        demo: bool = False,
        demo_users: Iterable[Any] | None = None,
        actor: Actor | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.demo = demo
        self._actor: Actor | None = None
        # True when the current person logged in on the login screen (so the login was
        # journaled and the logout must be too); False for an actor given by the caller.
        self._journaled_session = False
        self._sections: dict[str, Section] = {s.key: s for s in sections()}
        self._pages: dict[str, QWidget] = {}
        self._factories: dict[str, SectionFactory] = {}
        self._pending_settings_pages: list[tuple[str, QWidget]] = []
        self.section_errors: dict[str, str] = {}  # section -> why its screen failed to build
        self.integrity_alert: QWidget | None = None  # the journal-defect warning, once shown
        self.journal_defect: str | None = None  # the defect found at start, if any
        self.nav_buttons: dict[str, NavButton] = {}
        self._banner_toggle: QToolButton | None = None

        root = QWidget(self)
        root_layout = QVBoxLayout(root)
        root_layout.setContentsMargins(0, 0, 0, 0)
        root_layout.setSpacing(0)
        self.training_banner = self._banner(
            "trainingBanner",
            self.tr(
                "MODE FORMATION : les ventes ne sont pas enregistrées dans la caisse "
                "et ne comptent pas dans les chiffres"
            ),
            ctx.training,
        )
        self.demo_banner = self._banner(
            "demoBanner",
            self.tr("Démonstration : café fictif, base temporaire effacée à la fermeture"),
            demo and not ctx.training,
        )
        root_layout.addWidget(self.training_banner)
        root_layout.addWidget(self.demo_banner)

        self.shell = QStackedWidget(root)
        self._demo_users = demo_users if demo else None
        self._login_screen: LoginScreen | None = None  # built when first needed
        self.workspace = self._build_workspace()
        self.shell.addWidget(self.workspace)
        root_layout.addWidget(self.shell, 1)
        self.setCentralWidget(root)

        self.status = ShellStatusBar(ctx.clock, ctx.register, self)
        self.setStatusBar(self.status)
        self.status.device_label.installEventFilter(self)
        self.status.device_label.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.status.device_label.setToolTip(
            self.tr("Impressions en attente, réessayer, réimprimer")
        )
        self._install_shortcuts()
        self._install_settings_section()
        self.refresh_identity()
        self.show_section("sale")
        if actor is not None:
            self.set_actor(actor)
        else:
            self.shell.setCurrentWidget(self.login_screen)

    # -- construction -----------------------------------------------------------------
    @property
    def login_screen(self) -> LoginScreen:
        """The login (lock) screen, built the first time the till is locked."""
        if self._login_screen is None:
            from cafe_pos.ui.login import LoginScreen

            self._login_screen = LoginScreen(self.ctx, demo_users=self._demo_users)
            self._login_screen.logged_in.connect(self._on_logged_in)
            self.shell.insertWidget(0, self._login_screen)
        return self._login_screen

    def _banner(self, name: str, text: str, visible: bool) -> QLabel:
        banner = QLabel(text, self)
        banner.setObjectName(name)
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner.setWordWrap(True)
        banner.setVisible(visible)
        return banner

    def _build_workspace(self) -> QWidget:
        workspace = QWidget(self)
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        nav = QFrame(workspace)
        nav.setObjectName("navigation")
        nav.setFixedWidth(NAV_WIDTH)
        column = QVBoxLayout(nav)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(2)
        self.cafe_label = QLabel(nav)
        self.cafe_label.setObjectName("navCafe")
        self.cafe_label.setWordWrap(True)
        column.addWidget(self.cafe_label)
        column.addSpacing(4)
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        self.pages = QStackedWidget(workspace)
        self.pages.setObjectName("sectionPages")
        for section in self._sections.values():
            button = NavButton(f"nav_{section.key}", section.title, section.shortcut, nav)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, key=section.key: self.show_section(key))
            self._nav_group.addButton(button)
            self.nav_buttons[section.key] = button
            column.addWidget(button)
        column.addStretch(1)
        self._nav_column = column
        self.lock_button = NavButton("lockButton", self.tr("Verrouiller"), "Ctrl+L", nav)
        self.lock_button.clicked.connect(self.lock)
        column.addWidget(self.lock_button)
        row.addWidget(nav)
        row.addWidget(self.pages, 1)
        return workspace

    def _install_shortcuts(self) -> None:
        self.shortcuts: dict[str, QShortcut] = {}
        for section in self._sections.values():
            shortcut = QShortcut(QKeySequence(section.shortcut), self)
            shortcut.activated.connect(lambda key=section.key: self._shortcut_section(key))
            self.shortcuts[section.key] = shortcut
        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_shortcut.activated.connect(self.lock)

    def _install_settings_section(self) -> None:
        def build() -> QWidget:
            from cafe_pos.ui.settings.screen import SettingsScreen

            screen = SettingsScreen(self.ctx, self.current_actor)
            for title, widget in self._pending_settings_pages:
                screen.add_settings_page(title, widget)
            self._pending_settings_pages.clear()
            screen.identity_saved.connect(self.refresh_identity)
            return screen

        self.set_section_factory("settings", build)

    # -- sections ---------------------------------------------------------------------
    def section_keys(self) -> list[str]:
        return list(self._sections)

    def section_title(self, key: str) -> str:
        return self._sections[key].title

    def set_section_widget(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` in section ``key`` (replacing the placeholder or the previous one)."""
        if key not in self._sections:
            raise KeyError(f"unknown section {key!r}; known: {', '.join(self._sections)}")
        self._factories.pop(key, None)
        old = self._pages.get(key)
        self._pages[key] = widget
        if old is None:
            self.pages.addWidget(widget)
            return
        index = self.pages.indexOf(old)
        was_current = self.pages.currentWidget() is old
        self.pages.insertWidget(index, widget)
        if was_current:  # before the old one goes: no other page is shown in between
            self.pages.setCurrentWidget(widget)
        self.pages.removeWidget(old)
        old.deleteLater()

    def set_section_factory(self, key: str, factory: SectionFactory) -> None:
        """Build section ``key`` with ``factory()`` the first time it is shown."""
        if key not in self._sections:
            raise KeyError(f"unknown section {key!r}")
        self._factories[key] = factory
        if self.current_section() == key and self.shell.currentWidget() is self.workspace:
            self._materialise(key)

    def section_widget(self, key: str) -> QWidget:
        """The widget of section ``key`` (built now if it has a pending factory)."""
        self._materialise(key)
        return self._page(key)

    def _page(self, key: str) -> QWidget:
        """Section ``key``'s widget, or its placeholder (made the first time it is needed)."""
        page = self._pages.get(key)
        if page is None:
            page = Placeholder(self._sections[key], self.pages)
            self._pages[key] = page
            self.pages.addWidget(page)
        return page

    def _materialise(self, key: str) -> None:
        factory = self._factories.pop(key, None)
        if factory is None:
            return
        try:
            widget = factory()
        except UserError as exc:
            self._section_failed(key, error_text(exc))
            return
        except Exception as exc:  # a broken screen must not take the whole till down
            logger.exception("section %s could not be built", key)
            self._section_failed(key, f"{type(exc).__name__}: {exc}")
            return
        self.set_section_widget(key, widget)

    def _section_failed(self, key: str, reason: str) -> None:
        """Keep the placeholder, saying the screen could not open (and why)."""
        self.section_errors[key] = reason
        placeholder = self._page(key)
        if isinstance(placeholder, Placeholder):
            placeholder.message.setText(
                self.tr("Cet écran n'a pas pu s'ouvrir : {0}").format(reason)
            )
            placeholder.message.setProperty("error", True)

    def current_section(self) -> str:
        current = self.pages.currentWidget()
        for key, widget in self._pages.items():
            if widget is current:
                return key
        return "sale"

    def show_section(self, key: str) -> None:
        self._materialise(key)
        self.pages.setCurrentWidget(self._page(key))
        self.nav_buttons[key].setChecked(True)
        self.section_changed.emit(key)

    def _shortcut_section(self, key: str) -> None:
        if self._actor is not None:
            self.show_section(key)

    def add_settings_page(self, title: str, widget: QWidget) -> None:
        """Add a page to Réglages (e.g. the devices settings page)."""
        add_page = getattr(self._pages.get("settings"), "add_settings_page", None)
        if add_page is not None:
            add_page(title, widget)
        else:
            self._pending_settings_pages.append((title, widget))

    def add_nav_action(
        self, name: str, title: str, shortcut: str, slot: Callable[[], object]
    ) -> NavButton:
        """A button of the navigation column, above "Verrouiller" (e.g. "Ouvrir le tiroir");
        its shortcut (in the tooltip: the title needs the room) works only while someone is
        logged in."""
        button = NavButton(name, title, "", self.lock_button.parentWidget())
        button.setToolTip(f"{title} ({shortcut})")
        button.clicked.connect(lambda _checked=False: slot())
        self._nav_column.insertWidget(self._nav_column.indexOf(self.lock_button), button)
        key = QShortcut(QKeySequence(shortcut), self)
        key.activated.connect(lambda: None if self._actor is None else slot())
        self.shortcuts[name] = key
        return button

    def add_dock(self, dock: QDockWidget, *, width: int = SIDE_COLUMN_WIDTH) -> QToolButton:
        """A side panel beside the screen when the screen is wide enough; otherwise (a
        1280 × 800 counter) floating over the sale screen's right column, hidden until the
        cashier asks for it. A button (on the demo banner, else the status bar) shows and
        hides it."""
        size = self.size()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        host: QWidget = self.demo_banner if self.demo_banner.isVisibleTo(self) else self.status
        toggle = QToolButton(host)
        toggle.setObjectName(f"{dock.objectName()}Toggle")
        toggle.setText(self.tr("Simulateur"))  # short: the status bar is full at 1280 px
        toggle.setToolTip(dock.windowTitle())
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.setStyleSheet("QToolButton { font-size: 11pt; padding: 0 10px; }")
        toggle.toggled.connect(dock.setVisible)
        dock.visibilityChanged.connect(toggle.setChecked)
        if host is self.status:
            self.status.addPermanentWidget(toggle)
        else:  # over the banner's right end (a layout would change the banner's height)
            self._banner_toggle = toggle
            host.installEventFilter(self)
            self._place_banner_toggle()
        if self.screen().availableGeometry().width() < COUNTER_WIDTH + width:
            dock.setFloating(True)
            layout = self.layout()
            if layout is not None:
                layout.activate()  # docked for a moment, the window grew: back to its size
            self.resize(size)
            client = self.geometry()
            top = client.top() + self.pages.mapTo(self, self.pages.rect().topLeft()).y()
            height = self.pages.height() if self.pages.height() > 100 else client.height() - 80
            dock.setGeometry(client.right() - width, top, width, height)
            # Floating, it would hide the login keypad and the sale screen's right column:
            # it waits for the cashier to ask for it ("Simulateur" on the banner).
            dock.hide()
            toggle.setChecked(False)
        return toggle

    def _place_banner_toggle(self) -> None:
        toggle = self._banner_toggle
        if toggle is None:
            return
        banner = self.demo_banner
        toggle.setFixedHeight(max(banner.height() - 6, 20))
        toggle.adjustSize()
        toggle.move(banner.width() - toggle.width() - 8, (banner.height() - toggle.height()) // 2)
        toggle.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.demo_banner and event.type() == QEvent.Type.Resize:
            self._place_banner_toggle()
        if (
            watched is self.status.device_label
            and event.type() == QEvent.Type.MouseButtonRelease
            and self._actor is not None
        ):
            self.device_status_clicked.emit()
            return True
        return super().eventFilter(watched, event)

    # -- who is working ---------------------------------------------------------------
    def current_actor(self) -> Actor | None:
        return self._actor

    def _on_logged_in(self, actor: Actor) -> None:
        self.set_actor(actor)
        self._journaled_session = True

    def log_in(self, actor: Actor) -> None:
        """Open a session logged in through ``users.login`` elsewhere (the first-start
        assistant's new manager): its logout is journaled like the login screen's."""
        self._on_logged_in(actor)

    def set_actor(self, actor: Actor) -> None:
        """Someone logged in: open the workspace on the current section."""
        self._actor = actor
        self._journaled_session = False
        self.status.set_user(actor)
        self.shell.setCurrentWidget(self.workspace)
        self._materialise(self.current_section())
        self.actor_changed.emit(actor)

    def lock(self) -> None:
        """Lock the till (quick user switch): log out and show the login screen."""
        self._end_session()
        self.status.set_user(None)
        self.login_screen.reset()
        self.shell.setCurrentWidget(self.login_screen)
        self.actor_changed.emit(None)

    def is_locked(self) -> bool:
        return self._actor is None

    # -- status -----------------------------------------------------------------------
    def set_device_status(self, text: str, ok: bool | None, details: str = "") -> None:
        """Devices text in the status bar: green when ``ok``, red when not, plain if None
        (connect ``PrintStatusBridge.status_changed`` here). A long text is cut to fit the
        counter screen; ``details`` (else the whole text) goes in the tooltip."""
        label = self.status.device_label
        shown = label.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, DEVICE_STATUS_WIDTH
        )
        self.status.set_device_status(shown, ok)
        hint = self.tr("Impressions en attente, réessayer, réimprimer")
        whole = details or (text if shown != text else "")
        label.setToolTip(f"{whole}\n{hint}" if whole else hint)

    def set_sync_status(self, text: str, ok: bool | None) -> None:
        self.status.set_sync_status(shown(text), ok)
        self.refresh_journal_status()  # a re-enrolment may have confirmed a key break

    def refresh_journal_status(self) -> None:
        """The status bar's journal warning: a key break HQ has not confirmed or a key
        file the till can't sign with (asked each time), else the defect found at start."""
        from cafe_pos.services.startup import journal_warning

        try:
            found = journal_warning(self.ctx)
            warning = None if found is None else shown(found)
        except UserError as exc:
            warning = error_text(exc)
        if warning is None and self.journal_defect:
            warning = self.tr("Journal : défaut d'intégrité constaté au démarrage — {0}").format(
                self.journal_defect
            )
        self.status.set_journal_status(warning)

    def refresh_identity(self) -> None:
        """Show the café's name in the navigation and the window title."""
        name = ""
        try:
            from cafe_pos.services.identity import get_identity

            identity = get_identity(self.ctx)
            name = identity.name if identity is not None else ""
        except (ImportError, UserError):
            pass
        self.cafe_label.setText(name or "cafe-pos")
        title = f"cafe-pos — {name}" if name else "cafe-pos"
        self.setWindowTitle(title + (self.tr(" (démonstration)") if self.demo else ""))

    def _end_session(self) -> None:
        """Forget the current person; journal the logout when their login was journaled."""
        actor, self._actor = self._actor, None
        journaled, self._journaled_session = self._journaled_session, False
        if actor is None or not journaled:
            return
        try:
            from cafe_pos.services.users import logout

            logout(self.ctx, actor)
        except (UserError, ImportError):
            pass  # locking and closing must always work

    def closeEvent(self, event: QCloseEvent) -> None:
        self._end_session()
        super().closeEvent(event)
