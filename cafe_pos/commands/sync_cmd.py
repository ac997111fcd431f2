"""``cafe-pos sync`` (the café's side: enrol, send now) and ``cafe-pos hq ...`` (the
reference HQ receiver: serve, cafés, enrolment codes, dashboard users, days received,
alerts).

``sync``: exit 0 when nothing is left pending, 1 when messages remain pending (one French
line on stderr says why), 2 bad usage; then a line on the network catalogue's pull. ``hq``: 0 done, 2 bad input.
"""

from __future__ import annotations

import argparse
import errno
import json
import socket
import sys
from pathlib import Path
from typing import Any

from cafe_pos.commands.common import CLI_ACTOR, opened
from cafe_pos.domain.errors import UserError


def sync(args: argparse.Namespace) -> int:
    from cafe_pos.services import hq_sync

    with opened(args) as ctx:
        if args.sync_action == "enrol":
            from cafe_pos.services.signing_key import key_state

            breaks = key_state(ctx).open_breaks
            name = hq_sync.enrol(ctx, CLI_ACTOR, args.hq, args.code)
            print(f"Café inscrit auprès du siège {args.hq}" + (f" ({name})" if name else ""))
            for position in breaks:  # enrol refuses unless HQ confirmed every one
                print(f"Rupture de la chaîne des clés (n° {position}) confirmée par le siège")
            report = hq_sync.send_pending(ctx)
        else:
            report = hq_sync.send_pending(ctx)
    for subject in report.sent:
        print(f"Envoyé : {subject}")
    for refused in report.refused:
        print(f"cafe-pos : refusé par le siège : {refused}", file=sys.stderr)
    if report.pending:
        print(
            f"cafe-pos : {report.pending} message(s) en attente — {report.problem}",
            file=sys.stderr,
        )
        return 1
    if not report.sent:
        print("Rien à envoyer : le siège est à jour")
    _say_catalogue(report)
    return 1 if report.refused else 0


def _say_catalogue(report: Any) -> None:
    """The network catalogue's pull, after the sends (never changes the exit code)."""
    pulled = report.catalogue
    if pulled is None:
        return
    if pulled.error:
        print(f"cafe-pos : {pulled.text()}", file=sys.stderr)
    else:
        print(pulled.text())


def _session(args: argparse.Namespace) -> Any:
    from cafe_pos.hq.db import HqDatabaseError, open_database

    try:
        engine, sessions = open_database(args.hq_db)
    except HqDatabaseError as exc:
        raise UserError(str(exc)) from exc
    return engine, sessions


def hq(args: argparse.Namespace) -> int:
    if args.hq_action == "serve":
        return _serve(args)
    if args.hq_action == "key":
        return _key(args)
    from cafe_pos.hq import admin

    new_file = _new_sqlite_file(args.hq_db)
    if new_file is not None and not _creates(args):
        raise UserError(
            f"Base du siège introuvable : {new_file} (« hq serve », « hq cafe add », "
            "« hq user add » ou « hq catalogue import » la créent)"
        )
    engine, sessions = _session(args)
    try:
        with sessions() as session:
            try:
                return _admin(args, session)
            except admin.HqAdminError as exc:
                raise UserError(str(exc)) from exc
    except BaseException:
        engine.dispose()
        if new_file is not None:  # refused: no empty HQ database left behind
            for path in (new_file, *(Path(f"{new_file}{end}") for end in _SQLITE_SIDES)):
                path.unlink(missing_ok=True)
        raise
    finally:
        engine.dispose()


_SQLITE_SIDES = ("-wal", "-shm", "-journal")


def _creates(args: argparse.Namespace) -> bool:
    """The first steps of a new HQ, which may create its database; the others read or
    change what is there, and a mistyped address must not pass for an empty HQ."""
    actions = (
        getattr(args, "hq_cafe_action", None),
        getattr(args, "hq_user_action", None),
        getattr(args, "hq_catalogue_action", None),
    )
    return "add" in actions or "import" in actions


