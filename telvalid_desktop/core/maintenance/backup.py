"""Backup and restore of a workspace: its database and the files the database names.

Consistent while the app runs. The database is copied first, as one snapshot (SQLite's
online backup; PostgreSQL's ``pg_dump`` on a snapshot the backup also reads), and the
files are the ones *that snapshot* names: stored files are never modified once written and
are in the store before their row commits, so every one of them is there to copy. Files
added after the snapshot are simply not in this backup. Derived files (crops) are not
copied: they are rebuilt from the scans.

A backup is a folder readable only by its owner: ``manifest.json``, the database
(``telvalid.sqlite3`` or ``database.pgdump``), ``store/``, ``letters/``, ``quarantine/``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import peewee

from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.database import SQLITE_FILE, configured_url, is_postgres
from telvalid_desktop.db.migrations import current_version
from telvalid_desktop.db.store import DocumentStore, sha256_of
from telvalid_desktop.privacy import private_folder, private_tree

FORMAT = 1
MANIFEST = "manifest.json"
PG_DUMP = "database.pgdump"
COPIED_FOLDERS = ("letters", "quarantine")


class BackupError(CoreError):
    """A backup cannot be made or restored (tool missing, target not empty, damaged backup)."""


@dataclass(frozen=True)
class BackupReport:
    """What a backup holds."""

    path: Path
    backend: str
    schema_version: int
    stored_files: int
    bytes: int
    seconds: float


def backup_workspace(workspace: Workspace, out: Path) -> BackupReport:
    """Write a backup of ``workspace`` into the new folder ``out``."""
    started = time.monotonic()
    out = Path(out).absolute()
    if out.exists():
        raise BackupError(f"{out} exists already: a backup goes to a new folder")
    private_folder(out)
    if is_postgres(workspace.database_url):
        backend, files = "postgresql", _dump_postgres(workspace, out / PG_DUMP)
    else:
        backend, files = "sqlite", _copy_sqlite(workspace, out / SQLITE_FILE)
    for sha256, media_type in files:
        source = workspace.store.path_for(sha256, media_type)
        target = DocumentStore(out / "store").path_for(sha256, media_type)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for folder in COPIED_FOLDERS:
        if (workspace.root / folder).is_dir():
            shutil.copytree(workspace.root / folder, out / folder)
    database_file = out / (PG_DUMP if backend == "postgresql" else SQLITE_FILE)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "backend": backend,
        "schema_version": current_version(workspace.database),
        "stored_files": len(files),
        "database_file": database_file.name,
        "database_sha256": sha256_of(database_file),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    private_tree(out)
    size = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    return BackupReport(out, backend, int(manifest["schema_version"]), len(files), size, time.monotonic() - started)


def _copy_sqlite(workspace: Workspace, target: Path) -> list[tuple[str, str]]:
    """SQLite's online backup (pages copied while others write), then the files that copy names."""
    source = workspace.database.connection()
    with sqlite3.connect(target) as copy:
        source.backup(copy)
    with sqlite3.connect(target) as copy:
        return [(row[0], row[1]) for row in copy.execute("SELECT sha256, media_type FROM stored_file")]


def _dump_postgres(workspace: Workspace, target: Path) -> list[tuple[str, str]]:
    """``pg_dump`` of an exported snapshot, and the stored files read in that same snapshot."""
    if shutil.which("pg_dump") is None:
        raise BackupError("pg_dump is missing: install PostgreSQL's client programs (postgresql-client)")
    database = workspace.database
    with _snapshot(database) as snapshot:
        files = [(row[0], row[1]) for row in database.execute_sql("SELECT sha256, media_type FROM stored_file")]
        _run(["pg_dump", "--format=custom", f"--snapshot={snapshot}", f"--file={target}", workspace.database_url])
    return files


@contextmanager
def _snapshot(database: peewee.Database) -> Iterator[str]:
    """A REPEATABLE READ transaction whose snapshot ``pg_dump`` may share, held open meanwhile."""
    with database.atomic():
        database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        (snapshot,) = database.execute_sql("SELECT pg_export_snapshot()").fetchone()
        yield str(snapshot)


def _run(command: list[str]) -> None:
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise BackupError(f"{command[0]} failed: {finished.stderr.strip()}")


def restore_workspace(backup: Path, root: Path, database_url: str | None = None) -> Workspace:
    """A new workspace at ``root`` (empty or absent) holding the backup; its database must be empty too."""
    manifest = _manifest(backup)
    root = Path(root).absolute()
    if root.exists() and any(root.iterdir()):
        raise BackupError(f"{root} is not empty: restore into a new folder")
    url = configured_url(database_url)
    if (manifest["backend"] == "postgresql") != is_postgres(url):
        raise BackupError(f"a {manifest['backend']} backup restores into the same kind of database")
    private_folder(root)
    if is_postgres(url):
        _ensure_empty_postgres(root, url)
        _run(["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={url}", str(backup / PG_DUMP)])
    else:
        shutil.copyfile(backup / SQLITE_FILE, root / SQLITE_FILE)
    for folder in ("store", *COPIED_FOLDERS):
        if (backup / folder).is_dir():
            shutil.copytree(backup / folder, root / folder)
    private_tree(root)
    return open_workspace(root, url)  # a backup of an older version is migrated here


def _manifest(backup: Path) -> dict[str, object]:
    try:
        manifest = json.loads((backup / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as unreadable:
        raise BackupError(f"{backup} is not a TelValid backup ({unreadable})") from unreadable
    database_file = backup / str(manifest.get("database_file", ""))
    if not database_file.is_file() or sha256_of(database_file) != manifest.get("database_sha256"):
        raise BackupError(f"{backup}: its database file is missing or damaged")
    return dict(manifest)


def _ensure_empty_postgres(root: Path, url: str) -> None:
    """Restoring over a database that holds a workspace would mix two back offices' dossiers."""
    from telvalid_desktop.db.database import connect  # noqa: PLC0415 - only for this check

    database = connect(url, root)
    with database.connection_context():
        if current_version(database) != 0 or database.get_tables():
            raise BackupError(f"the database {url} is not empty: restore into a new, empty database")
