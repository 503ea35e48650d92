"""``telvalid policy``: the team's values (allowance, thresholds, retention, envelope size), shown to
anyone and changed by a lead, for every workstation sharing the database."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import Any

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, print_json
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.team_policy import (
    IMPORTED_FROM_SETTINGS,
    POLICY_KEYS,
    POLICY_LIMITS,
    PolicyChange,
    PolicyCode,
    PolicyProblem,
    PolicyRejected,
    TeamPolicy,
    parse_assignments,
)

HISTORY_SHOWN = 10

DESCRIPTIONS: dict[str, str] = {
    "out_of_plan_allowance_eur": "forfait hors plan écrit à la validation (€ HT par mois)",
    "reminder_after_days": "relance d'un dossier en attente après (jours)",
    "hold_warning_after_days": "attente en orange dans la revue après (jours)",
    "hold_alert_after_days": "attente en rouge dans la revue après (jours)",
    "old_claim_hours": "dossier ouvert signalé au responsable après (heures)",
    "retention_months": "scans des dossiers clos supprimés après (mois, 0 : jamais)",
    "max_envelope_pages": "pages par enveloppe au plus avant signalement",
    "reply_address": "adresse où les clients envoient leurs pièces par courriel (vide : celle de l'en-tête)",
}


def problem_sentence(problem: PolicyProblem) -> str:
    """What is wrong with one value, in French."""
    if problem.code == PolicyCode.UNKNOWN_KEY:
        return f"clé inconnue : {problem.key or problem.detail} (clés possibles : {', '.join(POLICY_KEYS)})"
    if problem.code == PolicyCode.NOT_A_NUMBER:
        return f"{problem.key} : un nombre entier est attendu, pas « {problem.detail} »"
    if problem.code == PolicyCode.OUT_OF_RANGE:
        low, high = POLICY_LIMITS[problem.key]
        return f"{problem.key} : choisissez une valeur entre {low} et {high}"
    if problem.code == PolicyCode.NOT_AN_ADDRESS:
        return f"{problem.key} : une adresse de courriel est attendue (nom@domaine.fr), pas « {problem.detail} »"
    return f"hold_warning_after_days doit rester inférieur à hold_alert_after_days ({problem.detail} jours)"


def _change_json(change: PolicyChange) -> dict[str, Any]:
    return {
        "at": change.at.isoformat(timespec="seconds"),
        "actor": change.actor,
        "key": change.key,
        "old_value": change.old_value,
        "new_value": change.new_value,
        "reason": change.reason,
    }


def _change_text(change: PolicyChange) -> str:
    why = f" (importé des réglages de {change.actor})" if change.reason == IMPORTED_FROM_SETTINGS else ""
    at = change.at.isoformat(sep=" ", timespec="minutes")
    return f"  {at} UTC  {change.actor:12} {change.key} : {change.old_value} -> {change.new_value}{why}"


def _show(policy: TeamPolicy, history: list[PolicyChange], *, as_json: bool) -> None:
    if as_json:
        print_json(
            {
                "policy": asdict(policy),
                "defaults": asdict(TeamPolicy()),
                "limits": {key: list(bounds) for key, bounds in POLICY_LIMITS.items()},
                "history": [_change_json(change) for change in history],
            }
        )
        return
    print("Valeurs de l'équipe (pour tous les postes de cette base de données) :")
    for key in POLICY_KEYS:
        print(f"  {key:26} {getattr(policy, key):6}  {DESCRIPTIONS.get(key, '')}")
    if history:
        print("Derniers changements :")
        for change in history:
            print(_change_text(change))


def cmd_policy(args: argparse.Namespace, session: Services) -> int:
    """Show the team's values, or (a lead) change some: ``telvalid policy set KEY=VALUE ...``."""
    if args.policy_command == "set":
        changes, problems = parse_assignments(args.assignments)
        if not problems:
            try:
                session.policy.set(changes, session.user)
            except PolicyRejected as rejected:
                problems = list(rejected.problems)
        if problems:
            for problem in problems:
                print(problem_sentence(problem), file=sys.stderr)
            print("Rien n'a été changé.", file=sys.stderr)
            return EXIT_REJECTED
    _show(session.policy.read(), session.policy.history(HISTORY_SHOWN), as_json=args.json)
    return EXIT_OK


def add_policy_parser(commands: argparse._SubParsersAction) -> None:
    policy = commands.add_parser("policy", help="valeurs de l'équipe : forfait, seuils, conservation (responsable)")
    policy.add_argument("--json", action="store_true")
    policy.set_defaults(handler=cmd_policy, policy_command="show")
    policy_commands = policy.add_subparsers(dest="policy_command")
    show = policy_commands.add_parser("show", help="les valeurs en vigueur et leurs derniers changements")
    show.add_argument("--json", action="store_true", help="un objet JSON : valeurs, défauts, bornes, historique")
    change = policy_commands.add_parser("set", help="changer des valeurs pour toute l'équipe (responsable)")
    change.add_argument("assignments", nargs="+", metavar="CLÉ=VALEUR", help=", ".join(POLICY_KEYS))
    change.add_argument("--json", action="store_true", help="afficher ensuite les valeurs comme show --json")
