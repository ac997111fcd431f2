"""The network catalogue's service on a real migrated café file, without HQ: a product the
manager archived is never proposed again (nor created twice), a new product with a
barcode becomes a café product with it, staff cannot apply, and "Aujourd'hui" says what
waits for the manager."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cafe_pos.app import open_context
from cafe_pos.domain import network_catalogue as nc
from cafe_pos.domain.catalogue import CatalogueError, ProductInput
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import catalogue, network_catalogue, today

MANAGER = Actor(None, "Camille", Role.MANAGER)
STAFF = Actor(None, "Léo", Role.STAFF)
KIR_EAN = "3760012300105"


def test_archived_products_stay_archived_and_staff_cannot_apply(tmp_path: Path) -> None:
    ctx = open_context(
        tmp_path / "cafe.db", clock=FixedClock(dt.datetime(2026, 11, 26, 9, tzinfo=PARIS))
    )
    old = catalogue.create_product(
        ctx, MANAGER,
        ProductInput(name="Diabolo", short_label="Diabolo", category_id=None, price_cents=250,
                     vat_onsite_bp=1000, vat_takeaway_bp=550),
    )  # fmt: skip
    catalogue.archive_product(ctx, MANAGER, old.id)
    network_catalogue.store_received(
        ctx,
        2,
        [
            nc.NetworkProduct("RES-1", "Diabolo", 1000, 550, 280),
            nc.NetworkProduct(
                "RES-2",
                "Kir vin blanc",
                2000,
                2000,
                350,
                ean=KIR_EAN,
                category="Apéritifs",
                abv_tenths=110,
            ),
        ],
        None,
    )
    review = network_catalogue.review(ctx)
    assert [p.reference for p in review.proposals] == ["RES-2"]  # not the archived Diabolo
    (line,) = [line for line in today.today_lines(ctx) if line.key == "network_catalogue"]
    assert line.text.startswith("Catalogue du réseau : 1 changement à examiner")
    assert line.section == "settings"
    with pytest.raises(PermissionDenied):
        network_catalogue.apply_all(ctx, STAFF)
    done = network_catalogue.apply_all(ctx, MANAGER)
    assert (done.created, done.updated) == (1, 0)
    kir = catalogue.find_by_barcode(ctx, KIR_EAN)
    assert kir is not None and kir.is_alcohol and kir.abv_tenths == 110
    assert kir.category_name == "Apéritifs" and kir.price_cents == 350
    assert network_catalogue.review(ctx).proposals == ()
    assert "network_catalogue" not in {line.key for line in today.today_lines(ctx)}
    assert not catalogue.get_product(ctx, old.id).active


def test_a_product_hq_withdraws_waits_for_the_managers_decision(tmp_path: Path) -> None:
    ctx = open_context(
        tmp_path / "cafe.db", clock=FixedClock(dt.datetime(2026, 11, 26, 9, tzinfo=PARIS))
    )
    kir = nc.NetworkProduct("RES-2", "Kir vin blanc", 2000, 2000, 350, ean=KIR_EAN)
    network_catalogue.store_received(ctx, 1, [kir], None)
    network_catalogue.apply_all(ctx, MANAGER)
    assert network_catalogue.review(ctx).withdrawn == ()
    network_catalogue.store_received(ctx, 2, [], None)  # HQ's next version drops it
    (withdrawn,) = network_catalogue.review(ctx).withdrawn
    assert (withdrawn.reference, withdrawn.name, withdrawn.price_cents) == (
        "RES-2",
        "Kir vin blanc",
        350,
    )
    (line,) = [line for line in today.today_lines(ctx) if line.key == "network_catalogue"]
    assert line.text.startswith("Catalogue du réseau : 1 changement à examiner")
    with pytest.raises(PermissionDenied):
        network_catalogue.settle_withdrawn(ctx, STAFF, ["RES-2"], archive=True)
    with pytest.raises(CatalogueError, match="RES-9 n'est pas un produit retiré"):
        network_catalogue.settle_withdrawn(ctx, MANAGER, ["RES-2", "RES-9"], archive=True)
    assert catalogue.get_product(ctx, withdrawn.product_id).active  # nothing changed
    assert network_catalogue.settle_withdrawn(ctx, MANAGER, ["RES-2"], archive=True) == 1
    assert not catalogue.get_product(ctx, withdrawn.product_id).active
    assert network_catalogue.review(ctx).withdrawn == ()
    assert "network_catalogue" not in {line.key for line in today.today_lines(ctx)}
