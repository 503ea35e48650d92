"""The dossier list's search through the trigram index (db/dossier_search.py), on SQLite and PostgreSQL:
accents and case ignored, every word somewhere, short words by LIKE, the index kept by the database."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import peewee
import pytest

from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db import dossier_search, migrations
from telvalid_desktop.db.dossier_queries import count_dossiers, fetch_dossier_rows
from telvalid_desktop.db.dossier_search import fold, search_condition
from telvalid_desktop.db.migrations import LATEST_VERSION, current_version
from telvalid_desktop.db.models import Dossier, KnownProcedure
from telvalid_desktop.read_models.dossiers import DossierFilter

# (number, customer, group, account); None: a dossier the manager's export does not know.
CUSTOMERS: tuple[tuple[str, str, str, str] | tuple[str, None, None, None], ...] = (
    ("10045123", "Élodie Martin", "GRP-0712", "ab12345-ovh"),
    ("10045124", "ELODIE DUBOIS", "GRP-0713", "cd67890-ovh"),
    ("20000001", "Zoé Durand", "GRP-0800", "ef11111-ovh"),
    ("20000002", "Jérôme Petit", "GRP-0801", "gh22222-ovh"),
    ("77712345", None, None, None),
)
SEARCH_STEP = migrations.STEPS.index(migrations._add_dossier_search_index)  # the steps before: the previous version


def _add(number: str, customer: str | None, group: str | None, account: str | None) -> None:
    if customer is not None:
        KnownProcedure.create(procedure_number=number, customer_name=customer, telephony_group=group, account=account)
    Dossier.create(procedure_number=number)


def _fill() -> None:
    for row in CUSTOMERS:
        _add(*row)


def _found(search: str) -> set[str]:
    """The numbers the list shows for ``search``; its count must say as many."""
    numbers = {row.procedure_number for row in fetch_dossier_rows(DossierFilter(search=search), 0, 100)}
    assert count_dossiers(DossierFilter(search=search)) == len(numbers), search
    return numbers


@pytest.fixture
def customers(workspace: Workspace) -> Workspace:
    _fill()
    return workspace


def test_fold_drops_accents_and_case_as_the_index_does() -> None:
    assert fold("Élodie ŒUF Straße Ÿ") == "elodie oeuf strasse y"
    assert fold("Андрей") == "андрей"  # not a Latin accent: kept as typed ("й" is not "и")


@pytest.mark.usefixtures("customers")
def test_accents_and_case_are_ignored_both_ways() -> None:
    assert _found("Elodie") == {"10045123", "10045124"}  # "Élodie" and "ELODIE"
    assert _found("élodie") == {"10045123", "10045124"}
    assert _found("ÉLODIE") == _found("elodie") == {"10045123", "10045124"}
    assert _found("zoe") == _found("ZOÉ") == {"20000001"}
    assert _found("JEROME") == _found("jérôme") == {"20000002"}
    assert _found("marTIN") == {"10045123"}


@pytest.mark.usefixtures("customers")
def test_part_of_a_number_a_group_or_an_account() -> None:
    assert _found("4512") == {"10045123", "10045124"}
    assert _found("045123") == {"10045123"}
    assert _found("grp-07") == {"10045123", "10045124"}
    assert _found("0801") == {"20000002"}  # the group GRP-0801
    assert _found("67890-OVH") == {"10045124"}  # the account
    assert _found("nobody") == set()


@pytest.mark.usefixtures("customers")
def test_every_word_must_match_somewhere() -> None:
    assert _found("élodie 4512") == {"10045123", "10045124"}
    assert _found("elodie dubois") == {"10045124"}
    assert _found("  dubois   grp-0713  cd678 ") == {"10045124"}  # name, group and account
    assert _found("elodie durand") == set()
    assert _found("duboisgrp") == set()  # a word never spans two columns


@pytest.mark.usefixtures("customers")
def test_a_dossier_without_a_known_procedure_is_found_by_its_number() -> None:
    assert _found("7771") == {"77712345"}
    assert _found("12345") == {"77712345", "10045123"}  # and account ab12345-ovh
    assert _found("7771 martin") == set()


@pytest.mark.usefixtures("customers")
def test_short_words_are_matched_too() -> None:
    """One or two letters have no trigram: LIKE on the same folded text, alone or with a long word."""
    assert _found("du") == {"10045124", "20000001"}  # Dubois, Durand
    assert _found("oé") == _found("OE") == {"20000001"}  # Zoé
    assert _found("rô") == _found("RO") == {"20000002"}  # Jérôme
    assert _found("é") == _found("e") == {"10045123", "10045124", "20000001", "20000002"}
    assert _found("du 4512") == {"10045124"}
    assert _found("77 5") == {"77712345"}
    assert _found("_1") == _found("1%") == _found("%") == set()  # LIKE wildcards are escaped
    assert _found('"élodie') == set()  # a quote in a word is a letter, not the query language


@pytest.mark.usefixtures("customers")
def test_the_index_follows_the_known_procedures_and_the_dossiers() -> None:
    _add("30000003", "Hélène Roux", "GRP-0900", "ij33333-ovh")
    assert _found("helene") == {"30000003"}
    Dossier.create(procedure_number="30000004")  # its procedure comes later, with the next export
    assert _found("30000004") == {"30000004"} and _found("bernard") == set()
    KnownProcedure.create(procedure_number="30000004", customer_name="Noël Bernard")
    assert _found("noel bernard") == {"30000004"}

    KnownProcedure.update(customer_name="Chloé Roux").where(KnownProcedure.procedure_number == "30000003").execute()
    assert _found("helene") == set() and _found("chloe") == {"30000003"}
    KnownProcedure.update(telephony_group="GRP-0900").execute()  # the same values again (an import)
    assert _found("chloe roux") == {"30000003"}
    KnownProcedure.update(procedure_number="30000005").where(KnownProcedure.procedure_number == "30000004").execute()
    assert _found("bernard") == set()  # its dossier lost its procedure
    KnownProcedure.delete().where(KnownProcedure.procedure_number == "30000003").execute()
    assert _found("chloe") == set() and _found("30000003") == {"30000003"}

    Dossier.update(procedure_number="30000006").where(Dossier.procedure_number == "30000004").execute()
    assert _found("30000004") == set() and _found("30000006") == {"30000006"}
    last = Dossier.create(procedure_number="30000007")
    last.delete_instance()
    Dossier.create(procedure_number="30000008")  # SQLite may give it the deleted one's id
    assert _found("30000007") == set() and _found("30000008") == {"30000008"}


def test_a_database_of_the_previous_version_gets_its_rows_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as previous:
        previous.setattr(migrations, "STEPS", migrations.STEPS[:SEARCH_STEP])
        previous.setattr(migrations, "LATEST_VERSION", SEARCH_STEP)
        old = open_workspace(tmp_path / "workspace")
        _fill()  # rows of a version without the search index
        old.close()
    workspace = open_workspace(tmp_path / "workspace")
    try:
        assert current_version(workspace.database) == LATEST_VERSION > SEARCH_STEP
        assert _found("Elodie") == {"10045123", "10045124"}
        assert _found("7771") == {"77712345"}
        _add("30000003", "Hélène Roux", "GRP-0900", "")
        assert _found("hélène") == {"30000003"}
    finally:
        workspace.close()


def test_without_the_index_the_former_search_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A role that may not create the extensions (or a SQLite without the tokenizer) still opens
    its workspace: LIKE on the columns, case ignored, accents not, and a warning in the log."""
    monkeypatch.setattr(dossier_search, "EXTENSIONS", ("telvalid_no_such_extension",))
    monkeypatch.setattr(dossier_search, "SQLITE_TOKENIZER", "telvalid_no_such_tokenizer")
    with caplog.at_level(logging.WARNING, logger=dossier_search.__name__):
        workspace = open_workspace(tmp_path / "workspace")
    try:
        assert current_version(workspace.database) == LATEST_VERSION
        assert "dossier search without its index" in caplog.text
        _fill()
        assert _found("martin") == {"10045123"}
        assert _found("Élodie") == {"10045123"}  # accents matter here
        assert _found("4512 dubois") == {"10045124"}
        assert _found("7771") == {"77712345"}
    finally:
        workspace.close()


