"""`cafe-pos parcels list [--status S] | returns-due | purge`: the relay's logbook from the
command line. No recipient's name is printed (output may be redirected to a file, and
nothing personal leaves the café): tracking numbers, carriers, slots, dates, states."""

from __future__ import annotations

import argparse

from cafe_pos.commands.common import CLI_ACTOR, opened
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.parcels import STATUS_LABELS, ParcelStatus

STATUS_WORDS = {
    "en-rayon": ParcelStatus.RECEIVED,
    "remis": ParcelStatus.HANDED_OVER,
    "retourne": ParcelStatus.RETURNED,
    "depot": ParcelStatus.DROPPED_OFF,
    "enleve": ParcelStatus.COLLECTED,
    **{status.value: status for status in ParcelStatus},
}


def _status(text: str | None) -> ParcelStatus | None:
    if text is None:
        return None
    found = STATUS_WORDS.get(text.strip().lower())
    if found is None:
        choices = ", ".join(s.value for s in ParcelStatus)
        raise UserError(f"État de colis inconnu « {text} » : {choices}")
    return found


def parcels(args: argparse.Namespace) -> int:
    from cafe_pos.services import parcels as service

    action = args.parcels_action
    status = _status(getattr(args, "status", None))
    with opened(args) as ctx:
        if action == "list":
            rows = service.list_parcels(ctx, status=status, limit=int(args.limit))
            for p in rows:
                day = f"{p.return_due:%Y-%m-%d}" if p.return_due else "-"
                print(
                    f"{p.tracking}\t{p.carrier_name}\t{STATUS_LABELS[p.status]}\t"
                    f"{p.slot or '-'}\t{p.received_at:%Y-%m-%d %H:%M}\t{day}"
                )
            print(f"{len(rows)} colis")
        elif action == "returns-due":
            late = service.returns_due(ctx)
            for p in late.due:
                print(f"{p.tracking}\t{p.carrier_name}\t{p.slot or '-'}\t{p.return_due:%Y-%m-%d}")
            print(
                f"{len(late.due)} colis à retourner aujourd'hui, {len(late.tomorrow)} expirent demain"
            )
        else:
            count = service.purge_names(ctx, CLI_ACTOR)
            print(f"{count} nom(s) de destinataire effacé(s)")
    return 0
