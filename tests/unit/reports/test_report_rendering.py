"""How reports say things: French dates and amounts, the printed Z fitting the paper, the
CSV number format, charts that draw even on an empty or a refund-only period."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.pdfgen import canvas

from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.formatting import count_fr, long_date_fr, month_fr, share_fr
from cafe_pos.domain.receipt_layout import render_text
from cafe_pos.reports import charts
from cafe_pos.reports.accounting_csv import euros, rate_percent
from cafe_pos.reports.content import receipt_lines, report_sections, zero_line
from cafe_pos.reports.fonts import report_fonts
from cafe_pos.services.figures import (
    Amount,
    CashFigure,
    CountAmount,
    Figures,
    Header,
    Seal,
    VatFigure,
)

DAY = dt.date(2026, 11, 26)


def sample(**changes: object) -> Figures:
    base = Figures(
        kind="z",
        period=DAY.isoformat(),
        first_day=DAY,
        last_day=DAY,
        register="01",
        header=Header(
            "Café de la Place", "2 place de l'Église, 19160 Neuvic", "73282932000074", "5630Z", ""
        ),
        generated_at=dt.datetime(2026, 11, 26, 22, 14, 5, tzinfo=PARIS),
        closed=True,
        tickets=153,
        refund_tickets=1,
        first_number=1200,
        last_number=1353,
        total_cents=123450,
        sales_cents=123800,
        refunds_cents=350,
        by_vat_rate=(VatFigure(2000, 50000, 10000, 60000), VatFigure(1000, 57682, 5768, 63450)),
        by_payment_method=(Amount("cash", 23450), Amount("card", 100000)),
        by_category=(Amount("Bar", 100000), Amount("Presse", 23450)),
        third_party_cents=23450,
        third_party_by_category=(Amount("Presse", 23450),),
        cashback=CountAmount(1, 2000),
        withdrawals=CountAmount(),
        discounts=CountAmount(2, 120),
        refunds=CountAmount(1, 350),
        cancellations=CountAmount(1, 350),
        removed_lines=CountAmount(3, 780),
        reprints=1,
        drawer_openings=2,
        responsible_sale={"age_checks": 3, "refusals": 1, "non_alcoholic_share": "0.62"},
        perpetual_total_cents=987654321,
        perpetual_total_absolute_cents=987700000,
        seal=Seal(
            "A1B2-C3D4",
            "9f3c2a7e1b0d4c55",
            dt.datetime(2026, 11, 26, 22, 14, tzinfo=PARIS),
            "Claire",
        ),
        cash=(
            CashFigure("Lucas", 15000, "closed", "Claire", 38000, 37750, -250, "rendu", 0, 4550),
        ),
    )
    return Figures(**{**base.__dict__, **changes})


def test_french_dates_and_shares() -> None:
    assert long_date_fr(dt.date(2026, 11, 1)) == "dimanche 1er novembre 2026"
    assert long_date_fr(DAY) == "jeudi 26 novembre 2026"
    assert month_fr(2026, 2) == "février 2026"
    assert share_fr("0.62") == "62 %"
    assert count_fr(1, "ticket") == "1 ticket" and count_fr(2, "opération") == "2 opérations"


def test_csv_amounts_use_a_decimal_comma_without_thousands_separator() -> None:
    assert euros(123450) == "1234,50"
    assert euros(-320) == "-3,20"
    assert euros(None) == ""
    assert rate_percent(550) == "5,50" and rate_percent(2000) == "20,00"


@pytest.mark.parametrize("width", [32, 42, 48])
def test_printed_z_fits_the_paper_and_says_the_essentials(width: int) -> None:
    text = render_text(receipt_lines(sample(), width=width), width)
    assert all(len(line) <= width for line in text.splitlines())
    for needle in ("1 234,50 €", "Carte bancaire", "A1B2-C3D4", "Manque de 2,50 €", "62 %"):
        assert needle in text, needle


def test_sections_add_up_and_name_every_payment_in_french() -> None:
    sections = {s.title: s for s in report_sections(sample())}
    assert sections["Modes de paiement"].rows == (
        ("Espèces", "234,50 €"),
        ("Carte bancaire", "1 000,00 €"),
    )
    assert sections["TVA par taux"].total == ("Total", "1 076,82 €", "157,68 €", "1 234,50 €")
    assert ("Grand total perpétuel", "9 876 543,21 €") in sections[
        "Grands totaux et signature"
    ].rows


def test_a_zero_day_says_so() -> None:
    zero = sample(tickets=0, refund_tickets=0, total_cents=0, sales_cents=0, refunds_cents=0)
    assert zero_line(zero) == "Aucune vente ce jour : Z à zéro, valide."
    assert zero_line(sample()) is None
    # A reading taken mid-morning is not a Z: it says there is nothing yet.
    x_reading = replace(zero, kind="x")
    assert zero_line(x_reading) == "Aucune vente pour l'instant ce jour."


def test_charts_draw_even_when_empty_or_negative(tmp_path: Path) -> None:
    fonts = report_fonts()
    drawings = [
        charts.sales_per_day([("1", 12000), ("2", -500), ("3", 0)], fonts),
        charts.sales_per_day([], fonts),
        charts.week_heat_map({(0, 8): 1500, (6, 23): 300}, fonts),
        charts.week_heat_map({}, fonts),
        charts.top_products([("Café", 12000), ("Baguette", 800)], fonts),
        charts.split_pie([("TVA 20 %", 6000), ("TVA 10 %", 0)], fonts),
    ]
    for drawing in drawings:
        assert renderPDF.drawToString(drawing).startswith(b"%PDF")
    assert charts.euros_axis(123456) == "1 234 €"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_the_euro_sign_renders_with_the_fallback_font_too(tmp_path: Path) -> None:
    fallback = report_fonts((tmp_path,))  # no DejaVu there: Helvetica
    assert fallback.regular == "Helvetica" and not fallback.embedded
    for fonts, name in ((fallback, "helvetica.pdf"), (report_fonts(), "dejavu.pdf")):
        path = tmp_path / name
        page = canvas.Canvas(str(path))
        page.setFont(fonts.regular, 12)
        page.drawString(50, 700, "Total : 1 234,50 € — Crème brûlée")
        page.save()
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "1 234,50 € — Crème brûlée" in text
