"""argparse's own messages in French ("invalid choice" → "choix invalide"...).

argparse takes its messages through ``gettext``; :func:`install` gives its module a
translation function backed by the table below, so every message of the command line
(and of its sub-commands) reaches the user in French. Types that may fail (integers,
dates) are given as functions raising ``ArgumentTypeError`` with a French message.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cafe_pos.domain.text import refused_character

_FRENCH: dict[str, str] = {
    "usage: ": "usage : ",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur %r non permise ici",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "unexpected option string: %s": "option inattendue : %s",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s) : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (possibles : %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue %(parser_name)r (possibles : %(choices)s)"
    ),
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "expected %s argument": "%s valeur attendue",
}


def translate(message: str) -> str:
    return _FRENCH.get(message, message)


def ntranslate(singular: str, plural: str, count: int) -> str:
    return translate(singular if count == 1 else plural)


def install() -> None:
    """Route argparse's messages through the French table (idempotent)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = ntranslate  # type: ignore[attr-defined]


def integer(low: int, high: int, what: str) -> Callable[[str], int]:
    """An argparse type: a whole number between ``low`` and ``high`` (French refusal)."""

    def parse(text: str) -> int:
        cleaned = text.strip()
        if not cleaned.isascii() or not cleaned.lstrip("-").isdigit():
            raise argparse.ArgumentTypeError(f"{what} : nombre entier attendu, pas « {text} »")
        if len(cleaned) > 20:
            raise argparse.ArgumentTypeError(f"{what} : nombre trop grand (au plus {high})")
        value = int(cleaned)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{what} : entre {low} et {high}, pas {value}")
        return value

    parse.__name__ = what
    return parse


def path(text: str) -> Path:
    """An argparse type: a file or folder name, never empty (``Path("")`` would be ".")."""
    if not text.strip():
        raise argparse.ArgumentTypeError("nom de fichier vide")
    char = refused_character(text)
    if char is not None:  # a file nobody could name again (or a name that lies: U+202E)
        raise argparse.ArgumentTypeError(
            f"nom de fichier avec un caractère interdit (U+{ord(char):04X}, caractère de "
            "contrôle ou de mise en forme invisible)"
        )
    return Path(text)


_HEX = frozenset("0123456789abcdef")


def fingerprint(text: str) -> str:
    """An argparse type: a key's fingerprint as the Z ticket prints it (16 hexadecimal
    characters); a typing error is bad input (exit 2), never "Journal altéré"."""
    cleaned = text.strip().lower()
    if len(cleaned) != 16 or not set(cleaned) <= _HEX:
        raise argparse.ArgumentTypeError(
            f"empreinte de clé : 16 caractères hexadécimaux attendus, pas « {text} »"
        )
    return cleaned
