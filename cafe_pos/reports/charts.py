"""Charts of the PDF reports, drawn with reportlab.graphics (vector, embedded in the PDF).

Each function takes plain data (labels and integer cents) and returns a ``Drawing`` that
a platypus story can hold: sales per day (bars), sales per hour of the week (heat map),
top products (horizontal bars), a split by VAT rate or payment method (pie + legend).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from cafe_pos.domain.formatting import WEEKDAYS_SHORT
from cafe_pos.domain.money import Cents, format_eur
from cafe_pos.reports.fonts import ReportFonts

BAR_COLOUR = colors.HexColor("#8d4a2b")  # coffee
PALETTE = [
    colors.HexColor(code)
    for code in ("#8d4a2b", "#d08c3c", "#4f7c6a", "#6d8bb0", "#b5525c", "#9a8f4e", "#7a6a8c")
]
HEAT_LOW = colors.HexColor("#f7f1e6")
HEAT_HIGH = colors.HexColor("#7a2610")


def euros_axis(value: float) -> str:
    """Axis tick in whole euros: 123400 -> "1 234 €" (ticks are computed by reportlab)."""
    return format_eur(int(value) // 100 * 100)[:-5] + " €"


def _empty(width: float, height: float, fonts: ReportFonts, text: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, strokeColor=colors.lightgrey, fillColor=None))
    drawing.add(
        String(width / 2, height / 2, text, fontName=fonts.regular, fontSize=9, textAnchor="middle")
    )
    return drawing


def sales_per_day(
    points: Sequence[tuple[str, Cents]],
    fonts: ReportFonts,
    *,
    width: float = 480,
    height: float = 170,
) -> Drawing:
    """Vertical bars, one per day: (label "26", total in cents)."""
    if not points or not any(value for _, value in points):
        return _empty(width, height, fonts, "Aucune vente sur la période")
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 48, 22
    chart.width, chart.height = width - 58, height - 32
    chart.data = [[value for _, value in points]]
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = min(0, *(value for _, value in points))
    chart.valueAxis.labelTextFormat = euros_axis
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e5e0d8")
    chart.valueAxis.visibleGrid = True
    chart.categoryAxis.categoryNames = [label for label, _ in points]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 6 if len(points) > 20 else 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.barSpacing = 1
    drawing.add(chart)
    return drawing


def _mix(low: colors.Color, high: colors.Color, ratio: float) -> colors.Color:
    return colors.Color(
        low.red + (high.red - low.red) * ratio,
        low.green + (high.green - low.green) * ratio,
        low.blue + (high.blue - low.blue) * ratio,
    )


def week_heat_map(
    cells: Mapping[tuple[int, int], Cents],
    fonts: ReportFonts,
    *,
    width: float = 480,
    height: float = 150,
) -> Drawing:
    """Sales per (weekday 0=Monday, hour 0–23): darker = more sales. Hours shown: the
    opening span (at least 7h–22h, widened to every hour that had sales)."""
    active = [hour for (_, hour), value in cells.items() if value > 0]
    if not active:
        return _empty(width, height, fonts, "Aucune vente sur la période")
    first = min(7, *active)
    last = max(22, *active)
    hours = list(range(first, last + 1))
    peak = max(cells.values())
    drawing = Drawing(width, height)
    left, bottom = 34, 16
    cell_w = (width - left - 4) / len(hours)
    cell_h = (height - bottom - 12) / 7
    for row in range(7):
        y = bottom + (6 - row) * cell_h
        drawing.add(
            String(
                left - 4, y + cell_h / 2 - 3, WEEKDAYS_SHORT[row], fontName=fonts.regular,
                fontSize=7, textAnchor="end",
            )
        )  # fmt: skip
        for column, hour in enumerate(hours):
            value = cells.get((row, hour), 0)
            ratio = 0.0 if peak <= 0 else max(0, value) / peak
            drawing.add(
                Rect(
                    left + column * cell_w, y, cell_w - 1, cell_h - 1,
                    fillColor=_mix(HEAT_LOW, HEAT_HIGH, ratio), strokeColor=None,
                )
            )  # fmt: skip
    for column, hour in enumerate(hours):
        drawing.add(
            String(
                left + column * cell_w + cell_w / 2, 4, f"{hour}h", fontName=fonts.regular,
                fontSize=6, textAnchor="middle",
            )
        )  # fmt: skip
    drawing.add(
        String(
            width - 4, height - 8, f"plus foncé = plus de ventes (créneau le plus fort : {format_eur(peak)})",
            fontName=fonts.regular, fontSize=6, textAnchor="end",
        )
    )  # fmt: skip
    return drawing


def top_products(
    items: Sequence[tuple[str, Cents]],
    fonts: ReportFonts,
    *,
    width: float = 480,
    height: float = 180,
) -> Drawing:
    """Horizontal bars, best seller on top: (label, total in cents)."""
    if not items:
        return _empty(width, height, fonts, "Aucune vente sur la période")
    ordered = list(reversed(items))  # reportlab draws the first category at the bottom
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 16
    chart.width, chart.height = width - 205, height - 22
    chart.data = [[value for _, value in ordered]]
    chart.bars[0].fillColor = PALETTE[1]
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = euros_axis
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [label[:28] for label, _ in ordered]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.barLabelFormat = lambda value: format_eur(int(value))
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 6
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def split_pie(
    items: Sequence[tuple[str, Cents]],
    fonts: ReportFonts,
    *,
    width: float = 235,
    height: float = 130,
) -> Drawing:
    """A pie with a legend "label — amount": for VAT rates or payment methods."""
    shown = [(label, value) for label, value in items if value > 0]
    if not shown:
        return _empty(width, height, fonts, "Aucun montant")
    drawing = Drawing(width, height)
    pie = Pie()
    size = min(height - 16, width / 2 - 10)
    pie.x, pie.y = 6, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [value for _, value in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for index in range(len(shown)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 18, height - 10
    legend.fontName = fonts.regular
    legend.fontSize = 7
    legend.alignment = "right"
    legend.columnMaximum = 8
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [
        (PALETTE[index % len(PALETTE)], f"{label} — {format_eur(value)}")
        for index, (label, value) in enumerate(shown)
    ]
    drawing.add(legend)
    return drawing
