"""Page analysis in parallel worker processes, streamed in page order with bounded memory.

OCR and rendering are CPU-bound, so pages go to a spawn-context process pool whose
workers set ``OMP_THREAD_LIMIT=1`` before tesseract loads (OCR-FACTS: OpenMP threads
oversubscribe two cores and make tesseract 4-8x slower). At most ``max_in_flight``
pages are queued at once, so a 500-page batch never sits in memory.

A page that takes longer than ``page_timeout_s`` (a page of forms drawing forms a
billion times: the loaders' size checks cannot see it) gets its worker killed and its
file rejected as ``timeout``; the next file gets a fresh pool. Only a pool can do
that: with ``workers=0`` a page runs in the caller's process and nothing stops it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TypeVar

from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.types import NumberReading, PageAnalysis

log = logging.getLogger(__name__)
T = TypeVar("T")
# A page that takes longer than this is pathological (decompression bomb, endless loop);
# the slowest real pages take a few seconds (full-page OCR of a cover letter, 1-2 s).
PAGE_TIMEOUT_S = 90.0

_analyzer = None  # the PageAnalyzer of this worker process


def _init_worker(engine_name: str) -> None:
    os.environ["OMP_THREAD_LIMIT"] = "1"
    global _analyzer  # noqa: PLW0603 - one analyzer per worker process, by design
    from telvalid_desktop.intake.analysis import PageAnalyzer  # noqa: PLC0415 - after OMP setting

    _analyzer = PageAnalyzer(engine_name)


def _analyze_in_worker(path: str, index: int) -> PageAnalysis:
    assert _analyzer is not None
    return _analyzer.analyze(Path(path), index)


def _read_body_in_worker(path: str, index: int) -> NumberReading | None:
    assert _analyzer is not None
    return _analyzer.read_body(Path(path), index)


class PageWorkers:
    """A pool of page workers; ``workers=0`` runs everything in this process (tests, tiny jobs).

    Use as a context manager so the processes are always shut down.
    """

    def __init__(
        self, workers: int | None = None, *, engine_name: str = "auto", page_timeout_s: float = PAGE_TIMEOUT_S
    ) -> None:
        self.workers = (os.cpu_count() or 1) if workers is None else workers
        self.max_in_flight = max(2, self.workers * 3)
        self.page_timeout_s = page_timeout_s  # from the moment the page's turn comes to be awaited
        self._engine_name = engine_name
        self._executor: ProcessPoolExecutor | None = None
        if self.workers == 0:
            _init_worker(engine_name)

    def __enter__(self) -> PageWorkers:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker,
                initargs=(self._engine_name,),
            )
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def _discard_pool(self) -> None:
        """Kill the workers after a crash or a hang; the next page starts a fresh pool."""
        if self._executor is None:
            return
        for process in list(getattr(self._executor, "_processes", {}).values()):
            process.kill()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = None

    def _submit(self, function: Callable[[str, int], T], path: str, index: int) -> Future[T]:
        """Queue one page; a pool already broken answers with a failed future, handled like the others."""
        try:
            return self._pool().submit(function, path, index)
        except BrokenProcessPool as crashed:
            failed: Future[T] = Future()
            failed.set_exception(crashed)
            return failed

    def _result(self, future: Future[T]) -> T:
        """The worker's answer; a hung worker rejects the file, not the batch (a crash is the caller's)."""
        try:
            return future.result(timeout=self.page_timeout_s)
        except FutureTimeout as hung:
            self._discard_pool()
            raise UnreadableFile(RejectReason.TIMEOUT, f"a page took over {self.page_timeout_s:g} s") from hung

    def analyze_pages(
        self, path: Path, page_count: int, cancel: threading.Event | None = None
    ) -> Iterator[PageAnalysis]:
        """Yield the analysis of every page of ``path`` in page order."""
        if self.workers == 0:
            for index in range(page_count):
                if cancel is not None and cancel.is_set():
                    return
                yield _analyze_in_worker(str(path), index)
            return
        yield from self._stream(_analyze_in_worker, str(path), range(page_count), cancel)

    def _stream(
        self,
        function: Callable[[str, int], T],
        path: str,
        indices: Sequence[int],
        cancel: threading.Event | None,
    ) -> Iterator[T]:
        """Results for ``indices`` in order, at most ``max_in_flight`` queued.

        A worker killed from outside (the OOM killer, a person) breaks the whole pool:
        the pages in flight are sent again to a fresh pool, once per call, so a good file
        is not quarantined. A second crash means a page kills its worker: the file is
        rejected.
        """
        pending: deque[tuple[int, Future[T]]] = deque()
        waiting = deque(indices)
        retried = False
        try:
            while waiting or pending:
                while waiting and len(pending) < self.max_in_flight:
                    if cancel is not None and cancel.is_set():
                        return
                    index = waiting.popleft()
                    pending.append((index, self._submit(function, path, index)))
                try:
                    result = self._result(pending[0][1])
                except BrokenProcessPool as crashed:
                    self._discard_pool()
                    if retried:
                        raise UnreadableFile(RejectReason.DAMAGED, "page worker crashed") from crashed
                    retried = True
                    log.warning("a page worker died while reading %s; retrying its pages on a fresh pool", path)
                    pending = deque(
                        (index, future if _succeeded(future) else self._submit(function, path, index))
                        for index, future in pending
                    )
                    continue
                pending.popleft()
                yield result
        finally:
            for _, future in pending:
                future.cancel()

    def read_bodies(self, path: Path, indices: Sequence[int]) -> list[NumberReading | None]:
        """Full-page search of these pages for a quoted procedure number, shared by the workers."""
        if self.workers == 0:
            return [_read_body_in_worker(str(path), index) for index in indices]
        return list(self._stream(_read_body_in_worker, str(path), indices, None))


def _succeeded(future: Future[T]) -> bool:
    """Finished with a result before the pool broke: nothing to do again."""
    return future.done() and not future.cancelled() and future.exception() is None
