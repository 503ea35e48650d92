"""Longest stall of the UI thread in the lead's window on 100,000 dossiers and a year of history (a script).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.ui_stall_supervision [--dossiers 100000]
        [--workspace DIR (kept and reused: the fill takes about a minute)]

Fills a workspace as ``dashboard_100k`` does, opens the technician's window and the lead's
window beside it, then goes through what a lead does: the on-hold review (sorted by
another column, then filtered), the workload, the dashboard over 30 days and over a year.
A 5 ms timer on the UI thread records the gaps between its ticks; each step prints its
longest gap and how long until its data was shown. Target: every gap under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from telvalid_desktop.config import Settings  # noqa: E402
from telvalid_desktop.core.administration.services import build_services  # noqa: E402
from telvalid_desktop.core.workspace import open_workspace  # noqa: E402
from telvalid_desktop.db.models import Dossier  # noqa: E402
from telvalid_desktop.gui.main_window import MainWindow  # noqa: E402
from telvalid_desktop.gui.supervision.hold_review_model import COLUMNS  # noqa: E402
from telvalid_desktop.gui.supervision.window import SupervisionWindow  # noqa: E402
from tests.bench.dashboard_100k import LAST_DAY, fill  # noqa: E402
from tests.bench.ui_stall import StallMeter, summary, wait_until  # noqa: E402


def step(meter: StallMeter, label: str, act: Callable[[], None], done: Callable[[], bool]) -> None:
    meter.start()
    started = time.perf_counter()
    act()
    wait_until(done, timeout_s=120)
    seconds = time.perf_counter() - started
    wait_until(lambda: len(meter.gaps) >= 2)  # a change made at once shows in the tick after it
    summary(label, meter.stop(), f"  shown after {seconds * 1000:.0f} ms")


def lead_steps(supervision: SupervisionWindow, meter: StallMeter) -> None:
    holds, dashboard = supervision.holds, supervision.dashboard
    step(meter, "on-hold review: open", supervision.show, lambda: holds.model.rowCount() > 0)
    on_hold = holds.model.rowCount()
    column = COLUMNS.index("technician")
    step(
        meter,
        "on-hold review: sort by technician",
        lambda: holds.table.sortByColumn(column, Qt.SortOrder.AscendingOrder),
        lambda: True,
    )
    step(
        meter,
        "on-hold review: filter by item",
        lambda: holds.item_filter.setCurrentIndex(1),
        lambda: holds.model.rowCount() < on_hold,
    )
    step(
        meter,
        "workload",
        lambda: supervision.tabs.setCurrentWidget(supervision.workload),
        lambda: supervision.workload.loads.topLevelItemCount() > 0,
    )
    for days in (30, 365):
        dashboard.figures = None
        dashboard.chosen_period = lambda today=None, days=days: (LAST_DAY - timedelta(days=days - 1), LAST_DAY)  # type: ignore[method-assign]

        def show() -> None:
            if supervision.tabs.currentWidget() is dashboard:
                supervision.refresh()
            else:
                supervision.tabs.setCurrentWidget(dashboard)

        step(meter, f"dashboard: {days} days", show, lambda: dashboard.figures is not None)
    print(f"  ({on_hold} dossiers on hold in the review)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--workspace", type=Path)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="telvalid-stall-") as temporary:
        workspace = open_workspace(args.workspace or Path(temporary) / "ws")
        if not Dossier.select().exists():
            began = time.perf_counter()
            fill(workspace.database, args.dossiers)
            workspace.database.execute_sql("ANALYZE")
            print(f"filled {args.dossiers} dossiers in {time.perf_counter() - began:.0f} s")
        window = MainWindow(build_services(workspace, Settings(), "bench"))
        window.resize(1366, 768)
        window.show()
        wait_until(window.isVisible)
        window.show_supervision()
        supervision = window.supervision
        assert supervision is not None
        supervision.close()  # measured from the start below
        print(f"lead's window on {Dossier.select().count()} dossiers:")
        lead_steps(supervision, StallMeter())
        window.close()
        workspace.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
