"""``cafe-pos hq catalogue import|export --db URL FILE.csv``, a helper of ``sync_cmd``:
HQ staff publish the network catalogue from a CSV file (a new version when it changes
something) or write the current one back (docs/hq.md, "Network catalogue"). A bad file:
one French line, exit 2, nothing published."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session


def catalogue(args: argparse.Namespace, session: Session) -> int:
    from cafe_pos.hq import catalogue as network

    if args.hq_catalogue_action == "export":
        count = network.export_csv(session, args.file)
        print(f"Catalogue du réseau exporté : {count} produit(s) dans {args.file}")
        return 0
    result = network.import_csv(session, args.file)
    if not result.changed:
        print(
            f"Catalogue du réseau inchangé : version {result.version} ({result.products} produits)"
        )
        return 0
    s = result.summary
    print(
        f"Catalogue du réseau publié : version {result.version} — {result.products} produit(s), "
        f"{result.caps} plafond(s) ; {s.get('added', 0)} ajouté(s), {s.get('changed', 0)} "
        f"modifié(s), {s.get('removed', 0)} retiré(s)"
    )
    return 0
