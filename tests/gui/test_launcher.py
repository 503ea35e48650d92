"""The launcher opens the station's window, and reopens it on another workspace or on the demo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings, save_settings, settings_path
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.gui.app_commands import Target
from telvalid_desktop.gui.import_controller import ImportController
from telvalid_desktop.gui.launcher import Launcher, StartOptions
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.intake.workers import PageWorkers
from tests.gui.dialogs import OpenedFiles
from tests.shared_database import team_database_in_settings


def light_window(services: Services, _station: str) -> QMainWindow:
    """The technician's window without worker processes (the real factory starts them)."""
    importer = ImportController(services, TaskRunner(), workers_factory=lambda: PageWorkers(0))
    return MainWindow(services, importer=importer, file_chooser=lambda _parent: [], open_file=OpenedFiles())


def open_root(launcher: Launcher) -> Path:
    assert launcher.window is not None
    return launcher.window.services.workspace.root  # type: ignore[attr-defined]


@pytest.fixture
def launcher_for(qtbot: QtBot, tmp_path: Path) -> Iterator[Callable[..., Launcher]]:
    made: list[Launcher] = []

    def make(**builders: object) -> Launcher:
        launcher = Launcher(
            QApplication.instance(),  # type: ignore[arg-type]
            StartOptions(workspace=tmp_path / "first"),
            window_factory=light_window,
            **builders,  # type: ignore[arg-type]
        )
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        launcher.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]


def test_starts_on_the_workspace_named_at_start(launcher_for: Callable[..., Launcher], tmp_path: Path) -> None:
    launcher = launcher_for()
    assert launcher.start()
    assert open_root(launcher) == (tmp_path / "first").resolve()
    assert launcher.window is not None and launcher.window.isVisible()


def test_without_a_folder_at_start_the_settings_name_it(qtbot: QtBot, tmp_path: Path) -> None:
    save_settings(Settings(workspace=str(tmp_path / "configured")), settings_path())
    launcher = Launcher(QApplication.instance(), StartOptions(), window_factory=light_window)  # type: ignore[arg-type]
    try:
        assert launcher.start()
        assert open_root(launcher) == (tmp_path / "configured").resolve()
    finally:
        launcher.close()


def test_reopens_on_another_workspace(launcher_for: Callable[..., Launcher], tmp_path: Path, qtbot: QtBot) -> None:
    launcher = launcher_for()
    launcher.start()
    first = launcher.window
    assert first is not None
    first.app_commands.reopen_requested.emit(Target(tmp_path / "second"))  # type: ignore[attr-defined]
    assert open_root(launcher) == (tmp_path / "second").resolve()
    assert not first.isVisible()
    assert (tmp_path / "second").is_dir()


def test_builds_the_demo_off_the_gui_thread_then_opens_it(
    launcher_for: Callable[..., Launcher], tmp_path: Path, qtbot: QtBot
) -> None:
    said: list[str] = []

    def build(root: Path, progress: Callable[[str], None]) -> None:
        progress("Lot du courrier…")
        said.append("built")
        root.mkdir(parents=True)
        (root / "DEMO.txt").write_text("démonstration", encoding="utf-8")

    launcher = launcher_for(demo_builder=build)
    launcher.start()
    launcher.window.app_commands.reopen_requested.emit(Target(tmp_path / "demo", demo=True))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    assert said == ["built"]
    assert open_root(launcher) == (tmp_path / "demo").resolve()
    assert launcher.workspace is not None and launcher.workspace.database_url.startswith("sqlite:///")


def test_a_demo_that_fails_says_so_and_reopens_the_workspace(
    launcher_for: Callable[..., Launcher], tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    def fail(_root: Path, _progress: Callable[[str], None]) -> None:
        raise OSError("disque plein")

    launcher = launcher_for(demo_builder=fail)
    launcher.start()
    launcher.window.app_commands.reopen_requested.emit(Target(tmp_path / "demo", demo=True))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=10000)
    assert open_root(launcher) == (tmp_path / "first").resolve()
    assert len(warnings) == 1 and "disque plein" in warnings[0]


def test_the_window_opens_the_database_of_the_settings(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same database the command line and the watcher file into (tests/cli/test_database_cli.py)."""
    url = team_database_in_settings(tmp_path, monkeypatch)
    launcher = Launcher(QApplication.instance(), StartOptions(), window_factory=light_window)  # type: ignore[arg-type]
    try:
        assert launcher.start()
        assert launcher.workspace is not None
        assert (launcher.workspace.database_url, launcher.workspace.root) == (url, (tmp_path / "shared").resolve())
    finally:
        launcher.close()
        QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
