"""Command-line set-up: ``init``, ``users``, ``catalogue`` (``backup`` and ``restore``:
``commands.backup_cmd``).

Handlers only read the arguments, check what can be checked before touching the
database (so bad input leaves it byte-for-byte unchanged), call the services and print
French lines. The command line acts as a manager ("ligne de commande"): whoever runs it
has the database file in hand anyway; every change it makes is journaled as such.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cafe_pos.commands.common import CLI_ACTOR, db_path, opened
from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import ROLE_LABELS, Role


def init(args: argparse.Namespace) -> int:
    """Create or upgrade the database and set the café identity (``cafe_setup.set_up``, the
    use case the first-start assistant runs too)."""
    from cafe_pos.services import cafe_setup, identity

    data = identity.IdentityInput(
        name=args.name,
        address=args.address.replace("\\n", "\n"),
        siret=args.siret,
        naf_code=args.naf,
        vat_number=args.vat_number or "",
        register_number=args.register,
    )
    request = cafe_setup.SetupRequest(identity=data)
    cafe_setup.check_request(request)  # before the database is created or touched
    path = db_path(args)
    with opened(args, must_exist=False) as ctx:
        report = cafe_setup.set_up(ctx, CLI_ACTOR, request)
    saved = report.identity
    print(f"Base de données prête : {path}")
    print(f"Café : {saved.name} — SIRET {saved.siret} — caisse {saved.register_number}")
    if not report.has_manager:
        print("Aucun compte gérant·e : créez le premier avec")
        print(f"  cafe-pos --db {path} users add --name NOM --role manager --pin CODE")
    return 0


def users(args: argparse.Namespace) -> int:
    """users add | list | reset-pin | set-role."""
    from cafe_pos.services import users as service

    if args.users_action == "add":
        service.check_pin(args.pin, Role(args.role))
    elif args.users_action == "reset-pin":
        service.check_pin(args.pin)
    elif args.users_action == "set-role" and (args.role == Role.MANAGER.value or args.pin):
        if not args.pin:  # refused before opening the base
            raise service.PinError(
                "Un·e gérant·e a un code à 6 chiffres : ajoutez --pin avec son nouveau code"
            )
        service.check_pin(args.pin, Role(args.role))
    with opened(args) as ctx:
        return _users(ctx, args)


def _users(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from cafe_pos.services import users as service

    if args.users_action == "list":
        for user in service.list_users(ctx, include_inactive=True):
            state = "actif" if user.active else "désactivé"
            if user.locked:
                state += ", bloqué"
            print(f"{user.id:>4}  {user.name:<24} {ROLE_LABELS[user.role]:<12} {state}")
        return 0
    if args.users_action == "reset-pin":
        user = service.reset_pin_from_command_line(ctx, CLI_ACTOR, args.name, args.pin)
        print(f"Code changé : {user.name} (la prochaine connexion le signalera)")
        return 0
    if args.users_action == "set-role":
        target = service.find_user(ctx, args.name)
        changed = service.set_role(ctx, CLI_ACTOR, target.id, args.role, args.pin or None)
        print(f"Rôle de {changed.name} : {ROLE_LABELS[changed.role]}")
        return 0
    role = Role(args.role)
    if not service.has_manager(ctx):
        if role is not Role.MANAGER:
            raise UserError("Le premier compte doit être gérant·e : ajoutez --role manager")
        created = service.bootstrap_first_manager(ctx, args.name, args.pin)
    else:
        created = service.add_user(ctx, CLI_ACTOR, args.name, role, args.pin)
    print(f"Utilisateur ajouté : {created.name} ({ROLE_LABELS[created.role]})")
    return 0


def catalogue(args: argparse.Namespace) -> int:
    """catalogue import FILE | export FILE. Import exits 1 when lines were refused."""
    from cafe_pos.services import catalogue_io as service

    if args.catalogue_action == "export":
        path = Path(args.file)
        if not path.parent.is_dir():
            raise UserError(f"Le dossier n'existe pas : {path.parent}")
        with opened(args) as ctx:
            count = service.export_csv(ctx, path)
        print(f"{count} produits exportés vers {path}")
        return 0
    service.read_csv(
        Path(args.file)
    )  # a file that is not a catalogue: refused before opening the base
    with opened(args) as ctx:
        report = service.import_csv(ctx, CLI_ACTOR, Path(args.file))
    print(
        f"Catalogue importé : {report.created} créés, {report.updated} mis à jour, "
        f"{len(report.rejected)} lignes refusées"
    )
    if report.categories_created:
        print(f"{report.categories_created} catégories créées")
    for line, reason in report.rejected:
        print(f"  ligne {line} : {reason}")
    return 1 if report.rejected else 0
