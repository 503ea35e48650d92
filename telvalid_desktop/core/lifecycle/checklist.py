"""The checklist of a dossier: which items the rules require for its facts, and their state.

Facts (payment method, customer type) come from the manager export; the technician
gives them only when the export does not know them. An item without a row is missing;
a row says received or refused, by whom and when, with the pages that show it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

import peewee

from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import InvalidValue, PageNotFound, PageOfAnotherProcedure, UnknownRequirement
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import dossier_by_id, ensure_editable, record_change
from telvalid_desktop.core.lifecycle.other_procedures import (
    OtherProcedureTick,
    pages_of_other_procedures,
    ticks_from_other_procedures,
)
from telvalid_desktop.core.lifecycle.procedures import CUSTOMER_TYPES, PAYMENT_METHODS
from telvalid_desktop.core.lifecycle.rules import RuleSet
from telvalid_desktop.core.lifecycle.rules_store import CLOSED, RulesStore, rules_in_force
from telvalid_desktop.core.roles import Permission, require
from telvalid_desktop.db.models import (
    ChecklistItem,
    ChecklistPage,
    Dossier,
    KnownProcedure,
    Page,
    Submission,
    database_proxy,
    utc_now,
)
from telvalid_desktop.domain import EDITABLE, ItemStatus, RefusalReason, RulesSource
from telvalid_desktop.read_models.dossier_detail import ItemState
from telvalid_desktop.read_models.dossiers import DossierRow, ItemsDue

# Beyond this many dossiers, reading every row is faster than binding each id (and stays
# under the back-ends' limits on bound parameters).
IN_LIST_LIMIT = 2000


@dataclass(frozen=True)
class Facts:
    """What the rules look at; "" is unknown (every conditional item is then required)."""

    payment_method: str = ""
    customer_type: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"payment_method": self.payment_method, "customer_type": self.customer_type}


def _resolve(
    export_payment: str | None, export_customer: str | None, own_payment: str | None, own_customer: str | None
) -> Facts:
    """The export wins; the technician's answer fills what it leaves unknown."""
    return Facts(
        payment_method=export_payment or own_payment or "", customer_type=export_customer or own_customer or ""
    )


