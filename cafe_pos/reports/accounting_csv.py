"""Write the accountant export as CSV for French accounting software and spreadsheets:
UTF-8 with BOM, ``;`` separator, dates JJ/MM/AAAA, amounts in euros with two decimals
and a decimal comma ("1234,50", no thousands separator). See docs/accounting-csv.md."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.figures import AccountingRow
from cafe_pos.domain.formatting import date_fr
from cafe_pos.domain.money import Cents, format_euros_dot
from cafe_pos.store.files import neutralise_rows, os_error_text, private_text_output

COLUMNS = (
    "date",
    "nature",
    "code",
    "libelle",
    "taux_tva",
    "montant_ht",
    "montant_tva",
    "montant_ttc",
)


class ExportWriteError(UserError):
    """The CSV file could not be written."""


def euros(cents: Cents | None) -> str:
    """-123450 -> "-1234,50"; None -> "" (no thousands separator: importable as a number)."""
    return "" if cents is None else format_euros_dot(cents).replace(".", ",")


def rate_percent(rate_bp: int | None) -> str:
    """2000 -> "20,00"; 550 -> "5,50"; None -> ""."""
    return "" if rate_bp is None else euros(rate_bp)


def csv_rows(rows: Sequence[AccountingRow]) -> list[list[str]]:
    return [
        [
            date_fr(row.day),
            row.kind,
            row.code,
            row.label,
            rate_percent(row.rate_bp),
            euros(row.base_cents),
            euros(row.vat_cents),
            euros(row.total_cents),
        ]
        for row in rows
    ]


def write_accounting_csv(rows: Sequence[AccountingRow], path: Path) -> Path:
    try:
        with private_text_output(path, encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow(COLUMNS)
            writer.writerows(neutralise_rows(csv_rows(rows)))
    except OSError as exc:
        raise ExportWriteError(f"Impossible d'écrire l'export : {os_error_text(exc)}") from exc
    return path
