"""The suite on a real PostgreSQL server: ``TELVALID_TEST_DATABASE=postgresql:///telvalid_test``.

Every workspace the suite opens (fixtures, the CLI, the subprocesses it starts) then uses
that database, emptied before each test like a fresh SQLite file would be.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import peewee

from telvalid_desktop.db.database import DATABASE_ENV, connect, is_postgres

TEST_DATABASE_ENV = "TELVALID_TEST_DATABASE"


def test_database_url() -> str:
    return os.environ.get(TEST_DATABASE_ENV, "").strip()


def route_workspaces_to(url: str) -> None:
    """Make every workspace opened by the suite (and its subprocesses) use ``url``."""
    if url:
        os.environ[DATABASE_ENV] = url


def empty(url: str) -> None:
    """Drop everything a test left: its tables, and the connections it left open (they would hold locks)."""
    if not is_postgres(url):
        return
    database = connect(url, workspace_root=None)  # type: ignore[arg-type]
    assert isinstance(database, peewee.PostgresqlDatabase), urlsplit(url).scheme
    with database.connection_context():
        database.execute_sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        database.execute_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
