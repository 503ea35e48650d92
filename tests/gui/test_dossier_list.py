"""The dossier list: paged model, SQL sort and search, queue counts, keyboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.dossier_queries import count_dossiers, fetch_dossier_rows, queue_counts
from telvalid_desktop.db.models import KnownProcedure
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.models.dossier_table import COLUMNS, DossierIdRole, DossierTableModel, StatusRole
from telvalid_desktop.gui.models.queue_model import CountRole, QueueListModel
from telvalid_desktop.gui.widgets.dossier_list import DossierList
from telvalid_desktop.gui.widgets.queue_sidebar import QueueSidebar
from telvalid_desktop.read_models.dossiers import DossierFilter

NUMBER_COLUMN = COLUMNS.index("procedure_number")


def _number(index: int) -> str:
    return f"{48_000_000 + index:08d}"


@pytest.fixture
def make_dossiers(workspace: Workspace) -> Callable[[int], None]:
    """``count`` dossiers numbered 48000000.., each with a known procedure (customer, group)."""

    def make(count: int) -> None:
        service = DossierService()
        with workspace.database.atomic():
            for index in range(count):
                number = _number(index)
                KnownProcedure.create(
                    procedure_number=number,
                    customer_name=f"Client {'Dubois' if index % 10 == 3 else 'Martin'} {index}",
                    telephony_group=f"GRP-{index:04d}",
                )
                service.receive_submission(number, "tester", "test")

    return make


def _show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Shortcuts only reach an active window (key events are then sent to its handle)."""
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)


def test_model_pages_a_thousand_dossiers(make_dossiers: Callable[[int], None]) -> None:
    make_dossiers(1000)
    model = DossierTableModel(page_size=200, max_pages=3)
    model.reload()
    assert model.rowCount() == 1000
    assert model.index(999, NUMBER_COLUMN).data() in {_number(index) for index in range(1000)}
    model.sort(NUMBER_COLUMN, Qt.SortOrder.DescendingOrder)
    assert model.index(0, NUMBER_COLUMN).data() == _number(999)
    assert model.index(999, NUMBER_COLUMN).data() == _number(0)
    assert model.index(500, NUMBER_COLUMN).data() == _number(499)
    assert len(model._pages) <= 3  # far pages were dropped
    model.sort(NUMBER_COLUMN, Qt.SortOrder.AscendingOrder)
    assert model.index(999, NUMBER_COLUMN).data() == _number(999)


def test_search_by_partial_number_and_customer(make_dossiers: Callable[[int], None]) -> None:
    make_dossiers(40)
    assert [row.procedure_number for row in fetch_dossier_rows(DossierFilter(search="000012"), 0, 50)] == [_number(12)]
    assert count_dossiers(DossierFilter(search="4800003")) == 10  # a prefix: 48000030..48000039
    found = {row.procedure_number for row in fetch_dossier_rows(DossierFilter(search="00001"), 0, 50)}
    assert found == {_number(index) for index in (1, *range(10, 20))}  # a substring anywhere
    assert count_dossiers(DossierFilter(search="dubois")) == 4  # 3, 13, 23, 33; case ignored
    assert count_dossiers(DossierFilter(search="DUBOIS 13")) == 1  # every word must match
    assert count_dossiers(DossierFilter(search="grp-0007")) == 1
    assert count_dossiers(DossierFilter(search="100%")) == 0  # LIKE wildcards are escaped


def test_queue_counts_follow_hold_and_validate(workspace: Workspace, make_dossiers: Callable[[int], None]) -> None:
    make_dossiers(5)
    service = DossierService()
    service.change_status(_number(0), DossierStatus.ON_HOLD, actor="tester", reason="RIB manquant")
    service.change_status(_number(1), DossierStatus.ON_HOLD, actor="tester")
    service.change_status(_number(2), DossierStatus.VALIDATED, actor="tester")
    with workspace.database.atomic():
        service.receive_submission(_number(1), "tester", "complement")  # back to open, completed
    counts = queue_counts()
    assert counts == {"unsorted": 0, "open": 2, "complement": 1, "on_hold": 1, "validated": 1, "all": 5}
    model = DossierTableModel()
    model.set_filter(DossierFilter(queue="complement"))
    assert model.rowCount() == 1
    assert model.index(0, COLUMNS.index("status")).data() == "Complément reçu"
    assert model.index(0, 0).data(StatusRole) == "complement"


