"""Several workstations at once, as real processes on one database (SQLite file or PostgreSQL).

Each race releases its processes together (a barrier), then checks the final states and
the history: a decision is taken once, a claim is held once, a new number makes one
dossier, and the history always tells how every dossier came to be.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from telvalid_desktop.config import Settings
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Claim, DossierEvent, Page, Submission, Validation
from tests.concurrency_workers import (
    attempt,
    busy_for,
    check_history,
    claim,
    ingest,
    lead_turn,
    run_together,
    validate,
    work_on,
)
from tests.core.factories import dossier, known, submission
from tests.gui.conftest import digital_form

RACERS = 6
TIMEOUT_S = 120  # generous: spawning and importing on a loaded two-core machine
NUMBER = "48151623"
REQUIRED = ("signed_form", "holder_id", "rib")  # direct debit, individual

def technicians(count: int) -> list[str]:
    return [f"tech{index}" for index in range(count)]


def complete_dossier(number: str) -> None:
    """An open dossier whose every item is ticked, claimed by nobody: ready to validate."""
    known(number, "direct_debit", "individual")
    _, pages = submission(number, pages=len(REQUIRED))
    checklist = ChecklistService(ClaimService(Settings()))
    for code, page in zip(REQUIRED, pages, strict=True):
        checklist.tick(dossier(number).id, code, [page], "tech")


def race(workspace: Workspace, job: partial[object]) -> list[str]:
    """The same job in ``RACERS`` processes at once; what each was answered."""
    return run_together([partial(attempt, job)] * RACERS, workspace.root, technicians(RACERS), TIMEOUT_S)


def status_rows(number: str, to_status: str) -> list[DossierEvent]:
    return list(
        DossierEvent.select()
        .where((DossierEvent.dossier == dossier(number).id) & (DossierEvent.to_status == to_status))
        .where(DossierEvent.from_status != DossierEvent.to_status)
    )


def test_one_validation_wins_the_others_are_refused(workspace: Workspace) -> None:
    complete_dossier(NUMBER)
    before = dossier(NUMBER).version
    answers = race(workspace, partial(validate, NUMBER))
    assert answers.count("ok") == 1, answers
    assert set(answers) <= {"ok", "InvalidTransition", "StaleDossier"}, answers
    assert dossier(NUMBER).status == "validated"
    assert Validation.select().count() == 1
    assert len(status_rows(NUMBER, "validated")) == 1
    assert dossier(NUMBER).version == before + 1
    assert check_history([]).broken == []


def test_one_claim_wins_the_others_are_told_who_holds_it(workspace: Workspace) -> None:
    submission(NUMBER)
    answers = race(workspace, partial(claim, NUMBER))
    assert sorted(answers) == ["DossierClaimed"] * (RACERS - 1) + ["ok"], answers
    winner = technicians(RACERS)[answers.index("ok")]
    assert [(held.dossier_id, held.holder) for held in Claim.select()] == [(dossier(NUMBER).id, winner)]
    assert dossier(NUMBER).version == 1  # claiming is not a change of the dossier


def test_files_of_one_new_number_make_one_dossier(workspace: Workspace, tmp_path: Path) -> None:
    files = [digital_form(tmp_path / f"envoi-{index}.pdf", NUMBER, 2, (f"RIB {index}",)) for index in range(RACERS)]
    answers = run_together(
        [partial(attempt, partial(ingest, path)) for path in files], workspace.root, technicians(RACERS), TIMEOUT_S
    )
    assert answers == ["ok"] * RACERS
    assert (Submission.select().where(Submission.dossier == dossier(NUMBER).id).count()) == RACERS
    filed = Page.select().join(Submission).where(Submission.dossier == dossier(NUMBER).id)
    assert filed.count() == Page.select().count() == RACERS * 3  # each page once, none left out
    assert [row.event for row in DossierEvent.select()].count("created") == 1
    assert dossier(NUMBER).version == RACERS  # each later arrival is one change
    assert check_history([]).broken == []


def test_a_busy_team_leaves_a_history_that_tells_everything(workspace: Workspace) -> None:
    numbers = [f"4815{index:04d}" for index in range(8)]
    for number in numbers:
        known(number, "direct_debit", "individual")
        submission(number, pages=3)
    team = technicians(3) + ["lead"]
    turns = [work_on] * 3 + [lead_turn]
    jobs = [partial(busy_for, 3.0, turn, numbers, seed) for seed, turn in enumerate(turns)]
    reports = run_together(jobs, workspace.root, team, TIMEOUT_S)
    errors = [report.first_errors for report in reports if report.errors]
    assert errors == []
    assert sum(len(report.transitions) for report in reports) > len(numbers)  # the race really ran
    check = check_history(reports)
    assert (check.lost, check.doubled, check.broken) == ([], [], [])
