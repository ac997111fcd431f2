"""Interface language: the strings in the code are French; English comes from a .qm file.

``assets/i18n/cafe_pos_en.ts`` is kept in the repository and compiled to ``.qm`` by
``make translations`` (``pyside6-lrelease``). When the ``.qm`` is missing the app stays
in French, silently. Qt's own words (dialog buttons...) come from Qt's ``qt_<lang>.qm``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cafe_pos.resources import assets_dir

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


def active_language() -> str:
    """The language of the installed catalogue ("fr" when none is installed)."""
    locale = QLocale()
    return "en" if locale.language() == QLocale.Language.English else DEFAULT_LANGUAGE
