"""Customers' documents are readable by their owner only: the workspace, its database, its files."""

from __future__ import annotations

import stat
from pathlib import Path

from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.database import SQLITE_FILE
from telvalid_desktop.db.store import sha256_of


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_workspace_its_database_and_stored_files_are_private(tmp_path: Path) -> None:
    workspace = open_workspace(tmp_path / "ws")
    try:
        assert _mode(workspace.root) == 0o700
        if (workspace.root / SQLITE_FILE).exists():  # SQLite: the file is in the workspace
            assert _mode(workspace.root / SQLITE_FILE) == 0o600
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 a RIB")
        stored = workspace.store.put(scan, sha256_of(scan), "application/pdf")
        assert _mode(stored) == 0o400
        assert all(_mode(folder) & 0o077 == 0 for folder in stored.parents if workspace.root in folder.parents)
        created = workspace.root / "letters" / "a.txt"
        created.parent.mkdir()
        created.write_text("lettre", encoding="utf-8")
        assert _mode(created) == 0o600 and _mode(created.parent) == 0o700  # whatever the code that writes it
    finally:
        workspace.close()


def test_a_workspace_opened_again_is_made_private_again(workspace: Workspace) -> None:
    workspace.root.chmod(0o755)
    again = open_workspace(workspace.root)
    assert _mode(again.root) == 0o700
