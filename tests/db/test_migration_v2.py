"""A version-1 workspace is upgraded to version 2 and keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.migrations import LATEST_VERSION, current_version
from telvalid_desktop.db.models import (
    Claim,
    Dossier,
    DossierEvent,
    Letter,
    Page,
    RulesSnapshot,
    ValidationExport,
)

SCHEMA_V1 = Path(__file__).with_name("schema_v1.sql")


def _version_1_database(path: Path) -> None:
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
        connection.executescript(
            """
            INSERT INTO schema_version VALUES (1, '2026-01-01 00:00:00');
            INSERT INTO dossier VALUES (1, '48151623', 'on_hold', 0, 2, '2026-01-01 00:00:00', '2026-01-02 00:00:00');
            INSERT INTO dossier_event VALUES (1, 1, '2026-01-01 00:00:00', 'mailroom', 'created', 'open', 'open', 'f');
            INSERT INTO stored_file VALUES (1, 'ab', 'a.pdf', '/a.pdf', 'application/pdf', 10, 1, 'post',
                                            '2026-01-01 00:00:00', 'mailroom');
            INSERT INTO submission VALUES (1, 1, 0, '48151623', 1, 'header', 0, '', '2026-01-01 00:00:00');
            INSERT INTO page VALUES (1, 1, 0, 1, 0, 0, '48151623', 'text', 'header', 1.0, '', 0, '', 0, '');
            """
        )
    connection.close()


@pytest.mark.sqlite_only
def test_a_version_1_database_is_upgraded_and_keeps_its_rows(tmp_path: Path) -> None:
    _version_1_database(tmp_path / "workspace" / "telvalid.sqlite3")
    workspace = open_workspace(tmp_path / "workspace")
    try:
        assert current_version(workspace.database) == LATEST_VERSION >= 2
        dossier = Dossier.get_by_id(1)
        assert (dossier.procedure_number, dossier.status, dossier.version) == ("48151623", "on_hold", 2)
        assert (dossier.payment_method, dossier.customer_type, dossier.rules_version) == (None, None, None)
        assert Page.get_by_id(1).display_rotation == 0
        assert DossierEvent.select().count() == 1
        Claim.create(dossier=dossier, holder="tech")  # the new tables are there
        Page.update(display_rotation=90).execute()
        assert Page.get_by_id(1).display_rotation == 90
        assert dossier.superseded_by is None  # step 5
        assert (Letter.select().count(), ValidationExport.select().count(), RulesSnapshot.select().count()) == (0, 0, 0)
        assert "export_id" in {column.name for column in workspace.database.get_columns("validation")}
    finally:
        workspace.close()


@pytest.mark.sqlite_only
def test_a_version_4_database_gets_step_5_as_a_new_one_has_it(tmp_path: Path) -> None:
    """Steps 2 and later also run on databases created before them: rebuild a version-4 one from a new one."""
    root = tmp_path / "workspace"
    open_workspace(root).close()
    with sqlite3.connect(root / "telvalid.sqlite3") as connection:
        connection.executescript(
            """
            CREATE TABLE validation_v4 AS SELECT id, dossier_id, telephony_group, account, payment_method,
                renews_monthly, out_of_plan_allowance_eur, rules_version, actor, at FROM validation;
            DROP TABLE validation;
            ALTER TABLE validation_v4 RENAME TO validation;
            ALTER TABLE dossier DROP COLUMN superseded_by;
            DROP TABLE validation_export; DROP TABLE letter; DROP TABLE rules_snapshot;
            DELETE FROM schema_version WHERE version >= 5;
            """
        )
    connection.close()
    workspace = open_workspace(root)
    try:
        assert current_version(workspace.database) == LATEST_VERSION >= 5
        columns = {column.name for column in workspace.database.get_columns("validation")}
        indexes = {index.name for index in workspace.database.get_indexes("validation")}
        assert "export_id" in columns and "validation_export_id" in indexes
        assert workspace.database.table_exists("letter") and workspace.database.table_exists("validation_export")
    finally:
        workspace.close()
