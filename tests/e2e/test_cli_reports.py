"""``cafe-pos report`` and ``cafe-pos export accounting`` through the console script, as
scripts and HQ use them: JSON keys, a PDF whose text shows the same total, a CSV that
adds up to it, and bad input answered with one French line and exit code 2."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from reports_factory import CATALOGUE, LineSpec, random_day, sell, set_identity

from cafe_pos.app import open_context
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.clock import PARIS, SystemClock
from cafe_pos.domain.money import format_eur

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
TODAY = business_date(SystemClock().now())
DAY1, DAY2 = TODAY - dt.timedelta(days=3), TODAY - dt.timedelta(days=2)


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CAFE_POS), "--db", str(db), *args], capture_output=True, text=True, timeout=60
    )


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two past days of sales (the second over 1 000 €), nothing closed yet."""
    db = tmp_path_factory.mktemp("cli") / "cafe.db"
    ctx = open_context(db)
    set_identity(ctx)
    random_day(ctx, DAY1, 30, refunds=1)
    for hour in range(8, 22):
        sell(
            ctx,
            dt.datetime.combine(DAY2, dt.time(hour), tzinfo=PARIS),
            [LineSpec(CATALOGUE[4], 12_000)],
        )
    getattr(ctx.uow, "engine").dispose()  # noqa: B009
    return db


def test_report_z_json_has_the_documented_keys(cafe: Path) -> None:
    done = run(cafe, "report", "z", "--date", DAY1.isoformat(), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    for key in (
        "period", "tickets", "total_cents", "by_vat_rate", "by_payment_method", "refunds_cents",
        "third_party_cents", "perpetual_total_cents", "perpetual_total_absolute_cents",
        "responsible_sale",
    ):  # fmt: skip
        assert key in data, key
    assert data["period"] == DAY1.isoformat() and data["closed"] is True
    assert set(data["by_vat_rate"][0]) == {"rate", "base_cents", "vat_cents", "total_cents"}
    assert {"age_checks", "refusals", "non_alcoholic_share"} <= set(data["responsible_sale"])
    assert isinstance(data["total_cents"], int)
    assert sum(data["by_payment_method"].values()) == data["total_cents"]
    # asking again reads the same closure: same figures, same signature
    again = json.loads(run(cafe, "report", "z", "--date", DAY1.isoformat(), "--json").stdout)
    assert again["signature"] == data["signature"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_z_pdf_json_and_csv_tell_the_same_total(cafe: Path, tmp_path: Path) -> None:
    run(cafe, "report", "z", "--date", DAY1.isoformat(), "--json")  # days close in order
    pdf = tmp_path / "z.pdf"
    done = run(cafe, "report", "z", "--date", DAY2.isoformat(), "--json", "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["total_cents"] == 109200
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert format_eur(data["total_cents"]) == "1 092,00 €"
    assert "1 092,00 €" in text
    assert data["signature"] in text

    out = tmp_path / "compta.csv"
    done = run(
        cafe,
        "export",
        "accounting",
        "--from",
        DAY1.isoformat(),
        "--to",
        DAY2.isoformat(),
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    day2 = DAY2.strftime("%d/%m/%Y")
    paid = sum(
        int(r["montant_ttc"].replace(",", ""))
        for r in rows
        if r["date"] == day2 and r["nature"] == "REGLEMENT"
    )
    assert paid == data["total_cents"]

    month = json.loads(run(cafe, "report", "month", "--month", f"{DAY2:%Y-%m}", "--json").stdout)
    in_month = [d for d in month["days"] if d["date"] in (DAY1.isoformat(), DAY2.isoformat())]
    assert all(d["total_cents"] for d in in_month)
    assert month["perpetual_total_cents"] >= data["perpetual_total_cents"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("report", "z", "--date", "2999-01-01"), "futur"),
        (("report", "z", "--date", "2020-01-01"), "premier jour"),
        (("report", "z", "--date", "26-11-2026"), "Date invalide"),
        (("report", "z", "--month", "2026-11"), "--month ne s'applique pas"),
        (("report", "month", "--month", "2026-13"), "Mois invalide"),
        (
            (
                "export",
                "accounting",
                "--from",
                "2026-11-30",
                "--to",
                "2026-11-01",
                "--out",
                "x.csv",
            ),
            "inversée",
        ),
    ],
)
def test_bad_input_is_one_french_line_and_exit_2(
    cafe: Path, args: tuple[str, ...], message: str
) -> None:
    done = run(cafe, *args)
    assert done.returncode == 2
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_x_closes_nothing(cafe: Path) -> None:
    done = run(cafe, "report", "x", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["kind"] == "x" and data["closed"] is False and data["period"] == TODAY.isoformat()
    text = run(cafe, "report", "x")
    assert "Lecture (X)" in text.stdout
