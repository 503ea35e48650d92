"""The document store keeps each content once, read-only; the schema is versioned."""

from __future__ import annotations

import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import peewee
import pytest

from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.migrations import LATEST_VERSION, SchemaTooNew, current_version, migrate
from telvalid_desktop.db.models import ALL_MODELS, SchemaVersion
from telvalid_desktop.db.store import DocumentStore, StoredFileAltered, sha256_of, verified


def test_same_content_is_stored_once_and_read_only(tmp_path: Path) -> None:
    first = tmp_path / "a.pdf"
    second = tmp_path / "copy-of-a.pdf"
    first.write_bytes(b"%PDF-1.4 same bytes")
    second.write_bytes(b"%PDF-1.4 same bytes")
    store = DocumentStore(tmp_path / "store")
    digest = sha256_of(first)
    stored = store.put(first, digest, "application/pdf")
    assert store.put(second, sha256_of(second), "application/pdf") == stored
    assert stored.read_bytes() == b"%PDF-1.4 same bytes"
    assert not stored.stat().st_mode & stat.S_IWUSR
    assert [p.name for p in (tmp_path / "store").rglob("*") if p.is_file()] == [f"{digest}.pdf"]


def test_a_new_workspace_is_at_the_latest_schema(workspace: Workspace) -> None:
    assert current_version(workspace.database) == LATEST_VERSION
    assert migrate(workspace.database) == LATEST_VERSION  # idempotent
    if isinstance(workspace.database, peewee.SqliteDatabase):
        assert workspace.database.journal_mode == "wal"


def test_a_newer_schema_is_refused(workspace: Workspace) -> None:
    SchemaVersion.create(version=LATEST_VERSION + 1)
    with pytest.raises(SchemaTooNew):
        migrate(workspace.database)


def test_sql_is_portable_no_sqlite_only_types(workspace: Workspace) -> None:
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            assert not isinstance(field, peewee.BareField), f"{model.__name__}.{field.name}"


def test_several_writers_of_the_same_file_at_once_end_with_one_whole_file(tmp_path: Path) -> None:
    """Workstations sharing the store may take in the same scan at the same moment."""
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 4000)
    digest = sha256_of(source)
    store = DocumentStore(tmp_path / "store")
    with ThreadPoolExecutor(max_workers=8) as pool:
        stored = set(pool.map(lambda _: store.put(source, digest, "application/pdf"), range(16)))
    assert len(stored) == 1
    (path,) = stored
    assert sha256_of(path) == digest and verified(path) == path
    assert [p.name for p in (tmp_path / "store").rglob("*") if p.is_file()] == [f"{digest}.pdf"]  # no temp left


def test_a_stored_file_altered_on_the_share_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"%PDF-1.4 original")
    store = DocumentStore(tmp_path / "store")
    path = store.put(source, sha256_of(source), "application/pdf")
    path.chmod(0o600)
    path.write_bytes(b"%PDF-1.4 altered")
    with pytest.raises(StoredFileAltered, match="content changed since it was stored"):
        verified(path)