def test_refresh_rows_repaints_only_changed_dossier(qtbot: QtBot, make_dossiers: Callable[[int], None]) -> None:
    make_dossiers(3)
    model = DossierTableModel()
    model.set_filter(DossierFilter(sort_column="procedure_number", descending=False))
    status_column = COLUMNS.index("status")
    assert model.index(1, status_column).data() == "Ouvert"
    dossier_id = model.index(1, 0).data(DossierIdRole)
    DossierService().change_status(_number(1), DossierStatus.ON_HOLD, actor="tester")
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda first, last, *_: first.row() == last.row() == 1):
        model.refresh_rows([dossier_id])
    assert model.index(1, status_column).data() == "En attente"


def test_models_are_sound_qt_models(qtmodeltester, make_dossiers: Callable[[int], None]) -> None:  # noqa: ANN001
    make_dossiers(30)
    table = DossierTableModel(page_size=7, max_pages=2)
    table.reload()
    qtmodeltester.check(table)
    queues = QueueListModel()
    queues.refresh_counts()
    qtmodeltester.check(queues)


def test_queue_sidebar_counts_and_shortcuts(qtbot: QtBot, make_dossiers: Callable[[int], None]) -> None:
    make_dossiers(4)
    sidebar = QueueSidebar()
    qtbot.addWidget(sidebar)
    _show_active(qtbot, sidebar)
    sidebar.refresh_counts()
    assert sidebar.model.index(5, 0).data(CountRole) == 4
    assert sidebar.model.index(1, 0).data() == "Ouverts (4)"
    with qtbot.waitSignal(sidebar.queue_selected, check_params_cb=lambda queue: queue == "on_hold"):
        qtbot.keyClick(sidebar.windowHandle(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    DossierService().change_status(_number(0), DossierStatus.ON_HOLD, actor="tester")
    with qtbot.waitSignal(sidebar.model.dataChanged):
        sidebar.refresh_counts()
    assert sidebar.model.index(3, 0).data(CountRole) == 1


def test_dossier_list_search_and_keyboard(qtbot: QtBot, make_dossiers: Callable[[int], None]) -> None:
    make_dossiers(14)
    widget = DossierList()
    qtbot.addWidget(widget)
    _show_active(qtbot, widget)
    widget.model.reload()
    assert widget.model.rowCount() == 14
    with qtbot.waitSignal(widget.current_dossier_changed):
        widget.view.setFocus()  # the first row (newest) becomes current
    newest = widget.current_dossier_id()
    qtbot.keyClick(widget.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # window shortcut
    assert widget.search.hasFocus()
    qtbot.keyClicks(widget.search, "dubois")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2)  # 48000003 and 48000013, after the pause
    assert widget.current_dossier_id() == newest  # 48000013 is still listed, and still current
    qtbot.keyClick(widget.search, Qt.Key.Key_Down)
    assert widget.view.hasFocus()
    with qtbot.waitSignal(widget.current_dossier_changed, check_params_cb=lambda dossier_id: dossier_id != newest):
        qtbot.keyClick(widget.view, Qt.Key.Key_End)
    older = widget.current_dossier_id()
    with qtbot.waitSignal(widget.dossier_activated, check_params_cb=lambda dossier_id: dossier_id == older):
        qtbot.keyClick(widget.view, Qt.Key.Key_Return)
    qtbot.keyClick(widget.view, Qt.Key.Key_Home)
    assert widget.current_dossier_id() == newest
    with qtbot.waitSignal(widget.dossier_activated, check_params_cb=lambda dossier_id: dossier_id == newest):
        center = _row_center(widget, 0)
        qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=center)  # Qt 6 needs the press
        qtbot.mouseDClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    widget.search.setFocus()
    qtbot.keyClick(widget.search, Qt.Key.Key_Escape)
    assert widget.search.text() == ""
    assert widget.model.rowCount() == 14
    assert widget.current_dossier_id() == newest  # kept across the reset


def _row_center(widget: DossierList, row: int) -> QPoint:
    return widget.view.visualRect(widget.model.index(row, 0)).center()


def test_header_click_sorts_in_sql(qtbot: QtBot, make_dossiers: Callable[[int], None]) -> None:
    make_dossiers(5)
    widget = DossierList()
    qtbot.addWidget(widget)
    widget.show()
    widget.model.reload()
    header = widget.view.horizontalHeader()
    header.setSortIndicator(NUMBER_COLUMN, Qt.SortOrder.AscendingOrder)
    assert widget.model.filter.sort_column == "procedure_number"
    assert widget.model.index(0, NUMBER_COLUMN).data() == _number(0)
    header.setSortIndicator(COLUMNS.index("missing_items"), Qt.SortOrder.AscendingOrder)  # not sortable
    assert header.sortIndicatorSection() == NUMBER_COLUMN


def test_the_list_opens_on_the_all_queue_with_its_dossiers(qtbot: QtBot, make_dossiers: Callable[[int], None]) -> None:
    """Reopening the app on "Tous" (the model's default queue) once showed an empty list."""
    make_dossiers(3)
    shown = DossierList(DossierTableModel())
    qtbot.addWidget(shown)
    shown.set_queue("all")
    assert shown.model.rowCount() == 3


def test_the_technician_hides_and_shows_columns_from_the_headers_menu(
    qtbot: QtBot, make_dossiers: Callable[[int], None]
) -> None:
    """On a small screen the list fits without scrolling sideways once a column or two are hidden."""
    make_dossiers(3)
    widget = DossierList()
    qtbot.addWidget(widget)
    widget.model.set_filter(DossierFilter())
    header = widget.view.horizontalHeader()
    menu = widget.column_menu()
    titles = [action.text() for action in menu.actions()]
    assert "N° de procédure" not in titles and len(titles) == len(COLUMNS) - 1  # the number always stays
    group = next(action for action in menu.actions() if action.text() == "Groupe téléphonie")
    group.setChecked(False)
    assert header.isSectionHidden(COLUMNS.index("telephony_group"))
    kept = widget.hidden_columns()  # what the window keeps between sessions
    assert kept == ["telephony_group"]
    group.setChecked(True)
    assert not header.isSectionHidden(COLUMNS.index("telephony_group"))
    widget.hide_columns([*kept, "procedure_number"])  # as the next session starts; the number stays
    assert header.isSectionHidden(COLUMNS.index("telephony_group")) and not header.isSectionHidden(0)


def test_on_a_1366_screen_every_column_fits_and_wide_ones_give_way_first(qtbot: QtBot) -> None:
    """Issue 17, flow 5: beside the queues (about 1130 px left), the list does not scroll sideways; the
    number and the dates stay whole; on a wide screen the names get their full room again."""
    widget = DossierList()
    qtbot.addWidget(widget)
    widget.resize(1130, 500)
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.view
    widths = {key: view.columnWidth(column) for column, key in enumerate(COLUMNS)}
    assert sum(widths.values()) <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    metrics = view.fontMetrics()
    assert widths["procedure_number"] > metrics.horizontalAdvance("0000000000")
    assert widths["last_activity"] > metrics.horizontalAdvance("00/00/0000 00:00")
    assert widths["customer_name"] < 240  # it gave way
    widget.resize(1900, 500)
    qtbot.waitUntil(lambda: view.columnWidth(COLUMNS.index("customer_name")) == 240)
