"""``telvalid policy``: the team's values shown to anyone, changed by a lead, with clear refusals."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from telvalid_desktop import cli
from telvalid_desktop.cli_output import EXIT_NOT_ALLOWED, EXIT_OK, EXIT_REJECTED
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.team_policy import TeamPolicy
from telvalid_desktop.core.workspace import open_workspace


def _as(monkeypatch: pytest.MonkeyPatch, login: str) -> None:
    monkeypatch.setenv("USER", login)
    monkeypatch.setenv("LOGNAME", login)


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    opened = open_workspace(tmp_path / "ws")
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    opened.close()
    _as(monkeypatch, "chef")
    yield tmp_path / "ws"


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--workspace", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_show_gives_the_values_as_json_and_text(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, root, "policy", "show", "--json")
    shown = json.loads(out)
    assert code == EXIT_OK
    assert shown["policy"] == shown["defaults"] and shown["policy"]["out_of_plan_allowance_eur"] == 150
    assert shown["limits"]["retention_months"] == [0, 240] and shown["history"] == []
    code, out, _ = run(capsys, root, "policy")
    assert code == EXIT_OK and "reminder_after_days" in out and "Valeurs de l'équipe" in out


def test_a_lead_sets_values_and_the_history_says_who(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, root, "policy", "set", "out_of_plan_allowance_eur=180", "retention_months=24")
    assert (code, err) == (EXIT_OK, "")
    assert "Derniers changements" in out and "out_of_plan_allowance_eur : 150 -> 180" in out
    shown = json.loads(run(capsys, root, "policy", "show", "--json")[1])
    assert (shown["policy"]["out_of_plan_allowance_eur"], shown["policy"]["retention_months"]) == (180, 24)
    assert {(row["actor"], row["key"], row["old_value"], row["new_value"]) for row in shown["history"]} == {
        ("chef", "out_of_plan_allowance_eur", "150", "180"),
        ("chef", "retention_months", "0", "24"),
    }


def test_a_technician_is_refused(
    root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _as(monkeypatch, "tech1")
    code, _, err = run(capsys, root, "policy", "set", "out_of_plan_allowance_eur=180")
    assert code == EXIT_NOT_ALLOWED and "manage" in err
    assert json.loads(run(capsys, root, "policy", "show", "--json")[1])["policy"] == TeamPolicy().__dict__


def test_wrong_values_are_said_in_french_and_nothing_changes(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, root, "policy", "set", "colour=blue", "retention_months=x")
    assert code == EXIT_REJECTED
    assert "clé inconnue : colour" in err and "retention_months : un nombre entier est attendu, pas « x »" in err
    code, _, err = run(capsys, root, "policy", "set", "max_envelope_pages=0", "hold_warning_after_days=45")
    assert code == EXIT_REJECTED
    assert "max_envelope_pages : choisissez une valeur entre 1 et 1000" in err
    assert "hold_warning_after_days doit rester inférieur à hold_alert_after_days (30 jours)" in err
    assert err.rstrip().endswith("Rien n'a été changé.")
    assert json.loads(run(capsys, root, "policy", "show", "--json")[1])["history"] == []
