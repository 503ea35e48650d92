"""A main window wired like the real one, with in-process OCR and in-thread rendering."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pymupdf
import pytest
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.intake.workers import PageWorkers
from tests.gui.dialogs import OpenedFiles
from tests.gui.waiting import window_settled


def digital_form(path: Path, number: str, pages: int = 2, extra: tuple[str, ...] = ()) -> Path:
    """A digital PDF whose pages carry the number in the header (+ pages without it)."""
    document = pymupdf.open()
    for _ in range(pages):
        page = document.new_page()
        page.insert_text((50, 50), f"Numéro de procédure : {number}", fontsize=11)
        page.insert_text((50, 120), "Autorisation de prélèvement SEPA", fontsize=11)
    for text in extra:
        document.new_page().insert_text((50, 300), text, fontsize=11)
    document.save(path)
    return path


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    """A database thread of its own, for a widget or dialog built alone."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def services(workspace: Workspace) -> Services:
    return build_services(workspace, Settings(), "tech1")


@pytest.fixture
def window_for(qtbot: QtBot) -> Iterator[Callable[[Services], MainWindow]]:
    """Opens a main window wired like the real one for the given services (a user, a role)."""
    executor = ThreadPoolExecutor(max_workers=1)
    tasks = TaskRunner()
    opened: list[MainWindow] = []

    def open_window(services: Services) -> MainWindow:
        renderer = RenderService(workers=1, executor=executor)
        importer = ImportController(services, tasks, workers_factory=lambda: PageWorkers(0))
        shown = MainWindow(
            services, renderer=renderer, importer=importer, file_chooser=lambda _parent: [], open_file=OpenedFiles()
        )
        qtbot.addWidget(shown)
        shown.show()
        shown.activateWindow()
        qtbot.waitUntil(shown.isActiveWindow)  # shortcuts only reach the active window
        window_settled(qtbot, shown)  # its lists and counts are read on its database thread
        opened.append(shown)
        return shown

    yield open_window
    for shown in opened:
        shown.close()
    tasks.shutdown()
    executor.shutdown(wait=True, cancel_futures=True)


@pytest.fixture
def window(window_for: Callable[[Services], MainWindow], services: Services) -> MainWindow:
    return window_for(services)
