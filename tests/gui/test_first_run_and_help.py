"""What a newcomer meets: the welcome page of an empty workspace, the demo banner, the help."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import PySide6
import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from telvalid_desktop import __version__
from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.demo import DEMO_MARKER, default_demo_root
from telvalid_desktop.gui import app_commands
from telvalid_desktop.gui.app_commands import Target
from telvalid_desktop.gui.dialogs.about_dialog import AboutDialog
from telvalid_desktop.gui.dialogs.guide_dialog import GUIDES, GuideDialog, guide_folder
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.widgets.demo_banner import DemoBanner
from tests.gui.conftest import digital_form
from tests.gui.test_station_window import open_station

WAIT_MS = 30_000


def test_an_empty_workspace_opens_on_the_welcome_page(
    qtbot: QtBot, window_for: Callable[[Services], MainWindow], services: Services, tmp_path: Path
) -> None:
    window = window_for(services)
    assert window.lists.currentWidget() is window.welcome
    texts = [button.text() for button in window.welcome.buttons]
    assert texts == ["Ouvrir l'espace de démonstration", "Importer des scans… (Ctrl+O)", "Réglages… (Ctrl+,)"]
    assert window.findChild(DemoBanner) is None
    with qtbot.waitSignal(window.importer.import_finished, timeout=WAIT_MS):
        window.import_paths([digital_form(tmp_path / "form.pdf", "48151623")])
    qtbot.waitUntil(lambda: window.lists.currentWidget() is window.dossier_list)
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 1)


def test_the_welcome_page_asks_the_launcher_for_the_demo(
    qtbot: QtBot, window_for: Callable[[Services], MainWindow], services: Services
) -> None:
    window = window_for(services)
    with qtbot.waitSignal(window.app_commands.reopen_requested) as asked:
        window.welcome.buttons[0].click()
    target = asked.args[0]
    assert isinstance(target, Target) and target.demo
    assert target.root == default_demo_root()


def test_a_demo_workspace_says_so_above_the_work(
    window_for: Callable[[Services], MainWindow], workspace: Workspace
) -> None:
    (workspace.root / DEMO_MARKER).write_text("fictif", encoding="utf-8")
    window = window_for(build_services(workspace, Settings(), "tech1"))
    banner = window.findChild(DemoBanner)
    assert banner is not None and banner.isVisible()
    assert "Espace de démonstration" in banner.text()


def test_the_mailroom_station_of_a_demo_says_so_too(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    (workspace.root / DEMO_MARKER).write_text("fictif", encoding="utf-8")
    with open_station(qtbot, build_services(workspace, Settings(), "courrier1"), tmp_path) as station:
        banner = station.findChild(DemoBanner)
        assert banner is not None and banner.isVisible()
        assert "lot" in banner.text()


def test_the_about_box_names_versions_and_places(qtbot: QtBot, services: Services) -> None:
    about = AboutDialog(services)
    qtbot.addWidget(about)
    rows = dict(about.rows)
    assert rows["Espace de travail"] == str(services.workspace.root)
    assert rows["Utilisateur"] == "tech1"
    assert rows["Qt"].endswith(f"(PySide6 {PySide6.__version__})")
    assert rows["PyMuPDF"].startswith(pymupdf.VersionBind)
    assert rows["Tesseract"].startswith("5.")  # tesseract 5 and the models this machine reads with
    about.copy_to_clipboard()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"TelValid Desktop {__version__}\n")
    assert f"Espace de travail : {services.workspace.root}" in copied


def test_the_guide_opens_on_the_readers_role_with_its_pictures(qtbot: QtBot, services: Services) -> None:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("courrier1", Role.MAILROOM, "chef")
    for login, tab in (("courrier1", 0), ("tech1", 1), ("chef", 2)):
        guide = GuideDialog(login)
        qtbot.addWidget(guide)
        assert guide.tabs.currentIndex() == tab
        assert guide.tabs.widget(tab).toPlainText().startswith("Guide")
    for _role, name in GUIDES:
        text = (guide_folder() / name).read_text(encoding="utf-8")
        pictures = [line.split("](")[1].rstrip(")") for line in text.splitlines() if line.startswith("![")]
        assert pictures, name
        for picture in pictures:
            assert (guide_folder() / picture).is_file(), f"{name}: {picture} (python -m tests.tools.docs_screenshots)"


class SavedSettings:
    """Stands for the settings dialog: the user saved a change to ``changed``."""

    changed: frozenset[str] = frozenset()

    def __init__(self, *_args: object, **_kwargs: object) -> None:
        self.changed_fields = self.changed

    def exec(self) -> int:
        return 1

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name
        pass


@pytest.mark.parametrize(
    ("changed", "same_workspace"),
    [(frozenset({"claim_timeout_minutes"}), True), (frozenset({"workspace"}), False), (frozenset(), None)],
)
def test_saved_settings_reopen_the_window(
    window_for: Callable[[Services], MainWindow],
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    changed: frozenset[str],
    same_workspace: bool | None,
) -> None:
    window = window_for(services)
    monkeypatch.setattr(app_commands, "SettingsDialog", type("Saved", (SavedSettings,), {"changed": changed}))
    asked: list[Target] = []
    window.app_commands.reopen_requested.connect(asked.append)
    window.app_commands.settings_action.trigger()
    if same_workspace is None:
        assert asked == []  # nothing saved: the window stays
    elif same_workspace:
        assert asked == [Target(services.workspace.root, services.workspace.database_url)]
    else:
        assert asked == [Target()]  # the workspace the settings now name
