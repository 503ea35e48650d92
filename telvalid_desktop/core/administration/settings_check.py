"""Whether settings can work on this workstation, checked before they are saved.

Each problem is a setting's name and a code, with a path or a number to show; the window
turns it into a sentence. Folders are looked at for real (exists, is a folder, can be
written to), so a network share that does not answer makes this slow: the window runs it
in a worker.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, fields
from enum import StrEnum
from pathlib import Path

from telvalid_desktop.config import AFTER_DECISION, LANGUAGES, STATIONS, Settings
from telvalid_desktop.core.filing.hot_folder import folder_beside
from telvalid_desktop.core.filing.imap_mailbox import SECURITIES
from telvalid_desktop.db.database import DatabaseUrlError, sqlite_path
from telvalid_desktop.paths import default_workspace

# Whole numbers and the values they may take (the dialog's spin boxes use the same bounds); the
# team's values and their bounds are in core/team_policy.py.
LIMITS: dict[str, tuple[int, int]] = {
    "claim_timeout_minutes": (5, 24 * 60),
    "mail_port": (1, 65535),
    "mail_interval_minutes": (1, 24 * 60),
}

# Read when the window is built on a workspace: they apply once it is reopened.
RESTART_FIELDS = frozenset({"workspace", "database_url", "language", "station"})


class Problem(StrEnum):
    RELATIVE = "relative"  # a folder must be a full path (C:\..., /mnt/...), not relative to who knows where
    MISSING = "missing"  # the folder does not exist (the scanner's folder must)
    NOT_A_FOLDER = "not_a_folder"  # detail: the file standing where a folder is needed
    NOT_A_FILE = "not_a_file"  # the SQLite database names a folder
    NOT_CREATABLE = "not_creatable"  # detail: the nearest existing folder, where nothing can be created
    NOT_READABLE = "not_readable"
    NOT_WRITABLE = "not_writable"
    INSIDE_HOT_FOLDER = "inside_hot_folder"  # its files would be imported again and again
    SAME_AS_WORKSPACE = "same_as_workspace"
    INSIDE_WORKSPACE = "inside_workspace"
    SAME_AS_HOT_FOLDER = "same_as_hot_folder"
    BAD_URL = "bad_url"  # detail: DatabaseUrlError.reason (scheme, sqlite_path, port)
    OUT_OF_RANGE = "out_of_range"  # bounds in LIMITS
    UNKNOWN_CHOICE = "unknown_choice"  # a language or station this version does not have


@dataclass(frozen=True)
class SettingProblem:
    """What is wrong with one setting: ``field`` is the name in ``Settings``."""

    field: str
    code: Problem
    detail: str = ""


def changed_fields(before: Settings, after: Settings) -> frozenset[str]:
    """The names of the settings whose value differs."""
    return frozenset(
        field.name
        for field in fields(Settings)
        if field.name != "version" and getattr(before, field.name) != getattr(after, field.name)
    )


def check_settings(candidate: Settings) -> list[SettingProblem]:
    """Every problem of ``candidate``, in the order of the settings (none: it can be saved)."""
    return [*_numbers(candidate), *_choices(candidate), *_database(candidate), *_folders(candidate)]


def _numbers(candidate: Settings) -> Iterator[SettingProblem]:
    for name, (low, high) in LIMITS.items():
        if not low <= getattr(candidate, name) <= high:
            yield SettingProblem(name, Problem.OUT_OF_RANGE)


def _choices(candidate: Settings) -> Iterator[SettingProblem]:
    if candidate.language not in LANGUAGES:
        yield SettingProblem("language", Problem.UNKNOWN_CHOICE, candidate.language)
    if candidate.station not in STATIONS:
        yield SettingProblem("station", Problem.UNKNOWN_CHOICE, candidate.station)
    if candidate.after_decision not in AFTER_DECISION:
        yield SettingProblem("after_decision", Problem.UNKNOWN_CHOICE, candidate.after_decision)
    if candidate.mail_security not in SECURITIES:
        yield SettingProblem("mail_security", Problem.UNKNOWN_CHOICE, candidate.mail_security)


def _database(candidate: Settings) -> Iterator[SettingProblem]:
    """A server is only tested on demand (it can take seconds); a SQLite file's folder is looked at."""
    url = candidate.database_url
    if not url:
        return  # SQLite in the workspace, checked with it
    try:
        path = sqlite_path(url, Path())
    except DatabaseUrlError as bad:
        yield SettingProblem("database_url", Problem.BAD_URL, bad.reason)
        return
    if path is None:
        return
    if path.is_dir():
        yield SettingProblem("database_url", Problem.NOT_A_FILE, str(path))
        return
    found = _folder_problem(path.parent, must_exist=False)
    if found is not None:
        yield SettingProblem("database_url", *found)


