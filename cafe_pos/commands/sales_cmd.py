"""`cafe-pos simulate --days N [--seed S] [--start YYYY-MM-DD]`: realistic days of activity."""

from __future__ import annotations

import argparse
import datetime as dt

from cafe_pos.commands.common import opened
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.periods import parse_day


def _start(text: str | None) -> dt.date | None:
    return None if text is None else parse_day(text)


def simulate(args: argparse.Namespace) -> int:
    from cafe_pos.services.simulate import simulate as run

    start = _start(args.start)
    days = int(args.days)
    if days < 1:
        raise UserError("Le nombre de jours doit être au moins 1")
    from cafe_pos.services.identity import get_identity

    with opened(args) as ctx:
        if get_identity(ctx) is None:  # a café set up with init (or the demo), not a bare file
            raise UserError("Ce café n'a pas d'identité : créez-le d'abord avec « cafe-pos init »")
        report = run(ctx, days=days, seed=int(args.seed), start=start)
    print(report.summary())
    return 0
