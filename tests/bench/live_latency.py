"""Delay from a commit at another workstation to the window's ``changed`` (a script, not a test).

    .venv/bin/python -m tests.bench.live_latency [--times 30] [--postgres postgresql:///NAME]

On SQLite (a temporary workspace) and, given a URL (else ``TELVALID_TEST_DATABASE``), on
PostgreSQL: a second process changes one dossier's status ``--times`` times, at random moments
(so the SQLite timer is met at every phase); this process runs ``LiveUpdates`` in a Qt event
loop and notes when ``changed`` names the dossier. Prints the median and the longest delay in
ms (target: under 2,000), and what one look at an unchanged database costs. On PostgreSQL it
adds a dossier and its history to the database named: use a database of your own.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from telvalid_desktop.core.change_feed import ChangeFeed
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.database import DATABASE_ENV
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.live_updates import LiveUpdates
from telvalid_desktop.gui.tasks import TaskRunner
from tests.core.test_change_feed import OtherWorkstation
from tests.shared_database import test_database_url

WAIT_LIMIT_MS = 10_000
EMPTY_POLLS = 200


def empty_poll_ms() -> float:
    """Median cost of one look when nothing changed (three indexed queries)."""
    feed = ChangeFeed()
    costs = []
    for _ in range(EMPTY_POLLS):
        started = time.perf_counter()
        feed.poll()
        costs.append((time.perf_counter() - started) * 1000)
    return statistics.median(costs)


def pause(ms: int) -> None:
    """Run Qt's events for ``ms`` (the live updates go on meanwhile)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def seen_at(live: LiveUpdates, dossier_id: int) -> float:
    """When ``changed`` next names the dossier (Qt's event loop runs until then)."""
    loop, limit = QEventLoop(), QTimer()
    seen: list[float] = []

    def arrived(changes: Changes) -> None:
        if dossier_id in changes.dossiers:
            seen.append(time.monotonic())
            loop.quit()

    live.changed.connect(arrived)
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    limit.start(WAIT_LIMIT_MS)
    loop.exec()
    limit.stop()
    live.changed.disconnect(arrived)
    if not seen:
        raise TimeoutError(f"no change seen in {WAIT_LIMIT_MS} ms")
    return seen[0]


def measure(url: str, times: int) -> tuple[list[float], float]:
    """Delays (ms) from each commit in the other process to ``changed`` here, and the empty look's cost."""
    os.environ[DATABASE_ENV] = url  # this process and the other one
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder))
        number = str(random.randrange(10**7, 10**8))
        with workspace.database.atomic():
            dossier_id = DossierService().receive_submission(number, "bench", "live_latency").id
        cost = empty_poll_ms()
        tasks = TaskRunner()
        live = LiveUpdates(workspace, tasks)
        live.start()
        delays = []
        with OtherWorkstation(workspace.root, actor="bench") as other:
            for turn in range(times):
                pause(random.randint(100, 1000))
                status = DossierStatus.ON_HOLD if turn % 2 == 0 else DossierStatus.OPEN
                committed = other.change_status(number, status)
                delays.append((seen_at(live, dossier_id) - committed) * 1000)
        live.stop()
        tasks.shutdown()
        workspace.close()
    return delays, cost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--times", type=int, default=30, help="changes per back-end (default 30)")
    parser.add_argument("--postgres", default=test_database_url(), help="a PostgreSQL database of your own")
    options = parser.parse_args()
    application = QCoreApplication([])
    print(f"{'back-end':12} {'changes':>7} {'median ms':>10} {'max ms':>8} {'empty look ms':>14}")
    for name, url in (("sqlite", ""), ("postgresql", options.postgres)):
        if name == "sqlite" or url:
            delays, cost = measure(url, options.times)
            print(f"{name:12} {len(delays):7} {statistics.median(delays):10.0f} {max(delays):8.0f} {cost:14.2f}")
    application.quit()


if __name__ == "__main__":
    main()
