"""A workstation that cannot reach the database server says so and tries again by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.database import DatabaseUnavailable
from telvalid_desktop.db.migrations import SchemaTooNew
from telvalid_desktop.gui.dialogs import connect_dialog
from telvalid_desktop.gui.dialogs.connect_dialog import ConnectDialog

DOWN = DatabaseUnavailable("postgresql://clerk:pw@db.example/telvalid", "connection refused")


def test_the_dialog_retries_until_the_server_answers(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(connect_dialog, "RETRY_S", 1)
    answers: list[Exception | None] = [DOWN, None]  # down once more, then up
    tries: list[int] = []

    def opener() -> Workspace:
        tries.append(1)
        failure = answers.pop(0)
        if failure is not None:
            raise failure
        return open_workspace(tmp_path / "ws")

    dialog = ConnectDialog(opener, DOWN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason.text() == (
        "La base de données ne répond pas (postgresql://clerk:***@db.example/telvalid) :\nconnection refused"
    )
    assert dialog.countdown.text() == "Nouvel essai dans 1 s…"
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=10_000)
    assert len(tries) == 2 and dialog.result() == ConnectDialog.DialogCode.Accepted
    dialog.workspace.close()


def test_a_newer_schema_is_explained_and_not_retried(qtbot: QtBot) -> None:
    dialog = ConnectDialog(lambda: pytest.fail("no retry can help"), SchemaTooNew(9, 8))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "version plus récente de TelValid (schéma 9" in dialog.reason.text()
    assert dialog.retry_now.isHidden() and not dialog.countdown.text()
