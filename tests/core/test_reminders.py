"""Dossiers waiting for a complement too long, on known dates, and the reminder letters printed in one PDF."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings
from telvalid_desktop.core.correspondence.letterhead import write_letterhead
from telvalid_desktop.core.correspondence.letters import LetterNotPossible, LetterService, letters_of
from telvalid_desktop.core.correspondence.reminders import dossiers_awaiting_complement
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.team_policy import set_policy
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.models import Hold, Letter, Submission, utc_now
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD
from tests.core.factories import dossier, known, submission

NOW = datetime(2026, 3, 20, 9, 0)
LONG, RECENT, REMINDED, ANSWERED, BOUNDARY = "11110001", "11110002", "11110003", "11110004", "11110005"


def hold_on(validation: ValidationService, number: str, at: datetime, items: list[str]) -> int:
    """``number`` received a day before ``at`` and put on hold at ``at``."""
    known(number, "direct_debit", "individual", group=f"grp-{number[-1]}")
    submission(number)
    dossier_id = dossier(number).id
    Submission.update(received_at=at - timedelta(days=1)).where(Submission.dossier == dossier_id).execute()
    validation.put_on_hold(number, "tech", items, "")
    Hold.update(at=at).where(Hold.dossier == dossier_id).execute()
    return dossier_id


@pytest.fixture
def letters(workspace: Workspace, letterhead: None) -> LetterService:
    claims = ClaimService(Settings())
    checklist = ChecklistService(claims)
    validation = ValidationService(claims, checklist)
    letters = LetterService(workspace, checklist)
    hold_on(validation, LONG, datetime(2026, 3, 1, 9, 0), ["rib", "holder_id"])
    hold_on(validation, RECENT, datetime(2026, 3, 10, 9, 0), ["rib"])
    reminded = hold_on(validation, REMINDED, datetime(2026, 2, 20, 9, 0), [])
    letters.write_hold_letter(reminded, "tech")
    Letter.update(at=datetime(2026, 2, 20, 9, 5)).where(Letter.dossier == reminded).execute()
    letters.write_reminder_letters([REMINDED], "lead", now=datetime(2026, 3, 12, 8, 0))
    hold_on(validation, ANSWERED, datetime(2026, 3, 1, 9, 0), ["rib"])
    DossierService().receive_submission(ANSWERED, "mailroom", "file complement.pdf")  # reopens it
    hold_on(validation, BOUNDARY, NOW - timedelta(days=15), ["rib"])  # exactly 15 days: not more
    return letters


def test_dossiers_waiting_longer_than_the_delay(letters: LetterService) -> None:
    waiting = dossiers_awaiting_complement(15, now=NOW, checklist=letters.checklist)
    assert [item.procedure_number for item in waiting] == [REMINDED, LONG]  # longest on hold first
    reminded, long = waiting
    assert (long.days_on_hold, long.held_by, long.held_at) == (19, "tech", datetime(2026, 3, 1, 9, 0))
    assert (long.last_letter_at, long.last_letter_kind, long.reminder_due) == (None, None, True)
    assert long.missing == ("holder_id", "rib")  # what the hold asked for, in the checklist's order
    assert (long.customer_name, long.telephony_group) == ("Dupont", "grp-1")
    assert reminded.days_on_hold == 28
    assert (reminded.last_letter_at, reminded.last_letter_kind) == (datetime(2026, 3, 12, 8, 0), "reminder")
    assert reminded.reminder_due is False  # reminded 8 days ago
    assert reminded.missing == ("signed_form", "holder_id", "rib")  # the hold named nothing: all owed
    assert reminded.to_json()["held_at"] == "2026-02-20T09:00:00Z"
    waiting_a_week = dossiers_awaiting_complement(7, now=NOW, checklist=letters.checklist)
    assert [item.procedure_number for item in waiting_a_week] == [
        REMINDED, LONG, BOUNDARY, RECENT,
    ]  # fmt: skip
    assert dossiers_awaiting_complement(30, now=NOW, checklist=letters.checklist) == []
    assert (
        dossiers_awaiting_complement(15, now=NOW + timedelta(days=7), checklist=letters.checklist)[0].reminder_due
        is True
    )


def test_reminders_printed_in_one_pdf_and_recorded_per_dossier(letters: LetterService, workspace: Workspace) -> None:
    path = letters.write_reminder_letters([LONG, REMINDED], "lead", now=NOW)
    assert path.is_relative_to(workspace.root / "letters" / "reminders")
    with pymupdf.open(path) as document:
        pages = [" ".join(page.get_text("text").split()) for page in document]
    assert len(pages) == 4  # each dossier: its letter, then its cover sheet
    assert f"Numéro de procédure : {LONG}" in pages[0] and "FEUILLE DE RETOUR" in pages[1]
    assert "en attente depuis le 1er mars 2026 (19 jours)" in pages[0]
    assert "Objet : relance" in pages[0]
    assert f"Numéro de procédure : {REMINDED}" in pages[2] and "(28 jours)" in pages[2]
    for number in (LONG, REMINDED):
        latest = letters_of(dossier(number).id)[0]
        assert (latest.kind, latest.actor, latest.at) == ("reminder", "lead", NOW)
        own = letters.letter_file(latest)
        assert own.is_file() and own != path and own.is_relative_to(workspace.root / "letters" / number)
    assert json.loads(letters_of(dossier(LONG).id)[0].items) == ["holder_id", "rib"]
    assert not any(item.reminder_due for item in dossiers_awaiting_complement(15, now=NOW, checklist=letters.checklist))


def test_reminders_refused_as_a_whole_when_one_dossier_is_not_on_hold(
    letters: LetterService, workspace: Workspace
) -> None:
    before = Letter.select().count()
    files = sorted((workspace.root / "letters").rglob("*.pdf"))
    with pytest.raises(LetterNotPossible):
        letters.write_reminder_letters([LONG, ANSWERED], "lead", now=NOW)
    assert Letter.select().count() == before
    assert sorted((workspace.root / "letters").rglob("*.pdf")) == files
    with pytest.raises(ValueError, match="no dossier"):
        letters.write_reminder_letters([], "lead")


def test_reminders_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    opened = open_workspace(root)
    write_letterhead(DEMO_LETTERHEAD, "chef")
    claims = ClaimService(Settings())
    validation = ValidationService(claims, ChecklistService(claims))
    hold_on(validation, LONG, utc_now() - timedelta(days=20), ["rib"])
    hold_on(validation, RECENT, utc_now() - timedelta(days=5), ["rib"])
    opened.close()
    opened = open_workspace(root)
    set_policy({"reminder_after_days": 10}, "lead")  # the team's delay, whichever workstation runs it
    opened.close()

    def run(*args: str) -> tuple[int, list[dict], str]:
        code = cli.main(["--workspace", str(root), "reminders", *args])
        captured = capsys.readouterr()
        return code, [json.loads(line) for line in captured.out.splitlines()], captured.err

    code, [waiting], _ = run("--json")  # the team's delay: 10 days
    assert code == 0 and (waiting["procedure_number"], waiting["days_on_hold"]) == (LONG, 20)
    assert waiting["missing"] == ["rib"] and waiting["reminder_due"] is True
    assert [item["procedure_number"] for item in run("--json", "--days", "3")[1]] == [LONG, RECENT]
    assert cli.main(["--workspace", str(root), "reminders"]) == 0
    listing = capsys.readouterr().out
    assert f"{LONG}  en attente depuis 20 j" in listing and RECENT not in listing
    out = tmp_path / "print" / "reminders.pdf"
    code, [_, summary], _ = run("--json", "--write", str(out))
    assert code == 0 and summary == {"reminders_pdf": str(out), "procedure_numbers": [LONG]}
    assert pymupdf.open(out).page_count == 2
    code, [again], err = run("--json", "--write", str(out))  # reminded today: nothing more to write
    assert code == 0 and again["reminder_due"] is False
    assert "Aucune relance" in err
