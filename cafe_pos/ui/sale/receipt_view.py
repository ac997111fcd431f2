"""An on-screen receipt (after a payment, a note before payment, a refund): the devices'
``ReceiptPreview`` showing ``domain.receipt_layout.build_receipt``, sized like the paper."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from cafe_pos.domain.receipt import ReceiptData
from cafe_pos.domain.receipt_layout import build_receipt, render_text
from cafe_pos.ui.devices.receipt_preview import ReceiptPreview

PREVIEW_WIDTH_CHARS = 42


def receipt_text(receipt: ReceiptData, width: int = PREVIEW_WIDTH_CHARS) -> str:
    return render_text(build_receipt(receipt, width), width)


def make_receipt_preview(receipt: ReceiptData, parent: QWidget | None = None) -> ReceiptPreview:
    """A widget showing ``receipt`` as it prints, exactly as wide as the paper in its own
    monospace font, so centred and right-aligned lines sit where the printer puts them."""
    widget = ReceiptPreview(parent, width=PREVIEW_WIDTH_CHARS)
    widget.set_lines(build_receipt(receipt, PREVIEW_WIDTH_CHARS), PREVIEW_WIDTH_CHARS)
    widget.setObjectName("receiptPreview")
    widget.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    width = QFontMetrics(widget.paper_font).horizontalAdvance("M" * PREVIEW_WIDTH_CHARS) + 48
    widget.view.setMinimumWidth(width)
    widget.setFixedWidth(width)
    return widget


def preview_text(widget: QWidget) -> str:
    """What a receipt preview shows, as plain text (tests)."""
    return widget.text() if isinstance(widget, ReceiptPreview) else ""
