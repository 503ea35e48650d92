"""Qt translators: the window is written in French; English comes from resources/i18n."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from telvalid_desktop.paths import resource_path


def install_translators(app: QApplication, language: str, i18n_dir: Path | None = None) -> list[QTranslator]:
    """Load Qt's own strings and ours for ``language``; French needs only Qt's.

    Args:
        app: the application to translate.
        language: "fr" or "en".
        i18n_dir: where the compiled ``telvalid_<lang>.qm`` files are (``./dev.sh`` builds them).
    """
    installed = []
    qt_strings = QTranslator(app)
    if qt_strings.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_strings)
        installed.append(qt_strings)
    compiled = (i18n_dir or resource_path("i18n")) / f"telvalid_{language}.qm"
    ours = QTranslator(app)
    if language != "fr" and compiled.exists() and ours.load(str(compiled)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
