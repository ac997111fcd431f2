"""Look of the counter screens: colours, the style sheet and a few button helpers.

Touch first: keys at least 64 px high, text readable at arm's length, the total in very
big digits, category colours on the product keys. Shared by the sale, payment, refund
and tabs screens so they look like one product.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

KEY_HEIGHT = 64
PAY_GREEN = "#2e7d32"
TAB_BROWN = "#6d4c41"
REFUND_RED = "#c62828"
INK = "#263238"
PAPER = "#ffffff"
BACKGROUND = "#f4f1ea"
ACCENT = "#00695c"

STYLE_SHEET = f"""
QWidget#saleScreen, QWidget#tabsScreen, QDialog[touchDialog="true"] {{
    background: {BACKGROUND};
    font-size: 14pt;
}}
QFrame#panel {{
    background: {PAPER};
    border: 1px solid #cfd8dc;
    border-radius: 10px;
}}
QLineEdit {{
    font-size: 16pt;
    padding: 8px 10px;
    border: 2px solid #b0bec5;
    border-radius: 8px;
    background: white;
    min-height: 36px;
}}
QLineEdit:focus {{ border-color: {ACCENT}; }}
QTableView {{
    font-size: 14pt;
    background: white;
    alternate-background-color: #f7f5f0;
    selection-background-color: #ffe0b2;
    selection-color: {INK};
    border: none;
    gridline-color: transparent;
}}
QHeaderView::section {{
    background: #eceff1;
    color: #546e7a;
    font-size: 11pt;
    font-weight: bold;
    padding: 6px;
    border: none;
    border-bottom: 1px solid #cfd8dc;
}}
QPushButton {{
    font-size: 14pt;
    padding: 4px 12px;
    border-radius: 8px;
    border: 1px solid #b0bec5;
    background: #fafafa;
    color: {INK};
}}
QPushButton:pressed {{ background: #cfd8dc; }}
QPushButton:disabled {{ color: #9e9e9e; background: #eeeeee; }}
QPushButton:checked {{ background: {INK}; color: white; border-color: {INK}; }}
QPushButton[keypadKey="true"] {{ font-size: 18pt; font-weight: bold; background: white; padding: 0; }}
QPushButton#keypadOk {{ background: {PAY_GREEN}; color: white; border-color: #1b5e20; }}
QPushButton#payButton {{
    background: {PAY_GREEN}; color: white; border: none;
    font-size: 22pt; font-weight: bold;
}}
QPushButton#payButton:disabled {{ background: #a5d6a7; }}
QPushButton#tabButton {{ background: {TAB_BROWN}; color: white; border: none; font-weight: bold; }}
QPushButton#refundButton {{ color: {REFUND_RED}; border-color: {REFUND_RED}; font-weight: bold; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: none; font-weight: bold; }}
QPushButton#danger {{ background: {REFUND_RED}; color: white; border: none; font-weight: bold; }}
QLabel#totalLabel {{
    font-size: 44pt; font-weight: bold; color: white;
}}
QFrame#totalPanel {{ background: {INK}; border-radius: 10px; }}
QLabel#totalCaption {{ color: #b0bec5; font-size: 13pt; }}
QLabel#hint {{ color: #607d8b; font-size: 12pt; }}
QLabel#errorLabel {{ color: {REFUND_RED}; font-size: 14pt; font-weight: bold; }}
QLabel#bigAmount {{ font-size: 40pt; font-weight: bold; color: {INK}; }}
QLabel#changeAmount {{ font-size: 48pt; font-weight: bold; color: {PAY_GREEN}; }}
QLabel#title {{ font-size: 18pt; font-weight: bold; color: {INK}; }}
QLabel#totalCaption[strong="true"] {{ font-weight: bold; letter-spacing: 2px; }}
QLabel#discountLabel {{ color: #ffab91; font-size: 13pt; }}
QFrame#accountBanner {{ background: #e3f2fd; border-radius: 8px; }}
QFrame#notice {{ background: #e8f5e9; border-radius: 8px; }}
QFrame#notice[error="true"] {{ background: #ffebee; }}
QLabel#noticeLabel {{ color: #1b5e20; font-size: 14pt; font-weight: bold; }}
QLabel#noticeLabel[error="true"] {{ color: #b71c1c; }}
QPushButton[secondaryAction="true"] {{ font-size: 12pt; padding: 4px 4px; }}
QPushButton#payButton[compact="true"] {{ font-size: 19pt; padding: 2px 6px; }}
QPushButton#waterButton {{
    background: #e1f5fe; color: #01579b; border: 1px solid #81d4fa; font-weight: bold;
}}
QLabel#lastSale {{ color: #37474f; font-size: 12pt; }}
QLabel#qtyLabel {{ font-size: 28pt; font-weight: bold; color: #b0bec5; }}
QLabel#qtyLabel[pending="true"] {{ color: #1565c0; }}
QLabel#tabsMessage {{
    background: #e8f5e9; color: #1b5e20; border-radius: 8px; padding: 8px;
    font-size: 14pt; font-weight: bold;
}}
QLabel#tabsMessage[error="true"] {{ background: #ffebee; color: #b71c1c; }}
QPushButton#newTab {{ background: {TAB_BROWN}; color: white; border: none; font-weight: bold; }}
QLabel#detailTotal {{ font-size: 30pt; font-weight: bold; color: {INK}; }}
QLabel#title[size="tab"] {{ font-size: 20pt; }}
QLabel#title[size="tabs"] {{ font-size: 22pt; }}
QScrollArea#tilesPage, QWidget#tilesHost {{ background: transparent; }}
QPushButton[tabTile="true"] {{
    background: #ffffff; border: 2px solid #8d6e63; border-radius: 12px; text-align: left;
}}
QPushButton[tabTile="true"][splitting="true"] {{ background: #fff3e0; }}
QPushButton[tabTile="true"]:pressed {{ background: #d7ccc8; }}
QLabel#tileName {{ font-size: 17pt; font-weight: bold; color: #3e2723; }}
QLabel#tileTotal {{ font-size: 22pt; font-weight: bold; color: {INK}; }}
QLabel#tileInfo {{ font-size: 11pt; color: #6d4c41; }}
"""


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set a boolean style property (``QFrame#notice[error="true"]``) and restyle."""
    if widget.property(name) == on:
        return
    widget.setProperty(name, on)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def text_colour_for(background: str) -> str:
    """Black or white text, whichever reads better on ``background`` ("#rrggbb")."""
    colour = QColor(background)
    if not colour.isValid():
        return INK
    luminance = 0.299 * colour.red() + 0.587 * colour.green() + 0.114 * colour.blue()
    return INK if luminance > 160 else "#ffffff"


def colour_key_style(background: str, *, font_pt: int = 14) -> str:
    """Style of a product or category key in the category colour."""
    pressed = QColor(background).darker(125).name() if QColor(background).isValid() else "#999"
    return (
        f"QPushButton {{ background: {background}; color: {text_colour_for(background)};"
        f" border: none; border-radius: 10px; font-size: {font_pt}pt; font-weight: bold;"
        f" padding: 4px 6px; }}"
        f"QPushButton:pressed {{ background: {pressed}; }}"
        f"QPushButton:checked {{ border: 4px solid {INK}; }}"
    )


def big_button(
    text: str,
    parent: QWidget | None = None,
    *,
    object_name: str = "",
    height: int = KEY_HEIGHT,
    checkable: bool = False,
) -> QPushButton:
    """A touch button that does not steal the keyboard focus from the typing field."""
    button = QPushButton(text, parent)
    if object_name:
        button.setObjectName(object_name)
    button.setFixedHeight(height)  # a style sheet's min-height would win over a minimum
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setCheckable(checkable)
    return button
