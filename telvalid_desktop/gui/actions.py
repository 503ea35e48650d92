"""One way to make a window's command: a QAction in its menu, with its keys, reachable by shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def add_action(window: QMainWindow, menu: QMenu, text: str, slot: Callable[[], object], *keys: str) -> QAction:
    """Added to the window too, so its shortcut works wherever the focus is (and the F1 sheet lists it)."""
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)
    return action
