"""The team lead's commands: the on-hold review, the workload, and a lead's changes
(reassign, release claims, reopen, install rules), each refused to other roles by the core."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, print_json
from telvalid_desktop.core.administration.rules_admin import install_rules
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.errors import DossierNotFound, InvalidTransition, InvalidValue
from telvalid_desktop.core.lifecycle.claims import claims_held_over
from telvalid_desktop.core.lifecycle.rules_store import rules_in_force
from telvalid_desktop.core.supervision.hold_review import HoldAging, HoldFilter, Thresholds, bucket_counts, holds_now
from telvalid_desktop.db.workload_queries import technician_loads, throughput
from telvalid_desktop.domain import DossierStatus


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _hold_json(entry: HoldAging) -> dict[str, Any]:
    row = entry.row
    return {
        "procedure_number": row.procedure_number,
        "customer_name": row.customer_name,
        "technician": row.technician,
        "held_by": row.held_by,
        "held_at": _iso(row.held_at),
        "items": list(row.items),
        "channels": list(row.channels),
        "days_on_hold": entry.days_on_hold,
        "days_since_first_submission": entry.days_since_first_submission,
        "days_since_last_complement": entry.days_since_last_complement,
        "days_since_last_letter": entry.days_since_last_letter,
        "bucket": entry.bucket.value,
        "level": entry.level.value,
    }


def cmd_holds(args: argparse.Namespace, session: Services) -> int:
    """Dossiers on hold, the longest waiting first, with their ages (UTC dates in JSON)."""
    policy = session.policy.read()
    chosen = HoldFilter(item=args.item, technician=args.technician, channel=args.channel)
    thresholds = Thresholds(policy.hold_warning_after_days, policy.hold_alert_after_days)
    entries = [entry for entry in holds_now(thresholds) if chosen.keeps(entry.row)]
    entries.sort(key=lambda entry: (-entry.days_on_hold, entry.row.procedure_number))
    if args.json:
        for entry in entries:
            print_json(_hold_json(entry))
        return EXIT_OK
    buckets = " · ".join(f"{bucket.value} j : {count}" for bucket, count in bucket_counts(entries).items())
    print(f"{len(entries)} dossier(s) en attente — {buckets}")
    marks = {"normal": " ", "warning": "!", "alert": "‼"}
    for entry in entries:
        row = entry.row
        letter = "—" if entry.days_since_last_letter is None else f"{entry.days_since_last_letter} j"
        print(
            f"{marks[entry.level.value]} {row.procedure_number:10} {entry.days_on_hold:4} j  {row.technician:12}"
            f" lettre {letter:>5}  {', '.join(row.items):30} {row.customer_name}"
        )
    return EXIT_OK


def cmd_workload(args: argparse.Namespace, session: Services) -> int:
    """Dossiers per technician, claims left open, decisions per day over the last days."""
    hours = session.policy.read().old_claim_hours
    today = date.today()
    days, rows = throughput(today - timedelta(days=args.days - 1), today)
    loads, claims = technician_loads(), claims_held_over(hours)
    if args.json:
        print_json(
            {
                "loads": [{**asdict(load), "total": load.total} for load in loads],
                "old_claims": [{**asdict(claim), "claimed_at": _iso(claim.claimed_at)} for claim in claims],
                "days": [day.isoformat() for day in days],
                "throughput": [asdict(row) for row in rows],
            }
        )
        return EXIT_OK
    print("Dossiers suivis (ouverts / dont complément reçu / en attente) :")
    for load in loads:
        name = load.technician or "(personne)"
        print(f"  {name:14} {load.open:6} {load.complement_received:6} {load.on_hold:6}")
    print(f"Dossiers ouverts depuis plus de {hours} h : {len(claims)}")
    for claim in claims:
        print(f"  {claim.procedure_number:10} {claim.holder:14} depuis {_iso(claim.claimed_at)} UTC")
    print(f"Décisions (validations + attentes) sur {len(days)} jours :")
    for row in rows:
        print(f"  {row.technician:14} {sum(row.decisions):6}  ({sum(row.decisions) / len(days):.1f} par jour)")
    return EXIT_OK


def _dossier_ids(session: Services, numbers: list[str]) -> list[int]:
    return [session.dossiers.get(number).id for number in numbers]


def cmd_reassign(args: argparse.Namespace, session: Services) -> int:
    changes = session.assignment.reassign(_dossier_ids(session, args.numbers), args.to, session.user)
    print(f"{len(changes.dossiers)} dossier(s) confié(s) à {args.to}.")
    return EXIT_OK


def cmd_release(args: argparse.Namespace, session: Services) -> int:
    changes = session.assignment.release_claims(_dossier_ids(session, args.numbers), session.user)
    print(f"{len(changes.dossiers)} dossier(s) libéré(s).")
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace, session: Services) -> int:
    if not args.reason.strip():
        print("Indiquez la raison (--reason) : elle reste dans l'historique.", file=sys.stderr)
        return EXIT_REJECTED
    session.dossiers.change_status(args.number, DossierStatus.OPEN, actor=session.user, reason=args.reason.strip())
    print(f"Dossier {args.number} rouvert.")
    return EXIT_OK


def cmd_rules(args: argparse.Namespace, session: Services) -> int:
    if args.rules_command == "install":
        rules = install_rules(Path(args.file), session.user)
        print(f"Règles version {rules.version} en vigueur ({len(rules.requirements)} pièces).")
        return EXIT_OK
    rules = rules_in_force()
    print(f"Règles version {rules.version} :")
    for requirement in rules.requirements:
        when = ", ".join(f"{key}={value}" for key, value in requirement.when.items())
        print(f"  {requirement.code:16} {requirement.labels.get('fr', '')}" + (f"  (si {when})" if when else ""))
    return EXIT_OK


Handler = Callable[[argparse.Namespace, Services], int]
REFUSALS: dict[str, str] = {
    "technician": "{value} n'est pas un technicien actif",
    "rules_version": "ces règles ne sont pas plus récentes que celles en vigueur (version {value})",
    "rules_file": "fichier de règles illisible : {value}",
}


def _guarded(handler: Handler) -> Handler:
    """A refusal by the core (unknown dossier, value, transition) becomes a sentence and exit 1."""

    def run(args: argparse.Namespace, session: Services) -> int:
        try:
            return int(handler(args, session))
        except DossierNotFound as missing:
            print(f"Dossier inconnu : {missing}", file=sys.stderr)
        except InvalidValue as refused:
            print(REFUSALS.get(refused.field, "{value}").format(value=refused.value), file=sys.stderr)
        except InvalidTransition as refused:
            print(f"Impossible dans l'état actuel du dossier : {refused}", file=sys.stderr)
        return EXIT_REJECTED

    return run


def add_lead_parsers(commands: argparse._SubParsersAction) -> None:
    holds = commands.add_parser("holds", help="dossiers en attente : depuis quand, quoi, qui (responsable)")
    holds.add_argument("--item", help="seulement ceux qui attendent cette pièce (code)")
    holds.add_argument("--technician", help="seulement ceux de ce technicien")
    holds.add_argument("--channel", help="seulement ceux arrivés par ce canal")
    holds.add_argument("--json", action="store_true", help="une ligne JSON par dossier")
    holds.set_defaults(handler=cmd_holds)
    workload = commands.add_parser("workload", help="charge de l'équipe : dossiers suivis, ouverts, décisions")
    workload.add_argument("--days", type=int, default=14, help="jours de décisions comptés (défaut 14)")
    workload.add_argument("--json", action="store_true")
    workload.set_defaults(handler=cmd_workload)
    reassign = commands.add_parser("reassign", help="confier des dossiers à un technicien (responsable)")
    reassign.add_argument("numbers", nargs="+", metavar="NUMERO")
    reassign.add_argument("--to", required=True, help="identifiant du technicien")
    reassign.set_defaults(handler=_guarded(cmd_reassign))
    release = commands.add_parser("release", help="libérer des dossiers restés ouverts sur un poste (responsable)")
    release.add_argument("numbers", nargs="+", metavar="NUMERO")
    release.set_defaults(handler=_guarded(cmd_release))
    reopen = commands.add_parser("reopen", help="rouvrir un dossier validé, remplacé ou rejeté (responsable)")
    reopen.add_argument("number", metavar="NUMERO")
    reopen.add_argument("--reason", required=True, help="pourquoi (gardé dans l'historique)")
    reopen.set_defaults(handler=_guarded(cmd_reopen))
    rules = commands.add_parser("rules", help="règles des pièces requises")
    rules.set_defaults(handler=cmd_rules, rules_command="show")
    rule_commands = rules.add_subparsers(dest="rules_command")
    rule_commands.add_parser("show", help="les règles en vigueur")
    install = rule_commands.add_parser("install", help="mettre en vigueur un nouveau fichier de règles (responsable)")
    install.add_argument("file")
    install.set_defaults(handler=_guarded(cmd_rules), creates_workspace=True)
