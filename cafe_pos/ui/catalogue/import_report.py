"""The result of a CSV import: how many articles were created and updated, and each
rejected line with its French reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.ui.error_lookup import translated_error


class ImportReportDialog(QDialog):
    def __init__(self, report: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Import du catalogue"))
        self.setMinimumSize(900, 520)
        rejected: list[tuple[int, str]] = list(report.rejected)
        summary = self.tr("{0} article(s) créé(s), {1} mis à jour, {2} ligne(s) refusée(s)").format(
            report.created, report.updated, len(rejected)
        )
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("pageTitle")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(rejected), 2, self)
        self.table.setObjectName("rejectedTable")
        self.table.setHorizontalHeaderLabels([self.tr("Ligne"), self.tr("Raison du refus")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (line, reason) in enumerate(rejected):
            self.table.setItem(row, 0, QTableWidgetItem(str(line)))
            self.table.setItem(row, 1, QTableWidgetItem(translated_error(reason)))
        self.table.setVisible(bool(rejected))
        close = QPushButton(self.tr("Fermer"), self)
        close.setProperty("kind", "primary")
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if rejected:
            layout.addWidget(QLabel(self.tr("Les lignes refusées n'ont pas été importées :"), self))
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
