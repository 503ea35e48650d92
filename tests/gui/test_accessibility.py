"""Every control a keyboard reaches has a name a screen reader says (issue 17, accessibility).

The walk looks at every visible widget that takes focus and fails listing those with neither an
accessible name nor a text the platform reads for them: a button's own text, the text of the
label whose buddy it is, a tab bar's tab titles. A line edit's placeholder does not count (it
goes once the field is typed in), nor a combo box's current value (that is its value, not its
name).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.dialogs.hold_dialog import HoldChoice, HoldDialog
from telvalid_desktop.gui.dialogs.settings_dialog import SettingsDialog
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.tasks import TaskRunner
from tests.gui.conftest import digital_form
from tests.gui.test_station_window import (
    RECEIVED,
    drop_batch_in_watched_folder,
    open_station,
    select_envelope,
    wait_for_rows,
)
from tests.gui.waiting import dossier_settled, window_settled

A = "48151623"
WAIT_MS = 30_000


def _buddies(root: QWidget) -> dict[int, str]:
    """The texts of the labels naming another widget, by the id of the widget named."""
    named: dict[int, str] = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            named[id(buddy)] = label.text()
    return named


def spoken_name(widget: QWidget, buddies: dict[int, str]) -> str:
    """What a screen reader says for the widget: its accessible name or a text the platform reads."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QTabBar) and all(widget.tabText(i).strip() for i in range(widget.count())):
        return " | ".join(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QLabel) and widget.text().strip():
        return widget.text()  # a label's text is its name
    proxy = widget.focusProxy()
    if proxy is not None and proxy is not widget:
        return spoken_name(proxy, buddies)
    return buddies.get(id(widget), "")


def _inside_a_named_editor(widget: QWidget) -> bool:
    """The line edit inside a spin box or a combo box: the outer control is the one named."""
    parent = widget.parentWidget()
    return parent is not None and parent.focusProxy() is widget


def unnamed(root: QWidget) -> list[str]:
    """Visible focusable widgets under ``root`` (itself included) that a screen reader could not name."""
    buddies = _buddies(root)
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        if _inside_a_named_editor(widget):
            continue
        if not spoken_name(widget, buddies):
            found.append(_describe(widget))
    return found


def assert_all_named(found: list[str]) -> None:
    missing = sorted(set(found))
    assert not missing, "Contrôles sans nom accessible :\n" + "\n".join(missing)


def _describe(widget: QWidget) -> str:
    path = []
    current: QWidget | None = widget
    while current is not None:
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(path)


def unnamed_in_every_tab(root: QWidget) -> list[str]:
    """``unnamed`` with each page of each tab widget shown in turn."""
    found = unnamed(root)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += [name for name in unnamed(root) if name not in found]
    return found


