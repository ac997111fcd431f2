"""The canonical form, the chain link and the grand-total rule, without a database."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from cafe_pos.fiscal import canonical
from cafe_pos.fiscal.archive import ArchiveRefused, parse_period
from cafe_pos.fiscal.closures import next_perpetual
from cafe_pos.fiscal.codes import EventCode, event_label
from cafe_pos.fiscal.totals import PeriodTotals, VatTotal
from cafe_pos.store.models.fiscal import Closure, ClosureVat

AT = dt.datetime(2026, 11, 26, 9, 15, 3, 120)


def ticket(payments: list[canonical.PaymentRow]) -> canonical.TicketRecord:
    header = canonical.TicketHeader(
        "01", 7, "sale", AT, AT.date(), "Zoé", 500, 0, 2, 0, None, "", ""
    )
    lines = [
        canonical.LineRow(1, "Café crème", "Boissons", 1000, "piece", 200, 0, 1000, 200,
                          False, False, True, False, False, False, None),
        canonical.LineRow(2, "Bière", "Bières", 1000, "piece", 300, 0, 2000, 300,
                          False, True, True, False, False, False, None),
    ]  # fmt: skip
    vat = [canonical.VatRow(1000, 182, 18, 200), canonical.VatRow(2000, 250, 50, 300)]
    return canonical.TicketRecord(header, lines, vat, payments)


def test_canonical_text_is_compact_utf8_with_a_fixed_field_order() -> None:
    text = canonical.envelope("ticket", "01", 3, 2, AT, {"b": 1, "a": "é"}, 1)
    assert text == (
        '{"v":1,"type":"ticket","register":"01","pos":3,"seq":2,'
        '"at":"2026-11-26T09:15:03.000120Z","data":{"b":1,"a":"é"}}'
    )


def test_chain_hash_is_sha256_of_previous_raw_hash_then_payload() -> None:
    payload = '{"v":1}'
    expected = hashlib.sha256(bytes(32) + payload.encode()).hexdigest()
    assert canonical.chain_hash(canonical.GENESIS_HASH, payload) == expected


def test_ticket_record_does_not_depend_on_row_order_and_holds_no_row_id() -> None:
    cash = canonical.PaymentRow("cash", 300, 500, 200)
    card = canonical.PaymentRow("card", 200, 0, 0)
    one = canonical.dumps(canonical.ticket_data(ticket([cash, card])))
    other = canonical.dumps(canonical.ticket_data(ticket([card, cash])))
    assert one == other
    data = canonical.ticket_data(ticket([cash]))
    assert [v["rate_bp"] for v in data["vat"]] == [2000, 1000]
    assert not any(key == "id" or key.endswith("_id") for key in data)
    assert data["lines"][0]["label"] == "Café crème" and data["operator"] == "Zoé"


def test_a_version_1_ticket_keeps_its_text_and_version_2_adds_the_references() -> None:
    record = ticket([canonical.PaymentRow("cash", 500, 500, 0)])
    old = canonical.dumps(canonical.ticket_data(record, 1))
    assert old.endswith('"change_cents":0}]}') and '"product"' not in old
    new = canonical.ticket_data(record, 2)
    assert list(new)[-2:] == ["user", "account"]
    assert list(new["lines"][0])[-1] == "product"


def test_first_difference_names_the_field() -> None:
    data = canonical.ticket_data(ticket([]))
    changed = canonical.ticket_data(ticket([]))
    changed["lines"][1]["unit_price_cents"] = 1
    assert canonical.first_difference(data, changed) == "lines[1].unit_price_cents"
    changed["lines"].pop()
    assert canonical.first_difference(data, changed) == "lines (nombre)"
    assert canonical.first_difference(data, data) is None


def test_event_details_are_stored_with_sorted_keys() -> None:
    text = canonical.event_details_text({"z": 1, "a": "é"})
    assert text == '{"a":"é","z":1}'
    row = canonical.EventRow("01", 80, AT, "Zoé", "Connexion", text)
    assert list(canonical.event_data(row)["details"]) == ["a", "z"]


def totals(sales: int, refunds: int, rates: tuple[VatTotal, ...]) -> PeriodTotals:
    day = dt.date(2026, 11, 26)
    return PeriodTotals("01", day, day, 2, 1, 1, 1, 2, sales, refunds, sales - refunds,
                        0, 0, 0, rates, ())  # fmt: skip


def test_perpetual_grand_totals_never_reset_and_carry_every_rate() -> None:
    first = next_perpetual(None, totals(1000, 200, (VatTotal(2000, 0, 0, 800, 1000, 200),)))
    assert (first.total_cents, first.absolute_cents) == (800, 1200)
    previous = Closure(perpetual_total_cents=800, perpetual_total_absolute_cents=1200)
    previous.vat_lines = [
        ClosureVat(vat_bp=2000, perpetual_total_cents=800, perpetual_total_absolute_cents=1200)
    ]
    second = next_perpetual(previous, totals(550, 0, (VatTotal(550, 0, 0, 550, 550, 0),)))
    assert (second.total_cents, second.absolute_cents) == (1350, 1750)
    assert second.by_rate == ((2000, 800, 1200), (550, 550, 550))
    zero = next_perpetual(previous, totals(0, 0, ()))
    assert (zero.total_cents, zero.absolute_cents) == (800, 1200)


def test_event_codes_follow_the_reference_list() -> None:
    assert (EventCode.STARTUP, EventCode.INTEGRITY_DEFECT, EventCode.CLOSING_START) == (80, 90, 330)
    assert EventCode["LOGIN"] is EventCode.STARTUP  # an alias: one code, looked up by name
    assert event_label(90) == "Défaut d'intégrité détecté"
    assert event_label(12345) == "Événement 12345"


def test_archive_periods() -> None:
    assert parse_period("2026-11") == ("month", "2026-11")
    assert parse_period(" 2026 ") == ("year", "2026")
    with pytest.raises(ArchiveRefused):
        parse_period("2026-13")
