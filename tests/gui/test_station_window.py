"""The mailroom station: a batch dropped in the watched folder, reviewed and fixed by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.filing.mail_password import save_password
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, Page, Submission
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.import_text import explanation
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.station_window import StationWindow
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.intake.separator import separator_sheet_pdf
from telvalid_desktop.intake.workers import PageWorkers
from tests.generator.emails import eml, pdf, reply_subject, write_eml
from tests.gui.dialogs import OpenedFiles, answer_next_dialog
from tests.mail_server import PASSWORD, USER, message_ids, running_dovecot

A = "48151623"
B = "73920158"
C = "61122334"
WAIT_MS = 30_000


def batch_pdf(path: Path) -> Path:
    """Three envelopes cut by separator sheets: A (2 pages + a letter), one with no number, B (2 pages)."""
    separator = pymupdf.open(stream=separator_sheet_pdf(1), filetype="pdf")
    document = pymupdf.open()

    def page(text: str) -> None:
        document.new_page().insert_text((50, 50), text, fontsize=11)

    page(f"Numéro de procédure : {A}")
    page(f"Numéro de procédure : {A}")
    page("Lettre : veuillez trouver ci-joint mon RIB")
    document.insert_pdf(separator)
    page("Relevé d'identité bancaire")
    page("Carte nationale d'identité")
    document.insert_pdf(separator)
    page(f"Numéro de procédure : {B}")
    page(f"Numéro de procédure : {B}")
    document.save(path)
    return path


@pytest.fixture
def station(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[StationWindow]:
    with open_station(qtbot, services, tmp_path) as shown:
        yield shown


@contextmanager
def open_station(qtbot: QtBot, services: Services, tmp_path: Path) -> Iterator[StationWindow]:
    executor = ThreadPoolExecutor(max_workers=1)
    tasks = TaskRunner()
    importer = ImportController(services, tasks, workers_factory=lambda: PageWorkers(0))
    shown = StationWindow(
        services,
        renderer=RenderService(workers=1, executor=executor),
        importer=importer,
        tasks=tasks,
        file_chooser=lambda _parent: [],
        folder_chooser=lambda _parent: str(tmp_path / "inbox"),
        save_chooser=lambda _parent, _suggested: str(tmp_path / "sheets.pdf"),
        open_file=OpenedFiles(),
        settle_s=0.0,
    )
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    yield shown
    shown.close()
    executor.shutdown(wait=True, cancel_futures=True)


def rows(station: StationWindow) -> list[tuple[str, str]]:
    tree = station.envelopes.tree
    return [(tree.topLevelItem(row).text(1), tree.topLevelItem(row).text(3)) for row in range(tree.topLevelItemCount())]


def select_envelope(qtbot: QtBot, station: StationWindow, row: int) -> None:
    """Choose a row as the clerk would, the station active again (shortcuts need it after a dialog)."""
    station.activateWindow()
    qtbot.waitUntil(station.isActiveWindow)
    station.envelopes.tree.setCurrentItem(station.envelopes.tree.topLevelItem(row))
    qtbot.waitUntil(lambda: station.review.page_model.rowCount() > 0)


def wait_for_rows(qtbot: QtBot, station: StationWindow, expected: list[tuple[str, str]]) -> None:
    qtbot.waitUntil(lambda: rows(station) == expected, timeout=WAIT_MS)


def drop_batch_in_watched_folder(qtbot: QtBot, station: StationWindow, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    station.intake.choose_watched_folder()
    assert station.intake.hot_folder.is_watching()
    batch_pdf(inbox / "lot-0900.pdf")
    archived = tmp_path / "inbox-archive" / datetime.now().strftime("%Y-%m-%d") / "lot-0900.pdf"
    qtbot.waitUntil(archived.is_file, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: station.batches.tree.topLevelItemCount() == 1, timeout=WAIT_MS)


RECEIVED = [
    (A, "Reconnue"),
    ("— intercalaire —", "page 4"),
    ("—", "À trier — aucun numéro trouvé"),
    ("— intercalaire —", "page 7"),
    (B, "Reconnue"),
]


def test_a_batch_from_the_watched_folder_is_shown_with_its_envelopes_and_figures(
    qtbot: QtBot, station: StationWindow, tmp_path: Path
) -> None:
    drop_batch_in_watched_folder(qtbot, station, tmp_path)
    wait_for_rows(qtbot, station, RECEIVED)
    batch = station.batches.tree.topLevelItem(0)
    assert (batch.text(1), batch.text(2), batch.text(3), batch.text(4)) == ("lot-0900.pdf", "9", "3", "1")
    figures = station.figures.text()
    assert "9 pages" in figures and "3 enveloppes" in figures and "2 reconnues automatiquement (67 %)" in figures
    assert "pages/min" in figures and "— pages/min" not in figures  # the intake time was measured
    assert "Surveillance" in station.intake.status.text()
    select_envelope(qtbot, station, 0)
    assert station.review.page_model.rowCount() == 3
    assert station.review.evidence.number.text() == A
    assert not [action for action in station.actions() if "Valider" in action.text()]  # not the technician's


def test_the_clerk_numbers_splits_merges_and_undoes_by_keyboard(
    qtbot: QtBot, station: StationWindow, tmp_path: Path
) -> None:
    drop_batch_in_watched_folder(qtbot, station, tmp_path)
    wait_for_rows(qtbot, station, RECEIVED)
    tree = station.envelopes.tree

    select_envelope(qtbot, station, 2)  # the envelope with no number: the clerk types it
    answer_next_dialog(AssignDialog, lambda dialog: dialog.number.setText(C))
    qtbot.keyClick(tree, Qt.Key.Key_N)
    wait_for_rows(qtbot, station, [*RECEIVED[:2], (C, "Corrigée à la main"), *RECEIVED[3:]])
    assert Dossier.get(Dossier.procedure_number == C).submissions.count() == 1

    select_envelope(qtbot, station, 0)  # the letter after A's form is another customer's: cut it off
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: station.viewer.current_page() == 2)
    qtbot.keyClick(tree, Qt.Key.Key_S)
    numbered = [*RECEIVED[:2], (C, "Corrigée à la main"), *RECEIVED[3:]]
    wait_for_rows(qtbot, station, [RECEIVED[0], ("—", "À trier — coupée à la main"), *numbered[1:]])
    letter = Page.get(Page.index == 2)
    assert letter.submission.dossier is None
    assert [p.index for p in Page.select().join(Submission).where(Submission.procedure_number == A)] == [0, 1]

    select_envelope(qtbot, station, 1)  # second thoughts: it was A's after all
    qtbot.keyClick(tree, Qt.Key.Key_F)
    wait_for_rows(qtbot, station, numbered)
    assert Page.get(Page.index == 2).submission.procedure_number == A

    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the merge
    wait_for_rows(qtbot, station, [RECEIVED[0], ("—", "À trier — coupée à la main"), *numbered[1:]])
    assert Page.get(Page.index == 2).submission.dossier is None


def test_page_kinds_and_sending_to_the_technicians(qtbot: QtBot, station: StationWindow, tmp_path: Path) -> None:
    drop_batch_in_watched_folder(qtbot, station, tmp_path)
    wait_for_rows(qtbot, station, RECEIVED)
    tree = station.envelopes.tree
    select_envelope(qtbot, station, 4)
    qtbot.keyClick(tree, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: station.viewer.current_page() == 1)
    qtbot.keyClick(tree, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: Page.get(Page.index == 8).is_blank, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: tree.topLevelItem(4).text(2) == "1", timeout=WAIT_MS)  # one document page left

    select_envelope(qtbot, station, 1)  # a separator sheet taken for a document page? put it back in the batch
    qtbot.keyClick(tree, Qt.Key.Key_I)
    qtbot.waitUntil(lambda: not Page.get(Page.index == 3).is_separator, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(rows(station)) == 4, timeout=WAIT_MS)

    select_envelope(qtbot, station, 3)
    assert tree.currentItem().text(1) == B
    qtbot.keyClick(tree, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: Dossier.get(Dossier.procedure_number == B).submissions.count() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: rows(station)[3] == ("—", "À trier — envoyée aux techniciens"), timeout=WAIT_MS)


def test_separator_sheets_are_printed_from_the_station(qtbot: QtBot, station: StationWindow, tmp_path: Path) -> None:
    answer_next_dialog(QInputDialog, lambda dialog: dialog.setIntValue(3))
    station.intake.print_separator_sheets()
    opened = station.intake.open_file
    assert isinstance(opened, OpenedFiles)
    qtbot.waitUntil(lambda: bool(opened.opened), timeout=WAIT_MS)
    assert opened.opened[0].toLocalFile() == str(tmp_path / "sheets.pdf")
    assert pymupdf.open(tmp_path / "sheets.pdf").page_count == 3


def test_files_waiting_when_the_station_starts_are_taken_in(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    inbox = tmp_path / "scans"
    inbox.mkdir()
    batch_pdf(inbox / "overnight.pdf")
    (inbox / "broken.pdf").write_bytes(b"%PDF-1.7 cut short by a dying scanner")
    watching = build_services(services.workspace, Settings(hot_folder=str(inbox)), "courrier1")
    with open_station(qtbot, watching, tmp_path) as station:
        today = datetime.now().strftime("%Y-%m-%d")
        qtbot.waitUntil((tmp_path / "scans-archive" / today / "overnight.pdf").is_file, timeout=WAIT_MS)
        qtbot.waitUntil((tmp_path / "scans-quarantine" / today / "broken.pdf.txt").is_file, timeout=WAIT_MS)
        wait_for_rows(qtbot, station, RECEIVED)
        qtbot.waitUntil(lambda: not any(inbox.iterdir()), timeout=WAIT_MS)  # moved: archived, then removed
        # What the watched folder took in is summed up as any import is; the refused file says where it went.
        report = station.import_report
        # One refused, one with pages to sort:
        qtbot.waitUntil(lambda: report.badge.text() == "Importations : 2 à voir", timeout=WAIT_MS)
        report.show_summary()
        tree = report.dialog.tree
        items = {tree.topLevelItem(row).text(1): tree.topLevelItem(row) for row in range(tree.topLevelItemCount())}
        assert items["overnight.pdf"].text(0) == "Importé, pages à trier — à voir"
        assert items["overnight.pdf"].text(3) == f"Dossiers {A}, {B} · pages 5–6 à trier"
        assert items["overnight.pdf"].childCount() == 3  # one row per envelope
        tree.setCurrentItem(items["broken.pdf"])
        moved = tmp_path / "scans-quarantine" / today / "broken.pdf"
        assert f"Mis de côté avec une note : {moved}" in report.dialog.details.toPlainText()
        assert report.dialog.open_button.isHidden()  # the mailroom opens no dossier


def test_a_correction_that_cannot_be_done_is_explained(qtbot: QtBot, station: StationWindow, tmp_path: Path) -> None:
    drop_batch_in_watched_folder(qtbot, station, tmp_path)
    wait_for_rows(qtbot, station, RECEIVED)
    select_envelope(qtbot, station, 0)
    said: list[str] = []
    answer_next_dialog(QMessageBox, lambda box: said.append(box.text()))
    qtbot.keyClick(station.envelopes.tree, Qt.Key.Key_S)  # on the first page: there is nothing before it
    assert said == ["Affichez la page où la nouvelle enveloppe commence (pas la première), puis coupez."]
    assert rows(station) == RECEIVED


def test_an_e_mail_dropped_on_the_station_is_listed_by_sender_and_subject(
    qtbot: QtBot, station: StationWindow, tmp_path: Path
) -> None:
    form = pymupdf.open()
    form.new_page().insert_text((50, 50), f"Numéro de procédure : {A}", fontsize=11)
    message = eml(reply_subject(A), "Voici mon formulaire.", [pdf("formulaire.pdf", form.tobytes())], logo=True)
    mail = QMimeData()
    mail.setUrls([QUrl.fromLocalFile(str(write_eml(tmp_path, "reponse.eml", message)))])
    station.dropEvent(
        QDropEvent(
            QPointF(10, 10), Qt.DropAction.CopyAction, mail, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    qtbot.waitUntil(lambda: station.batches.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
    batch = station.batches.tree.topLevelItem(0)
    assert batch.text(1) == f"Courriel de Jérôme Dupré <jerome.dupre@example.fr> : {reply_subject(A)}"
    assert "reponse.eml" in batch.toolTip(1)
    wait_for_rows(qtbot, station, [(A, "Reconnue")])
    [entry] = station.import_report.journal.entries()
    assert explanation(entry)[1:3] == [
        f"Courriel de Jérôme Dupré <jerome.dupre@example.fr> : « {reply_subject(A)} »",
        "Pièce jointe non importée : logo.png (image de signature ou logo, laissée de côté"
        " (le courriel d'origine est conservé))",
    ]


def test_the_team_mailbox_is_fetched_when_the_station_opens_and_on_demand_each_e_mail_listed_and_moved(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = pymupdf.open()
    form.new_page().insert_text((50, 50), f"Numéro de procédure : {A}", fontsize=11)
    attached = [pdf("formulaire.pdf", form.tobytes())]
    message = eml(reply_subject(A), "Voici mon formulaire.", attached, message_id="<s@x>")
    with running_dovecot() as server:
        monkeypatch.setenv("SSL_CERT_FILE", str(server.cafile))
        save_password(f"{USER}@127.0.0.1", PASSWORD)
        server.append([message.as_bytes()])
        settings = Settings(mail_host="127.0.0.1", mail_port=server.port, mail_user=USER)
        with open_station(qtbot, build_services(workspace, settings, "clerk"), tmp_path) as station:
            qtbot.waitUntil(lambda: station.batches.tree.topLevelItemCount() == 1, timeout=WAIT_MS)
            batch = station.batches.tree.topLevelItem(0)
            assert batch.text(1) == f"Courriel de Jérôme Dupré <jerome.dupre@example.fr> : {reply_subject(A)}"
            wait_for_rows(qtbot, station, [(A, "Reconnue")])
            assert message_ids(server.folder("INBOX")) == [] and message_ids(server.folder("Importé")) == ["<s@x>"]

            server.append([message.as_bytes().replace(b"<s@x>", b"<s2@x>").replace(b"formulaire.", b"form.")])
            qtbot.waitUntil(lambda: not station.importer.is_running(), timeout=WAIT_MS)
            with qtbot.waitSignal(station.importer.import_finished, timeout=WAIT_MS) as finished:
                station.mail_action.trigger()
            assert (finished.args[0].total_files, finished.args[0].imported, finished.args[0].error) == (1, 1, "")
        assert message_ids(server.folder("Importé")) == ["<s@x>", "<s2@x>"]


def test_fetching_without_a_mailbox_set_says_where_to_set_it(qtbot: QtBot, station: StationWindow) -> None:
    with qtbot.waitSignal(station.intake.message) as said:
        station.mail_action.trigger()
    assert said.args == ["Aucune boîte aux lettres réglée : renseignez-la dans les réglages (Boîte aux lettres)."]
