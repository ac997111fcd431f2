"""The network catalogue end to end through a real HQ web service (uvicorn on 127.0.0.1,
SQLite and PostgreSQL): HQ publishes versions from CSV, the café pulls during its sync,
sees what is new or changed, applies it (never replacing a price the manager set without
a choice), and a reception above a supplier's cap is flagged and reaches HQ."""

from __future__ import annotations

import datetime as dt
import re
from contextlib import closing
from pathlib import Path

import httpx
import pytest
from fiscal_factory import at_paris
from hq_factory import MANAGER, SIRETS, ThreadedHq, new_cafe, sell_and_close
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.catalogue import CatalogueError, ProductInput
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.network_catalogue import NetworkCatalogueError
from cafe_pos.hq import admin, auth, catalogue
from cafe_pos.hq.ingest import utcnow
from cafe_pos.hq.models import CapExcess, CatalogueFetch, Message
from cafe_pos.services import catalogue as cafe_catalogue
from cafe_pos.services import hq_sync, network_catalogue, stock
from cafe_pos.services.stock_deliveries import DeliveryInput, DeliveryLineInput, receive

FIRST = dt.date(2026, 11, 2)
COCA_EAN = "5449000000996"
HEADER = (
    "reference;ean;nom;categorie;tva_sur_place;tva_a_emporter;prix_conseille;degre;boisson;"
    "fournisseur;siret_fournisseur;prix_achat_plafond\n"
)


def csv_file(tmp_path: Path, coca_price: str = "2,80", cap: str = "0,55") -> Path:
    path = tmp_path / f"reseau-{coca_price}-{cap}.csv"
    path.write_text(
        HEADER + f"RES-001;{COCA_EAN};Coca-Cola 33 cl;Boissons fraîches;10;5,5;{coca_price};;oui;"
        f"France Boissons;;{cap}\n"
        + f"RES-001;{COCA_EAN};Coca-Cola 33 cl;Boissons fraîches;10;5,5;{coca_price};;oui;"
        "C10 Distribution;;0,58\n"
        + "RES-002;;Pression blonde 25 cl;Bières;20;20;3,20;4,5;oui;;;\n",
        encoding="utf-8",
    )
    return path


def cafe(tmp_path: Path, hq: ThreadedHq) -> tuple[ServiceContext, FixedClock, int, int]:
    """An enrolled café whose manager sells Coca at their own price (2,50 €)."""
    ctx, clock = new_cafe(tmp_path / "cafe.db", FIRST, SIRETS[0])
    coca = cafe_catalogue.create_product(
        ctx,
        MANAGER,
        ProductInput(name="Coca 33cl", short_label="Coca", category_id=None, price_cents=250,
                     vat_onsite_bp=1000, vat_takeaway_bp=550, is_drink=True,
                     barcodes=(COCA_EAN,)),
    )  # fmt: skip
    supplier = stock.save_supplier(ctx, MANAGER, stock.SupplierData(name="France Boissons"))
    with hq.sessions() as session:
        admin.add_cafe(session, SIRETS[0], "Café du Lavoir")
        code = admin.new_code(session, SIRETS[0])
    hq_sync.enrol(ctx, MANAGER, hq.base_url, code)
    return ctx, clock, coca.id, supplier


