"""The mailroom's batches of one day, with the day's figures, newest first."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.domain import Channel
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.read_models.batches import BatchSummary

FileIdRole = Qt.ItemDataRole.UserRole + 1


def rate_text(pages_per_minute: float | None) -> str:
    return str(round(pages_per_minute)) if pages_per_minute is not None else "—"


class BatchList(QWidget):
    """Owns the chosen day and the list of its batches; says which batch and day are chosen."""

    batch_selected = Signal(int)  # stored file id
    day_changed = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = date.today()
        self.previous_day = QToolButton(self)
        self.previous_day.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_day.setToolTip(self.tr("Jour précédent (Alt+Gauche)"))
        self.previous_day.setAccessibleName(self.tr("Jour précédent"))
        self.next_day = QToolButton(self)
        self.next_day.setArrowType(Qt.ArrowType.RightArrow)
        self.next_day.setToolTip(self.tr("Jour suivant (Alt+Droite)"))
        self.next_day.setAccessibleName(self.tr("Jour suivant"))
        self.day_label = QLabel(self)
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.day_label.font()
        font.setBold(True)
        self.day_label.setFont(font)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Lots du jour"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels(
            [self.tr("Heure"), self.tr("Lot"), self.tr("Pages"), self.tr("Env."), self.tr("À voir")]
        )
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # scanners name files by their end
        columns = self.tree.header()
        columns.setStretchLastSection(False)
        for column in range(5):
            mode = QHeaderView.ResizeMode.Stretch if column == 1 else QHeaderView.ResizeMode.ResizeToContents
            columns.setSectionResizeMode(column, mode)
        self.empty = QLabel(self.tr("Aucun lot ce jour-là."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid); padding: 24px;")
        header = QHBoxLayout()
        header.addWidget(self.previous_day)
        header.addWidget(self.day_label, 1)
        header.addWidget(self.next_day)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.tree)
        self.previous_day.clicked.connect(lambda: self.step_day(-1))
        self.next_day.clicked.connect(lambda: self.step_day(1))
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self._show_day()

    def day(self) -> date:
        return self._day

    def step_day(self, days: int) -> None:
        """Show another day (never after today: no batch comes from the future)."""
        chosen = min(date.today(), self._day + timedelta(days=days))
        if chosen != self._day:
            self._day = chosen
            self._show_day()
            self.day_changed.emit(chosen)

    def _show_day(self) -> None:
        today = date.today()
        if self._day == today:
            text = self.tr("Aujourd'hui")
        elif self._day == today - timedelta(days=1):
            text = self.tr("Hier")
        else:
            text = self._day.strftime("%d/%m/%Y")
        self.day_label.setText(text)
        self.next_day.setEnabled(self._day < today)

    def show_batches(self, batches: list[BatchSummary]) -> None:
        """Fill the list, keeping the chosen batch chosen (the first one otherwise); says which it is."""
        current = self.current_file_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for batch in batches:
            to_check = batch.unsorted + batch.flagged
            item = QTreeWidgetItem(
                [
                    local_time_text(batch.imported_at, "%H:%M"),
                    self._title(batch),
                    str(batch.pages),
                    str(batch.envelopes),
                    str(to_check) if to_check else "",
                ]
            )
            item.setData(0, FileIdRole, batch.file_id)
            item.setToolTip(1, self._tooltip(batch))
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if to_check:
                item.setForeground(4, Qt.GlobalColor.darkRed)
            self.tree.addTopLevelItem(item)
            if batch.file_id == current:
                chosen = item
        if chosen is None and self.tree.topLevelItemCount():
            chosen = self.tree.topLevelItem(0)
        self.tree.setCurrentItem(chosen)  # type: ignore[arg-type]  # Qt takes None (no current item): the stubs omit it
        self.tree.blockSignals(False)
        self.empty.setVisible(not batches)
        new_current = self.current_file_id()
        if new_current is not None:  # the same batch too: its envelopes may have changed
            self.batch_selected.emit(new_current)

    def _title(self, batch: BatchSummary) -> str:
        """A scan by its file name; an e-mail by who wrote it and about what (its file name in the tooltip)."""
        if batch.channel != Channel.EMAIL.value or not (batch.email_from or batch.email_subject):
            return batch.name
        subject = batch.email_subject or self.tr("(sans objet)")
        return self.tr("Courriel de %1 : %2").replace("%1", batch.email_from or "?").replace("%2", subject)

    def _tooltip(self, batch: BatchSummary) -> str:
        return "\n".join(
            [
                *([self._title(batch)] if batch.channel == Channel.EMAIL.value else []),
                batch.name,
                self.tr("Importé par %1").replace("%1", batch.imported_by or "—"),
                self.tr("%1 reconnues automatiquement, %2 corrigées, %3 à trier")
                .replace("%1", str(batch.recognised))
                .replace("%2", str(batch.corrected))
                .replace("%3", str(batch.unsorted)),
                self.tr("%1 intercalaires, %2 pages vierges")
                .replace("%1", str(batch.separators))
                .replace("%2", str(batch.blanks)),
                self.tr("%1 pages/min").replace("%1", rate_text(batch.pages_per_minute)),
            ]
        )

    def current_file_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, FileIdRole) if item is not None else None

    def step_batch(self, step: int) -> None:
        count = self.tree.topLevelItemCount()
        if not count:
            return
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        target = self.tree.topLevelItem(max(0, min(count - 1, row + step)))
        assert target is not None  # the row is kept within the list
        self.tree.setCurrentItem(target)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.batch_selected.emit(current.data(0, FileIdRole))
