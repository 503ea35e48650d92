"""The minimal main window lists the workspace's dossiers."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from telvalid_desktop.core.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.models.dossier_table import DossierTableModel


def test_window_lists_dossiers(qtbot: QtBot, workspace: Workspace) -> None:
    with workspace.database.atomic():
        DossierService().receive_submission("48151623", "tester", "test")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.dossier_model.rowCount() == 1
    assert window.dossier_model.index(0, 0).data() == "48151623"


def test_dossier_model_is_a_sound_qt_model(qtmodeltester, workspace: Workspace) -> None:  # noqa: ANN001
    with workspace.database.atomic():
        DossierService().receive_submission("48151623", "tester", "test")
    model = DossierTableModel()
    model.reload()
    qtmodeltester.check(model)
