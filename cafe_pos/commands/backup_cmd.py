"""``cafe-pos backup`` and ``cafe-pos restore``: verified backups for scripts, the
automatic run to the destinations chosen in Réglages, the recovery passphrase, and a
restore that shows what the backup holds and checks it before anything changes.

    backup --to DIR              one verified backup into DIR (no rotation)
    backup --auto                the configured destinations, with rotation (cron, tasks)
    backup --set-passphrase      seal the signing key for the backups (passphrase on stdin)
    backup --recovery-sheet PDF  the recovery sheet (with --generate: a new passphrase,
                                 set and printed once)
    restore --from FILE [--check] [--new-key]
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path

from cafe_pos.commands.common import CLI_ACTOR, db_path, opened, output_path


def read_secret(prompt: str) -> str:
    """A passphrase: asked without echo on a terminal, else one line of stdin."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def backup(args: argparse.Namespace) -> int:
    from cafe_pos.services import backups

    if args.to is not None:
        target = backups.backup_to_folder(db_path(args), Path(args.to), now=dt.datetime.now())
        print(f"Sauvegarde écrite et vérifiée : {target}")
        manifest = backups.read_manifest(target) or {}
        if manifest.get("key", {}).get("mode") != "sealed":
            print(
                "Attention : la clé de signature n'est pas dans la sauvegarde (aucune phrase "
                "de secours) : cafe-pos backup --set-passphrase"
            )
        return 0
    if args.set_passphrase:
        passphrase = read_secret("Phrase de secours : ")
        with opened(args) as ctx:
            fingerprint = backups.set_recovery_passphrase(ctx, CLI_ACTOR, passphrase)
        print(
            f"Clé de signature {fingerprint} protégée : les prochaines sauvegardes la contiennent chiffrée"
        )
        return 0
    if args.recovery_sheet is not None:
        out = output_path(args.recovery_sheet)
        assert out is not None
        from cafe_pos.fiscal.key_escrow import generate_passphrase

        with opened(args) as ctx:
            phrase = None
            if args.generate:
                phrase = generate_passphrase()
                backups.set_recovery_passphrase(ctx, CLI_ACTOR, phrase)
            backups.print_recovery_sheet(ctx, CLI_ACTOR, out, phrase)
        print(f"Fiche de secours écrite : {out}")
        return 0
    # --auto: reads the destinations without the till's lock (the app may be selling)
    from cafe_pos.app import open_context
    from cafe_pos.store.engine import check_database_path

    path = db_path(args)
    check_database_path(path, must_exist=True)
    ctx = open_context(path)
    try:
        run = backups.backup_now(ctx, reason="hour", roots=backups.environment_roots())
    finally:
        ctx.uow.engine.dispose()
    for result in run.results:
        state = "OK" if result.ok else "ÉCHEC"
        print(f"{state} {result.destination} : {result.file or result.message}")
    return 0 if run.ok else 1


def restore(args: argparse.Namespace) -> int:
    from cafe_pos.app import open_context
    from cafe_pos.domain.clock import SystemClock
    from cafe_pos.services.restore import preview_backup, restore_backup
    from cafe_pos.store.engine import check_database_path
    from cafe_pos.store.lock import database_lock

    path = db_path(args)
    check_database_path(path)
    source = Path(args.source)
    preview = preview_backup(path, source)
    for line in preview.lines():
        print(line)
    if not preview.chain_ok:
        print(f"Sauvegarde refusée : {preview.chain_message}", file=sys.stderr)
        return 1
    if args.check:
        return 0
    passphrase = None
    if preview.needs_passphrase and not args.new_key:
        passphrase = read_secret("Phrase de secours : ")
    with database_lock(path):  # never under a till that is selling
        result = restore_backup(
            path,
            source,
            clock=SystemClock(),
            open_context=open_context,
            passphrase=passphrase,
            new_key=args.new_key,
            preview=preview,
            approver=CLI_ACTOR,  # whoever runs it holds the database file (journaled)
        )
    if result.set_aside is not None:
        print(f"Base précédente sauvegardée : {result.set_aside}")
    print(f"Sauvegarde restaurée dans {path}")
    if result.new_key is not None:
        print(
            f"Nouvelle clé de signature {result.new_key} : le changement est journalisé "
            "(événement 907) et signalé par « verify » jusqu'à sa confirmation par le siège"
        )
    if result.discarded is not None:
        d = result.discarded
        print(
            f"Restauration enregistrée dans le journal : enregistrements jusqu'au n° "
            f"{d.position} écartés, la numérotation des tickets reprend après le n° "
            f"{d.last_ticket_number}"
        )
    return 0
