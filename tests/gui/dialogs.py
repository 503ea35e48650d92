"""Answering modal dialogs from a test (they block in exec(), so the answer is scheduled first),
and recording the files a window asks the desktop to open (nothing is opened for real)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog

from telvalid_desktop.gui.dialogs.hold_dialog import HoldDialog


def answer_next_dialog(dialog_type: type[QDialog], fill: object) -> None:
    """Fill and accept the next modal dialog of ``dialog_type`` as soon as it shows."""

    def fill_and_accept(dialog: QDialog) -> None:
        fill(dialog)  # type: ignore[operator]
        dialog.accept()

    act_on_next_dialog(dialog_type, fill_and_accept)


def act_on_next_dialog(dialog_type: type[QDialog], act: object) -> None:
    """Call ``act`` on the next modal dialog of ``dialog_type`` as soon as it shows (it closes it itself,
    by keyboard for instance).

    Looks again on a timer rather than in a nested wait: a dialog opened meanwhile runs
    its own event loop, where the next look still happens.
    """

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type):
            QTimer.singleShot(10, handle)
            return
        act(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, handle)


class OpenedFiles:
    """Stands for ``QDesktopServices.openUrl``: keeps the URLs instead of opening them."""

    def __init__(self) -> None:
        self.opened: list[QUrl] = []

    def __call__(self, url: QUrl) -> None:
        self.opened.append(url)


def confirm_items(dialog: HoldDialog, *codes: str) -> None:
    """Check these items in the hold dialog (the technician confirms them missing), and only these."""
    for row in range(dialog.items.count()):
        item = dialog.items.item(row)
        checked = item.data(Qt.ItemDataRole.UserRole) in codes
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
