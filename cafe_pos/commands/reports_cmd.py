"""``cafe-pos report z|x|month|year`` and ``cafe-pos export accounting``: parse, call the
services, print. The JSON is documented in docs/reports-json.md, the CSV in
docs/accounting-csv.md."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from cafe_pos.commands.common import CLI_ACTOR, opened
from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.periods import parse_day, parse_month, parse_year


class ReportUsageError(UserError):
    """Options that don't go together."""


def _day(text: str | None, ctx: ServiceContext) -> dt.date:

    return parse_day(text) if text else business_date(ctx.clock.now())


def _refuse(args: argparse.Namespace, kind: str, *options: str) -> None:
    for option in options:
        if getattr(args, option, None):
            raise ReportUsageError(f"--{option} ne s'applique pas à un rapport {kind}")


def report(args: argparse.Namespace) -> int:
    """Print a Z (closing the day if needed), an X, a month or a year; ``--pdf`` saves it."""
    from cafe_pos.domain.receipt_layout import render_text
    from cafe_pos.reports.content import receipt_lines
    from cafe_pos.services import figures, reporting

    with opened(args) as ctx:
        kind = args.kind
        if kind in ("z", "x"):
            _refuse(args, kind.upper(), "month", "year")
            day = _day(args.date, ctx)
            result = (
                reporting.z_report(ctx, CLI_ACTOR, day)
                if kind == "z"
                else figures.x_figures(ctx, day)
            )
        elif kind == "month":
            _refuse(args, "mensuel", "date", "year")
            if args.month:
                year, month = parse_month(args.month)
            else:
                today = business_date(ctx.clock.now())
                year, month = today.year, today.month
            result = figures.month_figures(ctx, year, month)
        else:
            _refuse(args, "annuel", "date", "month")
            year = parse_year(args.year) if args.year else business_date(ctx.clock.now()).year
            result = figures.year_figures(ctx, year)
        if args.pdf:
            path = reporting.save_pdf(ctx, result, Path(args.pdf))
            print(f"Rapport PDF enregistré : {path}", file=sys.stderr)
        if args.json:
            print(json.dumps(result.to_json_dict(), ensure_ascii=False, indent=2))
        elif not args.pdf:
            print(render_text(receipt_lines(result, width=64), 64))
    return 0


def export_accounting(args: argparse.Namespace) -> int:
    """Write the accountant CSV for [--from, --to]."""
    from cafe_pos.reports.accounting_csv import write_accounting_csv
    from cafe_pos.services.accounting_export import export_accounting

    first, last = parse_day(args.date_from), parse_day(args.date_to)
    with opened(args) as ctx:
        path, count = export_accounting(
            ctx, CLI_ACTOR, first, last, Path(args.out), write_accounting_csv
        )
    print(f"Export comptable : {count} lignes écrites dans {path}", file=sys.stderr)
    return 0
