"""Printing as the cashier sees it: the spool's status in the status bar (through a Qt
signal, from the worker thread to the GUI thread) and the dialog of waiting or failed
print jobs with Retry / Reprint / Save as PDF / Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.devices.spool import PrintSpool, SpoolStatus
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.services import printing
from cafe_pos.ui.devices.receipt_preview import ReceiptPreview
from cafe_pos.ui.widgets.messages import error_text

ModelIndex = QModelIndex | QPersistentModelIndex


class PrintStatusBridge(QObject):
    """Turns spool status callbacks (worker thread) into ``status_changed`` (GUI thread).

    ``status_changed`` carries ``(text, ok)``: ``ok`` is True when the printer is fine,
    False when something is wrong (the text says what, in French), None while printing.
    """

    status_changed = Signal(str, object)
    snapshot = Signal(object)  # the SpoolStatus itself

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last: SpoolStatus | None = None

    def attach(self, spool: PrintSpool) -> None:
        spool.add_listener(self.listener)
        self.listener(spool.last_status)

    def listener(self, status: SpoolStatus) -> None:
        """Called from the spool thread: only emits (queued to the GUI thread)."""
        self.last = status
        ok = {"ok": True, "error": False}.get(status.state)
        self.status_changed.emit(status.message, ok)
        self.snapshot.emit(status)


class PrintJobsModel(QAbstractTableModel):
    COL_ID, COL_DOCUMENT, COL_CREATED, COL_STATUS, COL_ATTEMPTS, COL_ERROR = range(6)
    HEADERS = (  # marked for lupdate, translated by headerData
        QT_TRANSLATE_NOOP("PrintJobsModel", "N°"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Document"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Créé à"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "État"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Essais"),
        QT_TRANSLATE_NOOP("PrintJobsModel", "Problème"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs: list[printing.JobView] = []

    def set_rows(self, jobs: list[printing.JobView]) -> None:
        self.beginResetModel()
        self.jobs = list(jobs)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.jobs)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        job = self.jobs[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole:
            return job.id if column == self.COL_ID else job
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.COL_ID:
            return str(job.id)
        if column == self.COL_DOCUMENT:
            return job.label
        if column == self.COL_CREATED:
            return job.created_at.strftime("%d/%m %H:%M:%S")
        if column == self.COL_STATUS:
            return job.status_label
        if column == self.COL_ATTEMPTS:
            return str(job.attempts)
        if column == self.COL_ERROR:
            return job.last_error
        return None


class PrintJobsDialog(QDialog):
    """Waiting and failed print jobs; the manager retries, reprints, saves a PDF or cancels."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor: Actor,
        *,
        spool: PrintSpool | None = None,
        paper_width: int = 48,
        show_all: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printJobsDialog")
        self.setWindowTitle(self.tr("Impressions en attente"))
        self.ctx = ctx
        self.actor = actor
        self.spool = spool
        self.paper_width = paper_width
        self.show_all = show_all
        self.model = PrintJobsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            PrintJobsModel.COL_ERROR, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.preview = ReceiptPreview(self, width=paper_width)
        self.message = QLabel(self)
        self.message.setObjectName("printJobsMessage")
        self.message.setWordWrap(True)

        self.retry_button = QPushButton(self.tr("Réessayer"), self)
        self.reprint_button = QPushButton(self.tr("Réimprimer"), self)
        self.pdf_button = QPushButton(self.tr("Enregistrer en PDF…"), self)
        self.cancel_button = QPushButton(self.tr("Abandonner l'impression"), self)
        self.close_button = QPushButton(self.tr("Fermer"), self)
        self.retry_button.clicked.connect(lambda: self._act(self.retry_selected))
        self.reprint_button.clicked.connect(lambda: self._act(self.reprint_selected))
        self.pdf_button.clicked.connect(lambda: self._act(self.save_selected_pdf))
        self.cancel_button.clicked.connect(lambda: self._act(self.cancel_selected))
        self.close_button.clicked.connect(self.accept)

        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.reprint_button, self.pdf_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.resize(1000, 560)
        self.refresh()

    # --- data -----------------------------------------------------------------------------

    def refresh(self) -> None:
        jobs = printing.recent_jobs(self.ctx) if self.show_all else printing.pending_jobs(self.ctx)
        selected = self.selected_job_id()
        self.model.set_rows(jobs)
        row = next((i for i, job in enumerate(jobs) if job.id == selected), 0 if jobs else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_selected()

    def selected_job_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.jobs):
            return None
        return self.model.jobs[index.row()].id

    def select_job(self, job_id: int) -> None:
        for row, job in enumerate(self.model.jobs):
            if job.id == job_id:
                self.table.selectRow(row)
                return

    def _show_selected(self, *_: object) -> None:
        job_id = self.selected_job_id()
        has_job = job_id is not None
        for button in (self.retry_button, self.reprint_button, self.pdf_button, self.cancel_button):
            button.setEnabled(has_job)
        if job_id is None:
            self.preview.set_lines([])
            return
        try:
            document = printing.job_document(self.ctx, job_id)
        except UserError:
            self.preview.set_lines([])
            self.pdf_button.setEnabled(False)
            return
        self.preview.set_lines(document.lines, self.paper_width)

    # --- actions --------------------------------------------------------------------------

    def _act(self, action: Callable[[], str]) -> None:
        try:
            text = action()
        except UserError as exc:
            self._say(error_text(exc), ok=False)
        else:
            if text:
                self._say(text, ok=True)
        self.refresh()

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("state", "ok" if ok else "problem")
        self.message.setStyleSheet("color: #1b5e20;" if ok else "color: #b71c1c;")

    def _require_selection(self) -> int:
        job_id = self.selected_job_id()
        if job_id is None:
            raise UserError(self.tr("Choisissez d'abord une impression dans la liste"))
        return job_id

    def retry_selected(self) -> str:
        printing.retry_job(self.ctx, self.actor, self._require_selection())
        if self.spool is not None:
            self.spool.retry_now()
        return self.tr("Nouvel essai d'impression demandé")

    def reprint_selected(self) -> str:
        new_id = printing.reprint_job(self.ctx, self.actor, self._require_selection())
        if self.spool is not None:
            self.spool.retry_now()
        return self.tr("Nouvelle impression demandée (n° {0})").format(new_id)

    def cancel_selected(self) -> str:
        printing.cancel_job(self.ctx, self.actor, self._require_selection())
        return self.tr("Impression abandonnée : la vente reste enregistrée")

    def save_selected_pdf(self, path: Path | None = None) -> str:
        job_id = self._require_selection()
        document = printing.job_document(self.ctx, job_id)
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Enregistrer en PDF"), f"impression-{job_id}.pdf", "PDF (*.pdf)"
            )
            if not chosen:
                return ""
            path = Path(chosen)
        return self.save_pdf(job_id, path, document)

    def save_pdf(
        self, job_id: int, path: Path, document: printing.JobDocument | None = None
    ) -> str:
        from cafe_pos.reports.receipt_pdf import render_pdf

        document = document or printing.job_document(self.ctx, job_id)
        title = (
            f"Ticket n° {document.ticket_number}"
            if document.ticket_number is not None
            else f"Impression n° {job_id}"
        )
        try:
            path.write_bytes(render_pdf(document.lines, self.paper_width, title=title))
        except OSError as exc:
            raise UserError(
                self.tr("Impossible d'écrire le PDF : {0}").format(exc.strerror or exc)
            ) from exc
        return self.tr("PDF enregistré : {0}").format(path)
