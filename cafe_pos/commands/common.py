"""What every command handler shares: the database of ``--db``, locked (one writer at a
time), checked at start (``services.integrity.start_checks``), opened and closed cleanly,
and the actor the command line acts as."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Role

# The command line is run by whoever administers the counter PC: it acts as a manager,
# and the journal records its changes under this name.
CLI_ACTOR = Actor(user_id=None, name="ligne de commande", role=Role.MANAGER)


def db_path(args: argparse.Namespace) -> Path:
    """``--db``, else the database in the user's data folder; symbolic links followed, so
    a linked base finds its key beside the real file (a loop is refused in French)."""
    if getattr(args, "db", None) is not None:
        path = Path(args.db)
    else:
        from cafe_pos.app import default_db_path

        path = default_db_path()
    return resolve_path(path)


def resolve_path(path: Path) -> Path:
    from cafe_pos.store.engine import StoreError

    try:
        return path.resolve()
    except (RuntimeError, OSError) as exc:
        raise StoreError(f"Boucle de liens symboliques : {path}") from exc


def output_path(value: Path | None) -> Path | None:
    """An output file of a command, refused before any work when it is a folder or its
    folder does not exist."""
    if value is None:
        return None
    from cafe_pos.store.files import FileProblem, check_output_path

    path = Path(value)
    try:
        check_output_path(path)
    except FileProblem as exc:
        raise UserError(str(exc)) from exc
    return path


@contextmanager
def opened(args: argparse.Namespace, *, must_exist: bool = True) -> Iterator[ServiceContext]:
    """The service context of ``--db``; its connections are closed at the end, so the
    database is left as one clean file (write-ahead log merged)."""
    from cafe_pos.app import open_context
    from cafe_pos.services.integrity import start_checks
    from cafe_pos.store.engine import check_database_path
    from cafe_pos.store.lock import database_lock

    path = db_path(args)
    check_database_path(path, must_exist=must_exist)
    if must_exist and path.stat().st_size == 0:
        raise UserError(f"{path} est vide : créez la base avec « cafe-pos init »")
    if must_exist and path.exists():
        from cafe_pos.store.migrate import current_revision

        if current_revision(path) is None:
            raise UserError(f"{path} n'est pas une base cafe-pos : créez-la avec « cafe-pos init »")
    with database_lock(path):  # one writer at a time: the app or one command
        ctx = open_context(path)
        try:
            for problem in start_checks(ctx):
                print(f"Attention : {problem}", file=sys.stderr)
            yield ctx
        finally:
            ctx.uow.engine.dispose()
