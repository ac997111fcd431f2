"""Text helpers shared by searches and uniqueness checks (pure)."""

from __future__ import annotations

import re
import unicodedata

from cafe_pos.domain.errors import UserError


def fold(text: str) -> str:
    """Search key: lower case, accents removed, spaces collapsed ("Crème Brûlée" -> "creme brulee")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(stripped.replace("œ", "oe").replace("æ", "ae").split())


_NOT_WORD = re.compile(r"[\W_]+")


def search_key(text: str) -> str:
    """Folded text with punctuation as spaces, for word-start search ("L'Équipe" -> "l equipe")."""
    return " ".join(_NOT_WORD.sub(" ", fold(text)).split())


class TextError(UserError, ValueError):
    """Text a person typed that the till must not store (see :func:`check_printable`)."""


# Unicode categories never stored in a name: control characters (Cc, which include the
# escape of ANSI sequences), format characters (Cf: bidirectional overrides and isolates,
# zero-width joiners), surrogates (Cs, from badly encoded bytes) and private use (Co).
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co"})


def refused_character(text: str, *, allow_newlines: bool = False) -> str | None:
    """The first character of ``text`` that is refused in names and labels, or None."""
    for char in text:
        if allow_newlines and char == "\n":
            continue
        if unicodedata.category(char) in _REFUSED_CATEGORIES:
            return char
    return None


def check_printable(text: str, what: str, *, allow_newlines: bool = False) -> str:
    """``text`` unchanged, or a French error naming the refused character: names, labels
    and addresses are printed on receipts, shown on screens and sealed in the journal,
    where an escape sequence or a right-to-left override would lie about what they say."""
    char = refused_character(text, allow_newlines=allow_newlines)
    if char is not None:
        raise TextError(
            f"{what} contient un caractère interdit (U+{ord(char):04X}, caractère de "
            "contrôle ou de mise en forme invisible)"
        )
    return text


def visible_text(text: str) -> str:
    """``text`` without the characters that are refused in names, line breaks kept: for a
    free note, where they are invisible anyway (a right-to-left override only reorders
    what is shown, an escape sequence rewrites a terminal)."""
    return "".join(
        char
        for char in text.replace("\r\n", "\n").replace("\t", " ")
        if char == "\n" or unicodedata.category(char) not in _REFUSED_CATEGORIES
    )


def one_line(text: str, what: str) -> str:
    """What a person typed, as the till keeps it: on one line (line breaks, tabs and runs of
    spaces become one space), trimmed; a control or invisible formatting character is
    refused (:class:`TextError`). For reasons, notes and names that are shown, printed or
    sealed in the journal: an escape sequence or a right-to-left override would lie there
    about what they say, and a line break would split the command line's one line."""
    return check_printable(" ".join(text.split()), what)
