"""Where a session goes: the flag, then the environment, then the settings, then the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.session import Place, chosen_place, open_session
from telvalid_desktop.db.database import DATABASE_ENV
from telvalid_desktop.paths import WORKSPACE_ENV
from tests.shared_database import team_database_in_settings


def test_the_flag_wins_then_the_environment_then_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    settings = Settings(workspace=str(tmp_path / "set"), database_url="postgresql://team@server/telvalid")
    assert chosen_place(settings) == Place(tmp_path / "set", "postgresql://team@server/telvalid")
    monkeypatch.setenv(DATABASE_ENV, "postgresql://other@host/db")
    monkeypatch.setenv(WORKSPACE_ENV, str(tmp_path / "env"))
    assert chosen_place(settings) == Place(tmp_path / "env", "postgresql://other@host/db")
    given = chosen_place(settings, workspace=tmp_path / "flag", database_url="sqlite:////tmp/flag.sqlite3")
    assert given == Place(tmp_path / "flag", "sqlite:////tmp/flag.sqlite3")


def test_without_any_the_workspace_keeps_its_own_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    assert chosen_place(Settings(), workspace=tmp_path / "ws") == Place(tmp_path / "ws", "")


def test_a_session_carries_the_settings_and_user_it_was_opened_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = team_database_in_settings(tmp_path, monkeypatch)
    settings = Settings(workspace=str(tmp_path / "shared"), database_url=url, max_envelope_pages=7)
    session = open_session(settings, user="alice")
    try:
        assert session.workspace.database_url == url
        assert session.workspace.root == (tmp_path / "shared").resolve()
        assert (session.user, session.settings.max_envelope_pages) == ("alice", 7)
    finally:
        session.workspace.close()
