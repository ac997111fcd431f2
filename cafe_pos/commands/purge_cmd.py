"""``cafe-pos purge --year YYYY [--dry-run]``: remove the detail of a closed year whose
six years are over, once its archive (``archives/archive-YYYY.zip``) verifies and matches
the journal (``services.purge``). The command line acts as a manager (``CLI_ACTOR``), as
every other command that changes the café's records; a refusal is one French line and
exit 2 (too early, no verified archive, an archive that is not this journal's, a year
not closed)."""

from __future__ import annotations

import argparse

from cafe_pos.commands.common import CLI_ACTOR, opened


def purge(args: argparse.Namespace) -> int:
    from cafe_pos.services import purge as service

    with opened(args) as ctx:
        if args.dry_run:
            preview = service.preview_purge(ctx, CLI_ACTOR, args.year)
            print(f"Purge du détail de {args.year} possible (archive {preview.archive.name}) :")
            for line in preview.lines():
                print(f"  {line} seraient supprimé(e)s")
            print(f"  {preview.kept} enregistrement(s) conservé(s) (clôtures, clés, comptes)")
            return 0
        done = service.purge_year(ctx, CLI_ACTOR, args.year)
    print(
        f"Détail de {args.year} purgé : {', '.join(done.lines())} ; l'archive "
        f"{done.archive.name} reste le document de référence (ancre de purge journalisée)"
    )
    return 0
