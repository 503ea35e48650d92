"""The envelopes of one batch in page order, separator sheets between them, each with its state."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from telvalid_desktop.gui.review_reasons import review_reason_text
from telvalid_desktop.read_models.batches import BatchPage, EnvelopeRow

SubmissionIdRole = Qt.ItemDataRole.UserRole + 1
SeparatorPageRole = Qt.ItemDataRole.UserRole + 2
RECOGNISED_COLOR = QColor(30, 120, 50)
CORRECTED_COLOR = QColor(30, 80, 160)
TO_CHECK_COLOR = QColor(176, 90, 0)
SEPARATOR_COLOR = QColor(120, 120, 120)


class EnvelopeList(QWidget):
    """Owns the rows of the batch on screen; says which envelope (or separator sheet) is chosen."""

    envelope_selected = Signal(int)  # submission id
    separator_selected = Signal(int)  # page id of a separator sheet
    number_requested = Signal(int)  # submission id (Enter on an envelope)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Enveloppes du lot"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Env."), self.tr("N° de procédure"), self.tr("Pages"), self.tr("État")])
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.itemActivated.connect(self._on_activated)

    def show_batch(self, envelopes: list[EnvelopeRow], separators: list[BatchPage]) -> None:
        """Fill the rows in page order; the chosen row stays chosen when it still exists."""
        current = self._current_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        rows: list[tuple[int, QTreeWidgetItem]] = []
        for number, envelope in enumerate(envelopes, start=1):
            rows.append((envelope.pages[0].index, self._envelope_item(number, envelope)))
        for page in separators:
            rows.append((page.index, self._separator_item(page)))
        chosen: QTreeWidgetItem | None = None
        for _index, item in sorted(rows, key=lambda row: row[0]):
            self.tree.addTopLevelItem(item)
            if self._key(item) == current:
                chosen = item
        if chosen is None and self.tree.topLevelItemCount():
            chosen = self._first_envelope_item()
        self.tree.setCurrentItem(chosen)  # type: ignore[arg-type]  # Qt takes None (no current item): the stubs omit it
        self.tree.blockSignals(False)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if self._current_key() != current:
            self._on_current_changed(self.tree.currentItem(), None)

    def _envelope_item(self, number: int, envelope: EnvelopeRow) -> QTreeWidgetItem:
        document_pages = sum(not page.is_blank for page in envelope.pages)
        text, color = self._state(envelope)
        item = QTreeWidgetItem([str(number), envelope.procedure_number or "—", str(document_pages), text])
        item.setData(0, SubmissionIdRole, envelope.submission_id)
        item.setForeground(3, QBrush(color))
        item.setToolTip(3, text)
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        first, last = envelope.pages[0].index + 1, envelope.pages[-1].index + 1
        item.setToolTip(0, self.tr("Pages %1 à %2 du lot").replace("%1", str(first)).replace("%2", str(last)))
        if envelope.procedure_number:
            font = QFont(item.font(1))
            font.setFamily("monospace")
            font.setBold(True)
            item.setFont(1, font)
        return item

    def _state(self, envelope: EnvelopeRow) -> tuple[str, QColor]:
        if envelope.dossier_id is None:
            return self.tr("À trier — %1").replace("%1", review_reason_text(envelope.review_reason)), TO_CHECK_COLOR
        if envelope.needs_review:
            return self.tr("À vérifier — %1").replace("%1", review_reason_text(envelope.review_reason)), TO_CHECK_COLOR
        if envelope.number_source == "manual":
            return self.tr("Corrigée à la main"), CORRECTED_COLOR
        if envelope.number_source == "body":
            return self.tr("Reconnue (lettre)"), RECOGNISED_COLOR
        return self.tr("Reconnue"), RECOGNISED_COLOR

    def _separator_item(self, page: BatchPage) -> QTreeWidgetItem:
        where = self.tr("page %1").replace("%1", str(page.index + 1))
        item = QTreeWidgetItem(["", self.tr("— intercalaire —"), "", where])
        item.setData(0, SeparatorPageRole, page.page_id)
        for column in range(4):
            item.setForeground(column, QBrush(SEPARATOR_COLOR))
        return item

    def _first_envelope_item(self) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            assert item is not None  # row < topLevelItemCount()
            if item.data(0, SubmissionIdRole) is not None:
                return item
        return self.tree.topLevelItem(0)

    @staticmethod
    def _key(item: QTreeWidgetItem | None) -> tuple[str, int] | None:
        if item is None:
            return None
        submission_id = item.data(0, SubmissionIdRole)
        if submission_id is not None:
            return ("envelope", submission_id)
        return ("separator", item.data(0, SeparatorPageRole))

    def _current_key(self) -> tuple[str, int] | None:
        return self._key(self.tree.currentItem())

    def current_submission_id(self) -> int | None:
        key = self._current_key()
        return key[1] if key is not None and key[0] == "envelope" else None

    def previous_submission_id(self) -> int | None:
        """The envelope above the chosen one (separator sheets skipped): what a merge joins."""
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        for above in range(row - 1, -1, -1):
            item_above = self.tree.topLevelItem(above)
            assert item_above is not None  # 0 <= above < row
            submission_id = item_above.data(0, SubmissionIdRole)
            if submission_id is not None:
                return submission_id
        return None

    def select_submission(self, submission_id: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            assert item is not None  # row < topLevelItemCount()
            if item.data(0, SubmissionIdRole) == submission_id:
                self.tree.setCurrentItem(item)
                return

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        key = self._key(current)
        if key is None:
            return
        if key[0] == "envelope":
            self.envelope_selected.emit(key[1])
        else:
            self.separator_selected.emit(key[1])

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        submission_id = item.data(0, SubmissionIdRole)
        if submission_id is not None:
            self.number_requested.emit(submission_id)
