"""Importing from the window: results as they come, a summary at the end, cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pymupdf
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.db.models import Dossier, Page, StoredFile
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.gui.import_controller import ImportController, ImportSummary
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.import_panel import ImportPanel
from telvalid_desktop.intake.types import PageAnalysis
from telvalid_desktop.intake.workers import PageWorkers

WAIT_MS = 20_000


def _form(path: Path, number: str, pages: int = 2) -> Path:
    """A digital PDF whose every page starts with the procedure number, as the manager prints it."""
    document = pymupdf.open()
    for _ in range(pages):
        page = document.new_page()
        page.insert_text((50, 50), f"Numéro de procédure : {number}", fontsize=11)
        page.insert_text((50, 120), "Autorisation de prélèvement SEPA", fontsize=11)
    document.save(path)
    return path


class GatedWorkers(PageWorkers):
    """In-process workers that stop after the first page until the test lets them go on."""

    def __init__(self) -> None:
        super().__init__(0)
        self.first_page_read = threading.Event()
        self.go_on = threading.Event()

    def analyze_pages(
        self, path: Path, page_count: int, cancel: threading.Event | None = None
    ) -> Iterator[PageAnalysis]:
        for number, analysis in enumerate(super().analyze_pages(path, page_count, cancel)):
            yield analysis
            if number == 0:
                self.first_page_read.set()
                self.go_on.wait(timeout=WAIT_MS / 1000)


def test_import_reports_each_file_then_a_summary(
    qtbot: QtBot, services: Services, tasks: TaskRunner, tmp_path: Path
) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    _form(folder / "a.pdf", "48151623")
    _form(folder / "b.pdf", "48151624", pages=3)
    controller = ImportController(services, tasks, workers_factory=lambda: PageWorkers(0))
    panel = ImportPanel(controller)
    qtbot.addWidget(panel)
    events: list[tuple[str, object]] = []
    controller.import_started.connect(lambda total: events.append(("started", total)))
    controller.file_imported.connect(lambda outcome: events.append(("file", outcome)))
    controller.import_finished.connect(lambda summary: events.append(("finished", summary)))
    with qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished:
        assert controller.import_paths([folder])
        assert controller.is_running()
        assert not controller.import_paths([folder])  # one batch at a time
    summary: ImportSummary = finished.args[0]
    assert [kind for kind, _ in events] == ["started", "file", "file", "finished"]  # results as they come
    assert events[0][1] == 2
    imported = [outcome for kind, outcome in events if isinstance(outcome, FileOutcome)]
    assert [Path(outcome.file).name for outcome in imported] == ["a.pdf", "b.pdf"]
    assert all(outcome.status == ImportStatus.IMPORTED for outcome in imported)
    assert (summary.total_files, summary.imported, summary.cancelled) == (2, 2, False)
    number_of = {dossier.id: dossier.procedure_number for dossier in Dossier.select()}
    assert {number_of[dossier_id] for dossier_id in summary.dossier_ids} == {"48151623", "48151624"}
    assert not controller.is_running() and panel.isHidden()
    controller.shutdown()


def test_cancel_stops_and_leaves_nothing(qtbot: QtBot, services: Services, tasks: TaskRunner, tmp_path: Path) -> None:
    first = _form(tmp_path / "long.pdf", "48151623", pages=4)
    second = _form(tmp_path / "next.pdf", "48151624")
    workers = GatedWorkers()
    controller = ImportController(services, tasks, workers_factory=lambda: workers)
    panel = ImportPanel(controller)
    qtbot.addWidget(panel)
    with (
        qtbot.assertNotEmitted(controller.file_imported),
        qtbot.waitSignal(controller.import_finished, timeout=WAIT_MS) as finished,
    ):
        controller.import_paths([first, second])
        qtbot.waitUntil(workers.first_page_read.is_set, timeout=WAIT_MS)
        qtbot.waitUntil(panel.isVisible)
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
        assert not panel.cancel_button.isEnabled()
        workers.go_on.set()
    summary: ImportSummary = finished.args[0]
    assert summary.cancelled and summary.imported == 0
    assert StoredFile.select().count() == Page.select().count() == Dossier.select().count() == 0
    controller.shutdown()


def test_task_runner_delivers_results_and_errors_on_the_gui_thread(qtbot: QtBot, tasks: TaskRunner) -> None:
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, bool]] = []

    def fail() -> None:
        raise ValueError("base perdue")

    def on_done(worker: int) -> None:
        seen.append(("done", worker != gui_thread, threading.get_ident() == gui_thread))

    def on_error(error: BaseException) -> None:
        seen.append(("error", str(error), threading.get_ident() == gui_thread))

    tasks.run(threading.get_ident, on_done=on_done)
    tasks.run(fail, on_error=on_error, executor="io")
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert sorted(seen, key=str) == [("done", True, True), ("error", "base perdue", True)]


def test_work_asked_of_a_closed_window_is_dropped_not_raised(qtbot: QtBot) -> None:
    """A reload that arrives while its window closes asks for more work: nothing is left to run it."""
    runner = TaskRunner()
    runner.shutdown()
    assert runner.run(lambda: 1).cancelled()
