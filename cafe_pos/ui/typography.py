"""French typography on screen: a non-breaking space before « : ; ! ? » and inside « »,
so a wrapped line never starts with a colon or a question mark, nor ends on « alone.

The strings in the code keep plain spaces (the command line, logs, tests, HQ, receipts);
only what the screens show gets non-breaking ones, when the interface is French: every
string the Qt translation calls hand out (``FrenchSpacing``, installed by
``i18n.install_translators``) and every refusal shown (``widgets.messages.error_text``).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTranslator

NBSP = "\u00a0"
_BEFORE = re.compile(r" (?=[:;!?»])")
_AFTER_OPENING = re.compile(r"(?<=«) ")


def french_spacing(text: str) -> str:
    """``text`` with the spaces French typography wants unbreakable made so."""
    if " " not in text:
        return text
    return _AFTER_OPENING.sub(NBSP, _BEFORE.sub(NBSP, text))


class FrenchSpacing(QTranslator):
    """The French "translation" of our French strings: the same, with non-breaking spaces
    where French typography wants them. None (a null string for Qt) when there is nothing
    to change: Qt then asks the other translators, or keeps the string; an empty string
    would be taken as the translation."""

    def translate(  # Qt's virtual; None is Qt's "no translation"
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        spaced = french_spacing(sourceText)
        return spaced if spaced != sourceText else None

    def isEmpty(self) -> bool:
        return False
