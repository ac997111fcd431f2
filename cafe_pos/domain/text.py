"""Text helpers shared by searches and uniqueness checks (pure)."""

from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Search key: lower case, accents removed, spaces collapsed ("Crème Brûlée" -> "creme brulee")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.replace("œ", "oe").replace("æ", "ae").split())


_NOT_WORD = re.compile(r"[\W_]+")


def search_key(text: str) -> str:
    """Folded text with punctuation as spaces, for word-start search ("L'Équipe" -> "l equipe")."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())
