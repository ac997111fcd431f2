"""Refresh the .ts files from the sources and keep what was already translated.

``pyside6-lupdate -no-obsolete`` files a string under the class that calls ``self.tr``:
moving code between classes (a screen split into panels) drops the old entry and adds an
untranslated one. This script snapshots every translation first, runs lupdate, then fills
each untranslated entry from the same French text (same context first, else any context).
``--extra FILE`` adds translations for new strings: one ``French<TAB>English`` per line.
It prints what is still untranslated in English. Then rebuild the .qm (``make translations``).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "assets" / "i18n"


def _snapshot(ts: Path) -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    by_context: dict[tuple[str, str], str] = {}
    by_source: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = node.text if node is not None else None
            if node is not None and text and node.get("type") != "unfinished":
                by_context[(name, source)] = text
                by_source.setdefault(source, text)
    return by_context, by_source


def _fill(ts: Path, extra: dict[str, str]) -> list[str]:
    """Fill the unfinished entries of ``ts`` in place (text edit, keeps lupdate's layout)."""
    tree = ET.parse(ts)
    missing: list[str] = []
    fills: dict[tuple[str, str], str] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            found = _OLD[0].get((name, source)) or _OLD[1].get(source) or extra.get(source)
            if found:
                fills[(name, source)] = found
            else:
                missing.append(f"{name}: {source}")
    if fills:
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is not None and (name, source) in fills:
                    node.text = fills[(name, source)]
                    del node.attrib["type"]
        body = ET.tostring(tree.getroot(), encoding="unicode")
        head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        ts.write_text(head + _lupdate_style(body) + "\n", encoding="utf-8")
    return missing


def _lupdate_style(body: str) -> str:
    """ElementTree drops the quotes lupdate escapes; let lupdate rewrite the file itself."""
    return body


_OLD: tuple[dict[tuple[str, str], str], dict[str, str]] = ({}, {})


def _lupdate(ts: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "cafe_pos" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
    )


def main() -> int:
    global _OLD
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--extra", type=Path, help="French<TAB>English lines")
    args = parser.parse_args()
    extra: dict[str, str] = {}
    if args.extra:
        for line in args.extra.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                french, english = line.split("\t", 1)
                extra[french] = english
    ts = I18N / "cafe_pos_en.ts"
    _OLD = _snapshot(ts)
    _lupdate(ts)
    missing = _fill(ts, extra)
    _lupdate(ts)  # lupdate rewrites the file in its own layout
    _lupdate(I18N / "cafe_pos_fr.ts")
    for line in missing:
        print("untranslated:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
