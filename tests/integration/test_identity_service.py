"""The café identity printed on receipts: validated, and its changes journaled (code 270)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import PermissionDenied, UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import identity
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.sales import Ticket

MANAGER = Actor(user_id=None, name="Camille", role=Role.MANAGER)
CAFE = identity.IdentityInput(
    name="Café de la Place",
    address="4 place de l'Église\r\n  71460   Saint-Gengoux-le-National\n",
    siret="884 215 732 00022",
    naf_code="56.30Z",
    vat_number="fr42884215732",
)


@pytest.fixture
def ctx(tmp_path: Path) -> ServiceContext:
    return open_context(tmp_path / "cafe.db")


def journal(ctx: ServiceContext) -> list[tuple[int, str]]:
    """Compliance-setting events (the journal also holds e.g. the key creation)."""
    with ctx.uow() as uow:
        query = select(FiscalEvent.code, FiscalEvent.message).where(FiscalEvent.code == 270)
        return [(code, message) for code, message in uow.session.execute(query)]


def test_identity_is_normalised_and_stored(ctx: ServiceContext) -> None:
    assert identity.get_identity(ctx) is None
    saved = identity.save_identity(ctx, MANAGER, CAFE)
    assert saved == identity.IdentityView(
        "Café de la Place",
        "4 place de l'Église\n71460 Saint-Gengoux-le-National",
        "88421573200022",
        "5630Z",
        "FR42884215732",
        "01",
    )
    assert identity.get_identity(ctx) == saved
    assert journal(ctx) == []  # first setting is not a change


def test_a_later_change_is_a_compliance_event(ctx: ServiceContext) -> None:
    identity.save_identity(ctx, MANAGER, CAFE)
    identity.save_identity(ctx, MANAGER, CAFE)  # same: nothing recorded
    identity.save_identity(ctx, MANAGER, replace(CAFE, name="Le Relais de la Place"))
    assert journal(ctx) == [(270, "Identité du café modifiée : nom")]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"siret": "88421573200023"}, "SIRET invalide : la clé de contrôle ne correspond pas"),
        ({"vat_number": "FR05831246574"}, "ne correspond pas au SIREN"),
        ({"naf_code": "56"}, "Code NAF invalide"),
        ({"name": "  "}, "nom du café est obligatoire"),
        ({"address": "\n"}, "adresse du café est obligatoire"),
        ({"register_number": "caisse n°1"}, "Numéro de caisse invalide"),
    ],
)
def test_bad_identity_is_refused_and_the_old_one_kept(
    ctx: ServiceContext, change: dict[str, str], message: str
) -> None:
    saved = identity.save_identity(ctx, MANAGER, CAFE)
    with pytest.raises(UserError, match=message):
        identity.save_identity(ctx, MANAGER, replace(CAFE, **change))
    assert identity.get_identity(ctx) == saved


def test_without_vat_number_is_allowed(ctx: ServiceContext) -> None:
    assert identity.save_identity(ctx, MANAGER, replace(CAFE, vat_number="")).vat_number == ""


def test_staff_cannot_change_the_identity(ctx: ServiceContext) -> None:
    with pytest.raises(PermissionDenied):
        identity.save_identity(ctx, Actor(None, "Léo", Role.STAFF), CAFE)
    assert identity.get_identity(ctx) is None


def test_register_number_runs_the_context_and_is_frozen_once_tickets_exist(
    tmp_path: Path,
) -> None:
    from fiscal_factory import COFFEE, sell

    db = tmp_path / "cafe.db"
    ctx = open_context(db)
    identity.save_identity(ctx, MANAGER, replace(CAFE, register_number="02"))
    assert ctx.register == "02"
    ctx.uow.engine.dispose()
    ctx = open_context(db)  # a restart reads the register from the identity
    assert ctx.register == "02"
    sell(ctx, [COFFEE])
    with ctx.uow() as uow:
        assert uow.session.scalar(select(Ticket.register)) == "02"
    with pytest.raises(UserError, match="numéro de caisse ne peut plus changer"):
        identity.save_identity(ctx, MANAGER, replace(CAFE, register_number="03"))
    saved = identity.get_identity(ctx)
    assert saved is not None and saved.register_number == "02"
