"""The lead's commands: on-hold review, workload, reassign, release, reopen, rules; refused to other roles."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from telvalid_desktop import cli
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.rules import DEFAULT_RULES
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.models import Claim, Dossier, DossierEvent, Hold, utc_now
from telvalid_desktop.domain import DossierStatus
from tests.core.factories import dossier, submission


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Two dossiers on hold (40 and 3 days), one validated, one claimed since yesterday; users chef and tech1."""
    opened = open_workspace(tmp_path / "ws")
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    for number, days, items in (("10000001", 40, ["rib"]), ("10000002", 3, ["holder_id", "rib"])):
        submission(number)
        Hold.create(
            dossier=dossier(number), items=json.dumps(items), actor="tech1", at=utc_now() - timedelta(days=days)
        )
        Dossier.update(status="on_hold", assigned_to="tech1").where(Dossier.procedure_number == number).execute()
    submission("10000003")
    DossierService().change_status("10000003", DossierStatus.VALIDATED, actor="tech1")
    submission("10000004")
    Claim.create(dossier=dossier("10000004"), holder="tech1", claimed_at=utc_now() - timedelta(hours=20))
    opened.close()
    _as(monkeypatch, "chef")
    yield tmp_path / "ws"


def _as(monkeypatch: pytest.MonkeyPatch, login: str) -> None:
    monkeypatch.setenv("USER", login)
    monkeypatch.setenv("LOGNAME", login)


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--workspace", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_on_hold_review_as_json_and_text(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, root, "holds", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(row["procedure_number"], row["days_on_hold"], row["bucket"], row["level"]) for row in rows] == [
        ("10000001", 40, ">30", "alert"),
        ("10000002", 3, "0-7", "normal"),
    ]
    assert rows[1]["items"] == ["holder_id", "rib"] and rows[1]["technician"] == "tech1"
    assert rows[1]["days_since_last_letter"] is None and rows[1]["channels"] == ["post"]
    code, out, _ = run(capsys, root, "holds", "--item", "holder_id")
    assert out.splitlines()[0] == "1 dossier(s) en attente — 0-7 j : 1 · 8-15 j : 0 · 16-30 j : 0 · >30 j : 0"


def test_the_workload_as_json(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, root, "workload", "--days", "3", "--json")
    data = json.loads(out)
    assert code == 0
    assert [(load["technician"], load["open"], load["on_hold"]) for load in data["loads"]] == [
        ("tech1", 0, 2),
        ("", 1, 0),
    ]
    assert [claim["procedure_number"] for claim in data["old_claims"]] == ["10000004"]
    assert [(row["technician"], sum(row["validated"])) for row in data["throughput"]] == [("tech1", 1)]
    assert len(data["days"]) == 3


def test_a_lead_reassigns_releases_and_reopens_and_a_technician_may_not(
    root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _as(monkeypatch, "tech1")
    for refused in (
        ("reassign", "10000001", "--to", "tech1"),
        ("release", "10000004"),
        ("reopen", "10000003", "--reason", "erreur"),
    ):
        assert run(capsys, root, *refused)[0] == cli.EXIT_NOT_ALLOWED
    _as(monkeypatch, "chef")
    assert run(capsys, root, "reassign", "10000001", "--to", "nobody") == (
        1,
        "",
        "nobody n'est pas un technicien actif\n",
    )
    assert run(capsys, root, "reassign", "10000001", "10000002", "--to", "chef")[:2] == (
        0,
        "2 dossier(s) confié(s) à chef.\n",
    )
    assert run(capsys, root, "release", "10000004")[:2] == (0, "1 dossier(s) libéré(s).\n")
    assert run(capsys, root, "reopen", "10000003", "--reason", "RIB d'un autre titulaire")[0] == 0
    assert run(capsys, root, "reopen", "99999999", "--reason", "x")[0] == 1
    opened = open_workspace(root)
    try:
        assert dossier("10000003").status == "open" and not Claim.select().exists()
        reasons = [event.reason for event in DossierEvent.select().where(DossierEvent.actor == "chef")]
        assert reasons == ["tech1 -> chef", "tech1 -> chef", "tech1", "RIB d'un autre titulaire"]
    finally:
        opened.close()


def test_a_lead_installs_rules_and_everyone_sees_them(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    shipped = data["version"]
    data["version"] = shipped + 1
    data["requirements"].append({"code": "mandate", "label": {"fr": "Mandat", "en": "Mandate"}})
    (tmp_path / "new.json").write_text(json.dumps(data), encoding="utf-8")
    assert run(capsys, root, "rules", "install", str(tmp_path / "new.json"))[0] == 0
    code, out, _ = run(capsys, root, "rules")
    assert code == 0 and out.splitlines()[0] == f"Règles version {shipped + 1} :" and "mandate" in out
    code, _, err = run(capsys, root, "rules", "install", str(tmp_path / "new.json"))
    assert code == 1 and f"(version {shipped + 1})" in err