def _new_sqlite_file(url: str) -> Path | None:
    """The SQLite file ``url`` names when it does not exist yet (the command creates it)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return None  # refused by open_database, with the French reason
    name = parsed.database
    if not parsed.drivername.startswith("sqlite") or not name or name == ":memory:":
        return None
    path = Path(name)
    return None if path.exists() else path


def _admin(args: argparse.Namespace, session: Any) -> int:
    from cafe_pos.hq import admin

    if args.hq_action == "catalogue":
        from cafe_pos.commands.hq_catalogue import catalogue

        return catalogue(args, session)
    if args.hq_action == "cafe":
        if args.hq_cafe_action == "add":
            cafe = admin.add_cafe(session, args.siret, args.name, town=args.town)
            print(f"Café ajouté : {cafe.name} — SIRET {cafe.siret}")
        elif args.hq_cafe_action == "list":
            for cafe_row in admin.list_cafes(session):
                state = (
                    f"inscrit (clé {cafe_row.key_fingerprint})"
                    if cafe_row.enrolled
                    else "non inscrit"
                )
                last = cafe_row.last_day.isoformat() if cafe_row.last_day else "—"
                print(
                    f"{cafe_row.siret}  {cafe_row.name}  {state}  {cafe_row.days} jour(s), "
                    f"dernier {last}, {cafe_row.open_alerts} alerte(s)"
                )
        else:
            code = admin.new_code(session, args.siret)
            print("Code d'inscription à usage unique (valable 7 jours) :")
            print(code)
        return 0
    if args.hq_action == "user":
        from cafe_pos.commands.hq_users import user

        return user(args, session)
    if args.hq_action == "days":
        rows = admin.days(session, args.siret)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            for row in rows:
                print(
                    f"{row['business_date']}  v{row['version']}  {row['tickets']} ticket(s)  "
                    f"{row['total_cents']} c  séquence {row['chain_sequence']}"
                )
        return 0
    rows = admin.alerts(session, args.siret)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for row in rows:
            print(f"{row['created_at']}  {row['siret']}  {row['kind']}  {row['message']}")
    return 0


def _key(args: argparse.Namespace) -> int:
    """HQ's signing key (created if needed): the fingerprint HQ publishes for auditors."""
    from cafe_pos.hq.signing import HqKeyError, key_path_for, load_or_create

    path = key_path_for(args.hq_db, args.hq_key)
    try:
        key = load_or_create(path)
    except HqKeyError as exc:
        raise UserError(str(exc)) from exc
    print(f"Clé du siège : {key.fingerprint} ({path})")
    print(f"Clé publique : {key.public_hex}")
    return 0


def _check_port(host: str, port: int) -> None:
    """Refuse at once, in French, a port another program holds or this user can't take
    (uvicorn would log it in English and exit 3, after our "Siège ... :" line)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind((host, port))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UserError(
                f"Le port {port} est déjà utilisé sur {host} par un autre programme : "
                "arrêtez-le ou choisissez un autre port (--port)"
            ) from exc
        if exc.errno == errno.EACCES:
            raise UserError(
                f"Le port {port} est réservé à l'administrateur : choisissez-en un au-dessus "
                "de 1023"
            ) from exc
        raise UserError(f"Impossible d'écouter sur {host}:{port} : adresse inconnue ici") from exc


def _serve(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    import uvicorn

    from cafe_pos.hq.app import create_app
    from cafe_pos.hq.signing import ENV_KEY

    _check_port(args.host, int(args.port))
    engine, sessions = _session(args)
    if args.hq_key:  # worker processes read it from the environment
        os.environ[ENV_KEY] = str(Path(args.hq_key).resolve())
    print(f"Siège cafe-pos : http://{args.host}:{args.port} (base {args.hq_db})", flush=True)
    try:
        if int(args.workers) > 1:  # worker processes build the app from the environment
            from cafe_pos.hq.asgi import ENV_DB

            os.environ[ENV_DB] = args.hq_db
            uvicorn.run(
                "cafe_pos.hq.asgi:create_from_env",
                factory=True,
                workers=int(args.workers),
                host=args.host,
                port=int(args.port),
                log_level="warning",
            )
            return 0
        uvicorn.run(
            create_app(sessions, scan_alerts=True),
            host=args.host,
            port=int(args.port),
            log_level="warning",
            timeout_graceful_shutdown=5,
        )
    finally:
        engine.dispose()
    return 0
