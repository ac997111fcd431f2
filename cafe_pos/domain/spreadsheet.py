"""Cells a spreadsheet would run as formulas, made harmless: one rule for every CSV the
software writes (the till's exports through ``store.files``, HQ's dashboard exports)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

# Spreadsheet programs run a cell that starts with one of these as a formula; a plain
# number ("-3,20", an amount) is left as it is.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?\Z")


def neutralise_cell(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM")
    gets a leading apostrophe, shown as text; numbers are left as they are. Every CSV the
    software writes goes through here; the archive's signed JSON keeps the true value."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.match(value):
        return "'" + value
    return value


def neutralise_rows(rows: Iterable[Sequence[object]]) -> Iterator[list[object]]:
    for row in rows:
        yield [neutralise_cell(cell) for cell in row]
