"""Charts of the Rapports screen, painted with QPainter.

Why QPainter: PySide6-Essentials (our dependency, small install) has no QtCharts — it is
in PySide6-Addons, which would more than double the install for three simple charts.
Bars per day and a weekday × hour heat map are a few rectangles and labels: painted
directly they scale with the window, follow the app's fonts and need no extra package.
The PDF reports draw the same charts with reportlab (``cafe_pos.reports.charts``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cafe_pos.domain.money import format_eur

BAR = QColor("#8d4a2b")
BAR_TODAY = QColor("#d08c3c")
GRID = QColor("#e0d9cf")
TEXT = QColor("#1c2329")
HEAT_LOW = QColor("#f7f1e6")
HEAT_HIGH = QColor("#7a2610")


def weekdays_short() -> list[str]:
    """Monday first, in the interface language ("lun." / "Mon")."""
    locale = QLocale()
    return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


def whole_euros(cents: int) -> str:
    """Axis label: 123456 -> "1 234 €"."""
    return format_eur(cents - cents % 100)[:-5] + " €"


class BarChart(QWidget):
    """Vertical bars with a label under each; the highest value is on the axis, labelled
    as the best bar (``peak_caption``), so it is never read as the period's total."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.title = ""
        self.points: list[tuple[str, int]] = []
        self.highlight: int | None = None
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def set_points(
        self, title: str, points: Sequence[tuple[str, int]], *, highlight: int | None = None
    ) -> None:
        self.title = title
        self.points = list(points)
        self.highlight = highlight
        pair = self.tr("{0} : {1}")  # no space before the colon in English
        self.setToolTip(
            "\n".join(pair.format(label, format_eur(value)) for label, value in self.points)
        )
        self.update()

    def peak_caption(self) -> str:
        """ "meilleur jour : 921 €": what the value on the axis is."""
        peak = max([value for _, value in self.points] + [0])
        return self.tr("meilleur jour : {0}").format(whole_euros(peak))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self.title
        )
        # the title on the first line, what the axis value is on the second: never overlapping
        top, bottom, left, right = 2 * line + 10, self.height() - line - 6, 8, self.width() - 8
        peak = max([value for _, value in self.points] + [0])
        if peak <= 0:
            painter.drawText(
                QRectF(left, top, right - left, bottom - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Aucune vente"),
            )
            painter.end()
            return
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(left, bottom, right, bottom)
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(left, line + 4, right - left, line),
            Qt.AlignmentFlag.AlignRight,
            self.peak_caption(),
        )
        slot = (right - left) / max(1, len(self.points))
        widest = max([metrics.horizontalAdvance(label + " ") for label, _ in self.points] + [1])
        every = max(1, int(widest // max(1.0, slot)) + 1)  # labels never run into each other
        for index, (label, value) in enumerate(self.points):
            height = 0.0 if value <= 0 else (bottom - top) * value / peak
            rect = QRectF(left + index * slot + slot * 0.12, bottom - height, slot * 0.76, height)
            painter.fillRect(rect, BAR_TODAY if index == self.highlight else BAR)
            if index % every == 0:
                painter.drawText(
                    QRectF(left + index * slot, bottom + 2, slot * every, line),
                    Qt.AlignmentFlag.AlignLeft,
                    label,
                )
        painter.end()


class HeatMap(QWidget):
    """Sales per weekday (rows) and hour (columns): darker = more sales."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self.title = ""
        self.cells: dict[tuple[int, int], int] = {}
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 170)

    def set_cells(self, title: str, cells: Mapping[tuple[int, int], int]) -> None:
        self.title = title
        self.cells = dict(cells)
        self.update()

    def hours(self) -> list[int]:
        active = [hour for (_, hour), value in self.cells.items() if value > 0]
        return list(range(min([7, *active]), max([22, *active]) + 1))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self.title
        )
        hours = self.hours()
        peak = max([*self.cells.values(), 0])
        days = weekdays_short()
        left = max(metrics.horizontalAdvance(day) for day in days) + 14
        top, bottom = line + 8, self.height() - line - 4
        cell_w = (self.width() - left - 8) / len(hours)
        cell_h = (bottom - top) / 7
        for row in range(7):
            y = top + row * cell_h
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(4, y, left - 8, cell_h), Qt.AlignmentFlag.AlignVCenter, days[row]
            )
            for column, hour in enumerate(hours):
                value = self.cells.get((row, hour), 0)
                ratio = 0.0 if peak <= 0 else max(0, value) / peak
                colour = QColor(
                    round(HEAT_LOW.red() + (HEAT_HIGH.red() - HEAT_LOW.red()) * ratio),
                    round(HEAT_LOW.green() + (HEAT_HIGH.green() - HEAT_LOW.green()) * ratio),
                    round(HEAT_LOW.blue() + (HEAT_HIGH.blue() - HEAT_LOW.blue()) * ratio),
                )
                painter.fillRect(QRectF(left + column * cell_w, y, cell_w - 1, cell_h - 1), colour)
        every = 1 if cell_w >= metrics.horizontalAdvance("22h ") else 3
        for column, hour in enumerate(hours):
            if column % every == 0:
                painter.drawText(
                    QRectF(left + column * cell_w, bottom + 2, cell_w * every, line),
                    Qt.AlignmentFlag.AlignLeft,
                    f"{hour}h",
                )
        painter.end()
