"""Commands that look after a workspace as a whole: backup and restore (check and purge join them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, print_json
from telvalid_desktop.core.backup import BackupError, backup_workspace, restore_workspace
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.paths import default_workspace


def cmd_backup(args: argparse.Namespace, workspace: Workspace) -> int:
    """A consistent copy while the app runs (SQLite online backup, or pg_dump of a snapshot)."""
    try:
        report = backup_workspace(workspace, Path(args.out))
    except BackupError as refused:
        print(f"Sauvegarde impossible : {refused}", file=sys.stderr)
        return EXIT_REJECTED
    if args.json:
        print_json(
            {
                "path": str(report.path),
                "backend": report.backend,
                "schema_version": report.schema_version,
                "stored_files": report.stored_files,
                "bytes": report.bytes,
                "seconds": round(report.seconds, 2),
            }
        )
    else:
        print(
            f"Sauvegarde {report.backend} dans {report.path} : {report.stored_files} fichier(s) de scans,"
            f" {report.bytes / 1e6:.1f} Mo, {report.seconds:.1f} s."
        )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Into a new workspace folder (and a new, empty database): never over existing work."""
    target = args.workspace or default_workspace()
    try:
        restored = restore_workspace(Path(args.backup), target, args.database)
    except BackupError as refused:
        print(f"Restauration impossible : {refused}", file=sys.stderr)
        return EXIT_REJECTED
    restored.close()
    print(f"Espace de travail restauré dans {restored.root}.")
    return EXIT_OK


def add_maintenance_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = commands.add_parser("backup", help="sauvegarder la base et les documents (pendant le travail)")
    backup.add_argument("out", help="nouveau dossier de sauvegarde")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser(
        "restore", help="restaurer une sauvegarde dans un nouveau dossier de travail (--workspace, --database)"
    )
    restore.add_argument("backup", help="dossier de sauvegarde")
    restore.set_defaults(handler=cmd_restore, opens_workspace=False)