@pytest.mark.usefixtures("customers")
def test_the_search_reads_the_index(workspace: Workspace) -> None:
    """The planner can use the index for the query as written (PostgreSQL: the pattern is folded
    when the query is planned; seq scans are turned off, the test table being too small to need it)."""
    query = Dossier.select(peewee.fn.COUNT(Dossier.id)).where(search_condition("élodie 4512"))
    sql, params = query.sql()
    database = workspace.database
    if isinstance(database, peewee.PostgresqlDatabase):
        with database.atomic():
            database.execute_sql("SET LOCAL enable_seqscan = off")
            plan = " ".join(row[0] for row in database.execute_sql(f"EXPLAIN {sql}", params).fetchall())
        assert "dossier_search_text" in plan and "'%elodie%'" in plan, plan
    else:
        plan = " ".join(row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
        assert "dossier_search VIRTUAL TABLE INDEX" in plan, plan


@pytest.mark.sqlite_only
def test_the_sqlite_triggers_need_nothing_from_the_application(workspace: Workspace) -> None:
    """Rows written by another program (the sqlite3 command line, a restore script) are indexed:
    the triggers are plain SQL, no function the application registers on its connections."""
    with sqlite3.connect(workspace.root / "telvalid.sqlite3") as other:
        other.execute(
            "INSERT INTO known_procedure (procedure_number, account, telephony_group, customer_name, customer_type,"
            " payment_method, imported_at) VALUES ('40000004', '', 'GRP-1000', 'Maëlle Lefèvre', '', '', '2026-01-01')"
        )
        other.execute(
            "INSERT INTO dossier (procedure_number, status, complement_received, version, created_at, updated_at)"
            " VALUES ('40000004', 'open', 0, 1, '2026-01-01', '2026-01-01')"
        )
    other.close()
    assert _found("maelle LEFEVRE") == {"40000004"}
