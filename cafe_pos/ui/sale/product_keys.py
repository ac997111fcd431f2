"""The quick keys: a row of category tabs in their colours and a grid of product keys.

One tap on a product key calls ``on_item(SaleItem)`` (a plain callback rather than a Qt
signal: PySide6 6.12.0 loses a reference to ``True`` on every ``Signal.emit()`` made
from Python, and this is the busiest path of the till). The same grid shows the
search results while the cashier types. Keys are big (≥ 64 px), in the category colour,
with the price under the name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.domain.cart import SaleItem
from cafe_pos.domain.money import format_eur
from cafe_pos.services.sale_items import QuickCategory
from cafe_pos.ui.widgets.touch_style import colour_key_style

MIN_PRODUCT_KEY_WIDTH = 124
MIN_CATEGORY_KEY_WIDTH = 100
PRODUCT_KEY_HEIGHT = 76
CATEGORY_KEY_HEIGHT = 50
WRAP_AT = 11
SEARCH_COLOUR = "#455a64"


def button_text(text: str) -> str:
    """Text for a QPushButton: "&" shown as itself, not as a keyboard mnemonic."""
    return text.replace("&", "&&")


def wrap_two_lines(text: str, width: int = WRAP_AT) -> str:
    """Break a long name on the space (or after the hyphen) nearest its middle
    ("Crèmerie &\nfromages", "Jambon-\nbeurre")."""
    if len(text) <= width or not (" " in text or "-" in text):
        return text
    middle = len(text) / 2
    cuts = [i for i, ch in enumerate(text) if ch == " "]
    cuts += [i + 1 for i, ch in enumerate(text[:-1]) if ch == "-"]
    cut = min(cuts, key=lambda i: abs(i - middle))
    rest = text[cut + 1 :] if text[cut] == " " else text[cut:]  # the space goes, not a letter
    return text[:cut] + "\n" + rest


MIN_KEY_FONT_PT = 7


def fitting_point_size(button: QPushButton, largest: int) -> int:
    """The largest bold point size (down to 7) at which every line of the key's text fits
    inside the key: a narrow key (1024 px screens) shrinks its text instead of cutting
    "Cappuccino" to "ppuccin"."""
    lines = button.text().replace("&&", "&").splitlines() or [""]
    width = button.width() - 14  # the style's padding and rounded border
    height = button.height() - 8
    font = QFont(button.font())
    font.setBold(True)
    for size in range(largest, MIN_KEY_FONT_PT, -1):
        font.setPointSize(size)
        metrics = QFontMetrics(font)
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        if widest <= width and metrics.lineSpacing() * len(lines) <= height:
            return size
    return MIN_KEY_FONT_PT


class FitKey(QPushButton):
    """A key in a category colour whose text shrinks to fit the key, never cut."""

    def __init__(self, text: str, colour: str, font_pt: int, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.colour = colour
        self.largest_pt = font_pt
        self.font_pt = font_pt
        self.setStyleSheet(colour_key_style(colour, font_pt=font_pt))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        size = fitting_point_size(self, self.largest_pt)
        if size != self.font_pt:
            self.font_pt = size
            self.setStyleSheet(colour_key_style(self.colour, font_pt=size))


def key_text(item: SaleItem) -> str:
    price = format_eur(item.price_cents)
    if item.unit == "kg":
        price += " /kg"
    return button_text(f"{wrap_two_lines(item.key_label or item.label, 10)}\n{price}")


class ProductKeys(QWidget):
    """Category tabs on top, product keys below (or the search results)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        on_item: Callable[[SaleItem], object] | None = None,
        on_favourite: Callable[[SaleItem, bool], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_item = on_item
        self.on_favourite = on_favourite  # (item, pin): a key's menu edits "Favoris"
        self.favourite_menu: QMenu | None = None
        self.setObjectName("productKeys")
        self._categories: list[QuickCategory] = []
        self.category_buttons: list[QPushButton] = []
        self.product_buttons: list[QPushButton] = []
        self.product_items: list[SaleItem] = []  # the item of each key, same order
        self.current_category = -1
        self.product_columns = 3
        self.category_columns = 3
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._category_grid = QGridLayout()
        self._category_grid.setSpacing(6)
        layout.addLayout(self._category_grid)
        self._category_group = QButtonGroup(self)
        self._category_group.setExclusive(True)
        self.heading = QLabel("", self)
        self.heading.setObjectName("hint")
        self.heading.hide()
        layout.addWidget(self.heading)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._keys_host = QWidget(self._scroll)
        self._keys_host.setObjectName("keysHost")
        self._keys_grid = QGridLayout(self._keys_host)
        self._keys_grid.setSpacing(8)
        self._keys_grid.setContentsMargins(0, 0, 4, 0)
        self._keys_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._scroll.setWidget(self._keys_host)
        layout.addWidget(self._scroll, 1)

    # ------------------------------------------------------------------ categories
    def set_categories(self, categories: Sequence[QuickCategory]) -> None:
        self._categories = list(categories)
        for button in self.category_buttons:
            self._category_group.removeButton(button)
            button.hide()
            button.deleteLater()
        self.category_buttons = []
        for index, category in enumerate(self._categories):
            # the learned page's name in the interface's language (a category's is the café's)
            name = self.tr("Favoris") if category.id < 0 else category.name
            button = FitKey(button_text(wrap_two_lines(name)), category.colour, 11, self)
            button.setObjectName(f"category_{category.id}")
            button.setCheckable(True)
            button.setMinimumWidth(40)
            button.setFixedHeight(CATEGORY_KEY_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, i=index: self.show_category(i))
            self._category_group.addButton(button)
            self.category_buttons.append(button)
        self._place(self._category_grid, self.category_buttons, self.category_columns)
        keep = min(max(self.current_category, 0), len(self._categories) - 1)
        if self._categories:
            self.show_category(keep)
        else:
            self._fill([], "#607d8b")

    @property
    def categories(self) -> list[QuickCategory]:
        return list(self._categories)

    def show_category(self, index: int) -> None:
        if not 0 <= index < len(self._categories):
            return
        self.current_category = index
        category = self._categories[index]
        self.category_buttons[index].setChecked(True)
        self.heading.hide()
        self._fill(category.items, category.colour)

    @property
    def favourites_shown(self) -> bool:
        """The "Favoris" page (the first, with a negative id) is on screen."""
        index = self.current_category
        return 0 <= index < len(self._categories) and self._categories[index].id < 0

    def show_home(self) -> None:
        """Back to the first page ("Favoris" when the café has one)."""
        if self._categories and self._categories[0].id < 0:
            self.show_category(0)

    def show_favourite_menu(self, button: QPushButton, item: SaleItem) -> QMenu | None:
        """A long press (right click) on a key: add it to "Favoris", or take it off."""
        if self.on_favourite is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("favouriteMenu")
        on_favourites = self.favourites_shown
        text = self.tr("Retirer des favoris") if on_favourites else self.tr("Ajouter aux favoris")
        action = menu.addAction(text)
        action.setObjectName("favouriteAction")
        callback = self.on_favourite
        action.triggered.connect(lambda: callback(item, not on_favourites))
        menu.aboutToHide.connect(menu.deleteLater)
        self.favourite_menu = menu
        menu.popup(button.mapToGlobal(button.rect().center()))
        return menu

    def show_category_named(self, name: str) -> None:
        for index, category in enumerate(self._categories):
            if category.name == name:
                self.show_category(index)
                return

    # ------------------------------------------------------------------ search
    def show_results(self, items: Sequence[SaleItem], text: str) -> None:
        """Show search results in the grid (category colours kept per item)."""
        checked = self._category_group.checkedButton()
        if checked is not None:
            self._category_group.setExclusive(False)
            checked.setChecked(False)
            self._category_group.setExclusive(True)
        if items:
            self.heading.setText(self.tr("Résultats pour « {0} » : {1}").format(text, len(items)))
        else:
            self.heading.setText(self.tr("Aucun article ne correspond à « {0} »").format(text))
        self.heading.show()
        self._fill(items, SEARCH_COLOUR, by_category=True)

    def end_search(self) -> None:
        if self._categories:
            self.show_category(max(self.current_category, 0))
        self.heading.hide()

    @property
    def shown_items(self) -> list[SaleItem]:
        return list(self.product_items)

    # ------------------------------------------------------------------ keys
    def _colour_of(self, item: SaleItem, default: str) -> str:
        for category in self._categories:
            if category.name == item.category_name:
                return category.colour
        return default

    def _fill(self, items: Sequence[SaleItem], colour: str, *, by_category: bool = False) -> None:
        for button in self.product_buttons:
            self._keys_grid.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.product_buttons = []
        self.product_items = list(items)
        for item in items:
            key_colour = self._colour_of(item, colour) if by_category else colour
            button = FitKey(key_text(item), key_colour, 12, self._keys_host)
            button.setObjectName(f"product_{item.product_id}")
            button.setMinimumWidth(40)
            button.setFixedHeight(PRODUCT_KEY_HEIGHT)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(item.label)
            button.clicked.connect(self._chooser(item))
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.customContextMenuRequested.connect(
                lambda _pos, b=button, i=item: self.show_favourite_menu(b, i)
            )
            self.product_buttons.append(button)
        self._place(self._keys_grid, self.product_buttons, self.product_columns)
        self._scroll.verticalScrollBar().setValue(0)

    def _chooser(self, item: SaleItem) -> Callable[[], None]:
        def choose() -> None:
            if self.on_item is not None:
                self.on_item(item)

        return choose

    @staticmethod
    def _place(grid: QGridLayout, buttons: list[QPushButton], columns: int) -> None:
        for button in buttons:
            grid.removeWidget(button)
        for index, button in enumerate(buttons):
            row, column = divmod(index, columns)
            grid.addWidget(button, row, column)
            button.show()  # at once, not at the next turn of the event loop
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """More keys per row on a wider screen (3 at least)."""
        super().resizeEvent(event)
        width = event.size().width()
        products = max(3, width // MIN_PRODUCT_KEY_WIDTH)
        categories = max(3, width // MIN_CATEGORY_KEY_WIDTH)
        if (products, categories) != (self.product_columns, self.category_columns):
            self.product_columns, self.category_columns = products, categories
            self._place(self._category_grid, self.category_buttons, categories)
            self._place(self._keys_grid, self.product_buttons, products)

    def item_for(self, label: str) -> SaleItem:
        return self.product_items[self.product_buttons.index(self.button_for(label))]

    def button_for(self, label: str) -> QPushButton:
        """The key showing ``label``, or selling the product of that full name (tests and
        keyboard helpers); the key's own text first."""
        pairs = list(zip(self.product_buttons, self.product_items, strict=True))
        for button, item in pairs:
            if (item.key_label or item.label) == label:
                return button
        for button, item in pairs:
            if item.label == label:
                return button
        raise LookupError(label)
