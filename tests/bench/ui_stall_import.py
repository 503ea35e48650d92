"""Longest stall of the UI thread while the main window imports a scanned batch (a script).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.ui_stall_import [--pages 200] [--station]

The real window (queues, list, import panel) takes in a ``--pages`` scanned batch with two
OCR worker processes, as a technician's drop would; with ``--station``, the mailroom
station takes it from its watched folder (separator sheets between envelopes) and keeps
its batch list and figures up to date. A 5 ms timer on the UI thread records the gaps
between its ticks. Target: every gap under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from telvalid_desktop.config import Settings  # noqa: E402
from telvalid_desktop.core.administration.services import build_services  # noqa: E402
from telvalid_desktop.core.workspace import open_workspace  # noqa: E402
from telvalid_desktop.gui.main_window import MainWindow  # noqa: E402
from telvalid_desktop.gui.scan_import import ScanImport  # noqa: E402
from telvalid_desktop.gui.station_window import StationWindow  # noqa: E402
from telvalid_desktop.intake.separator import separator_sheet_pdf  # noqa: E402
from telvalid_desktop.samples.batches import big_batch_pdf  # noqa: E402
from tests.bench.ui_stall import StallMeter, summary, wait_until  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--station", action="store_true", help="the mailroom station and its watched folder")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="telvalid-stall-") as temporary:
        folder = Path(temporary)
        batch = folder / "batch.pdf"
        big_batch_pdf(batch, args.pages, seed=5, separator_pdf=separator_sheet_pdf() if args.station else None)
        workspace = open_workspace(folder / "ws")
        inbox = folder / "inbox"
        inbox.mkdir()
        if args.station:
            window: ScanImport = StationWindow(build_services(workspace, Settings(hot_folder=str(inbox)), "bench"))
        else:
            window = MainWindow(build_services(workspace, Settings(), "bench"))
            window.sidebar.select_queue("all")
        window.resize(1366, 768)
        window.show()
        wait_until(window.isVisible)
        finished: list[object] = []
        window.importer.import_finished.connect(finished.append)
        meter = StallMeter()
        meter.start()
        started = time.perf_counter()
        if args.station:
            batch.rename(inbox / batch.name)  # the scanner drops it
        else:
            window.import_paths([batch])
        wait_until(lambda: bool(finished), timeout_s=900)
        elapsed = time.perf_counter() - started
        gaps = meter.stop()
        print(f"imported {args.pages} scanned pages in {elapsed:.0f} s with the window open")
        summary(f"UI thread during a {args.pages}-page import", gaps)
        window.close()
        workspace.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