def test_csv_versions_pull_apply_and_cap_reaches_hq(tmp_path: Path, hq: ThreadedHq) -> None:
    with hq.sessions() as session:
        first = catalogue.import_csv(session, csv_file(tmp_path))
        again = catalogue.import_csv(session, csv_file(tmp_path))
    assert (first.version, first.changed, first.products, first.caps) == (1, True, 2, 2)
    assert (again.version, again.changed) == (1, False)  # same content: no new version

    ctx, clock, coca_id, supplier_id = cafe(tmp_path, hq)
    report = hq_sync.send_pending(ctx)
    assert report.catalogue is not None and report.catalogue.received, report.catalogue
    assert report.catalogue.version == 1
    with hq.sessions() as session:
        assert session.get(CatalogueFetch, 1) is not None  # HQ knows who has which version

    review = network_catalogue.review(ctx)
    assert review.version == 1 and review.network_products == 2
    by_ref = {p.reference: p for p in review.proposals}
    assert by_ref["RES-002"].is_new
    coca = by_ref["RES-001"]
    assert coca.product_id == coca_id and coca.price_changed and coca.needs_choice
    assert coca.cafe_price_cents == 250 and coca.network.suggested_price_cents == 280
    assert coca.category_changed and not coca.vat_changed
    assert {(c.supplier, c.after_cents) for c in coca.cap_changes} == {
        ("C10 Distribution", 58),
        ("France Boissons", 55),
    }

    # the manager's own price is never replaced without a choice
    with pytest.raises(CatalogueError, match="fixé vous-même le prix"):
        network_catalogue.apply(ctx, MANAGER, ["RES-001", "RES-002"])
    assert cafe_catalogue.get_product(ctx, coca_id).price_cents == 250
    assert len(cafe_catalogue.search_products(ctx, "pression")) == 0  # nothing half-applied

    done = network_catalogue.apply(ctx, MANAGER, ["RES-001", "RES-002"], {"RES-001": "mine"})
    assert (done.created, done.updated, done.kept_prices) == (1, 1, 1)
    kept = cafe_catalogue.get_product(ctx, coca_id)
    assert kept.price_cents == 250 and kept.category_name == "Boissons fraîches"
    beer = cafe_catalogue.search_products(ctx, "pression")[0]
    assert (beer.price_cents, beer.vat_onsite_bp, beer.is_alcohol, beer.abv_tenths) == (
        320, 2000, True, 45
    )  # fmt: skip
    assert network_catalogue.review(ctx).proposals == ()

    # a reception above the France Boissons cap: flagged with the cap, received all the same
    result = receive(
        ctx,
        MANAGER,
        DeliveryInput(supplier_id, [DeliveryLineInput(coca_id, 24_000, 62)]),
    )
    assert [(a.name, a.unit_cost_cents, a.cap_cents) for a in result.above_cap] == [
        ("Coca 33cl", 62, 55)
    ]
    sell_and_close(ctx, clock, FIRST, 1)
    sent = hq_sync.send_pending(ctx)
    assert sent.sent == ["2026-11-02"] and sent.pending == 0
    with hq.sessions() as session:
        rows = session.scalars(select(CapExcess)).all()
    assert [(r.reference, r.supplier, r.unit_cost_cents, r.cap_cents, r.excess_cents)
            for r in rows] == [("RES-001", "France Boissons", 62, 55, 168)]  # fmt: skip
    api = httpx.get(f"{hq.base_url}/api/v1/compliance/purchases").json()
    assert api["above_cap"][0]["excess_cents"] == 168
    assert api["by_cafe"] == [
        {"siret": SIRETS[0], "cafe": "Café du Lavoir", "capped_lines": 1,
         "above_cap_lines": 1, "excess_cents": 168, "compliance_rate": "0.00"}
    ]  # fmt: skip

    # HQ raises the suggested price: a new version; the manager's price still asks
    with hq.sessions() as session:
        second = catalogue.import_csv(session, csv_file(tmp_path, coca_price="3,00", cap="0,60"))
    assert second.version == 2 and second.summary["changed"] == 1
    clock.set(at_paris(FIRST + dt.timedelta(days=1), 9))
    assert hq_sync.send_pending(ctx).catalogue == network_catalogue.PullResult(2, True)
    (proposal,) = network_catalogue.review(ctx).proposals
    assert proposal.needs_choice and proposal.cafe_price_cents == 250
    assert [(c.supplier, c.before_cents, c.after_cents) for c in proposal.cap_changes] == [
        ("France Boissons", 55, 60)
    ]
    network_catalogue.apply(ctx, MANAGER, ["RES-001"], {"RES-001": "network"})
    assert cafe_catalogue.get_product(ctx, coca_id).price_cents == 300
    overview = httpx.get(f"{hq.base_url}/api/v1/catalogue").json()
    assert overview["version"] == 2 and overview["cafes"][0]["version"] == 2


def test_an_untouched_price_follows_the_network_without_a_choice(
    tmp_path: Path, hq: ThreadedHq
) -> None:
    with hq.sessions() as session:
        catalogue.import_csv(session, csv_file(tmp_path, coca_price="2,50"))
    ctx, _clock, coca_id, _supplier = cafe(tmp_path, hq)
    hq_sync.send_pending(ctx)
    coca = next(p for p in network_catalogue.review(ctx).proposals if p.reference == "RES-001")
    assert not coca.price_changed  # same price: only the category and caps are new
    network_catalogue.apply_all(ctx, MANAGER)
    with hq.sessions() as session:
        catalogue.import_csv(session, csv_file(tmp_path, coca_price="2,70"))
    hq_sync.send_pending(ctx)
    (coca,) = network_catalogue.review(ctx).proposals
    assert coca.price_changed and not coca.needs_choice  # the café kept the network's price
    network_catalogue.apply_all(ctx, MANAGER)
    assert cafe_catalogue.get_product(ctx, coca_id).price_cents == 270


