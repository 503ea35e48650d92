"""A workspace: one folder holding the database, the document store and derived files."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path

import peewee

from telvalid_desktop.db.database import SQLITE_FILE, configured_url, open_database
from telvalid_desktop.db.store import DocumentStore
from telvalid_desktop.privacy import keep_new_files_private, private_folder, private_tree_files


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
    database_url: str = ""  # "" when the database is the SQLite file in ``root``

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


def open_workspace(root: Path, database_url: str | None = None) -> Workspace:
    """Create the folders if needed, open and migrate the database.

    ``database_url`` (else ``TELVALID_DATABASE``) names a shared PostgreSQL server; without
    one the database is a SQLite file in the workspace. With a shared server, ``root`` is the
    folder every workstation shares (the document store on a network share).
    """
    keep_new_files_private()
    root = private_folder(root.expanduser().resolve())
    url = configured_url(database_url)
    database = open_database(url, root)
    private_tree_files(root, SQLITE_FILE)
    return Workspace(root=root, database=database, store=DocumentStore(root / "store"), database_url=url)
