"""The window speaks French by default and English from the translation file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from telvalid_desktop.gui.i18n import install_translators
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.paths import resource_path


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease not installed")
    return found


def test_english_translation_is_complete_and_used(window: MainWindow, tmp_path: Path) -> None:
    source = resource_path("i18n", "telvalid_en.ts")
    assert 'type="unfinished"' not in source.read_text(encoding="utf-8")
    subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(tmp_path / "telvalid_en.qm")], check=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    title = "TelValid — validation des groupes téléphonie"
    assert window.windowTitle() == title
    translators = install_translators(app, "en", tmp_path)
    try:
        assert QCoreApplication.translate("MainWindow", title) == "TelValid — telephony group validation"
        assert QCoreApplication.translate("DossierTable", "Ouvert") == "Open"  # list badges and headers too
    finally:
        for translator in translators:
            app.removeTranslator(translator)
