"""Answering modal dialogs from a test: they block in exec(), so the answer is scheduled first."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot


def answer_next_dialog(qtbot: QtBot, dialog_type: type[QDialog], fill: object) -> None:
    """Fill and accept the next modal dialog of ``dialog_type`` as soon as it shows."""

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            qtbot.wait(10)
            handle()
            return
        fill(dialog)  # type: ignore[operator]
        dialog.accept()

    QTimer.singleShot(0, handle)
