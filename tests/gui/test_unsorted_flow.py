"""Working the "à trier" queue from the keyboard: page the envelope from the list, find its procedure by
the customer's name among a few thousand known procedures, and file it there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.db.models import KnownProcedure, Submission, database_proxy
from telvalid_desktop.db.procedure_completion import procedure_suggestions
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.read_models.procedures import ProcedureSuggestion
from tests.core.factories import submission
from tests.gui.dialogs import act_on_next_dialog
from tests.gui.waiting import window_settled

NUMBER = "48151623"
KNOWN_PROCEDURES = 3000


def a_few_thousand_known_procedures() -> None:
    """The export of a small operator, and among it Hélène Côté's procedure."""
    rows = [
        {
            "procedure_number": str(40_000_000 + 7 * row),
            "customer_name": f"Client {row}",
            "telephony_group": f"grp-tel-{row:06d}",
            "account": f"ab{row:05d}-ovh",
        }
        for row in range(KNOWN_PROCEDURES)
    ]
    rows.append(
        {
            "procedure_number": NUMBER,
            "customer_name": "Hélène Côté",
            "telephony_group": "grp-tel-777777",
            "account": "zz99999-ovh",
        }
    )
    with database_proxy.atomic():
        for start in range(0, len(rows), 500):
            KnownProcedure.insert_many(rows[start : start + 500]).execute()


def open_unsorted(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select_queue("unsorted")
    qtbot.waitUntil(lambda: window.unsorted.list.topLevelItemCount() == 1)
    window_settled(qtbot, window)
    window.unsorted.list.setFocus()
    qtbot.waitUntil(window.unsorted.list.hasFocus)


def test_a_name_is_completed_without_case_or_accents_and_shows_the_group(workspace: object) -> None:
    a_few_thousand_known_procedures()
    helene = ProcedureSuggestion(NUMBER, "Hélène Côté", "grp-tel-777777", "zz99999-ovh")
    assert procedure_suggestions("helene cote") == [helene]
    assert procedure_suggestions("CÔTÉ") == [helene]
    assert procedure_suggestions("grp-tel-7777") == [helene]  # a group, and an account below
    assert procedure_suggestions("zz999") == [helene]
    assert procedure_suggestions("48151")[0] == helene
    assert procedure_suggestions("h") == [] and procedure_suggestions("nobody") == []


def test_page_down_in_the_list_turns_the_envelope_s_pages(qtbot: QtBot, window: MainWindow) -> None:
    submission(None, pages=3)
    open_unsorted(qtbot, window)
    unsorted = window.unsorted
    qtbot.waitUntil(lambda: unsorted.page_label.text() == "page 1/3")
    assert unsorted.thumbnails.model().rowCount() == 3
    qtbot.keyClick(unsorted.list, Qt.Key.Key_PageDown)
    assert unsorted.page_label.text() == "page 2/3" and unsorted.thumbnails.currentIndex().row() == 1
    assert unsorted.list.hasFocus()  # the keyboard stays in the list
    qtbot.keyClick(unsorted.list, Qt.Key.Key_PageUp)
    assert unsorted.page_label.text() == "page 1/3"


def test_type_a_customer_s_name_pick_it_and_the_envelope_is_filed(qtbot: QtBot, window: MainWindow) -> None:
    a_few_thousand_known_procedures()
    envelope, _pages = submission(None, pages=3)
    open_unsorted(qtbot, window)
    seen: list[str] = []

    def pick_by_keyboard(dialog: AssignDialog) -> None:
        qtbot.keyClicks(dialog.number, "helene")
        popup = dialog.completer.popup()
        qtbot.waitUntil(lambda: dialog.settled and popup.isVisible())
        seen.extend(popup.model().index(row, 0).data() for row in range(popup.model().rowCount()))
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks the suggestion: its number, to confirm
        assert dialog.number.text() == NUMBER and dialog.isVisible() and not popup.isVisible()
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # OK, the default button

    act_on_next_dialog(AssignDialog, pick_by_keyboard)
    qtbot.keyClick(window.unsorted.list, Qt.Key.Key_Return)
    window_settled(qtbot, window)
    assert seen == [f"{NUMBER} — Hélène Côté — grp-tel-777777"]
    filed = Submission.get_by_id(envelope.id)
    assert (filed.procedure_number, filed.number_source) == (NUMBER, "manual")
    assert filed.dossier.procedure_number == NUMBER
    qtbot.waitUntil(lambda: window.unsorted.list.topLevelItemCount() == 0)
