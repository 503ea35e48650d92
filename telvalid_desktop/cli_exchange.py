"""What comes from and goes to other services: the manager's export in, validations out."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, time
from pathlib import Path

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, day_argument, print_json
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.errors import BadProcedureExport
from telvalid_desktop.core.lifecycle.procedures import import_export
from telvalid_desktop.core.supervision.validation_export import ExportConflict, ExportTargetExists, export_validations


def cmd_procedures_import(args: argparse.Namespace, _session: Services) -> int:
    try:
        summary = import_export(Path(args.file))
    except (BadProcedureExport, OSError, UnicodeDecodeError) as failure:
        print(f"Export du manager illisible : {failure}", file=sys.stderr)
        return EXIT_REJECTED
    print(f"Procédures connues : {summary.added} ajoutées, {summary.updated} mises à jour.")
    return EXIT_OK


def cmd_export_validations(args: argparse.Namespace, session: Services) -> int:
    since = datetime.combine(args.since, time()).astimezone() if args.since else None  # local midnight
    try:
        result = export_validations(Path(args.out), args.format, session.user, since)
    except ExportTargetExists:
        print(f"{args.out} existe déjà : un export n'est jamais écrasé, choisissez un autre nom.", file=sys.stderr)
        return EXIT_REJECTED
    except (ExportConflict, OSError) as failure:
        print(f"Export impossible, aucune validation n'a été marquée exportée : {failure}", file=sys.stderr)
        return EXIT_REJECTED
    if args.json:
        print_json({**result.to_json(), "since": args.since.isoformat() if args.since else None})
    else:
        print(f"{result.rows} validation(s) exportée(s) dans {result.path} (export n° {result.export_id}).")
    return EXIT_OK


def add_exchange_parsers(commands: argparse._SubParsersAction) -> None:
    procedures = commands.add_parser("procedures", help="procédures connues (export du manager)")
    procedure_commands = procedures.add_subparsers(dest="procedures_command", required=True)
    procedures_import = procedure_commands.add_parser("import", help="importer l'export CSV du manager")
    procedures_import.add_argument("file")
    procedures_import.set_defaults(handler=cmd_procedures_import, creates_workspace=True)  # a set-up step

    export = commands.add_parser("export", help="exports vers d'autres services")
    export_commands = export.add_subparsers(dest="export_command", required=True)
    validations = export_commands.add_parser(
        "validations", help="les validations pas encore exportées, pour la facturation (chacune une seule fois)"
    )
    validations.add_argument("out", help="fichier à écrire (jamais écrasé)")
    validations.add_argument("--since", type=day_argument, help="seulement celles validées depuis ce jour (AAAA-MM-JJ)")
    validations.add_argument("--format", default="csv", choices=["csv", "jsonl"])
    validations.add_argument("--json", action="store_true", help="un résumé JSON")
    validations.set_defaults(handler=cmd_export_validations)
