"""A procedure number typed by hand: its format is said at once, an unknown one is questioned."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.lifecycle.procedures import is_unexpected_number
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from tests.core.factories import known, submission
from tests.gui.dialogs import answer_next_dialog


def test_unknown_numbers_are_questioned_only_once_an_export_is_loaded(workspace: Workspace) -> None:
    assert not is_unexpected_number("12345678")  # no export yet: nothing to compare with
    known("48151623")
    submission("48151629")
    assert not is_unexpected_number("48151623") and not is_unexpected_number("48151629")
    assert is_unexpected_number("48151632")


def test_the_dialog_says_the_format_and_asks_before_an_unknown_number(qtbot: QtBot, workspace: Workspace) -> None:
    known("48151623")
    dialog = AssignDialog("Numéro :", lambda _prefix: [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.number.setText("4815")
    assert not ok.isEnabled() and dialog.hint.text() == "Un numéro de procédure a de 6 à 10 chiffres."
    dialog.number.setText("48151632")  # a typo of 48151623
    asked: list[str] = []

    def refuse(box: QMessageBox) -> None:
        asked.append(box.text())
        box.setResult(QMessageBox.StandardButton.No)

    answer_next_dialog(QMessageBox, refuse)
    dialog.accept()
    assert asked and asked[0].startswith("Le numéro 48151632 n'est ni dans l'export du manager ni dans un dossier")
    assert dialog.result() != AssignDialog.DialogCode.Accepted
    dialog.number.setText("48151623")
    dialog.accept()
    assert dialog.result() == AssignDialog.DialogCode.Accepted
