"""Start the desktop app: QApplication, style, translations, login, main window, devices.

``run_gui(ctx, devices_factory=..., demo=..., smoke=..., lang=...)`` is what ``cafe-pos``
and ``cafe-pos demo`` call with what the composition root (``cafe_pos.app``) built. With ``smoke=True`` it skips the login (first active manager), shows the main
window, prints "prêt à vendre en 0.42 s" (time since the process started) as soon as the
event loop is idle, then does what a start does once the window is on screen (devices,
technical journal) and exits 0.

Start-up order: only Qt and what the sale screen needs are imported before the window
shows; the other sections are built the first time they are shown. Once the window is
on screen (``after_start``): the counter's devices are built and the print spool starts,
the start-up event is written to the technical journal (code 80), and, while the till
waits for its first customer, the modules of the first payment, the responsible-sale
checks and the sale screen itself (behind the login screen) are prepared.
"""

from __future__ import annotations

import functools
import gc
import importlib
import logging
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

import cafe_pos.ui.qt_imports  # noqa: F401  first: PySide6 then skips the modules loaded so far

# isort: split
from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.resources import assets_dir
from cafe_pos.ui.app_window import MainWindow
from cafe_pos.ui.backups.status import install as install_backups
from cafe_pos.ui.backups.status import start_backups
from cafe_pos.ui.counter import Counter, DevicesFactory
from cafe_pos.ui.hq_status import HqWorkerFactory
from cafe_pos.ui.i18n import install_translators
from cafe_pos.ui.parcels.status import install as install_parcels
from cafe_pos.ui.sections import sections
from cafe_pos.ui.style import apply_style
from cafe_pos.ui.today.morning import MorningStart
from cafe_pos.ui.widgets.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from cafe_pos.services.backup_auto import BackupWiring

WINDOW_SIZE = (1280, 800)
# Imported while the till waits for its first customer (first payment, first beer...).
WARM_UP_MODULES = (
    "cafe_pos.services.selling",
    "cryptography.hazmat.primitives.serialization",  # the signing key file's format
    "cafe_pos.ui.error_lookup",  # a refusal in the interface's language
    "cafe_pos.ui.alcohol.guards",
    "cafe_pos.ui.sale.payment_dialog",
    "cafe_pos.ui.sale.discount_dialog",
    "cafe_pos.services.accounts",
    "cafe_pos.services.tabs",
    "cafe_pos.ui.devices.weigh_dialog",
)
log = logging.getLogger(__name__)


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


ActorProvider = Callable[[], Actor | None]
SectionBuilder = Callable[[ServiceContext, ActorProvider, MainWindow, "Counter | None"], QWidget]


