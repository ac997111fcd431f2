"""Look and feel of the counter screen: large type, big targets, calm high-contrast colours."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from cafe_pos.resources import assets_dir

BASE_POINT_SIZE = 15

STYLE_SHEET = """
QWidget { color: #1c2329; }
QMainWindow, #sectionPages, #loginScreen, QDialog { background: #f4f1ea; }
QToolTip { color: #1c2329; background: #fffde7; border: 1px solid #b0bec5; }

#navigation { background: #263238; }
#navCafe { color: #ffcc80; font-size: 13pt; font-weight: 600; padding: 2px 14px 4px 14px; }
#navigation QPushButton {
    background: transparent; border: none; border-radius: 0;
    border-left: 6px solid transparent; text-align: left;
    min-height: 44px; padding: 0;
}
#navigation QPushButton:hover { background: #2f3f47; }
#navigation QPushButton:checked { background: #3d5059; border-left: 6px solid #ffb74d; }
#navTitle { color: #eceff1; font-size: 15pt; background: transparent; }
#navKey { color: #90a4ae; font-size: 9pt; background: transparent; }
#navigation #lockButton { border-top: 1px solid #455a64; }

QPushButton {
    min-height: 48px; padding: 4px 18px; border-radius: 8px;
    background: #ffffff; border: 1px solid #a7b6bd;
}
QPushButton:hover { background: #f7f9fa; border-color: #607d8b; }
QPushButton:pressed { background: #cfd8dc; }
QPushButton:disabled { color: #90a4ae; background: #eceff1; border-color: #cfd8dc; }
QPushButton[kind="primary"] { background: #00695c; color: #ffffff; border-color: #004d40; font-weight: 600; }
QPushButton[kind="primary"]:pressed { background: #004d40; }
QPushButton[kind="danger"] { background: #ffffff; color: #b71c1c; border-color: #b71c1c; }
QPushButton[kind="primary"]:disabled, QPushButton[kind="danger"]:disabled {
    color: #90a4ae; background: #eceff1; border-color: #cfd8dc;
}
QPushButton[userButton="true"] {
    font-size: 19pt; font-weight: 600; min-height: 96px; border: 2px solid #a7b6bd;
}
QPushButton[userButton="true"]:checked { background: #00695c; color: #ffffff; border-color: #004d40; }
QPushButton[keypadKey="true"] { font-size: 24pt; font-weight: 600; }
QPushButton#keypadOk { background: #2e7d32; color: #ffffff; border-color: #1b5e20; }
QPushButton#keypadOk:pressed { background: #1b5e20; }

QLineEdit, QComboBox, QSpinBox, QPlainTextEdit {
    min-height: 44px; padding: 2px 10px; border: 1px solid #90a4ae; border-radius: 6px;
    background: #ffffff; selection-background-color: #ffcc80; selection-color: #1c2329;
}
QComboBox::drop-down { border: none; width: 34px; }
QComboBox::down-arrow { image: url(@ICONS@/chevron-down.svg); width: 16px; height: 16px; }
QSpinBox { padding-right: 36px; }
QSpinBox::up-button, QSpinBox::down-button {
    subcontrol-origin: border; width: 34px; border: none; border-left: 1px solid #cfd8dc;
}
QSpinBox::up-button { subcontrol-position: top right; border-bottom: 1px solid #cfd8dc; }
QSpinBox::down-button { subcontrol-position: bottom right; }
QSpinBox::up-button:pressed, QSpinBox::down-button:pressed { background: #cfd8dc; }
QSpinBox::up-arrow { image: url(@ICONS@/chevron-up.svg); width: 14px; height: 14px; }
QSpinBox::down-arrow { image: url(@ICONS@/chevron-down.svg); width: 14px; height: 14px; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus { border: 2px solid #00695c; }
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled { background: #eceff1; color: #90a4ae; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #c62828; background: #fff5f5; }
QCheckBox { spacing: 10px; min-height: 40px; }
QCheckBox::indicator { width: 26px; height: 26px; }

#loginCafe { font-size: 16pt; color: #6d4c41; font-weight: 600; }
#loginTitle { font-size: 30pt; font-weight: 700; color: #263238; }
#pinPanel { background: #ffffff; border: 1px solid #cfd8dc; border-radius: 16px; }
#pinWho { font-size: 20pt; font-weight: 600; }
#pinEdit { font-size: 30pt; min-height: 64px; letter-spacing: 8px; }
#demoHint {
    background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9; border-radius: 10px;
    padding: 12px 16px; font-size: 14pt;
}
#pinError, QLabel[error="true"] { color: #b71c1c; font-weight: 600; }
#formErrors {
    color: #b71c1c; background: #fff5f5; border: 1px solid #ef9a9a; border-radius: 8px;
    padding: 8px 12px; font-weight: 600;
}

#trainingBanner { background: #fff176; color: #3e2723; font-weight: 700; padding: 8px; font-size: 15pt; }
#demoBanner { background: #d7ecfb; color: #0d47a1; padding: 5px; font-size: 13pt; }

QStatusBar { background: #e6e9eb; border-top: 1px solid #cfd8dc; }
QStatusBar QLabel { padding: 4px 14px; font-size: 13pt; }
QStatusBar QLabel[state="ok"] { color: #1b5e20; }
QStatusBar QLabel[state="problem"] { color: #b71c1c; font-weight: 700; }
QStatusBar::item { border: none; }

#placeholderTitle { font-size: 32pt; font-weight: 600; color: #37474f; }
#placeholderText { font-size: 18pt; color: #546e7a; }
#pageTitle { font-size: 22pt; font-weight: 700; color: #263238; }
#pageHint { color: #546e7a; }

QTableView {
    background: #ffffff; alternate-background-color: #f7f5f0; gridline-color: #e0e0e0;
    selection-background-color: #ffe0b2; selection-color: #1c2329; border: 1px solid #cfd8dc;
}
QHeaderView::section {
    background: #eceff1; padding: 8px; border: none; border-bottom: 1px solid #cfd8dc;
    font-weight: 600;
}
#settingsTabs QTabBar::tab {
    min-height: 48px; padding: 4px 10px; font-size: 12pt; color: #37474f;
    background: #e6e9eb; border: 1px solid #cfd8dc; border-bottom: none;
    border-top-left-radius: 8px; border-top-right-radius: 8px; margin-right: 4px;
}
#settingsTabs QTabBar::tab:selected { background: #00695c; color: #ffffff; border-color: #004d40; }
#settingsTabs::pane { border-top: 3px solid #00695c; }
QListWidget { background: #ffffff; selection-background-color: #ffe0b2; selection-color: #1c2329; }
QScrollArea { background: transparent; }
QGroupBox { font-weight: 600; border: 1px solid #cfd8dc; border-radius: 8px; margin-top: 14px; padding-top: 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 6px; }
"""


def apply_style(app: QApplication) -> None:
    """Fonts for a touch screen (≥ 14 pt) and the style sheet."""
    app.setStyle("Fusion")
    font = QFont(app.font())
    # The first installed family wins (no font enumeration at start-up).
    font.setFamilies(["Segoe UI", "Noto Sans", "DejaVu Sans", *font.families()])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    icons = (assets_dir() / "icons").as_posix()
    app.setStyleSheet(STYLE_SHEET.replace("@ICONS@", icons))
