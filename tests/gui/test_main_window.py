"""Whole user paths through the technician's window, by keyboard and by mouse."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import peewee
import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.db import repository
from telvalid_desktop.db.models import Dossier, Hold, KnownProcedure, Letter, Submission, Validation
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.dialogs.hold_dialog import HoldDialog
from telvalid_desktop.gui.dialogs.letter_dialog import LetterDialog
from telvalid_desktop.gui.dialogs.reminders_dialog import RemindersDialog
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.widgets.unsorted_view import page_ranges
from tests.generator.emails import eml, pdf, reply_subject, write_eml
from tests.gui.conftest import digital_form
from tests.gui.dialogs import OpenedFiles, answer_next_dialog, confirm_items
from tests.gui.waiting import dossier_settled, window_settled

A = "48151623"
B = "73920158"
WAIT_MS = 30_000


def import_and_wait(qtbot: QtBot, window: MainWindow, *paths: Path) -> None:
    with qtbot.waitSignal(window.importer.import_finished, timeout=WAIT_MS):
        window.import_paths(list(paths))


def open_number(qtbot: QtBot, window: MainWindow, number: str) -> None:
    window.sidebar.select_queue("all")
    window.dossier_list.set_search(number)
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 1)
    window.dossier_list.select_row(0)
    qtbot.keyClick(window.dossier_list.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.dossier_view)
    dossier_settled(qtbot, window)


def test_a_split_submission_lands_in_one_dossier(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    day_one = digital_form(tmp_path / "day1.pdf", A)
    day_two = digital_form(tmp_path / "day2.pdf", A, pages=1, extra=("RIB",))
    import_and_wait(qtbot, window, day_one, day_two)
    assert Dossier.select().count() == 1
    open_number(qtbot, window, A)
    assert window.dossier_view.documents.topLevelItemCount() == 2
    assert window.dossier_view.page_model.rowCount() == 4
    assert window.dossier_view.evidence.number.text() == A
    assert window.dossier_view.customer_status.text().startswith(f"☎ Dossier {A} : reçu ")  # what to tell the customer
    assert "règles v1" in window.dossier_view.status.text()
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.list_page)
    window_settled(qtbot, window)
    row = window.dossier_list.model.row_at(0)
    assert row.holder is None  # leaving the dossier released it
    assert "formulaire" in row.to_check_items and row.missing_items == ()  # not ticked: to check, not missing


def test_an_e_mailed_complement_shows_its_sender_and_subject(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    form = digital_form(tmp_path / "day1.pdf", A)
    reply = eml(
        reply_subject(A), "Voici mon RIB.", [pdf("RIB.pdf", digital_form(tmp_path / "rib.pdf", A).read_bytes())]
    )
    import_and_wait(qtbot, window, form, write_eml(tmp_path, "reponse.eml", reply))
    open_number(qtbot, window, A)
    documents = window.dossier_view.documents
    rows = [documents.topLevelItem(row) for row in range(documents.topLevelItemCount())]
    assert [
        (row.text(1), row.toolTip(1).endswith(name))
        for row, name in zip(rows, ("day1.pdf", "reponse.eml"), strict=True)
    ] == [
        ("day1.pdf", True),
        (f"Courriel de Jérôme Dupré <jerome.dupre@example.fr> : {reply_subject(A)}", True),
    ]


def test_tick_items_by_keyboard_then_validate(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1, extra=("ID", "RIB")))

    KnownProcedure.create(procedure_number=A, payment_method="direct_debit", customer_type="individual")
    open_number(qtbot, window, A)
    view = window.dossier_view
    assert view.checklist.topLevelItemCount() == 3  # form, ID, RIB for an individual paying by direct debit
    for page, item in ((0, "1"), (1, "2"), (2, "3")):
        view.viewer.set_current_page(page)
        qtbot.keyClick(view.viewer, item)
    dossier_settled(qtbot, window)
    states = [view.checklist.topLevelItem(row).text(2) for row in range(3)]
    assert states == ["reçue", "reçue", "reçue"]
    qtbot.keyClick(view.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dossier_settled(qtbot, window)  # written on the database thread
    dossier = Dossier.get(Dossier.procedure_number == A)
    assert dossier.status == DossierStatus.VALIDATED
    validation = Validation.get(Validation.dossier == dossier)
    assert (validation.renews_monthly, validation.out_of_plan_allowance_eur, validation.actor) == (
        True,
        150,
        "tech1",
    )
    targets = iter([tmp_path / "billing-1.csv", tmp_path / "billing-2.csv"])
    window.billing_export.chooser = lambda _parent, _suggested: str(next(targets))
    for expected in ("1 validation(s) exportée(s)", "Aucune nouvelle validation"):
        with qtbot.waitSignal(window.billing_export.finished, timeout=WAIT_MS) as said:
            qtbot.keyClick(view.viewer, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert said.args[0].startswith(expected)
    rows = (tmp_path / "billing-1.csv").read_text(encoding="utf-8").splitlines()
    assert len(rows) == 2 and A in rows[1]  # header + the one validation, exported once
    assert len((tmp_path / "billing-2.csv").read_text(encoding="utf-8").splitlines()) == 1


@pytest.mark.usefixtures("letterhead")
def test_hold_then_complement_comes_back_under_complement_received(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A))
    open_number(qtbot, window, A)

    def fill(dialog: HoldDialog) -> None:
        dialog.note.setPlainText("RIB manquant")
        confirm_items(dialog, "rib")
        dialog.skip_unseen.setChecked(True)  # its second page was not looked at

    emails: list[str] = []

    def send(dialog: LetterDialog) -> None:  # both ways out: on paper and by e-mail
        dialog.open_letter()
        dialog.copy_email()
        emails.append(QGuiApplication.clipboard().text())

    answer_next_dialog(HoldDialog, fill)
    answer_next_dialog(LetterDialog, send)  # it shows once the hold is written, then its letter
    window.letters.put_on_hold()
    qtbot.waitUntil(lambda: bool(emails), timeout=WAIT_MS)
    assert Dossier.get(Dossier.procedure_number == A).status == DossierStatus.ON_HOLD
    assert A in emails[0]
    opened = window.open_file
    assert isinstance(opened, OpenedFiles) and opened.opened[0].toLocalFile().endswith(".pdf")
    assert Path(opened.opened[0].toLocalFile()).is_file()
    qtbot.waitUntil(lambda: window.dossier_view.letters.topLevelItemCount() == 1)
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Escape)
    import_and_wait(qtbot, window, digital_form(tmp_path / "complement.pdf", A, pages=1, extra=("RIB",)))
    dossier = Dossier.get(Dossier.procedure_number == A)
    assert (dossier.status, dossier.complement_received) == (DossierStatus.OPEN, True)
    window.sidebar.select_queue("complement")
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 1)
    assert window.dossier_list.model.index(0, 0).data() == A


def test_assign_an_unsorted_submission(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "letter.pdf", A, pages=0, extra=("Madame,",)))
    assert Dossier.select().count() == 0
    window.sidebar.select_queue("unsorted")
    qtbot.waitUntil(lambda: window.unsorted.list.topLevelItemCount() == 1)
    answer_next_dialog(AssignDialog, lambda dialog: dialog.number.setText(B))
    window.assign_unsorted()
    window_settled(qtbot, window)
    submission = Submission.get()
    assert (submission.procedure_number, submission.number_source) == (B, "manual")
    assert window.unsorted.list.topLevelItemCount() == 0
    assert window.sidebar.model.index(0, 0).data().endswith("(0)")


def test_move_the_shown_page_to_another_dossier_and_undo(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "a.pdf", A), digital_form(tmp_path / "b.pdf", B))
    open_number(qtbot, window, A)
    window.dossier_view.viewer.set_current_page(1)
    answer_next_dialog(AssignDialog, lambda dialog: dialog.number.setText(B))
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dossier_settled(qtbot, window)
    assert window.dossier_view.page_model.rowCount() == 1
    history = [row["event"] for row in _history(A)]
    assert history[-1] == "pages_moved_out"
    window.activateWindow()  # offscreen, closing the dialog does not give the focus back by itself
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    dossier_settled(qtbot, window)
    assert window.dossier_view.page_model.rowCount() == 2


def _history(number: str) -> list[dict]:
    return repository.dossier_history(Dossier.get(Dossier.procedure_number == number))


def test_a_second_technician_cannot_act_on_a_claimed_dossier(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A))
    dossier = Dossier.get(Dossier.procedure_number == A)
    services.claims.claim(dossier.id, "tech2")
    open_number(qtbot, window, A)
    view = window.dossier_view
    assert view.read_only and "tech2" in view.banner.text()
    assert not any(action.isEnabled() for action in window.menus.dossier_actions[1:])
    qtbot.keyClick(view.viewer, "1")
    assert services.checklist.checklist(dossier.id)[0].state == "missing"


@pytest.mark.parametrize("language", ["fr"])
def test_dossier_list_is_a_sound_model(qtmodeltester, window: MainWindow, language: str) -> None:  # noqa: ANN001
    qtmodeltester.check(window.dossier_list.model)
    assert window.windowTitle() == "TelValid — validation des groupes téléphonie"
    assert build_services(window.services.workspace, Settings(), "x").user == "x"


def test_move_a_whole_submission_to_another_dossier(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = digital_form(tmp_path / "first.pdf", A)
    wrong = digital_form(tmp_path / "wrong.pdf", A, pages=1, extra=("RIB",))
    import_and_wait(qtbot, window, first, wrong)
    open_number(qtbot, window, A)
    documents = window.dossier_view.documents
    documents.setCurrentItem(documents.topLevelItem(1))
    answer_next_dialog(AssignDialog, lambda dialog: dialog.number.setText(B))
    window.commands.move_submission()
    dossier_settled(qtbot, window)
    assert window.dossier_view.documents.topLevelItemCount() == 1
    moved = Dossier.get(Dossier.procedure_number == B)
    assert [len(d["pages"]) for d in repository.dossier_documents(moved)] == [2]


def test_pages_the_intake_cannot_place_wait_unsorted_with_the_reason(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    batch = tmp_path / "no-separators.pdf"
    document = pymupdf.open()
    for text in (f"Numéro de procédure : {A}", "Relevé d'identité bancaire", f"Numéro de procédure : {B}"):
        document.new_page().insert_text((50, 50), text, fontsize=11)
    document.save(batch)
    import_and_wait(qtbot, window, batch)
    # The RIB after A's form may as well open B's envelope: no separator sheet says (issue 15).
    [unsorted] = Submission.select().where(Submission.procedure_number.is_null())
    assert unsorted.review_reason == "unclear_envelope_boundary" and unsorted.needs_review
    assert [page.index for page in unsorted.pages] == [1]
    open_number(qtbot, window, A)
    assert window.dossier_view.documents.topLevelItemCount() == 1
    assert not window.dossier_view.review_banner.isVisible()


def test_documents_under_an_older_procedure_go_to_the_groups_newest(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    older, newer = "48151620", "48151629"
    KnownProcedure.create(procedure_number=older, telephony_group="grp-7", created_at=datetime(2026, 3, 1))
    KnownProcedure.create(procedure_number=newer, telephony_group="grp-7", created_at=datetime(2026, 3, 9))
    import_and_wait(qtbot, window, digital_form(tmp_path / "old.pdf", older))
    open_number(qtbot, window, older)
    banner = window.dossier_view.group_banner
    assert banner.isVisible() and f"{newer} (la plus récente, rien reçu)" in banner.text()
    answer_next_dialog(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_T, control_shift)
    view = window.dossier_view
    qtbot.waitUntil(lambda: view.dossier is not None and view.dossier.procedure_number == newer)
    assert window.dossier_view.page_model.rowCount() == 2
    assert Dossier.get(Dossier.procedure_number == older).status == DossierStatus.SUPERSEDED


def hold_a_long_ago_and_b_today(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "a.pdf", A), digital_form(tmp_path / "b.pdf", B))
    long_ago = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=30)
    Submission.update(received_at=long_ago).execute()
    for number in (A, B):
        window.services.validation.put_on_hold(number, "tech1", ["rib"], "")
    held_a = Hold.dossier == Dossier.get(Dossier.procedure_number == A)
    Hold.update(at=long_ago + timedelta(days=1)).where(held_a).execute()


@pytest.mark.usefixtures("letterhead")
def test_reminders_for_dossiers_waiting_too_long_are_written_in_one_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    hold_a_long_ago_and_b_today(qtbot, window, tmp_path)
    chosen: list[list[str]] = []

    def choose(dialog: RemindersDialog) -> None:
        chosen.append(dialog.chosen_numbers())

    answer_next_dialog(RemindersDialog, choose)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert chosen == [[A]]  # B was put on hold today: not due yet
    opened = window.open_file
    assert isinstance(opened, OpenedFiles)
    qtbot.waitUntil(lambda: bool(opened.opened), timeout=WAIT_MS)
    assert pymupdf.open(opened.opened[0].toLocalFile()).page_count == 2  # the reminder and its cover sheet
    assert Letter.get().kind == "reminder"


def test_without_a_letterhead_no_reminder_is_written_and_the_technician_is_told_whom_to_ask(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    hold_a_long_ago_and_b_today(qtbot, window, tmp_path)
    said: list[str] = []
    answer_next_dialog(RemindersDialog, lambda _dialog: None)
    answer_next_dialog(QMessageBox, lambda box: said.append(box.text()))
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert said[0].startswith("Relances non écrites : Pas de lettre : l'en-tête des courriers de l'équipe")
    assert "Demandez à un responsable d'équipe de le remplir" in said[0] and Letter.select().count() == 0


def test_a_letter_for_a_dossier_not_on_hold_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "a.pdf", A))
    open_number(qtbot, window, A)
    said: list[str] = []
    answer_next_dialog(QMessageBox, lambda box: said.append(box.text()))
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT_MS)
    assert said == ["Pas de lettre : seul un dossier en attente attend des pièces."]


def test_a_role_that_may_not_validate_is_told_so(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "a.pdf", A))
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.MAILROOM, "chef")  # the window's user works in the mailroom
    open_number(qtbot, window, A)
    said: list[str] = []
    answer_next_dialog(QMessageBox, lambda box: said.append(box.text()))
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(said))  # the refusal comes back from the database thread
    assert said == ["Votre rôle ne permet pas cette action (decide) : demandez à un responsable d'équipe."]
    assert Dossier.get(Dossier.procedure_number == A).status == DossierStatus.OPEN


def test_a_dossier_changed_elsewhere_meanwhile_is_reloaded_not_overwritten(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Optimistic locking: the technician decides on what they saw; if another workstation
    changed the dossier since, the decision is refused with who and when, and the view reloads."""
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1, extra=("ID", "RIB")))
    KnownProcedure.create(procedure_number=A, payment_method="direct_debit", customer_type="individual")
    open_number(qtbot, window, A)
    view = window.dossier_view
    for page, item in ((0, "1"), (1, "2"), (2, "3")):
        view.viewer.set_current_page(page)
        qtbot.keyClick(view.viewer, item)
    dossier_settled(qtbot, window)
    seen = view.dossier.version
    window.services.assignment.reassign([view.dossier.id], "tech9", "chef")  # another workstation, meanwhile
    said: list[str] = []
    answer_next_dialog(QMessageBox, lambda box: said.append(box.text()))
    qtbot.keyClick(view.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(said))  # the refusal comes back from the database thread
    assert said and said[0].startswith(f"Le dossier {A} a été modifié par chef à ")
    assert "rechargé" in said[0]
    assert Dossier.get(Dossier.procedure_number == A).status == DossierStatus.OPEN  # nothing overwritten
    dossier_settled(qtbot, window)
    assert view.dossier.version == seen + 1  # the view shows the dossier as it is now
    window.commands.validate()  # decided again, on what is shown now
    dossier_settled(qtbot, window)
    assert Dossier.get(Dossier.procedure_number == A).status == DossierStatus.VALIDATED


