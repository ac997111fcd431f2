"""The network catalogue's pure rules: the CSV HQ staff write (every bad line named, in
French), its round trip, and what a café is shown against its own catalogue — above all,
that a price the manager set is recognised as theirs."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from cafe_pos.domain import network_catalogue as nc

HEADER = "reference;ean;nom;categorie;tva_sur_place;tva_a_emporter;prix_conseille;fournisseur;prix_achat_plafond"


def parse(text: str) -> list[nc.NetworkProduct]:
    return nc.parse_csv(csv.reader(io.StringIO(text), delimiter=";"))


def test_one_line_per_supplier_gives_one_product_with_its_caps() -> None:
    products = parse(
        HEADER + "\nRES-1;5449000000996;Coca;Softs;10;5,5;2,80;France Boissons;0,55"
        "\nRES-1;5449000000996;Coca;Softs;10;5,5;2,80;C10;0,58\nRES-2;;Demi;Bières;20;;3,20;;\n"
    )
    coca, demi = products
    assert coca.caps == (nc.Cap("C10", 58), nc.Cap("France Boissons", 55))
    assert (demi.vat_onsite_bp, demi.vat_takeaway_bp, demi.caps) == (2000, 2000, ())
    rows = nc.csv_rows(products)
    assert nc.parse_csv(rows) == products  # the export reads back the same
    assert nc.from_wire(nc.to_wire(products)) == products
    assert nc.content_sha256(products) == nc.content_sha256(parse_rows(rows))


def parse_rows(rows: list[list[str]]) -> list[nc.NetworkProduct]:
    return nc.parse_csv(rows)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("RES-1;123;Coca;;10;;2,80;;", "Ligne 2 : Code-barres invalide"),
        ("RES-1;;Coca;;7;;2,80;;", "Ligne 2 : TVA sur place : Taux de TVA inconnu"),
        ("RES-1;;Coca;;10;;gratuit;;", "Ligne 2 : Prix conseillé : Montant invalide"),
        ("RES-1;;Coca;;10;;2,80;France Boissons;", "vont ensemble"),
        (";;Coca;;10;;2,80;;", "Ligne 2 : référence manquante"),
    ],
)
def test_bad_lines_are_named(line: str, message: str) -> None:
    with pytest.raises(nc.NetworkCatalogueError, match=message):
        parse(HEADER + "\n" + line + "\n")


def test_a_reference_described_twice_differently_is_refused() -> None:
    with pytest.raises(nc.NetworkCatalogueError, match="Ligne 3 : la référence RES-1 est décrite"):
        parse(HEADER + "\nRES-1;;Coca;;10;;2,80;A;0,5\nRES-1;;Coca;;10;;2,90;B;0,5\n")
    with pytest.raises(nc.NetworkCatalogueError, match="colonnes manquantes"):
        parse("nom;prix\nCoca;2,80\n")


NETWORK = nc.NetworkProduct("RES-1", "Coca", 1000, 550, 300, ean="5449000000996",
                            category="Softs", caps=(nc.Cap("France Boissons", 55),))  # fmt: skip
CAFE = nc.CafeProduct(7, "Coca 33", ("5449000000996",), "Softs", 250, 1000, 550)


def test_a_price_never_applied_is_the_managers_own() -> None:
    proposal = nc.proposal_for(NETWORK, CAFE, None)
    assert proposal is not None and proposal.price_changed and proposal.needs_choice


def test_a_price_taken_from_the_network_follows_it_without_a_choice() -> None:
    taken = nc.Applied(7, 250, 1000, 550, "Softs", nc.caps_key(NETWORK.caps))
    proposal = nc.proposal_for(NETWORK, CAFE, taken)
    assert proposal is not None and proposal.price_changed and not proposal.needs_choice
    assert proposal.cap_changes == ()


def test_a_price_the_manager_changed_after_applying_stays_until_the_network_moves() -> None:
    applied_300 = nc.Applied(7, 300, 1000, 550, "Softs", nc.caps_key(NETWORK.caps))
    assert nc.proposal_for(NETWORK, CAFE, applied_300) is None  # the manager's 2,50 € stays
    moved = dataclasses.replace(NETWORK, suggested_price_cents=320)
    proposal = nc.proposal_for(moved, CAFE, applied_300)
    assert proposal is not None and proposal.needs_choice


def test_cap_changes_and_matching() -> None:
    applied = nc.Applied(7, 300, 1000, 550, "Softs", "france boissons=50;metro=40")
    cafe = nc.CafeProduct(7, "Coca 33", (), "Softs", 300, 1000, 550)
    proposal = nc.proposal_for(NETWORK, cafe, applied)
    assert proposal is not None
    assert proposal.cap_changes == (
        nc.CapChange("France Boissons", 50, 55),
        nc.CapChange("metro", 40, None),
    )
    by_code = {"5449000000996": CAFE}
    assert nc.match(NETWORK, {}, {}, by_code, {}) is CAFE
    assert nc.match(NETWORK, {}, {}, {}, {"coca 33": CAFE}) is None  # "Coca" ≠ "Coca 33"
    assert nc.match(NETWORK, {}, {}, {}, {"coca": CAFE}) is CAFE  # same name
    assert nc.above_cap(56, 55) and not nc.above_cap(55, 55)
