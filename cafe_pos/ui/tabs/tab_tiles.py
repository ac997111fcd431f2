"""The Ardoises screen's first page: every open tab as a big tile (name, total, age).

Layout only: the screen gives the views and what a tap on a tile does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.domain.money import format_eur
from cafe_pos.services.tabs import TabView
from cafe_pos.ui.widgets.elided_label import ElidedLabel
from cafe_pos.ui.widgets.touch_style import set_flag

TILE_WIDTH = 230
TILE_HEIGHT = 128
TILE_SPACING = 14


class TabTile(QPushButton):
    """One open tab: its name big, the total, lines and age."""

    def __init__(self, view: TabView, age: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName(f"tab_{view.id}")
        self.setProperty("tabTile", True)
        set_flag(self, "splitting", bool(view.split_parts))
        self.setFixedSize(TILE_WIDTH, TILE_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        name = ElidedLabel(view.label, self)
        name.setObjectName("tileName")
        total = QLabel(format_eur(view.total_cents), self)
        total.setObjectName("tileTotal")
        details = self.tr("{0} ligne(s) · {1}").format(view.line_count, age)
        if view.split_parts:
            details = self.tr("Partage {0}/{1} payées").format(view.shares_paid, view.split_parts)
        info = QLabel(details, self)
        info.setObjectName("tileInfo")
        for label in (name, total, info):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def sizeHint(self) -> QSize:
        return QSize(TILE_WIDTH, TILE_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(TILE_WIDTH, TILE_HEIGHT)


class TilesPage(QScrollArea):
    """The tiles in a grid that reflows with the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tilesPage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        host = QWidget(self)
        host.setObjectName("tilesHost")
        self.grid = QGridLayout(host)
        self.grid.setSpacing(TILE_SPACING)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label = QLabel(
            self.tr(
                "Aucune ardoise ouverte. Touchez « Nouvelle ardoise » ou, depuis la vente,"
                " « Ardoise » pour y mettre une tournée."
            ),
            host,
        )
        self.empty_label.setObjectName("hint")
        self.empty_label.setWordWrap(True)
        self.setWidget(host)
        self.tiles: list[TabTile] = []

    def fill(
        self,
        views: Sequence[TabView],
        age_of: Callable[[TabView], str],
        on_tap: Callable[[int], None],
    ) -> None:
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        columns = max(1, (self.viewport().width() - 20) // (TILE_WIDTH + TILE_SPACING))
        for index, view in enumerate(views):
            tile = TabTile(view, age_of(view), self.widget())
            tile.clicked.connect(lambda _=False, tab_id=view.id: on_tap(tab_id))
            row, column = divmod(index, columns)
            self.grid.addWidget(tile, row, column)
            tile.show()
            self.tiles.append(tile)
        self.empty_label.setVisible(not views)
        if not views:
            self.grid.addWidget(self.empty_label, 0, 0, 1, 4)
