"""Legal opening hours and happy-hour promotions, saved and used on a real database."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import replace
from typing import TypedDict, Unpack

import pytest
from alcohol_fixtures import MANAGER, STAFF, Cafe, friday
from sqlalchemy import select

from cafe_pos.domain.alcohol import OutsideLegalHours
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.errors import NotFound, PermissionDenied, UserError
from cafe_pos.domain.happy_hour import PromotionError
from cafe_pos.domain.schedule import ScheduleError
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.services import alcohol, alcohol_config, promotions
from cafe_pos.services.promotions import PromotionInput
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.fiscal import FiscalEvent

WEEK = frozenset(range(5))


def db_digest(cafe: Cafe) -> str:
    with cafe.ctx.uow() as uow:
        connection = uow.session.connection().connection.dbapi_connection
        assert connection is not None
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


def compliance_events(cafe: Cafe) -> list[str]:
    with cafe.ctx.uow() as uow:
        return list(
            uow.session.scalars(
                select(FiscalEvent.message).where(FiscalEvent.code == EventCode.COMPLIANCE_SETTING)
            )
        )


# --- opening hours -------------------------------------------------------------------------


def test_weekly_hours_start_from_the_default_and_are_journaled(cafe: Cafe) -> None:
    views = alcohol_config.weekly_hours(cafe.ctx)
    assert [v.intervals for v in views][:2] == ["06:00-01:00", "06:00-01:00"]
    assert all(v.is_default for v in views)
    alcohol_config.set_weekly_hours(cafe.ctx, MANAGER, {0: "fermé", 4: "7h-13h, 16h-2h"})
    views = alcohol_config.weekly_hours(cafe.ctx)
    assert (views[0].intervals, views[0].is_default) == ("fermé", False)
    assert views[4].intervals == "07:00-13:00, 16:00-02:00"
    assert compliance_events(cafe) == [
        "Horaires légaux de vente d'alcool : lundi 06:00-01:00 → fermé ; "
        "vendredi 06:00-02:00 → 07:00-13:00, 16:00-02:00"
    ]
    # The new hours rule the sale: Friday 14:00 is now closed for alcohol.
    cart = Cart()
    cart.add(cafe.item("Pinte"))
    with pytest.raises(OutsideLegalHours, match="vendredi 27/11 à 16:00"):
        alcohol.check_cart_allowed(cafe.ctx, cart, friday(14, 0))
    alcohol.check_cart_allowed(cafe.ctx, cart, friday(1, 30, day=28))


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ({2: "7h-25h"}, "Mercredi : Heure invalide"),
        ({2: "00:00-24:00"}, "mercredi n'a aucune heure de fermeture"),
        ({9: "07:00-20:00"}, "Jour de la semaine inconnu"),
    ],
)
def test_bad_hours_change_nothing(cafe: Cafe, texts: dict[int, str], message: str) -> None:
    before = db_digest(cafe)
    with pytest.raises(UserError, match=message):
        alcohol_config.set_weekly_hours(cafe.ctx, MANAGER, texts)
    assert db_digest(cafe) == before


def test_staff_cannot_change_the_hours(cafe: Cafe) -> None:
    with pytest.raises(PermissionDenied):
        alcohol_config.set_weekly_hours(cafe.ctx, STAFF, {0: "fermé"})
    with pytest.raises(PermissionDenied):
        alcohol_config.save_exception(cafe.ctx, STAFF, dt.date(2026, 7, 14), "Fête", "7h-3h")


def test_village_fete_exception(cafe: Cafe) -> None:
    fete = dt.date(2026, 11, 27)
    alcohol_config.save_exception(cafe.ctx, MANAGER, fete, "Fête du village", "07:00-04:00")
    cart = Cart()
    cart.add(cafe.item("Demi pression"))
    alcohol.check_cart_allowed(cafe.ctx, cart, friday(3, 30, day=28))  # the fête night
    views = alcohol_config.list_exceptions(cafe.ctx)
    assert [(v.day, v.label, v.intervals) for v in views] == [
        (fete, "Fête du village", "07:00-04:00")
    ]
    assert "Fête du village" in compliance_events(cafe)[-1]
    alcohol_config.delete_exception(cafe.ctx, MANAGER, fete)
    with pytest.raises(OutsideLegalHours):
        alcohol.check_cart_allowed(cafe.ctx, cart, friday(3, 30, day=28))
    with pytest.raises(NotFound):
        alcohol_config.delete_exception(cafe.ctx, MANAGER, fete)
    with pytest.raises(ScheduleError, match="aucune heure de fermeture"):
        alcohol_config.save_exception(cafe.ctx, MANAGER, fete, "Téléthon", "00:00-24:00")
    with pytest.raises(UserError, match="motif"):
        alcohol_config.save_exception(cafe.ctx, MANAGER, fete, "  ", "07:00-23:00")


# --- promotions ----------------------------------------------------------------------------


class PromotionChanges(TypedDict, total=False):
    """Fields of a PromotionInput a test changes (``dataclasses.replace``)."""

    name: str
    window: str
    kind: str
    value: int
    product_ids: frozenset[int]
    category_ids: frozenset[int]
    id: int


def beers(cafe: Cafe, **changes: Unpack[PromotionChanges]) -> PromotionInput:
    data = PromotionInput(
        "Happy hour bières",
        WEEK,
        "18:00-20:00",
        "percent",
        3000,
        category_ids=frozenset({cafe.categories["Bières"]}),
    )
    return replace(data, **changes)


def softs(cafe: Cafe, **changes: Unpack[PromotionChanges]) -> PromotionInput:
    data = PromotionInput(
        "Happy hour softs",
        WEEK,
        "18:00-20:00",
        "percent",
        3000,
        category_ids=frozenset({cafe.categories["Softs"]}),
    )
    return replace(data, **changes)


def test_alcohol_promotion_alone_is_refused_and_not_saved(cafe: Cafe) -> None:
    with pytest.raises(PromotionError, match="boissons sans alcool"):
        promotions.save_promotion(cafe.ctx, MANAGER, beers(cafe))
    assert promotions.list_promotions(cafe.ctx) == []


def test_alcohol_and_soft_drink_promotions_saved_together(cafe: Cafe) -> None:
    saved = promotions.save_promotions(cafe.ctx, MANAGER, [softs(cafe), beers(cafe)])
    assert [(p.name, p.when) for p in saved] == [
        ("Happy hour softs", "lun., mar., mer., jeu., ven. 18:00-20:00"),
        ("Happy hour bières", "lun., mar., mer., jeu., ven. 18:00-20:00"),
    ]
    softs_id = saved[0].id
    # The soft-drink offer can't be removed, weakened or switched off alone.
    with pytest.raises(PromotionError):
        promotions.delete_promotion(cafe.ctx, MANAGER, softs_id)
    with pytest.raises(PromotionError):
        promotions.save_promotion(cafe.ctx, MANAGER, softs(cafe, id=softs_id, value=1000))
    with pytest.raises(PromotionError):
        promotions.set_promotion_active(cafe.ctx, MANAGER, softs_id, False)
    assert len(promotions.list_promotions(cafe.ctx)) == 2
    # Switching the beers off first, then the softs, is fine.
    promotions.set_promotion_active(cafe.ctx, MANAGER, saved[1].id, False)
    promotions.delete_promotion(cafe.ctx, MANAGER, softs_id)
    assert [p.name for p in promotions.list_promotions(cafe.ctx)] == ["Happy hour bières"]


def test_promotion_input_errors(cafe: Cafe) -> None:
    with pytest.raises(PermissionDenied):
        promotions.save_promotion(cafe.ctx, STAFF, softs(cafe))
    with pytest.raises(NotFound, match="introuvable"):
        promotions.save_promotion(cafe.ctx, MANAGER, softs(cafe, product_ids=frozenset({999})))
    with pytest.raises(PromotionError, match="même nom"):
        promotions.save_promotions(cafe.ctx, MANAGER, [softs(cafe), softs(cafe)])
    promotions.save_promotion(cafe.ctx, MANAGER, softs(cafe))
    with pytest.raises(PromotionError, match="déjà"):
        promotions.save_promotion(cafe.ctx, MANAGER, softs(cafe, window="14:00-15:00"))
    with pytest.raises(ScheduleError):
        promotions.save_promotion(cafe.ctx, MANAGER, softs(cafe, name="X", window="18h"))
    with pytest.raises(PromotionError, match="Type"):
        promotions.save_promotion(cafe.ctx, MANAGER, softs(cafe, name="Y", kind="gratuit"))


def test_price_cart_applies_the_running_promotions(cafe: Cafe) -> None:
    promotions.save_promotions(cafe.ctx, MANAGER, [softs(cafe), beers(cafe)])
    cart = Cart()
    cart.add(cafe.item("Pinte"), 2000)
    cart.add(cafe.item("Coca"))
    cart.add(cafe.item("Croque-monsieur"))
    adjustments = promotions.price_cart(cafe.ctx, cart)  # Friday 18:30
    assert [(a.line_index, a.discount_cents) for a in adjustments] == [(0, 360), (1, 105)]
    assert cart.total_cents == 840 + 245 + 550
    later = Cart()
    later.add(cafe.item("Pinte"))
    assert promotions.price_cart(cafe.ctx, later, friday(20, 0)) == []


def test_an_alcohol_promotion_stops_when_the_catalogue_breaks_its_equivalent(cafe: Cafe) -> None:
    promotions.save_promotions(cafe.ctx, MANAGER, [softs(cafe), beers(cafe)])
    with cafe.ctx.uow() as uow:
        # The soft drinks category loses all but two of its paid drinks.
        for name in ("Coca", "Limonade"):
            product = uow.session.get(Product, cafe.products[name])
            assert product is not None
            product.category_id = None
        uow.commit()
    cart = Cart()
    cart.add(cafe.item("Pinte"))
    cart.add(cafe.item("Jus d'orange"))
    adjustments = promotions.price_cart(cafe.ctx, cart)
    assert [a.promotion_name for a in adjustments] == ["Happy hour softs"]


def test_equivalent_soft_drink_offer_makes_the_alcohol_promotion_lawful(cafe: Cafe) -> None:
    pint = beers(
        cafe,
        name="Pinte à 4 €",
        kind="price",
        value=400,
        category_ids=frozenset(),
        product_ids=frozenset({cafe.products["Pinte"]}),
    )
    offer = promotions.equivalent_soft_drink_offer(cafe.ctx, pint)
    assert offer.name == "Pinte à 4 € (sans alcool)"
    assert (offer.kind, offer.value, offer.window) == ("percent", 3334, "18:00-20:00")
    names = {
        p.name for p in promotions.drink_choices(cafe.ctx) if p.product_id in offer.product_ids
    }
    assert names == {"Coca", "Sirop à l'eau", "Jus d'orange", "Limonade"}
    promotions.save_promotions(cafe.ctx, MANAGER, [pint, offer])
    with pytest.raises(PromotionError, match="aucune boisson alcoolisée"):
        promotions.equivalent_soft_drink_offer(cafe.ctx, softs(cafe))
