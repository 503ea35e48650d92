"""The technician's commands on the open dossier and on unsorted envelopes.

Each command is one service call: what it changed goes out in ``changed`` (the window
refreshes only that), and a refusal is explained in a message box, never raised.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.errors import DossierClaimed, PageOfAnotherProcedure
from telvalid_desktop.core.lifecycle.dossiers import StaleDossier
from telvalid_desktop.core.lifecycle.other_procedures import OtherProcedureTick
from telvalid_desktop.core.lifecycle.validation import VALIDATION_UNDO_SECONDS
from telvalid_desktop.core.roles import Permission
from telvalid_desktop.db.procedure_completion import procedure_suggestions
from telvalid_desktop.domain import EDITABLE, DossierStatus, ItemStatus
from telvalid_desktop.gui.dialogs.assign_dialog import AssignDialog
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.role_gate import RoleGate
from telvalid_desktop.gui.widgets.dossier_view import DossierView, after_reads
from telvalid_desktop.read_models.dossier_detail import ItemState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _ItemStep:
    """A checklist change Ctrl+Z takes back: the item as it was before it."""

    dossier_id: int
    previous: ItemState


@dataclass(frozen=True)
class _ValidationStep:
    """A validation Ctrl+Z takes back (its maker, within a short while, before billing has it)."""

    dossier_id: int
    number: str


_Step = _ItemStep | _ValidationStep | None  # None: a page operation, taken back by the page service's own undo


def _page_step() -> _Step:
    return None


class DossierCommands(QObject):
    """Owns the checklist, decision, page-moving and reopening commands of the window's open dossier.

    It listens to the checklist and page rotation requests of ``view``; its dialogs and
    messages belong to ``window``.
    """

    changed = Signal(object)  # Changes, to refresh
    dossier_requested = Signal(int)  # a dossier to open instead (the newest of its group)

    def __init__(self, window: QMainWindow, services: Services, view: DossierView, gate: RoleGate) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.view = view
        self.gate = gate
        self._steps: list[_Step] = []  # what Ctrl+Z takes back, newest last
        view.checklist.tick_requested.connect(self._on_tick_requested)
        view.checklist.refuse_requested.connect(self._on_refuse_requested)
        view.checklist.clear_requested.connect(self._on_clear_requested)
        view.page_rotation_requested.connect(self._on_rotation_requested)

    def run(
        self,
        change: Callable[[], Changes],
        refused: Callable[[BaseException], None] | None = None,
        undoable: Callable[[], _Step] | None = None,
    ) -> None:
        """Run one service call on the database thread; ``changed`` or a refusal explained (``refused``)
        follows. ``undoable`` says, as the call starts, how Ctrl+Z will take it back once done."""
        step = undoable() if undoable is not None else None

        def done(changes: Changes) -> None:
            if undoable is not None:
                self._steps.append(step)
            self.changed.emit(changes)

        self.view.in_background(change, done, refused or self.refused)

    def run_in_order(
        self,
        change: Callable[[], Changes],
        refused: Callable[[BaseException], None] | None = None,
        undoable: Callable[[], _Step] | None = None,
    ) -> None:
        """Run one service call on the database thread, after the reads and changes of the dossier under
        way (a key pressed right after another acts after it); a refusal is explained when it comes back."""
        self.view.when_settled(lambda: self.run(change, refused, undoable))

    def _item_step(self, dossier_id: int, code: str) -> _Step:
        """How to take back a change of ``code``: the item as the screen shows it now."""
        dossier = self.view.dossier
        shown = next((item for item in dossier.checklist if item.code == code), None) if dossier else None
        missing = ItemState(code, ItemStatus.MISSING, None, "", (), None, None)
        return _ItemStep(dossier_id, shown or missing)

    def refused(self, refused: BaseException) -> None:
        """Explain a change that came back refused (a fault of ours is logged and said plainly)."""
        if not isinstance(refused, REFUSALS):  # a fault of ours, not a refusal: logged, and said plainly
            log.error("a change of the open dossier failed", exc_info=refused)
        elif isinstance(refused, StaleDossier | DossierClaimed) and self.view.dossier is not None:
            self.changed.emit(Changes(dossiers=frozenset({self.view.dossier.id}), queues=True))
        text = failure_text(refused, self.view.labels) if isinstance(refused, REFUSALS) else str(refused)
        QMessageBox.warning(self.window, self.window.windowTitle(), text)

    def editable_dossier_id(self) -> int | None:
        """The open dossier, unless none is open or another technician holds it."""
        dossier = self.view.dossier
        return dossier.id if dossier is not None and not self.view.read_only else None

    def tick_item(self, number: int) -> None:
        dossier_id, page_id = self.editable_dossier_id(), self.view.current_page_id()
        code = self.view.checklist.code_at(number)
        if dossier_id is not None and page_id is not None and code is not None:  # the page shown when pressed
            self._tick(dossier_id, code, [page_id])

    def _tick(self, dossier_id: int, code: str, page_ids: list[int], *, other_procedure: bool = False) -> None:
        """Tick ``code`` with these pages; a page headed with another procedure's number is asked about first."""
        services = self.services

        def tick() -> Changes:
            return services.checklist.tick(dossier_id, code, page_ids, services.user, other_procedure=other_procedure)

        def refused(refusal: BaseException) -> None:
            if not isinstance(refusal, PageOfAnotherProcedure):
                self.refused(refusal)
            elif self._confirm_other_procedure(code, refusal):
                self._tick(dossier_id, code, page_ids, other_procedure=True)

        self.run_in_order(tick, refused, lambda: self._item_step(dossier_id, code))

    def _confirm_other_procedure(self, code: str, refusal: PageOfAnotherProcedure) -> bool:
        label = self.view.labels.get(code, code)
        answer = QMessageBox.question(
            self.window,
            self.window.windowTitle(),
            self.tr(
                "Cette page porte le numéro %1, pas celui du dossier (%2) : c'est peut-être l'ancien formulaire"
                " ou la pièce d'un autre client.\n\nCocher quand même « %3 » avec cette page ?"
                " L'historique le dira et la validation vous le rappellera."
            )
            .replace("%1", ", ".join(refusal.numbers))
            .replace("%2", refusal.procedure_number)
            .replace("%3", label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def clear_current(self) -> None:
        """The selected item (else the first) back to be checked: unticking without the mouse."""
        code = self.view.checklist.current_code() or self.view.checklist.code_at(1)
        if code is not None:
            self._on_clear_requested(code)

    def refuse_current(self) -> None:
        code = self.view.checklist.current_code() or self.view.checklist.code_at(1)
        if code is not None and self.editable_dossier_id() is not None:
            self.view.checklist.ask_refusal(code)

    @after_reads
    def validate(self) -> None:
        dossier = self.view.dossier
        if dossier is None or self.editable_dossier_id() is None:
            return
        number, seen, services, dossier_id = dossier.procedure_number, dossier.version, self.services, dossier.id

        def validate() -> tuple[Changes, int]:
            changes = services.validation.validate(number, services.user, expected_version=seen)
            return changes, services.policy.read().out_of_plan_allowance_eur  # the team's, as written

        def validated(result: tuple[Changes, int]) -> None:
            changes, allowance = result
            self._steps.append(_ValidationStep(dossier_id, number))
            self.changed.emit(changes)
            self.window.statusBar().showMessage(
                self.tr(
                    "Dossier %1 validé : renouvellement mensuel par prélèvement, hors forfait %2 € HT/mois."
                    " Ctrl+Z l'annule pendant %3 minutes."
                )
                .replace("%1", number)
                .replace("%2", str(allowance))
                .replace("%3", str(VALIDATION_UNDO_SECONDS // 60)),
                VALIDATION_UNDO_SECONDS * 1000,
            )

        def second_look(ticks: list[OtherProcedureTick]) -> None:
            if not ticks or self._validate_despite(ticks):
                self.view.in_background(validate, validated, self.refused)

        self.view.in_background(lambda: services.checklist.other_procedure_ticks(dossier_id), second_look, self.refused)

    def _validate_despite(self, ticks: list[OtherProcedureTick]) -> bool:
        """Items ticked with a page of another procedure, shown again before the dossier is validated."""
        lines = "\n".join(
            self.tr("• « %1 » : page portant le numéro %2")
            .replace("%1", self.view.labels.get(tick.code, tick.code))
            .replace("%2", tick.number)
            for tick in ticks
        )
        answer = QMessageBox.question(
            self.window,
            self.window.windowTitle(),
            self.tr(
                "Ces pièces ont été cochées avec une page d'une autre procédure :\n%1\n\nValider quand même ?"
            ).replace("%1", lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @after_reads
    def set_facts(self) -> None:
        """When the manager export does not say, the technician tells how the customer pays."""
        dossier_id = self.editable_dossier_id()
        if dossier_id is None:
            return
        payments = {self.tr("Prélèvement"): "direct_debit", self.tr("Chèque"): "cheque"}
        customers = {self.tr("Particulier"): "individual", self.tr("Entreprise"): "company"}
        title = self.window.windowTitle()
        payment, ok = QInputDialog.getItem(self.window, title, self.tr("Mode de paiement :"), list(payments), 0, False)
        if not ok:
            return
        customer, ok = QInputDialog.getItem(self.window, title, self.tr("Type de client :"), list(customers), 0, False)
        if ok:
            self.run(
                lambda: self.services.checklist.set_facts(
                    dossier_id, payments[payment], customers[customer], self.services.user
                )
            )

    @after_reads
    def supersede(self) -> None:
        """Documents sent under an older procedure of the group go to the newest; this dossier closes."""
        dossier, newest = self.view.dossier, self.view.newest_procedure
        if dossier is None or newest is None or self.editable_dossier_id() is None:
            return
        number = dossier.procedure_number
        question = self.tr(
            "Transférer tous les documents de %1 vers la procédure %2, la plus récente du groupe, "
            "et clore %1 comme remplacé ?"
        )
        title = self.window.windowTitle()
        answer = QMessageBox.question(self.window, title, question.replace("%1", number).replace("%2", newest))
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = self.services

        def supersede() -> tuple[Changes, int]:
            newest_number, changes = services.supersession.supersede(number, services.user)
            return changes, services.dossiers.get(newest_number).id

        def superseded(result: tuple[Changes, int]) -> None:
            self.changed.emit(result[0])
            self.dossier_requested.emit(result[1])

        self.view.in_background(supersede, superseded, self.refused)

    def move_page(self) -> None:
        page_id = self.view.current_page_id()
        if page_id is None or self.editable_dossier_id() is None:
            return
        number = self._ask_number(self.tr("Déplacer la page affichée vers le dossier n° :"))
        if number is not None:
            self.run_in_order(
                lambda: self.services.pages.move_pages([page_id], number, self.services.user), undoable=_page_step
            )

    def move_submission(self) -> None:
        submission_id = self.view.current_submission_id()
        if submission_id is None or self.editable_dossier_id() is None:
            return
        number = self._ask_number(self.tr("Déplacer tout l'envoi vers le dossier n° :"))
        if number is not None:
            self.run_in_order(
                lambda: self.services.pages.move_submission(submission_id, number, self.services.user),
                undoable=_page_step,
            )

    def assign_submission(self, submission_id: int) -> None:
        """An envelope the intake could not place gets its procedure number from the technician."""
        number = self._ask_number(self.tr("Numéro de procédure de cet envoi :"))
        if number is not None:
            self.run(
                lambda: self.services.pages.assign_submission(submission_id, number, self.services.user),
                undoable=_page_step,
            )

    def _ask_number(self, prompt: str) -> str | None:
        """A procedure number typed or chosen in the assign dialog (completed on the database thread from
        numbers, customers, groups and accounts); None if cancelled."""
        dialog = AssignDialog(prompt, procedure_suggestions, self.window, reader=self.view.tasks.run)
        return dialog.chosen_number() if dialog.exec() else None

    @after_reads
    def undo(self) -> None:
        """Take back the last change made here: a tick, a refusal or a clear of the open dossier's
        checklist (the item as it was), a validation just made, else the user's last page operation."""
        services, dossier = self.services, self.view.dossier
        steps = self._steps
        while steps and isinstance(steps[-1], _ItemStep) and (dossier is None or steps[-1].dossier_id != dossier.id):
            steps.pop()  # another dossier's checklist: not taken back from this one
        step = steps.pop() if steps else None
        if isinstance(step, _ItemStep):
            self.run(lambda: services.checklist.restore(step.dossier_id, step.previous, services.user))
            return
        if isinstance(step, _ValidationStep):  # whichever dossier is open now: the validated one comes back

            def reopened(changes: Changes) -> None:
                self.changed.emit(changes)
                self.dossier_requested.emit(step.dossier_id)

            self.view.in_background(
                lambda: services.validation.undo_validation(step.number, services.user), reopened, self.refused
            )
            return

        def refused(failure: BaseException) -> None:
            if not isinstance(failure, REFUSALS):
                self.refused(failure)
                return
            text = failure_text(failure, self.view.labels)  # "nothing to undo" is news, not a warning
            QMessageBox.information(self.window, self.window.windowTitle(), text)

        self.view.in_background(
            lambda: services.pages.undo_last(services.user), lambda done: self.changed.emit(done.changes), refused
        )

    def may_reopen(self) -> bool:
        """Only a closed dossier, held by nobody else, by a role allowed to take it back."""
        dossier = self.view.dossier
        closed = dossier is not None and DossierStatus(dossier.status) not in EDITABLE
        return closed and not self.view.read_only and self.gate.may(Permission.REOPEN)

    @after_reads
    def reopen(self) -> None:
        """A lead takes a closed dossier back into work, saying why (kept in its history)."""
        dossier = self.view.dossier
        if dossier is None or not self.may_reopen():
            return
        number = dossier.procedure_number
        reason, ok = QInputDialog.getText(
            self.window, self.window.windowTitle(), self.tr("Pourquoi rouvrir le dossier %1 ?").replace("%1", number)
        )
        if not ok:
            return
        if not reason.strip():
            QMessageBox.information(
                self.window, self.window.windowTitle(), self.tr("Indiquez la raison : elle reste dans l'historique.")
            )
            return
        self.run(lambda: self._reopened(number, reason.strip()))

    def _reopened(self, number: str, reason: str) -> Changes:
        dossier = self.services.dossiers.change_status(
            number, DossierStatus.OPEN, actor=self.services.user, reason=reason
        )
        return Changes(dossiers=frozenset({dossier.id}), queues=True)

    def _on_tick_requested(self, code: str, page_ids: list[int]) -> None:
        dossier_id = self.editable_dossier_id()
        if dossier_id is not None:
            self._tick(dossier_id, code, page_ids)

    def _on_refuse_requested(self, code: str, reason: str, note: str) -> None:
        dossier_id = self.editable_dossier_id()
        if dossier_id is not None:
            self.run_in_order(
                lambda: self.services.checklist.refuse(dossier_id, code, reason, note, self.services.user),
                undoable=lambda: self._item_step(dossier_id, code),
            )

    def _on_clear_requested(self, code: str) -> None:
        dossier_id = self.editable_dossier_id()
        if dossier_id is not None:
            self.run_in_order(
                lambda: self.services.checklist.clear(dossier_id, code, self.services.user),
                undoable=lambda: self._item_step(dossier_id, code),
            )

    def _on_rotation_requested(self, page_id: int, degrees: int) -> None:
        self.run_in_order(
            lambda: self.services.pages.rotate_page(page_id, degrees, self.services.user), undoable=_page_step
        )
