"""Where a session goes: the flag, then the environment, then the settings, then the defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.session import Place, chosen_place, open_session
from telvalid_desktop.db.database import DATABASE_ENV
from telvalid_desktop.paths import WORKSPACE_ENV
from tests.shared_database import team_database_in_settings


def test_the_flag_wins_then_the_environment_then_the_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    settings = Settings(workspace=str(tmp_path / "set"), database_url="postgresql://team@server/telvalid")
    assert chosen_place(settings) == Place(tmp_path / "set", "postgresql://team@server/telvalid", named=True)
    monkeypatch.setenv(DATABASE_ENV, "postgresql://other@host/db")
    monkeypatch.setenv(WORKSPACE_ENV, str(tmp_path / "env"))
    assert chosen_place(settings) == Place(tmp_path / "env", "postgresql://other@host/db", named=True)
    given = chosen_place(settings, workspace=tmp_path / "flag", database_url="sqlite:////tmp/flag.sqlite3")
    assert given == Place(tmp_path / "flag", "sqlite:////tmp/flag.sqlite3", named=True)


def test_without_any_the_workspace_keeps_its_own_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DATABASE_ENV, raising=False)
    assert chosen_place(Settings(), workspace=tmp_path / "ws") == Place(tmp_path / "ws", "", named=True)


def test_only_a_named_folder_that_is_not_there_is_missing(tmp_path: Path) -> None:
    """The user's default folder is made at the first run; a named one that is absent is a mistake."""
    default = chosen_place(Settings())
    assert not default.named and not default.missing()
    assert chosen_place(Settings(), workspace=tmp_path / "typo").missing()
    assert not chosen_place(Settings(), workspace=tmp_path).missing()


def test_a_session_carries_the_settings_and_user_it_was_opened_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = team_database_in_settings(tmp_path, monkeypatch)
    settings = Settings(workspace=str(tmp_path / "shared"), database_url=url, claim_timeout_minutes=7)
    session = open_session(settings, user="alice")
    try:
        assert session.workspace.database_url == url
        assert session.workspace.root == (tmp_path / "shared").resolve()
        assert (session.user, session.settings.claim_timeout_minutes) == ("alice", 7)
    finally:
        session.workspace.close()
