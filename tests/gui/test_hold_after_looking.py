"""A hold asks for what the technician confirms missing, after every page was looked at (or after
saying it need not be): by keyboard through the window, the letter, the list and a later complement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from telvalid_desktop.db.models import Dossier, DossierEvent, Hold, Letter, PageView
from telvalid_desktop.gui.dialogs.hold_dialog import HoldDialog
from telvalid_desktop.gui.dialogs.letter_dialog import LetterDialog
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.models.dossier_table import COLUMNS
from telvalid_desktop.gui.models.page_list import NewRole, SeenRole, SendingRole
from tests.gui.conftest import digital_form
from tests.gui.dialogs import act_on_next_dialog, answer_next_dialog
from tests.gui.test_main_window import WAIT_MS, A, import_and_wait, open_number
from tests.gui.waiting import dossier_settled, window_settled

ITEMS_COLUMN = COLUMNS.index("missing_items")


def press_hold(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()  # offscreen, a dialog closed does not give the focus back by itself
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)


def seen_marks(window: MainWindow) -> list[bool]:
    model = window.dossier_view.page_model
    return [model.index(row, 0).data(SeenRole) for row in range(model.rowCount())]


@pytest.mark.usefixtures("letterhead")
def test_a_hold_at_once_says_the_pages_not_seen_and_asks_only_for_the_item_confirmed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1, extra=("ID", "RIB")))
    open_number(qtbot, window, A)
    assert seen_marks(window) == [False, False, False]  # nothing looked at yet: every thumbnail marked
    said: dict[str, object] = {}

    def decide(dialog: HoldDialog) -> None:  # by keyboard, as a technician would
        said.update(unseen=dialog.unseen_pages, checked=dialog.chosen_codes(), ok=dialog.ok.isEnabled())
        assert dialog.preview is not None
        qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.items, Qt.Key.Key_Down)
        with qtbot.waitSignal(dialog.preview.shown, timeout=WAIT_MS) as previewed:
            qtbot.keyClick(dialog.items, Qt.Key.Key_Space)  # the RIB, third item, confirmed missing
        said["previewed_pages"] = previewed.args[0]  # the letter asking for it, before it is written
        said["ok_with_an_item"] = dialog.ok.isEnabled()
        qtbot.keyClick(dialog.skip_unseen, Qt.Key.Key_Space)  # "je n'ai pas besoin de les consulter"
        qtbot.keyClick(dialog.items, Qt.Key.Key_Return)

    emails: list[str] = []

    def copy(dialog: LetterDialog) -> None:
        dialog.copy_email()
        emails.append(QGuiApplication.clipboard().text())

    act_on_next_dialog(HoldDialog, decide)
    answer_next_dialog(LetterDialog, copy)
    press_hold(qtbot, window)
    qtbot.waitUntil(lambda: bool(emails), timeout=WAIT_MS)
    assert said["unseen"] in (2, 3)  # the first page is on screen as the hold is asked
    assert said["checked"] == [] and said["ok"] is False  # nothing confirmed merely because not ticked
    assert said["ok_with_an_item"] is False  # the pages not looked at still hold it
    assert said["previewed_pages"] == 2  # the letter and its return cover sheet
    dossier = Dossier.get(Dossier.procedure_number == A)
    assert json.loads(Hold.get(Hold.dossier == dossier).items) == ["rib"]
    assert json.loads(Letter.get(Letter.dossier == dossier).items) == ["rib"]
    assert "RIB" in emails[0] and "identité" not in emails[0] and "Formulaire" not in emails[0]

    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Escape)
    window_settled(qtbot, window)
    qtbot.waitUntil(lambda: window.dossier_list.model.row_at(0).status == "on_hold")
    cell = window.dossier_list.model.index(0, ITEMS_COLUMN)
    assert cell.data() == "Manque : RIB · 4 à vérifier"  # confirmed missing vs not checked yet
    tooltip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "Manquantes (demandées ou refusées) : RIB" in tooltip and "À vérifier (pas encore cochées)" in tooltip


@pytest.mark.usefixtures("letterhead")
def test_paging_through_every_page_clears_the_warning_and_a_complement_is_unseen_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1, extra=("ID", "RIB")))
    open_number(qtbot, window, A)
    view = window.dossier_view
    dossier = Dossier.get(Dossier.procedure_number == A)
    history = DossierEvent.select().where(DossierEvent.dossier == dossier).count()
    for row in range(3):
        qtbot.waitUntil(lambda row=row: seen_marks(window)[row] is True)  # shown long enough: looked at
        qtbot.keyClick(view.viewer, Qt.Key.Key_PageDown)
    said: dict[str, object] = {}

    def look(dialog: HoldDialog) -> None:
        said.update(unseen=dialog.unseen_pages, warned=not dialog.unseen.isHidden())
        qtbot.keyClick(dialog.items, Qt.Key.Key_Escape)

    act_on_next_dialog(HoldDialog, look)
    press_hold(qtbot, window)
    qtbot.waitUntil(lambda: bool(said))
    assert said == {"unseen": 0, "warned": False}
    qtbot.keyClick(view.viewer, Qt.Key.Key_Escape)  # leaving writes what was looked at
    window_settled(qtbot, window)
    qtbot.waitUntil(lambda: PageView.select().where(PageView.dossier == dossier).count() == 3)
    assert {view.viewer for view in PageView.select()} == {"tech1"}
    again = Dossier.get_by_id(dossier.id)  # looking is not a change of the dossier
    assert again.version == dossier.version
    assert DossierEvent.select().where(DossierEvent.dossier == dossier).count() == history

    import_and_wait(qtbot, window, digital_form(tmp_path / "complement.pdf", A, pages=2))
    open_number(qtbot, window, A)
    assert view.viewer.current_page() == 3  # a complement opens on its first page
    assert [view.page_model.index(row, 0).data(NewRole) for row in range(5)] == [False, False, False, True, True]
    titles = [view.page_model.index(row, 0).data(SendingRole) for row in range(5)]  # pages grouped by sending
    assert [title is not None for title in titles] == [True, False, False, True, False]
    assert titles[0].startswith("Envoi 1 · ")
    assert titles[3].startswith("Envoi 2 · courrier\n")
    assert view.page_model.index(4, 0).data(Qt.ItemDataRole.DisplayRole) == "p. 5"  # the dossier's page
    assert "p. 2 — complement.pdf, reçu le " in view.page_model.index(4, 0).data(Qt.ItemDataRole.ToolTipRole)
    marks = seen_marks(window)  # the pages that came later were never looked at (the one shown is, soon)
    assert marks[:3] == [True, True, True] and marks[4] is False
    tooltip = view.page_model.index(4, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Pas encore consultée" in tooltip and "Nouvelle : arrivée depuis la dernière consultation" in tooltip
    assert "Consultée par tech1 le " in view.page_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)

    later: list[int] = []
    act_on_next_dialog(HoldDialog, lambda dialog: (later.append(dialog.unseen_pages), dialog.look_button.click()))
    press_hold(qtbot, window)
    qtbot.waitUntil(lambda: bool(later))
    qtbot.waitUntil(lambda: view.viewer.current_page() == 4)  # closed, and the page not seen is shown
    assert later == [1]
    dossier_settled(qtbot, window)
