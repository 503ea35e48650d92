"""The settings dialog's Équipe tab: the team's values from the database, changed by a lead only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import build_services
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.team_policy import policy_history, read_policy, set_policy
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.dialogs.settings_dialog import SettingsDialog
from telvalid_desktop.gui.tasks import TaskRunner


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
    qtbot.waitUntil(lambda: dialog.team.candidate() is not None)
    return dialog


@pytest.mark.usefixtures("team")
def test_a_technician_sees_the_team_values_read_only(
    qtbot: QtBot, tasks: TaskRunner, workspace: Workspace, tmp_path: Path
) -> None:
    set_policy({"out_of_plan_allowance_eur": 180}, "chef")
    dialog = dialog_for(qtbot, tasks, workspace, tmp_path, "tech1")
    panel = dialog.team
    tab = next(index for index in range(dialog.tabs.count()) if dialog.tabs.widget(index) is panel)
    assert dialog.tabs.tabText(tab) == "É&quipe"
    assert panel.numbers["out_of_plan_allowance_eur"].value() == 180
    assert not any(spin.isEnabled() for spin in panel.numbers.values()) and not panel.save.isEnabled()
    assert "Seul un responsable d'équipe peut les changer." in panel.state.text()
    assert "par chef" in panel.state.text()  # the last change, and who made it
    assert "out_of_plan_allowance_eur" not in dialog.tabs.fields  # not a setting of this workstation any more


@pytest.mark.usefixtures("team")
def test_a_lead_saves_the_team_values_for_every_workstation(
    qtbot: QtBot, tasks: TaskRunner, workspace: Workspace, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, tasks, workspace, tmp_path, "chef")
    panel = dialog.team
    qtbot.waitUntil(panel.numbers["reminder_after_days"].isEnabled)
    assert not panel.save.isEnabled()  # nothing changed yet

    panel.numbers["hold_warning_after_days"].setValue(40)  # after the red (30): refused at once
    assert panel.fields["hold_warning_after_days"].problem.text() == (
        "L'orange doit venir avant le rouge : moins de 30 jours."
    )
    assert not panel.save.isEnabled()
    panel.numbers["hold_warning_after_days"].setValue(15)
    panel.numbers["reminder_after_days"].setValue(21)
    assert panel.save.isEnabled()

    with qtbot.waitSignal(panel.policy_saved):
        qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    assert read_policy().reminder_after_days == 21
    [change] = policy_history()
    assert (change.actor, change.key, change.old_value, change.new_value) == ("chef", "reminder_after_days", "15", "21")
    assert panel.status.text() == "Valeurs enregistrées pour toute l'équipe."
    assert not Path(tmp_path / "settings.json").exists()  # this workstation's file is not the team's