def _folders(candidate: Settings) -> Iterator[SettingProblem]:
    workspace = _full_path(candidate.workspace) if candidate.workspace else default_workspace()
    if workspace is None:
        yield SettingProblem("workspace", Problem.RELATIVE)
    elif candidate.workspace:
        yield from _problems("workspace", _folder_problem(workspace, must_exist=False))
    if not candidate.hot_folder:
        return  # not watched: its archive and quarantine are not used
    inbox = _full_path(candidate.hot_folder)
    if inbox is None:
        yield SettingProblem("hot_folder", Problem.RELATIVE)
        return
    inbox_problem = _folder_problem(inbox, must_exist=True, readable=True)
    yield from _problems("hot_folder", inbox_problem)
    if workspace is not None:
        if _same(inbox, workspace):
            yield SettingProblem("hot_folder", Problem.SAME_AS_WORKSPACE)
        elif _inside(inbox, workspace):
            yield SettingProblem("hot_folder", Problem.INSIDE_WORKSPACE, str(workspace))
        elif _inside(workspace, inbox):
            yield SettingProblem("workspace", Problem.INSIDE_HOT_FOLDER, str(inbox))
    for name, kind in (("hot_folder_archive", "archive"), ("hot_folder_quarantine", "quarantine")):
        yield from _moved_to(name, getattr(candidate, name), inbox, kind, check_default=inbox_problem is None)


def _moved_to(name: str, text: str, inbox: Path, kind: str, *, check_default: bool) -> Iterator[SettingProblem]:
    """Where the hot folder's files go: a folder it can create and write, outside the watched folder."""
    if not text:
        if check_default:  # FOLDER-archive beside a share's root may not be creatable
            yield from _problems(name, _folder_problem(folder_beside(inbox, kind), must_exist=False))
        return
    folder = _full_path(text)
    if folder is None:
        yield SettingProblem(name, Problem.RELATIVE)
        return
    yield from _problems(name, _folder_problem(folder, must_exist=False))
    if _same(folder, inbox):
        yield SettingProblem(name, Problem.SAME_AS_HOT_FOLDER)
    elif _inside(folder, inbox):
        yield SettingProblem(name, Problem.INSIDE_HOT_FOLDER, str(inbox))


def _problems(name: str, found: tuple[Problem, str] | None) -> Iterator[SettingProblem]:
    if found is not None:
        yield SettingProblem(name, *found)


def _full_path(text: str) -> Path | None:
    path = Path(text).expanduser()
    return path if path.is_absolute() else None


def _folder_problem(path: Path, *, must_exist: bool, readable: bool = False) -> tuple[Problem, str] | None:
    """Why ``path`` cannot be a folder the application writes in (created first unless ``must_exist``)."""
    try:
        if not path.exists():
            return (Problem.MISSING, str(path)) if must_exist else _not_creatable(path)
        if not path.is_dir():
            return Problem.NOT_A_FOLDER, str(path)
    except OSError:  # a parent that may not be listed
        return Problem.NOT_READABLE, str(path)
    if readable and not _readable(path):
        return Problem.NOT_READABLE, str(path)
    return None if _writable(path) else (Problem.NOT_WRITABLE, str(path))


def _not_creatable(path: Path) -> tuple[Problem, str] | None:
    """A missing folder can be created when its nearest existing parent is a folder one can write in."""
    ancestor = next(parent for parent in path.parents if parent.exists())
    if not ancestor.is_dir():
        return Problem.NOT_A_FOLDER, str(ancestor)
    return None if _writable(ancestor) else (Problem.NOT_CREATABLE, str(ancestor))


def _writable(folder: Path) -> bool:
    """Tried for real: permissions bits say little on a network share (ACLs, read-only mounts)."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".telvalid-check-", suffix=".tmp"):
            return True
    except OSError:
        return False


def _readable(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            next(entries, None)
    except OSError:
        return False
    return True


def _same(one: Path, other: Path) -> bool:
    return one.resolve() == other.resolve()


def _inside(inner: Path, outer: Path) -> bool:
    return inner.resolve().is_relative_to(outer.resolve())
