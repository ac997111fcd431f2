"""``cafe-pos stock list|value|recompute|import-delivery``: the grocery stock from the
command line (see docs/cli.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from cafe_pos.commands.common import CLI_ACTOR, opened
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur, format_quantity


def stock(args: argparse.Namespace) -> int:
    action = args.stock_action
    if action == "list":
        return _list(args)
    if action == "value":
        return _value(args)
    if action == "recompute":
        return _recompute(args)
    return _import(args)


def _list(args: argparse.Namespace) -> int:
    from cafe_pos.services import stock as service

    with opened(args) as ctx:
        listed = service.stock_list(ctx, search=args.search or "", only=args.filter)
    if args.json:
        print(
            json.dumps(
                {
                    "value_cents": listed.value_cents,
                    "negative": listed.negative_count,
                    "products": [
                        {
                            "product_id": r.product_id,
                            "name": r.name,
                            "category": r.category,
                            "unit": r.unit,
                            "qty_milli": r.qty_milli,
                            "average_cost_cents": r.average_cost,
                            "value_cents": r.value_cents,
                            "minimum_milli": r.minimum_milli,
                            "next_expiry": r.next_expiry.isoformat() if r.next_expiry else None,
                        }
                        for r in listed.rows
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    for r in listed.rows:
        flag = " (négatif)" if r.negative else " (bas)" if r.low else ""
        expiry = f"  date {r.next_expiry:%d/%m/%Y}" if r.next_expiry else ""
        print(
            f"{r.name:<40} {format_quantity(r.qty_milli, unit=r.unit):>10}  "
            f"{format_eur(r.value_cents):>12}{flag}{expiry}"
        )
    print(f"{len(listed.rows)} produits, valeur au PMP : {format_eur(listed.value_cents)}")
    return 0


def _value(args: argparse.Namespace) -> int:
    from cafe_pos.services import stock as service

    day = None
    if args.date:
        try:
            day = dt.date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"Date invalide : « {args.date} » (AAAA-MM-JJ)") from None
    with opened(args) as ctx:
        value = service.stock_value(ctx, day)
    if args.json:
        print(json.dumps({"date": day.isoformat() if day else None, "value_cents": value}))
    else:
        when = f" au {day:%d/%m/%Y}" if day else ""
        print(f"Valeur du stock{when} au PMP : {format_eur(value)} HT")
    return 0


def _recompute(args: argparse.Namespace) -> int:
    """Exit 0: every level equals its ledger; 1: differences found (and corrected)."""
    from cafe_pos.services import stock as service

    with opened(args) as ctx:
        diffs = service.recompute(ctx)
    if not diffs:
        print("Stock conforme : chaque niveau est égal à la somme de ses mouvements")
        return 0
    for d in diffs:
        print(
            f"{d.name} : niveau {format_quantity(d.stored_milli)} → "
            f"{format_quantity(d.ledger_milli)}, PMP {format_eur(d.stored_cost)} → "
            f"{format_eur(d.ledger_cost)}"
        )
    print(f"{len(diffs)} niveau(x) recalculé(s) depuis les mouvements")
    return 1


def _import(args: argparse.Namespace) -> int:
    from cafe_pos.services.stock_import import import_delivery, read_delivery_csv

    path = Path(args.file)
    read_delivery_csv(path)  # a file that is not a delivery note: refused before the base opens
    with opened(args) as ctx:
        result = import_delivery(
            ctx, CLI_ACTOR, path, accept_past_best_before=args.accept_past_best_before
        )
    print(
        f"Réception n° {result.delivery_id} enregistrée : {format_eur(result.total_cents)} HT, "
        f"{format_quantity(result.units_milli)} unités"
    )
    for rise in result.price_rises:
        print(
            f"  hausse de prix : {rise.name} {format_eur(rise.previous_cost)} → "
            f"{format_eur(rise.new_cost)} HT"
        )
    for warning in result.warnings:
        print(f"  attention : {warning}")
    return 0
