"""Translations: our UI strings are written in Chinese (zh_CN, the source language); English is the second.

The English catalogue is ``resources/i18n/yk_desktop_en.qm`` (made from the ``.ts`` by
``resources/i18n/update.sh``); Qt's own strings (dialog buttons, context menus) come from the
``qtbase_*.qm`` files PySide6 ships.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from yk_desktop.resources import resource

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
SOURCE_LANGUAGE = "zh_CN"

# Installed translators must outlive this call: QCoreApplication does not own them.
_installed: list[QTranslator] = []


def i18n_dir() -> str:
    return str(resource("i18n"))


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (from ``cfg.ui.language``); unknown values mean zh_CN."""
    remove(app)
    if language not in LANGUAGES:
        log.warning("unknown UI language %r, using %s", language, SOURCE_LANGUAGE)
        language = SOURCE_LANGUAGE
    QLocale.setDefault(QLocale(language))
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _install(app, qt_own)
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"yk_desktop_{language}", i18n_dir()):
            _install(app, ours)
        else:
            # The program stays usable in Chinese rather than refusing to start over a missing file.
            log.warning("translation yk_desktop_%s.qm not found in %s; showing Chinese", language, i18n_dir())
    return list(_installed)


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def remove(app: QCoreApplication) -> None:
    """Take out what ``install`` put in (tests switch languages inside one QApplication)."""
    while _installed:
        app.removeTranslator(_installed.pop())
