"""The ``telvalid`` command line: the intake and the dossiers without a window.

Its ``--json`` outputs are a contract read by other tools: keys are only ever added.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from time import sleep

from telvalid_desktop import __version__
from telvalid_desktop.cli_demo import add_demo_parser
from telvalid_desktop.cli_exchange import add_exchange_parsers
from telvalid_desktop.cli_lead import add_lead_parsers
from telvalid_desktop.cli_letterhead import add_letterhead_parser
from telvalid_desktop.cli_mail import add_mail_parser
from telvalid_desktop.cli_maintenance import add_maintenance_parsers
from telvalid_desktop.cli_outcomes import OutcomeReport, ProgressBar
from telvalid_desktop.cli_output import (
    EXIT_NO_DATABASE,
    EXIT_NOT_ALLOWED,
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    print_json,
)
from telvalid_desktop.cli_policy import add_policy_parser
from telvalid_desktop.cli_reports import add_report_parsers
from telvalid_desktop.config import Settings, load_settings, settings_path
from telvalid_desktop.core.administration.services import Services, intake_service
from telvalid_desktop.core.administration.session import Place, chosen_place, open_session
from telvalid_desktop.core.correspondence.letters import LetterNotPossible
from telvalid_desktop.core.correspondence.reminders import dossiers_awaiting_complement
from telvalid_desktop.core.errors import DossierNotFound, InvalidValue
from telvalid_desktop.core.filing.hot_folder import HotFolder
from telvalid_desktop.core.filing.ingest import expand_inputs
from telvalid_desktop.core.lifecycle.customer_status import status_sentence
from telvalid_desktop.core.lifecycle.dossier_detail import read_dossier_detail
from telvalid_desktop.core.roles import NotAllowed, Role
from telvalid_desktop.db import repository
from telvalid_desktop.db.database import DatabaseUnavailable, DatabaseUrlError, redacted
from telvalid_desktop.db.migrations import SchemaTooNew
from telvalid_desktop.domain import Channel, DossierStatus
from telvalid_desktop.intake.separator import separator_sheet_pdf
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.log import configure_logging
from telvalid_desktop.messages import current_language, message


def cmd_ingest(args: argparse.Namespace, session: Services) -> int:
    report = OutcomeReport(as_json=args.json)
    progress = ProgressBar(enabled=not args.json and sys.stderr.isatty())
    with PageWorkers(args.workers, engine_name=args.ocr) as workers:
        service = intake_service(session, workers)
        for path in expand_inputs(Path(item) for item in args.paths):
            outcome = service.ingest(path, channel=Channel(args.channel), progress=progress)
            if outcome is not None:
                report(outcome)
    return report.exit_code()


def cmd_watch(args: argparse.Namespace, session: Services) -> int:
    inbox = Path(args.folder)
    if not inbox.is_dir():
        print(f"Dossier à surveiller introuvable : {inbox}", file=sys.stderr)
        return EXIT_USAGE
    report = OutcomeReport(as_json=args.json)
    with PageWorkers(args.workers) as workers:
        folder = HotFolder.beside(
            inbox,
            intake_service(session, workers),
            archive=Path(args.archive) if args.archive else None,
            quarantine=Path(args.quarantine) if args.quarantine else None,
            settle_s=args.settle,
            explain=message,
            channel=Channel(args.channel),
        )
        if args.once:
            for outcome in folder.run_once():
                report(outcome)
        else:
            stop = threading.Event()
            try:
                folder.run_forever(stop, report)
            except KeyboardInterrupt:
                stop.set()
    return report.exit_code()


def cmd_dossiers(args: argparse.Namespace, session: Services) -> int:
    for summary in repository.list_dossiers(args.status):
        if args.json:
            print_json(summary)
        else:
            print(f"{summary['procedure_number']:>10}  {summary['status']:<10} {summary['customer_name'] or ''}")
    return EXIT_OK


def cmd_dossier(args: argparse.Namespace, session: Services) -> int:
    language = current_language()
    try:
        dossier = session.dossiers.get(args.number)
    except DossierNotFound:
        print(status_sentence(args.number, language, checklist=session.checklist), file=sys.stderr)
        return EXIT_REJECTED
    shown = read_dossier_detail(session, dossier.id, language)  # what the window shows, the same way
    detail = repository.dossier_summary(dossier, repository.known_procedure(dossier.procedure_number))
    detail["status_sentence"] = shown.sentence
    detail["documents"] = repository.dossier_documents(dossier)
    detail["checklist"] = [
        {"requirement": item.code, "label": shown.labels.get(item.code, item.code), "state": item.state.value}
        for item in shown.checklist
    ]
    # A closed dossier keeps the rules it was checked against; an open one follows the rules file.
    detail["rules_version"], detail["rules_source"] = shown.rules_version, shown.rules_source.value
    detail["history"] = shown.history
    if args.json:
        print_json(detail)
        return EXIT_OK
    print(detail["status_sentence"])
    print(f"Dossier {detail['procedure_number']} — {detail['status']}")
    for document in detail["documents"]:
        pages = ", ".join(str(page["page"]) for page in document["pages"] if not page["blank"])
        print(f"  {document['received_at']}  {document['file']} ({document['channel']}) pages {pages}")
    marks = {"received": "x", "refused": "!"}
    for item in detail["checklist"]:
        print(f"  [{marks.get(item['state'], ' ')}] {item['label']}")
    for event in detail["history"]:
        print(f"  {event['at']} {event['actor']}: {event['event']} {event['from'] or ''} -> {event['to']}")
    return EXIT_OK


def cmd_letter(args: argparse.Namespace, session: Services) -> int:
    letters = session.letters
    try:
        dossier = session.dossiers.get(args.number)
        if args.email:
            print(letters.hold_email_text(dossier.id, args.language), end="")
            return EXIT_OK
        letter = letters.write_hold_letter(dossier.id, session.user, args.language)
    except DossierNotFound:
        print(f"Aucun dossier pour le numéro de procédure {args.number}.", file=sys.stderr)
        return EXIT_REJECTED
    except LetterNotPossible as impossible:
        print(f"Pas de courrier pour {args.number} : {message(impossible.reason)}.", file=sys.stderr)
        return EXIT_REJECTED
    print(letters.letter_file(letter))
    return EXIT_OK


def cmd_reminders(args: argparse.Namespace, session: Services) -> int:
    days = args.days if args.days is not None else session.policy.read().reminder_after_days
    waiting = dossiers_awaiting_complement(days, checklist=session.checklist)
    for item in waiting:
        if args.json:
            print_json(item.to_json())
        else:
            letter = item.last_letter_at.date().isoformat() if item.last_letter_at else "aucun"
            reminder = "relance à faire" if item.reminder_due else "relancé récemment"
            print(
                f"{item.procedure_number:>10}  en attente depuis {item.days_on_hold} j  dernier courrier : {letter}  "
                f"{reminder}  manque : {', '.join(item.missing) or '-'}  {item.customer_name}"
            )
    if not args.write:
        if not args.json:
            print(f"{len(waiting)} dossier(s) en attente depuis plus de {days} jours.")
        return EXIT_OK
    due = [item.procedure_number for item in waiting if item.reminder_due]
    if not due:
        print("Aucune relance à écrire.", file=sys.stderr)
        return EXIT_OK
    try:
        path = session.letters.write_reminder_letters(due, session.user, args.language, out=Path(args.write))
    except LetterNotPossible as impossible:
        print(f"Relances non écrites ({impossible.procedure_number}) : {message(impossible.reason)}.", file=sys.stderr)
        return EXIT_REJECTED
    except OSError as failure:
        print(f"Relances non écrites : {failure}", file=sys.stderr)
        return EXIT_REJECTED
    if args.json:
        print_json({"reminders_pdf": str(path), "procedure_numbers": due})
    else:
        print(f"{len(due)} relance(s) à imprimer : {path}")
    return EXIT_OK


def cmd_separator_sheet(args: argparse.Namespace) -> int:
    Path(args.out).write_bytes(separator_sheet_pdf(args.count))
    print(f"{args.count} feuille(s) de séparation : {args.out}")
    return EXIT_OK


def cmd_users(args: argparse.Namespace, session: Services) -> int:
    """List users, or (a lead) give someone a role or deactivate them."""
    users = session.users
    try:
        if args.users_command == "set":
            users.set_user(args.login, args.role, session.user, args.name or "")
        elif args.users_command == "deactivate":
            users.deactivate(args.login, session.user)
    except InvalidValue as refused:
        explain = {
            "role": "le premier utilisateur doit être un responsable (lead), pour que quelqu'un gère la liste",
            "last_lead": "il faut au moins un autre responsable actif avant de retirer celui-ci",
        }
        print(explain.get(refused.field, str(refused)), file=sys.stderr)
        return EXIT_REJECTED
    for user in users.list_users():
        if args.json:
            print_json({"login": user.login, "role": user.role, "active": user.active, "name": user.display_name})
        else:
            print(f"{user.login:20} {user.role:11} {'actif' if user.active else 'désactivé'}  {user.display_name}")
    return EXIT_OK


def _add_users_parser(commands: argparse._SubParsersAction) -> None:
    users = commands.add_parser("users", help="utilisateurs et rôles (courrier, technicien, responsable)")
    users.add_argument("--json", action="store_true")
    users.set_defaults(handler=cmd_users, users_command="list", creates_workspace=True)  # the first lead, at set-up
    user_commands = users.add_subparsers(dest="users_command")
    user_commands.add_parser("list", help="lister les utilisateurs")
    user_set = user_commands.add_parser("set", help="ajouter un utilisateur ou changer son rôle (responsable)")
    user_set.add_argument("login")
    user_set.add_argument("role", choices=[role.value for role in Role])
    user_set.add_argument("--name", help="nom affiché")
    user_deactivate = user_commands.add_parser("deactivate", help="retirer l'accès d'un utilisateur (responsable)")
    user_deactivate.add_argument("login")


def _add_place_options(parser: argparse.ArgumentParser, *, after_command: bool = False) -> None:
    """Where the work is: the workspace folder (shared by the workstations) and the database.

    Accepted before the command and after it (``telvalid restore BACKUP --workspace NEW``); given
    after it, they do not reset what was given before.
    """
    default = argparse.SUPPRESS if after_command else None
    parser.add_argument(
        "--workspace", type=Path, default=default, help="dossier de travail (défaut : TELVALID_WORKSPACE, réglages)"
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=default,
        help="base partagée postgresql://utilisateur@serveur/base (défaut : TELVALID_DATABASE, réglages, sinon SQLite)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="telvalid", description="TelValid Desktop, sans fenêtre.")
    parser.add_argument("--version", action="version", version=f"telvalid {__version__}")
    _add_place_options(parser)
    parser.add_argument("-v", "--verbose", action="store_true")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="importer des scans (fichiers ou dossiers)")
    ingest.add_argument("paths", nargs="+")
    ingest.add_argument("--json", action="store_true", help="une ligne JSON par fichier")
    ingest.add_argument("--channel", default=Channel.POST.value, choices=[c.value for c in Channel])
    ingest.add_argument("--workers", type=int, default=None, help="processus de lecture (défaut : un par cœur)")
    ingest.add_argument("--ocr", default="auto", choices=["auto", "tesserocr", "pytesseract"])
    ingest.set_defaults(handler=cmd_ingest, creates_workspace=True)  # the first scans make the workspace

    watch = commands.add_parser("watch", help="importer au fil de l'eau les scans déposés dans un dossier")
    watch.add_argument("folder")
    watch.add_argument("--archive", help="où ranger les fichiers traités (défaut : DOSSIER-archive)")
    watch.add_argument("--quarantine", help="où mettre les fichiers refusés (défaut : DOSSIER-quarantine)")
    watch.add_argument("--once", action="store_true", help="traiter ce qui est là, puis s'arrêter")
    watch.add_argument("--settle", type=float, default=2.0, help="secondes sans changement avant de lire un fichier")
    watch.add_argument("--json", action="store_true", help="une ligne JSON par fichier, comme ingest --json")
    watch.add_argument("--workers", type=int, default=None)
    watch.add_argument(
        "--channel", default=Channel.POST.value, choices=[c.value for c in Channel], help="canal des fichiers déposés"
    )
    watch.set_defaults(handler=cmd_watch, creates_workspace=True)

    dossiers = commands.add_parser("dossiers", help="lister les dossiers")
    dossiers.add_argument("--status", choices=[status.value for status in DossierStatus])
    dossiers.add_argument("--json", action="store_true")
    dossiers.set_defaults(handler=cmd_dossiers)

    dossier = commands.add_parser("dossier", help="un dossier : documents, pages, pièces, historique")
    dossier.add_argument("number")
    dossier.add_argument("--json", action="store_true")
    dossier.set_defaults(handler=cmd_dossier)

    letter = commands.add_parser("letter", help="courrier d'attente d'un dossier (PDF et feuille de retour)")
    letter.add_argument("number")
    letter.add_argument("--language", default="fr", choices=["fr", "en"], help="langue du client (défaut : fr)")
    letter.add_argument("--email", action="store_true", help="afficher le texte du courriel au lieu d'écrire le PDF")
    letter.set_defaults(handler=cmd_letter)

    reminders = commands.add_parser("reminders", help="dossiers en attente d'un complément depuis trop longtemps")
    reminders.add_argument("--days", type=int, help="délai en jours (défaut : valeur de l'équipe reminder_after_days)")
    reminders.add_argument("--write", metavar="OUT.pdf", help="écrire les relances dues dans ce PDF à imprimer")
    reminders.add_argument("--language", default="fr", choices=["fr", "en"])
    reminders.add_argument("--json", action="store_true", help="une ligne JSON par dossier")
    reminders.set_defaults(handler=cmd_reminders)

    sheet = commands.add_parser("separator-sheet", help="imprimer des feuilles de séparation (PDF)")
    sheet.add_argument("out")
    sheet.add_argument("--count", type=int, default=1)
    sheet.set_defaults(handler=cmd_separator_sheet, opens_workspace=False)  # a PDF to print, nothing stored

    _add_users_parser(commands)
    add_mail_parser(commands)
    add_report_parsers(commands)
    add_lead_parsers(commands)
    add_policy_parser(commands)
    add_letterhead_parser(commands)
    add_maintenance_parsers(commands)
    add_demo_parser(commands)

    add_exchange_parsers(commands)
    for command in commands.choices.values():
        _add_place_options(command, after_command=True)
    return parser


CONNECT_ATTEMPTS = 3
CONNECT_PAUSE_S = 5.0


def _open(settings: Settings, place: Place) -> Services | None:
    """The session at ``place`` (where the window opens with these settings), after a few tries if
    the database server does not answer; None: said why."""
    for attempt in range(1, CONNECT_ATTEMPTS + 1):
        try:
            return open_session(
                settings, workspace=place.root, database_url=place.database_url, settings_file=settings_path()
            )
        except DatabaseUnavailable as unavailable:
            said = message("database_unavailable").format(url=unavailable.url, detail=unavailable.detail)
            print(said, file=sys.stderr)
            if attempt == CONNECT_ATTEMPTS:
                return None
            print(message("database_retry").format(seconds=int(CONNECT_PAUSE_S)), file=sys.stderr)
            sleep(CONNECT_PAUSE_S)
        except DatabaseUrlError as unknown:
            print(message("database_url_unknown").format(url=redacted(str(unknown))), file=sys.stderr)
            return None
        except SchemaTooNew as newer:
            print(message("schema_too_new").format(found=newer.found, supported=newer.supported), file=sys.stderr)
            return None
    return None


def _stop_writing_to_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail on the closed pipe too."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not getattr(args, "opens_workspace", True):  # restore: makes the workspace it works on
        return int(args.handler(args))
    settings = load_settings(settings_path())
    place = chosen_place(settings, workspace=args.workspace, database_url=args.database)
    if place.missing() and not getattr(args, "creates_workspace", False):  # only the intake and set-up make one
        print(message("workspace_missing").format(path=place.root), file=sys.stderr)
        return EXIT_USAGE
    session = _open(settings, place)
    if session is None:
        return EXIT_NO_DATABASE
    configure_logging(session.workspace.logs, verbose=args.verbose)
    try:
        return int(args.handler(args, session))
    except NotAllowed as refused:
        print(message("not_allowed").format(permission=refused.permission.value), file=sys.stderr)
        return EXIT_NOT_ALLOWED
    except BrokenPipeError:  # the reader stopped early (| head, a pager closed): nothing wrong here
        _stop_writing_to_stdout()
        return EXIT_REJECTED
    finally:
        session.workspace.close()
