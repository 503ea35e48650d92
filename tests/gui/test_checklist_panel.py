"""Dropping page thumbnails on a checklist item ticks it with those pages."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from telvalid_desktop.domain import ItemStatus
from telvalid_desktop.gui.widgets.checklist_panel import PAGE_IDS_MIME, ChecklistPanel
from telvalid_desktop.read_models.dossier_detail import ItemState


def test_dropping_thumbnails_on_an_item_requests_a_tick(qtbot: QtBot) -> None:
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.resize(500, 200)
    panel.show()
    items = [ItemState(code, ItemStatus.MISSING, None, "", (), None, None) for code in ("signed_form", "rib")]
    panel.show_items(items, {"signed_form": "Formulaire", "rib": "RIB"}, {})
    target = panel.visualItemRect(panel.topLevelItem(1)).center()
    mime = QMimeData()
    mime.setData(PAGE_IDS_MIME, json.dumps([7, 9]).encode())
    drop = QDropEvent(
        QPointF(target), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(panel.tick_requested) as signal:
        panel.dropEvent(drop)
    assert signal.args == ["rib", [7, 9]]
    assert panel.code_at(1) == "signed_form" and panel.code_at(3) is None
