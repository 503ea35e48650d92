"""``telvalid letterhead``: who signs the team's letters (company, address, e-mail, legal line,
signature), shown to anyone and set by a lead, for every workstation sharing the database."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, replace

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, print_json
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.correspondence.letterhead import (
    LETTERHEAD_FIELDS,
    Letterhead,
    LetterheadCode,
    LetterheadProblem,
    LetterheadRejected,
)

CAPTIONS: dict[str, str] = {
    "company": "société",
    "address": "adresse",
    "city": "ville des courriers",
    "email": "e-mail",
    "legal": "mentions légales",
    "signature": "signature",
}


def problem_sentence(problem: LetterheadProblem) -> str:
    """What is wrong with one field, in French."""
    caption = CAPTIONS[problem.field]
    if problem.code == LetterheadCode.REQUIRED:
        return f"{caption} : à remplir"
    if problem.code == LetterheadCode.TOO_LONG:
        return f"{caption} : {problem.detail} caractères au plus (par ligne pour l'adresse)"
    if problem.code == LetterheadCode.TOO_MANY_LINES:
        return f"{caption} : {problem.detail} lignes au plus sous le nom de la société"
    return f"{caption} : ce n'est pas une adresse e-mail"


def _show(letterhead: Letterhead, *, as_json: bool) -> None:
    if as_json:
        print_json({"letterhead": asdict(letterhead), "complete": letterhead.complete})
        return
    if not letterhead.complete:
        print("En-tête des courriers incomplet : aucun courrier ne peut être écrit tant qu'un responsable ne l'a pas")
        print("rempli (telvalid letterhead set ..., ou Réglages, onglet Expéditeur des courriers).")
    for name in LETTERHEAD_FIELDS:
        value = getattr(letterhead, name)
        lines = value if isinstance(value, tuple) else (value,)
        print(f"  {CAPTIONS[name]:20} {lines[0] if lines else ''}")
        for line in lines[1:]:
            print(f"  {'':20} {line}")


def cmd_letterhead(args: argparse.Namespace, session: Services) -> int:
    """Show the team's letterhead, or (a lead) change fields of it: ``telvalid letterhead set --city ...``."""
    if args.letterhead_command == "set":
        given = {name: getattr(args, name) for name in LETTERHEAD_FIELDS if getattr(args, name) is not None}
        if "address" in given:
            given["address"] = tuple(given["address"])
        try:
            session.letterhead.set(replace(session.letterhead.read(), **given), session.user)
        except LetterheadRejected as rejected:
            for problem in rejected.problems:
                print(problem_sentence(problem), file=sys.stderr)
            print("Rien n'a été changé.", file=sys.stderr)
            return EXIT_REJECTED
    _show(session.letterhead.read(), as_json=args.json)
    return EXIT_OK


def add_letterhead_parser(commands: argparse._SubParsersAction) -> None:
    letterhead = commands.add_parser("letterhead", help="en-tête des courriers aux clients (responsable)")
    letterhead.add_argument("--json", action="store_true")
    letterhead.set_defaults(handler=cmd_letterhead, letterhead_command="show")
    subcommands = letterhead.add_subparsers(dest="letterhead_command")
    show = subcommands.add_parser("show", help="l'en-tête en vigueur")
    show.add_argument("--json", action="store_true", help="un objet JSON : champs et complet ou non")
    change = subcommands.add_parser("set", help="changer des champs pour toute l'équipe (responsable)")
    change.add_argument("--company", help=CAPTIONS["company"])
    change.add_argument(
        "--address-line", dest="address", action="append", help="une ligne d'adresse (répéter : toutes les lignes)"
    )
    change.add_argument("--city", help="ville où les courriers sont écrits (« Nantes, le ... »)")
    change.add_argument("--email", help="adresse e-mail où les clients envoient leurs pièces")
    change.add_argument("--legal", help="mentions légales du pied de page (forme, capital, RCS, TVA)")
    change.add_argument("--signature", help=CAPTIONS["signature"])
    change.add_argument("--json", action="store_true", help="afficher ensuite l'en-tête comme show --json")
