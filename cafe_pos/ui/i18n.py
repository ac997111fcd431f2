"""Interface language: the strings in the code are French; English comes from a .qm file.

``assets/i18n/cafe_pos_en.ts`` is kept in the repository and compiled to ``.qm`` by
``make translations`` (``pyside6-lrelease``). When the ``.qm`` is missing the app stays
in French, silently. Qt's own words (dialog buttons...) come from Qt's ``qt_<lang>.qm``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cafe_pos.resources import assets_dir
from cafe_pos.ui.typography import FrenchSpacing, french_spacing

SUPPORTED_LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return assets_dir() / "i18n"


def normalise_language(language: str | None) -> str:
    """ "en", "EN", "en_GB" -> "en"; anything unknown -> French."""
    code = (language or "").strip().lower()[:2]
    return code if code in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def install_translators(language: str | None, directory: Path | None = None) -> str:
    """Install the translators for ``language``; return the language actually in use.

    English without its compiled catalogue falls back to French (the source strings).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    remove_translators()
    wanted = normalise_language(language)
    active = DEFAULT_LANGUAGE
    if wanted != DEFAULT_LANGUAGE:
        ours = QTranslator(app)
        folder = directory or translations_dir()
        if ours.load(str(folder / f"cafe_pos_{wanted}.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
            active = wanted
    # the source strings with French spaces; before Qt's own, which is asked first
    set_french_spacing(active == DEFAULT_LANGUAGE)
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{active}", qt_folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.English if active == "en" else QLocale.Language.French,
            QLocale.Country.France if active == "fr" else QLocale.Country.UnitedKingdom,
        )
    )
    return active


def set_french_spacing(enabled: bool) -> None:
    """Install (or remove) the translator that gives the French source strings their
    non-breaking spaces (``typography``); the tests read the strings as written."""
    app = QCoreApplication.instance()
    for translator in [t for t in _installed if isinstance(t, FrenchSpacing)]:
        _installed.remove(translator)
        if app is not None:
            app.removeTranslator(translator)
    if enabled and app is not None:
        spacing = FrenchSpacing(app)
        app.installTranslator(spacing)
        _installed.append(spacing)


def screen_text(text: str) -> str:
    """``text`` (French from a service) as a screen shows it: with French non-breaking
    spaces when the interface's French translator is installed (``typography``)."""
    if any(isinstance(translator, FrenchSpacing) for translator in _installed):
        return french_spacing(text)
    return text


def active_language() -> str:
    """The language of the installed catalogue ("fr" when none is installed)."""
    locale = QLocale()
    return "en" if locale.language() == QLocale.Language.English else DEFAULT_LANGUAGE
