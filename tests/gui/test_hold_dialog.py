"""The hold dialog asks the technician to confirm each missing item and to look at every page first
(or to say explicitly that it is not needed); only refused items come checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.gui.dialogs.hold_dialog import LOOK, HoldChoice, HoldDialog, HoldDraft

CHOICES = [
    HoldChoice("signed_form", "Formulaire de procédure signé"),
    HoldChoice("holder_id", "Pièce d'identité du titulaire", refusal="périmé"),
    HoldChoice("rib", "RIB"),
]


def dialog_with(qtbot: QtBot, unseen: int, draft: HoldDraft | None = None) -> HoldDialog:
    dialog = HoldDialog(CHOICES, unseen, draft=draft)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_only_refused_items_come_checked_and_each_missing_one_is_confirmed_by_keyboard(qtbot: QtBot) -> None:
    dialog = dialog_with(qtbot, unseen=0)
    assert dialog.unseen.isHidden()  # every page looked at: no warning
    assert dialog.chosen_codes() == ["holder_id"]  # refused: checked; the others merely not ticked
    assert "— refusée : périmé" in dialog.items.item(1).text() and "non cochée" in dialog.items.item(2).text()
    assert dialog.ok.isEnabled()
    qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)  # the refused one is not asked for after all
    assert dialog.chosen_codes() == [] and not dialog.ok.isEnabled()
    assert dialog.hint.text() == "Cochez au moins une pièce à demander."
    qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)
    assert dialog.chosen_codes() == ["rib"] and dialog.ok.isEnabled()


def test_pages_not_looked_at_hold_the_dialog_until_the_technician_says_so(qtbot: QtBot) -> None:
    dialog = dialog_with(qtbot, unseen=3)
    assert not dialog.unseen.isHidden()
    assert "3 pages non consultées" in dialog.unseen_text.text()
    assert not dialog.ok.isEnabled()  # a refused item is checked, but three pages were never looked at
    assert dialog.hint.text() == "Consultez les pages, ou dites que ce n'est pas nécessaire."
    dialog.accept()  # even asked directly, it does not close
    assert dialog.isVisible()
    qtbot.keyClick(dialog.skip_unseen, Qt.Key.Key_Space)
    assert dialog.ok.isEnabled() and dialog.hint.isHidden()
    qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    assert dialog.result() == HoldDialog.DialogCode.Accepted and dialog.chosen_codes() == ["holder_id"]


def test_one_page_not_looked_at_is_said_in_the_singular(qtbot: QtBot) -> None:
    assert "1 page non consultée" in dialog_with(qtbot, unseen=1).unseen_text.text()


def test_going_to_look_closes_it_and_keeps_the_choice_for_the_next_time(qtbot: QtBot) -> None:
    dialog = dialog_with(qtbot, unseen=2)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Space)  # the form confirmed missing
    dialog.note.setPlainText("formulaire absent")
    dialog.language.setCurrentIndex(1)
    qtbot.mouseClick(dialog.look_button, Qt.MouseButton.LeftButton)
    assert dialog.wants_to_look() and dialog.result() == LOOK
    draft = dialog.draft()
    assert draft == HoldDraft(("signed_form", "holder_id"), "formulaire absent", "en")
    again = dialog_with(qtbot, unseen=0, draft=draft)
    assert again.chosen_codes() == ["signed_form", "holder_id"]
    assert (again.note_text(), again.letter_language()) == ("formulaire absent", "en")
