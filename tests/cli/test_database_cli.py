"""The command line on a shared database: named by --database, refused clearly when unreachable or newer."""

from __future__ import annotations

from pathlib import Path

import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings, save_settings, settings_path
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.migrations import LATEST_VERSION
from telvalid_desktop.db.models import SchemaVersion


def test_an_unreachable_server_is_said_and_tried_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "CONNECT_PAUSE_S", 0)
    url = "postgresql://clerk:secret@127.0.0.1:1/telvalid"  # port 1: nothing listens
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
    assert cli.main(["--workspace", str(tmp_path / "ws"), "--database", "mysql://db/telvalid", "dossiers"]) == 4
    assert "adresse de base de données non reconnue : mysql://db/telvalid" in capsys.readouterr().err


def test_the_workspace_setting_is_the_default_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(workspace=str(tmp_path / "configured")), settings_path())
    assert cli.main(["dossiers"]) == 0
    assert (tmp_path / "configured").is_dir()
    assert not (tmp_path / "data").exists()  # the user's data folder was not used
