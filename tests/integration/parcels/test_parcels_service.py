"""The relay's use cases on a real migrated database: reception, hand-over, returns,
drop-offs, the driver's visit, commission, and the purge of names (moved clock)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain import parcels as rules
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import PermissionDenied, UserError
from cafe_pos.domain.parcels import Collector, HandOverProof, IdKind, ParcelError, ParcelStatus
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import parcels
from cafe_pos.services.settings import set_setting
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.parcels import Parcel, ParcelNameWord

STAFF = Actor(None, "Léo", Role.STAFF)
MANAGER = Actor(None, "Camille", Role.MANAGER)
ID_OK = HandOverProof(id_checked=True, id_kind=IdKind.ID_CARD)
UPS_OK = "1Z999AA10123456784"
UPS_BAD = "1Z999AA10123456785"


def carrier_id(ctx: ServiceContext, code: str) -> int:
    return next(c.id for c in parcels.list_carriers(ctx) if c.code == code)


def count(ctx: ServiceContext, model: type = Parcel) -> int:
    with ctx.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def receive(
    ctx: ServiceContext,
    tracking: str,
    name: str = "Marcel Dupuy",
    code: str = "mondial_relay",
    slot: str | None = None,
    pickup_code: str | None = None,
    accept_bad_check: bool = False,
) -> parcels.ParcelView:
    return parcels.receive(
        ctx,
        STAFF,
        tracking=tracking,
        carrier_id=carrier_id(ctx, code),
        recipient_name=name,
        slot=slot,
        pickup_code=pickup_code,
        accept_bad_check=accept_bad_check,
    )


def test_default_carriers_and_suggestion(ctx: ServiceContext) -> None:
    names = [c.name for c in parcels.list_carriers(ctx)]
    assert names[0] == "Mondial Relay" and len(names) == 5
    suggestion = parcels.suggest(ctx, " 1z999aa1 0123456784 ")
    assert suggestion.tracking == UPS_OK
    assert suggestion.carrier_ids == [carrier_id(ctx, "ups")]
    assert suggestion.slot == "A1"


def test_reception_proposes_the_next_free_slot_and_refuses_duplicates(ctx: ServiceContext) -> None:
    first = receive(ctx, "12345678")
    second = receive(ctx, "12345679", "Josette Bernard")
    assert (first.slot, second.slot) == ("A1", "A2")
    assert first.return_due == dt.date(2026, 12, 6)  # Mondial Relay: 5 calendar days
    with pytest.raises(ParcelError, match="déjà enregistré"):
        receive(ctx, "12 345 678")
    with pytest.raises(ParcelError, match="n'existe pas"):
        receive(ctx, "22345678", slot="Z99")
    with pytest.raises(ParcelError, match="vide"):
        receive(ctx, "  ")
    with pytest.raises(ParcelError, match="invalide"):
        receive(ctx, "12#45678")
    assert count(ctx) == 2
    third = receive(ctx, "32345678", slot="grand colis")
    assert third.slot == "Grand colis"


def test_check_digit_mismatch_warns_then_is_allowed_with_a_tap(ctx: ServiceContext) -> None:
    with pytest.raises(rules.CheckDigitMismatch, match="clé de contrôle"):
        receive(ctx, UPS_BAD, code="ups")
    assert count(ctx) == 0
    view = receive(ctx, UPS_BAD, code="ups", accept_bad_check=True)
    assert view.check_overridden
    # UPS counts working days: Tuesday 1/12 + 5 → Tuesday 8/12
    assert view.return_due == dt.date(2026, 12, 8)


def test_find_by_tracking_code_or_part_of_the_name(ctx: ServiceContext) -> None:
    receive(ctx, "12345678", "Hélène DUPUY-Martin")
    receive(ctx, "TBA123456789012", "Gérard Lemoine", code="amazon", pickup_code="k7q2")
    assert [p.tracking for p in parcels.find(ctx, "12345678")] == ["12345678"]
    assert [p.tracking for p in parcels.find(ctx, "K7Q2")] == ["TBA123456789012"]
    assert [p.tracking for p in parcels.find(ctx, "helene")] == ["12345678"]
    assert [p.tracking for p in parcels.find(ctx, "dup mar")] == ["12345678"]
    assert parcels.find(ctx, "zorro") == []


def test_hand_over_requires_the_id_tick_and_records_only_its_kind(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    parcel = receive(ctx, "12345678")
    with pytest.raises(ParcelError, match="pièce d'identité vérifiée"):
        parcels.hand_over(ctx, STAFF, parcel.id, HandOverProof())
    assert parcels.get_parcel(ctx, parcel.id).status is ParcelStatus.RECEIVED
    clock.advance(hours=3)
    done = parcels.hand_over(ctx, STAFF, parcel.id, ID_OK)
    assert done.status is ParcelStatus.HANDED_OVER and done.id_kind == "id_card"
    assert done.slot is None and done.closed_by == "Léo"
    with pytest.raises(ParcelError, match="déjà été remis"):
        parcels.hand_over(ctx, STAFF, parcel.id, ID_OK)
    third = receive(ctx, "1Z999AA10123456784", code="ups")
    with pytest.raises(ParcelError, match="tiers"):
        parcels.hand_over(
            ctx, STAFF, third.id, HandOverProof(Collector.THIRD_PARTY, True, IdKind.PASSPORT)
        )
    amazon = receive(ctx, "TBA123456789012", code="amazon", pickup_code="K7Q2")
    parcels.hand_over(ctx, STAFF, amazon.id, HandOverProof(pickup_code_ok=True))


def test_returns_due_today_and_tomorrow_then_the_driver_visit(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    mr = carrier_id(ctx, "mondial_relay")
    old = receive(ctx, "11111111", "Ancien")
    clock.advance(days=1)
    newer = receive(ctx, "22222222", "Récent")
    clock.advance(days=4)  # 6/12: old due today, newer tomorrow
    due = parcels.returns_due(ctx)
    assert [p.tracking for p in due.due] == [old.tracking]
    assert [p.tracking for p in due.tomorrow] == [newer.tracking]
    counts = parcels.shelf_counts(ctx)
    assert (counts.on_shelf, counts.returns_due, counts.expiring_tomorrow) == (2, 1, 1)
    drop = parcels.drop_off(ctx, STAFF, tracking="33333333", carrier_id=mr, weight_g=1200)
    delivered = receive(ctx, "44444444", "Nouveau")
    with pytest.raises(ParcelError, match="Colis inconnu"):
        parcels.driver_visit(ctx, STAFF, mr, returned=["99999999"])
    visit = parcels.driver_visit(
        ctx,
        STAFF,
        mr,
        received_ids=[delivered.id],
        returned=[old.tracking],
        collected=[drop.tracking],
    )
    assert visit.returned == [old.tracking] and visit.returns_missing == []
    assert visit.collected == [drop.tracking] and visit.received == [delivered.tracking]
    assert parcels.get_parcel(ctx, old.id).status is ParcelStatus.RETURNED
    with pytest.raises(ParcelError, match="retourné"):
        parcels.hand_over(ctx, STAFF, old.id, ID_OK)
    rows = parcels.visit_slip_rows(visit)
    assert "Ancien" not in str(rows) and old.tracking in str(rows)


def test_drop_off_limits_refused_and_nothing_written(ctx: ServiceContext) -> None:
    pickup = carrier_id(ctx, "relais_pickup")
    with pytest.raises(ParcelError, match="trop lourd"):
        parcels.drop_off(ctx, STAFF, tracking="12345678901234", carrier_id=pickup, weight_g=20_001)
    with pytest.raises(ParcelError, match="trop long"):
        parcels.drop_off(
            ctx,
            STAFF,
            tracking="12345678901234",
            carrier_id=pickup,
            weight_g=500,
            dimensions_cm=(120, 10, 10),
        )
    assert count(ctx) == 0
    view = parcels.drop_off(ctx, STAFF, tracking="12345678901234", carrier_id=pickup, weight_g=500)
    assert view.status is ParcelStatus.DROPPED_OFF and view.recipient_name is None


def test_monthly_commission_in_cents_per_carrier(ctx: ServiceContext, clock: FixedClock) -> None:
    mr = carrier_id(ctx, "mondial_relay")
    for n in range(3):
        p = receive(ctx, f"1000000{n}")
        parcels.hand_over(ctx, STAFF, p.id, ID_OK)
    parcels.drop_off(ctx, STAFF, tracking="20000000", carrier_id=mr, weight_g=900)
    statement = parcels.commission_statement(ctx, mr, "2026-12")
    by_event = {line.event: (line.count, line.amount_cents) for line in statement.lines}
    assert by_event[rules.CommissionEvent.HANDED_OVER] == (3, 105)
    assert by_event[rules.CommissionEvent.DROPPED_OFF] == (1, 35)
    assert statement.total_cents == 140
    assert parcels.month_commission_cents(ctx, "2026-11") == 0
    with pytest.raises(UserError, match="Mois invalide"):
        parcels.commission_statements(ctx, "2026-13")


def test_names_disappear_after_the_purge_delay(ctx: ServiceContext, clock: FixedClock) -> None:
    kept = receive(ctx, "11111111", "Toujours Là")
    gone = receive(ctx, "22222222", "Marcel Dupuy")
    parcels.hand_over(ctx, STAFF, gone.id, ID_OK)
    clock.advance(days=89)
    assert parcels.purge_names(ctx, STAFF) == 0
    assert parcels.data_subject_search(ctx, MANAGER, "dupuy")
    clock.advance(days=1, minutes=1)
    assert parcels.purge_names(ctx, STAFF) == 1
    assert parcels.get_parcel(ctx, gone.id).recipient_name is None
    assert parcels.get_parcel(ctx, kept.id).recipient_name == "Toujours Là"  # still here
    assert parcels.data_subject_search(ctx, MANAGER, "dupuy") == []
    with ctx.uow(read_only=True) as uow:
        words = set(uow.session.scalars(select(ParcelNameWord.word)))
        event = uow.session.execute(
            select(FiscalEvent.code, FiscalEvent.message).order_by(FiscalEvent.id.desc())
        ).first()
    assert "DUPUY" not in words and "TOUJOURS" in words
    assert event is not None and event.code == 908 and "Dupuy" not in event.message
    assert parcels.purge_names(ctx, STAFF) == 0  # once only


def test_purge_delay_is_a_setting(ctx: ServiceContext, clock: FixedClock) -> None:
    set_setting(ctx, MANAGER, "parcels.purge_days", 30)
    p = receive(ctx, "11111111", "Court Délai")
    parcels.hand_over(ctx, STAFF, p.id, ID_OK)
    clock.advance(days=31)
    assert parcels.purge_names(ctx, STAFF) == 1


def test_data_subject_search_is_for_managers(ctx: ServiceContext) -> None:
    with pytest.raises(PermissionDenied):
        parcels.data_subject_search(ctx, STAFF, "dupuy")


def test_slots_setting_refuses_a_bad_spec(ctx: ServiceContext) -> None:
    with pytest.raises(ParcelError):
        set_setting(ctx, MANAGER, "parcels.slots", "A5-A1")
    set_setting(ctx, MANAGER, "parcels.slots", "C1-C2")
    assert parcels.slots(ctx) == ["C1", "C2"]
    assert receive(ctx, "11111111").slot == "C1"


def test_carrier_settings_change_the_rules(ctx: ServiceContext) -> None:
    mr = next(c for c in parcels.list_carriers(ctx) if c.code == "mondial_relay")
    from dataclasses import replace

    with pytest.raises(PermissionDenied):
        parcels.save_carrier(ctx, STAFF, mr.rules, carrier_id=mr.id)
    parcels.save_carrier(ctx, MANAGER, replace(mr.rules, holding_days=8), carrier_id=mr.id)
    assert receive(ctx, "11111111").return_due == dt.date(2026, 12, 9)
    added = parcels.save_carrier(ctx, MANAGER, rules.CarrierRules("", "GLS", 10))
    assert added.code == "gls" and added.id in [c.id for c in parcels.list_carriers(ctx)]
    with pytest.raises(ParcelError):
        parcels.save_carrier(ctx, MANAGER, replace(mr.rules, holding_days=0), carrier_id=mr.id)


def test_the_daily_message_for_hq_has_counts_and_nothing_personal(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    import json

    from cafe_pos.domain import hq_wire
    from cafe_pos.services import daily_sections

    assert daily_sections.registered()["parcels"] is parcels.daily_section
    first = receive(ctx, "12345678", "Marcel Dupuy")
    receive(ctx, "TBA123456789012", "Josette Bernard", code="amazon", pickup_code="K7Q2")
    parcels.hand_over(ctx, STAFF, first.id, ID_OK)
    with ctx.uow(read_only=True) as uow:
        section = parcels.daily_section(ctx, uow.session, clock.now().date())
        nothing = parcels.daily_section(ctx, uow.session, dt.date(2026, 11, 1))
    assert nothing is None
    assert section is not None
    assert (section["received"], section["handed_over"], section["on_shelf"]) == (2, 1, 1)
    assert section["commission_cents"] == 35
    assert {c["carrier"] for c in section["by_carrier"]} == {"mondial_relay", "amazon"}
    text = json.dumps(section)
    for secret in ("Dupuy", "Bernard", "K7Q2", "12345678", "Léo"):
        assert secret not in text
    assert hq_wire.personal_keys(section) == []


def test_an_erasure_request_erases_closed_parcels_names_now(ctx: ServiceContext) -> None:
    waiting = receive(ctx, "11111111", "Marcel Dupuy")
    closed = receive(ctx, "22222222", "Marcel Dupuy")
    parcels.hand_over(ctx, STAFF, closed.id, ID_OK)
    found = parcels.data_subject_search(ctx, MANAGER, "marcel dupuy")
    assert {p.id for p in found} == {waiting.id, closed.id}
    with pytest.raises(ParcelError, match="attend encore"):
        parcels.erase_names_now(ctx, MANAGER, [waiting.id, closed.id])
    with pytest.raises(PermissionDenied):
        parcels.erase_names_now(ctx, STAFF, [closed.id])
    assert parcels.erase_names_now(ctx, MANAGER, [closed.id]) == 1
    assert [p.id for p in parcels.data_subject_search(ctx, MANAGER, "dupuy")] == [waiting.id]


def test_slips_and_labels_go_to_the_print_spool_without_names(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    from cafe_pos.services import printing

    mr = carrier_id(ctx, "mondial_relay")
    old = receive(ctx, "11111111", "Marcel Dupuy")
    printing_before = len(printing.pending_jobs(ctx))
    parcels.print_slot_label(ctx, old)
    clock.advance(days=6)
    drop = parcels.drop_off(ctx, STAFF, tracking="33333333", carrier_id=mr, weight_g=1250)
    parcels.print_drop_off_receipt(ctx, drop)
    visit = parcels.driver_visit(ctx, STAFF, mr, returned=[old.tracking], collected=[drop.tracking])
    parcels.print_visit_slip(ctx, visit)
    jobs = printing.pending_jobs(ctx)[printing_before:]
    assert len(jobs) == 3
    texts = [str(printing.job_document(ctx, job.id)) for job in jobs]
    assert "A1" in texts[0] and "11111111" in texts[0]
    assert "1,250 kg" in texts[1]
    assert (
        "Bordereau transporteur" in texts[2] and "11111111" in texts[2] and "33333333" in texts[2]
    )
    assert all("Dupuy" not in text for text in texts)
