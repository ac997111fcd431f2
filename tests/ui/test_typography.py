"""French typography on screen: a wrapped French line never starts with « : » (nor « ? »,
« ! », « ; », « » ») and never ends on « «, as happened in the purge confirmation.

The strings in the code keep plain spaces; the French interface gets non-breaking ones
from its translator (every ``tr``/``translate``) and from ``error_text`` (refusals)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from cafe_pos.domain.errors import UserError
from cafe_pos.ui.i18n import install_translators, remove_translators, set_french_spacing
from cafe_pos.ui.typography import NBSP, french_spacing
from cafe_pos.ui.widgets.messages import error_text

SENTENCE = (
    "Purger les données personnelles de plus de trois ans pour ce café et ses clients "
    ": cette opération est définitive ; voulez-vous continuer ? « oui » ou « non »"
)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    install_translators("fr")
    yield
    remove_translators()


def _lines(text: str, width: float) -> list[str]:
    """The lines Qt's own line breaking makes of ``text`` at ``width`` pixels."""
    layout = QTextLayout(text, QFont("DejaVu Sans", 11))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def _bad_break(lines: list[str]) -> bool:
    return any(ln.lstrip()[:1] in ":;!?»" for ln in lines[1:]) or any(
        ln.rstrip().endswith("«") for ln in lines
    )


def test_no_wrapped_line_starts_with_a_colon_once_spaced(qapp: QApplication) -> None:
    metrics = QFontMetricsF(QFont("DejaVu Sans", 11))
    full = metrics.horizontalAdvance(SENTENCE)
    widths = [full * k / 200 for k in range(20, 200)]
    # plain spaces: some width breaks right before a colon, a question mark or a guillemet
    assert any(_bad_break(_lines(SENTENCE, w)) for w in widths)
    spaced = french_spacing(SENTENCE)
    assert not any(_bad_break(_lines(spaced, w)) for w in widths)
    assert spaced.replace(NBSP, " ") == SENTENCE  # only the spaces changed


def test_the_french_interface_spaces_its_strings_and_its_refusals(french: None) -> None:
    assert QCoreApplication.translate("x", "Total : {0}") == f"Total{NBSP}: {{0}}"
    assert QCoreApplication.translate("x", "Sans deux-points") == "Sans deux-points"
    refused = error_text(UserError("Le ticket est vide : ajoutez un article"))
    assert refused == f"Le ticket est vide{NBSP}: ajoutez un article"
    # Qt's own words still come from Qt's French catalogue, not from the source strings
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_english_and_the_tests_read_the_strings_as_written(qapp: QApplication) -> None:
    set_french_spacing(False)
    assert QCoreApplication.translate("x", "Total : {0}") == "Total : {0}"
    assert error_text(UserError("Le ticket est vide : ajoutez")) == "Le ticket est vide : ajoutez"
    try:
        install_translators("en")  # no catalogue here for "x": plain spaces, never French's
        assert QCoreApplication.translate("x", "Total : {0}") == "Total : {0}"
    finally:
        remove_translators()
