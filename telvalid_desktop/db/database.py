"""Open the workspace database and bind the models to it."""

from __future__ import annotations

from pathlib import Path

import peewee

from telvalid_desktop.db.migrations import migrate
from telvalid_desktop.db.models import database_proxy

SQLITE_PRAGMAS = {
    "journal_mode": "wal",  # readers never block the single writer
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 10_000,
}


def open_sqlite(path: Path) -> peewee.SqliteDatabase:
    """Open (creating and migrating if needed) the SQLite database at ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    database = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS)
    database_proxy.initialize(database)
    database.connect(reuse_if_open=True)
    migrate(database)
    return database