# Each section's screen, imported the first time the section is shown (start-up speed),
# and built straight into the window's page stack: a screen built elsewhere and moved
# there has its whole style sheet worked out twice (the sale screen: 20 ms at start-up).
# A new section: a ``cafe_pos/ui/<package>/section.py`` with ``create_section(ctx,
# actor_provider, parent)``, one function here and one entry in SECTION_BUILDERS (a test
# checks that every section module on disk is listed).
def _sale(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.sale.section import create_section

    return create_section(ctx, actors, window.pages, counter=counter)


def _tabs(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.tabs.section import create_section

    # "Ajouter le ticket en cours" reads the sale screen's ticket
    return create_section(
        ctx, actors, window.pages, sale_screen=lambda: window.section_widget("sale")
    )


def _stock(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.stock.section import create_section

    return create_section(ctx, actors, window.pages)


def _bread(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.bread.section import create_section

    return create_section(ctx, actors, window.pages)


def _parcels(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.parcels.section import create_section

    return create_section(ctx, actors, window.pages)


def _press(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.press.section import create_section

    return create_section(ctx, actors, window.pages)


def _today(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.today.section import create_section

    return create_section(ctx, actors, window.pages, go_to=window.show_section)


def _cash(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.cash.section import create_section

    return create_section(ctx, actors, window.pages)


def _reports(
    ctx: ServiceContext, actors: ActorProvider, window: MainWindow, counter: Counter | None
) -> QWidget:
    from cafe_pos.ui.reports.section import create_section

    return create_section(ctx, actors, window.pages)


SECTION_BUILDERS: dict[str, SectionBuilder] = {
    "today": _today,
    "sale": _sale,
    "tabs": _tabs,
    "stock": _stock,
    "bread": _bread,
    "parcels": _parcels,
    "press": _press,
    "cash": _cash,
    "reports": _reports,
}


def wire_sections(
    window: MainWindow, ctx: ServiceContext, counter: Counter | None = None
) -> list[str]:
    """Plug the sections of SECTION_BUILDERS into the window; each is built when first
    shown (the sale section also gets the ``counter``, its devices). Returns their keys."""
    wired = []
    for section in sections():
        builder = SECTION_BUILDERS.get(section.key)
        if builder is None:
            continue

        def build(builder: SectionBuilder = builder) -> QWidget:
            return builder(ctx, window.current_actor, window, counter)

        window.set_section_factory(section.key, build)
        wired.append(section.key)
    return wired


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("cafe-pos")
    app.setApplicationDisplayName("cafe-pos")
    app.setOrganizationName("cafe-pos")
    apply_style(app)
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon (an SVG: loads Qt's SVG plugin, so once the window is on screen)."""
    icon_path = assets_dir() / "icons" / "cafe-pos.svg"
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))


def build_window(
    ctx: ServiceContext,
    *,
    demo: bool,
    lang: str | None,
    actor: Actor | None = None,
    counter: Counter | None = None,
    demo_users: Sequence[object] = (),
    logged_in: Actor | None = None,
    backups: BackupWiring | None = None,
) -> MainWindow:
    """Translations, main window and its sections (used by run_gui, screenshots, tests).

    ``logged_in``: a session opened by ``users.login`` (the first-start assistant's new
    manager): the window opens on the sale screen, logged in.

    With a ``counter`` the window gets the devices' status, "Ouvrir le tiroir" and
    Réglages → Périphériques; its devices start with ``counter.start()`` (``after_start``).
    """
    from cafe_pos.ui.alcohol.entry import LazyResponsibleSettingsPage

    install_translators(lang or configured_language(ctx))
    window = MainWindow(ctx, demo=demo, demo_users=demo_users or None, actor=actor)
    if counter is not None:
        counter.install(window)
    wire_sections(window, ctx, counter)
    window.actor_changed.connect(MorningStart(window, ctx))  # the day starts on "Aujourd'hui"
    install_parcels(window, ctx)  # status-bar counts and "Remise colis" (F9)
    window.add_settings_page(
        QCoreApplication.translate("qt_app", "Vente responsable"),
        LazyResponsibleSettingsPage(ctx, window.current_actor),
    )
    from cafe_pos.ui.settings.hq_entry import LazyHqSettingsPage

    window.add_settings_page(
        QCoreApplication.translate("qt_app", "Siège"),
        LazyHqSettingsPage(ctx, window.current_actor),
    )
    from cafe_pos.ui.settings.journal_entry import LazyJournalKeyPage

    window.add_settings_page(
        QCoreApplication.translate("qt_app", "Journal fiscal"),
        LazyJournalKeyPage(ctx, window.current_actor),
    )
    install_backups(window, backups)  # Réglages → Sauvegardes, status-bar label
    from cafe_pos.ui.settings.network_entry import LazyNetworkCataloguePage

    window.add_settings_page(
        QCoreApplication.translate("qt_app", "Catalogue du réseau"),
        LazyNetworkCataloguePage(ctx, window.current_actor),
    )
    if demo:
        window.set_device_status(
            QCoreApplication.translate("qt_app", "Périphériques simulés (démonstration)"), True
        )
    window.resize(*WINDOW_SIZE)
    if logged_in is not None:
        window.log_in(logged_in)
        window.show_section("sale")
    return window


def _warm_up_steps(window: MainWindow) -> Iterator[Callable[[], object]]:
    if window.is_locked():
        yield lambda: window.section_widget("sale")  # ready behind the login screen
    for module_name in WARM_UP_MODULES:
        yield functools.partial(importlib.import_module, module_name)
    guards = getattr(window.section_widget("sale"), "guards", None)
    if guards is not None and hasattr(guards, "load"):
        yield guards.load


def after_start(
    window: MainWindow,
    counter: Counter | None,
    *,
    warm_up: bool = True,
    done: Callable[[], None] | None = None,
    hq_factory: HqWorkerFactory | None = None,
    backups: BackupWiring | None = None,
) -> None:
    """What waits until the window is on screen: the window icon, the devices (print
    spool), the technical journal's start-up event, then (``warm_up``) one module at a
    time while the event loop stays free, and ``done()``. Nothing here may stop the till:
    failures are logged and shown on the status bar."""
    from cafe_pos.services.startup import record_start

    app = QApplication.instance()
    if isinstance(app, QApplication):
        set_window_icon(app)
        # the wheel changes a value only in a focused control; an application-wide event
        # filter sees every event, so not before the window is ready (3 000 at start-up)
        install_wheel_guard(app)
    if counter is not None:
        try:
            counter.start()
        except Exception as exc:
            log.exception("counter devices could not start")
            window.set_device_status(
                QCoreApplication.translate("qt_app", "Périphériques en panne : {0}").format(exc),
                False,
            )
    try:
        record_start(window.ctx)
    except Exception:
        log.exception("start-up event could not be journaled")
    check_journal(window)
    start_backups(window, backups)  # the last good backup on the status bar, then automatic
    if hq_factory is not None:
        try:
            from cafe_pos.ui.hq_status import start_hq_sync

            # sends to HQ in the background; the status bar says how it goes
            start_hq_sync(window, hq_factory)
        except Exception:
            log.exception("HQ sync could not start")
    steps = _warm_up_steps(window) if warm_up else iter(())

    def next_step() -> None:
        step = next(steps, None)
        if step is None:
            if done is not None:
                done()
            return
        try:
            step()
        except Exception:  # the screen will say it when the cashier opens it
            log.exception("warm-up step failed")
        QTimer.singleShot(0, window, next_step)

    next_step()


def check_journal(window: MainWindow) -> bool:
    """At start: verify what the journal gained since the last closure. A defect is recorded
    in the journal (event 90, by the fiscal module) and shown to the manager at once; the
    till keeps selling (the records stay as they are, for the auditor)."""
    from cafe_pos.services.startup import check_journal as check_new_part

    try:
        report = check_new_part(window.ctx)
    except Exception:
        log.exception("journal check at start-up failed")
        return False
    # a key break alone is said by the status bar's own check until HQ confirms it
    window.journal_defect = None if report.ok or report.only_open_key_break else report.message
    window.refresh_journal_status()  # kept on the status bar until resolved
    if report.ok:
        return True
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("qt_app", "Journal fiscal : défaut d'intégrité"),
        QCoreApplication.translate(
            "qt_app",
            "La vérification du journal a trouvé un problème : {0}\n\n"
            "Il a été enregistré dans le journal technique. Ne modifiez rien, gardez une "
            "sauvegarde et prévenez le siège.",
        ).format(report.message),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("integrityAlert")
    box.open()
    window.integrity_alert = box
    return False


def _end_startup_gc() -> None:
    """The command line pauses the garbage collector while the app starts (cli.main): the
    start-up only creates long-lived objects. Keep them out of future collections, resume."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run_gui(
    ctx: ServiceContext,
    *,
    devices_factory: DevicesFactory,
    demo: bool,
    smoke: bool,
    lang: str | None,
    demo_users: Sequence[object] = (),
    hq_factory: HqWorkerFactory | None = None,
    logged_in: Actor | None = None,
    backups: BackupWiring | None = None,
) -> int:
    """Run the desktop app until its window is closed; return the exit code. The context
    and the devices factory come from the composition root (``cafe_pos.app``)."""
    app = create_application()
    from cafe_pos.ui.widgets.messages import report_uncaught

    sys.excepthook = report_uncaught  # an unexpected error is shown, in French, not lost
    actor = first_manager(ctx) if smoke else None
    counter = Counter(ctx, simulated=demo, devices_factory=devices_factory)
    window = build_window(
        ctx,
        demo=demo,
        lang=lang,
        actor=actor,
        counter=counter,
        demo_users=demo_users,
        logged_in=logged_in,
        backups=backups,
    )
    app.aboutToQuit.connect(counter.close)
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
            # as a real start does (nothing sent to HQ: a check of the till), then leave
            after_start(window, counter, warm_up=False)
            app.quit()

        QTimer.singleShot(0, ready)
    else:
        window.showMaximized()
        QTimer.singleShot(
            0,
            lambda: after_start(
                window, counter, done=_end_startup_gc, hq_factory=hq_factory, backups=backups
            ),
        )
    try:
        return app.exec()
    finally:
        _end_startup_gc()
