"""``cafe-pos stock ...`` through the real console script: a delivery imported from CSV, the
list and the value, recompute, and bad input refused in one French line, nothing changed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cafe_pos.app import open_context
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import stock
from cafe_pos.store.models import Barcode, Category, Product

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
MANAGER = Actor(None, "Camille", Role.MANAGER)
EAN = "3017620422003"


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [str(CAFE_POS), "--db", str(db), *args], capture_output=True, text=True, timeout=60, env=env
    )


def refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert message in lines[0], lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cafe.db"
    assert (
        run(
            path, "init", "--name", "Café", "--siret", "88421573200022", "--address", "1 rue"
        ).returncode
        == 0
    )
    ctx = open_context(path)
    with ctx.uow() as uow:
        s = uow.session
        cat = Category(name="Épicerie")
        s.add(cat)
        s.flush()
        p = Product(
            name="Nutella 400 g",
            short_label="Nutella",
            category_id=cat.id,
            price_cents=429,
            vat_onsite_bp=550,
            vat_takeaway_bp=550,
        )
        s.add(p)
        s.flush()
        s.add(Barcode(product_id=p.id, code=EAN))
        uow.commit()
    stock.save_supplier(ctx, MANAGER, stock.SupplierData("Épicerie Centrale"))
    ctx.uow.engine.dispose()
    return path


HEADER = "fournisseur;bon;total_bon_ht;code;quantite;colisage;prix_ht;remise_pct;date\n"


def test_import_list_value_recompute(db: Path, tmp_path: Path) -> None:
    note = tmp_path / "bl.csv"
    note.write_text(
        HEADER + f"Épicerie Centrale;BL-1;21,60;{EAN};2;6;12,00;10;\n", encoding="utf-8"
    )
    done = run(db, "stock", "import-delivery", str(note))
    assert done.returncode == 0, done.stderr
    assert "21,60 € HT" in done.stdout and "12 unités" in done.stdout
    listed = json.loads(run(db, "stock", "list", "--json").stdout)
    assert listed["value_cents"] == 2160
    assert [(p["name"], p["qty_milli"], p["average_cost_cents"]) for p in listed["products"]] == [
        ("Nutella 400 g", 12000, 180)
    ]
    assert "21,60 €" in run(db, "stock", "value").stdout
    again = run(db, "stock", "recompute")
    assert again.returncode == 0 and "conforme" in again.stdout


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (f"Épicerie Centrale;BL-1;;{EAN};-2;1;2,00;;", "positive"),
        (f"Épicerie Centrale;BL-1;;{EAN};2;1;-2,00;;", "négatif"),
        (f"Épicerie Centrale;BL-1;99,00;{EAN};2;1;2,00;;", "ne correspond pas"),
        (f"Inconnu;BL-1;;{EAN};2;1;2,00;;", "Fournisseur inconnu"),
        ("Épicerie Centrale;BL-1;;0000000000000;2;1;2,00;;", "code inconnu"),
        (f"Épicerie Centrale;BL-1;;{EAN};deux;1;2,00;;", "quantité invalide"),
    ],
)
def test_bad_delivery_csv_refused_nothing_written(
    db: Path, tmp_path: Path, line: str, message: str
) -> None:
    note = tmp_path / "bl.csv"
    note.write_text(HEADER + line + "\n", encoding="utf-8")
    refused(run(db, "stock", "import-delivery", str(note)), message)
    assert json.loads(run(db, "stock", "list", "--json").stdout)["value_cents"] == 0


def test_no_line_missing_file_and_bad_date(db: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text(HEADER, encoding="utf-8")
    refused(run(db, "stock", "import-delivery", str(empty)), "sans ligne")
    refused(run(db, "stock", "import-delivery", str(tmp_path / "nope.csv")), "introuvable")
    refused(run(db, "stock", "value", "--date", "hier"), "Date invalide")
