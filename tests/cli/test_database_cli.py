"""The command line on a shared database: named by --database or the settings (as the window does),
refused clearly when unreachable or newer."""

from __future__ import annotations

from pathlib import Path

import pytest

from telvalid_desktop import cli
from telvalid_desktop.cli_demo import open_command
from telvalid_desktop.config import Settings, save_settings, settings_path
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db import repository
from telvalid_desktop.db.database import SQLITE_FILE, sqlite_url
from telvalid_desktop.db.migrations import LATEST_VERSION
from telvalid_desktop.db.models import SchemaVersion
from telvalid_desktop.samples.procedure_form import form_pdf
from tests.shared_database import team_database_in_settings

NUMBER = "48151623"


def test_an_unreachable_server_is_said_and_tried_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "CONNECT_PAUSE_S", 0)
    url = "postgresql://clerk:secret@127.0.0.1:1/telvalid"  # port 1: nothing listens
    (tmp_path / "ws").mkdir()
    code = cli.main(["--workspace", str(tmp_path / "ws"), "--database", url, "dossiers"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_NO_DATABASE
    assert err.count("la base de données ne répond pas (postgresql://clerk:***@127.0.0.1:1/telvalid)") == 3
    assert err.count("nouvel essai dans 0 s") == 2
    assert "secret" not in err


def test_a_database_upgraded_by_a_newer_version_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opened = open_workspace(tmp_path / "ws")
    SchemaVersion.create(version=LATEST_VERSION + 1)
    opened.close()
    code = cli.main(["--workspace", str(tmp_path / "ws"), "dossiers"])
    assert code == cli.EXIT_NO_DATABASE
    assert "mise à jour par une version plus récente de TelValid" in capsys.readouterr().err


def test_an_unknown_database_address_is_said(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ws").mkdir()
    assert cli.main(["--workspace", str(tmp_path / "ws"), "--database", "mysql://db/telvalid", "dossiers"]) == 4
    assert "adresse de base de données non reconnue : mysql://db/telvalid" in capsys.readouterr().err


def test_the_workspace_setting_is_the_default_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(workspace=str(tmp_path / "configured")), settings_path())
    (tmp_path / "configured").mkdir()
    assert cli.main(["dossiers"]) == 0
    assert (tmp_path / "configured" / "logs").is_dir()  # the command worked there (its log)
    assert not (tmp_path / "data").exists()  # the user's data folder was not used


def test_a_mistyped_workspace_is_refused_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It would list nothing, and a command run there would act on an empty workspace; the intake
    (and set-up commands) still make a new one."""
    assert cli.main(["--workspace", str(tmp_path / "wrokspace"), "dossiers"]) == cli.EXIT_USAGE
    assert "dossier de travail introuvable" in capsys.readouterr().err
    assert not (tmp_path / "wrokspace").exists()
    scan = tmp_path / "form.pdf"
    scan.write_bytes(form_pdf(NUMBER))
    assert cli.main(["--workspace", str(tmp_path / "new"), "ingest", "--workers", "0", str(scan)]) == 0
    assert cli.main(["--workspace", str(tmp_path / "new"), "dossiers"]) == 0
    assert NUMBER in capsys.readouterr().out


def numbers_in(url: str, root: Path) -> list[str]:
    """The procedure numbers of the dossiers in the database at ``url``."""
    opened = open_workspace(root, url)
    try:
        return [row["procedure_number"] for row in repository.list_dossiers(None)]
    finally:
        opened.close()


def test_ingest_files_into_the_database_of_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A workstation set up for the team's server in Réglages: its scans are where the windows look."""
    url = team_database_in_settings(tmp_path, monkeypatch)
    scan = tmp_path / "form.pdf"
    scan.write_bytes(form_pdf(NUMBER))
    assert cli.main(["ingest", "--workers", "0", "--json", str(scan)]) == 0
    assert numbers_in(url, tmp_path / "shared") == [NUMBER]
    assert not (tmp_path / "shared" / SQLITE_FILE).exists()  # no local file that nobody reads


def test_the_watcher_files_into_the_database_of_the_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = team_database_in_settings(tmp_path, monkeypatch)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "form.pdf").write_bytes(form_pdf(NUMBER))
    assert cli.main(["watch", str(inbox), "--once", "--settle", "0.1", "--workers", "0"]) == 0
    assert numbers_in(url, tmp_path / "shared") == [NUMBER]
    assert not (tmp_path / "shared" / SQLITE_FILE).exists()


def test_the_demo_says_database_when_the_window_would_open_the_team_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    team_database_in_settings(tmp_path, monkeypatch)
    demo = tmp_path / "demo"
    assert open_command(demo, sqlite_url(demo)).split()[1] == "--database"
