"""The demo workspace: built once through the real services, then read back like a newcomer would find it.

The database is read into plain values right after the build: on PostgreSQL every test starts
from an emptied database, so the facts are kept, not the rows.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop.core.correspondence.letters import local_date
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.maintenance.workspace_check import check_workspace
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.database import sqlite_url
from telvalid_desktop.db.models import Dossier, Hold, KnownProcedure, Letter, Page, StoredFile, Submission, User
from telvalid_desktop.demo import DEMO_MARKER, DemoNotBuilt, DemoSummary, build_demo, default_demo_root
from telvalid_desktop.intake.workers import PageWorkers
from tests import shared_database

pytestmark = pytest.mark.tesseract

# The seed gives the same customers and numbers on every machine (the guides' screenshots show them).
EXPECTED = {
    "16204842": ("split", "open"),
    "69967750": ("on_hold", "on_hold"),
    "13145037": ("superseded", "superseded"),
    "94951838": ("replacement", "open"),
    "11253739": ("validated", "validated"),
    "34196898": ("to_check", "open"),
    "31046028": ("email", "open"),
}
SPLIT, ON_HOLD, OLD, NEW, VALIDATED, COMPANY, EMAIL = EXPECTED


@dataclass(frozen=True)
class Built:
    """The demo as built, read back: the summary, the rows that matter, and what the examples did."""

    summary: DemoSummary
    statuses: dict[str, str]
    superseded_by: dict[str, str | None]
    arrivals: dict[str, list[tuple[datetime, str]]]  # number -> (received_at, channel) of each submission
    batch: list[tuple[str | None, str]]  # the day's batch file: each envelope's number and review reason
    separator_pages: int
    unsorted: list[str]  # review reason of each envelope without a dossier
    hold_items: str
    letter_rows: list[tuple[str, str]]  # (procedure number, path) of each letter
    known_procedures: int
    users: int
    check_problems: list[str]
    after_examples: dict[str, tuple[str, bool]]  # number -> (status, complement received)
    unsorted_after_examples: int


def _read_back(workspace: Workspace, summary: DemoSummary) -> dict[str, object]:
    arrivals: dict[str, list[tuple[datetime, str]]] = {}
    rows = (
        Submission.select(Dossier.procedure_number, Submission.received_at, StoredFile.channel)
        .join(Dossier)
        .switch(Submission)
        .join(StoredFile)
        .order_by(Submission.received_at, Submission.id)
        .tuples()
    )
    for number, at, channel in rows:
        arrivals.setdefault(number, []).append((at, channel))
    batch_file = StoredFile.get(StoredFile.original_name == summary.batch_file)
    report = check_workspace(workspace, repair=False)
    return {
        "statuses": {dossier.procedure_number: dossier.status for dossier in Dossier.select()},
        "superseded_by": {dossier.procedure_number: dossier.superseded_by for dossier in Dossier.select()},
        "arrivals": arrivals,
        "batch": [
            (submission.procedure_number, submission.review_reason)
            for submission in Submission.select().where(Submission.file == batch_file).order_by(Submission.position)
        ],
        "separator_pages": Page.select().where((Page.file == batch_file) & Page.is_separator).count(),
        "unsorted": [row.review_reason for row in Submission.select().where(Submission.dossier.is_null())],
        "hold_items": Hold.get().items,
        "letter_rows": [(letter.dossier.procedure_number, letter.path) for letter in Letter.select()],
        "known_procedures": KnownProcedure.select().count(),
        "users": User.select().count(),
        "check_problems": [finding.code for finding in report.findings],
    }


def _import_examples(workspace: Workspace, folder: Path) -> tuple[dict[str, tuple[str, bool]], int]:
    with PageWorkers(0) as workers:
        intake = IngestService(workspace, workers, DossierService(), user="mailroom")
        for path in sorted(folder.iterdir()):
            intake.ingest(path)
    statuses = {dossier.procedure_number: (dossier.status, dossier.complement_received) for dossier in Dossier.select()}
    return statuses, Submission.select().where(Submission.dossier.is_null()).count()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    shared_database.empty(shared_database.test_database_url())  # on PostgreSQL: what the previous module left
    root = tmp_path_factory.mktemp("demo") / "demo"
    steps: list[str] = []
    summary = build_demo(root, progress=steps.append)
    assert len(steps) >= 4
    workspace = open_workspace(root, summary.database_url or None)
    try:
        facts = _read_back(workspace, summary)
        after, unsorted_after = _import_examples(workspace, summary.examples)
    finally:
        workspace.close()
    return Built(summary=summary, after_examples=after, unsorted_after_examples=unsorted_after, **facts)  # type: ignore[arg-type]


def test_the_demo_holds_the_planned_dossiers_in_their_states(built: Built) -> None:
    assert built.statuses == {number: status for number, (_, status) in EXPECTED.items()}
    shown = {dossier.procedure_number: (dossier.scenario, dossier.status) for dossier in built.summary.dossiers}
    assert shown == EXPECTED
    assert built.known_procedures == len(EXPECTED) + 1  # and the newcomer of the examples


def test_the_split_dossier_has_two_submissions_on_two_days(built: Built) -> None:
    (first, _), (second, _) = built.arrivals[SPLIT]
    assert local_date(first) < local_date(second)
    assert local_date(first).weekday() < 5  # the mail of the previous working day
    assert built.summary.dossier("split").received_on == (local_date(first).isoformat(), local_date(second).isoformat())


def test_the_dossier_on_hold_has_its_letter_on_disk(built: Built) -> None:
    letter = built.summary.letter
    assert built.letter_rows == [(ON_HOLD, letter.relative_to(built.summary.root).as_posix())]
    assert letter.parent == built.summary.root / "letters" / ON_HOLD
    with pymupdf.open(letter) as document:
        text = " ".join(page.get_text() for page in document)
    assert ON_HOLD in text and "RIB" in text
    assert built.hold_items == '["rib"]'


def test_the_validated_dossier_is_in_the_billing_export(built: Built) -> None:
    with built.summary.export.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["procedure_number"], row["renews_monthly"]) for row in rows] == [(VALIDATED, "true")]


def test_exactly_one_envelope_waits_unsorted(built: Built) -> None:
    assert built.unsorted == ["no_number"]
    assert built.summary.unsorted == 1


def test_the_old_procedure_is_superseded_by_the_new_one_with_its_documents(built: Built) -> None:
    assert built.superseded_by[OLD] == NEW
    assert OLD not in built.arrivals  # its envelope moved to the new procedure
    assert [channel for _, channel in built.arrivals[NEW]] == ["post", "post"]
    assert built.summary.dossier("superseded").superseded_by == NEW


def test_the_mailroom_batch_has_its_envelopes_between_separator_sheets(built: Built) -> None:
    assert [number for number, _ in built.batch] == [VALIDATED, ON_HOLD, SPLIT, None, NEW, COMPANY]
    assert all(reason == "" for number, reason in built.batch if number)
    assert built.separator_pages == built.summary.separator_sheets == 5
    assert built.summary.batch_envelopes == 6


def test_an_email_shows_another_channel(built: Built) -> None:
    assert [channel for _, channel in built.arrivals[EMAIL]] == ["email"]
    assert built.summary.dossier("email").channel == "email"


def test_the_marker_says_the_data_is_fictitious_and_no_user_is_made(built: Built) -> None:
    marker = (built.summary.root / DEMO_MARKER).read_text(encoding="utf-8")
    assert "fictives" in marker and "fictitious" in marker
    assert built.users == 0  # without users, a workspace works without roles


def test_the_demo_is_a_consistent_workspace(built: Built) -> None:
    assert built.check_problems == []
    assert built.summary.pages < 60  # modest: built in seconds


def test_the_example_scans_do_what_their_readme_says(built: Built) -> None:
    readme = (built.summary.examples.parent / "LISEZMOI.txt").read_text(encoding="utf-8")
    newcomer = next(number for number in built.after_examples if number not in EXPECTED)
    assert ON_HOLD in readme and newcomer in readme
    assert built.after_examples[ON_HOLD] == ("open", True)  # the RIB came back behind the cover sheet
    assert built.after_examples[newcomer] == ("open", False)
    assert built.unsorted_after_examples == 2  # the phone photo waits to be filed by hand


def test_the_default_demo_is_in_the_user_data_folder(tmp_path: Path) -> None:
    assert default_demo_root() == tmp_path / "data" / "telvalid-desktop" / "demo"


def test_a_folder_holding_anything_else_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(DemoNotBuilt) as refused:
        build_demo(tmp_path)
    assert refused.value.reason == "folder_not_empty"
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


@pytest.fixture
def used_database(workspace: Workspace) -> Iterator[str]:
    KnownProcedure.create(procedure_number="48151623")
    yield workspace.database_url or sqlite_url(workspace.root)


def test_a_database_holding_work_is_refused_and_the_folder_removed(used_database: str, tmp_path: Path) -> None:
    with pytest.raises(DemoNotBuilt) as refused:
        build_demo(tmp_path / "demo", database_url=used_database)
    assert refused.value.reason == "database_not_empty"
    assert "contient déjà des données" in str(refused.value)
    assert not (tmp_path / "demo").exists()
