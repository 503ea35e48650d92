"""UI-thread stall benchmark of the page viewer (a script, not a test): prints figures to quote in notes.

    .venv/bin/python -m tests.bench.ui_stall [--pages 50] [--pdf cached.pdf] [--workers N]

Runs the viewer and the thumbnail strip offscreen on a generated scanned PDF (form pages
through every scan profile), pages through it with simulated PgDown key presses, and
records the gaps between the ticks of a 5 ms timer on the UI thread: the longest gap is
the longest time the UI could not react. Passes:

1. cold cache, at a reading pace: PgDown, wait for the sharp image, next;
2. the same again, every page now cached;
3. cold cache, PgDown held down (one press every 40 ms, like key auto-repeat), then the
   time until the last page is sharp (stale requests must have been dropped).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget  # noqa: E402

from telvalid_desktop.gui.models.page_list import PageEntry, PageListModel  # noqa: E402
from telvalid_desktop.gui.render_service import PageRef, RenderService  # noqa: E402
from telvalid_desktop.gui.widgets.page_viewer import PageViewer  # noqa: E402
from telvalid_desktop.gui.widgets.thumbnail_strip import ThumbnailStrip  # noqa: E402
from telvalid_desktop.samples.customers import random_procedure_number  # noqa: E402
from telvalid_desktop.samples.procedure_form import form_pdf  # noqa: E402
from telvalid_desktop.samples.scan_files import images_to_pdf
from telvalid_desktop.samples.scans import PROFILES, scan_page  # noqa: E402

TICK_MS = 5
TARGET_MS = 100.0


def make_scanned_pdf(path: Path, pages: int, seed: int = 11) -> None:
    """``pages`` scanned form pages, the scan profiles in turn (grey, bitonal, fax, photo, colour)."""
    rng = random.Random(seed)
    names = sorted(PROFILES)
    images, dpis = [], []
    for index in range(pages):
        form = form_pdf(random_procedure_number(rng), rng=rng, pages=1)
        profile = PROFILES[names[index % len(names)]]
        images.append(scan_page(form, 0, profile, rng))
        dpis.append(profile.dpi)
    path.write_bytes(images_to_pdf(images, dpis))


class StallMeter:
    """A 5 ms precise timer on the UI thread; the gaps between its ticks are the stalls."""

    def __init__(self) -> None:
        self.gaps: list[float] = []
        self._last = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return [gap * 1000 for gap in self.gaps]

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> float:
    """Run the event loop until ``condition`` holds; returns the seconds it took."""
    started = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: loop.quit() if condition() or time.perf_counter() - started > timeout_s else None)
    if not condition():
        poll.start()
        loop.exec()
        poll.stop()
    if not condition():
        raise TimeoutError("condition not reached")
    return time.perf_counter() - started


def idle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def summary(label: str, gaps: list[float], extra: str = "") -> None:
    ordered = sorted(gaps)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    verdict = "ok" if ordered[-1] < TARGET_MS else "OVER TARGET"
    print(
        f"  {label:34} max gap {ordered[-1]:6.1f} ms  p99 {p99:5.1f} ms  median {statistics.median(ordered):4.1f} ms"
        f"  ({len(ordered)} ticks) {verdict}{extra}"
    )


def paced_pass(viewer: PageViewer, meter: StallMeter, pages: int) -> tuple[list[float], list[float]]:
    QTest.keyClick(viewer.view, Qt.Key.Key_Home)
    wait_until(viewer.is_sharp)
    meter.start()
    to_sharp = []
    for _ in range(pages - 1):
        QTest.keyClick(viewer.view, Qt.Key.Key_PageDown)
        to_sharp.append(wait_until(viewer.is_sharp) * 1000)
        idle(30)  # a glance is never shorter than this
    return meter.stop(), to_sharp


def held_key_pass(viewer: PageViewer, meter: StallMeter, pages: int) -> tuple[list[float], float]:
    QTest.keyClick(viewer.view, Qt.Key.Key_Home)
    wait_until(viewer.is_sharp)
    meter.start()
    for _ in range(pages - 1):
        QTest.keyClick(viewer.view, Qt.Key.Key_PageDown)
        idle(40)
    last = wait_until(viewer.is_sharp) * 1000
    return meter.stop(), last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--pdf", type=Path, help="reuse (or create) this scanned PDF")
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--size", default="1100x850", help="window size, logical pixels")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="ui-stall-"))
    pdf = args.pdf or folder / "scanned.pdf"
    if not pdf.exists():
        started = time.perf_counter()
        make_scanned_pdf(pdf, args.pages)
        print(
            f"built a {args.pages}-page scanned PDF in {time.perf_counter() - started:.0f} s "
            f"({pdf.stat().st_size / 1e6:.1f} MB)"
        )

    app = QApplication.instance() or QApplication(sys.argv)
    service = RenderService(workers=args.workers)
    model = PageListModel(service)
    model.set_entries([PageEntry(index, PageRef(pdf, index), pdf.name) for index in range(args.pages)])
    window = QWidget()
    layout = QHBoxLayout(window)
    strip = ThumbnailStrip()
    strip.setModel(model)
    viewer = PageViewer(service)
    viewer.set_model(model)
    viewer.page_changed.connect(strip.set_current_page)
    layout.addWidget(strip)
    layout.addWidget(viewer, 1)
    width, height = (int(part) for part in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.activateWindow()
    viewer.view.setFocus()
    wait_until(viewer.is_sharp)  # worker processes started, first page shown
    meter = StallMeter()

    print(
        f"{args.pages} pages, {service.workers} render worker process(es), window {args.size}, "
        f"page rendered {viewer.shown_key()[3]} px wide; target: no gap over {TARGET_MS:.0f} ms"
    )
    gaps, to_sharp = paced_pass(viewer, meter, args.pages)
    summary(
        "pass 1, cold cache, reading pace",
        gaps,
        f"; PgDown->sharp median {statistics.median(to_sharp):.0f} ms, max {max(to_sharp):.0f} ms",
    )
    gaps, to_sharp = paced_pass(viewer, meter, args.pages)
    summary(
        "pass 2, cached, reading pace",
        gaps,
        f"; PgDown->sharp median {statistics.median(to_sharp):.0f} ms, max {max(to_sharp):.0f} ms",
    )
    print(f"  cache holds {service.cache_bytes / 2**20:.0f} MiB")
    service.clear_cache()
    gaps, last = held_key_pass(viewer, meter, args.pages)
    summary("pass 3, cold cache, PgDown held", gaps, f"; last page sharp {last:.0f} ms after the last press")
    service.shutdown()
    window.close()
    # Delete the Qt objects while the interpreter is still whole (shiboken crashes otherwise).
    del viewer, strip, model, meter
    window.deleteLater()
    service.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
