"""Waiting for the window: its dossier, lists and counts are read on the database thread, so tests wait."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from telvalid_desktop.gui.main_window import MainWindow


def dossier_settled(qtbot: QtBot, window: MainWindow) -> None:
    """Until the dossier asked for is on screen and no read of it is under way."""
    qtbot.waitUntil(lambda: window.dossier_view.dossier is not None and window.dossier_view.settled)


def window_settled(qtbot: QtBot, window: MainWindow) -> None:
    """Until no change or read of the window is under way: the dossier, the lists and the counts."""
    qtbot.waitUntil(
        lambda: window.dossier_view.settled
        and window.dossier_list.model.settled
        and window.sidebar.model.settled
        and window.unsorted.settled
    )
