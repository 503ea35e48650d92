"""Where a workstation's work goes, decided once for every way in.

The command line, the hot-folder watcher, the window and the demo's "open it" command
must reach the same workspace folder and the same database, or scans are filed where no
one looks (a workstation set up for the team's PostgreSQL server in *Réglages* whose
``telvalid watch`` wrote into a local SQLite file). So the precedence lives here only:
what the command line names, then the environment (``TELVALID_WORKSPACE``,
``TELVALID_DATABASE``: a session pointing elsewhere without editing the settings), then
the user's settings, then the defaults (a workspace in the user's data folder, its own
SQLite file).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.administration.team_policy_import import adopt_local_policy
from telvalid_desktop.core.workspace import current_user, open_workspace
from telvalid_desktop.db.database import configured_url
from telvalid_desktop.paths import WORKSPACE_ENV, default_workspace


@dataclass(frozen=True)
class Place:
    """A workspace folder and its database ("" = the SQLite file in the folder)."""

    root: Path
    database_url: str
    named: bool = False  # the folder was named (flag, environment, settings), not the user's default

    def missing(self) -> bool:
        """A named folder that is not there: a typing mistake or a share not mounted, not a first run."""
        return self.named and not self.root.is_dir()


def chosen_place(settings: Settings, *, workspace: Path | None = None, database_url: str | None = None) -> Place:
    """The folder and database a session opens: given, else environment, else settings, else default."""
    root = workspace or default_workspace(settings.workspace)
    url = configured_url(database_url) or settings.database_url.strip()
    named = bool(workspace or os.environ.get(WORKSPACE_ENV) or settings.workspace)
    return Place(root, url, named=named)


def open_session(
    settings: Settings,
    *,
    workspace: Path | None = None,
    database_url: str | None = None,
    user: str | None = None,
    settings_file: Path | None = None,
) -> Services:
    """Open the chosen workspace and build its services; the caller closes ``services.workspace``.

    ``settings_file``: the file ``settings`` came from, whose old team values are imported once
    (core/team_policy_import.py).

    Raises what ``open_workspace`` raises (server unavailable, unknown address, newer schema).
    """
    place = chosen_place(settings, workspace=workspace, database_url=database_url)
    opened = open_workspace(place.root, place.database_url)
    services = build_services(opened, settings, user or current_user())
    if settings_file is not None:
        adopt_local_policy(settings_file, services.user)
    return services
