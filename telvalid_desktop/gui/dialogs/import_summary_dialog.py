"""The "Importations" window: every file imported this session, what became of it, and what waits for a look.

By keyboard: arrows move, Enter does the row's obvious thing (opens the dossier, shows the unsorted
pages or the file set aside), Ctrl+Enter says the selected rows were seen and goes to the next one
waiting, Ctrl+Shift+Enter says all were seen, Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.gui.import_journal import EntryKind, ImportEntry, ImportJournal
from telvalid_desktop.gui.import_text import detail_text, explanation, file_name, kind_text, submission_text
from telvalid_desktop.gui.time_text import local_time_text

EntryRole = Qt.ItemDataRole.UserRole + 1  # the entry's number, on every row of it
DossierRole = Qt.ItemDataRole.UserRole + 2  # the dossier a row leads to (None: none)
UnsortedRole = Qt.ItemDataRole.UserRole + 3  # the row has pages waiting in the unsorted queue
FILE_COLUMN = 1
FILE_COLUMN_MAX_CHARS = 28
ICONS = {
    EntryKind.IMPORTED: QStyle.StandardPixmap.SP_DialogApplyButton,
    EntryKind.UNSORTED: QStyle.StandardPixmap.SP_MessageBoxWarning,
    EntryKind.DUPLICATE: QStyle.StandardPixmap.SP_MessageBoxInformation,
    EntryKind.REJECTED: QStyle.StandardPixmap.SP_MessageBoxCritical,
    EntryKind.FAILED: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


class _ElideFileNamesInTheMiddle(QStyledItemDelegate):
    """A scanner's file name keeps its end (date, extension); sentences keep their start."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.textElideMode = (
            Qt.TextElideMode.ElideMiddle if index.column() == FILE_COLUMN else Qt.TextElideMode.ElideRight
        )