@pytest.fixture
def dossier_window(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> MainWindow:
    """The technician's window with a dossier of two pages in, and an envelope left unsorted."""
    with qtbot.waitSignal(window.importer.import_finished, timeout=WAIT_MS):
        window.import_paths(
            [
                digital_form(tmp_path / "form.pdf", A),
                digital_form(tmp_path / "letter.pdf", A, pages=0, extra=("Madame,",)),
            ]
        )
    window_settled(qtbot, window)
    return window


def open_the_dossier(qtbot: QtBot, window: MainWindow) -> None:
    window.sidebar.select_queue("all")
    qtbot.waitUntil(lambda: window.dossier_list.model.rowCount() == 1)
    window.dossier_list.select_row(0)
    qtbot.keyClick(window.dossier_list.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.dossier_view)
    dossier_settled(qtbot, window)


def test_every_control_of_the_technicians_window_has_a_name(qtbot: QtBot, dossier_window: MainWindow) -> None:
    window = dossier_window
    found = unnamed(window)  # the dossier list
    open_the_dossier(qtbot, window)
    found += unnamed(window)
    assert_all_named(found)


def test_every_control_of_the_unsorted_queue_has_a_name(qtbot: QtBot, dossier_window: MainWindow) -> None:
    window = dossier_window
    window.show_unsorted()
    qtbot.waitUntil(lambda: window.unsorted.list.topLevelItemCount() == 1)
    window.unsorted.list.setCurrentItem(window.unsorted.list.topLevelItem(0))
    assert_all_named(unnamed(window))


def test_every_control_of_the_mailroom_station_has_a_name(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    with open_station(qtbot, services, tmp_path) as station:
        drop_batch_in_watched_folder(qtbot, station, tmp_path)
        wait_for_rows(qtbot, station, RECEIVED)
        select_envelope(qtbot, station, 0)
        assert_all_named(unnamed(station))


@pytest.fixture
def lead(workspace: Workspace) -> Services:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    return build_services(workspace, Settings(), "chef")


def test_every_control_of_the_leads_window_has_a_name(
    qtbot: QtBot, window_for: Callable[[Services], MainWindow], lead: Services
) -> None:
    window = window_for(lead)
    window.show_supervision()
    supervision = window.supervision
    assert supervision is not None
    qtbot.addWidget(supervision)
    qtbot.waitUntil(supervision.isVisible)
    assert_all_named(unnamed_in_every_tab(supervision))


def test_every_control_of_the_settings_dialog_has_a_name(
    qtbot: QtBot, workspace: Workspace, tasks: TaskRunner, tmp_path: Path
) -> None:
    settings = Settings(workspace=str(workspace.root))
    dialog = SettingsDialog(
        settings,
        build_services(workspace, settings, "tech1"),
        settings_file=tmp_path / "settings.json",
        tasks=tasks,
        check_delay_ms=10,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog._checking)
    assert_all_named(unnamed_in_every_tab(dialog))


def test_every_control_of_the_hold_dialog_has_a_name(qtbot: QtBot) -> None:
    dialog = HoldDialog([HoldChoice("rib", "RIB"), HoldChoice("holder_id", "Pièce d'identité", refusal="périmé")], 2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_all_named(unnamed(dialog))


def test_every_control_of_the_assign_dialog_has_a_name(qtbot: QtBot) -> None:
    dialog = AssignDialog("Numéro :", lambda _prefix: [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert_all_named(unnamed(dialog))


def test_every_control_of_the_import_summary_has_a_name(qtbot: QtBot, dossier_window: MainWindow) -> None:
    window = dossier_window
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.import_report.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2)
    assert_all_named(unnamed(dialog))


def tab_order(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets the focus goes through by Tab from ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_goes_through_the_dossier_in_reading_order(qtbot: QtBot, dossier_window: MainWindow) -> None:
    window = dossier_window
    open_the_dossier(qtbot, window)
    view = window.dossier_view
    tabs = view.checklist.parentWidget().parentWidget()
    assert isinstance(tabs, QTabWidget)
    # The pages, the page, the checklist, then the tabs to the dossier's other lists.
    assert tab_order(qtbot, view.thumbnails, 3) == [view.thumbnails, view.viewer.view, view.checklist, tabs.tabBar()]
    window.show_list()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.list_page)
    sidebar, dossiers = window.sidebar.view, window.dossier_list
    # The queues, the search, the dossiers.
    assert tab_order(qtbot, sidebar, 2) == [sidebar, dossiers.search, dossiers.view]


def test_the_page_and_the_current_thumbnail_show_they_have_the_keyboard(
    qtbot: QtBot, dossier_window: MainWindow
) -> None:
    window = dossier_window
    open_the_dossier(qtbot, window)
    view, strip = window.dossier_view.viewer.view, window.dossier_view.thumbnails
    highlight = view.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)

    def edge_of_the_page() -> QColor:
        return view.grab().toImage().pixelColor(0, view.height() // 2)

    def current_thumbnail() -> QImage:
        return strip.viewport().grab(strip.visualRect(strip.currentIndex())).toImage()

    strip.setFocus()
    qtbot.waitUntil(strip.hasFocus)
    assert edge_of_the_page() != highlight
    focused_thumbnail = current_thumbnail()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert edge_of_the_page() == highlight  # a frame round the page
    assert current_thumbnail() != focused_thumbnail  # the strip's frame went with the keyboard


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    """The application font at 150 %, as a user who scales text up has it."""
    before = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(before.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(before)


@pytest.mark.usefixtures("large_font")
def test_at_150_percent_the_window_fits_1366_by_768_and_keeps_its_column_titles(
    qtbot: QtBot, dossier_window: MainWindow
) -> None:
    window = dossier_window
    window.resize(1366, 768)
    header = window.dossier_list.view.horizontalHeader()
    cut = [
        window.dossier_list.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(header.count())
        if header.sectionSize(column) < header.sectionSizeHint(column)
    ]
    assert cut == []
    open_the_dossier(qtbot, window)
    qtbot.waitUntil(lambda: window.size().width() <= 1366)  # nothing forces it wider than the screen
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768