def test_hq_down_or_refusing_never_blocks_and_is_said(tmp_path: Path, hq: ThreadedHq) -> None:
    with hq.sessions() as session:
        catalogue.import_csv(session, csv_file(tmp_path))
    ctx, clock, _coca, _supplier = cafe(tmp_path, hq)
    assert hq_sync.send_pending(ctx).catalogue == network_catalogue.PullResult(1, True)
    dead = f"http://127.0.0.1:{hq.port + 1 if hq.port < 65000 else hq.port - 1}"
    import sqlite3

    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        conn.execute("UPDATE hq_link SET hq_url = ?", (dead,))
    result = network_catalogue.pull(ctx)
    assert result.version == 1 and not result.received and "injoignable" in result.error
    review = network_catalogue.review(ctx)
    assert review.version == 1 and "injoignable" in review.last_error  # shown on the page
    assert "injoignable" in network_catalogue.status_note(ctx)
    sell_and_close(ctx, clock, FIRST, 1)  # sales and the closing go on
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        conn.execute("UPDATE hq_link SET hq_url = ?", (hq.base_url,))
    # a request signed by another key is refused by HQ; the café keeps its version
    with hq.sessions() as session:
        admin.new_code(session, SIRETS[0])
        from cafe_pos.hq.models import Cafe

        row = session.scalars(select(Cafe)).one()
        row.key_fingerprint = "0" * 16
        session.commit()
    refused = network_catalogue.pull(ctx)
    assert "refus du siège" in refused.error and refused.version == 1


def test_bad_csv_publishes_nothing(tmp_path: Path, hq: ThreadedHq) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "RES-001;123;Coca;;10;;2,80;;;;;\n", encoding="utf-8")
    with hq.sessions() as session:
        with pytest.raises(NetworkCatalogueError, match="Ligne 2 : Code-barres invalide"):
            catalogue.import_csv(session, bad)
        assert catalogue.current(session) is None
        count = session.scalar(select(func.count()).select_from(CatalogueFetch))
    assert count == 0


def _login(hq: ThreadedHq, name: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=hq.base_url, follow_redirects=False)
    found = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
    assert found is not None
    done = client.post("/login", data={"name": name, "password": password, "csrf": found[1]})
    assert done.status_code == 303, done.text
    return client


def test_the_dashboard_page_shows_the_catalogue_and_each_user_s_compliance(
    tmp_path: Path, hq: ThreadedHq
) -> None:
    password = "un mot de passe long"
    with hq.sessions() as session:
        catalogue.import_csv(session, csv_file(tmp_path))
        for siret, name, excess in ((SIRETS[0], "Café Nôtre", 168), (SIRETS[1], "Café Autre", 999)):
            cafe = admin.add_cafe(session, siret, name)
            message = Message(
                cafe_id=cafe.id, kind="daily", business_date=FIRST, version=1, body="{}",
                body_sha256="0" * 64, signature="0" * 128, key_fingerprint="0" * 16,
                received_at=dt.datetime(2026, 11, 3), software_version="test",
                data={"purchase_caps": {"capped_lines": 2, "above_cap_lines": 1,
                                        "excess_cents": excess, "above_cap": []}},
            )  # fmt: skip
            session.add(message)
            session.flush()
            session.add(
                CapExcess(cafe_id=cafe.id, message_id=message.id, business_date=FIRST,
                          reference="RES-001", product=f"Coca de {name}",
                          supplier="France Boissons", unit_cost_cents=62, cap_cents=55,
                          qty_milli=24_000, excess_cents=excess)
            )  # fmt: skip
        session.commit()
        auth.add_user(session, "admin", "admin", password, now=utcnow())
        auth.add_user(session, "terri", "territorial", password, [SIRETS[0]], now=utcnow())
    assert httpx.get(f"{hq.base_url}/catalogue").status_code == 303  # login first
    boss = _login(hq, "admin", password).get("/catalogue")
    assert boss.status_code == 200
    assert "version 1" in boss.text and "Coca-Cola 33 cl" in boss.text
    assert "France Boissons : 0,55 €" in boss.text and "10 % / 5,5 %" in boss.text
    assert "Coca de Café Nôtre" in boss.text and "Coca de Café Autre" in boss.text
    mine = _login(hq, "terri", password).get("/catalogue")
    assert "Coca-Cola 33 cl" in mine.text  # the catalogue is the same for everyone
    assert "Coca de Café Nôtre" in mine.text and "1,68 €" in mine.text
    assert "Café Autre" not in mine.text and "9,99 €" not in mine.text  # not their café
