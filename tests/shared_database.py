"""The suite on a real PostgreSQL server: ``TELVALID_TEST_DATABASE=postgresql:///telvalid_test``.

Every workspace the suite opens (fixtures, the CLI, the subprocesses it starts) then uses
that database, emptied before each test like a fresh SQLite file would be.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import peewee
import pytest

from telvalid_desktop.config import Settings, save_settings, settings_path
from telvalid_desktop.db.database import DATABASE_ENV, connect, is_postgres, sqlite_url

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


def team_database_in_settings(root: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Name the team's database in the user's settings only (no flag, no environment), with the
    shared workspace folder ``root / "shared"``; its URL: the suite's server, else a SQLite file
    outside that folder."""
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    (root / "server").mkdir(exist_ok=True)
    url = test_database_url() or sqlite_url(root / "server")
    save_settings(Settings(workspace=str(root / "shared"), database_url=url), settings_path())
    return url
