"""Reasons, notes and names a person types are kept on one line, and an escape sequence,
a right-to-left override or another invisible character is refused before anything is
stored, printed or sealed (issue 13, "control characters ... accepted and sealed": the
names were fixed first, the free texts of refunds, drawers, counts, parcels... in session 8)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cafe_pos.domain import cash, parcels
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.text import one_line, visible_text

# what a bad paste or a hostile label puts in a text
REFUSED = {
    "escape": "Retour\x1b[31m client",
    "bidi override": "Casse \u202eélbats",
    "bell": "Verre cassé\x07",
    "zero-width joiner": "Cass\u200be",
}

TYPED: dict[str, Callable[[str], object]] = {
    "cash difference reason": lambda text: cash.check_difference_reason(-250, text),
    "cash movement note": lambda text: cash.check_movement("out", "other", 500, text),
    "parcel recipient": parcels.clean_name,
    "any reason": lambda text: one_line(text, "Le motif"),
}


def test_a_typed_text_is_kept_on_one_line() -> None:
    assert one_line("  Verre\ncassé\tau   comptoir \r\n", "Le motif") == "Verre cassé au comptoir"
    assert cash.check_difference_reason(-250, "pièce\nperdue") == "pièce perdue"
    assert parcels.clean_name(" Hélène\nMARTIN ") == "Hélène MARTIN"


@pytest.mark.parametrize("field", sorted(TYPED))
@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_an_invisible_or_control_character_is_refused_in_french(field: str, kind: str) -> None:
    with pytest.raises(UserError, match="contient un caractère interdit"):
        TYPED[field](REFUSED[kind])


def test_a_free_note_keeps_its_lines_and_loses_its_invisible_characters() -> None:
    """HQ's note on an alert: several lines allowed; an escape sequence, a right-to-left
    override or a zero-width space is invisible anyway, and dropped (the note reads as
    shown: "Appelé\\nle gérant", not reordered)."""
    assert visible_text("Appelé\r\nle \u202egérant\x1b[2J\u200b\tce matin") == (
        "Appelé\nle gérant[2J ce matin"
    )
