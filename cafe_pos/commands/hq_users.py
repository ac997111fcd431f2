"""``cafe-pos hq user add --db URL --name N --role admin|territorial [--cafes SIRET,...]``:
an HQ dashboard user. The password is read from standard input (asked twice, hidden, on a
terminal; the first line otherwise), never from the command line where other users of the
machine and the shell history would see it."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from cafe_pos.domain.errors import UserError


def read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Mot de passe : ")
        if getpass.getpass("Mot de passe (encore) : ") != first:
            raise UserError("Les deux mots de passe diffèrent")
        return first
    line = sys.stdin.readline()
    if not line:
        raise UserError("Mot de passe attendu sur l'entrée standard")
    return line.rstrip("\r\n")


def user(args: argparse.Namespace, session: Any) -> int:
    from cafe_pos.hq import auth
    from cafe_pos.hq.ingest import utcnow

    sirets = [s for s in (args.cafes or "").split(",") if s.strip()]
    try:
        created = auth.add_user(
            session, args.name, args.role, read_password(), sirets, now=utcnow()
        )
    except auth.AuthError as exc:
        raise UserError(str(exc)) from exc
    where = f", {len(sirets)} café(s) suivi(s)" if sirets else ""
    print(f"Utilisateur créé : {created.name} ({auth.ROLES[created.role]}{where})")
    return 0
