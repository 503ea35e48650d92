"""The lead's figures from the command line: the dashboard over a period and the weekly report."""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, day_argument, print_json
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.supervision.dashboard import (
    CHART_KEYS,
    dashboard_figures,
    figures_text,
    figures_to_json,
    write_chart_csv,
)
from telvalid_desktop.core.supervision.weekly_report import monday_of, write_weekly_report

DASHBOARD_DAYS = 30  # the dashboard's default period, today included


def cmd_dashboard(args: argparse.Namespace, _session: Services) -> int:
    """The lead's figures over a period of local days (default: the last 30, today included)."""
    end = args.until or date.today()
    start = args.since or end - timedelta(days=DASHBOARD_DAYS - 1)
    if end < start:
        print(f"La période finit ({end}) avant de commencer ({start}).", file=sys.stderr)
        return EXIT_USAGE
    figures = dashboard_figures(start, end)
    if args.csv_dir:
        folder = Path(args.csv_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            for key in CHART_KEYS:
                write_chart_csv(figures, key, folder / f"{key}.csv")
        except OSError as failure:
            print(f"CSV non écrits : {failure}", file=sys.stderr)
            return EXIT_REJECTED
    if args.json:
        print_json(figures_to_json(figures))
    else:
        print(figures_text(figures))
    return EXIT_OK


def cmd_report_weekly(args: argparse.Namespace, _session: Services) -> int:
    monday = monday_of(args.week or date.today() - timedelta(days=7))  # default: the last complete week
    try:
        path = write_weekly_report(monday, Path(args.out))
    except OSError as failure:
        print(f"Rapport non écrit : {failure}", file=sys.stderr)
        return EXIT_REJECTED
    print(f"Rapport de la semaine du {monday:%d/%m/%Y} : {path}")
    return EXIT_OK


def add_report_parsers(commands: argparse._SubParsersAction) -> None:
    dashboard = commands.add_parser("dashboard", help="tableau de bord : envois, validations, attentes, délais")
    dashboard.add_argument(
        "--from",
        dest="since",
        type=day_argument,
        metavar="AAAA-MM-JJ",
        help="premier jour (défaut : 29 jours avant --to)",
    )
    dashboard.add_argument(
        "--to", dest="until", type=day_argument, metavar="AAAA-MM-JJ", help="dernier jour (défaut : aujourd'hui)"
    )
    dashboard.add_argument("--json", action="store_true", help="les chiffres en un objet JSON")
    dashboard.add_argument("--csv-dir", metavar="DOSSIER", help="écrire aussi un CSV par graphique dans ce dossier")
    dashboard.set_defaults(handler=cmd_dashboard)
    report = commands.add_parser("report", help="rapports à imprimer")
    reports = report.add_subparsers(dest="report_command", required=True)
    weekly = reports.add_parser("weekly", help="rapport hebdomadaire de l'équipe (PDF)")
    weekly.add_argument("out", metavar="OUT.pdf", help="le PDF à écrire (remplacé s'il existe)")
    weekly.add_argument(
        "--week", type=day_argument, metavar="AAAA-MM-JJ", help="un jour de la semaine (défaut : la dernière complète)"
    )
    weekly.set_defaults(handler=cmd_report_weekly)
