"""Commands that look after a workspace as a whole: backup and restore (check and purge join them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, print_json
from telvalid_desktop.config import load_settings, settings_path
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.administration.session import chosen_place
from telvalid_desktop.core.maintenance.backup import BackupError, backup_workspace, restore_workspace
from telvalid_desktop.core.maintenance.retention import purge_expired, purge_plan
from telvalid_desktop.core.maintenance.workspace_check import check_workspace


def cmd_backup(args: argparse.Namespace, session: Services) -> int:
    """A consistent copy while the app runs (SQLite online backup, or pg_dump of a snapshot)."""
    try:
        report = backup_workspace(session.workspace, Path(args.out))
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
    place = chosen_place(load_settings(settings_path()), workspace=args.workspace, database_url=args.database)
    try:
        restored = restore_workspace(Path(args.backup), place.root, place.database_url)
    except BackupError as refused:
        print(f"Restauration impossible : {refused}", file=sys.stderr)
        return EXIT_REJECTED
    restored.close()
    print(f"Espace de travail restauré dans {restored.root}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, session: Services) -> int:
    """Every file, page and history row; --repair does the safe repairs. Exit 1 when something is left."""
    report = check_workspace(session.workspace, repair=args.repair)
    if args.json:
        print_json(report.to_json())
    else:
        print(report.text())
    return EXIT_OK if report.clean else EXIT_REJECTED


def cmd_purge(args: argparse.Namespace, session: Services) -> int:
    """Delete the scans whose retention period is over (the team's ``retention_months``); --dry-run lists them."""
    months = args.months if args.months is not None else session.policy.read().retention_months
    if months <= 0:
        print("Aucune durée de conservation réglée (retention_months) : rien n'est supprimé.")
        return EXIT_OK
    plan = purge_plan(months) if args.dry_run else purge_expired(session.workspace, months, session.user)
    verb = "seraient supprimé(s)" if args.dry_run else "supprimé(s)"
    print(
        f"{len(plan.file_ids)} scan(s) de {len(plan.dossier_ids)} dossier(s) clos depuis plus de {months} mois {verb}."
    )
    return EXIT_OK


def add_maintenance_parsers(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="sauvegarder la base et les documents (pendant le travail)")
    backup.add_argument("out", help="nouveau dossier de sauvegarde")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser(
        "restore", help="restaurer une sauvegarde dans un nouveau dossier de travail (--workspace, --database)"
    )
    restore.add_argument("backup", help="dossier de sauvegarde")
    restore.set_defaults(handler=cmd_restore, opens_workspace=False)
    check = commands.add_parser("check", help="vérifier tout l'espace de travail (fichiers, pages, historique)")
    check.add_argument("--repair", action="store_true", help="faire les réparations sans risque, et les dire")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=cmd_check)
    purge = commands.add_parser("purge", help="supprimer les scans des dossiers clos au-delà de la conservation")
    purge.add_argument(
        "--months", type=int, help="durée de conservation (défaut : valeur de l'équipe retention_months)"
    )
    purge.add_argument("--dry-run", action="store_true", help="dire ce qui serait supprimé, sans rien supprimer")
    purge.set_defaults(handler=cmd_purge)
