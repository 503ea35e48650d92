"""Window state kept between sessions (geometry, splitters, last queue), apart from settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

ORGANISATION = "TelValid"
APPLICATION = "TelValid Desktop"


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def _geometry_key(name: str | None) -> str:
    return "persist/geometry" if name is None else f"persist/geometry_{name}"


def restore_window(window: QMainWindow, splitters: dict[str, QSplitter], name: str | None = None) -> str | None:
    """Put the window (``name`` when not the main one) and its splitters back; returns the last queue shown."""
    settings = _settings()
    geometry = settings.value(_geometry_key(name))
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    for splitter_name, splitter in splitters.items():
        state = settings.value(f"persist/splitter_{splitter_name}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    queue = settings.value("persist/last_queue")
    return str(queue) if queue else None


def save_window(
    window: QMainWindow, splitters: dict[str, QSplitter], queue: str | None = None, name: str | None = None
) -> None:
    """Keep the geometry and splitters (and the technician's queue, when there is one)."""
    settings = _settings()
    settings.setValue(_geometry_key(name), window.saveGeometry())
    for splitter_name, splitter in splitters.items():
        settings.setValue(f"persist/splitter_{splitter_name}", splitter.saveState())
    if queue is not None:
        settings.setValue("persist/last_queue", queue)


def restore_hidden_columns(name: str) -> list[str]:
    """The columns the technician hid in the list ``name`` (their keys: widths follow the font, not this)."""
    value = _settings().value(f"persist/hidden_columns_{name}")
    if isinstance(value, list):
        return [str(key) for key in value]
    return [str(value)] if value else []


def save_hidden_columns(name: str, keys: list[str]) -> None:
    _settings().setValue(f"persist/hidden_columns_{name}", keys)
