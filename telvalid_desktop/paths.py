"""Where things live: bundled resources (dev tree or frozen build) and the default workspace."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "telvalid-desktop"
WORKSPACE_ENV = "TELVALID_WORKSPACE"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, from a source checkout or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def default_workspace(configured: str = "") -> Path:
    """The workspace when none is given: TELVALID_WORKSPACE, else ``configured`` (the setting
    ``workspace``), else one in the user's data directory.

    The environment wins over the setting so that a session (a test, a script, a second
    workspace opened by hand) can point elsewhere without editing the user's settings.
    """
    chosen = os.environ.get(WORKSPACE_ENV) or configured
    if chosen:
        return Path(chosen).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"
