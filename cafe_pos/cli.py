"""The command line (a contract, see docs/cli.md): parse, dispatch, turn errors into exit codes.

Handlers live in ``cafe_pos.commands.<area>`` as ``def handler(args) -> int``; ``HANDLERS``
maps each command to a small function that imports its handler only when the command runs,
so ``cafe-pos --smoke`` stays fast.
Exit codes: 0 done, 1 a check found a problem, 2 bad usage or bad input.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from cafe_pos import __version__

Handler = Callable[[argparse.Namespace], int]


# One function per command: the handler's module is imported only when its command runs
# (``cafe-pos --smoke`` stays fast), and a reader or mypy can follow every line.
def _run(args: argparse.Namespace) -> int:
    from cafe_pos.commands.app_cmd import run_app

    return run_app(args)


def _demo(args: argparse.Namespace) -> int:
    from cafe_pos.commands.app_cmd import run_demo

    return run_demo(args)


def _init(args: argparse.Namespace) -> int:
    from cafe_pos.commands.setup_cmd import init

    return init(args)


def _users(args: argparse.Namespace) -> int:
    from cafe_pos.commands.setup_cmd import users

    return users(args)


def _catalogue(args: argparse.Namespace) -> int:
    from cafe_pos.commands.setup_cmd import catalogue

    return catalogue(args)


def _simulate(args: argparse.Namespace) -> int:
    from cafe_pos.commands.sales_cmd import simulate

    return simulate(args)


def _close(args: argparse.Namespace) -> int:
    from cafe_pos.commands.fiscal_cmd import close

    return close(args)


def _verify(args: argparse.Namespace) -> int:
    from cafe_pos.commands.fiscal_cmd import verify

    return verify(args)


def _key(args: argparse.Namespace) -> int:
    from cafe_pos.commands.fiscal_cmd import key

    return key(args)


def _export_archive(args: argparse.Namespace) -> int:
    from cafe_pos.commands.fiscal_cmd import export_archive

    return export_archive(args)


def _export_accounting(args: argparse.Namespace) -> int:
    from cafe_pos.commands.reports_cmd import export_accounting

    return export_accounting(args)


def _report(args: argparse.Namespace) -> int:
    from cafe_pos.commands.reports_cmd import report

    return report(args)


def _receipt(args: argparse.Namespace) -> int:
    from cafe_pos.commands.devices_cmd import receipt

    return receipt(args)


def _sync(args: argparse.Namespace) -> int:
    from cafe_pos.commands.sync_cmd import sync

    return sync(args)


def _hq(args: argparse.Namespace) -> int:
    from cafe_pos.commands.sync_cmd import hq

    return hq(args)


def _parcels(args: argparse.Namespace) -> int:
    from cafe_pos.commands.parcels_cmd import parcels

    return parcels(args)


def _stock(args: argparse.Namespace) -> int:
    from cafe_pos.commands.stock_cmd import stock

    return stock(args)


def _backup(args: argparse.Namespace) -> int:
    from cafe_pos.commands.backup_cmd import backup

    return backup(args)


def _restore(args: argparse.Namespace) -> int:
    from cafe_pos.commands.backup_cmd import restore

    return restore(args)


def _purge(args: argparse.Namespace) -> int:
    from cafe_pos.commands.purge_cmd import purge

    return purge(args)


# command (or "command subcommand") -> its handler
HANDLERS: dict[str, Handler] = {
    "run": _run,
    "demo": _demo,
    "init": _init,
    "users": _users,
    "catalogue": _catalogue,
    "simulate": _simulate,
    "close": _close,
    "verify": _verify,
    "key": _key,
    "export archive": _export_archive,
    "export accounting": _export_accounting,
    "report": _report,
    "receipt": _receipt,
    "sync": _sync,
    "hq": _hq,
    "parcels": _parcels,
    "stock": _stock,
    "backup": _backup,
    "restore": _restore,
    "purge": _purge,
}


class CliError(Exception):
    """Bad usage or input on the command line: one French line on stderr, exit 2."""


# 2**63 - 1: the largest number SQLite can store
_MAX_INT = 9_223_372_036_854_775_807


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise CliError(f"usage incorrect : {message}")


def build_parser() -> argparse.ArgumentParser:
    from cafe_pos.commands.argparse_fr import fingerprint, install, integer
    from cafe_pos.commands.argparse_fr import path as path_arg

    install()  # argparse's own messages in French
    day_count = integer(1, 3660, "nombre de jours")
    number = integer(0, _MAX_INT, "nombre")
    parser = _Parser(prog="cafe-pos", description="Caisse des cafés multiservices")
    parser.add_argument(  # argparse gives this help in English, whatever its catalogue
        "--version",
        action="version",
        version=f"cafe-pos {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument("--db", type=path_arg, help="fichier de la base de données (SQLite)")
    parser.add_argument(
        "--config", type=path_arg, help="fichier de configuration (TOML : db, lang)"
    )
    parser.add_argument("--smoke", action="store_true", help="démarrer, afficher, quitter")
    parser.add_argument(
        "--training",
        action="store_true",
        help="mode formation : rien n'est enregistré ni dans le journal ni dans les chiffres",
    )
    parser.add_argument("--lang", choices=["fr", "en"], help="langue de l'interface")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="démarrer sur un café de démonstration")
    demo.add_argument("--smoke", action="store_true", dest="smoke_demo")

    init = sub.add_parser("init", help="créer ou mettre à jour la base, identité du café")
    init.add_argument("--name", required=True)
    init.add_argument("--siret", required=True)
    init.add_argument("--address", required=True)
    init.add_argument("--vat-number", default="")
    init.add_argument("--naf", default="5630Z")
    init.add_argument("--register", default="01")

    simulate = sub.add_parser("simulate", help="simuler N jours d'activité")
    simulate.add_argument("--days", type=day_count, required=True)
    simulate.add_argument("--seed", type=number, default=1)
    simulate.add_argument("--start", help="AAAA-MM-JJ")

    close = sub.add_parser("close", help="clôturer un jour, un mois ou une année")
    group = close.add_mutually_exclusive_group(required=True)
    group.add_argument("--date")
    group.add_argument("--month")
    group.add_argument("--year")

    report = sub.add_parser("report", help="rapport Z, X ou mensuel")
    report.add_argument("kind", choices=["z", "x", "month", "year"])
    report.add_argument("--date")
    report.add_argument("--month")
    report.add_argument("--year")
    report.add_argument("--json", action="store_true")
    report.add_argument("--pdf", type=path_arg)

    receipt = sub.add_parser("receipt", help="ticket en octets ESC/POS ou en PDF")
    receipt.add_argument("--ticket", type=integer(1, _MAX_INT, "numéro de ticket"), required=True)
    receipt.add_argument("--out", type=path_arg)
    receipt.add_argument("--pdf", type=path_arg)

    verify = sub.add_parser("verify", help="vérifier le journal (ou une archive)")
    verify.add_argument("--archive", type=path_arg)
    verify.add_argument(
        "--key", dest="expected_key", type=fingerprint, help="empreinte attendue (ticket Z)"
    )
    verify.add_argument(
        "--hq-key", dest="expected_hq_key", type=fingerprint, help="empreinte publiée du siège"
    )

    key = sub.add_parser("key", help="clé de signature du journal fiscal")
    key_sub = key.add_subparsers(dest="key_action", required=True, parser_class=_Parser)
    key_replace = key_sub.add_parser("replace", help="changer la clé (perdue ou exposée)")
    key_replace.add_argument("--reason", required=True)

    export = sub.add_parser("export", help="exports")
    export_sub = export.add_subparsers(dest="export_kind", required=True, parser_class=_Parser)
    archive = export_sub.add_parser("archive")
    archive.add_argument("--period", required=True, help="AAAA-MM ou AAAA")
    archive.add_argument("--out", type=path_arg, required=True)
    accounting = export_sub.add_parser("accounting")
    accounting.add_argument("--from", dest="date_from", required=True)
    accounting.add_argument("--to", dest="date_to", required=True)
    accounting.add_argument("--out", type=path_arg, required=True)

    sync = sub.add_parser("sync", help="envoyer les chiffres au siège")
    sync_sub = sync.add_subparsers(dest="sync_action", parser_class=_Parser)
    enrol = sync_sub.add_parser("enrol", help="inscrire le café auprès du siège")
    enrol.add_argument("--hq", required=True, help="adresse du siège (https://…)")
    enrol.add_argument("--code", required=True, help="code d'inscription à usage unique")

    parcels = sub.add_parser("parcels", help="point relais colis")
    parcels_sub = parcels.add_subparsers(dest="parcels_action", required=True, parser_class=_Parser)
    parcels_list = parcels_sub.add_parser("list")
    parcels_list.add_argument("--status", help="en-rayon, remis, retourne, depot, enleve")
    parcels_list.add_argument("--limit", type=integer(1, 100_000, "limite"), default=500)
    parcels_sub.add_parser("returns-due")
    parcels_sub.add_parser("purge")

    backup = sub.add_parser("backup", help="sauvegarder la base")
    what = backup.add_mutually_exclusive_group(required=True)
    what.add_argument("--to", type=path_arg)
    what.add_argument("--auto", action="store_true")
    what.add_argument("--set-passphrase", action="store_true")
    what.add_argument("--recovery-sheet", type=path_arg)
    backup.add_argument("--generate", action="store_true")
    restore = sub.add_parser("restore", help="restaurer une sauvegarde")
    restore.add_argument("--from", dest="source", type=path_arg, required=True)
    restore.add_argument("--check", action="store_true")
    restore.add_argument("--new-key", action="store_true")
    purge = sub.add_parser("purge", help="purger le détail d'un exercice archivé (six ans)")
    purge.add_argument("--year", type=integer(2000, 2999, "année"), required=True)
    purge.add_argument("--dry-run", action="store_true", help="dire ce qui serait supprimé")

    users = sub.add_parser("users", help="utilisateurs")
    users_sub = users.add_subparsers(dest="users_action", required=True, parser_class=_Parser)
    add = users_sub.add_parser("add")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=["manager", "staff"], default="staff")
    add.add_argument("--pin", required=True)
    users_sub.add_parser("list")
    reset = users_sub.add_parser("reset-pin")
    reset.add_argument("--name", required=True)
    reset.add_argument("--pin", required=True)
    set_role = users_sub.add_parser(
        "set-role", help="changer le rôle (gérant·e : code à 6 chiffres)"
    )
    set_role.add_argument("--name", required=True)
    set_role.add_argument("--role", choices=["manager", "staff"], required=True)
    set_role.add_argument("--pin", help="nouveau code (obligatoire pour nommer gérant·e)")

    catalogue = sub.add_parser("catalogue", help="import/export CSV du catalogue")
    cat_sub = catalogue.add_subparsers(dest="catalogue_action", required=True, parser_class=_Parser)
    cat_import = cat_sub.add_parser("import")
    cat_import.add_argument("file", type=path_arg)
    cat_export = cat_sub.add_parser("export")
    cat_export.add_argument("file", type=path_arg)

    stock = sub.add_parser("stock", help="stock de l'épicerie")
    stock_sub = stock.add_subparsers(dest="stock_action", required=True, parser_class=_Parser)
    stock_list = stock_sub.add_parser("list", help="niveaux, PMP et valeurs")
    stock_list.add_argument(
        "--filter", choices=["all", "low", "negative", "expiring"], default="all"
    )
    stock_list.add_argument("--search", default="")
    stock_list.add_argument("--json", action="store_true")
    stock_value = stock_sub.add_parser("value", help="valeur du stock au PMP")
    stock_value.add_argument("--date", help="AAAA-MM-JJ (fin de journée)")
    stock_value.add_argument("--json", action="store_true")
    stock_sub.add_parser("recompute", help="recalculer les niveaux depuis les mouvements")
    stock_import = stock_sub.add_parser("import-delivery", help="bon de livraison CSV")
    stock_import.add_argument("file", type=path_arg)
    stock_import.add_argument("--accept-past-best-before", action="store_true")

    hq = sub.add_parser("hq", help="récepteur de référence du siège")
    hq_sub = hq.add_subparsers(dest="hq_action", required=True, parser_class=_Parser)
    serve = hq_sub.add_parser("serve")
    serve.add_argument("--db", dest="hq_db", default="sqlite:///hq.db")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=integer(1, 65535, "port"), default=8765)
    serve.add_argument("--workers", type=integer(1, 64, "processus"), default=1)
    hq_key = hq_sub.add_parser("key", help="clé de signature du siège (empreinte)")
    for keyed in (serve, hq_key):
        keyed.add_argument("--key", dest="hq_key", type=path_arg, help="fichier de la clé du siège")
    hq_cafe = hq_sub.add_parser("cafe", help="cafés du réseau")
    cafe_sub = hq_cafe.add_subparsers(dest="hq_cafe_action", required=True, parser_class=_Parser)
    cafe_add = cafe_sub.add_parser("add")
    cafe_add.add_argument("--siret", required=True)
    cafe_add.add_argument("--name", required=True)
    cafe_add.add_argument("--town", default="", help="commune (recherche de la page Réseau)")
    cafe_list = cafe_sub.add_parser("list")
    cafe_code = cafe_sub.add_parser("code")
    cafe_code.add_argument("--siret", required=True)
    hq_user = hq_sub.add_parser("user", help="utilisateurs du tableau de bord")
    user_sub = hq_user.add_subparsers(dest="hq_user_action", required=True, parser_class=_Parser)
    user_add = user_sub.add_parser("add", help="mot de passe lu sur l'entrée standard")
    user_add.add_argument("--name", required=True)
    user_add.add_argument("--role", required=True, choices=["admin", "territorial"])
    user_add.add_argument("--cafes", help="SIRET des cafés suivis, séparés par des virgules")
    user_off = user_sub.add_parser("deactivate", help="désactiver un compte (sessions fermées)")
    user_passwd = user_sub.add_parser(
        "passwd", help="nouveau mot de passe lu sur l'entrée standard"
    )
    user_on = user_sub.add_parser("reactivate", help="réactiver un compte désactivé")
    for user_parser in (user_off, user_on, user_passwd):
        user_parser.add_argument("login", help="nom d'utilisateur")
    days = hq_sub.add_parser("days", help="journées reçues d'un café")
    days.add_argument("--siret", required=True)
    days.add_argument("--json", action="store_true")
    alerts = hq_sub.add_parser("alerts", help="alertes du siège")
    alerts.add_argument("--siret")
    alerts.add_argument("--json", action="store_true")
    hq_catalogue = hq_sub.add_parser("catalogue", help="catalogue du réseau (CSV)")
    catalogue_sub = hq_catalogue.add_subparsers(
        dest="hq_catalogue_action", required=True, parser_class=_Parser
    )
    catalogue_import = catalogue_sub.add_parser("import", help="publier un catalogue CSV")
    catalogue_export = catalogue_sub.add_parser("export", help="écrire le catalogue en CSV")
    for catalogue_parser in (catalogue_import, catalogue_export):
        catalogue_parser.add_argument("file", type=path_arg)
    for hq_parser in (cafe_add, cafe_list, cafe_code, days, alerts, hq_key, user_add,
                      user_off, user_on, user_passwd, catalogue_import,
                      catalogue_export):  # fmt: skip
        hq_parser.add_argument("--db", dest="hq_db", default="sqlite:///hq.db")
    return parser


def _handler_key(args: argparse.Namespace) -> str:
    command = args.command or "run"
    if command == "export":
        return f"export {args.export_kind}"
    return str(command)


def _starts_desktop_app(argv: Sequence[str] | None) -> bool:
    """``cafe-pos [options]`` or ``cafe-pos demo`` (told before parsing: nothing imported)."""
    commands = {key.split()[0] for key in HANDLERS}
    words = [word for word in (sys.argv[1:] if argv is None else argv) if word in commands]
    return not words or words[0] in ("run", "demo")


def main(argv: Sequence[str] | None = None) -> int:
    desktop = _starts_desktop_app(argv) and gc.isenabled()
    if desktop:
        # The window's start-up only creates long-lived objects: no garbage collection
        # until it is on screen (cafe_pos.ui.qt_app resumes it), a tenth of the start-up.
        gc.disable()
    try:
        return _main(argv)
    finally:
        if desktop:
            gc.enable()


def _check_encoding(argv: Sequence[str]) -> None:
    """Arguments that are not UTF-8 (Latin-1 bytes come in as lone surrogates)."""
    for word in argv:
        try:
            word.encode("utf-8")
        except UnicodeEncodeError:
            shown = word.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            raise CliError(f"argument mal encodé (pas de l'UTF-8) : « {shown} »") from None


def _check_blanks(words: Sequence[str]) -> None:
    """An empty value is an error everywhere (``--date ""`` is not "today")."""
    for index, word in enumerate(words):
        if word.startswith("--") and word.endswith("=") and "=" not in word[:-1]:
            raise CliError(f"valeur vide pour {word[:-1]}")
        if not word.strip():
            before = words[index - 1] if index else ""
            name = before if before.startswith("-") else "un argument"
            raise CliError(f"valeur vide pour {name}")


def _one_line(message: str) -> str:
    """The refusal as one line the terminal shows as written: a line break, an escape
    sequence or a right-to-left override quoted from the input is written as its code
    (``\\n``, ``\\x1b``, ``\\u202e``), so it neither splits the line nor rewrites it."""
    return "".join(
        char.encode("unicode_escape").decode("ascii")
        if unicodedata.category(char) in _UNPRINTED
        else char
        for char in message
    )


_UNPRINTED = frozenset({"Cc", "Cf", "Cs"})  # control, invisible formatting, lone surrogate


def _check_outputs(args: argparse.Namespace) -> None:
    """Output files that can't be written are refused before any work."""
    from cafe_pos.commands.common import output_path

    for name in ("out", "pdf"):
        output_path(getattr(args, name, None))
    if getattr(args, "catalogue_action", None) == "export":
        output_path(args.file)


def _main(argv: Sequence[str] | None) -> int:
    from cafe_pos.domain.errors import UserError
    from cafe_pos.services.faults import describe

    args: argparse.Namespace | None = None
    try:
        words = sys.argv[1:] if argv is None else list(argv)
        _check_encoding(words)
        _check_blanks(words)
        args = build_parser().parse_args(words)
        from cafe_pos.commands import config_file

        config_file.apply(args)  # --config: the database and language it names
        _check_outputs(args)
        if getattr(args, "smoke_demo", False):
            args.smoke = True
        return HANDLERS[_handler_key(args)](args)
    except (CliError, UserError) as exc:
        print(f"cafe-pos : {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a fault of the machine: one French line, no traceback
        db = getattr(args, "db", None)
        message = describe(exc, Path(db) if isinstance(db, (str, Path)) and str(db) else None)
        if message is None:
            if os.environ.get("CAFE_POS_DEBUG"):
                raise
            # a defect of the program: still one line, never a traceback to a manager
            message = (
                f"erreur interne inattendue ({type(exc).__name__}) : l'opération s'est arrêtée "
                "; relancez avec CAFE_POS_DEBUG=1 pour le détail"
            )
        print(f"cafe-pos : {_one_line(message)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
