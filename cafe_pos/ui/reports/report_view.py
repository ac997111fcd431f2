"""One report on screen (Z, X, month or year) with "Enregistrer le PDF" and "Imprimer".

The text is the same content as the PDF and the printed Z (``reports.content``). The PDF
is written on a worker thread (``QThreadPool``) from the frozen figures, so the screen
never freezes; the result comes back through a signal. Printing only queues a job (the
print spool prints it); reprinting a closed report is recorded as a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.reports.content import (
    Section,
    report_sections,
    report_title,
    status_line,
    zero_line,
)
from cafe_pos.services import reporting
from cafe_pos.services.figures import Figures
from cafe_pos.ui.i18n import active_language
from cafe_pos.ui.widgets.messages import call_service, error_text, require_actor, show_toast


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cells(row: tuple[str, ...], *, tag: str = "td", bold: bool = False) -> str:
    out = []
    for index, cell in enumerate(row):
        text = f"<b>{_escape(cell)}</b>" if bold else _escape(cell)
        align = " align=right nowrap" if index else " align=left"
        out.append(f"<{tag}{align}>{text}</{tag}>")
    return "<tr>" + "".join(out) + "</tr>"


def section_html(section: Section) -> str:
    head = _cells(section.columns, tag="th") if any(section.columns) else ""
    body = "".join(_cells(row) for row in section.rows)
    if section.total:
        body += _cells(section.total, bold=True)
    return (
        f"<h3 style='color:#6b3a1f'>{_escape(section.title)}</h3>"
        f"<table width='100%' cellspacing='0' cellpadding='3'>{head}{body}</table>"
    )


def figures_html(figures: Figures, lang: str = "fr") -> str:
    """The report as the screen shows it, in ``lang`` (the interface's language)."""
    parts = [f"<p>{_escape(status_line(figures, lang))}</p>"]
    zero = zero_line(figures, lang)
    if zero:
        parts.append(f"<p style='color:#8a1c1c'><b>{_escape(zero)}</b></p>")
    parts += [f"<p style='color:#8a1c1c'><b>{_escape(n)}</b></p>" for n in figures.notes]
    parts += [section_html(section) for section in report_sections(figures, lang)]
    return "".join(parts)


class _PdfSignals(QObject):
    done = Signal(str)
    failed = Signal(str)


class PdfJob(QRunnable):
    """Writes one PDF off the GUI thread (reportlab only; no database access)."""

    def __init__(self, ctx: ServiceContext, figures: Figures, path: Path | None) -> None:
        super().__init__()
        self.ctx, self.figures, self.path = ctx, figures, path
        self.signals = _PdfSignals()

    def run(self) -> None:
        try:
            written = reporting.save_pdf(self.ctx, self.figures, self.path)
        except (UserError, OSError) as exc:
            self.signals.failed.emit(error_text(exc))
        else:
            self.signals.done.emit(str(written))


class ReportView(QWidget):
    pdf_saved = Signal(str)

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportView")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.figures: Figures | None = None
        self.printed_once = False
        self.last_pdf: str | None = None
        self.last_job_id: int | None = None
        self._jobs: list[PdfJob] = []
        self.title = QLabel(self)
        self.title.setObjectName("reportTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 700;")
        self.title.setWordWrap(True)
        self.text = QTextBrowser(self)
        self.text.setObjectName("reportText")
        self.text.setStyleSheet("#reportText { font-size: 13pt; }")  # a report: dense
        self.save_button = QPushButton(self.tr("Enregistrer le PDF"), self)
        self.save_button.setObjectName("savePdfButton")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button = QPushButton(self.tr("Imprimer"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_report)
        # A month or a year shown but not yet closed: the manager closes it from here.
        self.close_button = QPushButton(self.tr("Clôturer la période"), self)
        self.close_button.setObjectName("closePeriodButton")
        self.close_button.clicked.connect(self.close_period)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self._enable()

    def set_figures(self, figures: Figures, *, printed: bool = False) -> None:
        self.figures = figures
        self.printed_once = printed
        lang = active_language()
        self.title.setText(report_title(figures, lang))
        self.text.setHtml(figures_html(figures, lang))
        self._enable()

    closed = Signal(object)  # the Figures of the period just closed

    def _enable(self) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(self.figures is not None)
        figures = self.figures
        self.close_button.setVisible(
            figures is not None and figures.kind in ("month", "year") and not figures.closed
        )

    def close_period(self) -> None:
        """Monthly or yearly closure of the period shown (its open days/months first)."""
        figures = self.figures
        if figures is None or figures.kind not in ("month", "year") or figures.closed:
            return
        from cafe_pos.services import closing
        from cafe_pos.services import figures as figures_service

        day = figures.first_day

        def close() -> Figures:
            actor = require_actor(self.actor_provider)
            if figures.kind == "month":
                closing.close_month(self.ctx, actor, day.year, day.month)
                return figures_service.month_figures(self.ctx, day.year, day.month)
            closing.close_year(self.ctx, actor, day.year)
            return figures_service.year_figures(self.ctx, day.year)

        done = call_service(self, close)
        if done is not None:
            self.set_figures(done)
            title = report_title(done, active_language())
            show_toast(self, self.tr("Période clôturée : {0}").format(title))
            self.closed.emit(done)

    def save_pdf(self, path: Path | None = None) -> None:
        """Write the PDF on a worker (default: the "rapports" folder beside the database)."""
        if self.figures is None:
            return
        job = PdfJob(self.ctx, self.figures, path)
        job.setAutoDelete(False)
        job.signals.done.connect(self._pdf_done)
        job.signals.failed.connect(lambda message: show_toast(self, message, error=True))
        self._jobs.append(job)
        self.save_button.setEnabled(False)
        QThreadPool.globalInstance().start(job)

    def _pdf_done(self, path: str) -> None:
        self.last_pdf = path
        self.save_button.setEnabled(True)
        self._jobs = [job for job in self._jobs if job.signals is not self.sender()]
        show_toast(self, self.tr("Rapport enregistré : {0}").format(path))
        self.pdf_saved.emit(path)

    def print_report(self) -> None:
        figures = self.figures
        if figures is None:
            return

        def send() -> int:
            actor = require_actor(self.actor_provider)
            return reporting.print_report(self.ctx, actor, figures, duplicate=self.printed_once)

        job_id = call_service(self, send)
        if job_id is not None:
            self.last_job_id = job_id
            self.printed_once = True
            show_toast(self, self.tr("Rapport envoyé à l'imprimante"))
