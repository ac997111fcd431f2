"""A service's French error message shown in the interface's language.

Services raise ``UserError`` with one French sentence (the CLI prints it as it is). The
sentence's template is in ``cafe_pos.ui.error_texts`` (generated from the code by
``scripts/extract_errors.py``) and its English in the translation files (context
``Errors``). ``translated_error`` finds the template a message was made from: first as a
whole sentence, then by matching the templates with values (``{0}``, ``{1}``...), most
specific (longest fixed text) first, the reading that explains most of the message
winning; the values it captures are translated too (a value can be a French clause)
and put back in the English template, where English word order puts them.
Known sentences inside a text no template fits (an operating system's reason written in
French by ``store.files.os_error_text``) are translated where they stand. In French the
message is shown as it is.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from cafe_pos.ui.error_texts import TEMPLATES
from cafe_pos.ui.i18n import DEFAULT_LANGUAGE, active_language
from cafe_pos.ui.wording import device_text

CONTEXT = "Errors"


@dataclass(frozen=True, slots=True)
class _Pattern:
    template: str
    prefix: str  # the fixed text before the first value: a cheap test before the regex
    suffix: str  # and after the last one
    regex: re.Pattern[str]
    fixed: int  # how much fixed text: the most specific template is tried first


def _unescaped(text: str) -> str:
    return text.replace("{{", "{").replace("}}", "}")


@cache
def _whole_sentences() -> dict[str, str]:
    """French sentence -> its template, for the templates without a value."""
    return {
        _unescaped(template): template
        for template in map(str, TEMPLATES)
        if not any(field is not None for _, field, _, _ in string.Formatter().parse(template))
    }


@cache
def _patterns() -> tuple[_Pattern, ...]:
    """The templates with values as anchored regexes, most specific first (built once)."""
    patterns = []
    for template in map(str, TEMPLATES):
        parts = list(string.Formatter().parse(template))
        if not any(field is not None for _, field, _, _ in parts):
            continue
        regex = "".join(
            re.escape(literal) + ("" if field is None else "(.+?)")
            for literal, field, _, _ in parts
        )
        literals = [literal for literal, _, _, _ in parts]
        last_field = parts[-1][1] is not None
        patterns.append(
            _Pattern(
                template,
                literals[0],
                "" if last_field else literals[-1],
                re.compile(rf"\A{regex}\Z", re.DOTALL),
                sum(map(len, literals)),
            )
        )
    patterns.sort(key=lambda pattern: (-pattern.fixed, pattern.template))
    return tuple(patterns)


@cache
def _clause_pattern() -> re.Pattern[str]:
    """The sentences without values (two words at least), longest first, as words."""
    clauses = sorted((t for t in _whole_sentences() if len(t.split()) >= 2), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, clauses)) + r")(?!\w)")


def _with_clauses(text: str) -> tuple[int, str]:
    """``text`` with the known sentences inside it translated (a file system's reason in
    a backup's refusal...), and how much of it they cover; no French space before a colon
    once one was translated."""
    covered = 0

    def english(match: re.Match[str]) -> str:
        nonlocal covered
        covered += len(match.group(0))
        template = _whole_sentences()[match.group(0)]
        return _unescaped(QCoreApplication.translate(CONTEXT, template))

    out = _clause_pattern().sub(english, text)
    return covered, out.replace(" : ", ": ") if out != text else text


def translated_error(text: str) -> str:
    """``text`` (a service's French error message) in the interface's language."""
    if active_language() == DEFAULT_LANGUAGE:
        return text
    return _best(text, values=True)[1]


def _best(text: str, *, values: bool) -> tuple[int, str]:
    """How many characters of ``text`` known French explains, and its translation.

    Several templates can fit one message ("Ligne {0} : {1}" and "{0} ne peut pas être
    négatif" both fit "Ligne 4 : Le prix ne peut pas être négatif"): the reading that
    explains the most of the text wins (its values counted when they are themselves
    known sentences), the most specific template on a tie.
    """
    template = _whole_sentences().get(text)
    if template is not None:
        return len(text), _unescaped(QCoreApplication.translate(CONTEXT, template))
    best = _with_clauses(text)
    for pattern in _patterns():
        if not (text.startswith(pattern.prefix) and text.endswith(pattern.suffix)):
            continue
        match = pattern.regex.match(text)
        if match is None:
            continue
        explained = pattern.fixed
        shown: list[str] = []
        for value in match.groups():
            known, english = _best(value, values=False) if values else (0, value)
            explained += known
            shown.append(device_text(english))
        if explained <= best[0]:
            continue
        try:
            best = (explained, QCoreApplication.translate(CONTEXT, pattern.template).format(*shown))
        except (IndexError, KeyError, ValueError):  # a translation with a broken field
            continue
    return best
