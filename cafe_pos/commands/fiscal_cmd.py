"""Command-line fiscal commands: ``close``, ``verify``, ``key replace`` and ``export archive``.

``verify`` never migrates or writes the database (an auditor may run it on a copy): exit
0 intact, 1 broken (the first bad record is named), 2 could not check. The command line
acts as a manager ("ligne de commande"), like the other set-up commands. ``close`` then
makes the automatic backup the app makes after a closure, when destinations are set in
Réglages → Sauvegardes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cafe_pos.commands.common import CLI_ACTOR, db_path, opened
from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.periods import parse_day, parse_month, parse_year


def close(args: argparse.Namespace) -> int:
    from cafe_pos.services import closing

    if args.date:
        day = parse_day(args.date)
    elif args.month:
        year, month = parse_month(args.month)
    else:
        year = parse_year(args.year)
    with opened(args) as ctx:
        if args.date:
            view = closing.close_day(ctx, CLI_ACTOR, day)
        elif args.month:
            view = closing.close_month(ctx, CLI_ACTOR, year, month)
        else:
            view = closing.close_year(ctx, CLI_ACTOR, year)
        _backup_after_closure(ctx)
    for period in view.auto_closed:
        print(f"Clôture préalable : {period}")
    totals = view.totals
    print(
        f"Clôture {closing.KIND_LABELS[view.kind]} {view.period} : {totals.ticket_count} "
        f"ticket(s), total {format_eur(totals.total_cents)}, grand total perpétuel "
        f"{format_eur(view.perpetual_total_cents)} (absolu "
        f"{format_eur(view.perpetual_total_absolute_cents)}), signature {view.signature_short}"
    )
    if view.warning:
        print(f"Attention : {view.warning}", file=sys.stderr)
    if view.integrity_problem:
        print(f"Défaut d'intégrité enregistré : {view.integrity_problem}", file=sys.stderr)
    return 0


def _backup_after_closure(ctx: ServiceContext) -> None:
    """The automatic backup the app makes after a closure (when destinations are set)."""
    from cafe_pos.services.backup_auto import backup_after_closure

    run = backup_after_closure(ctx)
    for result in run.results if run is not None else ():
        if result.ok:
            print(f"Sauvegarde après clôture : {result.file}")
        else:
            print(
                f"Attention : sauvegarde après clôture impossible vers {result.destination} : "
                f"{result.message}",
                file=sys.stderr,
            )


def verify(args: argparse.Namespace) -> int:
    if args.archive is not None:
        return _verify_archive(Path(args.archive), args.expected_key, args.expected_hq_key)
    from cafe_pos.fiscal.verify import CannotCheck, check_database
    from cafe_pos.store.engine import check_database_path

    path = db_path(args)
    check_database_path(path, must_exist=True)
    try:
        report = check_database(path, path.with_name(path.name + ".key"))
    except CannotCheck as exc:
        print(f"cafe-pos : {exc}", file=sys.stderr)
        return 2
    for warning in report.warnings:
        print(f"Attention : {warning}")
    for line in report.describe():
        print(line)
    expected = (args.expected_key or "").strip().lower()
    if report.ok and expected and expected not in report.keys:
        print(f"Journal altéré : la clé attendue {expected} ne signe pas ce journal")
        print("Premier enregistrement en défaut : clés de signature")
        return 1
    hq_key = (args.expected_hq_key or "").strip().lower()
    others = sorted({key for key in report.confirming_keys if key != hq_key})
    if report.ok and hq_key and others:
        print(
            f"Journal altéré : rupture de la chaîne des clés confirmée par une autre clé que "
            f"celle du siège {hq_key} ({', '.join(others)})"
        )
        print("Premier enregistrement en défaut : clés de signature")
        return 1
    if report.ok and report.key_problem:
        print(report.message)
        print(f"Mais {report.key_problem}")
        return 1
    if report.ok:
        print(report.message)
        return 0
    print(f"Journal altéré : {report.message}")
    print(f"Premier enregistrement en défaut : {report.first_bad}")
    return 1


def _verify_archive(path: Path, expected_key: str | None, expected_hq_key: str | None) -> int:
    import zipfile

    from cafe_pos.fiscal.verify_archive import ArchiveUnreadable, verify_archive
    from cafe_pos.store.files import os_error_text

    if path.is_dir():
        raise UserError(f"{path} est un dossier, pas une archive")
    try:
        report = verify_archive(path, expected_key, expected_hq_key)
    except OSError as exc:
        raise UserError(f"archive illisible : {os_error_text(exc)}") from exc
    except zipfile.BadZipFile as exc:
        raise UserError(f"{path.name} n'est pas une archive zip lisible") from exc
    except ArchiveUnreadable as exc:
        raise UserError(f"archive illisible : {exc}") from exc
    for line in report.describe():
        print(line)
    if report.ok:
        print(report.message)
        return 0
    print(f"Archive altérée : {report.message}")
    print(f"Premier enregistrement en défaut : {report.first_bad}")
    return 1


def key(args: argparse.Namespace) -> int:
    """``key replace --reason R``: a recorded key change (see services.signing_key)."""
    from cafe_pos.services.signing_key import replace_key

    with opened(args) as ctx:
        fingerprint = replace_key(ctx, CLI_ACTOR, args.reason)
    print(f"Nouvelle clé de signature : {fingerprint}")
    return 0


def export_archive(args: argparse.Namespace) -> int:
    from cafe_pos.fiscal.archive import parse_period
    from cafe_pos.services.archives import export_archive as export

    parse_period(args.period)  # bad input: refused before opening the database
    with opened(args) as ctx:
        result = export(ctx, CLI_ACTOR, args.period, Path(args.out))
    print(
        f"Archive {result.period} écrite : {result.path} ({result.record_count} "
        f"enregistrements, n° {result.first_position} à {result.last_position})"
    )
    return 0
