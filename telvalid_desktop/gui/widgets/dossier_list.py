"""The technician's dossier list: a search box over a lazily loaded table, all by keyboard."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget

from telvalid_desktop.gui.delegates.status_badge import StatusBadgeDelegate
from telvalid_desktop.gui.models.dossier_table import (
    COLUMNS,
    STATUS_COLUMN,
    DossierIdRole,
    DossierTableModel,
    status_label,
)
from telvalid_desktop.read_models.dossiers import Queue

SEARCH_DELAY_MS = 150
WIDE_COLUMNS = frozenset({"customer_name", "missing_items"})  # names and item lists: the most room when there is
# What a column must show whole, beside its title: a number is never cut, nor a date, nor a state badge.
WHOLE_TEXT = {
    "procedure_number": "0000000000",
    "first_received": "00/00/0000 00:00",
    "last_activity": "00/00/0000 00:00",
}
ACTIVATE_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class DossierList(QWidget):
    """Owns the search box, the table view and its model of one dossier list.

    Typing filters after a short pause (one query per pause, not per key); Ctrl+F
    focuses the search, Esc clears it, Down goes to the table, Enter opens the first match;
    in the table Up/Down, Home/End move between rows and Enter opens the dossier.
    """

    dossier_activated = Signal(int)
    current_dossier_changed = Signal(int)

    def __init__(self, model: DossierTableModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model if model is not None else DossierTableModel(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Rechercher : n° de procédure, client, groupe, compte (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Rechercher un dossier"))
        self.view = QTableView(self)
        self.view.setAccessibleName(self.tr("Dossiers"))
        self._current_id: int | None = None
        self._keeping_place = False  # a reload of the same list: the current row stays where the eye left it
        self._place: int | None = None  # its distance from the top of the view when the reload landed
        self._open_first = False  # Enter was pressed in the search: open its first match once read
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect()

    def _build(self) -> None:
        view = self.view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab leaves the list (rows are chosen with the arrows), no cell-by-cell trap
        view.setItemDelegateForColumn(STATUS_COLUMN, StatusBadgeDelegate(view))
        rows = view.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring on 100,000 rows
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        view.setSortingEnabled(True)
        self._fit_columns()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(view)
        # No focus proxy: it would put the list before the search in the Tab order (Qt moves a
        # proxy next to its widget), so Tab from the queues reaches the search, then the list.

    def _connect(self) -> None:
        self.search.textEdited.connect(self._search_timer.start)
        self.search.textChanged.connect(self._on_search_text_changed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.search.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)  # its width sets the columns' (``_fit_columns``)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        header = self.view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.modelReset.connect(self._open_first_match)
        self.model.dataChanged.connect(self._open_first_match)
        focus_search = QShortcut(QKeySequence.StandardKey.Find, self)
        focus_search.setContext(Qt.ShortcutContext.WindowShortcut)
        focus_search.activated.connect(self._on_focus_search_requested)

    # public API

    def set_queue(self, queue: Queue) -> None:
        """Show one queue, keeping the search and the order."""
        if queue != self.model.filter.queue or not self.model.loaded:
            self.model.set_filter(replace(self.model.filter, queue=queue))

    def set_search(self, text: str) -> None:
        """Search at once (no pause), as if typed."""
        self.search.setText(text)
        self._apply_search()

    def refresh(self) -> None:
        """Re-read the list (an import, a dossier created elsewhere, F5): the current dossier stays current
        and at the same height on screen, so a row arriving above it does not move it under the eye."""
        self._keeping_place = True
        self.model.reload()

    def refresh_rows(self, dossier_ids: list[int]) -> None:
        self.model.refresh_rows(dossier_ids)

    def current_dossier_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(DossierIdRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        """Make ``row`` current (clamped to the list) and show it."""
        count = self.model.rowCount()
        if count == 0:
            return
        index = self.model.index(max(0, min(row, count - 1)), 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    # slots

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search.text().strip()
        if text != self.model.filter.search:
            self.model.set_filter(replace(self.model.filter, search=text))

    def _on_search_timer_timeout(self) -> None:
        self._apply_search()

    def _on_search_text_changed(self, text: str) -> None:
        if not text:  # the clear button or Esc: no reason to wait
            self._apply_search()

    def _on_focus_search_requested(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        dossier_id = index.data(DossierIdRole)
        if dossier_id is not None:
            self.dossier_activated.emit(dossier_id)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        dossier_id = current.data(DossierIdRole) if current.isValid() else None
        if dossier_id is not None and dossier_id != self._current_id:
            self._current_id = dossier_id
            self.current_dossier_changed.emit(dossier_id)

    def hidden_columns(self) -> list[str]:
        """The keys of the columns hidden (kept with the window's state between sessions)."""
        header = self.view.horizontalHeader()
        return [key for column, key in enumerate(COLUMNS) if header.isSectionHidden(column)]

    def hide_columns(self, keys: list[str]) -> None:
        header = self.view.horizontalHeader()
        for column, key in enumerate(COLUMNS):
            header.setSectionHidden(column, column > 0 and key in keys)
        self._fit_columns()

    def _least_width(self, column: int) -> int:
        key = COLUMNS[column]
        whole = status_label("complement") if key == "status" else WHOLE_TEXT.get(key, "")
        text = self.view.fontMetrics().horizontalAdvance(whole) + 24  # the cell's margins, a badge's rounding
        return max(self.view.horizontalHeader().sectionSizeHint(column), text)

    def _fit_columns(self) -> None:
        """Columns as wide as they like when the list has room; on a small screen (1366 px) the wide ones
        give way first, down to what each must show whole (its title, a number, a date), so the list does
        not scroll sideways; texts cut on the way end with "…" and are whole in their tooltip."""
        header = self.view.horizontalHeader()
        shown = [column for column in range(len(COLUMNS)) if not header.isSectionHidden(column)]
        least = {column: self._least_width(column) for column in shown}
        liked = {column: max(least[column], 240 if COLUMNS[column] in WIDE_COLUMNS else 140) for column in shown}
        room = self.view.viewport().width() - sum(least.values())
        extra = sum(liked[column] - least[column] for column in shown)
        share = 1.0 if extra == 0 else max(0.0, min(1.0, room / extra))
        for column in shown:
            self.view.setColumnWidth(column, round(least[column] + share * (liked[column] - least[column])))

    def column_menu(self) -> QMenu:
        """The columns the technician may hide or show (the number always stays): on a small screen the
        list then fits without scrolling sideways."""
        header = self.view.horizontalHeader()
        menu = QMenu(self.tr("Colonnes"), self)
        for column in range(1, len(COLUMNS)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, column=column: self._show_column(column, shown))
        return menu

    def _show_column(self, column: int, shown: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self._fit_columns()

    def _on_header_menu(self, position: QPoint) -> None:
        header = self.view.horizontalHeader()
        self.column_menu().exec(header.viewport().mapToGlobal(position))

    def _on_sort_indicator_changed(self, _column: int, _order: Qt.SortOrder) -> None:
        """Put the indicator back when the column cannot be sorted (the model ignored it)."""
        header = self.view.horizontalHeader()
        wanted = (self.model.sort_column(), self.model.sort_order())
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != wanted:
            header.setSortIndicator(*wanted)

    def _on_model_about_to_be_reset(self) -> None:
        current = self.view.currentIndex()
        keeping = self._keeping_place and current.isValid()
        self._place = current.row() - self.view.verticalScrollBar().value() if keeping else None
        self._keeping_place = False

    def _on_model_reset(self) -> None:
        """Keep the current dossier current when it is among the rows read (after a reload, at its place on
        screen; after a new search or queue, the first page only is read)."""
        kept = self._current_id
        row = self.model.row_of(kept) if kept is not None and self.model.row_at(0) is not None else None
        if row is None:
            self._current_id = None
            return
        if self._place is not None:
            self.view.verticalScrollBar().setValue(row - self._place)
        self.select_row(row)  # the same dossier: no signal

    # Qt overrides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.search:
            return self._search_key(event)
        if watched is self.view:
            return self._view_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        if key == Qt.Key.Key_Down or key in ACTIVATE_KEYS:
            self._apply_search()
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not self.view.currentIndex().isValid():
                self.select_row(0)
            if key in ACTIVATE_KEYS:  # Enter opens the first match, once the search has read it
                self._open_first = True
                self._open_first_match()
            return True
        return False

    def _open_first_match(self) -> None:
        """Open the first row of the search asked for with Enter, as soon as it is read (a no-match clears
        the request)."""
        if not self._open_first or not self.model.settled or self.model.filter.search != self.search.text().strip():
            return
        self._open_first = False
        first = self.model.row_at(0)
        if first is not None:
            self.select_row(0)
            self.dossier_activated.emit(first.dossier_id)

    def _view_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in ACTIVATE_KEYS:
            dossier_id = self.current_dossier_id()
            if dossier_id is not None:
                self.dossier_activated.emit(dossier_id)
            return True
        if key == Qt.Key.Key_Home:  # QTableView's Home goes to the first column, not row
            self.select_row(0)
            return True
        if key == Qt.Key.Key_End:
            self.select_row(self.model.rowCount() - 1)
            return True
        return False
