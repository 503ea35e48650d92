"""How long the technician's window blocks its GUI thread when the database is a network away (a script).

    .venv/bin/python -m tests.bench.db_latency_stall [--delay-ms 30] [--runs 5] [--keep]
        [--server /var/run/postgresql/.s.PGSQL.5432 | --server HOST:PORT]

A small TCP proxy on the loopback (a thread with its own asyncio loop) stands in front of the
local PostgreSQL server and holds every chunk the client sends ``--delay-ms`` before passing
it on, in order and without holding the other connections: each round trip to the server
costs that much more, as across a network. The demo (``telvalid demo``) is built in a
database of this script's own (``telvalid_bench_stall``, created and dropped here; never the
suite's ``telvalid_test``) through the proxy with no delay, then the technician's window is
opened on it, offscreen, through the proxy with the delay. A 5 ms timer on the GUI thread
records the gaps between its ticks; an action's stall is its longest gap less the 5 ms. Each
action is measured from the call until what it shows is shown, plus 400 ms (the refreshes it
starts afterwards, the live updates of its own commit among them), after a 500 ms pause.
Target (the issue): no stall over 50 ms with 30 ms per round trip. Printed per action: runs,
median and longest stall, the median of client->server chunks the proxy passed meanwhile (on
every connection of the process, the window's worker threads included: about its round trips)
and the median time until the action's result was shown.

The server: by default its Unix socket when there is one (Debian asks a password on the
loopback, none on the socket), else ``127.0.0.1:5432``; ``--server`` names another (a socket
path or ``HOST:PORT``; libpq's ``PGPASSWORD`` applies). The database and the temporary folder
are removed at the end, also on failure, unless ``--keep``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import getpass
import os
import random
import shlex
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg2  # noqa: E402
from PySide6.QtCore import QMessageLogContext, Qt, QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from telvalid_desktop.config import Settings  # noqa: E402
from telvalid_desktop.core.administration.services import Services, build_services  # noqa: E402
from telvalid_desktop.core.workspace import Workspace, current_user, open_workspace  # noqa: E402
from telvalid_desktop.db.database import DATABASE_ENV  # noqa: E402
from telvalid_desktop.demo import EXAMPLES_DIR, TO_IMPORT_DIR, DemoSummary, build_demo  # noqa: E402
from telvalid_desktop.domain import (
    DossierStatus,  # noqa: E402
    ItemStatus,
)
from telvalid_desktop.gui.dialogs.hold_dialog import HoldDialog  # noqa: E402
from telvalid_desktop.gui.dialogs.letter_dialog import LetterDialog  # noqa: E402
from telvalid_desktop.gui.main_window import MainWindow  # noqa: E402
from telvalid_desktop.gui.models.queue_model import QUEUE_ORDER  # noqa: E402
from telvalid_desktop.read_models.dossiers import Queue
from telvalid_desktop.samples.batches import make_batch, make_envelope  # noqa: E402
from telvalid_desktop.samples.customers import random_customer, random_procedure_number  # noqa: E402
from tests.bench.ui_stall import TICK_MS, StallMeter, idle, wait_until  # noqa: E402

DATABASE = "telvalid_bench_stall"
DEFAULT_SOCKET = Path("/var/run/postgresql/.s.PGSQL.5432")
TARGET_MS = 50.0
PAUSE_MS = 500  # before each action, unmeasured: what the previous one started has ended
SETTLE_MS = 400  # after each action, measured: the refreshes it started (its own live update among them)
CHUNK = 65536
# The demo's dossiers decided on again and again (reopened between runs, unmeasured); "superseded" stays closed.
SCENARIOS = ("split", "replacement", "email", "to_check", "validated", "on_hold")


# --- the delaying proxy -------------------------------------------------------------------------


@dataclass(frozen=True)
class Server:
    """The PostgreSQL server: a Unix socket file, or a host and port."""

    socket: Path | None = None
    host: str = "127.0.0.1"
    port: int = 5432

    @classmethod
    def parse(cls, text: str | None) -> Server:
        if text is None:
            return cls(socket=DEFAULT_SOCKET) if DEFAULT_SOCKET.exists() else cls()
        if "/" in text:
            path = Path(text)
            return cls(socket=path / ".s.PGSQL.5432" if path.is_dir() else path)
        host, _, port = text.rpartition(":")
        return cls(host=host or "127.0.0.1", port=int(port))

    def __str__(self) -> str:
        return str(self.socket) if self.socket else f"{self.host}:{self.port}"

    async def open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        if self.socket is not None:
            return await asyncio.open_unix_connection(str(self.socket))
        return await asyncio.open_connection(self.host, self.port)

    def admin_connection(self) -> psycopg2.extensions.connection:
        """A direct connection (no proxy) to the maintenance database, in autocommit."""
        if self.socket is not None:
            # libpq names a socket by its folder and the port in its name (.s.PGSQL.PORT)
            place = {"host": str(self.socket.parent), "port": int(self.socket.name.rsplit(".", 1)[-1])}
        else:
            place = {"host": self.host, "port": self.port}
        connection = psycopg2.connect(dbname="postgres", connect_timeout=5, **place)
        connection.autocommit = True
        return connection


class DelayingProxy:
    """Forwards 127.0.0.1:``port`` to ``server``, holding each client->server chunk ``delay_ms``.

    Chunks are held from their arrival, in order, per connection (a query and its answer:
    one delay, not one per byte); the answers come back at once. ``delay_ms`` may change
    while it runs. ``chunks`` counts the client->server chunks passed on (about the round trips).
    """

    def __init__(self, server: Server, delay_ms: float) -> None:
        self.server = server
        self.delay_ms = delay_ms
        self.chunks = 0
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._listening: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()
        self._thread = threading.Thread(target=self._run, name="delaying-proxy", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._ready.wait()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._shut)
            self._thread.join(timeout=10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._listening = self._loop.run_until_complete(asyncio.start_server(self._accept, "127.0.0.1", 0))
        self.port = self._listening.sockets[0].getsockname()[1]
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            self._loop.close()

    def _shut(self) -> None:
        if self._listening is not None:
            self._listening.close()
        for task in self._connections:
            task.cancel()
        self._loop.call_later(0.1, self._loop.stop)

    def _accept(self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter) -> None:
        task = self._loop.create_task(self._relay(client_in, client_out))
        self._connections.add(task)
        task.add_done_callback(self._connections.discard)

    async def _relay(self, client_in: asyncio.StreamReader, client_out: asyncio.StreamWriter) -> None:
        try:
            server_in, server_out = await self.server.open()
        except OSError:
            client_out.close()
            return
        held: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def receive() -> None:  # from the client, stamped with the moment it may go
            with contextlib.suppress(OSError):
                while data := await client_in.read(CHUNK):
                    held.put_nowait((self._loop.time() + self.delay_ms / 1000, data))
            held.put_nowait((0.0, b""))

        async def forward() -> None:  # to the server, each chunk once its delay is over
            with contextlib.suppress(OSError):
                while True:
                    due, data = await held.get()
                    if not data:
                        break
                    wait = due - self._loop.time()
                    if wait > 0:
                        await asyncio.sleep(wait)
                    server_out.write(data)
                    await server_out.drain()
                    self.chunks += 1
            server_out.close()

        async def answer() -> None:  # from the server to the client, at once
            with contextlib.suppress(OSError):
                while data := await server_in.read(CHUNK):
                    client_out.write(data)
                    await client_out.drain()
            client_out.close()

        parts = [asyncio.ensure_future(part()) for part in (receive, forward, answer)]
        try:
            await asyncio.gather(*parts)
        finally:
            for part in parts:
                part.cancel()
            client_out.close()
            server_out.close()


# --- the database -------------------------------------------------------------------------------


def create_database(server: Server, name: str) -> bool:
    """A new empty ``name``; True when one left by an earlier ``--keep`` was dropped first."""
    connection = server.admin_connection()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            existed = cursor.fetchone() is not None
            if existed:
                cursor.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}"')
    finally:
        connection.close()
    return existed


def drop_database(server: Server, name: str) -> None:
    connection = server.admin_connection()
    try:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        connection.close()


# --- driving the window -------------------------------------------------------------------------


class DialogAnswerer:
    """Answers the window's modal dialogs as they show (they block in ``exec()``).

    The hold dialog is accepted with its pre-checked items (the first one when none is), the pages
    not looked at waved through; the letter dialog that follows is closed (``letters`` counts them);
    a message box is a refusal: its text is kept in ``refusals`` and it is closed.
    """

    def __init__(self) -> None:
        self.letters = 0
        self.refusals: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _look(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, HoldDialog):
            items = dialog.items
            if items.count() and not dialog.chosen_codes():
                items.item(0).setCheckState(Qt.CheckState.Checked)
            dialog.skip_unseen.setChecked(True)  # the bench does not page through the dossier
            dialog.note.setPlainText("bench")
            dialog.accept()
        elif isinstance(dialog, LetterDialog):
            self.letters += 1
            dialog.reject()
        elif isinstance(dialog, QMessageBox):
            self.refusals.append(dialog.text())
            dialog.done(0)


@dataclass
class Sample:
    stall_ms: float
    round_trips: int
    shown_ms: float


@dataclass
class Bench:
    meter: StallMeter
    proxy: DelayingProxy
    answerer: DialogAnswerer
    results: dict[str, list[Sample]] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)

    def measure(
        self, action: str, act: Callable[[], object], shown: Callable[[], bool], timeout_s: float = 120
    ) -> bool:
        """One run of ``action``; False (and nothing kept) when the window refused it."""
        idle(PAUSE_MS)
        refusals, chunks = len(self.answerer.refusals), self.proxy.chunks
        self.meter.start()
        started = time.perf_counter()
        act()
        wait_until(lambda: shown() or len(self.answerer.refusals) > refusals, timeout_s)
        shown_ms = (time.perf_counter() - started) * 1000
        idle(SETTLE_MS)
        gaps = self.meter.stop()
        if len(self.answerer.refusals) > refusals:
            self.refused.append(f"{action}: {self.answerer.refusals[-1]}")
            return False
        sample = Sample(max(0.0, max(gaps) - TICK_MS), self.proxy.chunks - chunks, shown_ms)
        self.results.setdefault(action, []).append(sample)
        return True


def quiet_offscreen(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    """Qt's messages on stderr, but the offscreen platform's note on every window shown."""
    if "propagateSizeHints" not in text:
        print(text, file=sys.stderr)


def new_window(services: Services) -> MainWindow:
    window = MainWindow(services)
    window.show()
    return window


def list_shown(window: MainWindow) -> bool:
    shown = window.lists.currentWidget()
    return window.isVisible() and (shown is not window.dossier_list or window.dossier_list.model.loaded)


def close_window(window: MainWindow) -> None:
    window.close()
    window.deleteLater()
    idle(50)


def reopen(services: Services, number: str) -> None:
    """Unmeasured: the dossier back to open, to be decided on again (a lead's reopening)."""
    if services.dossiers.get(number).status != DossierStatus.OPEN:
        services.dossiers.change_status(number, DossierStatus.OPEN, actor=services.user, reason="bench: again")


def item_state(window: MainWindow, code: str) -> ItemStatus | None:
    detail = window.dossier_view.dossier
    states = {item.code: item.state for item in detail.checklist} if detail is not None else {}
    return states.get(code)


def open_dossier(bench: Bench, window: MainWindow, dossier_id: int) -> bool:
    view = window.dossier_view
    return bench.measure(
        "open a dossier",
        lambda: window.open_dossier(dossier_id),
        lambda: view.dossier is not None and view.dossier.id == dossier_id and window.pages.currentWidget() is view,
    )


def back_to_list(bench: Bench, window: MainWindow) -> None:
    bench.measure(
        "back to the list (Esc)",
        window.show_list,
        lambda: window.pages.currentWidget() is window.list_page and window.dossier_view.dossier is None,
    )


def tick(bench: Bench, window: MainWindow, number: int) -> None:
    """Item ``number`` of the checklist (key 1-9) on the page shown, until the view shows it received."""
    view = window.dossier_view
    code, before = view.checklist.code_at(number), view.dossier
    if code is not None:
        bench.measure(
            "tick an item",
            lambda: window.commands.tick_item(number),
            lambda: view.dossier is not before and item_state(window, code) == ItemStatus.RECEIVED,
        )


def tick_then_validate(bench: Bench, window: MainWindow, dossier_id: int) -> None:
    """Open, tick every item of the checklist on the page shown, validate, back to the list."""
    if not open_dossier(bench, window, dossier_id):
        return
    view = window.dossier_view
    for number in range(1, view.checklist.topLevelItemCount() + 1):
        tick(bench, window, number)
    bench.measure(
        "validate",
        window.commands.validate,
        lambda: view.dossier is not None and view.dossier.status == DossierStatus.VALIDATED,
    )
    back_to_list(bench, window)


def hold(bench: Bench, window: MainWindow, dossier_id: int) -> None:
    """Open, put on hold (the dialog answered, the letter written and its dialog closed), back to the list."""
    if not open_dossier(bench, window, dossier_id):
        return
    view, letters = window.dossier_view, bench.answerer.letters
    bench.measure(
        "put on hold (+ letter)",
        window.letters.put_on_hold,
        lambda: (
            bench.answerer.letters > letters
            and view.dossier is not None
            and view.dossier.status == DossierStatus.ON_HOLD
        ),
    )
    back_to_list(bench, window)


def switch_queue(bench: Bench, window: MainWindow, queue: Queue) -> None:
    """A queue chosen in the sidebar, until its list (or the unsorted envelopes) is the one shown."""
    listing = window.dossier_list

    def shown() -> bool:
        if queue == "unsorted":
            return window.lists.currentWidget() is window.unsorted
        return window.lists.currentWidget() is listing and listing.model.filter.queue == queue

    bench.measure("switch queue", lambda: window.sidebar.select_queue(queue), shown)


def browse_list(bench: Bench, window: MainWindow, number: str) -> None:
    """Every queue in turn, then search the list for one number and clear it, then End and Home."""
    sidebar, listing = window.sidebar, window.dossier_list
    current = sidebar.current_queue()
    start = QUEUE_ORDER.index(current) + 1 if current in QUEUE_ORDER else 0
    for queue in QUEUE_ORDER[start:] + QUEUE_ORDER[:start]:
        switch_queue(bench, window, queue)
    if sidebar.current_queue() != "all":
        sidebar.select_queue("all")
        idle(PAUSE_MS)
    model = listing.model
    bench.measure(
        "search the list",
        lambda: listing.set_search(number),
        lambda: model.filter.search == number and model.rowCount() >= 1,
    )
    bench.measure(
        "search the list", lambda: listing.set_search(""), lambda: not model.filter.search and model.rowCount() > 1
    )
    view = listing.view
    view.setFocus()
    last = model.rowCount() - 1
    bench.measure(
        "scroll the list (End, Home)",
        lambda: QTest.keyClick(view, Qt.Key.Key_End),
        lambda: view.currentIndex().row() == last,
    )
    bench.measure(
        "scroll the list (End, Home)",
        lambda: QTest.keyClick(view, Qt.Key.Key_Home),
        lambda: view.currentIndex().row() == 0,
    )


def scans_to_import(examples: Path, folder: Path, count: int) -> list[Path]:
    """The demo's example PDFs (a fax complement, a new customer's envelope), then one-envelope
    scans (form + ID, 200 dpi bitonal) of new procedure numbers, ``count`` in all."""
    files = sorted(examples.glob("*.pdf"))[:count]
    rng = random.Random(31)
    while len(files) < count:
        envelope = make_envelope(
            rng, number=random_procedure_number(rng, 8), customer=random_customer(rng), documents=["id"]
        )
        path = folder / f"envelope-{len(files) + 1}.pdf"
        path.write_bytes(make_batch(rng, [envelope], profile="bitonal200")[0])
        files.append(path)
    return files


def import_scan(bench: Bench, window: MainWindow, path: Path) -> None:
    """One file through the window's importer, until ``import_finished``."""
    finished: list[object] = []
    window.importer.import_finished.connect(finished.append)
    bench.measure("import a scanned PDF", lambda: window.importer.import_paths([path]), lambda: bool(finished), 600)
    window.importer.import_finished.disconnect(finished.append)


def open_window(bench: Bench, services: Services) -> MainWindow | None:
    """The technician's window built and shown, until its list is read."""
    opened: list[MainWindow] = []
    bench.measure(
        "open the window",
        lambda: opened.append(new_window(services)),
        lambda: bool(opened) and list_shown(opened[0]),
    )
    return opened[0] if opened else None


def stay_idle(bench: Bench, seconds: float) -> None:
    """Nothing done for ``seconds``: the live updates' own stalls."""
    until = [0.0]

    def start() -> None:
        until[0] = time.perf_counter() + seconds - SETTLE_MS / 1000

    bench.measure(f"idle {seconds:g} s (live updates)", start, lambda: time.perf_counter() >= until[0])


# --- the run ------------------------------------------------------------------------------------


def report(bench: Bench, delay_ms: float, server: Server) -> None:
    header = f"{'action':30} {'runs':>4} {'median stall ms':>16} {'max stall ms':>13}"
    print(f"{header} {'median round trips':>19} {'median shown after ms':>22}")
    worst = ("", 0.0)
    for action, samples in bench.results.items():
        stalls = [sample.stall_ms for sample in samples]
        if max(stalls) > worst[1]:
            worst = (action, max(stalls))
        trips = statistics.median(sample.round_trips for sample in samples)
        shown = statistics.median(sample.shown_ms for sample in samples)
        print(
            f"{action:30} {len(samples):4} {statistics.median(stalls):16.0f} {max(stalls):13.0f}"
            f" {trips:19.0f} {shown:22.0f}"
        )
    verdict = "ok" if worst[1] <= TARGET_MS else "OVER TARGET"
    print(f"longest stall: {worst[1]:.0f} ms ({worst[0]}); target: none over {TARGET_MS:.0f} ms: {verdict}")
    print(f"proxy delay: {delay_ms:g} ms on every client->server chunk (one per round trip), server {server}")
    for refusal in bench.refused:
        print(f"refused, not counted: {refusal}")
    print("command: " + shlex.join([".venv/bin/python", "-m", "tests.bench.db_latency_stall", *sys.argv[1:]]))


def run(options: argparse.Namespace, server: Server, proxy: DelayingProxy, folder: Path) -> Bench:
    user = getpass.getuser()
    url = f"postgresql://{user}@127.0.0.1:{proxy.port}/{options.database}"
    os.environ[DATABASE_ENV] = url  # anything reading the environment (worker processes) goes through the proxy too
    proxy.delay_ms = 0
    began = time.perf_counter()
    demo: DemoSummary = build_demo(folder / "demo", database_url=url)
    print(
        f"demo built through the proxy without delay in {time.perf_counter() - began:.0f} s"
        f" ({len(demo.dossiers)} dossiers, {demo.pages} pages)"
    )
    files = scans_to_import(demo.root / EXAMPLES_DIR / TO_IMPORT_DIR, folder, options.runs)
    proxy.delay_ms = options.delay_ms
    workspace: Workspace = open_workspace(demo.root, url)
    services = build_services(workspace, Settings(), current_user())
    bench = Bench(StallMeter(), proxy, DialogAnswerer())
    window: MainWindow | None = None
    try:
        for turn in range(options.runs):
            window = open_window(bench, services)
            if window is not None and turn < options.runs - 1:
                close_window(window)
                window = None
        if window is None:
            raise RuntimeError("the window did not open")
        for _ in range(options.runs):
            stay_idle(bench, 2.0)
        numbers = [demo.dossier(scenario).procedure_number for scenario in SCENARIOS]
        ids = {number: services.dossiers.get(number).id for number in numbers}
        for turn in range(options.runs):
            browse_list(bench, window, numbers[turn % len(numbers)])
            to_validate, to_hold = numbers[(2 * turn) % len(numbers)], numbers[(2 * turn + 1) % len(numbers)]
            reopen(services, to_validate)
            tick_then_validate(bench, window, ids[to_validate])
            reopen(services, to_hold)
            hold(bench, window, ids[to_hold])
        for path in files:
            import_scan(bench, window, path)
    finally:
        bench.answerer.stop()
        if window is not None:
            close_window(window)
        workspace.close()
    return bench


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--delay-ms", type=float, default=30.0, help="added to every round trip (default 30)")
    parser.add_argument("--runs", type=int, default=5, help="times each action is measured (default 5)")
    parser.add_argument("--keep", action="store_true", help="keep the database and the demo folder")
    parser.add_argument("--server", help="PostgreSQL: HOST:PORT or a Unix socket (default: the local socket)")
    parser.add_argument("--database", default=DATABASE, help=f"created and dropped here (default {DATABASE})")
    options = parser.parse_args()
    if options.runs < 1:
        parser.error("--runs must be at least 1")
    if options.database == "telvalid_test":
        parser.error("telvalid_test is the suite's database: name another one")
    server = Server.parse(options.server)
    try:
        server.admin_connection().close()
    except psycopg2.OperationalError as failure:
        print(f"no PostgreSQL server at {server}: {str(failure).strip()} (./dev.sh test starts the local one)")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="telvalid-db-stall-"))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):  # window state and settings stay here
        os.environ[name] = str(folder / name.lower())
    if create_database(server, options.database):
        print(f"dropped {options.database} left by an earlier run")
    proxy = DelayingProxy(server, options.delay_ms)
    proxy.start()
    qInstallMessageHandler(quiet_offscreen)
    app = QApplication(sys.argv[:1])
    bench: Bench | None = None
    try:
        bench = run(options, server, proxy, folder)
    finally:
        app.processEvents()
        proxy.stop()
        if options.keep:
            print(f"kept: database {options.database}, folder {folder}")
        else:
            drop_database(server, options.database)
            shutil.rmtree(folder, ignore_errors=True)
    report(bench, options.delay_ms, server)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
