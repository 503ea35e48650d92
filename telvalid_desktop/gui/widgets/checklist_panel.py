"""The dossier's required documents: tick with the page shown (keys 1-9), refuse, clear, drop pages."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QInputDialog, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from telvalid_desktop.domain import ItemStatus, RefusalReason
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.read_models.dossier_detail import ItemState

PAGE_IDS_MIME = "application/x-telvalid-page-ids"
CodeRole = Qt.ItemDataRole.UserRole + 1


def _page_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(PAGE_IDS_MIME):
        return []
    return [int(page_id) for page_id in json.loads(bytes(mime.data(PAGE_IDS_MIME).data()).decode())]


class ChecklistPanel(QTreeWidget):
    """Owns the display of one checklist; changes are requested by signal, made by the window."""

    tick_requested = Signal(str, list)  # requirement code, page ids
    refuse_requested = Signal(str, str, str)  # code, reason, note
    clear_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setHeaderLabels(["#", self.tr("Pièce requise"), self.tr("État"), self.tr("Pages"), self.tr("Par")])
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self._page_numbers: dict[int, int] = {}

    def refusal_labels(self) -> dict[RefusalReason, str]:
        return {
            RefusalReason.ILLEGIBLE: self.tr("illisible"),
            RefusalReason.EXPIRED: self.tr("périmé"),
            RefusalReason.NAME_MISMATCH: self.tr("nom différent"),
            RefusalReason.UNSIGNED: self.tr("non signé"),
            RefusalReason.OTHER: self.tr("autre"),
        }

    def show_items(
        self,
        items: list[ItemState],
        labels: dict[str, str],
        page_numbers: dict[int, int],
        held: tuple[str, ...] | None = None,
    ) -> None:
        """Show ``items``; ``page_numbers`` maps page ids to their position in the dossier (1-based).

        An item not ticked is "à vérifier" (its document may be on a page), unless the current hold
        (``held``, its codes; empty: every item) asks the customer for it: then it is "manquante".
        """
        self._page_numbers = page_numbers
        current = self.current_code()
        self.clear()
        refusals = self.refusal_labels()
        states = {
            ItemStatus.MISSING: (self.tr("à vérifier"), QColor("#5f6368")),
            ItemStatus.RECEIVED: (self.tr("reçue"), QColor("#1b7f3b")),
            ItemStatus.REFUSED: (self.tr("refusée"), QColor("#b3261e")),
        }
        for number, item in enumerate(items, start=1):
            text, color = states[item.state]
            if item.state == ItemStatus.MISSING and held is not None and (not held or item.code in held):
                text, color = self.tr("manquante (demandée)"), QColor("#b26a00")
            if item.state == ItemStatus.REFUSED and item.reason is not None:
                text = f"{text} : {refusals[item.reason]}"
            pages = ", ".join(str(page_numbers.get(page_id, "?")) for page_id in item.page_ids)
            who = ""
            if item.by and item.at:
                when = local_time_text(item.at, "%d/%m %H:%M")
                who = f"{item.by} {when}"
            key = str(number) if number <= 9 else ""
            row = QTreeWidgetItem([key, labels.get(item.code, item.code), text, pages, who])
            row.setData(0, CodeRole, item.code)
            row.setForeground(2, color)
            row.setToolTip(1, item.note)
            self.addTopLevelItem(row)
            if item.code == current:
                self.setCurrentItem(row)
        for column in range(self.columnCount()):
            self.resizeColumnToContents(column)

    def current_code(self) -> str | None:
        item = self.currentItem()
        return item.data(0, CodeRole) if item is not None else None

    def code_at(self, number: int) -> str | None:
        """The code of item ``number`` (1-based), as the keys 1-9 use it."""
        if 1 <= number <= self.topLevelItemCount():
            item = self.topLevelItem(number - 1)
            assert item is not None  # number <= topLevelItemCount()
            return item.data(0, CodeRole)
        return None

    def ask_refusal(self, code: str) -> None:
        """Ask why the document is refused, then request the refusal."""
        labels = self.refusal_labels()
        choice, ok = QInputDialog.getItem(
            self, self.tr("Refuser la pièce"), self.tr("Motif :"), list(labels.values()), 0, False
        )
        if not ok:
            return
        reason = next(reason for reason, label in labels.items() if label == choice)
        note, ok = QInputDialog.getText(self, self.tr("Refuser la pièce"), self.tr("Précision (facultatif) :"))
        if ok:
            self.refuse_requested.emit(code, reason.value, note)

    def _on_context_menu(self, position: QPoint) -> None:
        code = self.current_code()
        if code is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Refuser…"), lambda: self.ask_refusal(code))
        menu.addAction(self.tr("Remettre à vérifier"), lambda: self.clear_requested.emit(code))
        menu.exec(self.viewport().mapToGlobal(position))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Delete or Backspace puts the selected item back to be checked (unticking by keyboard)."""
        code = self.current_code()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and code is not None:
            self.clear_requested.emit(code)
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(PAGE_IDS_MIME):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]  # noqa: N802
        if event.mimeData().hasFormat(PAGE_IDS_MIME) and self.itemAt(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        page_ids = _page_ids(event.mimeData())
        if item is None or not page_ids:
            event.ignore()
            return
        self.tick_requested.emit(item.data(0, CodeRole), page_ids)
        event.acceptProposedAction()
