"""`cafe-pos simulate --days N [--seed S] [--start YYYY-MM-DD]`: realistic days of activity."""

from __future__ import annotations

import argparse
import datetime as dt

from cafe_pos.domain.errors import UserError


def _start(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise UserError(f"Date de début invalide : « {text} » (format AAAA-MM-JJ)") from exc


def simulate(args: argparse.Namespace) -> int:
    from cafe_pos.app import default_db_path, open_context
    from cafe_pos.services.simulate import simulate as run

    start = _start(args.start)
    days = int(args.days)
    if days < 1:
        raise UserError("Le nombre de jours doit être au moins 1")
    ctx = open_context(args.db or default_db_path())
    report = run(ctx, days=days, seed=int(args.seed), start=start)
    print(report.summary())
    return 0
