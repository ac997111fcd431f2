"""The network catalogue end to end with real processes on 127.0.0.1: HQ staff publish it
with ``cafe-pos hq catalogue import``, a real ``cafe-pos hq serve`` (SQLite and
PostgreSQL) serves it, a simulated café pulls it with ``cafe-pos sync``, the manager
applies it, the café's receptions above the drinks supplier's cap are reported in its
daily messages and HQ's read API shows them; with HQ down the café sells and syncs on.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import httpx
import pytest
from e2e.test_hq_e2e import START, HqProcess, new_cafe, run
from hq_factory import MANAGER, SIRETS, pg_database

from cafe_pos.app import open_context
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services import catalogue, network_catalogue

pytestmark = pytest.mark.slow

CSV = (
    "reference;ean;nom;categorie;tva_sur_place;tva_a_emporter;prix_conseille;degre;boisson;"
    "fournisseur;siret_fournisseur;prix_achat_plafond\n"
    "RES-001;5449000000996;Coca-Cola 33 cl;Softs;10;5,5;3,00;;oui;Boissons d'Auvergne;;0,10\n"
    "RES-002;;Limonade du réseau 33 cl;Softs;10;5,5;2,60;;oui;;;\n"
)


@pytest.fixture(params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqProcess]:
    if request.param == "sqlite":
        server = HqProcess(f"sqlite:///{tmp_path / 'hq.db'}")
        yield server
        server.stop()
    else:
        with pg_database() as url:
            server = HqProcess(url)
            yield server
            server.stop()


def test_publish_pull_apply_and_purchases_above_cap(tmp_path: Path, hq: HqProcess) -> None:
    source = tmp_path / "reseau.csv"
    source.write_text(CSV, encoding="utf-8")
    published = run("hq", "catalogue", "import", "--db", hq.db_url, str(source))
    assert published.returncode == 0, published.stderr
    assert "version 1" in published.stdout
    exported = tmp_path / "export.csv"
    done = run("hq", "catalogue", "export", "--db", hq.db_url, str(exported))
    assert done.returncode == 0 and "2 produit(s)" in done.stdout, done.stderr
    again = run("hq", "catalogue", "import", "--db", hq.db_url, str(exported))
    assert again.returncode == 0 and "inchangé : version 1" in again.stdout  # round trip
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV.replace("3,00", "trois euros"), encoding="utf-8")
    refused = run("hq", "catalogue", "import", "--db", hq.db_url, str(bad))
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "Ligne 2 : Prix conseillé" in refused.stderr

    hq.start()
    db = new_cafe(tmp_path, hq, SIRETS[0], hq.url)
    first = run("--db", str(db), "simulate", "--days", "1", "--seed", "3", "--start", START)
    assert first.returncode == 0, first.stderr
    synced = run("--db", str(db), "sync")
    assert synced.returncode == 0, synced.stderr
    assert "Catalogue du réseau : version 1" in synced.stdout  # (pulled at enrolment)

    ctx = open_context(db, clock=FixedClock(dt.datetime(2026, 9, 2, 23, 30, tzinfo=PARIS)))
    try:
        review = network_catalogue.review(ctx)
        assert review.version == 1
        by_ref = {p.reference: p for p in review.proposals}
        assert by_ref["RES-002"].is_new and by_ref["RES-001"].price_changed
        network_catalogue.apply(ctx, MANAGER, ["RES-001", "RES-002"], {"RES-001": "mine"})
        assert catalogue.search_products(ctx, "Limonade du réseau")[0].price_cents == 260
    finally:
        ctx.uow.engine.dispose()

    # Friday's drinks delivery is above the cap: reported with the days
    more = run("--db", str(db), "simulate", "--days", "3", "--seed", "3")
    assert more.returncode == 0, more.stderr
    with closing(sqlite3.connect(db)) as conn, conn:
        above = conn.execute("SELECT count(*) FROM cap_checks WHERE above").fetchone()[0]
    assert above >= 1
    sent = run("--db", str(db), "sync")
    assert sent.returncode == 0, sent.stderr
    assert "Catalogue du réseau : version 1, à jour" in sent.stdout
    compliance = httpx.get(f"{hq.url}/api/v1/compliance/purchases", timeout=10).json()
    rows = compliance["above_cap"]
    assert len(rows) == above
    assert {(r["reference"], r["supplier"], r["cap_cents"]) for r in rows} == {
        ("RES-001", "Boissons d'Auvergne", 10)
    }
    assert all(r["unit_cost_cents"] > 10 and r["excess_cents"] > 0 for r in rows)
    (cafe,) = compliance["by_cafe"]
    assert cafe["siret"] == SIRETS[0] and cafe["above_cap_lines"] == above

    # HQ down: the café sells and closes; the pull says so and changes nothing
    hq.stop()
    down = run("--db", str(db), "simulate", "--days", "1", "--seed", "3")
    assert down.returncode == 0, down.stderr
    offline = run("--db", str(db), "sync")
    assert offline.returncode == 1 and "1 message(s) en attente" in offline.stderr
    ctx = open_context(db, clock=FixedClock(dt.datetime(2026, 9, 6, 23, 30, tzinfo=PARIS)))
    try:
        assert network_catalogue.review(ctx).version == 1
    finally:
        ctx.uow.engine.dispose()
