"""`cafe-pos` (no command) and `cafe-pos demo`: open a database and start the desktop app.

Imports stay lazy: Qt is loaded only once the database is known to be usable, and nothing
slow (PDF, printers, HTTP, Alembic when the schema is current) is imported at start-up.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from cafe_pos.commands.common import CLI_ACTOR
from cafe_pos.commands.common import db_path as cli_db_path
from cafe_pos.domain.errors import UserError


class NoIdentity(UserError):
    """The database exists but the café was never set up."""


class NoScreen(UserError):
    """Linux without any display server: Qt would abort with a long English message."""


def check_screen() -> None:
    """Refuse clearly, before anything is written, when there is no screen to show the app."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise NoScreen(
            "Aucun écran graphique : lancez cafe-pos depuis le bureau, ou sur un serveur "
            "avec « xvfb-run -a cafe-pos demo »"
        )


def run_app(args: argparse.Namespace) -> int:
    """Start the app on the configured database. With no café there yet, the first-start
    assistant sets one up (or restores a backup) first; cancelled, it leaves nothing."""
    check_screen()
    db_path = cli_db_path(args)
    outcome = None
    if not db_path.exists() or db_path.stat().st_size == 0:
        if args.smoke or args.training:
            raise NoIdentity(
                f"Aucune base de données ici : {db_path}. Lancez « cafe-pos » pour "
                "l'installer, « cafe-pos init » dans un script, ou essayez « cafe-pos demo »"
            )
        from cafe_pos.app import open_context
        from cafe_pos.store.engine import check_database_path
        from cafe_pos.ui.first_start.wizard import run_first_start

        check_database_path(db_path, must_exist=False)
        outcome = run_first_start(db_path, open_context=open_context, lang=args.lang)
        if outcome is None:
            print("Installation annulée : rien n'a été créé", file=sys.stderr)
            return 0
    from cafe_pos.app import open_app
    from cafe_pos.services.identity import get_identity
    from cafe_pos.store.lock import DatabaseLock

    lock = DatabaseLock(db_path)  # held until the process ends: one till per database
    lock.acquire()
    app = open_app(db_path, training_actor=CLI_ACTOR if args.training else None)
    if get_identity(app.ctx) is None:
        raise NoIdentity(
            "L'identité du café n'est pas encore renseignée : lancez « cafe-pos init » "
            "(ou « cafe-pos demo » pour essayer)"
        )
    from cafe_pos.ui.qt_app import run_gui

    logged_in = None
    if outcome is not None:
        from cafe_pos.ui.first_start.wizard import log_in_new_manager

        logged_in = log_in_new_manager(app.ctx, outcome)
    return run_gui(
        app.ctx,
        devices_factory=app.devices_factory,
        hq_factory=app.hq_factory,
        backups=app.backups() if app.backups else None,
        demo=False,
        smoke=bool(args.smoke),
        lang=args.lang,
        logged_in=logged_in,
    )


DEMO_HISTORY_DAYS = 7


def run_demo(args: argparse.Namespace) -> int:
    """Start the app on a fresh demo café in a temporary folder, removed afterwards."""
    check_screen()
    from cafe_pos.demo import DEMO_USERS, open_demo_app

    folder = Path(tempfile.mkdtemp(prefix="cafe-pos-demo-"))
    try:
        # A week of history, so that reports, charts and the Z have something to show.
        app = open_demo_app(
            folder / "demo.db",
            history_days=DEMO_HISTORY_DAYS,
            training_actor=CLI_ACTOR if args.training else None,
        )
        from cafe_pos.ui.qt_app import run_gui

        try:
            return run_gui(
                app.ctx,
                devices_factory=app.devices_factory,
                hq_factory=app.hq_factory,
                backups=app.backups() if app.backups else None,
                demo=True,
                smoke=bool(args.smoke),
                lang=args.lang,
                demo_users=DEMO_USERS,
            )
        finally:
            app.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
