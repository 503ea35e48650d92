"""Waiting for the window's dossier: it is read on the database thread, so tests wait for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from telvalid_desktop.gui.main_window import MainWindow


def dossier_settled(qtbot: QtBot, window: MainWindow) -> None:
    """Until the dossier asked for is on screen and no read of it is under way."""
    qtbot.waitUntil(lambda: window.dossier_view.dossier is not None and window.dossier_view.settled)
