"""The receipt layout: what the customer, the manager and a tax auditor read on paper."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cafe_pos.domain.receipt import ReceiptData, ReceiptLine
from cafe_pos.domain.receipt_layout import (
    CUT,
    NOTE_MARK,
    SEPARATOR,
    TEST_SENTENCE,
    TEXT,
    TRAINING_MARK,
    PrintLine,
    build_receipt,
    build_test_page,
    build_text_document,
    lines_from_json,
    lines_to_json,
    render_text,
)

Factory = Callable[..., ReceiptData]


def texts(lines: list[PrintLine]) -> list[str]:
    return [line.text for line in lines if line.kind == TEXT]


@pytest.mark.parametrize("width", [32, 42, 48])
def test_no_line_is_wider_than_the_paper(receipt_factory: Factory, width: int) -> None:
    lines = build_receipt(receipt_factory(duplicate_copy=3, training=True), width)
    too_wide = [t for t in texts(lines) if len(t) > width]
    assert too_wide == []
    assert lines[-1].kind == CUT


def test_receipt_carries_the_legal_mentions(receipt_factory: Factory) -> None:
    text = render_text(build_receipt(receipt_factory(), 48), 48)
    assert "Café de la Place" in text
    assert "1 place de l'Église" in text
    assert "SIRET 123 456 789 00012 - NAF 5630Z" in text
    assert "TVA intracom. FR12345678900" in text
    assert "Ticket n° 42" in text
    assert "26/11/2026 14:03:27" in text  # date-time to the second
    assert "Caisse 01" in text
    assert "Opérateur : Marie" in text
    assert "Nombre de lignes                               4" in text
    assert "Signature                               A1B2C3D4" in text
    assert "cafe-pos 0.1.0" in text
    assert "Merci de votre visite !" in text


def test_each_line_shows_quantity_price_discount_total_and_vat_code(
    receipt_factory: Factory,
) -> None:
    lines = texts(build_receipt(receipt_factory(), 42))
    assert "Café                              1,50 € B" in lines
    assert "  2 x 3,00 €                      6,00 € A" in lines
    assert "  0,250 kg x 24,90 €/kg           6,23 € C" in lines
    # the discounted line: gross, then the discount, so the amounts add up to the total
    assert "  1 x 4,50 €                      4,50 € B" in lines
    assert "  Remise                         -0,50 €  " in lines


def test_vat_summary_per_rate_adds_up(receipt_factory: Factory) -> None:
    lines = texts(build_receipt(receipt_factory(), 42))
    assert "TVA               HT        TVA        TTC" in lines
    assert "A 20%           5,00       1,00       6,00" in lines
    assert "B 10%           5,00       0,50       5,50" in lines
    assert "C 5,5%          5,91       0,32       6,23" in lines
    assert "Total          15,91       1,82      17,73" in lines


def test_total_is_bold_double_height_and_payments_follow(receipt_factory: Factory) -> None:
    lines = build_receipt(receipt_factory(), 32)
    total = next(line for line in lines if line.text.startswith("TOTAL TTC"))
    assert total.text == "TOTAL TTC                17,73 €"
    assert total.bold and total.double
    body = texts(lines)
    # The customer handed over 20 €: the receipt shows what was given and the change.
    assert "Espèces reçues           20,00 €" in body
    assert "Rendu monnaie             2,27 €" in body


def test_refund_says_which_ticket_it_cancels(receipt_factory: Factory) -> None:
    refund_line = ReceiptLine("Comté AOP 18 mois", -250, "kg", 2490, 0, -623, 550)
    data = receipt_factory(
        kind="refund", number=43, refund_of_number=41, lines=(refund_line,), total_cents=-623
    )
    text = render_text(build_receipt(data, 42), 42)
    assert "Ce ticket annule le ticket n° 41" in text
    assert "REMBOURSEMENT" in text
    assert "  -0,250 kg x 24,90 €/kg         -6,23 € C" in text


def test_duplicate_is_marked_with_its_copy_number_top_and_bottom(receipt_factory: Factory) -> None:
    lines = build_receipt(receipt_factory(duplicate_copy=2), 42)
    marks = [line for line in lines if line.text == "DUPLICATA n° 2"]
    assert len(marks) == 2
    assert marks[0].bold


def test_unpaid_note_is_not_a_ticket(receipt_factory: Factory) -> None:
    data = receipt_factory(kind="note", number=None, payments=(), change_cents=0)
    text = render_text(build_receipt(data, 42), 42)
    assert NOTE_MARK in text
    assert "Ticket n°" not in text
    assert "Espèces" not in text
    assert "HT" in text  # a note shows the total HT and TTC


def test_training_mode_is_marked(receipt_factory: Factory) -> None:
    lines = build_receipt(receipt_factory(training=True), 48)
    assert sum(1 for line in lines if line.text == TRAINING_MARK) == 2


def test_optional_qr_code(receipt_factory: Factory) -> None:
    lines = build_receipt(receipt_factory(), 48, qr_data="https://cafe.example/t/42")
    assert PrintLine(text="https://cafe.example/t/42", kind="qr", align="center") in lines
    assert all(line.kind != "qr" for line in build_receipt(receipt_factory(), 48))


def test_lines_survive_the_spool_json(receipt_factory: Factory) -> None:
    lines = build_receipt(receipt_factory(duplicate_copy=1), 32, qr_data="x")
    assert lines_from_json(lines_to_json(lines)) == lines


def test_bad_payload_is_refused() -> None:
    with pytest.raises(ValueError):
        lines_from_json('[{"k": "explode"}]')


@pytest.mark.parametrize("width", [32, 42, 48])
def test_test_page_has_the_french_sentence_and_a_ruler(width: int) -> None:
    lines = build_test_page(width)
    body = texts(lines)
    assert TEST_SENTENCE in " ".join(body)  # wrapped at spaces on narrow paper
    assert "".join(str(i % 10) for i in range(1, width + 1)) in body
    assert all(len(t) <= width for t in body)
    assert lines[-1].kind == CUT


def test_text_document_for_a_z_report() -> None:
    lines = build_text_document(
        "Clôture du 26/11/2026",
        [("Tickets", "153"), ("Total TTC", "845,20 €"), None, "Fin du rapport", ""],
        width=32,
    )
    assert lines[0].text == "Clôture du 26/11/2026" and lines[0].double
    body = texts(lines)
    assert "Tickets                      153" in body
    assert "Total TTC               845,20 €" in body
    assert sum(1 for line in lines if line.kind == SEPARATOR) == 2
    assert lines[-1].kind == CUT
