"""Every import ends with a summary: counts in the status bar, each file's fate in "Importations",
and what needs a look kept in a badge until acknowledged (issue 17)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.gui import import_journal
from telvalid_desktop.gui.dialogs.import_summary_dialog import ImportSummaryDialog
from telvalid_desktop.gui.import_controller import ImportController, ImportSummary
from telvalid_desktop.gui.import_journal import EntryKind, ImportJournal
from telvalid_desktop.gui.import_text import batch_sentence, explanation, file_name
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.messages import message
from telvalid_desktop.samples.procedure_form import form_pdf
from tests.gui.dialogs import OpenedFiles
from tests.gui.waiting import dossier_settled

A = "48151623"
WAIT_MS = 30_000


def rows(dialog: ImportSummaryDialog) -> dict[str, QTreeWidgetItem]:
    """The summary's file rows by file name."""
    tree = dialog.tree
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return {item.text(1): item for item in items if item is not None}


def scans(folder: Path) -> list[Path]:
    """A good scan, the same bytes under another name, and the good scan cut in half."""
    good = folder / "courrier-0900.pdf"
    good.write_bytes(form_pdf(A, rng=random.Random(17)))
    again = folder / "courrier-0900-copie.pdf"
    again.write_bytes(good.read_bytes())
    broken = folder / "tronque.pdf"
    broken.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    return [good, again, broken]


def test_the_status_bar_says_the_counts_in_words() -> None:
    assert batch_sentence(ImportSummary(5, imported=3, duplicates=1, rejected=1)) == (
        "3 fichiers importés, 1 doublon, 1 refusé"
    )
    assert batch_sentence(ImportSummary(1, imported=1, unsorted_pages=2)) == "1 fichier importé, 2 pages à trier"
    assert batch_sentence(ImportSummary(2, imported=1, cancelled=True)) == "Import annulé : 1 fichier importé"
    assert batch_sentence(ImportSummary(0, failed=1, error="dossier illisible")) == (
        "Import interrompu : dossier illisible"
    )


def test_an_import_ends_with_a_summary_kept_until_acknowledged(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    good, again, broken = scans(tmp_path)
    dropped = QMimeData()
    dropped.setUrls([QUrl.fromLocalFile(str(path)) for path in (good, again, broken)])
    drop = QDropEvent(
        QPointF(40, 40), Qt.DropAction.CopyAction, dropped, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(window.importer.import_finished, timeout=WAIT_MS):
        window.dropEvent(drop)  # three files dropped on the window
    qtbot.waitUntil(lambda: "1 fichier importé, 1 doublon, 1 refusé" in window.statusBar().currentMessage())
    badge = window.import_report.badge
    assert badge.isVisible() and badge.text() == "Importations : 2 à voir"  # the duplicate and the rejected file
    assert badge.accessibleName() == "Importations à voir : 2" and not badge.icon().isNull()

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.import_report.dialog
    qtbot.waitUntil(dialog.isActiveWindow)  # its keys reach it once it is in front
    found = rows(dialog)
    assert list(found) == ["tronque.pdf", "courrier-0900-copie.pdf", "courrier-0900.pdf"]  # newest first
    assert [found[name].text(0) for name in found] == ["Refusé — à voir", "Doublon — à voir", "Importé"]
    assert found["courrier-0900.pdf"].text(3) == f"Dossier {A}"
    assert found["courrier-0900-copie.pdf"].text(3).startswith("Déjà importé le ")
    assert found["courrier-0900-copie.pdf"].text(3).endswith(" : courrier-0900.pdf")  # names the first file
    assert found["tronque.pdf"].text(3) == message("damaged")  # the words the CLI and the note use

    # Opened on what waits: the rejected file is current, its reason and copy under the list.
    assert dialog.current_entry() is not None and Path(dialog.current_entry().file).name == "tronque.pdf"
    details = dialog.details.toPlainText()
    copy = Path(details.split("Mis de côté avec une note : ")[1].splitlines()[0])
    assert copy.is_file() and copy.read_bytes() == broken.read_bytes()
    assert copy.parent.parent == window.services.workspace.quarantine
    dialog.show_button.click()
    opened = window.open_file
    assert isinstance(opened, OpenedFiles) and opened.opened[-1].toLocalFile() == str(copy.parent)

    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # "Vu": this one
    qtbot.waitUntil(lambda: badge.text() == "Importations : 1 à voir")
    assert dialog.tree.currentItem().text(0) == "Doublon — à voir"  # the next one waiting comes up
    assert rows(dialog)["tronque.pdf"].text(0) == "Refusé"
    all_seen = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return, all_seen)  # "Tout vu"
    qtbot.waitUntil(lambda: not badge.isVisible())
    assert [item.text(0) for item in rows(dialog).values()] == ["Refusé", "Doublon", "Importé"]
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Escape)
    qtbot.waitUntil(dialog.isHidden)

    window.activateWindow()  # the window manager's part once a window closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dialog.isActiveWindow)  # its keys reach it once it is in front
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down)
    assert dialog.tree.currentItem().text(1) == "courrier-0900.pdf"
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.dossier_view)
    dossier_settled(qtbot, window)
    assert window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == A
    assert dialog.isHidden()


def test_a_failure_waits_until_seen_and_old_settled_files_leave(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_journal, "MAX_SETTLED_ENTRIES", 2)
    tasks = TaskRunner()
    importer = ImportController(services, tasks)  # its signals are emitted here by hand
    journal = ImportJournal(importer)
    importer.file_failed.emit("/scans/a.pdf", "database gone")
    with qtbot.waitSignal(journal.batch_finished):
        importer.import_finished.emit(ImportSummary(0, failed=1, error="dossier introuvable : /scans"))
    failed, batch = journal.entries()[1], journal.entries()[0]
    assert (failed.kind, failed.waiting, batch.kind, file_name(batch)) == (
        EntryKind.FAILED,
        True,
        EntryKind.FAILED,
        "(lot entier)",
    )
    assert explanation(failed)[-1] == "Détail technique : database gone"
    for name in ("b.pdf", "c.pdf", "d.pdf"):
        importer.file_imported.emit(FileOutcome(file=f"/scans/{name}", status=ImportStatus.IMPORTED))
    # Two settled entries are kept at most; the two that wait stay whatever their age.
    assert [file_name(entry) for entry in journal.entries()] == ["d.pdf", "c.pdf", "(lot entier)", "a.pdf"]
    journal.acknowledge([failed.number])
    assert journal.waiting_count() == 1
    tasks.shutdown()
