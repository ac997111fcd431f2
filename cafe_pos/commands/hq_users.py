"""``cafe-pos hq user add|deactivate|reactivate|passwd``: the HQ dashboard's users from the
command line.

- ``add --db URL --name N --role admin|territorial [--cafes SIRET,...]`` creates one;
- ``deactivate LOGIN`` stops them logging in and ends their open sessions (never the last
  active administrator); ``reactivate LOGIN`` lets them in again;
- ``passwd LOGIN`` sets a new password they must change at their next login (the way back
  in for an administrator who lost theirs).

Passwords are read from standard input (asked twice, hidden, on a terminal; the first line
otherwise), never from the command line where other users of the machine and the shell
history would see them. The rules and the audit log are ``cafe_pos.hq.accounts``'s, the
same as the Comptes page's."""

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

    try:
        if args.hq_user_action == "deactivate":
            return _deactivate(args, session)
        if args.hq_user_action == "reactivate":
            return _reactivate(args, session)
        if args.hq_user_action == "passwd":
            return _passwd(args, session)
        return _add(args, session)
    except auth.AuthError as exc:
        session.rollback()
        raise UserError(str(exc)) from exc


def _add(args: argparse.Namespace, session: Any) -> int:
    from cafe_pos.hq import auth
    from cafe_pos.hq.ingest import utcnow

    sirets = [s for s in (args.cafes or "").split(",") if s.strip()]
    created = auth.add_user(session, args.name, args.role, read_password(), sirets, now=utcnow())
    where = f", {len(sirets)} café(s) suivi(s)" if sirets else ""
    print(f"Utilisateur créé : {created.name} ({auth.ROLES[created.role]}{where})")
    return 0


def _deactivate(args: argparse.Namespace, session: Any) -> int:
    from cafe_pos.hq import accounts, auth
    from cafe_pos.hq.ingest import utcnow

    target = accounts.user_named(session, args.login)
    accounts.deactivate(session, target.id, by=auth.COMMAND_LINE, by_user_id=None, now=utcnow())
    print(f"Compte désactivé : {target.name} (sessions ouvertes fermées)")
    return 0


def _reactivate(args: argparse.Namespace, session: Any) -> int:
    from cafe_pos.hq import accounts, auth
    from cafe_pos.hq.ingest import utcnow

    target = accounts.user_named(session, args.login)
    accounts.reactivate(session, target.id, by=auth.COMMAND_LINE, now=utcnow())
    print(f"Compte réactivé : {target.name}")
    return 0


def _passwd(args: argparse.Namespace, session: Any) -> int:
    from cafe_pos.hq import accounts, auth
    from cafe_pos.hq.ingest import utcnow

    target = accounts.user_named(session, args.login)
    password = read_password()
    accounts.reset_password(
        session, target.id, password, password, by=auth.COMMAND_LINE, by_user_id=None,
        now=utcnow(),
    )  # fmt: skip
    print(f"Mot de passe changé : {target.name} (à changer à sa prochaine connexion)")
    return 0
