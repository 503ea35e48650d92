"""A page headed with another procedure's number ticks an item only once the technician says so, and
validation shows such ticks again (issue 17: the group's old form was accepted as the new one's by pressing 1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from telvalid_desktop.db.models import Dossier, DossierEvent, KnownProcedure, Page, Submission
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.main_window import MainWindow
from tests.gui.conftest import digital_form
from tests.gui.dialogs import answer_next_dialog
from tests.gui.test_main_window import A, import_and_wait, open_number
from tests.gui.waiting import dossier_settled

OLD = "48151600"  # the group's previous procedure: its old form came back in the envelope


def _answer(button: QMessageBox.StandardButton, said: list[str]) -> None:
    def click(box: QMessageBox) -> None:
        said.append(box.text())
        box.button(button).click()

    answer_next_dialog(QMessageBox, click)


def _answered(qtbot: QtBot, window: MainWindow, said: list[str], count: int) -> None:
    """The question was asked and answered; the window has the keyboard again (the offscreen platform
    does not give it back to the parent of a closed dialog by itself, as a desktop does)."""
    qtbot.waitUntil(lambda: len(said) == count)
    dossier_settled(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_an_old_form_ticks_the_signed_form_only_when_confirmed_and_validation_recalls_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1, extra=("ID", "RIB", "OLD")))
    KnownProcedure.create(procedure_number=A, payment_method="direct_debit", customer_type="individual")
    dossier = Dossier.get(Dossier.procedure_number == A)
    old_form = Page.select().join(Submission).where((Submission.dossier == dossier) & (Page.index == 3)).get()
    Page.update(number_read=OLD).where(Page.id == old_form.id).execute()  # its header read another number
    open_number(qtbot, window, A)
    view, said = window.dossier_view, []

    view.viewer.set_current_page(3)
    _answer(QMessageBox.StandardButton.No, said)
    qtbot.keyClick(view.viewer, "1")
    _answered(qtbot, window, said, 1)
    assert OLD in said[0] and A in said[0]  # both numbers shown
    assert view.checklist.topLevelItem(0).text(2) == "à vérifier"

    _answer(QMessageBox.StandardButton.Yes, said)
    qtbot.keyClick(view.viewer, "1")
    _answered(qtbot, window, said, 2)
    assert view.checklist.topLevelItem(0).text(2) == "reçue"
    last = DossierEvent.select().where(DossierEvent.dossier == dossier).order_by(DossierEvent.id.desc()).get()
    assert (last.event, last.reason) == ("item_ticked_other_procedure", f"signed_form {OLD}")

    for page, key in ((1, "2"), (2, "3")):
        view.viewer.set_current_page(page)
        qtbot.keyClick(view.viewer, key)
    dossier_settled(qtbot, window)
    _answer(QMessageBox.StandardButton.No, said)
    qtbot.keyClick(view.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _answered(qtbot, window, said, 3)
    assert OLD in said[2]
    assert Dossier.get_by_id(dossier.id).status == DossierStatus.OPEN  # the second look said no

    _answer(QMessageBox.StandardButton.Yes, said)
    qtbot.keyClick(view.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Dossier.get_by_id(dossier.id).status == DossierStatus.VALIDATED, timeout=10_000)
