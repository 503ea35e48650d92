"""The hold dialog asks the technician to confirm each missing item and to look at every page first
(or to say explicitly that it is not needed); only refused items come checked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.correspondence.letter_content import LetterContent, LetterKind, RequestedItem
from telvalid_desktop.core.correspondence.letters import LetterNotPossible
from telvalid_desktop.gui.dialogs.hold_dialog import LOOK, HoldChoice, HoldDialog, HoldDraft, LetterDraft
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD

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


def drafted_letter(calls: list[tuple[tuple[str, ...], str]]) -> LetterDraft:
    """What the letter says for the codes checked, recording each time it is asked (on the database thread)."""
    labels = {choice.code: choice.label for choice in CHOICES}

    def letter(codes: tuple[str, ...], language: str) -> LetterContent:
        calls.append((codes, language))
        items = tuple(RequestedItem(code, labels[code]) for code in codes)
        return LetterContent(LetterKind.HOLD, language, "48151623", date(2026, 3, 12), DEMO_LETTERHEAD, items=items)

    return letter


def previewed(qtbot: QtBot, tasks: TaskRunner, letter: LetterDraft) -> HoldDialog:
    dialog = HoldDialog(CHOICES, 0, letter=letter, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 600)  # as on a 1366 x 768 screen: the page is taller than its view
    dialog.show()
    assert dialog.preview is not None
    return dialog


def test_the_preview_shows_the_letter_and_follows_the_items_checked(qtbot: QtBot, tasks: TaskRunner) -> None:
    calls: list[tuple[tuple[str, ...], str]] = []
    dialog = previewed(qtbot, tasks, drafted_letter(calls))
    preview = dialog.preview
    assert preview is not None
    with qtbot.waitSignal(preview.shown) as drawn:
        pass
    assert drawn.args == [2] and calls == [(("holder_id",), "fr")]  # the letter, then its return cover sheet
    assert not preview.page.pixmap().isNull() and preview.page.pixmap().width() >= 400
    with qtbot.waitSignal(preview.shown):  # three changes in a row: the letter is drawn once, for the last
        qtbot.keyClick(dialog.items, Qt.Key.Key_Space)  # the form, confirmed missing
        qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.items, Qt.Key.Key_Space)  # and the RIB
        dialog.language.setCurrentIndex(1)
    assert calls[1:] == [(("signed_form", "holder_id", "rib"), "en")]

    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # to the preview, by its label
    assert preview.view.hasFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_PageDown)
    assert preview.view.verticalScrollBar().value() > 0  # the rest of the page, by keyboard

    for row in (0, 1, 2):  # nothing asked for: nothing to preview, and it says so
        dialog.items.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert preview.page.text() == "Cochez une pièce à demander : la lettre s'affichera ici."


def test_the_preview_says_before_the_hold_why_no_letter_will_be_written(qtbot: QtBot, tasks: TaskRunner) -> None:
    def no_letterhead(_codes: tuple[str, ...], _language: str) -> LetterContent:
        raise LetterNotPossible("48151623", "letter_no_letterhead")

    dialog = previewed(qtbot, tasks, no_letterhead)
    assert dialog.preview is not None
    with qtbot.waitSignal(dialog.preview.said) as said:
        pass
    assert said.args[0].startswith("Pas de lettre : l'en-tête des courriers de l'équipe n'est pas rempli.")
    assert dialog.preview.page.pixmap().isNull() and dialog.ok.isEnabled()  # the hold itself stays possible
