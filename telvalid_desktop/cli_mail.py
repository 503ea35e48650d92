"""``telvalid mail``: the team's mailbox (IMAP) fetched into the intake, and its password kept."""

from __future__ import annotations

import argparse
import getpass
import sys
import threading
from dataclasses import replace

from telvalid_desktop.cli_outcomes import OutcomeReport, ProgressBar
from telvalid_desktop.cli_output import EXIT_NO_DATABASE, EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from telvalid_desktop.config import load_settings, settings_path
from telvalid_desktop.core.administration.services import Services, intake_service
from telvalid_desktop.core.filing.imap_mailbox import SECURITIES, MailboxAccount, MailboxError
from telvalid_desktop.core.filing.mail_fetch import MailFetch, incoming_folder
from telvalid_desktop.core.filing.mail_password import load_password, save_password
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.messages import message


def _mail_account(args: argparse.Namespace) -> MailboxAccount | None:
    """The mailbox of the settings, each value replaced by the option given on the command line."""
    settings = load_settings(settings_path())
    given = {"mail_host": args.host, "mail_user": args.user, "mail_port": args.port, "mail_security": args.security}
    account = MailboxAccount.from_settings(replace(settings, **{name: value for name, value in given.items() if value}))
    if account is None:
        print(message("mailbox_not_set"), file=sys.stderr)
    return account


def cmd_mail_password(args: argparse.Namespace) -> int:
    account = _mail_account(args)
    if account is None:
        return EXIT_USAGE
    typed = getpass.getpass(f"Mot de passe de {account.name} : ") if sys.stdin.isatty() else sys.stdin.readline()
    password = typed.rstrip("\r\n")
    if not password:
        print("Mot de passe vide : rien n'est enregistré.", file=sys.stderr)
        return EXIT_USAGE
    print(f"Mot de passe de {account.name} enregistré ({save_password(account.name, password)}).")
    return EXIT_OK


def cmd_mail_fetch(args: argparse.Namespace, session: Services) -> int:
    account = _mail_account(args)
    if account is None:
        return EXIT_USAGE
    password = load_password(account.name)
    if password is None:
        print(message("mailbox_no_password").format(account=account.name), file=sys.stderr)
        return EXIT_USAGE
    report = OutcomeReport(as_json=args.json)

    def failed(path: str, failure: Exception) -> None:
        report.rejected = True
        print(message("mailbox_message_failed").format(file=path, detail=failure), file=sys.stderr)

    progress = ProgressBar(enabled=not args.json and sys.stderr.isatty())
    with PageWorkers(args.workers) as workers:
        fetch = MailFetch(
            account, password, intake_service(session, workers), incoming_folder(session.workspace.root, account)
        )
        try:
            if args.repeat:
                stop = threading.Event()
                interval = 60.0 * load_settings(settings_path()).mail_interval_minutes
                try:
                    fetch.run_forever(stop, report, interval, failed)
                except KeyboardInterrupt:
                    stop.set()
            else:
                for outcome in fetch.run_once(progress=progress, on_failure=failed):
                    report(outcome)
        except MailboxError as failure:
            print(message(failure.code).format(detail=failure.detail), file=sys.stderr)
            return EXIT_NO_DATABASE if failure.code == "mailbox_unreachable" else EXIT_REJECTED
    return report.exit_code()


def add_mail_parser(commands: argparse._SubParsersAction) -> None:
    mail = commands.add_parser("mail", help="la boîte aux lettres de l'équipe (IMAP) : relever le courriel")
    mail_commands = mail.add_subparsers(dest="mail_command", required=True)
    fetch = mail_commands.add_parser(
        "fetch", help="importer les nouveaux courriels, puis les ranger dans Importé ou Quarantaine sur le serveur"
    )
    fetch.add_argument("--json", action="store_true", help="une ligne JSON par courriel, comme ingest --json")
    fetch.add_argument("--workers", type=int, default=None, help="processus de lecture (défaut : un par cœur)")
    fetch.add_argument(
        "--repeat", action="store_true", help="relever à intervalle régulier (réglage mail_interval_minutes)"
    )
    fetch.set_defaults(handler=cmd_mail_fetch, creates_workspace=True)
    password = mail_commands.add_parser(
        "password", help="enregistrer le mot de passe de la boîte (trousseau du système, sinon fichier privé)"
    )
    password.set_defaults(handler=cmd_mail_password, opens_workspace=False)
    for command in (fetch, password):
        command.add_argument("--host", help="serveur IMAP (défaut : réglages)")
        command.add_argument("--port", type=int, help="port (défaut : réglages, 993)")
        command.add_argument("--user", help="identifiant de la boîte (défaut : réglages)")
        command.add_argument(
            "--security",
            choices=SECURITIES,
            help="tls (défaut), starttls, ou plain : serveur d'essai sur cet ordinateur",
        )
