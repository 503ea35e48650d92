"""Backup and restore round trip a workspace (database, scans, letters), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import build_services
from telvalid_desktop.core.correspondence.letterhead import write_letterhead
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.maintenance.backup import BackupError, backup_workspace, restore_workspace
from telvalid_desktop.core.maintenance.workspace_check import check_workspace
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.database import connect, is_postgres
from telvalid_desktop.db.models import Dossier, DossierEvent, Letter, Page, StoredFile
from telvalid_desktop.db.store import sha256_of
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD
from tests.gui.conftest import digital_form
from tests.shared_database import test_database_url as suite_database_url


@pytest.fixture
def restore_url(tmp_path: Path) -> Iterator[str]:
    """Where to restore: a new SQLite file, or a second, empty PostgreSQL database."""
    url = suite_database_url()
    if not is_postgres(url):
        yield ""
        return
    target = url.rsplit("/", 1)[0] + "/" + url.rsplit("/", 1)[1] + "_restore"
    admin = connect(url, tmp_path)
    admin.connect()
    admin.connection().autocommit = True
    name = target.rsplit("/", 1)[1]
    admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.execute_sql(f'CREATE DATABASE "{name}"')
    yield target
    admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def _filled(workspace: Workspace, folder: Path) -> None:
    ingest = IngestService(workspace, PageWorkers(0), DossierService(), user="mailroom")
    for name, number in (("a.pdf", "48151623"), ("b.pdf", "48151629")):
        ingest.ingest(digital_form(folder / name, number, pages=2))
    services = build_services(workspace, Settings(), "tech1")
    services.validation.put_on_hold("48151623", "tech1", ["rib"], "RIB manquant")
    write_letterhead(DEMO_LETTERHEAD, "chef")
    services.letters.write_hold_letter(Dossier.get(Dossier.procedure_number == "48151623").id, "tech1")


def _contents() -> tuple[object, ...]:
    return (
        sorted(StoredFile.select(StoredFile.sha256).tuples()),
        Page.select().count(),
        sorted(Dossier.select(Dossier.procedure_number, Dossier.status, Dossier.version).tuples()),
        DossierEvent.select().count(),
        sorted(Letter.select(Letter.path, Letter.sha256).tuples()),
    )


def test_a_workspace_round_trips_through_a_backup(workspace: Workspace, tmp_path: Path, restore_url: str) -> None:
    _filled(workspace, tmp_path)
    before = _contents()
    report = backup_workspace(workspace, tmp_path / "backup")
    assert report.stored_files == 2 and report.bytes > 0
    assert stat.S_IMODE((tmp_path / "backup").stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) & 0o077 == 0 for p in (tmp_path / "backup").rglob("*"))
    workspace.close()

    restored = restore_workspace(tmp_path / "backup", tmp_path / "restored", restore_url)
    try:
        assert _contents() == before
        for sha256, media_type in StoredFile.select(StoredFile.sha256, StoredFile.media_type).tuples():
            assert sha256_of(restored.store.path_for(sha256, media_type)) == sha256
        for path, sha256 in Letter.select(Letter.path, Letter.sha256).tuples():
            assert sha256_of(restored.root / path) == sha256
        report = check_workspace(restored, repair=False)
        assert report.clean and report.findings == [], report.text()
    finally:
        restored.close()


def test_a_restore_never_overwrites_a_workspace(workspace: Workspace, tmp_path: Path) -> None:
    _filled(workspace, tmp_path)
    backup_workspace(workspace, tmp_path / "backup")
    with pytest.raises(BackupError, match="exists already"):
        backup_workspace(workspace, tmp_path / "backup")
    with pytest.raises(BackupError, match="not empty"):
        restore_workspace(tmp_path / "backup", workspace.root, workspace.database_url)
    (tmp_path / "backup" / "telvalid.sqlite3").unlink(missing_ok=True)
    (tmp_path / "backup" / "database.pgdump").unlink(missing_ok=True)
    with pytest.raises(BackupError, match="missing or damaged"):
        restore_workspace(tmp_path / "backup", tmp_path / "elsewhere")
    assert isinstance(workspace.database, peewee.Database)


def test_the_command_line_backs_up_and_restores(
    workspace: Workspace, tmp_path: Path, restore_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _filled(workspace, tmp_path)
    root, before = workspace.root, _contents()
    workspace.close()
    assert cli.main(["--workspace", str(root), "backup", str(tmp_path / "saved"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["stored_files"] == 2
    restore = ["--workspace", str(tmp_path / "again"), *(["--database", restore_url] if restore_url else [])]
    assert cli.main(["restore", str(tmp_path / "saved"), *restore]) == 0  # as the README writes it
    assert cli.main([*restore, "restore", str(tmp_path / "saved")]) == 1  # never over existing work
    assert "Restauration impossible" in capsys.readouterr().err
    assert cli.main([*restore, "check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["problems"] == 0
    again = open_workspace(tmp_path / "again", restore_url)
    try:
        assert _contents() == before
    finally:
        again.close()
