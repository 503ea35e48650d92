"""Changes made at other workstations reach the window within about a second, row by row.

SQLite has no notifications: a timer asks the feed every second. On PostgreSQL a thread
blocks until the server announces a commit and asks at once, and a slow timer asks now and
then in case a notification was lost. Each look runs on the ``io`` executor, one at a time
(a request made meanwhile becomes one more look afterwards), so the GUI thread never waits
for the database; what changed comes back on the GUI thread as ``changed``.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from telvalid_desktop.core.change_feed import ChangeFeed, ChangeListener, listener_for
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.tasks import TaskRunner

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 1_000  # SQLite: how often to look
SAFETY_INTERVAL_MS = 10_000  # PostgreSQL: look even without a notification, in case one was lost
LISTEN_TIMEOUT_S = 10.0  # one wait of the listening thread; also how often it tries a server that is down


class LiveUpdates(QObject):
    """Owns a window's change feed, its poll timer and, on PostgreSQL, the listening thread.

    Built with the window, before it loads its lists: the feed starts at the ends of the
    tables on the database thread before the lists are read there, so a change committed
    while they load is seen (at worst twice), never lost, and the GUI thread waits for neither.
    """

    changed = Signal(object)  # a Changes, never empty; emitted on the GUI thread

    def __init__(self, workspace: Workspace, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = workspace.database
        self._tasks = tasks
        self._feed: ChangeFeed | None = None  # started on the database thread, before the lists' reads
        self._starting = False
        self._start_feed()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._request_poll)
        self._listener: ChangeListener | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._running = False
        self._polling = False  # a look is under way on the io executor
        self._again = False  # and someone asked for another one meanwhile

    def start(self) -> None:
        """Look for changes from now on (a second call does nothing)."""
        if self._running:
            return
        self._running = True
        self._listener = listener_for(self._database)
        if self._listener is None:
            self._timer.start(POLL_INTERVAL_MS)
            return
        self._timer.start(SAFETY_INTERVAL_MS)
        self._stopping.clear()
        self._thread = threading.Thread(
            target=self._listen, args=(self._listener,), name="telvalid-listen", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        """Stop looking; the listening thread has ended and its connection is closed when this returns."""
        self._running = False
        self._timer.stop()
        if self._thread is not None and self._listener is not None:
            self._stopping.set()
            self._listener.interrupt()
            self._thread.join()
            self._listener.close()
        self._thread = self._listener = None

    def _listen(self, listener: ChangeListener) -> None:
        """The listening thread: each time the server may have something, ask for a look on the GUI thread."""
        while not self._stopping.is_set():
            if listener.wait(LISTEN_TIMEOUT_S) and not self._stopping.is_set():
                self._tasks.post(self._request_poll)

    def _start_feed(self) -> None:
        """Find the tables' ends off the GUI thread; a failure (the server away) is tried again at the next look."""
        self._starting = True

        def started(feed: ChangeFeed) -> None:
            self._feed, self._starting = feed, False
            if self._again:  # a look asked for while it started (a notification): now
                self._again = False
                self._request_poll()

        def failed(failure: BaseException) -> None:
            self._starting = False
            log.warning("the change feed could not start: %s", failure)

        self._tasks.run(ChangeFeed, on_done=started, on_error=failed, executor="db")

    def _request_poll(self) -> None:
        if not self._running:
            return
        if self._feed is None:
            self._again = True
            if not self._starting:
                self._start_feed()
            return
        if self._polling:
            self._again = True
            return
        self._polling = True
        self._tasks.run(self._feed.poll, on_done=self._on_polled, on_error=self._on_poll_failed, executor="io")

    def _on_polled(self, changes: Changes) -> None:
        if self._running and changes != Changes():
            self.changed.emit(changes)
        self._on_poll_finished()

    def _on_poll_failed(self, failure: BaseException) -> None:
        log.warning("looking for changes made elsewhere failed: %s", failure)
        self._on_poll_finished()

    def _on_poll_finished(self) -> None:
        self._polling = False
        if self._again:
            self._again = False
            self._request_poll()
