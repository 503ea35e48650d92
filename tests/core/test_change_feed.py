"""Changes made elsewhere reach a window's feed once, on SQLite and PostgreSQL; the PostgreSQL
listener wakes soon after a commit and outlives the loss of its connection."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import peewee
import pytest

from telvalid_desktop.core.change_feed import ChangeFeed, ChangeListener, listener_for
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.lifecycle.dossiers import DossierService, record_change
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import PageOperation, database_proxy
from telvalid_desktop.domain import DossierStatus
from tests import shared_database
from tests.core import factories

REPO = Path(__file__).resolve().parents[2]
WAKE_BOUND_S = 1.0  # a notification arrives in milliseconds; generous for a loaded machine
postgres_only = pytest.mark.skipif(
    not shared_database.test_database_url(), reason="LISTEN/NOTIFY and concurrent writers: PostgreSQL"
)

_WRITER = """
import sys, time
from pathlib import Path
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import open_workspace
workspace = open_workspace(Path(sys.argv[1]))
print("ready", flush=True)
for line in sys.stdin:
    number, status = line.split()
    DossierService().change_status(number, DossierStatus(status), actor=sys.argv[2])
    print(time.monotonic(), flush=True)
workspace.close()
"""


class OtherWorkstation:
    """Owns a second process on the same workspace that changes a dossier's status on demand."""

    def __init__(self, root: Path, actor: str = "tech2") -> None:
        command = [sys.executable, "-c", _WRITER, str(root), actor]
        self.process = subprocess.Popen(command, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._reply() == "ready"

    def change_status(self, number: str, status: DossierStatus) -> float:
        """Returns once the change is committed: when it was (``time.monotonic``, system-wide)."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{number} {status.value}\n")
        self.process.stdin.flush()
        return float(self._reply())

    def _reply(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def __enter__(self) -> OtherWorkstation:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0
        self.process.stdout.close()


def dossier_id(number: str) -> int:
    factories.submission(number)
    return factories.dossier(number).id


def test_a_fresh_feed_does_not_replay_history(workspace: Workspace) -> None:
    factories.submission(None)
    dossier_id("11111111")
    DossierService().change_status("11111111", DossierStatus.ON_HOLD, actor="tech2")
    assert ChangeFeed().poll() == Changes()


def test_a_change_made_by_another_process_appears_exactly_once(workspace: Workspace) -> None:
    changed = dossier_id("22222222")
    feed = ChangeFeed()
    with OtherWorkstation(workspace.root) as other:
        other.change_status("22222222", DossierStatus.ON_HOLD)
    assert feed.poll() == Changes(dossiers=frozenset({changed}), queues=True)
    assert feed.poll() == Changes()


def test_own_changes_are_heard_too(workspace: Workspace) -> None:
    """The same login may have two windows: each must hear what the other did."""
    mine, theirs = dossier_id("33333333"), dossier_id("44444444")
    feed = ChangeFeed()
    DossierService().change_status("33333333", DossierStatus.ON_HOLD, actor="tech1")
    DossierService().change_status("44444444", DossierStatus.ON_HOLD, actor="tech2")
    assert feed.poll() == Changes(dossiers=frozenset({mine, theirs}), queues=True)


def test_queues_change_with_a_status_a_new_dossier_a_submission_or_a_page_operation(workspace: Workspace) -> None:
    noted = dossier_id("55555555")
    feed = ChangeFeed()
    with database_proxy.atomic():
        record_change(factories.dossier("55555555"), "tech2", "item_ticked", "rib")
    assert feed.poll() == Changes(dossiers=frozenset({noted}))  # same status: the queues stay as they were
    created = dossier_id("66666666")
    assert feed.poll() == Changes(dossiers=frozenset({created}), queues=True)
    factories.submission(None)
    assert feed.poll() == Changes(queues=True)
    PageOperation.create(actor="tech2", kind="move", payload="{}")
    assert feed.poll() == Changes(queues=True)
    assert feed.poll() == Changes()


@postgres_only
def test_a_transaction_committed_after_a_later_one_is_not_missed(workspace: Workspace) -> None:
    """Sequence ids are taken at insert: the feed must come back for the lower id once it commits."""
    first, second = dossier_id("77777777"), dossier_id("88888888")
    feed = ChangeFeed()
    inserted, release = threading.Event(), threading.Event()

    def slow_change() -> None:
        with database_proxy.atomic():
            record_change(factories.dossier("77777777"), "tech2", "item_ticked", "rib")
            inserted.set()
            release.wait(timeout=30)
        database_proxy.close()

    writer = threading.Thread(target=slow_change)
    writer.start()
    assert inserted.wait(timeout=30)
    DossierService().change_status("88888888", DossierStatus.ON_HOLD, actor="tech2")
    assert feed.poll() == Changes(dossiers=frozenset({second}), queues=True)
    release.set()
    writer.join(timeout=30)
    assert feed.poll() == Changes(dossiers=frozenset({first}))
    assert feed.poll() == Changes()


def test_only_postgresql_has_a_listener(workspace: Workspace) -> None:
    listener = listener_for(workspace.database)
    assert (listener is not None) == isinstance(workspace.database, peewee.PostgresqlDatabase)
    if listener is not None:
        listener.close()


def test_a_listener_without_a_server_waits_quietly() -> None:
    listener = ChangeListener(peewee.PostgresqlDatabase("telvalid", host="127.0.0.1", port=1, connect_timeout=2))
    assert listener.wait(0.05) is False
    listener.interrupt()
    assert listener.wait(30) is False  # the interrupt ends the wait at once
    listener.close()


@pytest.fixture
def number(workspace: Workspace) -> str:
    """A dossier made before the listener listens."""
    dossier_id("12121212")
    return "12121212"


@pytest.fixture
def listener(workspace: Workspace, number: str) -> Iterator[ChangeListener]:
    listener = listener_for(workspace.database)
    assert listener is not None
    assert listener.wait(5)  # connected: whatever happened before was not heard, so look
    yield listener
    listener.close()


def assert_wakes_soon(listener: ChangeListener, number: str) -> None:
    DossierService().change_status(number, DossierStatus.ON_HOLD, actor="tech2")  # not the listener's connection
    committed = time.monotonic()
    assert listener.wait(5)
    assert time.monotonic() - committed < WAKE_BOUND_S


@postgres_only
def test_the_listener_wakes_soon_after_a_commit_elsewhere(listener: ChangeListener, number: str) -> None:
    assert listener.wait(0.1) is False  # nothing happened
    assert_wakes_soon(listener, number)
    listener.interrupt()
    assert listener.wait(30) is False


@postgres_only
def test_the_listener_survives_the_loss_of_its_connection(
    workspace: Workspace, listener: ChangeListener, number: str
) -> None:
    killed = workspace.database.execute_sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = current_database() AND application_name = 'telvalid-listener'"
    ).fetchall()
    assert killed == [(True,)]
    assert listener.wait(5)  # lost, listening again, and says to look: nothing was heard meanwhile
    assert_wakes_soon(listener, number)
