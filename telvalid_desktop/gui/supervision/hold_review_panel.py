"""The lead's list of dossiers on hold: how long, what is missing, who; filters and bulk actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.supervision.hold_review import AgingBucket, AgingLevel, HoldAging, HoldFilter, bucket_counts
from telvalid_desktop.gui.channel_text import channel_label
from telvalid_desktop.gui.supervision.aging_marks import GLYPHS
from telvalid_desktop.gui.supervision.hold_review_model import (
    LEVEL_COLOURS,
    DossierIdRole,
    HoldReviewModel,
)

ALL = None  # the combo entry that filters nothing
SIZED_ROWS = 200  # rows measured to size the columns
BUCKET_LEVELS = {
    AgingBucket.WEEK: AgingLevel.NORMAL,
    AgingBucket.FORTNIGHT: AgingLevel.NORMAL,
    AgingBucket.MONTH: AgingLevel.WARNING,
    AgingBucket.OLDER: AgingLevel.ALERT,
}


class HoldReviewPanel(QWidget):
    """Owns the filters and the table; the window runs the loading and the services."""

    dossier_requested = Signal(int)
    reassign_requested = Signal(list)  # dossier ids

    def __init__(
        self, label_of: Callable[[str], str], short_label_of: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label_of = label_of
        self.model = HoldReviewModel(label_of, short_label_of, self)
        self.buckets = QLabel(self)
        self.buckets.setTextFormat(Qt.TextFormat.RichText)
        self.item_filter = QComboBox(self)
        self.technician_filter = QComboBox(self)
        self.channel_filter = QComboBox(self)
        self.shown = QLabel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Dossiers en attente"))
        self.open_button = QPushButton(self.tr("Ouvrir le dossier (Entrée)"), self)
        self.reassign_button = QPushButton(self.tr("Réaffecter la sélection… (Ctrl+R)"), self)
        self._sized = False
        self._build()

    def _build(self) -> None:
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(*self.model.order)  # before sorting is on: it sorts at once
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons: rows are chosen with the arrows
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # measuring every row at each sort stalls
        header.setResizeContentsPrecision(SIZED_ROWS)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.doubleClicked.connect(self._open_index)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("Pièce :"), self.item_filter),
            (self.tr("Technicien :"), self.technician_filter),
            (self.tr("Canal :"), self.channel_filter),
        ):
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            combo.setAccessibleName(label.rstrip(" :"))
            filters.addWidget(caption)
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self._apply_filter)
        filters.addStretch(1)
        filters.addWidget(self.shown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reassign_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buckets)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.open_button.clicked.connect(self.open_current)
        self.reassign_button.clicked.connect(self.reassign_selection)
        for keys, slot in (
            ("Return", self.open_current),
            ("Enter", self.open_current),
            ("Ctrl+R", self.reassign_selection),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def show_entries(self, entries: list[HoldAging]) -> None:
        """New rows from the database; the lead's filters and sorting stay."""
        self.model.set_entries(entries)
        self._fill_combo(self.item_filter, sorted({c for e in entries for c in e.row.items}), self.label_of)
        self._fill_combo(self.technician_filter, sorted({e.row.technician for e in entries if e.row.technician}))
        self._fill_combo(self.channel_filter, sorted({c for e in entries for c in e.row.channels}), channel_label)
        self._show_buckets(entries)
        self._apply_filter()
        if entries and not self._sized:
            self.table.resizeColumnsToContents()  # once, on the first rows shown; the lead may resize after
            self._sized = True

    def _fill_combo(self, combo: QComboBox, values: list[str], label: Callable[[str], str] = str) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tous"), ALL)
        for value in values:
            combo.addItem(label(value), value)
        combo.setCurrentIndex(max(0, combo.findData(kept)))
        combo.blockSignals(False)

    def _show_buckets(self, entries: list[HoldAging]) -> None:
        counts = bucket_counts(entries)
        parts = [
            QCoreApplication.translate("HoldReview", "<b>%1</b> dossier(s) en attente").replace("%1", str(len(entries)))
        ]
        for bucket, count in counts.items():
            level = BUCKET_LEVELS[bucket]
            colour = LEVEL_COLOURS.get(level)
            style = f"background:{colour.name()};" if colour is not None else ""
            days = self.tr("%1 j").replace("%1", bucket.value)
            if level in GLYPHS:  # the shape says the level as well as the tint
                days = f"{GLYPHS[level]} {days}"
            parts.append(f"<span style='{style}'>&nbsp;{days} : <b>{count}</b>&nbsp;</span>")
        self.buckets.setText(" &nbsp; ".join(parts))

    def _apply_filter(self) -> None:
        self.model.set_filter(
            HoldFilter(
                item=self.item_filter.currentData(),
                technician=self.technician_filter.currentData(),
                channel=self.channel_filter.currentData(),
            )
        )
        self.shown.setText(self.tr("%1 affiché(s)").replace("%1", str(self.model.rowCount())))

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(self.model.data(index, DossierIdRole)) for index in rows]

    def open_current(self) -> None:
        self._open_index(self.table.currentIndex())

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.dossier_requested.emit(int(self.model.data(index, DossierIdRole)))

    def reassign_selection(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self.reassign_requested.emit(chosen)
