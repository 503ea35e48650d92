"""A workspace: one folder holding the database, the document store and derived files."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

import peewee

from telvalid_desktop.db.database import open_sqlite
from telvalid_desktop.db.store import DocumentStore


def current_user() -> str:
    """Users are known by their operating-system login."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class Workspace:
    """Owns the paths of a workspace and its open database."""

    root: Path
    database: peewee.Database
    store: DocumentStore

    @property
    def derived(self) -> Path:
        """Rebuildable files (header crops, thumbnails)."""
        return self.root / "derived"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def close(self) -> None:
        self.database.close()


def open_workspace(root: Path) -> Workspace:
    """Create the folders if needed, open and migrate the database."""
    root = root.expanduser().resolve()
    root.mkdir(parents=True, exist_ok=True)
    database = open_sqlite(root / "telvalid.sqlite3")
    return Workspace(root=root, database=database, store=DocumentStore(root / "store"))
