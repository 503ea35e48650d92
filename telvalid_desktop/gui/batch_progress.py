"""How far a running import is and how long it still needs (files of unknown size included).

A hot-folder batch is often one 300-page file, sometimes many small ones: the estimate
counts the pages still to read in the current file plus, for each file not yet opened,
the average page count of the files seen so far.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

MIN_PAGES_FOR_ESTIMATE = 3  # the first pages include starting the workers: too early to say


@dataclass
class BatchProgress:
    """Owns the page counts of one batch as its progress reports arrive."""

    total_files: int
    clock: Callable[[], float] = time.monotonic
    files_done: int = 0
    pages_done_in_finished_files: int = 0
    current_done: int = 0
    current_total: int = 0
    _started: float = field(default=0.0, init=False)

    def __post_init__(self) -> None:
        self._started = self.clock()

    def page_read(self, done: int, total: int) -> None:
        self.current_done, self.current_total = done, total

    def file_finished(self) -> None:
        self.files_done += 1
        self.pages_done_in_finished_files += self.current_done
        self.current_done = self.current_total = 0

    def pages_done(self) -> int:
        return self.pages_done_in_finished_files + self.current_done

    def fraction(self) -> float:
        """Share of the batch done: whole files plus the share of the current one."""
        if self.total_files <= 0:
            return 0.0
        current = self.current_done / self.current_total if self.current_total else 0.0
        return min(1.0, (self.files_done + current) / self.total_files)

    def pages_per_minute(self) -> float | None:
        elapsed = self.clock() - self._started
        if self.pages_done() < MIN_PAGES_FOR_ESTIMATE or elapsed <= 0:
            return None
        return self.pages_done() * 60.0 / elapsed

    def remaining_seconds(self) -> float | None:
        """``None`` until a few pages give a rate to go by."""
        rate = self.pages_per_minute()
        if rate is None:
            return None
        seen_files = self.files_done + (1 if self.current_total else 0)
        seen_pages = self.pages_done_in_finished_files + self.current_total
        average = seen_pages / seen_files if seen_files else 0.0
        unopened = max(0, self.total_files - seen_files)
        remaining_pages = (self.current_total - self.current_done) + unopened * average
        return remaining_pages * 60.0 / rate
