"""Text for devices with small character sets: pole displays (ASCII) and printers (one
code page). Accents are transliterated, € becomes "EUR" where it cannot be shown, typographic
punctuation becomes its plain form, and lines are cut or padded to the device width.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

# Characters NFKD does not reduce to something printable.
_REPLACEMENTS = {
    "€": "EUR",
    "œ": "oe",
    "Œ": "OE",
    "æ": "ae",
    "Æ": "AE",
    "ß": "ss",
    "—": "-",
    "–": "-",
    "‐": "-",
    "’": "'",
    "‘": "'",
    "‚": ",",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "…": "...",
    "·": ".",
    "•": "*",
    "×": "x",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
}


def _fallback(char: str, can_encode: Callable[[str], bool]) -> str:
    replacement = _REPLACEMENTS.get(char)
    if replacement is not None and all(can_encode(c) for c in replacement):
        return replacement
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if base and all(can_encode(c) for c in base):
        return base
    return "?"


def fit_charset(text: str, can_encode: Callable[[str], bool]) -> str:
    """Keep what the device can show, transliterate the rest ("é" → "e", "—" → "-")."""
    return "".join(c if can_encode(c) else _fallback(c, can_encode) for c in text)


def _is_printable_ascii(char: str) -> bool:
    return " " <= char <= "~"


def to_ascii(text: str) -> str:
    """Printable ASCII for displays without a national character set: "Réglé 5 €" → "Regle 5 EUR"."""
    return fit_charset(text, _is_printable_ascii)


def fit(text: str, width: int, *, align: str = "left") -> str:
    """Exactly ``width`` characters: cut, or padded according to ``align``."""
    text = text[:width]
    if align == "right":
        return text.rjust(width)
    if align == "center":
        return text.center(width)
    return text.ljust(width)


def two_columns(left: str, right: str, width: int) -> str:
    """``left`` cut so that ``right`` fits at the right margin, on exactly ``width`` chars."""
    right = right[:width]
    room = width - len(right)
    left = left[: max(room - 1, 0)] if room > 0 else ""
    return left + " " * (width - len(left) - len(right)) + right
