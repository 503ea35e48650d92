"""Where the mailbox password is kept: the system keyring, else a file only its owner reads.

Never in the settings file (it is copied, shown and sent with support requests) and never
in a log line. The ``keyring`` package is used when it is installed and finds a real
backend (Windows Credential Locker, macOS Keychain, Secret Service); otherwise the
password sits in the user's configuration folder in a file of mode 0600.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import os
from pathlib import Path
from types import ModuleType

import platformdirs

from telvalid_desktop.paths import APP_NAME

KEYRING_SERVICE = "telvalid-desktop-mailbox"


def _keyring() -> ModuleType | None:
    """The ``keyring`` module when it has a backend that really stores secrets."""
    try:
        keyring = importlib.import_module("keyring")
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if getattr(backend, "priority", 0) <= 0 or type(backend).__module__.startswith("keyring.backends.fail"):
        return None  # the "fail" and "null" backends keep nothing
    return keyring


def password_file(account: str) -> Path:
    """The owner-only file of ``account`` (``user@host``), named by a digest: no name escaping needed."""
    digest = hashlib.sha256(account.encode()).hexdigest()[:16]
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / f"mailbox-{digest}.secret"


def save_password(account: str, password: str) -> str:
    """Keep ``password`` for ``account``; where it went, in words for the person who typed it."""
    keyring = _keyring()
    if keyring is not None:
        keyring.set_password(KEYRING_SERVICE, account, password)
        return "trousseau du système"
    path = password_file(account)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.new")
    temporary.unlink(missing_ok=True)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # never readable by others
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(password)
    os.replace(temporary, path)
    return str(path)


def load_password(account: str) -> str | None:
    """The password kept for ``account``, None when none was given yet."""
    keyring = _keyring()
    if keyring is not None:
        found = keyring.get_password(KEYRING_SERVICE, account)
        if found is not None:
            return str(found)
    with contextlib.suppress(FileNotFoundError):
        return password_file(account).read_text(encoding="utf-8")
    return None
