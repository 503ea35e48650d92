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


def default_workspace() -> Path:
    """The workspace named by TELVALID_WORKSPACE, else one in the user's data directory."""
    configured = os.environ.get(WORKSPACE_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"
