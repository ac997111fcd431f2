"""The files a manager hands over: the Z and month PDFs (read back with pdftotext) and the
accountant CSV, which must say the same figures as the Z."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from reports_factory import CATALOGUE, MANAGER, STAFF, LineSpec, random_day, sell
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.receipt_layout import render_text
from cafe_pos.reports.accounting_csv import write_accounting_csv
from cafe_pos.reports.content import receipt_lines
from cafe_pos.services import figures, reporting
from cafe_pos.services.accounting_export import accounting_rows, export_accounting
from cafe_pos.services.figures import ReportPeriodError
from cafe_pos.store.models.fiscal import FiscalEvent

DAY = dt.date(2026, 11, 26)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils missing"
)


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _big_day(ctx: ServiceContext, clock: FixedClock) -> None:
    """A day over 1 000 € so the thousands separator shows."""
    croque = CATALOGUE[4]
    for hour in range(8, 22):
        sell(ctx, dt.datetime.combine(DAY, dt.time(hour), tzinfo=PARIS), [LineSpec(croque, 12_000)])
    clock.set(dt.datetime.combine(DAY, dt.time(23), tzinfo=PARIS))


@needs_poppler
def test_z_pdf_shows_the_identity_and_french_amounts(
    ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    _big_day(ctx, clock)
    z = reporting.z_report(ctx, MANAGER, DAY)
    assert z.total_cents == 14 * 12 * 650 == 109200
    path = reporting.save_pdf(ctx, z, tmp_path / "z.pdf")
    text = pdf_text(path)
    assert "Café de la Place" in text and "73282932000074" in text
    assert "Clôture journalière (Z) du 26/11/2026" in text
    assert "1 092,00 €" in text  # total, French form
    assert "jeudi 26 novembre 2026".capitalize() in text
    assert z.seal is not None and z.seal.signature_short in text
    assert "Grand total perpétuel" in text


@needs_poppler
def test_month_pdf_has_its_charts_and_days(
    ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    for day in (dt.date(2026, 11, 24), dt.date(2026, 11, 25)):
        clock.set(dt.datetime.combine(day, dt.time(23), tzinfo=PARIS))
        random_day(ctx, day, 30)
        reporting.z_report(ctx, MANAGER, day)
    month = figures.month_figures(ctx, 2026, 11)
    default = reporting.save_pdf(ctx, month)
    assert default == ctx.db_path.parent / "rapports" / "mois-2026-11.pdf"
    text = pdf_text(default)
    for title in (
        "Ventes TTC par jour",
        "Ventes par heure",
        "Meilleures ventes",
        "Répartition par taux de TVA",
    ):
        assert title in text
    assert format_eur(month.total_cents) in text
    assert "Du 01/11/2026 au 30/11/2026" in text


def test_a_pdf_into_a_missing_folder_is_a_french_error(ctx: ServiceContext, tmp_path: Path) -> None:
    sell(ctx, dt.datetime(2026, 11, 26, 7, 0, tzinfo=PARIS), [LineSpec(CATALOGUE[0])])
    x = figures.x_figures(ctx)
    with pytest.raises(Exception, match="Le dossier n'existe pas"):
        reporting.save_pdf(ctx, x, tmp_path / "nope" / "x.pdf")


def test_printed_z_says_the_same_total(ctx: ServiceContext, clock: FixedClock) -> None:
    _big_day(ctx, clock)
    z = reporting.z_report(ctx, MANAGER, DAY)
    text = render_text(receipt_lines(z, width=48), 48)
    assert "Total TTC" in text and "1 092,00 €" in text
    assert all(len(line) <= 48 for line in text.splitlines())
    job_id = reporting.print_report(ctx, MANAGER, z)
    duplicate = reporting.print_report(ctx, MANAGER, z, duplicate=True)
    assert duplicate > job_id
    with ctx.uow() as uow:
        reprints = uow.session.scalar(
            select(func.count()).select_from(FiscalEvent).where(FiscalEvent.code == 902)
        )
    assert reprints == 1


def _read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM for spreadsheets
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def _cents(text: str) -> int:
    return int(text.replace(",", "")) if text else 0


def test_accounting_csv_matches_the_z(
    ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    days = (dt.date(2026, 11, 24), dt.date(2026, 11, 25))
    zs = {}
    for day in days:
        clock.set(dt.datetime.combine(day, dt.time(23), tzinfo=PARIS))
        random_day(ctx, day, 40, refunds=2)
        zs[day.strftime("%d/%m/%Y")] = reporting.z_report(ctx, MANAGER, day)
    rows = accounting_rows(ctx, MANAGER, days[0], days[-1])
    path, count = export_accounting(
        ctx, MANAGER, days[0], days[-1], tmp_path / "compta.csv", write_accounting_csv
    )
    assert count == len(rows)
    rows_csv = _read_csv(path)
    assert list(rows_csv[0]) == [
        "date", "nature", "code", "libelle", "taux_tva", "montant_ht", "montant_tva", "montant_ttc",
    ]  # fmt: skip
    for date_text, z in zs.items():
        of_day = [r for r in rows_csv if r["date"] == date_text]
        sales = sum(_cents(r["montant_ttc"]) for r in of_day if r["nature"] in ("VENTE", "TIERS"))
        paid = sum(_cents(r["montant_ttc"]) for r in of_day if r["nature"] == "REGLEMENT")
        assert sales == paid == z.total_cents
        third = sum(_cents(r["montant_ttc"]) for r in of_day if r["nature"] == "TIERS")
        assert third == z.third_party_cents
        for vat in z.by_vat_rate:
            per_rate = [
                r
                for r in of_day
                if r["nature"] in ("VENTE", "TIERS") and _cents(r["taux_tva"]) == vat.rate_bp
            ]
            assert sum(_cents(r["montant_tva"]) for r in per_rate) == vat.vat_cents
            assert sum(_cents(r["montant_ht"]) for r in per_rate) == vat.base_cents
        for r in of_day:
            if r["montant_ht"]:
                assert _cents(r["montant_ht"]) + _cents(r["montant_tva"]) == _cents(
                    r["montant_ttc"]
                )
    with ctx.uow() as uow:
        exports = uow.session.scalar(
            select(func.count()).select_from(FiscalEvent).where(FiscalEvent.code == 110)
        )
    assert exports == 1  # the export is in the technical journal


def test_accounting_export_refuses_bad_periods(ctx: ServiceContext) -> None:
    sell(ctx, dt.datetime(2026, 11, 26, 7, 0, tzinfo=PARIS), [LineSpec(CATALOGUE[0])])
    with pytest.raises(ReportPeriodError, match="inversée"):
        accounting_rows(ctx, MANAGER, DAY, DAY - dt.timedelta(days=1))
    with pytest.raises(ReportPeriodError, match="futur"):
        accounting_rows(ctx, MANAGER, DAY, DAY + dt.timedelta(days=1))
    with pytest.raises(ReportPeriodError, match="pas encore"):
        accounting_rows(ctx, MANAGER, dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    with pytest.raises(PermissionDenied):
        accounting_rows(ctx, STAFF, DAY, DAY)
