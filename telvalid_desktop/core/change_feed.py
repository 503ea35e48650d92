"""What other workstations changed since the last look, so a window refreshes only that.

Every change to a dossier appends a history row, every envelope a submission and every page
move a page operation, all in the change's own transaction. ``ChangeFeed`` remembers the
highest id it has seen in each of these append-only tables and turns the rows above it into
a ``Changes``: a few indexed ``id > last`` queries, the same SQL on SQLite and PostgreSQL.
On PostgreSQL a ``ChangeListener`` tells when to look (LISTEN/NOTIFY, schema step 9);
SQLite has no such thing, so a SQLite window simply looks every second.
"""

from __future__ import annotations

import logging
import select
import socket
import time
from collections.abc import Iterable
from typing import Any

import peewee
import psycopg2
import psycopg2.extensions

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.db.migrations import CHANGES_CHANNEL
from telvalid_desktop.db.models import DossierEvent, PageOperation, Submission

log = logging.getLogger(__name__)

# On PostgreSQL ids come from a sequence when a row is written, not when it is committed: a
# transaction still open holds a lower id than one committed after it. An id missing below the
# highest seen is looked for again for a while (a rolled-back one never comes, and is let go).
GAP_PATIENCE_S = 60.0
GAP_RANGE = 256  # how far below the newest id a missing one is awaited
CREATED = "created"  # the history event of a new dossier: a queue gains a row without a status change


class _Cursor:
    """The highest id seen in one table and the ids below it not seen yet (id -> when first missed)."""

    def __init__(self, field: peewee.Field) -> None:
        self.field = field
        self.last = 0
        self.gaps: dict[int, float] = {}

    def start(self, now: float) -> None:
        """Begin at the end of the table: its latest rows are history, the holes between them are not."""
        latest = self.field.model.select(self.field).order_by(self.field.desc()).limit(GAP_RANGE)
        ids = [row_id for (row_id,) in latest.tuples()]
        self.last = min(ids, default=1) - 1
        self.saw(ids, now)

    def take(self, now: float, *fields: peewee.Field) -> list[Any]:
        """The rows not reported yet (id and ``fields``, as named tuples), now reported."""
        newer = self.field > self.last
        unseen = newer | self.field.in_(sorted(self.gaps)) if self.gaps else newer
        rows = list(self.field.model.select(self.field, *fields).where(unseen).namedtuples())
        self.saw((row.id for row in rows), now)
        return rows

    def saw(self, ids: Iterable[int], now: float) -> None:
        """Move past ``ids``; the ones skipped in between are awaited for ``GAP_PATIENCE_S``."""
        present = set(ids)
        for found in present:
            self.gaps.pop(found, None)
        newest = max(present, default=self.last)
        if newest > self.last:
            for missing in range(max(self.last + 1, newest - GAP_RANGE), newest):
                if missing not in present:
                    self.gaps.setdefault(missing, now)
            self.last = newest
        self.gaps = {gap: since for gap, since in self.gaps.items() if now - since < GAP_PATIENCE_S}


class ChangeFeed:
    """Owns one cursor per append-only table (history, submissions, page operations).

    Created at the current ends of the tables, so a new window does not replay history.
    ``poll`` is not thread-safe: one poll at a time (any thread, each with its own connection).
    """

    def __init__(self) -> None:
        self._events = _Cursor(DossierEvent.id)
        self._submissions = _Cursor(Submission.id)
        self._operations = _Cursor(PageOperation.id)
        now = time.monotonic()
        for cursor in (self._events, self._submissions, self._operations):
            cursor.start(now)

    def poll(self) -> Changes:
        """What was committed since the last poll, each row reported once, this user's own included:
        the same login may have two windows (the lead's two, or two workstations) and each must see
        what the other did; hearing its own change again costs one refresh of rows already current."""
        now = time.monotonic()
        events = self._events.take(
            now,
            DossierEvent.dossier,
            DossierEvent.actor,
            DossierEvent.event,
            DossierEvent.from_status,
            DossierEvent.to_status,
        )
        submissions = self._submissions.take(now)
        operations = self._operations.take(now)
        queues = (
            bool(submissions)
            or bool(operations)
            or any(event.event == CREATED or event.from_status != event.to_status for event in events)
        )
        return Changes(dossiers=frozenset(event.dossier for event in events), queues=queues)


class ChangeListener:
    """Owns a PostgreSQL connection of its own (autocommit) that LISTENs for committed changes.

    One thread calls ``wait`` in a loop; any thread may call ``interrupt``; ``close`` once that
    thread has ended. The connection is opened by the first ``wait`` (never in the caller's
    thread) and opened again after it drops (server restart): ``wait`` never raises.
    """

    def __init__(self, database: peewee.PostgresqlDatabase) -> None:
        self._database = database
        self._connection: psycopg2.extensions.connection | None = None
        self._wake_reader, self._wake_writer = socket.socketpair()  # select() on Windows takes sockets only
        self._wake_reader.setblocking(False)

    def wait(self, timeout_s: float) -> bool:
        """Block until a change is announced, ``interrupt`` is called or ``timeout_s`` passes.

        Returns True when something may have changed since the previous call: a notification,
        or a connection just (re)opened, as nothing was heard while there was none.
        """
        if self._connection is None:
            return self._reopen(timeout_s)
        deadline = time.monotonic() + timeout_s
        try:
            return self._listen(self._connection, deadline)
        except (psycopg2.Error, OSError, ValueError) as lost:
            log.warning("change listener lost the server (%s); listening again", str(lost).strip())
            self._drop()
            return self._reopen(max(0.0, deadline - time.monotonic()))

    def interrupt(self) -> None:
        """Make the current or next ``wait`` return False at once (safe from any thread)."""
        self._wake_writer.send(b"\0")

    def close(self) -> None:
        self._drop()
        self._wake_reader.close()
        self._wake_writer.close()

    def _listen(self, connection: psycopg2.extensions.connection, deadline: float) -> bool:
        """Read what the server sends until a notification (True), an interrupt or the deadline (False)."""
        while True:
            remaining = max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([connection, self._wake_reader], [], [], remaining)
            if connection not in ready:
                self._drain_wakes()
                return False
            connection.poll()  # a dying connection first delivers its last message, then raises
            if connection.notifies:
                connection.notifies.clear()
                return True

    def _reopen(self, timeout_s: float) -> bool:
        """Connect and LISTEN; without a server, wait out ``timeout_s`` (or an interrupt) and say nothing."""
        params = {**self._database.connect_params, "application_name": "telvalid-listener"}
        try:
            self._connection = psycopg2.connect(dbname=self._database.database, **params)
            self._connection.autocommit = True
            with self._connection.cursor() as cursor:
                cursor.execute(f"LISTEN {CHANGES_CHANNEL}")
        except psycopg2.Error as refused:
            log.warning("change listener cannot reach the server: %s", str(refused).strip())
            self._drop()
            select.select([self._wake_reader], [], [], timeout_s)
            self._drain_wakes()
            return False
        return True

    def _drop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _drain_wakes(self) -> None:
        try:
            while self._wake_reader.recv(64):
                pass
        except BlockingIOError:
            pass


def listener_for(database: peewee.Database) -> ChangeListener | None:
    """A listener on PostgreSQL; None on SQLite, which has no notifications (poll it instead)."""
    if isinstance(database, peewee.PostgresqlDatabase):
        return ChangeListener(database)
    return None
