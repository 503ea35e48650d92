"""Settings are checked before they are saved: each problem is a setting's name and a code."""

from __future__ import annotations

import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration import settings_check
from telvalid_desktop.core.administration.settings_check import (
    LIMITS,
    RESTART_FIELDS,
    Problem,
    SettingProblem,
    changed_fields,
    check_settings,
)
from telvalid_desktop.paths import WORKSPACE_ENV

linux_only = pytest.mark.skipif(sys.platform != "linux", reason="/proc is a folder nobody can write in")
READ_ONLY = Path("/proc")


def codes(settings: Settings) -> list[tuple[str, Problem]]:
    return [(problem.field, problem.code) for problem in check_settings(settings)]


def with_number(name: str, value: int) -> Settings:
    return replace(Settings(), **{name: value})  # type: ignore[arg-type]


def test_the_default_settings_pass_and_nothing_is_created(tmp_path: Path) -> None:
    new = tmp_path / "new" / "workspace"
    assert check_settings(Settings()) == []
    assert check_settings(Settings(workspace=str(new), database_url=f"sqlite://{tmp_path}/db/base.sqlite3")) == []
    assert not (tmp_path / "new").exists() and not (tmp_path / "db").exists()


def test_every_bounded_number_is_a_setting_whose_default_is_within_its_bounds() -> None:
    names = {field.name for field in fields(Settings)}
    for name, (low, high) in LIMITS.items():
        assert name in names
        assert low <= getattr(Settings(), name) <= high
    assert RESTART_FIELDS <= names


@pytest.mark.parametrize("name", sorted(LIMITS))
def test_numbers_outside_their_bounds_are_refused_and_the_bounds_accepted(name: str) -> None:
    low, high = LIMITS[name]
    for value in (low, high):
        assert (name, Problem.OUT_OF_RANGE) not in codes(with_number(name, value)), (name, value)
    for value in (low - 1, high + 1):
        assert (name, Problem.OUT_OF_RANGE) in codes(with_number(name, value)), (name, value)


def test_the_claim_timeout_is_from_5_minutes_to_a_day() -> None:
    assert LIMITS == {  # the team's values are checked in team_policy
        "claim_timeout_minutes": (5, 24 * 60),
        "mail_port": (1, 65535),
        "mail_interval_minutes": (1, 24 * 60),
    }
    assert check_settings(Settings(claim_timeout_minutes=4)) == [
        SettingProblem("claim_timeout_minutes", Problem.OUT_OF_RANGE)
    ]


def test_a_language_or_station_this_version_does_not_have_is_refused() -> None:
    assert check_settings(Settings(language="de", station="lead")) == [
        SettingProblem("language", Problem.UNKNOWN_CHOICE, "de"),
        SettingProblem("station", Problem.UNKNOWN_CHOICE, "lead"),
    ]
    assert check_settings(Settings(language="en", station="mailroom")) == []


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("mysql://db/telvalid", "scheme"),
        ("dbserver", "scheme"),
        ("sqlite://server/base.sqlite3", "sqlite_path"),
        ("postgresql://dbserver:x/telvalid", "port"),
    ],
)
def test_a_database_address_that_names_nothing_says_why(url: str, reason: str) -> None:
    assert check_settings(Settings(database_url=url)) == [SettingProblem("database_url", Problem.BAD_URL, reason)]


def test_a_server_address_is_not_contacted_by_the_check() -> None:
    assert check_settings(Settings(database_url="postgresql://clerk:secret@192.0.2.1:5432/telvalid")) == []


