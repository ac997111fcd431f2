"""Fonts of the PDF reports: DejaVu Sans when the system has it (every accent and the €
sign, embedded in the PDF), otherwise reportlab's built-in Helvetica (WinAnsi encoding,
which also has é, à, ç and €)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("C:/Windows/Fonts"),
)


@dataclass(frozen=True, slots=True)
class ReportFonts:
    regular: str
    bold: str
    embedded: bool  # True with DejaVu (TrueType embedded), False with Helvetica


def _find(name: str, dirs: tuple[Path, ...]) -> Path | None:
    for folder in dirs:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


@cache
def report_fonts(dirs: tuple[Path, ...] = DEJAVU_DIRS) -> ReportFonts:
    """Register the report fonts once and say which ones to use."""
    regular = _find("DejaVuSans.ttf", dirs)
    bold = _find("DejaVuSans-Bold.ttf", dirs)
    if regular is None or bold is None:
        return ReportFonts("Helvetica", "Helvetica-Bold", embedded=False)
    try:
        pdfmetrics.registerFont(TTFont("CafeSans", str(regular)))
        pdfmetrics.registerFont(TTFont("CafeSans-Bold", str(bold)))
    except Exception:  # a damaged font file: fall back rather than fail the Z
        return ReportFonts("Helvetica", "Helvetica-Bold", embedded=False)
    pdfmetrics.registerFontFamily("CafeSans", normal="CafeSans", bold="CafeSans-Bold")
    return ReportFonts("CafeSans", "CafeSans-Bold", embedded=True)
