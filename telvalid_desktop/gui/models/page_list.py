"""List model of the pages of a dossier, with thumbnails rendered on demand."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
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

from telvalid_desktop.gui.channel_text import channel_label
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
SendingRole = Qt.ItemDataRole.UserRole + 7  # two lines on the first page of each sending of a dossier sent in several
NewRole = Qt.ItemDataRole.UserRole + 8  # bool: the page arrived since the dossier was last looked at

THUMBNAIL_WIDTH_PX = 150  # device pixels; the strip sets its own from its DPI


@dataclass(frozen=True)
class Sending:
    """The envelope, fax or e-mail a page came in (a dossier's pages are grouped by it)."""

    submission_id: int
    received_at: datetime  # naive UTC, as stored
    channel: str


@dataclass(frozen=True)
class PageEntry:
    """What the page list shows of one ``Page`` row.

    Attributes:
        page_id: the ``Page`` primary key (dragged onto checklist items).
        ref: where to render it from, with its display rotation.
        file_name: the file's original name (the store only knows digests).
        disagrees: its procedure number differs from its submission's.
        blank: the intake found it blank.
        sending: how it came; with it, the page is numbered as the list's page (the file's page goes to
            the tooltip), without it (a mailroom batch) as the file's page.
    """

    page_id: int
    ref: PageRef
    file_name: str
    disagrees: bool = False
    blank: bool = False
    sending: Sending | None = None

    @classmethod
    def of(cls, page: PageInfo) -> PageEntry:
        """The entry of a page as the repository describes it."""
        ref = PageRef(page.path, page.index, page.rotation)
        sending = Sending(page.submission_id, page.received_at, page.channel)
        return cls(page.page_id, ref, page.file_name, page.disagrees, page.blank, sending)


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
        self._last_look: datetime | None = None  # the last look before this opening: later pages are new
        self._sending_rows: dict[int, int] = {}  # first row of each sending -> its rank, when there are several
        self._thumbnail_width = THUMBNAIL_WIDTH_PX
        service.page_rendered.connect(self._on_page_rendered)

    # -- content --

    def set_entries(self, entries: Sequence[PageEntry]) -> None:
        self.beginResetModel()
        self._service.cancel(self)
        self._entries = list(entries)
        self._sending_rows = self._first_rows_of_sendings()
        self.endResetModel()

    def set_last_look(self, moment: datetime | None) -> None:
        """When the dossier was last looked at before it was opened now (None: never): pages that came in
        a later sending are marked new until it is opened again, looked at or not."""
        self._last_look = moment
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

    def first_new_row(self) -> int | None:
        """The first page that arrived since the last look (a complement opens there)."""
        return next((row for row in range(len(self._entries)) if self._is_new(self._entries[row])), None)

    def _first_rows_of_sendings(self) -> dict[int, int]:
        firsts: dict[int, int] = {}
        known: set[int] = set()
        for row, entry in enumerate(self._entries):
            if entry.sending is not None and entry.sending.submission_id not in known:
                known.add(entry.sending.submission_id)
                firsts[row] = len(known)
        return firsts if len(firsts) > 1 else {}

    def _is_new(self, entry: PageEntry) -> bool:
        return self._last_look is not None and entry.sending is not None and entry.sending.received_at > self._last_look

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
            return self._label(index.row(), entry)
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
            SendingRole: self._sending_title(index.row(), entry),
            NewRole: self._is_new(entry),
        }
        return values.get(role)

    def _label(self, row: int, entry: PageEntry) -> str:
        """A dossier's or an envelope's page by its place in the list; a batch's page by its file's page."""
        if entry.sending is not None:
            return QCoreApplication.translate("PageList", "p. {page}").format(page=row + 1)
        return self._file_page(entry)

    @staticmethod
    def _file_page(entry: PageEntry) -> str:
        return QCoreApplication.translate("PageList", "p. {page} — {file}").format(
            page=entry.ref.index + 1, file=entry.file_name
        )

    def _sending_title(self, row: int, entry: PageEntry) -> str | None:
        """ "Envoi 2 · courriel" then "05/12 14:03" below it (the strip is narrow), above the first page of
        each sending, when there are several."""
        rank = self._sending_rows.get(row)
        if rank is None or entry.sending is None:
            return None
        when = local_time_text(entry.sending.received_at, "%d/%m %H:%M")
        title = self.tr("Envoi %1").replace("%1", str(rank))
        return f"{title} · {channel_label(entry.sending.channel)}\n{when}"

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
        lines = [self._label(row, entry)]
        if entry.sending is not None:
            when = local_time_text(entry.sending.received_at, "%d/%m/%Y %H:%M")
            lines.append(
                self.tr("%1, reçu le %2 (%3)")
                .replace("%1", self._file_page(entry))
                .replace("%2", when)
                .replace("%3", channel_label(entry.sending.channel))
            )
        if self._is_new(entry):
            lines.append(self.tr("Nouvelle : arrivée depuis la dernière consultation du dossier"))
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
