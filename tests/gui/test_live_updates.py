"""A change committed elsewhere (another connection, another process) reaches the window's
``changed`` within two seconds, on SQLite and PostgreSQL; looks never pile up; stop ends the thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import peewee
import pytest
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import database_proxy
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.live_updates import LiveUpdates
from telvalid_desktop.gui.tasks import TaskRunner
from tests.core import factories
from tests.core.test_change_feed import OtherWorkstation

NUMBER = "31415926"
DEADLINE_MS = 2_000  # issue 7: a window sees changes made elsewhere within two seconds


class HeldExecutor(ThreadPoolExecutor):
    """An io executor whose work waits until ``release`` is set, as on a slow server; counts what it got."""

    def __init__(self) -> None:
        super().__init__(max_workers=2)
        self.release = threading.Event()
        self.submitted = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.submitted += 1
        return super().submit(self._held, fn, *args, **kwargs)

    def _held(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        self.release.wait(timeout=30)
        return fn(*args, **kwargs)


@pytest.fixture
def dossier_id(workspace: Workspace) -> int:
    """A dossier that exists before the window looks: its history is not news."""
    factories.submission(NUMBER)
    return factories.dossier(NUMBER).id


@pytest.fixture
def live_with(workspace: Workspace, dossier_id: int) -> Iterator[Callable[[TaskRunner], LiveUpdates]]:
    """Starts live updates on the given task runner; stops them and the runner after the test."""
    started: list[tuple[LiveUpdates, TaskRunner]] = []

    def start(tasks: TaskRunner) -> LiveUpdates:
        live = LiveUpdates(workspace, tasks)
        live.start()
        started.append((live, tasks))
        return live

    yield start
    for live, tasks in started:
        live.stop()
        tasks.shutdown()


@pytest.fixture
def live(live_with: Callable[[TaskRunner], LiveUpdates]) -> LiveUpdates:
    return live_with(TaskRunner())


def put_on_hold_elsewhere() -> None:
    """Another connection: peewee gives each thread its own."""

    def change() -> None:
        DossierService().change_status(NUMBER, DossierStatus.ON_HOLD, actor="tech2")
        database_proxy.close()

    writer = threading.Thread(target=change)
    writer.start()
    writer.join(timeout=30)


def test_a_change_committed_on_another_connection_arrives_within_two_seconds(
    qtbot: QtBot, live: LiveUpdates, dossier_id: int
) -> None:
    with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS) as arrived:
        put_on_hold_elsewhere()
    assert arrived.args == [Changes(dossiers=frozenset({dossier_id}), queues=True)]


def test_a_change_made_by_another_process_arrives_within_two_seconds(
    qtbot: QtBot, workspace: Workspace, live: LiveUpdates, dossier_id: int
) -> None:
    with OtherWorkstation(workspace.root) as other:
        with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS) as arrived:
            other.change_status(NUMBER, DossierStatus.ON_HOLD)
    assert arrived.args == [Changes(dossiers=frozenset({dossier_id}), queues=True)]


def test_nothing_is_announced_while_nothing_changes(qtbot: QtBot, live: LiveUpdates) -> None:
    with qtbot.assertNotEmitted(live.changed, wait=1_500):
        pass


def test_looks_do_not_pile_up_behind_a_slow_one(
    qtbot: QtBot, live_with: Callable[[TaskRunner], LiveUpdates], dossier_id: int
) -> None:
    held = HeldExecutor()
    live = live_with(TaskRunner(io_executor=held))
    qtbot.waitUntil(lambda: held.submitted == 1, timeout=DEADLINE_MS)  # the first look, held
    put_on_hold_elsewhere()
    qtbot.wait(1_200)  # a timer tick (SQLite) or a notification (PostgreSQL) asks again meanwhile
    assert held.submitted == 1
    with qtbot.waitSignal(live.changed, timeout=DEADLINE_MS) as arrived:
        held.release.set()
    assert arrived.args == [Changes(dossiers=frozenset({dossier_id}), queues=True)]
    qtbot.waitUntil(lambda: held.submitted >= 2, timeout=DEADLINE_MS)  # the look asked for meanwhile, once


def listening(workspace: Workspace) -> int:
    """The listener connections the server has for this database (none on SQLite)."""
    if not isinstance(workspace.database, peewee.PostgresqlDatabase):
        return 0
    query = (
        "SELECT count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND application_name = 'telvalid-listener'"
    )
    return int(workspace.database.execute_sql(query).fetchone()[0])


def test_stop_ends_the_listening_thread_and_its_connection_at_once(
    qtbot: QtBot, workspace: Workspace, live: LiveUpdates
) -> None:
    postgres = isinstance(workspace.database, peewee.PostgresqlDatabase)
    qtbot.waitUntil(lambda: listening(workspace) == int(postgres), timeout=DEADLINE_MS)
    begun = time.monotonic()
    live.stop()
    assert time.monotonic() - begun < 1.0  # the thread was blocked waiting for the server
    assert not [thread for thread in threading.enumerate() if thread.name == "telvalid-listen"]
    qtbot.waitUntil(lambda: listening(workspace) == 0, timeout=DEADLINE_MS)
    live.stop()  # a second stop (a window closed twice) does nothing
