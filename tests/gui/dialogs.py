"""Answering modal dialogs from a test (they block in exec(), so the answer is scheduled first),
and recording the files a window asks the desktop to open (nothing is opened for real)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog


def answer_next_dialog(dialog_type: type[QDialog], fill: object) -> None:
    """Fill and accept the next modal dialog of ``dialog_type`` as soon as it shows.

    Looks again on a timer rather than in a nested wait: a dialog opened meanwhile runs
    its own event loop, where the next look still happens.
    """

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(10, handle)
            return
        fill(dialog)  # type: ignore[operator]
        dialog.accept()

    QTimer.singleShot(0, handle)


class OpenedFiles:
    """Stands for ``QDesktopServices.openUrl``: keeps the URLs instead of opening them."""

    def __init__(self) -> None:
        self.opened: list[QUrl] = []

    def __call__(self, url: QUrl) -> None:
        self.opened.append(url)
