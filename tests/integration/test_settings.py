"""Declared settings: typed, validated, legal limits kept, compliance changes journaled."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import settings
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.settings import Setting

MANAGER = Actor(user_id=None, name="Camille", role=Role.MANAGER)
STAFF = Actor(user_id=None, name="Léo", role=Role.STAFF)


@pytest.fixture
def ctx(tmp_path: Path) -> ServiceContext:
    return open_context(tmp_path / "cafe.db")


def journal(ctx: ServiceContext) -> list[tuple[int, str]]:
    """Compliance-setting events (the journal also holds e.g. the key creation)."""
    with ctx.uow() as uow:
        query = select(FiscalEvent.code, FiscalEvent.message).where(FiscalEvent.code == 270)
        return [(code, message) for code, message in uow.session.execute(query)]


def stored(ctx: ServiceContext) -> dict[str, str]:
    with ctx.uow() as uow:
        return {row.key: row.value for row in uow.session.scalars(select(Setting))}


def test_defaults_of_the_issue(ctx: ServiceContext) -> None:
    assert settings.get_setting(ctx, "ui.language") == "fr"
    assert settings.get_int(ctx, "sales.staff_discount_limit_bp") == 1000
    assert settings.get_int(ctx, "sales.note_threshold_cents") == 2500
    assert settings.get_int(ctx, "fiscal.day_change_hour") == 4
    assert settings.get_str(ctx, "sales.scale_label_layout") == "PPPPP$$$$$"
    assert settings.get_str(ctx, "receipt.footer")
    keys = [view.key for view in settings.all_settings(ctx)]
    assert len(keys) == len(set(keys)) == len(settings.SETTINGS)
    assert stored(ctx) == {}  # defaults are not written


def test_set_and_read_back_typed_values(ctx: ServiceContext) -> None:
    settings.set_setting(ctx, MANAGER, "ui.language", "en")
    settings.set_setting(ctx, MANAGER, "sales.staff_discount_limit_bp", "1500")
    settings.set_setting(ctx, MANAGER, "receipt.footer", "  À bientôt au Café de la Place !  ")
    assert settings.get_setting(ctx, "ui.language") == "en"
    assert settings.get_int(ctx, "sales.staff_discount_limit_bp") == 1500
    assert settings.get_str(ctx, "receipt.footer") == "À bientôt au Café de la Place !"
    views = {v.key: v for v in settings.all_settings(ctx)}
    assert views["ui.language"].value == "en" and views["ui.language"].default == "fr"
    assert journal(ctx) == []  # none of these is a compliance setting


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("ui.language", "de", "choisir parmi fr, en"),
        ("sales.staff_discount_limit_bp", 10001, "hors limites"),
        ("sales.staff_discount_limit_bp", True, "nombre entier"),
        ("sales.staff_discount_limit_bp", "dix", "nombre entier"),
        ("sales.note_threshold_cents", 3000, "hors limites \\(0,00 € à 25,00 €\\)"),
        ("fiscal.day_change_hour", 12, "hors limites"),
        ("sales.scale_label_layout", "PPPPP$$$$W", "prix ou poids"),
        ("receipt.footer", "x" * 201, "trop long"),
        ("no.such.key", 1, "Réglage inconnu"),
    ],
)
def test_bad_values_are_refused_and_nothing_is_stored(
    ctx: ServiceContext, key: str, value: object, message: str
) -> None:
    with pytest.raises(Exception, match=message):
        settings.set_setting(ctx, MANAGER, key, value)
    assert stored(ctx) == {}


def test_staff_cannot_change_settings(ctx: ServiceContext) -> None:
    with pytest.raises(PermissionDenied):
        settings.set_setting(ctx, STAFF, "ui.language", "en")
    assert stored(ctx) == {}


def test_compliance_setting_change_is_journaled_with_code_270(ctx: ServiceContext) -> None:
    settings.set_setting(ctx, MANAGER, "sales.note_threshold_cents", 2000)
    settings.set_setting(ctx, MANAGER, "sales.note_threshold_cents", 2000)  # no change: no event
    settings.set_setting(ctx, MANAGER, "fiscal.day_change_hour", 5)
    assert journal(ctx) == [
        (270, "Réglage modifié : Note obligatoire sur place à partir de (25,00 € → 20,00 €)"),
        (270, "Réglage modifié : Heure de fin de la journée commerciale (4 → 5)"),
    ]


def test_a_tampered_stored_value_reads_as_the_default(ctx: ServiceContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Setting(key="sales.note_threshold_cents", value="999999"))
        uow.session.add(Setting(key="fiscal.day_change_hour", value="not json"))
        uow.commit()
    assert settings.get_int(ctx, "sales.note_threshold_cents") == 2500
    assert settings.get_int(ctx, "fiscal.day_change_hour") == 4


def test_read_inside_another_transaction(ctx: ServiceContext) -> None:
    settings.set_setting(ctx, MANAGER, "ui.language", "en")
    with ctx.uow() as uow:
        uow.session.get(Setting, "ui.language")  # the transaction holds the write lock
        assert settings.get_setting(ctx, "ui.language", session=uow.session) == "en"