class ImportSummaryDialog(QDialog):
    """Shows the journal's entries, newest first; refilled whenever the journal changes."""

    dossier_requested = Signal(int)
    unsorted_requested = Signal()
    set_aside_requested = Signal(str)  # the path of a rejected file's copy, to show in the file manager

    def __init__(self, journal: ImportJournal, parent: QWidget | None = None, *, opens_dossiers: bool = True) -> None:
        super().__init__(parent)
        self.journal = journal
        self._opens_dossiers = opens_dossiers
        self._entries: dict[int, ImportEntry] = {}
        self.setWindowTitle(self.tr("Importations"))
        self.waiting = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Fichiers importés"))
        self.tree.setHeaderLabels([self.tr("Résultat"), self.tr("Fichier"), self.tr("Heure"), self.tr("Détail")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setItemDelegate(_ElideFileNamesInTheMiddle(self.tree))
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(FILE_COLUMN, self.tree.fontMetrics().averageCharWidth() * FILE_COLUMN_MAX_CHARS)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Détail du fichier choisi"))
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.open_button = self._button(self.tr("&Ouvrir le dossier (Entrée)"), self._open_current)
        self.open_button.setVisible(opens_dossiers)
        self.unsorted_button = self._button(self.tr("Voir les pages &à trier"), self._show_unsorted)
        self.unsorted_button.setVisible(opens_dossiers)
        self.show_button = self._button(self.tr("&Afficher le fichier mis de côté"), self._show_set_aside)
        self.seen_button = self._button(self.tr("&Vu (Ctrl+Entrée)"), self.acknowledge_selected)
        self.seen_button.setToolTip(self.tr("Les fichiers choisis ne sont plus signalés comme « à voir »."))
        self.all_seen_button = self._button(self.tr("&Tout vu (Ctrl+Maj+Entrée)"), self.acknowledge_all)
        close_button = self._button(self.tr("&Fermer (Échap)"), self.reject)
        self._shortcut("Ctrl+Return", "Ctrl+Enter", slot=self.acknowledge_selected)
        self._shortcut("Ctrl+Shift+Return", "Ctrl+Shift+Enter", slot=self.acknowledge_all)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.unsorted_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.seen_button)
        buttons.addWidget(self.all_seen_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.waiting)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.resize(960, 520)
        self.tree.currentItemChanged.connect(lambda _current, _previous: self._show_current())
        self.tree.itemSelectionChanged.connect(self._enable_buttons)
        self.tree.itemActivated.connect(lambda item, _column: self._activate(item))
        journal.changed.connect(self._on_journal_changed)

    def _shortcut(self, *keys: str, slot: Callable[[], None]) -> None:
        """Keys of this window (the main window's, such as Ctrl+Enter to validate, do not reach here)."""
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.triggered.connect(slot)
        self.addAction(action)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter belongs to the list (it opens the row), never to a button
        button.clicked.connect(slot)
        return button

    # --- filling ------------------------------------------------------------------------------

    def show_waiting_first(self) -> None:
        """Opened on the newest row that waits (else the newest row), the list in the keyboard's hands."""
        self._refill()
        self._go_to_waiting(after=None)
        self.tree.setFocus()

    def _go_to_waiting(self, after: int | None) -> None:
        """Make current the next row that waits below entry ``after`` (from the top if None, going
        round to the top), else the top row."""
        numbers = list(self._entries)
        start = numbers.index(after) + 1 if after in self._entries else 0
        waiting = [number for number in numbers[start:] + numbers[:start] if self._entries[number].waiting]
        target = self._item_of(waiting[0]) if waiting else self.tree.topLevelItem(0)
        if target is not None:
            self._make_current(target)

    def _on_journal_changed(self) -> None:
        if self.isVisible():  # a watched folder's day of files is listed when asked for, not at each file
            self._refill()

    def _refill(self) -> None:
        current = self._number_of(self.tree.currentItem())
        selected = {self._number_of(item) for item in self.tree.selectedItems()}
        self.tree.blockSignals(True)
        self.tree.clear()
        self._entries = {entry.number: entry for entry in self.journal.entries()}
        for entry in self._entries.values():
            item = self._entry_item(entry)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            if entry.number == current:
                self.tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            item.setSelected(entry.number in selected)
        self.tree.blockSignals(False)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            first = self.tree.topLevelItem(0)
            assert first is not None  # the list has rows
            self._make_current(first)
        count = self.journal.waiting_count()
        if count == 0:
            said = self.tr("Rien à voir : tout ce qui a été importé ici a été vu.")
        elif count == 1:
            said = self.tr("1 fichier à voir : lisez son détail, puis « Vu » (Ctrl+Entrée).")
        else:
            said = self.tr("%1 fichiers à voir : lisez leur détail, puis « Vu » (Ctrl+Entrée) pour chacun.")
        self.waiting.setText(said.replace("%1", str(count)))
        self._show_current()

    def _entry_item(self, entry: ImportEntry) -> QTreeWidgetItem:
        result = kind_text(entry.kind)
        if entry.waiting:
            result = self.tr("%1 — à voir").replace("%1", result)
        item = QTreeWidgetItem(
            [result, file_name(entry), local_time_text(entry.finished_at, "%H:%M"), detail_text(entry)]
        )
        item.setIcon(0, self.style().standardIcon(ICONS[entry.kind]))
        item.setToolTip(1, entry.file)
        item.setToolTip(3, detail_text(entry))
        item.setData(0, EntryRole, entry.number)
        dossiers = entry.dossiers
        item.setData(0, DossierRole, dossiers[0][0] if dossiers else None)
        item.setData(0, UnsortedRole, bool(entry.unsorted_pages) and entry.kind is EntryKind.UNSORTED)
        if entry.waiting:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        if len(entry.submissions) > 1:  # one row per envelope, each leading to its dossier
            for submission in entry.submissions:
                child = QTreeWidgetItem(["", "", "", submission_text(submission)])
                child.setData(0, EntryRole, entry.number)
                child.setData(0, DossierRole, submission.dossier_id)
                child.setData(0, UnsortedRole, submission.dossier_id is None and entry.kind is EntryKind.UNSORTED)
                item.addChild(child)
        return item

    # --- the current row ------------------------------------------------------------------------

    def _make_current(self, item: QTreeWidgetItem) -> None:
        """Current and selected alone, whatever keys are held (Ctrl, still down after Ctrl+I or
        Ctrl+Enter, would make Qt's default toggle the row's selection instead)."""
        select = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.setCurrentItem(item, 0, select)

    def _number_of(self, item: QTreeWidgetItem | None) -> int | None:
        return item.data(0, EntryRole) if item is not None else None

    def _item_of(self, number: int) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, EntryRole) == number:
                return item
        return None

    def current_entry(self) -> ImportEntry | None:
        number = self._number_of(self.tree.currentItem())
        return self._entries.get(number) if number is not None else None

    def _show_current(self) -> None:
        entry = self.current_entry()
        self.details.setPlainText("\n".join(explanation(entry)) if entry is not None else "")
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        item, entry = self.tree.currentItem(), self.current_entry()
        self.open_button.setEnabled(item is not None and item.data(0, DossierRole) is not None)
        self.unsorted_button.setEnabled(item is not None and bool(item.data(0, UnsortedRole)))
        self.show_button.setEnabled(entry is not None and entry.set_aside_at is not None)
        self.seen_button.setEnabled(any(entry.waiting for entry in self._selected_entries()))
        self.all_seen_button.setEnabled(self.journal.waiting_count() > 0)

    def _selected_entries(self) -> list[ImportEntry]:
        numbers = {self._number_of(item) for item in self.tree.selectedItems()}
        return [entry for number, entry in self._entries.items() if number in numbers]

    # --- commands -------------------------------------------------------------------------------

    def acknowledge_selected(self) -> None:
        """The chosen rows were seen; the next row that waits becomes current."""
        chosen = [entry.number for entry in self._selected_entries()]
        self.journal.acknowledge(chosen)
        self._go_to_waiting(after=max(chosen, key=list(self._entries).index) if chosen else None)

    def acknowledge_all(self) -> None:
        self.journal.acknowledge(list(self._entries))

    def _activate(self, item: QTreeWidgetItem) -> None:
        """Enter (or a double click) on a row: its dossier, else its unsorted pages, else the file set aside."""
        if self._opens_dossiers and item.data(0, DossierRole) is not None:
            self._open(item.data(0, DossierRole))
        elif self._opens_dossiers and item.data(0, UnsortedRole):
            self._show_unsorted()
        else:
            self._show_set_aside()

    def _open_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.data(0, DossierRole) is not None:
            self._open(item.data(0, DossierRole))

    def _open(self, dossier_id: int) -> None:
        self.dossier_requested.emit(dossier_id)
        self.hide()  # the dossier is in the window; Ctrl+I brings this list back

    def _show_unsorted(self) -> None:
        self.unsorted_requested.emit()
        self.hide()

    def _show_set_aside(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.set_aside_at is not None:
            self.set_aside_requested.emit(entry.set_aside_at)
