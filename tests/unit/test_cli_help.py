"""The command line's help is French: every command's ``--help`` (issue 13, "argparse's own
messages are in English"). argparse's words come through ``commands.argparse_fr``; a help
argparse writes without its catalogue (``--version``'s) would stay English."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from cafe_pos.cli import build_parser
from cafe_pos.commands.argparse_fr import _FRENCH

# argparse's English that French writes otherwise (the "%s" ones are error templates)
ENGLISH = [
    english
    for english, french in _FRENCH.items()
    if english != french and "%" not in english and len(english.split()) > 1
] + ["show program's version number and exit"]


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_every_command_help_is_in_french() -> None:
    parsers = list(_parsers(build_parser()))
    assert len(parsers) > 40  # cafe-pos and its sub-commands, HQ's included
    english = [
        (parser.prog, words)
        for parser in parsers
        for words in ENGLISH
        if words in parser.format_help()
    ]
    assert english == []
    assert "afficher la version et quitter" in parsers[0].format_help()
