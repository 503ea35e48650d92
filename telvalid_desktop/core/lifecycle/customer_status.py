"""Where a customer's dossier stands, in one sentence a support agent can read on the phone.

Dates are in words (« le 3 mars 2026 », "on 3 March 2026", or today / yesterday), in the
workstation's time zone; missing documents are named with the checklist's labels, in the
rules the dossier follows; a refused document says why.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import peewee

from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.rules import RuleSet
from telvalid_desktop.db.models import Dossier, DossierEvent, Hold, Submission, Validation
from telvalid_desktop.domain import DossierStatus, ItemStatus
from telvalid_desktop.messages import message
from telvalid_desktop.read_models.dossier_detail import ItemState

LANGUAGES = ("fr", "en")

MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

TEXT = {
    "fr": {
        "unknown": "Aucun dossier {number} : rien n'a encore été reçu sous ce numéro.",
        "received": "Dossier {number} : reçu {on}",
        "checking": " ; en cours de vérification.",
        "complement": " ; complément reçu {on}, en cours de vérification.",
        "on_hold": " ; en attente depuis {since}, il manque : {items}.",
        "on_hold_nothing_listed": " ; en attente d'un complément depuis {since}.",
        "refused_item": "{label} (refusé : {reason})",
        "validated": " ; validé {on}",
        "renewal": "renouvellement mensuel automatique par prélèvement",
        "allowance": "hors forfait {amount} € HT/mois",
        "superseded": " ; remplacé par la procédure {newer} {on}.",
        "superseded_unknown": " ; remplacé par une procédure plus récente {on}.",
        "rejected": " ; refusé {on}",
        "and": " et ",
        "today": "aujourd'hui",
        "yesterday": "hier",
        "on_date": "le {date}",
        "since_date": "le {date}",
        "colon": " : ",
    },
    "en": {
        "unknown": "No dossier {number}: nothing has been received under this number yet.",
        "received": "Dossier {number}: received {on}",
        "checking": "; being checked.",
        "complement": "; complement received {on}, being checked.",
        "on_hold": "; on hold since {since}, missing: {items}.",
        "on_hold_nothing_listed": "; waiting for a complement since {since}.",
        "refused_item": "{label} (refused: {reason})",
        "validated": "; validated {on}",
        "renewal": "automatic monthly renewal by direct debit",
        "allowance": "out-of-plan allowance {amount} € excl. VAT per month",
        "superseded": "; replaced by procedure {newer} {on}.",
        "superseded_unknown": "; replaced by a newer procedure {on}.",
        "rejected": "; rejected {on}",
        "and": " and ",
        "today": "today",
        "yesterday": "yesterday",
        "on_date": "on {date}",
        "since_date": "{date}",
        "colon": ": ",
    },
}


def date_in_words(day: date, language: str) -> str:
    """« 3 mars 2026 » (« 1er mars 2026 ») or "3 March 2026"."""
    month = MONTHS[language][day.month - 1]
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def _local_day(moment: datetime) -> date:
    """The workstation's calendar day of a stored moment (UTC without tzinfo)."""
    return moment.replace(tzinfo=UTC).astimezone().date()


def _when(moment: datetime, language: str, today: date, *, since: bool = False) -> str:
    day = _local_day(moment)
    words = TEXT[language]
    if day == today:
        return words["today"]
    if (today - day).days == 1:
        return words["yesterday"]
    return words["since_date" if since else "on_date"].format(date=date_in_words(day, language))


def _join(parts: list[str], language: str) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + TEXT[language]["and"] + parts[-1]


def _label(rules: RuleSet, code: str, language: str) -> str:
    for requirement in rules.requirements:
        if requirement.code == code:
            return requirement.labels.get(language) or requirement.labels.get("fr") or code
    return code


def _item_words(item: ItemState, rules: RuleSet, language: str) -> str:
    label = _label(rules, item.code, language)
    if item.state != ItemStatus.REFUSED:
        return label
    reason = message(f"refusal_{item.reason.value if item.reason else 'other'}", language)
    return TEXT[language]["refused_item"].format(label=label, reason=reason)


