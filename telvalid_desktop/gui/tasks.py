"""Background work for the window, with results handed back on the GUI thread.

Like anki's ``taskman`` and picard's ``run_task``: database writes go one at a time to
a single ``db`` thread (peewee and SQLite allow one writer), slow reading and file work
to an ``io`` pool, and whatever a worker has to tell the window is posted back through
a queued signal, so no worker ever touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from functools import partial
from typing import Any, Literal, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from telvalid_desktop.db.database import close_thread_connection

log = logging.getLogger(__name__)

T = TypeVar("T")
ExecutorName = Literal["db", "io"]
IO_WORKERS = 4


def unless_deleted(owner: QObject, callback: Callable[[T], None]) -> Callable[[T], None]:
    """``callback``, skipped once ``owner`` is deleted: a dialog closed before its worker answered."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


class Reader(Protocol):
    """Runs a read, then hands its result (or its failure) to a callback on the GUI thread.

    ``TaskRunner.run`` is one (the window's models read on its database thread, after the
    changes already asked for); ``read_now`` is another, for a model built on its own.
    """

    def __call__(
        self, fn: Callable[[], T], on_done: Callable[[T], None], on_error: Callable[[BaseException], None], /
    ) -> object: ...


def read_now(fn: Callable[[], T], on_done: Callable[[T], None], on_error: Callable[[BaseException], None]) -> None:
    """A ``Reader`` that reads on the calling thread: a model on its own (tests, tools) answers at once."""
    try:
        result = fn()
    except Exception as failure:  # handed over like TaskRunner.run does
        on_error(failure)
        return
    on_done(result)


class Reads:
    """The reads one model or view asked of a ``Reader``: how many are under way, failures logged.

    ``settled`` lets a test (or a command) wait until what is shown is the database's latest.
    """

    def __init__(self, reader: Reader, what: str) -> None:
        self._reader = reader
        self._what = what
        self._under_way = 0

    @property
    def settled(self) -> bool:
        return self._under_way == 0

    def read(self, work: Callable[[], T], apply: Callable[[T], None], forget: Callable[[], None] | None = None) -> None:
        """``apply`` the answer of ``work``; if it fails, log it and call ``forget``."""
        self._under_way += 1

        def done(result: T) -> None:
            self._under_way -= 1
            apply(result)

        def failed(failure: BaseException) -> None:
            self._under_way -= 1
            log.warning("reading %s failed: %s", self._what, failure)
            if forget is not None:
                forget()

        self._reader(work, done, failed)


class TaskRunner(QObject):
    """Owns the ``db`` (one thread) and ``io`` executors of the window.

    Executors can be injected (a synchronous one in tests, as picard's FakeThreadPool).
    """

    _closure_posted = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        db_executor: Executor | None = None,
        io_executor: Executor | None = None,
    ) -> None:
        super().__init__(parent)
        self._own_db_thread = db_executor is None
        self._executors: dict[str, Executor] = {
            "db": db_executor or ThreadPoolExecutor(max_workers=1, thread_name_prefix="telvalid-db"),
            "io": io_executor or ThreadPoolExecutor(max_workers=IO_WORKERS, thread_name_prefix="telvalid-io"),
        }
        self._closure_posted.connect(self._on_closure_posted, Qt.ConnectionType.QueuedConnection)
        self._closed = False

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        executor: ExecutorName = "db",
    ) -> Future[None]:
        """Run ``fn`` in the background, then ``on_done`` or ``on_error`` on the GUI thread.

        Args:
            fn: the work; it must not touch widgets.
            on_done: called with the result on the GUI thread.
            on_error: called with the exception on the GUI thread; without it the error is logged.
            executor: "db" for database writes (serialised), "io" for files and slow reads.
        """
        if self._closed:  # a late callback of a closing window (a reload arriving): nothing left to run it
            dropped: Future[None] = Future()
            dropped.cancel()
            return dropped
        return self._executors[executor].submit(self._call, fn, on_done, on_error)

    def post(self, closure: Callable[[], Any]) -> None:
        """Call ``closure`` on the GUI thread soon (safe from any thread)."""
        self._closure_posted.emit(closure)

    def _call(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
    ) -> None:
        try:
            result = fn()
        except Exception as failure:  # every failure goes back to the window
            if on_error is None:
                log.error("background task failed", exc_info=failure)
            else:
                self.post(partial(on_error, failure))
            return
        if on_done is not None:
            self.post(partial(on_done, result))

    def _on_closure_posted(self, closure: Callable[[], Any]) -> None:
        closure()

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; with ``wait``, finish what was started and close the db thread's connection."""
        self._closed = True
        db = self._executors["db"]
        if wait and self._own_db_thread:
            db.submit(close_thread_connection)
        db.shutdown(wait=wait, cancel_futures=not wait)
        self._executors["io"].shutdown(wait=wait, cancel_futures=not wait)
