"""The settings dialog's letterhead tab: who signs the team's letters, filled in by a lead by keyboard
with a sample letter drawn as it is typed; read-only for a technician, who is told whom to ask."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import build_services
from telvalid_desktop.core.correspondence.letterhead import Letterhead, letterhead_history, read_letterhead
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.dialogs.settings_dialog import SettingsDialog
from telvalid_desktop.gui.tasks import TaskRunner

OURS = Letterhead(  # typed key by key: QTest types ASCII only (the accents are the core tests' business)
    company="Telecom Atlantique",
    address=("Pole Validation", "14 quai de la Fosse", "44000 Nantes"),
    city="Nantes",
    email="validation@telecom-atlantique.example",
    legal="Telecom Atlantique SA au capital de 2 000 000 EUR - RCS Nantes 123 456 789",
    signature="Le Pole Validation",
)


@pytest.fixture
def team(workspace: Workspace) -> None:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")


def dialog_for(qtbot: QtBot, tasks: TaskRunner, workspace: Workspace, tmp_path: Path, user: str) -> SettingsDialog:
    settings = Settings(workspace=str(workspace.root))
    dialog = SettingsDialog(
        settings,
        build_services(workspace, settings, user),
        settings_file=tmp_path / "settings.json",
        tasks=tasks,
        check_delay_ms=10,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # mnemonics only reach the active window
    return dialog


def alt(qtbot: QtBot, dialog: SettingsDialog, key: Qt.Key) -> None:
    focused = QApplication.focusWidget() or dialog
    qtbot.keyClick(focused, key, Qt.KeyboardModifier.AltModifier)


@pytest.mark.usefixtures("team")
def test_a_technician_sees_it_read_only_and_whom_to_ask(
    qtbot: QtBot, tasks: TaskRunner, workspace: Workspace, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tasks, workspace, tmp_path, "tech1")
    panel = dialog.letterhead
    with qtbot.waitSignal(panel.preview.shown):  # the sample letter, even with nothing filled in
        dialog.tabs.setCurrentWidget(panel)
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "E&xpéditeur des courriers"
    assert "Seul un responsable d'équipe peut le remplir : demandez-le-lui." in panel.state.text()
    assert all(editor.isReadOnly() for editor in panel.editors.values()) and not panel.save.isEnabled()
    assert all(field.problem.isHidden() for field in panel.fields.values())  # nothing for them to fix


@pytest.mark.usefixtures("team")
def test_a_lead_fills_it_in_by_keyboard_and_saves_it_for_every_workstation(
    qtbot: QtBot, tasks: TaskRunner, workspace: Workspace, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tasks, workspace, tmp_path, "chef")
    panel = dialog.letterhead
    qtbot.waitUntil(lambda: not panel.editors["company"].isReadOnly())
    alt(qtbot, dialog, Qt.Key.Key_X)  # the tab
    assert dialog.tabs.currentWidget() is panel
    assert "Aucun courrier ne peut être écrit" in panel.state.text()
    assert panel.fields["company"].problem.text() == "À remplir : les courriers en ont besoin."

    alt(qtbot, dialog, Qt.Key.Key_O)  # Nom de la société
    assert panel.editors["company"].hasFocus()
    with qtbot.waitSignal(panel.preview.shown):  # drawn again as it is typed
        qtbot.keyClicks(panel.editors["company"], OURS.company)
    qtbot.keyClick(panel.editors["company"], Qt.Key.Key_Tab)
    address = panel.editors["address"]
    assert address.hasFocus()
    for index, line in enumerate(OURS.address):
        if index:
            qtbot.keyClick(address, Qt.Key.Key_Return)
        qtbot.keyClicks(address, line)
    for key, name in ((Qt.Key.Key_V, "city"), (Qt.Key.Key_E, "email"), (Qt.Key.Key_M, "legal")):
        alt(qtbot, dialog, key)
        qtbot.keyClicks(panel.editors[name], "validation chez nous" if name == "email" else getattr(OURS, name))
    assert panel.fields["email"].problem.text() == "Ce n'est pas une adresse e-mail (nom@domaine.fr)."
    panel.editors["email"].clear()
    qtbot.keyClicks(panel.editors["email"], OURS.email)
    assert not panel.save.isEnabled()  # the signature is still missing
    alt(qtbot, dialog, Qt.Key.Key_T)
    qtbot.keyClicks(panel.editors["signature"], OURS.signature)
    assert panel.candidate() == OURS and panel.save.isEnabled()

    with qtbot.waitSignal(panel.letterhead_saved):
        alt(qtbot, dialog, Qt.Key.Key_N)  # Enregistrer l'en-tête
    assert read_letterhead() == OURS
    assert {(change.actor, change.key) for change in letterhead_history()} == {
        ("chef", name) for name in ("company", "address", "city", "email", "legal", "signature")
    }
    assert panel.status.text() == "En-tête enregistré pour toute l'équipe."
    qtbot.waitUntil(lambda: "Dernier changement" in panel.state.text())
    assert not (tmp_path / "settings.json").exists()  # this workstation's file is not the team's
