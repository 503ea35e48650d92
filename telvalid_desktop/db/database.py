"""Open the workspace database (SQLite file, or a shared PostgreSQL server) and bind the models.

One workstation uses SQLite in its workspace; several share a PostgreSQL server, named by a
URL (``postgresql://user@host:5432/telvalid``; ``TELVALID_DATABASE``, ``--database`` or the
settings). The same models, queries and migrations run on both.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeVar
from urllib.parse import SplitResult, unquote, urlsplit

import peewee
from playhouse.shortcuts import ReconnectMixin

from telvalid_desktop.db.migrations import migrate
from telvalid_desktop.db.models import database_proxy

AnyModel = TypeVar("AnyModel", bound=peewee.Model)

DATABASE_ENV = "TELVALID_DATABASE"
SQLITE_FILE = "telvalid.sqlite3"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",  # readers never block the single writer
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 10_000,
}
POSTGRES_SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 5  # a server that does not answer is reported, not waited for
# What a change meets when the database server goes away mid-way (the window says so; nothing was saved).
CONNECTION_LOST: tuple[type[Exception], ...] = (peewee.OperationalError, peewee.InterfaceError)


class SharedDatabase(ReconnectMixin, peewee.PostgresqlDatabase):
    """PostgreSQL that reconnects once when the server dropped an idle connection (restart, failover).

    peewee's mixin only does so outside a transaction: a change cut midway is refused, never
    replayed half-done; the caller says so and the user does it again.
    """

    reconnect_errors = (
        (peewee.OperationalError, "server closed the connection"),
        (peewee.OperationalError, "terminating connection"),
        (peewee.InterfaceError, "connection already closed"),
    )


class DatabaseUnavailable(Exception):  # noqa: N818 - reads as a sentence where it is raised
    """The database server cannot be reached (down, network, credentials): say so and try again."""

    def __init__(self, url: str, detail: str) -> None:
        super().__init__(f"{redacted(url)}: {detail}")
        self.url = redacted(url)
        self.detail = detail


class DatabaseUrlError(ValueError):
    """The database URL names nothing this application can open; ``reason`` says why, as a code:
    ``scheme`` (neither sqlite nor postgresql), ``sqlite_path`` (no file, or a host), ``port``."""

    def __init__(self, url: str, reason: str = "scheme") -> None:
        super().__init__(url)
        self.reason = reason


def configured_url(given: str | None = None) -> str:
    """The URL given (``--database``), else ``TELVALID_DATABASE``, else "" (SQLite in the workspace)."""
    return (given or os.environ.get(DATABASE_ENV, "")).strip()


def sqlite_url(workspace_root: Path) -> str:
    """The URL of a workspace's own SQLite file, whatever server TELVALID_DATABASE names (the demo keeps its own)."""
    return f"sqlite:///{workspace_root.expanduser().resolve() / SQLITE_FILE}"


def is_postgres(url: str) -> bool:
    return urlsplit(url).scheme in POSTGRES_SCHEMES


def parse_url(url: str) -> SplitResult:
    """The parts of a non-empty ``url``, once sure they name something ``connect`` can open.

    Raises ``DatabaseUrlError`` (with its ``reason``) otherwise; the settings dialog checks a
    typed address with it before anything is saved.
    """
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        if parts.netloc or not unquote(parts.path).strip("/"):
            raise DatabaseUrlError(url, "sqlite_path")
    elif parts.scheme in POSTGRES_SCHEMES:
        try:
            parts.port  # noqa: B018 - reading it checks it (not a number, out of range)
        except ValueError as bad:
            raise DatabaseUrlError(url, "port") from bad
    else:
        raise DatabaseUrlError(url)
    return parts


def sqlite_path(url: str, workspace_root: Path) -> Path | None:
    """The SQLite file ``url`` names ("": the workspace's own); None for a server."""
    if not url:
        return workspace_root / SQLITE_FILE
    parts = parse_url(url)
    return Path(unquote(parts.path)) if parts.scheme == "sqlite" else None


def connect(url: str, workspace_root: Path) -> peewee.Database:
    """The database ``url`` names ("" or sqlite:///PATH: a SQLite file), not yet opened."""
    path = sqlite_path(url, workspace_root)
    if path is not None:
        return _sqlite(path)
    parts = parse_url(url)
    return SharedDatabase(
        unquote(parts.path.lstrip("/")) or "telvalid",
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        host=parts.hostname,  # None: the local server's socket
        port=parts.port,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="telvalid",
    )


def _sqlite(path: Path) -> peewee.SqliteDatabase:
    """Transactions take the write lock when they begin (IMMEDIATE): in WAL mode a transaction that
    read and then writes after another one committed fails at once ("database is locked", no wait);
    taking the lock first makes concurrent changes wait their turn (busy_timeout) instead."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")


def for_change(query: peewee.ModelSelect[AnyModel]) -> peewee.ModelSelect[AnyModel]:
    """``query`` locking the rows it reads until the commit (PostgreSQL ``FOR UPDATE``): a change
    that must build on the latest version waits for a concurrent one instead of failing on it.
    SQLite's transactions already hold the write lock from their start."""
    if isinstance(database_proxy.obj, peewee.PostgresqlDatabase):
        return query.for_update()
    return query


def one_at_a_time(name: str) -> None:
    """Inside a transaction: wait until no other transaction holds ``name``, then hold it to the commit.

    PostgreSQL: a transaction advisory lock (several workstations exporting at once queue up
    instead of racing). SQLite: nothing to do, its single writer lock already serialises.
    """
    database = database_proxy.obj
    if isinstance(database, peewee.PostgresqlDatabase):
        database.execute_sql("SELECT pg_advisory_xact_lock(hashtext(%s))", (name,))


def redacted(url: str) -> str:
    """The URL without its password, for messages and logs."""
    parts = urlsplit(url)
    if not parts.password:
        return url
    return parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@")).geturl()


def open_database(url: str, workspace_root: Path) -> peewee.Database:
    """Connect, bind the models and bring the schema up to date (once, whoever starts first).

    Raises ``DatabaseUnavailable`` when the server does not answer (the caller retries).
    """
    database = connect(url, workspace_root)
    database_proxy.initialize(database)
    _connect_or_say_why(database, url)
    migrate(database)
    return database


def server_version(url: str) -> str:
    """Connect once to the PostgreSQL server ``url`` names and say its version ("15.4"), for a
    settings dialog's "test" button; the models stay bound to the database in use.

    Raises ``DatabaseUrlError`` for an address that names no server, ``DatabaseUnavailable``
    when the server does not answer within ``CONNECT_TIMEOUT_S`` or refuses the login.
    """
    if not is_postgres(url):
        raise DatabaseUrlError(url, "scheme")
    database = connect(url, Path())
    _connect_or_say_why(database, url)
    try:
        (version,) = database.execute_sql("SHOW server_version").fetchone()
    finally:
        database.close()
    return str(version).split()[0]


def _connect_or_say_why(database: peewee.Database, url: str) -> None:
    try:
        database.connect(reuse_if_open=True)
    except (peewee.OperationalError, peewee.InterfaceError) as failure:
        raise DatabaseUnavailable(url, str(failure).strip().splitlines()[0]) from failure


def close_thread_connection() -> None:
    """peewee keeps one connection per thread: a worker thread closes its own before it ends."""
    if database_proxy.obj is not None:
        database_proxy.close()
