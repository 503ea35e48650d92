"""``telvalid demo [DIR]``: a workspace of fictitious customers a newcomer opens in the window.

The demo keeps its own SQLite file in DIR unless ``--database`` names another database
explicitly: TELVALID_DATABASE is not followed, so a workstation set up for the team's
server never pours fictitious customers into it (the window's demo does the same).
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import sys
from pathlib import Path

from telvalid_desktop.cli_output import EXIT_NO_DATABASE, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, print_json
from telvalid_desktop.config import load_settings, settings_path
from telvalid_desktop.core.administration.session import chosen_place
from telvalid_desktop.db.database import DatabaseUnavailable, DatabaseUrlError, redacted, sqlite_url
from telvalid_desktop.demo import (
    DemoNotBuilt,
    DemoSummary,
    build_demo,
    default_demo_root,
    is_demo_workspace,
)
from telvalid_desktop.messages import message

# What each dossier shows, after its number ({days}, {superseded_by}, {letter}, {export} filled in).
SCENARIO_LINES = {
    "split": "envoyé en deux fois ({days}) : deux envois dans un même dossier, à vérifier",
    "on_hold": "en attente du RIB, courrier au client écrit : {letter}",
    "superseded": "remplacé par {superseded_by} : le client a régénéré son formulaire",
    "replacement": "nouvelle procédure du même client, avec les documents de l'ancienne : à vérifier",
    "validated": "validé, exporté pour la facturation : {export}",
    "to_check": "société payant par chèque, toutes les pièces reçues : à vérifier",
    "email": "reçu par courriel : à vérifier",
}


def open_command(root: Path, database_url: str) -> str:
    """The command opening the demo in the window; ``--database`` only when the window would open another."""
    window_default = chosen_place(load_settings(settings_path()), workspace=root).database_url
    words = ["telvalid-desktop", str(root)]
    if database_url != (window_default or sqlite_url(root)):
        words[1:1] = ["--database", redacted(database_url)]
    return shlex.join(words)


def summary_text(summary: DemoSummary, command: str) -> str:
    """One line per scenario, with its dossier number, then how to open it."""
    lines = [
        f"Espace de démonstration créé dans {summary.root} en {summary.seconds:.0f} s"
        f" ({summary.pages} pages lues). Toutes les données sont fictives.",
        f"  lot du courrier : {summary.batch_file}, {summary.batch_envelopes} enveloppes"
        f" entre {summary.separator_sheets} feuilles de séparation",
    ]
    for dossier in summary.dossiers:
        sentence = SCENARIO_LINES[dossier.scenario].format(
            days=" puis ".join(dossier.received_on),
            superseded_by=dossier.superseded_by,
            letter=summary.letter,
            export=summary.export,
        )
        lines.append(f"  {dossier.procedure_number}  {sentence}")
    lines += [
        f"  à trier : {summary.unsorted} enveloppe(s) sans numéro lisible, à attribuer à un dossier",
        f"  scans à importer vous-même (glisser-déposer) : {summary.examples}",
        f"Pour l'ouvrir : {command}",
    ]
    return "\n".join(lines)


def cmd_demo(args: argparse.Namespace) -> int:
    """Build the demo, or say how to open the one already there (``--reset`` builds it again)."""
    root = (args.folder or default_demo_root()).expanduser().resolve()
    database_url = args.database or sqlite_url(root)
    command = open_command(root, database_url)
    if is_demo_workspace(root) and not args.reset:
        if args.json:
            print_json({"root": str(root), "created": False, "open_command": command})
        else:
            print(f"{root} est déjà un espace de démonstration. Pour l'ouvrir : {command}")
            print(f"(telvalid demo --reset {shlex.quote(str(root))} le recrée à neuf.)")
        return EXIT_OK
    if is_demo_workspace(root):
        if args.database:
            print(
                "--reset ne vide que la base SQLite d'une démonstration : avec --database, videz la base"
                " vous-même et supprimez le dossier.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        shutil.rmtree(root)
    say = (lambda text: print(text, file=sys.stderr, flush=True)) if sys.stderr.isatty() and not args.json else None
    try:
        summary = build_demo(root, database_url=database_url, progress=say)
    except DemoNotBuilt as refused:
        print(f"Démonstration non créée : {refused}.", file=sys.stderr)
        return EXIT_REJECTED if refused.reason == "intake_differs" else EXIT_USAGE
    except DatabaseUnavailable as unavailable:
        print(message("database_unavailable").format(url=unavailable.url, detail=unavailable.detail), file=sys.stderr)
        return EXIT_NO_DATABASE
    except DatabaseUrlError as unknown:
        print(message("database_url_unknown").format(url=redacted(str(unknown))), file=sys.stderr)
        return EXIT_NO_DATABASE
    if args.json:
        print_json({**summary.to_json(), "created": True, "open_command": command})
    else:
        print(summary_text(summary, command))
    return EXIT_OK


def add_demo_parser(commands: argparse._SubParsersAction) -> None:
    demo = commands.add_parser(
        "demo", help="créer un espace de démonstration (clients fictifs) à ouvrir dans la fenêtre"
    )
    demo.add_argument(
        "folder", nargs="?", type=Path, metavar="DOSSIER", help=f"où le créer (défaut : {default_demo_root()})"
    )
    demo.add_argument("--reset", action="store_true", help="recréer à neuf une démonstration existante")
    demo.add_argument("--json", action="store_true", help="un objet JSON : dossiers, fichiers écrits, commande")
    demo.set_defaults(handler=cmd_demo, opens_workspace=False)
