"""The scans hold customers' bank details and identity documents: only their owner may read them.

Folders are 0700 and files 0600 (stored scans 0400: never modified either). Applied where
the files are made (workspace, store, backups); a share that ignores modes keeps its own ACLs.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = stat.S_IRWXU  # 0700
FILE_MODE = stat.S_IRUSR | stat.S_IWUSR  # 0600
READ_ONLY_MODE = stat.S_IRUSR  # 0400


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; only its owner may list or enter it."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _chmod(path, FOLDER_MODE)
    return path


def keep_new_files_private() -> None:
    """Files this process creates from now on (crops, letters, exports, SQLite's journals) are its
    owner's only: set once by whatever opens a workspace."""
    os.umask(0o077)


def private_tree_files(folder: Path, prefix: str) -> None:
    """The files in ``folder`` whose name starts with ``prefix`` (a database and its journals) 0600."""
    for path in folder.glob(f"{prefix}*"):
        _chmod(path, FILE_MODE)


def private_tree(root: Path) -> None:
    """Every folder under ``root`` 0700, every file 0600 (read-only files stay read-only)."""
    _chmod(root, FOLDER_MODE)
    for folder, folders, files in os.walk(root):
        for name in folders:
            _chmod(Path(folder) / name, FOLDER_MODE)
        for name in files:
            path = Path(folder) / name
            _chmod(path, READ_ONLY_MODE if not path.stat().st_mode & stat.S_IWUSR else FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:  # a share that does not keep modes: its ACLs decide
        pass
