"""The base of the counter's touch dialogs: a title, big fonts, an error line and big
OK / Cancel keys (sale, payment, refund, tabs and responsible-sale dialogs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.ui.widgets.touch_style import STYLE_SHEET, big_button


class TouchDialog(QDialog):
    """A dialog with a title, big fonts and the counter style."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("touchDialog", True)
        self.setStyleSheet(STYLE_SHEET)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("title")
        self.title_label.setWordWrap(True)
        self.layout_.addWidget(self.title_label)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def add_ok_cancel(self, ok_text: str) -> None:
        row = QHBoxLayout()
        self.cancel_button = big_button(self.tr("Annuler"), self)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = big_button(ok_text, self, object_name="primary")
        self.ok_button.clicked.connect(self.try_accept)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        self.layout_.addWidget(self.error_label)
        self.layout_.addLayout(row)

    def try_accept(self) -> None:  # pragma: no cover - overridden
        self.accept()
