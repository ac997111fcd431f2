"""A receipt on screen as it comes out of the printer: device-neutral lines in a
monospace font on a narrow "paper" strip (bold, double height, separators, cut)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from cafe_pos.domain.receipt_layout import CUT, FEED, LOGO, QR, SEPARATOR, TEXT, PrintLine


class ReceiptPreview(QWidget):
    """Shows a document; ``set_lines(lines, width)`` replaces it."""

    def __init__(self, parent: QWidget | None = None, *, width: int = 48) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.paper_width = width
        self.lines: list[PrintLine] = []
        self.view = QTextEdit(self)
        self.view.setObjectName("receiptPaper")
        self.view.setReadOnly(True)
        self.view.setLineWrapMode(QTextEdit.LineWrapMode.NoWrap)
        self.view.setStyleSheet(
            "QTextEdit#receiptPaper { background: #fffef8; color: #222;"
            " border: 1px solid #ccc; padding: 8px; }"
        )
        self.paper_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.paper_font.setStyleHint(QFont.StyleHint.Monospace)
        self.view.document().setDefaultFont(self.paper_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._fit_width()

    def _fit_width(self) -> None:
        metrics = self.view.fontMetrics()
        self.view.setMinimumWidth(metrics.horizontalAdvance("M" * (self.paper_width + 2)) + 24)

    def set_lines(self, lines: Sequence[PrintLine], width: int | None = None) -> None:
        if width is not None and width != self.paper_width:
            self.paper_width = width
            self._fit_width()
        self.lines = list(lines)
        self.view.clear()
        cursor = QTextCursor(self.view.document())
        first = True
        for line in self.lines:
            if line.kind == LOGO:
                continue
            if not first:
                cursor.insertBlock()
            first = False
            block = QTextBlockFormat()
            char = QTextCharFormat()
            char.setFont(self.paper_font)
            text = line.text
            if line.kind == TEXT:
                alignment = {
                    "center": Qt.AlignmentFlag.AlignHCenter,
                    "right": Qt.AlignmentFlag.AlignRight,
                }.get(line.align, Qt.AlignmentFlag.AlignLeft)
                block.setAlignment(alignment)
                if line.bold:
                    char.setFontWeight(QFont.Weight.Bold)
                if line.double:
                    # Double HEIGHT on the printer: same characters per line, so the same
                    # font width here, taller (stretched) and with more room around it.
                    char.setFontPointSize(self.paper_font.pointSizeF() * 1.5)
                    char.setFontStretch(67)
                    char.setFontWeight(QFont.Weight.Bold)
            elif line.kind == SEPARATOR:
                text = "-" * self.paper_width
            elif line.kind == CUT:
                text = "✂ " + "- " * ((self.paper_width - 2) // 2)
                char.setForeground(Qt.GlobalColor.gray)
            elif line.kind == QR:
                block.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                text = f"[QR] {line.text}"
            elif line.kind == FEED:
                text = ""
            cursor.setBlockFormat(block)
            cursor.insertText(text, char)
        self.view.moveCursor(QTextCursor.MoveOperation.Start)

    def text(self) -> str:
        """The preview as plain text (what the cashier reads)."""
        return self.view.toPlainText()