def test_a_change_cut_by_a_lost_database_is_said_and_nothing_is_half_done(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1))
    open_number(qtbot, window, A)

    def server_gone(*_args: object, **_kwargs: object) -> None:
        raise peewee.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(window.services.validation, "put_on_hold", server_gone)
    said: list[str] = []
    answer_next_dialog(QMessageBox, lambda box: said.append(box.text()))
    window.commands.run(lambda: window.services.validation.put_on_hold(A, "tech1", ["rib"], ""))
    qtbot.waitUntil(lambda: bool(said))
    assert said == [
        "La connexion à la base de données a été perdue : cette action n'a pas été enregistrée. "
        "Réessayez dans un instant (la connexion est rétablie d'elle-même)."
    ]
    assert Dossier.get(Dossier.procedure_number == A).status == DossierStatus.OPEN


def test_what_another_workstation_does_shows_within_two_seconds(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Live updates: the row and the queue counts follow a change committed elsewhere."""
    import_and_wait(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1))
    window.sidebar.select_queue("all")
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 1)
    assert window.sidebar.model.count("on_hold") == 0
    other = build_services(window.services.workspace, Settings(), "tech2")  # another workstation's session
    other.validation.put_on_hold(A, "tech2", ["rib"], "RIB manquant")
    qtbot.waitUntil(lambda: window.dossier_list.model.row_at(0).status == "on_hold", timeout=2_000)
    qtbot.waitUntil(lambda: window.sidebar.model.count("on_hold") == 1, timeout=2_000)


def test_unsorted_pages_are_shown_as_ranges() -> None:
    assert page_ranges([1, 2, 3, 7, 10, 11, 12, 13, 14, 15]) == "1–3, 7, 10–15"
    assert page_ranges([4]) == "4"
    assert page_ranges([]) == ""
