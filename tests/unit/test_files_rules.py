"""The file rules of store.files: formula cells neutralised (and restored on import),
machine faults in French."""

from __future__ import annotations

import errno

from cafe_pos.store.files import neutralise_cell, os_error_text, restore_cell


def test_cells_a_spreadsheet_would_run_get_an_apostrophe() -> None:
    for formula in ("=1+1", "+33 6", "-cmd|' /C calc'!A0", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise_cell(formula) == "'" + formula
        assert restore_cell(str(neutralise_cell(formula))) == formula
    for plain in ("Café", "-3,20", "12.5", "+4", "", "'quoted"):
        assert neutralise_cell(plain) == plain
    assert neutralise_cell(-150) == -150  # numbers are numbers


def test_system_errors_are_said_in_french() -> None:
    full = os_error_text(OSError(errno.ENOSPC, "No space left on device", "/x/a.zip"))
    assert full.startswith("Le disque est plein") and "No space" not in full
    assert os_error_text(OSError(errno.EISDIR, "Is a directory", "/x")) == (
        "C'est un dossier, pas un fichier : /x"
    )
    assert "Boucle" in os_error_text(OSError(errno.ELOOP, "Too many levels", "/l"))
