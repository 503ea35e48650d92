"""Which pages of the open dossier have been looked at, recorded without making the window wait.

A page counts as seen once it has stayed ``SEEN_AFTER_MS`` in the page viewer: paging past it
(PgDn held down) is not looking at it. The window knows at once (its thumbnails lose their mark);
the database is told in batches on the window's database thread, in order with the dossier's
other writes, so a hold asked after a look is written after it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from telvalid_desktop.core.lifecycle.page_views import record_page_views
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.read_models.pages import PageSeen

SEEN_AFTER_MS = 400  # long enough to tell an ID card from a RIB, short enough not to slow anyone down
WRITE_AFTER_MS = 2000  # looks gathered into one statement


class SeenPages(QObject):
    """Owns the seen pages of the dossier on screen: those the database said, and those seen here since."""

    changed = Signal()  # the pages seen are not the same any more (thumbnails, the hold's warning)

    def __init__(self, user: str, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user = user
        self._tasks = tasks
        self._dossier_id: int | None = None
        self._seen: dict[int, PageSeen] = {}
        self._unwritten: set[int] = set()
        self._shown: int | None = None  # the page on screen, until it counts as seen
        self._looking = QTimer(self)
        self._looking.setSingleShot(True)
        self._looking.setInterval(SEEN_AFTER_MS)
        self._looking.timeout.connect(self.count_shown_page)
        self._writing = QTimer(self)
        self._writing.setSingleShot(True)
        self._writing.setInterval(WRITE_AFTER_MS)
        self._writing.timeout.connect(self.write)

    def seen(self) -> dict[int, PageSeen]:
        return dict(self._seen)

    def is_seen(self, page_id: int) -> bool:
        return page_id in self._seen

    def show_dossier(self, dossier_id: int, seen: Mapping[int, PageSeen]) -> None:
        """The dossier as just read: another one starts afresh; the same one keeps what was seen here
        and not read back yet (a read may have started before it was written)."""
        if dossier_id != self._dossier_id:
            self.leave()
            self._dossier_id = dossier_id
        self._seen = {**self._seen, **seen}
        self.changed.emit()

    def page_shown(self, page_id: int | None) -> None:
        """The viewer shows this page (None: none): it counts as seen if it stays on screen."""
        if page_id == self._shown and self._looking.isActive():
            return  # the same page shown again (the dossier read anew): the look goes on
        self._looking.stop()
        self._shown = page_id
        if page_id is not None and page_id not in self._seen:
            self._looking.start()

    def count_shown_page(self) -> None:
        """The page on screen counts as seen now (its time elapsed, or a decision is taken on it)."""
        self._looking.stop()
        page_id = self._shown
        if page_id is None or self._dossier_id is None or page_id in self._seen:
            return
        self._seen[page_id] = PageSeen(self._user, datetime.now(UTC).replace(tzinfo=None))
        self._unwritten.add(page_id)
        if not self._writing.isActive():
            self._writing.start()
        self.changed.emit()

    def write(self) -> None:
        """Record the pages seen here and not written yet (on the database thread; a failure is logged:
        the window still knows them)."""
        self._writing.stop()
        if not self._unwritten or self._dossier_id is None:
            return
        dossier_id, pages, user = self._dossier_id, sorted(self._unwritten), self._user
        self._unwritten = set()
        self._tasks.run(lambda: record_page_views(dossier_id, pages, user))

    def leave(self) -> None:
        """The dossier is left: what was seen is written, and forgotten here."""
        self._looking.stop()
        self.write()
        self._dossier_id, self._seen, self._shown = None, {}, None
        self.changed.emit()
