"""An on-screen receipt (after a payment, a note before payment, a refund).

Uses the devices helper's ``cafe_pos.ui.devices.receipt_preview.ReceiptPreview`` when it
is installed; otherwise shows the same device-neutral lines as monospace text on a
"paper" background. Either way the content is ``domain.receipt_layout.build_receipt``.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QWidget

from cafe_pos.domain.receipt import ReceiptData
from cafe_pos.domain.receipt_layout import build_receipt, render_text

PREVIEW_WIDTH_CHARS = 42


def receipt_text(receipt: ReceiptData, width: int = PREVIEW_WIDTH_CHARS) -> str:
    return render_text(build_receipt(receipt, width), width)


def make_receipt_preview(receipt: ReceiptData, parent: QWidget | None = None) -> QWidget:
    """A widget showing ``receipt`` as it prints."""
    lines = build_receipt(receipt, PREVIEW_WIDTH_CHARS)
    try:
        module = importlib.import_module("cafe_pos.ui.devices.receipt_preview")
        preview_class = module.ReceiptPreview
    except (ModuleNotFoundError, AttributeError):
        preview_class = None
    if preview_class is not None:
        try:
            widget: QWidget = preview_class(parent, width=PREVIEW_WIDTH_CHARS)
            widget.set_lines(lines, PREVIEW_WIDTH_CHARS)  # type: ignore[attr-defined]
            widget.setObjectName("receiptPreview")
            _fit_paper(widget)
            return widget
        except (TypeError, AttributeError):
            pass
    return _PlainPreview(render_text(lines, PREVIEW_WIDTH_CHARS), parent)


def _fit_paper(widget: QWidget) -> None:
    """Make the preview exactly as wide as the paper in its own monospace font, so centred
    and right-aligned lines sit where the printer puts them."""
    paper = getattr(widget, "view", None)
    font = getattr(widget, "paper_font", None)
    if not isinstance(paper, QAbstractScrollArea) or not isinstance(font, QFont):
        return
    paper.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    width = QFontMetrics(font).horizontalAdvance("M" * PREVIEW_WIDTH_CHARS) + 48
    paper.setMinimumWidth(width)
    widget.setFixedWidth(width)


def preview_text(widget: QWidget) -> str:
    """What a receipt preview shows, as plain text (tests)."""
    text = getattr(widget, "text", None)
    if callable(text):
        return str(text())
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return ""


class _PlainPreview(QPlainTextEdit):
    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(10)
        self.setFont(font)
        self.setStyleSheet(
            "QPlainTextEdit { background: #fffdf5; color: #212121; border: 1px solid #d7ccc8;"
            " font-size: 10pt; padding: 8px; }"
        )
        self.setPlainText(text)
        width = self.fontMetrics().horizontalAdvance("M" * (PREVIEW_WIDTH_CHARS + 2)) + 30
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 6)
