"""The demo café: what a prospect, a trainer or a screenshot sees must be right and legal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.demo import DEMO_USERS, create_demo_database
from cafe_pos.domain.barcodes import validate_barcode
from cafe_pos.domain.catalogue import validate_product
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.identity import validate_siret, validate_vat_number
from cafe_pos.domain.users import Role
from cafe_pos.services import catalogue, identity, users
from cafe_pos.services.simulate import demo_catalogue_path
from cafe_pos.store.models.sales import CustomerAccount, Ticket

NOW = dt.datetime(2026, 11, 26, 9, 0)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> ServiceContext:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    return create_demo_database(path, clock=FixedClock(NOW))


@pytest.fixture(scope="module")
def products(demo: ServiceContext) -> list[catalogue.ProductView]:
    return catalogue.search_products(demo, include_archived=True, limit=10_000)


def test_identity_is_a_plausible_village_cafe(demo: ServiceContext) -> None:
    cafe = identity.get_identity(demo)
    assert cafe is not None and cafe.naf_code == "5630Z"
    assert validate_siret(cafe.siret) == cafe.siret
    assert validate_vat_number(cafe.vat_number, siret=cafe.siret) == cafe.vat_number


def test_demo_users_log_in_with_the_pins_shown(demo: ServiceContext) -> None:
    listed = {u.name: u for u in users.list_users(demo)}
    assert [(u.name, u.role) for u in DEMO_USERS] == [
        ("Camille", Role.MANAGER),
        ("Léo", Role.STAFF),
    ]
    for demo_user in DEMO_USERS:
        actor = users.login(demo, listed[demo_user.name].id, demo_user.pin)
        assert actor.role is demo_user.role


def test_categories_in_sale_key_order_with_colours(demo: ServiceContext) -> None:
    names = [c.name for c in catalogue.list_categories(demo)]
    assert names[:5] == ["Cafés & thés", "Softs", "Bières", "Vins", "Apéritifs"]
    for expected in ("Snacks", "Épicerie", "Boulangerie", "Presse", "Services"):
        assert expected in names
    assert all(
        c.colour.startswith("#") and c.product_count > 0 for c in catalogue.list_categories(demo)
    )


def test_catalogue_is_large_valid_and_legal(products: list[catalogue.ProductView]) -> None:
    assert len(products) >= 120
    for product in products:
        assert validate_product(product.to_input()) == product.to_input(), product.name
        for code in product.barcodes:
            assert validate_barcode(code) == code
    soft_drinks = [p for p in products if p.is_drink and not p.is_alcohol and p.active]
    assert len(soft_drinks) >= 10  # Code de la santé publique L3323-1
    water = next(p for p in products if p.name == "Carafe d'eau")
    assert water.price_cents == 0 and water.quick_key
    alcohol = [p for p in products if p.is_alcohol]
    assert len(alcohol) >= 20
    assert all(p.vat_onsite_bp == p.vat_takeaway_bp == 2000 and p.abv_tenths for p in alcohol)
    press = [p for p in products if p.category_name == "Presse"]
    assert len(press) >= 5 and all(p.third_party and p.vat_onsite_bp == 210 for p in press)
    assert len([p for p in products if p.unit == "kg"]) >= 5
    assert len([p for p in products if p.meal_voucher_ok]) >= 30
    assert any(p.vat_onsite_bp == 1000 and p.vat_takeaway_bp == 550 for p in products)
    assert len({code for p in products for code in p.barcodes}) >= 60
    assert any("5449000000996" in p.barcodes for p in products)


def test_deposits_are_linked(products: list[catalogue.ProductView]) -> None:
    by_id = {p.id: p for p in products}
    linked = {p.name: by_id[p.deposit_product_id].name for p in products if p.deposit_product_id}
    assert linked["Recharge butane 13 kg"] == "Consigne bouteille de gaz"
    assert linked["Limonade artisanale 75 cl"] == "Consigne bouteille verre"


def test_three_customer_accounts_with_limits(demo: ServiceContext) -> None:
    with demo.uow() as uow:
        accounts = list(uow.session.scalars(select(CustomerAccount)))
        assert len(accounts) == 3 and all(a.limit_cents > 0 and a.active for a in accounts)


def test_building_again_on_the_same_file_adds_nothing(demo: ServiceContext) -> None:
    before = len(catalogue.search_products(demo, include_archived=True, limit=10_000))
    again = create_demo_database(demo.db_path, clock=FixedClock(NOW))
    assert len(catalogue.search_products(again, include_archived=True, limit=10_000)) == before
    assert len(users.list_users(again)) == 2


def test_the_csv_asset_is_the_catalogue(products: list[catalogue.ProductView]) -> None:
    lines = demo_catalogue_path().read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("nom;libelle_touche;categorie;prix_ttc")
    assert len(lines) - 1 == len(products)


def test_history_days_fills_past_days(tmp_path: Path) -> None:
    pytest.importorskip("cafe_pos.services.simulate")
    ctx = create_demo_database(tmp_path / "history.db", clock=FixedClock(NOW), history_days=2)
    with ctx.uow() as uow:
        days = set(uow.session.scalars(select(Ticket.business_date).distinct()))
        count = uow.session.scalar(select(func.count()).select_from(Ticket))
    assert count and count > 20
    assert days == {dt.date(2026, 11, 24), dt.date(2026, 11, 25)}  # up to yesterday
    from cafe_pos.services import closing

    assert closing.days_to_close(ctx) == []  # history closed: today's sales can start
    with ctx.uow() as uow:
        closing.ensure_can_sell(ctx, uow.session, NOW.date())


def test_typing_a_name_puts_that_product_first(demo: ServiceContext) -> None:
    """At the counter, "expresso" + Enter must ring up an Expresso, not a Double expresso."""
    from cafe_pos.services.selling import search_items

    found = search_items(demo, "expresso")
    assert found[0].label == "Expresso"
    assert "Double expresso" in [item.label for item in found]
    assert search_items(demo, "demi")[0].key_label == "Demi"  # the key label counts too
