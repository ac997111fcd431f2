"""What every command handler shares: the database of ``--db``, opened and closed cleanly,
and the actor the command line acts as."""

from __future__ import annotations

import argparse
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
    """``--db``, else the database in the user's data folder."""
    if getattr(args, "db", None) is not None:
        return Path(args.db)
    from cafe_pos.app import default_db_path

    return default_db_path()


@contextmanager
def opened(args: argparse.Namespace, *, must_exist: bool = True) -> Iterator[ServiceContext]:
    """The service context of ``--db``; its connections are closed at the end, so the
    database is left as one clean file (write-ahead log merged)."""
    from cafe_pos.app import open_context
    from cafe_pos.store.engine import check_database_path

    path = db_path(args)
    check_database_path(path, must_exist=must_exist)
    if must_exist and path.stat().st_size == 0:
        raise UserError(f"{path} est vide : créez la base avec « cafe-pos init »")
    ctx = open_context(path)
    try:
        yield ctx
    finally:
        ctx.uow.engine.dispose()
