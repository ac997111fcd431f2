"""Start the desktop app: QApplication, style, translations, login, main window.

``run_gui(ctx, demo=..., smoke=..., lang=...)`` is what ``cafe-pos`` and ``cafe-pos demo``
call. With ``smoke=True`` it skips the login (first active manager), shows the main
window, prints "prêt à vendre en 0.42 s" (time since the process started) and exits 0
as soon as the event loop is idle. Only Qt and the services the first screen needs are
imported here: the other sections are built the first time they are shown.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services.context import ServiceContext
from cafe_pos.ui.alcohol.entry import LazyResponsibleSettingsPage
from cafe_pos.ui.app_window import MainWindow
from cafe_pos.ui.i18n import assets_dir, install_translators
from cafe_pos.ui.sections import sections
from cafe_pos.ui.style import apply_style

WINDOW_SIZE = (1280, 800)


def process_age_seconds() -> float | None:
    """Seconds since this process started (Linux: from /proc), or None when unknown."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])  # field 22 of stat(5), after pid and comm
        import os

        ticks_per_second = os.sysconf("SC_CLK_TCK")
        now = time.clock_gettime(time.CLOCK_BOOTTIME)
        return max(now - start_ticks / ticks_per_second, 0.0)
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def startup_seconds() -> float:
    """Start-up time: since the process started, else since ``cafe_pos`` was imported."""
    import cafe_pos

    since_import = time.perf_counter() - cafe_pos._started
    age = process_age_seconds()
    # The interpreter starts well under a few seconds before cafe_pos is imported; a larger
    # gap means /proc and the clock disagree (containers): keep the other measure.
    if age is not None and since_import <= age <= since_import + 5:
        return age
    return since_import


def first_manager(ctx: ServiceContext) -> Actor:
    """The actor a smoke start uses (no PIN): the first active manager."""
    from cafe_pos.services.users import list_users

    for user in list_users(ctx):
        if user.active and str(user.role) == Role.MANAGER.value:
            return Actor(user_id=user.id, name=user.name, role=Role.MANAGER)
    return Actor(user_id=None, name="démarrage", role=Role.STAFF)


def configured_language(ctx: ServiceContext) -> str | None:
    try:
        from cafe_pos.services.settings import get_setting

        value = get_setting(ctx, "ui.language")
    except (ImportError, UserError, KeyError):
        return None
    return str(value) if value else None


def wire_sections(window: MainWindow, ctx: ServiceContext) -> list[str]:
    """Plug the sections whose package provides ``section.create_section(ctx, actor_provider,
    parent)``; they are built when first shown. Returns the keys that were wired."""
    wired = []
    for section in sections():
        if section.key == "settings":
            continue
        module_name = f"cafe_pos.ui.{section.package}.section"
        try:
            found = importlib.util.find_spec(module_name) is not None
        except ModuleNotFoundError:
            found = False
        if not found:
            continue

        def build(module_name: str = module_name) -> QWidget:
            module = importlib.import_module(module_name)
            widget: QWidget = module.create_section(ctx, window.current_actor, window)
            return widget

        window.set_section_factory(section.key, build)
        wired.append(section.key)
    return wired


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("cafe-pos")
    app.setApplicationDisplayName("cafe-pos")
    app.setOrganizationName("cafe-pos")
    icon_path = assets_dir() / "icons" / "cafe-pos.svg"
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    apply_style(app)
    return app


def build_window(
    ctx: ServiceContext, *, demo: bool, lang: str | None, actor: Actor | None = None
) -> MainWindow:
    """Translations, main window and its sections (used by run_gui, screenshots, tests)."""
    install_translators(lang or configured_language(ctx))
    demo_users = None
    if demo:
        from cafe_pos.demo import DEMO_USERS

        demo_users = DEMO_USERS
    window = MainWindow(ctx, demo=demo, demo_users=demo_users, actor=actor)
    wire_sections(window, ctx)
    window.add_settings_page(
        QCoreApplication.translate("qt_app", "Vente responsable"),
        LazyResponsibleSettingsPage(ctx, window.current_actor),
    )
    if demo:
        window.set_device_status(
            QCoreApplication.translate("qt_app", "Périphériques simulés (démonstration)"), True
        )
    window.resize(*WINDOW_SIZE)
    return window


def run_gui(ctx: ServiceContext, *, demo: bool, smoke: bool, lang: str | None) -> int:
    """Run the desktop app until its window is closed; return the exit code."""
    app = create_application()
    actor = first_manager(ctx) if smoke else None
    window = build_window(ctx, demo=demo, lang=lang, actor=actor)
    if smoke:
        window.show()

        def ready() -> None:
            if window.section_errors:  # not ready to sell: say which screen failed
                for key, reason in window.section_errors.items():
                    print(f"cafe-pos : écran « {key} » en échec : {reason}", file=sys.stderr)
                app.exit(1)
                return
            seconds = startup_seconds()
            print(f"prêt à vendre en {seconds:.2f} s", flush=True)
            app.quit()

        QTimer.singleShot(0, ready)
    else:
        window.showMaximized()
    return app.exec()
