"""The set-up use case behind ``cafe-pos init`` and the first-start assistant, on real
SQLite files through the real migrations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, TypedDict, Unpack

import pytest

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import UserError
from cafe_pos.services import alcohol_config, cafe_setup, catalogue, identity, users
from cafe_pos.services.cafe_setup import CatalogueChoice, SetupRequest

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)
IDENTITY = identity.IdentityInput(
    name="Le Bistrot du Lavoir",
    address="2 rue du Lavoir\n21320 Pouilly-en-Auxois",
    siret="88421573200022",
    vat_number="FR42884215732",
)


class RequestChanges(TypedDict, total=False):
    """Fields of the setup request a test changes (``dataclasses.replace``)."""

    identity: identity.IdentityInput
    manager_name: str
    manager_pin: str
    weekly_hours: Mapping[int, str] | None
    catalogue: CatalogueChoice
    catalogue_csv: Path | None


def _request(**changes: Unpack[RequestChanges]) -> SetupRequest:
    request = SetupRequest(
        identity=IDENTITY,
        manager_name="Agnès",
        manager_pin="482913",
        weekly_hours={6: "fermé"},
        catalogue=CatalogueChoice.EMPTY,
    )
    return replace(request, **changes)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"identity": identity.IdentityInput("Bar", "1 rue", "88421573200021")},
            "SIRET invalide : la clé de contrôle ne correspond pas",
        ),
        ({"manager_pin": "1234"}, "Le code d'un·e gérant·e doit faire 6 chiffres"),
        ({"manager_name": " "}, "Le nom de l'utilisateur est obligatoire"),
        ({"weekly_hours": {0: "7h-minuit"}}, "Lundi : "),
        ({"catalogue": CatalogueChoice.CSV}, "Choisissez le fichier CSV du catalogue"),
        (
            {"backup_kind": "folder", "backup_place": "sauvegardes"},
            "Indiquez un chemin complet : sauvegardes",
        ),
        ({"recovery_passphrase": "court"}, "La phrase de secours doit compter au moins"),
    ],
)
def test_bad_input_is_refused_before_any_file_exists(
    tmp_path: Path, changes: RequestChanges, message: str
) -> None:
    with pytest.raises(UserError) as refused:
        cafe_setup.create_cafe(tmp_path / "cafe.db", _request(**changes), open_context=open_context)
    assert str(refused.value).startswith(message)
    assert list(tmp_path.iterdir()) == []


def test_create_cafe_sets_everything_up_and_never_twice(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    report = cafe_setup.create_cafe(
        db, _request(), open_context=open_context, clock=FixedClock(NOW)
    )
    assert report.manager is not None and report.has_manager and report.catalogue is None
    ctx = open_context(db, clock=FixedClock(NOW))
    try:
        assert identity.get_identity(ctx) == report.identity
        assert users.login(ctx, report.manager.id, "482913").name == "Agnès"
        hours = {view.weekday: view.intervals for view in alcohol_config.weekly_hours(ctx)}
        assert hours[6] == "fermé"
        assert catalogue.search_products(ctx, "") == []  # "empty" means empty
    finally:
        ctx.uow.engine.dispose()
    before = db.read_bytes()
    with pytest.raises(cafe_setup.CafeExists, match="Une base de données existe déjà ici"):
        cafe_setup.create_cafe(db, _request(), open_context=open_context)
    assert db.read_bytes() == before


def test_init_and_the_assistant_share_the_identity_rules(tmp_path: Path) -> None:
    """``field_problems`` (the assistant, as typed) says what ``validate_identity``
    (``init``) says, field by field."""
    bad = identity.IdentityInput(
        name="", address="", siret="1234", naf_code="56", vat_number="FR00", register_number="?"
    )
    problems = identity.field_problems(bad)
    assert set(problems) == {
        "name",
        "address",
        "siret",
        "naf_code",
        "vat_number",
        "register_number",
    }
    with pytest.raises(UserError) as refused:
        identity.validate_identity(bad)
    assert str(refused.value) == problems["name"]
    only_siret = identity.IdentityInput(name="Bar", address="1 rue", siret="1234")
    with pytest.raises(UserError) as refused:
        identity.validate_identity(only_siret)
    assert identity.field_problems(only_siret) == {"siret": str(refused.value)}
    assert identity.field_problems(IDENTITY) == {}


def test_a_failed_creation_over_an_empty_file_leaves_it_empty(tmp_path: Path) -> None:
    """An empty ``--db`` counts as no café; if the creation fails half-way (here the CSV
    disappears once the identity and the manager are written) it is emptied again and
    nothing else is left beside it."""
    db = tmp_path / "cafe.db"
    db.write_bytes(b"")
    csv_file = tmp_path / "catalogue.csv"
    csv_file.write_text(
        "nom;categorie;prix_ttc;tva_sur_place;tva_a_emporter\nPastis;Apéritifs;3,00;20;20\n",
        encoding="utf-8",
    )

    def open_then_lose_the_file(path: Path, **options: Any) -> ServiceContext:
        ctx = open_context(path, **options)
        csv_file.unlink()
        return ctx

    request = _request(catalogue=CatalogueChoice.CSV, catalogue_csv=csv_file)
    with pytest.raises(UserError, match=r"catalogue\.csv"):
        cafe_setup.create_cafe(db, request, open_context=open_then_lose_the_file)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cafe.db"]
    assert db.read_bytes() == b""