def test_a_sqlite_file_must_be_a_file_in_a_folder_that_can_be_written(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert check_settings(Settings(database_url=f"sqlite://{tmp_path}")) == [
        SettingProblem("database_url", Problem.NOT_A_FILE, str(tmp_path))
    ]
    assert check_settings(Settings(database_url=f"sqlite://{tmp_path}/a-file/base.sqlite3")) == [
        SettingProblem("database_url", Problem.NOT_A_FOLDER, str(tmp_path / "a-file"))
    ]


@linux_only
def test_a_sqlite_file_where_nothing_can_be_created_is_refused() -> None:
    assert codes(Settings(database_url="sqlite:///proc/telvalid/base.sqlite3")) == [
        ("database_url", Problem.NOT_CREATABLE)
    ]


def test_the_workspace_is_a_full_path_to_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert codes(Settings(workspace="relative/folder")) == [("workspace", Problem.RELATIVE)]
    assert check_settings(Settings(workspace=str(tmp_path / "a-file"))) == [
        SettingProblem("workspace", Problem.NOT_A_FOLDER, str(tmp_path / "a-file"))
    ]
    assert check_settings(Settings(workspace=str(tmp_path / "a-file" / "below"))) == [
        SettingProblem("workspace", Problem.NOT_A_FOLDER, str(tmp_path / "a-file"))
    ]
    monkeypatch.setenv("HOME", str(tmp_path))
    assert check_settings(Settings(workspace="~/telvalid")) == []


@linux_only
def test_a_workspace_that_cannot_be_written_or_created_is_refused() -> None:
    assert check_settings(Settings(workspace=str(READ_ONLY))) == [
        SettingProblem("workspace", Problem.NOT_WRITABLE, str(READ_ONLY))
    ]
    assert check_settings(Settings(workspace=str(READ_ONLY / "telvalid"))) == [
        SettingProblem("workspace", Problem.NOT_CREATABLE, str(READ_ONLY))
    ]


def test_the_hot_folder_must_exist_apart_from_the_workspace(tmp_path: Path) -> None:
    workspace, inbox = tmp_path / "workspace", tmp_path / "scans"
    workspace.mkdir()
    inbox.mkdir()
    assert check_settings(Settings(workspace=str(workspace), hot_folder=str(inbox))) == []
    assert check_settings(Settings(workspace=str(workspace), hot_folder=str(tmp_path / "none"))) == [
        SettingProblem("hot_folder", Problem.MISSING, str(tmp_path / "none"))
    ]
    assert codes(Settings(workspace=str(workspace), hot_folder="scans")) == [("hot_folder", Problem.RELATIVE)]
    assert codes(Settings(workspace=str(workspace), hot_folder=str(workspace))) == [
        ("hot_folder", Problem.SAME_AS_WORKSPACE)
    ]
    (workspace / "scans").mkdir()
    assert check_settings(Settings(workspace=str(workspace), hot_folder=str(workspace / "scans"))) == [
        SettingProblem("hot_folder", Problem.INSIDE_WORKSPACE, str(workspace))
    ]
    assert check_settings(Settings(workspace=str(inbox / "workspace"), hot_folder=str(inbox))) == [
        SettingProblem("workspace", Problem.INSIDE_HOT_FOLDER, str(inbox))
    ]


def test_the_hot_folder_is_compared_with_the_default_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = tmp_path / "session"
    (session / "scans").mkdir(parents=True)
    monkeypatch.setenv(WORKSPACE_ENV, str(session))
    assert codes(Settings(hot_folder=str(session / "scans"))) == [("hot_folder", Problem.INSIDE_WORKSPACE)]


def test_archive_and_quarantine_are_apart_from_the_hot_folder(tmp_path: Path) -> None:
    inbox = tmp_path / "scans"
    inbox.mkdir()
    watched = Settings(hot_folder=str(inbox))
    assert check_settings(replace(watched, hot_folder_archive=str(tmp_path / "done"))) == []
    assert codes(replace(watched, hot_folder_archive=str(inbox))) == [
        ("hot_folder_archive", Problem.SAME_AS_HOT_FOLDER)
    ]
    assert check_settings(replace(watched, hot_folder_quarantine=str(inbox / "refused"))) == [
        SettingProblem("hot_folder_quarantine", Problem.INSIDE_HOT_FOLDER, str(inbox))
    ]
    assert codes(replace(watched, hot_folder_quarantine="refused")) == [("hot_folder_quarantine", Problem.RELATIVE)]
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    assert codes(replace(watched, hot_folder_archive=str(tmp_path / "a-file"))) == [
        ("hot_folder_archive", Problem.NOT_A_FOLDER)
    ]


def test_without_a_hot_folder_its_archive_and_quarantine_are_not_used() -> None:
    assert check_settings(Settings(hot_folder_archive="relative", hot_folder_quarantine="relative")) == []


def refuse(monkeypatch: pytest.MonkeyPatch, probe: str, *folders: Path) -> None:
    """Make ``probe`` (``_readable`` or ``_writable``) fail for ``folders``: the suite runs as root, whom
    permission bits never stop (the real probes are tried on /proc above)."""
    real = getattr(settings_check, probe)
    monkeypatch.setattr(settings_check, probe, lambda folder: folder not in folders and real(folder))


def test_an_unreadable_or_read_only_hot_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "scans"
    inbox.mkdir()
    with monkeypatch.context() as patched:
        refuse(patched, "_readable", inbox)
        assert codes(Settings(hot_folder=str(inbox))) == [("hot_folder", Problem.NOT_READABLE)]
    refuse(monkeypatch, "_writable", inbox)  # files could not be moved out
    assert codes(Settings(hot_folder=str(inbox))) == [("hot_folder", Problem.NOT_WRITABLE)]


def test_the_default_archive_beside_the_hot_folder_must_be_creatable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = tmp_path / "share"
    inbox = share / "scans"
    inbox.mkdir(parents=True)
    refuse(monkeypatch, "_writable", share)  # the scanner's folder is writable, the share's root is not
    assert check_settings(Settings(hot_folder=str(inbox))) == [
        SettingProblem("hot_folder_archive", Problem.NOT_CREATABLE, str(share)),
        SettingProblem("hot_folder_quarantine", Problem.NOT_CREATABLE, str(share)),
    ]
    assert codes(Settings(hot_folder=str(inbox), hot_folder_archive=str(tmp_path / "done"))) == [
        ("hot_folder_quarantine", Problem.NOT_CREATABLE)
    ]


def test_changed_fields_name_the_settings_that_differ() -> None:
    before = Settings()
    after = replace(before, language="en", claim_timeout_minutes=40)
    assert changed_fields(before, after) == {"language", "claim_timeout_minutes"}
    assert changed_fields(before, replace(before, version=0)) == set()
    assert "language" in RESTART_FIELDS and "claim_timeout_minutes" not in RESTART_FIELDS
