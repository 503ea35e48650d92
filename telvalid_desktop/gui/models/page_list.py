"""List model of the pages of a dossier, with thumbnails rendered on demand."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage

from telvalid_desktop.gui.render_service import PageRef, Priority, RenderKey, RenderService
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.read_models.pages import PageInfo, PageSeen

PAGE_IDS_MIME_TYPE = "application/x-telvalid-page-ids"
PageRefRole = Qt.ItemDataRole.UserRole + 1
PageIdRole = Qt.ItemDataRole.UserRole + 2
DisagreesRole = Qt.ItemDataRole.UserRole + 3
BlankRole = Qt.ItemDataRole.UserRole + 4
PageNumberRole = Qt.ItemDataRole.UserRole + 5  # 1-based page number within its file
SeenRole = Qt.ItemDataRole.UserRole + 6  # bool: someone has looked at the page in this dossier's viewer

THUMBNAIL_WIDTH_PX = 150  # device pixels; the strip sets its own from its DPI


@dataclass(frozen=True)
class PageEntry:
    """What the page list shows of one ``Page`` row.

    Attributes:
        page_id: the ``Page`` primary key (dragged onto checklist items).
        ref: where to render it from, with its display rotation.
        file_name: the file's original name (the store only knows digests).
        disagrees: its procedure number differs from its submission's.
        blank: the intake found it blank.
    """

    page_id: int
    ref: PageRef
    file_name: str
    disagrees: bool = False
    blank: bool = False

    @classmethod
    def of(cls, page: PageInfo) -> PageEntry:
        """The entry of a page as the repository describes it."""
        ref = PageRef(page.path, page.index, page.rotation)
        return cls(page.page_id, ref, page.file_name, page.disagrees, page.blank)


class PageListModel(QAbstractListModel):
    """Owns the ordered ``PageEntry`` list of the pages on screen; thumbnails come from the render service.

    A missing thumbnail is requested when a view first asks for it, and ``dataChanged`` for
    that row is emitted when it arrives, so only pages that were looked at are rendered.
    """

    def __init__(self, service: RenderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._entries: list[PageEntry] = []
        self._seen: dict[int, PageSeen] | None = None  # None: this list does not tell seen pages apart
        self._thumbnail_width = THUMBNAIL_WIDTH_PX
        service.page_rendered.connect(self._on_page_rendered)

    # -- content --

    def set_entries(self, entries: Sequence[PageEntry]) -> None:
        self.beginResetModel()
        self._service.cancel(self)
        self._entries = list(entries)
        self.endResetModel()

    def set_seen(self, seen: Mapping[int, PageSeen]) -> None:
        """Which pages were looked at (page id -> first look), from now on marked: the rows whose mark
        changes repaint. Lists that never call it (the unsorted envelopes) mark nothing."""
        before, self._seen = self._seen or {}, dict(seen)
        for row, entry in enumerate(self._entries):
            if before.get(entry.page_id) != seen.get(entry.page_id):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [SeenRole, Qt.ItemDataRole.ToolTipRole])

    def entry(self, row: int) -> PageEntry:
        return self._entries[row]

    def entries(self) -> list[PageEntry]:
        return list(self._entries)

    def set_rotation(self, row: int, rotation: int) -> None:
        """Show page ``row`` turned ``rotation`` degrees clockwise (after the window recorded it)."""
        entry = self._entries[row]
        self._entries[row] = replace(entry, ref=replace(entry.ref, rotation=rotation % 360))
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, PageRefRole])

    def thumbnail_width(self) -> int:
        return self._thumbnail_width

    def set_thumbnail_width(self, width_px: int) -> None:
        """Thumbnails are rendered this many device pixels wide (the strip's width times its DPR)."""
        if width_px == self._thumbnail_width:
            return
        self._thumbnail_width = width_px
        if self._entries:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._entries) - 1, 0),
                [Qt.ItemDataRole.DecorationRole],
            )

    # -- Qt model API --

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PageList", "p. {page} — {file}").format(
                page=entry.ref.index + 1, file=entry.file_name
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says: the marks in words
            return self._tooltip(index.row(), entry).replace("\n", ", ")
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(entry)
        values = {
            PageRefRole: entry.ref,
            PageIdRole: entry.page_id,
            DisagreesRole: entry.disagrees,
            BlankRole: entry.blank,
            PageNumberRole: entry.ref.index + 1,
            SeenRole: None if self._seen is None else entry.page_id in self._seen,
        }
        return values.get(role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PAGE_IDS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged pages' ids as JSON, in list order, for drops on checklist items."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        mime = QMimeData()
        mime.setData(PAGE_IDS_MIME_TYPE, json.dumps([self._entries[row].page_id for row in rows]).encode())
        return mime

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    # -- thumbnails --

    def _thumbnail(self, entry: PageEntry) -> QImage | None:
        return self._service.request(entry.ref, self._thumbnail_width, priority=Priority.THUMBNAIL, owner=self)

    def _tooltip(self, row: int, entry: PageEntry) -> str:
        lines = [self.data(self.index(row, 0))]
        if entry.disagrees:
            lines.append(self.tr("Numéro différent de celui de l'envoi"))
        if entry.blank:
            lines.append(self.tr("Page vierge"))
        seen = None if self._seen is None else self._seen.get(entry.page_id)
        if self._seen is not None and seen is None:
            lines.append(self.tr("Pas encore consultée"))
        elif seen is not None:
            when = local_time_text(seen.at, "%d/%m %H:%M")
            lines.append(self.tr("Consultée par %1 le %2").replace("%1", seen.by).replace("%2", when))
        return "\n".join(lines)

    def _on_page_rendered(self, key: RenderKey, _image: QImage) -> None:
        path, page_index, rotation, width = key
        if width != RenderService.clamp_width(self._thumbnail_width):
            return
        for row, entry in enumerate(self._entries):
            ref = entry.ref
            if ref.index == page_index and ref.rotation % 360 == rotation and str(ref.file_path) == path:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
