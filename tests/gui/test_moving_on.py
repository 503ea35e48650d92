"""Moving on through a queue by keyboard (issue 17, flow 7): a decision opens the queue's next dossier
(or not, as the workstation says), Enter in the search opens the first match, a decision clears a search
that found only that dossier, the ends of a queue are said, and F5 reads everything again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, KnownProcedure
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.dialogs.hold_dialog import HoldDialog
from telvalid_desktop.gui.dialogs.letter_dialog import LetterDialog
from telvalid_desktop.gui.main_window import MainWindow
from tests.gui.conftest import digital_form
from tests.gui.dialogs import act_on_next_dialog, answer_next_dialog, confirm_items
from tests.gui.test_main_window import A, B, import_and_wait
from tests.gui.waiting import dossier_settled, window_settled

NEWCOMER = "50617283"


def _two_dossiers(qtbot: QtBot, window: MainWindow, folder: Path) -> None:
    for number, name in ((A, "a.pdf"), (B, "b.pdf")):
        KnownProcedure.create(procedure_number=number, payment_method="direct_debit", customer_type="individual")
        import_and_wait(qtbot, window, digital_form(folder / name, number, pages=1, extra=("ID", "RIB")))
    window_settled(qtbot, window)


def _open_first_row(qtbot: QtBot, window: MainWindow) -> str:
    window.sidebar.select_queue("all")
    window_settled(qtbot, window)
    window.dossier_list.select_row(0)
    qtbot.keyClick(window.dossier_list.view, Qt.Key.Key_Return)
    dossier_settled(qtbot, window)
    assert window.dossier_view.dossier is not None
    return window.dossier_view.dossier.procedure_number


def _tick_all_and_validate(qtbot: QtBot, window: MainWindow) -> None:
    view = window.dossier_view
    for page, key in ((0, "1"), (1, "2"), (2, "3")):
        view.viewer.set_current_page(page)
        qtbot.keyClick(view.viewer, key)
    dossier_settled(qtbot, window)
    qtbot.keyClick(view.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_validation_opens_the_queues_next_dossier(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _two_dossiers(qtbot, window, tmp_path)
    first = _open_first_row(qtbot, window)
    _tick_all_and_validate(qtbot, window)
    second = B if first == A else A
    qtbot.waitUntil(
        lambda: window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == second
    )
    assert Dossier.get(Dossier.procedure_number == first).status == DossierStatus.VALIDATED
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.statusBar().currentMessage().startswith("Fin de la file")  # the last one of the queue
    assert window.dossier_view.dossier.procedure_number == second


def test_a_workstation_may_keep_the_decided_dossier_on_screen(
    qtbot: QtBot, window_for: Callable[[Services], MainWindow], workspace: Workspace, tmp_path: Path
) -> None:
    window = window_for(build_services(workspace, Settings(after_decision="stay"), "tech1"))
    _two_dossiers(qtbot, window, tmp_path)
    first = _open_first_row(qtbot, window)
    _tick_all_and_validate(qtbot, window)
    qtbot.waitUntil(lambda: Dossier.get(Dossier.procedure_number == first).status == DossierStatus.VALIDATED)
    dossier_settled(qtbot, window)
    assert window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == first


def test_enter_in_the_search_opens_the_first_match_and_a_decision_clears_a_search_left_empty(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    _two_dossiers(qtbot, window, tmp_path)
    window.sidebar.select_queue("open")
    window_settled(qtbot, window)
    qtbot.keyClick(window.dossier_list.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.dossier_list.search, B)
    qtbot.keyClick(window.dossier_list.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.dossier_view)
    dossier_settled(qtbot, window)
    assert window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == B
    _tick_all_and_validate(qtbot, window)
    qtbot.waitUntil(lambda: window.dossier_list.search.text() == "")  # B left the open queue: the search too
    window_settled(qtbot, window)
    assert window.dossier_list.model.rowCount() == 1 and window.dossier_list.model.row_at(0).procedure_number == A


def test_f5_reads_a_dossier_another_workstation_created(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "a.pdf", A))
    window.sidebar.select_queue("all")
    window_settled(qtbot, window)
    services.dossiers.receive_submission(B, "tech2", "post")  # as the command line on another workstation
    qtbot.keyClick(window.dossier_list.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 2)


def test_a_dossier_created_elsewhere_appears_within_a_second_and_the_selection_stays(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """Flow 8: the list follows another workstation's import without F5; the technician's current row
    stays current and at the same height on screen although a row arrives above it."""
    start = datetime.now(UTC) - timedelta(days=1)
    for n in range(60):
        services.dossiers.receive_submission(f"{40000000 + n}", "tech2", "post", at=start + timedelta(minutes=n))
    window.sidebar.select_queue("all")
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 60)
    window_settled(qtbot, window)
    view = window.dossier_list.view
    window.dossier_list.select_row(30)
    view.verticalScrollBar().setValue(20)
    chosen = window.dossier_list.current_dossier_id()
    place = view.currentIndex().row() - view.verticalScrollBar().value()
    services.dossiers.receive_submission(NEWCOMER, "tech2", "post")  # the latest activity: the list's first row
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 61, timeout=1_500)
    window_settled(qtbot, window)
    assert window.dossier_list.model.row_at(0).procedure_number == NEWCOMER
    assert window.dossier_list.current_dossier_id() == chosen and view.currentIndex().row() == 31
    assert view.currentIndex().row() - view.verticalScrollBar().value() == place


@pytest.mark.usefixtures("letterhead")
def test_after_a_hold_the_letter_shows_before_the_next_dossier_opens(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The letter's dialog comes up over the dossier just held, never over the next one (where the keys
    the technician types for the next dossier would go to it); closing it moves on."""
    _two_dossiers(qtbot, window, tmp_path)
    first = _open_first_row(qtbot, window)
    shown_under_letter: list[str] = []

    def fill(dialog: HoldDialog) -> None:
        confirm_items(dialog, "rib")
        dialog.skip_unseen.setChecked(True)

    def close(dialog: LetterDialog) -> None:
        shown = window.dossier_view.dossier
        shown_under_letter.append(shown.procedure_number if shown else "")
        dialog.reject()

    answer_next_dialog(HoldDialog, fill)
    act_on_next_dialog(LetterDialog, close)
    window.letters.put_on_hold()
    qtbot.waitUntil(lambda: bool(shown_under_letter))
    assert shown_under_letter == [first]
    second = B if first == A else A
    qtbot.waitUntil(
        lambda: window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == second
    )