def _first_received(dossier: Dossier) -> datetime:
    """When the first document arrived (a superseded dossier's moved away: when the dossier was made)."""
    earliest = Submission.select(peewee.fn.MIN(Submission.received_at)).where(Submission.dossier == dossier.id).scalar()
    if isinstance(earliest, str):  # an aggregate is not converted by the field on every back-end
        earliest = datetime.fromisoformat(earliest)
    return min(earliest, dossier.created_at) if earliest else dossier.created_at


def _last_event(dossier: Dossier, *, event: str | None = None, to_status: str | None = None) -> DossierEvent | None:
    query = DossierEvent.select().where(DossierEvent.dossier == dossier.id)
    if event is not None:
        query = query.where(DossierEvent.event == event)
    if to_status is not None:
        query = query.where(DossierEvent.to_status == to_status)
    return query.order_by(DossierEvent.id.desc()).first()


def _on_hold(dossier: Dossier, checklist: ChecklistService, language: str, today: date) -> str:
    words = TEXT[language]
    hold = Hold.select().where(Hold.dossier == dossier.id).order_by(Hold.id.desc()).first()
    event = _last_event(dossier, to_status=DossierStatus.ON_HOLD.value)
    since_at = hold.at if hold else event.at if event else dossier.updated_at
    since = _when(since_at, language, today, since=True)
    rules = checklist.rules_for_dossier(dossier.id)
    items = [
        _item_words(item, rules, language)
        for item in checklist.checklist(dossier.id)
        if item.state in (ItemStatus.MISSING, ItemStatus.REFUSED)
    ]
    if not items and hold is not None:  # everything ticked since: say what the hold asked for
        items = [_label(rules, code, language) for code in json.loads(hold.items)]
    if not items:
        return words["on_hold_nothing_listed"].format(since=since)
    return words["on_hold"].format(since=since, items=_join(items, language))


def _validated(dossier: Dossier, language: str, today: date) -> str:
    words = TEXT[language]
    validation = Validation.select().where(Validation.dossier == dossier.id).order_by(Validation.id.desc()).first()
    event = _last_event(dossier, to_status=DossierStatus.VALIDATED.value)
    at = validation.at if validation else event.at if event else dossier.updated_at
    text = words["validated"].format(on=_when(at, language, today))
    if validation is None:
        return text + "."
    terms = [words["renewal"]] if validation.renews_monthly else []
    terms.append(words["allowance"].format(amount=validation.out_of_plan_allowance_eur))
    return text + words["colon"] + ", ".join(terms) + "."


def _closed(dossier: Dossier, language: str, today: date) -> str:
    words = TEXT[language]
    event = _last_event(dossier, to_status=dossier.status)
    on = _when(event.at if event else dossier.updated_at, language, today)
    if dossier.status == DossierStatus.SUPERSEDED:
        if dossier.superseded_by:
            return words["superseded"].format(newer=dossier.superseded_by, on=on)
        return words["superseded_unknown"].format(on=on)
    reason = event.reason.strip() if event else ""
    return words["rejected"].format(on=on) + (words["colon"] + reason if reason else "") + "."


def status_sentence(
    procedure_number: str,
    language: str = "fr",
    today: date | None = None,
    *,
    checklist: ChecklistService,
) -> str:
    """One sentence on the dossier of ``procedure_number``, in ``language`` ("fr" or "en").

    ``today`` (default: the workstation's date) turns recent dates into « aujourd'hui » /
    « hier »; ``checklist`` gives the rules in force (default: the bundled rules file).
    """
    if language not in LANGUAGES:
        raise InvalidValue("language", language)
    words = TEXT[language]
    dossier = Dossier.get_or_none(Dossier.procedure_number == procedure_number)
    if dossier is None:
        return words["unknown"].format(number=procedure_number)
    today = today or date.today()
    start = words["received"].format(number=procedure_number, on=_when(_first_received(dossier), language, today))
    status = DossierStatus(dossier.status)
    if status == DossierStatus.ON_HOLD:
        return start + _on_hold(dossier, checklist, language, today)
    if status == DossierStatus.VALIDATED:
        return start + _validated(dossier, language, today)
    if status in (DossierStatus.SUPERSEDED, DossierStatus.REJECTED):
        return start + _closed(dossier, language, today)
    if dossier.complement_received:
        event = _last_event(dossier, event="complement_received")
        if event is not None:
            return start + words["complement"].format(on=_when(event.at, language, today))
    return start + words["checking"]