class ChecklistService:
    """Reads and changes checklists; every change is one transaction and one history row."""

    def __init__(self, claims: ClaimService, rules: RuleSet | None = None) -> None:
        self.claims = claims
        self.rules = rules if rules is not None else rules_in_force()
        self.store = RulesStore(self.rules)

    def facts(self, dossier_id: int) -> Facts:
        dossier = dossier_by_id(dossier_id)
        known = KnownProcedure.get_or_none(KnownProcedure.procedure_number == dossier.procedure_number)
        return _resolve(
            known.payment_method if known else None,
            known.customer_type if known else None,
            dossier.payment_method,
            dossier.customer_type,
        )

    def rules_for_dossier(self, dossier_id: int) -> RuleSet:
        """The file in force for a dossier being worked on; a closed one keeps the version it was checked against."""
        return self.rules_and_source(dossier_by_id(dossier_id))[0]

    def rules_in_force(self, dossier_id: int) -> tuple[int, RulesSource]:
        """(version, where it comes from) of the rules the dossier's checklist follows."""
        rules, source = self.rules_and_source(dossier_by_id(dossier_id))
        return rules.version, source

    def rules_and_source(self, dossier: Dossier) -> tuple[RuleSet, RulesSource]:
        """The rules a dossier (its row, already read) follows and where they come from."""
        rules, source = self.store.for_dossier(dossier)
        if source != RulesSource.SNAPSHOT:
            self.store.ensure_current_stored()  # the file's version, on its first use
        return rules, source

    def required_codes(self, dossier_id: int) -> list[str]:
        rules = self.rules_for_dossier(dossier_id)
        return [requirement.code for requirement in rules.required_for(self.facts(dossier_id).as_dict())]

    def set_facts(self, dossier_id: int, payment_method: str, customer_type: str, actor: str) -> Changes:
        """Give the facts the export does not know ("" keeps one unknown); a known fact cannot be contradicted."""
        if payment_method not in PAYMENT_METHODS | {""}:
            raise InvalidValue("payment_method", payment_method)
        if customer_type not in CUSTOMER_TYPES | {""}:
            raise InvalidValue("customer_type", customer_type)
        with database_proxy.atomic():
            dossier = self._editable(dossier_id, actor)
            known = KnownProcedure.get_or_none(KnownProcedure.procedure_number == dossier.procedure_number)
            for field, value in (("payment_method", payment_method), ("customer_type", customer_type)):
                exported = getattr(known, field, "") if known else ""
                if exported and value and value != exported:
                    raise InvalidValue(field, value)
            record_change(
                dossier,
                actor,
                "facts_set",
                f"payment_method={payment_method} customer_type={customer_type}",
                payment_method=payment_method,
                customer_type=customer_type,
                rules_version=self.rules.version,
            )
        return Changes(dossiers=frozenset({dossier_id}), checklist=True)

    def checklist(self, dossier_id: int) -> list[ItemState]:
        """The required items in the rules' order, with their state."""
        items = {item.code: item for item in ChecklistItem.select().where(ChecklistItem.dossier == dossier_id)}
        pages: dict[int, list[int]] = {}
        links = cast(
            Iterable[tuple[int, int]],  # (item id, page id) rows: peewee's stubs cannot type .tuples()
            ChecklistPage.select(ChecklistPage.item, ChecklistPage.page)
            .join(ChecklistItem)
            .where(ChecklistItem.dossier == dossier_id)
            .order_by(ChecklistPage.page)
            .tuples(),
        )
        for item_id, page_id in links:
            pages.setdefault(item_id, []).append(page_id)
        states = []
        for code in self.required_codes(dossier_id):
            item = items.get(code)
            if item is None:
                states.append(ItemState(code, ItemStatus.MISSING, None, "", (), None, None))
                continue
            states.append(
                ItemState(
                    code=code,
                    state=ItemStatus(item.state),
                    reason=RefusalReason(item.reason) if item.reason else None,
                    note=item.note,
                    page_ids=tuple(pages.get(item.id, ())),
                    by=item.actor,
                    at=item.at,
                )
            )
        return states

    def tick(
        self, dossier_id: int, code: str, page_ids: Sequence[int], actor: str, *, other_procedure: bool = False
    ) -> Changes:
        """Mark the item received, linking these pages of the dossier (added to those linked before).

        A page headed with another procedure's number (an old form) backs it only when asked for
        (``other_procedure``), and the history says so.

        Raises:
            PageOfAnotherProcedure: such a page, not asked for.
        """
        with database_proxy.atomic():
            dossier = self._editable(dossier_id, actor)
            self._check_code(dossier_id, code)
            self._check_pages(dossier_id, page_ids)
            others = sorted(set(pages_of_other_procedures(dossier.procedure_number, page_ids).values()))
            if others and not other_procedure:
                raise PageOfAnotherProcedure(dossier.procedure_number, others)
            item = self._upsert(dossier, code, actor, state=ItemStatus.RECEIVED.value, reason="", note="")
            linked = cast(Iterable[tuple[int]], item.pages.select(ChecklistPage.page).tuples())  # (page id,) rows
            already = {page_id for (page_id,) in linked}
            added = [
                {"item": item.id, "page": page_id} for page_id in dict.fromkeys(page_ids) if page_id not in already
            ]
            if added:
                ChecklistPage.insert_many(added).execute()
            if others:
                event, detail = "item_ticked_other_procedure", f"{code} {' '.join(others)}"
            else:
                event, detail = "item_ticked", code
            record_change(dossier, actor, event, detail, rules_version=self.rules.version)
        return Changes(dossiers=frozenset({dossier_id}), checklist=True)

    @staticmethod
    def other_procedure_ticks(dossier_id: int) -> list[OtherProcedureTick]:
        """The items a page headed with another procedure's number backs: a second look before validating."""
        return ticks_from_other_procedures(dossier_id)

    def refuse(self, dossier_id: int, code: str, reason: RefusalReason | str, note: str, actor: str) -> Changes:
        """Mark the item refused with a reason code and a free note; its linked pages stay linked."""
        try:
            reason = RefusalReason(reason)
        except ValueError as bad:
            raise InvalidValue("reason", reason) from bad
        with database_proxy.atomic():
            dossier = self._editable(dossier_id, actor)
            self._check_code(dossier_id, code)
            self._upsert(dossier, code, actor, state=ItemStatus.REFUSED.value, reason=reason.value, note=note)
            record_change(
                dossier,
                actor,
                "item_refused",
                f"{code}/{reason.value} {note}".strip(),
                rules_version=self.rules.version,
            )
        return Changes(dossiers=frozenset({dossier_id}), checklist=True)

    def clear(self, dossier_id: int, code: str, actor: str) -> Changes:
        """Back to missing: the state and the page links go, the history keeps them."""
        with database_proxy.atomic():
            dossier = self._editable(dossier_id, actor)
            self._check_code(dossier_id, code)
            item = ChecklistItem.get_or_none((ChecklistItem.dossier == dossier_id) & (ChecklistItem.code == code))
            if item is not None:
                ChecklistPage.delete().where(ChecklistPage.item == item.id).execute()
                item.delete_instance()
            record_change(dossier, actor, "item_cleared", code, rules_version=self.rules.version)
        return Changes(dossiers=frozenset({dossier_id}), checklist=True)

    def restore(self, dossier_id: int, previous: ItemState, actor: str) -> Changes:
        """Put an item back as it was before a tick, a refusal or a clear (the technician's undo): its
        state, reason, note, who and when, and those of its pages still in the dossier. One history row."""
        with database_proxy.atomic():
            dossier = self._editable(dossier_id, actor)
            self._check_code(dossier_id, previous.code)
            item = ChecklistItem.get_or_none(
                (ChecklistItem.dossier == dossier_id) & (ChecklistItem.code == previous.code)
            )
            if item is not None:
                ChecklistPage.delete().where(ChecklistPage.item == item.id).execute()
                item.delete_instance()
            if previous.state != ItemStatus.MISSING:
                restored = ChecklistItem.create(
                    dossier=dossier,
                    code=previous.code,
                    state=previous.state.value,
                    reason=previous.reason.value if previous.reason else "",
                    note=previous.note,
                    actor=previous.by or actor,
                    at=previous.at or utc_now(),
                )
                kept = self._pages_in(dossier_id, previous.page_ids)
                rows = [{"item": restored.id, "page": page_id} for page_id in previous.page_ids if page_id in kept]
                if rows:
                    ChecklistPage.insert_many(rows).execute()
            record_change(dossier, actor, "item_change_undone", previous.code, rules_version=self.rules.version)
        return Changes(dossiers=frozenset({dossier_id}), checklist=True)

    def missing_items(self, dossier_ids: Iterable[int]) -> dict[int, list[str]]:
        """Codes missing or refused per dossier, in two queries whatever the count."""
        unreceived = self._unreceived(dossier_ids)
        return {dossier_id: [code for code, _refused in items] for dossier_id, items in unreceived.items()}

    def items_due(self, rows: Sequence[DossierRow]) -> dict[int, ItemsDue]:
        """What each row's dossier has not received, told apart for the list: confirmed missing (asked
        by its current hold, or refused) or still to check (never ticked: the document may be on a page).

        A hold that named no item asks for all of them; a closed dossier has nothing left to check.
        """
        unreceived = self._unreceived(row.dossier_id for row in rows)
        due = {}
        for row in rows:
            items = unreceived.get(row.dossier_id, [])
            asked: set[str] = set()
            if row.held_items is not None:  # on hold: what it asks for (a hold naming nothing asks for all)
                asked = set(row.held_items) or {code for code, _refused in items}
            confirmed = [code for code, refused in items if refused or code in asked]
            unchecked = [code for code, _refused in items if code not in confirmed]
            due[row.dossier_id] = ItemsDue(tuple(confirmed), tuple(unchecked) if row.status in EDITABLE else ())
        return due

    def _unreceived(self, dossier_ids: Iterable[int]) -> dict[int, list[tuple[str, bool]]]:
        """(code, refused) of the required items not received per dossier, in the rules' order; two
        queries whatever the count."""
        wanted = set(dossier_ids)
        state_rows = ChecklistItem.select(ChecklistItem.dossier, ChecklistItem.code, ChecklistItem.state)
        fact_rows = Dossier.select(
            Dossier.id,
            Dossier.status,
            Dossier.rules_version,
            KnownProcedure.payment_method,
            KnownProcedure.customer_type,
            Dossier.payment_method,
            Dossier.customer_type,
        ).join(KnownProcedure, peewee.JOIN.LEFT_OUTER, on=(KnownProcedure.procedure_number == Dossier.procedure_number))
        if len(wanted) <= IN_LIST_LIMIT:
            state_rows = state_rows.where(ChecklistItem.dossier.in_(list(wanted)))
            fact_rows = fact_rows.where(Dossier.id.in_(list(wanted)))
        states: dict[int, dict[str, str]] = {}
        # Raw cursor rows: ids and strings need no conversion, and peewee's per-row work would dominate.
        for dossier_id, code, state in database_proxy.execute(state_rows).fetchall():
            states.setdefault(dossier_id, {})[code] = state
        required: dict[tuple[object, ...], list[str]] = {}  # per rules version kept and combination of facts
        result: dict[int, list[tuple[str, bool]]] = {}
        nothing: dict[str, str] = {}
        for dossier_id, status, rules_version, *fact_columns in database_proxy.execute(fact_rows).fetchall():
            if dossier_id not in wanted:
                continue
            # A closed dossier keeps its rules version (a validation sets the dossier's to the validation's).
            kept = rules_version if status in CLOSED else None
            key = (kept, *fact_columns)
            codes = required.get(key)
            if codes is None:
                rules = self.store.for_version(kept)[0]
                facts = _resolve(*fact_columns).as_dict()
                codes = required[key] = [requirement.code for requirement in rules.required_for(facts)]
            done = states.get(dossier_id, nothing)
            result[dossier_id] = [
                (code, done.get(code) == ItemStatus.REFUSED.value)
                for code in codes
                if done.get(code) != ItemStatus.RECEIVED.value
            ]
        return result

    def _editable(self, dossier_id: int, actor: str) -> Dossier:
        require(actor, Permission.CHECK)
        dossier = dossier_by_id(dossier_id)
        self.claims.ensure_free([dossier_id], actor)
        ensure_editable(dossier)
        self.store.ensure_current_stored()  # the change records the file's version: keep its rules
        return dossier

    def _check_code(self, dossier_id: int, code: str) -> None:
        if code not in self.required_codes(dossier_id):
            raise UnknownRequirement(code)

    @staticmethod
    def _pages_in(dossier_id: int, page_ids: Sequence[int]) -> set[int]:
        """Those of ``page_ids`` that are pages of the dossier."""
        query = (
            Page.select(Page.id)
            .join(Submission)
            .where(Page.id.in_(list(page_ids)) & (Submission.dossier == dossier_id))
        )
        return {page_id for (page_id,) in cast(Iterable[tuple[int]], query.tuples())}  # (page id,) rows

    def _check_pages(self, dossier_id: int, page_ids: Sequence[int]) -> None:
        inside = self._pages_in(dossier_id, page_ids)
        for page_id in page_ids:
            if page_id not in inside:
                raise PageNotFound(page_id)

    @staticmethod
    def _upsert(dossier: Dossier, code: str, actor: str, **fields: str) -> ChecklistItem:
        item = ChecklistItem.get_or_none((ChecklistItem.dossier == dossier.id) & (ChecklistItem.code == code))
        if item is None:
            return ChecklistItem.create(dossier=dossier, code=code, actor=actor, at=utc_now(), **fields)
        ChecklistItem.update(actor=actor, at=utc_now(), **fields).where(ChecklistItem.id == item.id).execute()
        return ChecklistItem.get_by_id(item.id)
