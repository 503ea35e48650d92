"""Ctrl+Z takes back what a key did (issue 17, flow 6): a tick, a refusal, a clear, a validation just made
(even once the next dossier is open); unticking works from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.db.models import Dossier, DossierEvent, KnownProcedure
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.main_window import MainWindow
from tests.gui.conftest import digital_form
from tests.gui.test_main_window import A, B, import_and_wait, open_number
from tests.gui.waiting import dossier_settled, window_settled

CTRL = Qt.KeyboardModifier.ControlModifier


def _states(window: MainWindow) -> list[str]:
    checklist = window.dossier_view.checklist
    return [checklist.topLevelItem(row).text(2) for row in range(checklist.topLevelItemCount())]


def _press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(window.dossier_view.viewer, key, modifier)
    dossier_settled(qtbot, window)


def test_ctrl_z_takes_back_ticks_and_clears_and_unticking_needs_no_mouse(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    KnownProcedure.create(procedure_number=A, payment_method="direct_debit", customer_type="individual")
    import_and_wait(qtbot, window, digital_form(tmp_path / "a.pdf", A, pages=1, extra=("ID", "RIB")))
    open_number(qtbot, window, A)
    _press(qtbot, window, "1")
    window.dossier_view.viewer.set_current_page(1)
    _press(qtbot, window, "2")
    assert _states(window) == ["reçue", "reçue", "à vérifier"]
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _states(window) == ["reçue", "à vérifier", "à vérifier"]
    checklist = window.dossier_view.checklist
    checklist.setCurrentItem(checklist.topLevelItem(0))
    qtbot.keyClick(checklist, Qt.Key.Key_Delete)  # unticked from the checklist itself
    dossier_settled(qtbot, window)
    assert _states(window) == ["à vérifier", "à vérifier", "à vérifier"]
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _states(window) == ["reçue", "à vérifier", "à vérifier"]
    _press(qtbot, window, Qt.Key.Key_Backspace, CTRL)  # the selected item back to missing, from the page
    assert _states(window) == ["à vérifier", "à vérifier", "à vérifier"]
    dossier = Dossier.get(Dossier.procedure_number == A)
    events = [e.event for e in DossierEvent.select().where(DossierEvent.dossier == dossier).order_by(DossierEvent.id)]
    assert events[-6:] == [
        "item_ticked",
        "item_ticked",
        "item_change_undone",
        "item_cleared",
        "item_change_undone",
        "item_cleared",
    ]


def test_ctrl_z_takes_back_a_validation_once_the_next_dossier_is_open(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    for number, name in ((A, "a.pdf"), (B, "b.pdf")):
        KnownProcedure.create(procedure_number=number, payment_method="direct_debit", customer_type="individual")
        import_and_wait(qtbot, window, digital_form(tmp_path / name, number, pages=1, extra=("ID", "RIB")))
    window.sidebar.select_queue("all")
    window_settled(qtbot, window)
    window.dossier_list.select_row(0)
    qtbot.keyClick(window.dossier_list.view, Qt.Key.Key_Return)
    dossier_settled(qtbot, window)
    first = window.dossier_view.dossier.procedure_number
    for page, key in ((0, "1"), (1, "2"), (2, "3")):
        window.dossier_view.viewer.set_current_page(page)
        qtbot.keyClick(window.dossier_view.viewer, key)
    dossier_settled(qtbot, window)
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(
        lambda: window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number != first
    )
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    dossier_settled(qtbot, window)
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(
        lambda: window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == first
    )
    dossier_settled(qtbot, window)
    assert Dossier.get(Dossier.procedure_number == first).status == DossierStatus.OPEN
    assert _states(window) == ["reçue", "reçue", "reçue"]  # the ticks stay: only the decision was taken back
