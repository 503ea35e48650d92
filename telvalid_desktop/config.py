"""User settings kept as a small JSON file: typed, with defaults declared once.

Missing keys take their default and unknown keys are ignored, so an older or newer
file still opens; ``version`` lets a later release upgrade the file's layout.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

import platformdirs

from telvalid_desktop.paths import APP_NAME

SETTINGS_VERSION = 1
LANGUAGES = ("fr", "en")  # of the window, the letters and the rules' labels
STATIONS = ("technician", "mailroom")  # which window a workstation opens
AFTER_DECISION = ("next", "stay")  # after validating or holding: the queue's next dossier opens, or it stays


class SettingsError(ValueError):
    """The settings file exists but cannot be used (not JSON, or a value of the wrong type)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


@dataclass(frozen=True)
class Settings:
    """Every setting of this workstation with its default; the only place defaults are written.

    The team's values (allowance, reminder and aging thresholds, retention, envelope size) are
    not here but in the database (core/team_policy.py); an old file's keys for them are ignored
    here and imported once (core/team_policy_import.py).
    """

    version: int = SETTINGS_VERSION
    workspace: str = ""  # the workspace folder; "" = TELVALID_WORKSPACE, else one in the user's data directory
    language: str = "fr"
    claim_timeout_minutes: int = 240  # local: how long this workstation waits before taking over a claim
    database_url: str = ""  # a shared PostgreSQL server (postgresql://user@host/db); "" = SQLite in the workspace
    station: str = "technician"  # which window this workstation opens: technician | mailroom
    after_decision: str = "next"  # after validating or holding a dossier: next (the queue's next opens) | stay
    hot_folder: str = ""  # where the scanner drops its files ("" = not watched)
    hot_folder_archive: str = ""  # "" = beside it, FOLDER-archive
    hot_folder_quarantine: str = ""  # "" = beside it, FOLDER-quarantine
    # The team's mailbox (IMAP), fetched by `telvalid mail fetch` and the mailroom window; its password is
    # kept apart (core/filing/mail_password.py), never here.
    mail_host: str = ""  # "" = no mailbox
    mail_port: int = 993
    mail_user: str = ""
    mail_security: str = "tls"  # tls (IMAPS) | starttls | plain (a test server on this machine only)
    mail_inbox: str = "INBOX"
    mail_imported_folder: str = "Importé"  # where a message goes once imported
    mail_quarantine_folder: str = "Quarantaine"  # where a refused message goes
    mail_interval_minutes: int = 5  # how often the mailbox is fetched while the window (or `mail fetch --repeat`) runs


def settings_path() -> Path:
    """The user's settings file (per user, not per workspace)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def _checked(path: Path, data: dict[str, object]) -> dict[str, object]:
    """Known keys only, each of its declared type (bool is not accepted as an int)."""
    known: dict[str, object] = {}
    for field in fields(Settings):
        if field.name not in data:
            continue
        value = data[field.name]
        expected = type(getattr(Settings(), field.name))
        if isinstance(value, bool) or not isinstance(value, expected):
            raise SettingsError(path, f"{field.name} must be {expected.__name__}, not {value!r}")
        known[field.name] = value
    return known


def load_settings(path: Path) -> Settings:
    """The settings in ``path``; the defaults when the file does not exist yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as bad:
        raise SettingsError(path, f"not JSON ({bad.msg}, line {bad.lineno})") from bad
    if not isinstance(data, dict):
        raise SettingsError(path, "not a JSON object")
    known = _checked(path, data)
    known["version"] = SETTINGS_VERSION  # older layouts are upgraded here when one changes
    return Settings(**known)  # type: ignore[arg-type]


def save_settings(settings: Settings, path: Path) -> None:
    """Write atomically (temporary file then rename), so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    content = json.dumps(asdict(replace(settings, version=SETTINGS_VERSION)), indent=2, sort_keys=True) + "\n"
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(content)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
