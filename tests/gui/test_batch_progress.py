"""Time left on a long batch: measured on the pages read so far, unknown files estimated."""

from __future__ import annotations

from telvalid_desktop.gui.batch_progress import BatchProgress


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_no_estimate_before_a_few_pages() -> None:
    clock = FakeClock()
    progress = BatchProgress(1, clock)
    clock.now += 5
    progress.page_read(1, 300)
    assert progress.remaining_seconds() is None and progress.pages_per_minute() is None


def test_one_long_file_at_ten_pages_per_second() -> None:
    clock = FakeClock()
    progress = BatchProgress(1, clock)
    clock.now += 10
    progress.page_read(100, 300)
    assert progress.pages_per_minute() == 600
    assert progress.remaining_seconds() == 20  # 200 pages left at 10 pages/s
    assert round(progress.fraction(), 3) == 0.333


def test_unopened_files_count_as_the_average_file_so_far() -> None:
    clock = FakeClock()
    progress = BatchProgress(4, clock)
    progress.page_read(10, 10)
    progress.file_finished()
    clock.now += 30  # 20 pages in 30 s
    progress.page_read(10, 30)
    # left: 20 pages of the current file + 2 unopened files of (10 + 30) / 2 = 20 pages
    assert progress.remaining_seconds() == 60 * 1.5
    assert progress.pages_done() == 20
    assert progress.fraction() == (1 + 10 / 30) / 4
