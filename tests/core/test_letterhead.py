"""The team's letterhead signs every letter: set by a lead only (with its history), and no letter is
written while it is empty, so no customer receives a letter from a company that does not exist."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop import cli
from telvalid_desktop.cli_output import EXIT_NOT_ALLOWED, EXIT_OK, EXIT_REJECTED
from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.correspondence.letter_content import sample_letter
from telvalid_desktop.core.correspondence.letter_pdf import letter_pdf
from telvalid_desktop.core.correspondence.letterhead import (
    Letterhead,
    LetterheadCode,
    LetterheadProblem,
    LetterheadRejected,
    check_letterhead,
    letterhead_history,
    read_letterhead,
    set_letterhead,
)
from telvalid_desktop.core.correspondence.letters import LetterNotPossible
from telvalid_desktop.core.roles import NotAllowed, Role, UserService
from telvalid_desktop.core.team_policy import policy_history
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.models import Letter
from tests.core.factories import dossier, known, submission

NUMBER = "48151623"
OURS = Letterhead(
    company="Télécom Atlantique",
    address=("Pôle Validation", "14 quai de la Fosse", "44000 Nantes"),
    city="Nantes",
    email="validation@telecom-atlantique.example",
    legal="Télécom Atlantique SA au capital de 2 000 000 € – RCS Nantes 123 456 789",
    signature="Le Pôle Validation",
)


@pytest.fixture
def services(workspace: Workspace) -> Services:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    known(NUMBER, "direct_debit", "individual", group="grp-7")
    submission(NUMBER)
    session = build_services(workspace, Settings(), "tech1")
    session.validation.put_on_hold(NUMBER, "tech1", ["rib"], "RIB manquant")
    return session


def test_without_a_letterhead_no_letter_is_written(services: Services, workspace: Workspace) -> None:
    assert read_letterhead() == Letterhead() and not read_letterhead().complete
    dossier_id = dossier(NUMBER).id
    for write in (
        lambda: services.letters.write_hold_letter(dossier_id, "tech1"),
        lambda: services.letters.hold_email_text(dossier_id),
        lambda: services.letters.write_reminder_letters([NUMBER], "tech1"),
    ):
        with pytest.raises(LetterNotPossible) as refused:
            write()
        assert refused.value.reason == "letter_no_letterhead"
    assert Letter.select().count() == 0 and not (workspace.root / "letters").exists()


def test_the_letter_command_says_to_ask_a_lead(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ws"
    opened = open_workspace(root)
    known(NUMBER, "direct_debit", "individual")
    submission(NUMBER)
    build_services(opened, Settings(), "tech1").validation.put_on_hold(NUMBER, "tech1", ["rib"], "")
    opened.close()
    assert cli.main(["--workspace", str(root), "letter", NUMBER]) == 1
    error = capsys.readouterr().err
    assert "l'en-tête des courriers de l'équipe" in error and "demandez à un responsable d'équipe" in error


def test_only_a_lead_sets_it_and_each_changed_field_is_kept_in_its_history(services: Services) -> None:
    with pytest.raises(NotAllowed):
        set_letterhead(OURS, "tech1")
    assert set_letterhead(replace(OURS, company="  Télécom Atlantique "), "chef") == OURS  # spaces trimmed
    assert read_letterhead() == OURS and OURS.complete
    assert len(letterhead_history()) == 6 and policy_history() == []  # the policy's own history is apart
    set_letterhead(replace(OURS, city="Saint-Nazaire"), "chef")
    latest = letterhead_history()[0]
    assert (latest.actor, latest.key, latest.old_value, latest.new_value) == ("chef", "city", "Nantes", "Saint-Nazaire")
    assert len(letterhead_history()) == 7


def test_what_a_letterhead_must_have(workspace: Workspace) -> None:
    assert check_letterhead(Letterhead()) == [
        LetterheadProblem(name, LetterheadCode.REQUIRED)
        for name in ("company", "address", "city", "email", "legal", "signature")
    ]
    wrong = replace(OURS, email="validation chez nous", address=tuple(f"ligne {n}" for n in range(6)))
    assert check_letterhead(wrong) == [
        LetterheadProblem("address", LetterheadCode.TOO_MANY_LINES, "5"),
        LetterheadProblem("email", LetterheadCode.NOT_AN_EMAIL),
    ]
    with pytest.raises(LetterheadRejected):
        set_letterhead(wrong, "chef")  # no roles defined yet: anyone may; the values are refused all the same


def test_the_letter_and_its_e_mail_are_signed_with_the_letterhead(services: Services) -> None:
    set_letterhead(OURS, "chef")
    dossier_id = dossier(NUMBER).id
    path = services.letters.letter_file(services.letters.write_hold_letter(dossier_id, "tech1"))
    with pymupdf.open(path) as document:
        letter, cover = (" ".join(page.get_text().split()) for page in document)
    for words in (*OURS.address, OURS.company, OURS.email, OURS.legal, OURS.signature, "Nantes, le"):
        assert words in letter, words
    assert "14 quai de la Fosse" in cover and OURS.legal in cover
    assert "Nuvéa" not in letter + cover  # nothing of the fictitious company is left
    email = services.letters.hold_email_text(dossier_id)
    assert email.endswith(f"{OURS.signature}\n{OURS.company}\n{OURS.email}\n")
    assert "Télécom Atlantique – Pôle Validation – 14 quai de la Fosse – 44000 Nantes" in email


def test_the_letterhead_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "ws"
    opened = open_workspace(root)
    UserService().set_user("chef", Role.LEAD, "chef")
    UserService().set_user("tech1", Role.TECHNICIAN, "chef")
    opened.close()

    def run(login: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("USER", login)
        monkeypatch.setenv("LOGNAME", login)
        code = cli.main(["--workspace", str(root), "letterhead", *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    code, out, _ = run("tech1")
    assert code == EXIT_OK and "En-tête des courriers incomplet" in out
    fields = ["--company", OURS.company, "--city", OURS.city, "--email", OURS.email, "--legal", OURS.legal]
    fields += ["--signature", OURS.signature] + [word for line in OURS.address for word in ("--address-line", line)]
    assert run("tech1", "set", *fields)[0] == EXIT_NOT_ALLOWED
    code, _, error = run("chef", "set", "--company", "Télécom Atlantique")
    assert code == EXIT_REJECTED and "adresse : à remplir" in error and "Rien n'a été changé." in error
    code, out, _ = run("chef", "set", *fields, "--json")
    assert code == EXIT_OK and json.loads(out) == {
        "letterhead": {**asdict(OURS), "address": list(OURS.address)},
        "complete": True,
    }
    code, _, error = run("chef", "set", "--email", "nulle part")
    assert code == EXIT_REJECTED and error.startswith("e-mail : ce n'est pas une adresse e-mail")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_sample_letter_a_lead_sees_is_signed_with_what_is_typed(language: str) -> None:
    content = sample_letter(OURS, language, date(2026, 3, 12))
    with pymupdf.open("pdf", letter_pdf(content)) as document:
        text = " ".join(document[0].get_text().split())
    for words in (OURS.company, *OURS.address, OURS.email, OURS.legal, OURS.signature, "8 rue de l'Exemple"):
        assert words in text, words
