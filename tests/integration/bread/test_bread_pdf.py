"""The baker's statement and the order as real PDFs (read back with pdftotext)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from bread_helpers import MANAGER, STAFF, next_day, sell, sor_baker
from sales_helpers import SeededContext

from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.money import format_eur
from cafe_pos.services import bread
from cafe_pos.services.figures import month_figures


def _text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout.replace("\u202f", " ").replace("\xa0", " ")


def test_monthly_statement_pdf_carries_the_z_third_party_figure(
    ctx: SeededContext, clock: FixedClock, tmp_path: Path
) -> None:
    ids = ctx.product_ids
    baker_id = sor_baker(ctx, ids)
    day = clock.now().date()
    for n in range(4):
        bread.record_reception(ctx, STAFF, baker_id, day, {ids["baguette"]: 30, ids["campagne"]: 5})
        sell(ctx, ids["baguette"], 20 + n)
        sell(ctx, ids["campagne"], 3)
        sell(ctx, ids["paper"], 1)  # press: third-party too, but not the baker's
        bread.confirm_reconciliation(ctx, MANAGER, baker_id, day)
        day = next_day(ctx, clock)
    path = bread.save_statement_pdf(
        ctx, baker_id, dt.date(2026, 3, 1), dt.date(2026, 3, 31), tmp_path / "releve.pdf"
    )
    text = _text(path)
    view = bread.statement(ctx, baker_id, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    month = month_figures(ctx, 2026, 3)
    bread_in_z = dict((a.label, a.cents) for a in month.third_party_by_category)["Pain"]
    assert bread_in_z == view.totals.sold_cents
    assert "Relevé dépôt de pain — Boulangerie Martin" in text
    assert "Dépôt-vente, commission 15,00 %" in text
    assert "Encaissé pour le boulanger (tiers, TTC)" in text
    assert format_eur(bread_in_z).replace("\u202f", " ").replace("\xa0", " ") in text
    owed = format_eur(view.totals.owed_to_baker_cents).replace("\u202f", " ").replace("\xa0", " ")
    assert "Dû au boulanger" in text and owed in text
    assert "boulangerie" not in text.lower().replace("boulangerie martin", "")


def test_order_pdf_lists_the_quantities(ctx: SeededContext, tmp_path: Path) -> None:
    ids = ctx.product_ids
    baker_id = sor_baker(ctx, ids)
    day = dt.date(2026, 3, 3)
    bread.save_order(ctx, STAFF, baker_id, day, {ids["baguette"]: 42, ids["tradition"]: 7})
    text = _text(bread.save_order_pdf(ctx, baker_id, day, tmp_path / "commande.pdf"))
    assert "Commande dépôt de pain — Boulangerie Martin" in text
    assert "mardi 3 mars 2026" in text
    lines = {
        " ".join(line.split()[:-3]): line.split()[-1]
        for line in text.splitlines()
        if line.strip().startswith(("Baguette", "Pain"))
    }
    assert lines["Baguette"] == "42" and lines["Baguette tradition"] == "7"
