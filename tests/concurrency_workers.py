"""Workstations as real processes: what they run, and the check of the history they leave.

The spawn start method imports a process's target by module name, so the jobs live here
rather than in a test file. Each process opens the workspace itself with
``open_workspace(root)``: it then uses the database ``TELVALID_DATABASE`` names in the
environment it inherited, on a connection of its own, like a workstation. Used by
tests/core/test_concurrency.py and tests/bench/load_workstations.py.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any, TypeVar

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services, intake_service
from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.maintenance.history_check import check_histories
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.db.models import Dossier, DossierEvent
from telvalid_desktop.db.repository import dossier_pages
from telvalid_desktop.domain import DossierStatus, ItemStatus
from telvalid_desktop.intake.workers import PageWorkers

T = TypeVar("T")
Job = Callable[[Services], Any]

START_TIMEOUT_S = 60  # every process has opened its workspace by then, even on a loaded machine
EXIT_TIMEOUT_S = 10  # a process that has answered only has to exit
DECISIONS = frozenset({"validated", "put_on_hold", "status_changed"})  # transitions a person commits
ARRIVALS = frozenset({"created", "submission_received", "complement_received"})  # one per filed submission
TICK_CHANCE = 0.7  # a technician sometimes leaves an item missing, and the dossier goes on hold


def workstation(root: Path, user: str) -> Services:
    """One workstation: its own connection, and ``user`` as its login (the intake records it)."""
    os.environ["LOGNAME"] = user  # getpass.getuser() reads it first
    return build_services(open_workspace(root), Settings(), user)


@dataclass(frozen=True)
class Crashed:
    """A process failed outside what the services refuse on purpose (its traceback)."""

    user: str
    traceback: str


def _process_main(job: Job, root: Path, user: str, start: Barrier, results: Any) -> None:
    """Open the workstation, wait for the others, run ``job``; its result (or its crash) goes back."""
    services = None
    try:
        services = workstation(root, user)
        start.wait(START_TIMEOUT_S)
        results.put((user, job(services)))
    except BaseException:
        if services is None:
            start.abort()  # the others do not wait for a process that will never arrive
        results.put((user, Crashed(user, traceback.format_exc())))


def run_together(jobs: Sequence[Job], root: Path, users: Sequence[str], timeout_s: float) -> list[Any]:
    """Run each job in a process of its own (as ``users``, one each), all released at once; their results, in order.

    Raises when a process crashed or did not answer within ``timeout_s``.
    """
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(len(jobs))
    results = context.Queue()
    processes = [
        context.Process(target=_process_main, args=(job, root, user, start, results), daemon=True)
        for job, user in zip(jobs, users, strict=True)
    ]
    for process in processes:
        process.start()
    try:
        answers = dict(results.get(timeout=timeout_s) for _ in processes)
    finally:
        for process in processes:
            process.join(timeout=EXIT_TIMEOUT_S)
            if process.is_alive():
                process.kill()
    crashes = [answer for answer in answers.values() if isinstance(answer, Crashed)]
    if crashes:
        raise RuntimeError("\n".join(f"{crash.user}:\n{crash.traceback}" for crash in crashes))
    return [answers[user] for user in users]


def attempt(job: Job, services: Services) -> str:
    """'ok', or the name of the refusal (a ``CoreError``) the services answered."""
    try:
        job(services)
    except CoreError as refused:
        return type(refused).__name__
    return "ok"


def validate(number: str, services: Services) -> object:
    return services.validation.validate(number, services.user)


def claim(number: str, services: Services) -> object:
    return services.claims.claim(services.dossiers.get(number).id, services.user)


def ingest(path: Path, services: Services) -> object:
    """The intake as the CLI runs it, pages read in this process."""
    with PageWorkers(0) as workers:
        return intake_service(services, workers).ingest(path)


@dataclass(frozen=True)
class Transition:
    """A status change a process saw committed, to find in the history afterwards."""

    procedure_number: str
    event: str
    from_status: str | None  # nullable columns of the history
    to_status: str | None
    actor: str


@dataclass
class Report:
    """What one workstation did: latencies, refusals and errors per kind of operation, its commits."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    refusals: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: Counter[tuple[str, str]] = field(default_factory=Counter)
    first_errors: dict[str, str] = field(default_factory=dict)  # one message per kind of error, to read
    transitions: list[Transition] = field(default_factory=list)
    arrivals: list[str] = field(default_factory=list)  # names of the files it filed into dossiers

    def timed(self, kind: str, action: Callable[[], T]) -> T | None:
        """Run and time ``action``; None when it was refused or failed (counted apart)."""
        started = time.perf_counter()
        try:
            return action()
        except CoreError as refused:
            self.refusals[(kind, type(refused).__name__)] += 1
        except Exception as failure:  # noqa: BLE001 - a load test counts every failure
            name = type(failure).__name__
            self.errors[(kind, name)] += 1
            self.first_errors.setdefault(f"{kind}/{name}", str(failure).strip())
        finally:
            self.latencies[kind].append(time.perf_counter() - started)
        return None

    def decided(self, dossier: Dossier, event: str, to_status: DossierStatus, actor: str) -> None:
        self.transitions.append(Transition(dossier.procedure_number, event, dossier.status, to_status.value, actor))


def merged(reports: Iterable[Report]) -> Report:
    """All workstations' reports as one."""
    total = Report()
    for report in reports:
        for kind, values in report.latencies.items():
            total.latencies[kind].extend(values)
        total.refusals.update(report.refusals)
        total.errors.update(report.errors)
        total.first_errors = report.first_errors | total.first_errors
        total.transitions.extend(report.transitions)
        total.arrivals.extend(report.arrivals)
    return total


def work_on(services: Services, number: str, rng: random.Random, report: Report) -> None:
    """A technician's turn on a dossier, as the window does it: open (claim, read), tick, decide, release."""
    dossier = services.dossiers.get(number)
    if report.timed("claim", partial(services.claims.claim, dossier.id, services.user)) is None:
        return
    try:
        if report.timed("open", partial(read_dossier, services, dossier.id)) == DossierStatus.OPEN:
            tick_some(services, dossier.id, rng, report)
            decide(services, number, report)
    finally:
        report.timed("release", partial(services.claims.release, dossier.id, services.user))


def read_dossier(services: Services, dossier_id: int) -> str:
    """What the window reads to show a dossier (its checklist and pages); its status."""
    services.checklist.checklist(dossier_id)
    dossier_pages(dossier_id, services.workspace.store)
    return str(Dossier.get_by_id(dossier_id).status)


def tick_some(services: Services, dossier_id: int, rng: random.Random, report: Report) -> None:
    """Tick the items not received yet, each on a page of the dossier, skipping some."""
    pages = dossier_pages(dossier_id, services.workspace.store)
    for item in services.checklist.checklist(dossier_id):
        if item.state != ItemStatus.RECEIVED and pages and rng.random() < TICK_CHANCE:
            page = rng.choice(pages).page_id
            report.timed("tick", partial(services.checklist.tick, dossier_id, item.code, [page], services.user))


def decide(services: Services, number: str, report: Report) -> None:
    """Validate a complete dossier, else put it on hold for what is missing, on the version shown."""
    shown = services.dossiers.get(number)  # the window reloads the dossier after each tick
    missing = [item.code for item in services.checklist.checklist(shown.id) if item.state != ItemStatus.RECEIVED]
    if missing:
        hold = partial(services.validation.put_on_hold, number, services.user, missing, "pièces manquantes")
        if report.timed("hold", partial(hold, expected_version=shown.version)) is not None:
            report.decided(shown, "put_on_hold", DossierStatus.ON_HOLD, services.user)
        return
    valid = partial(services.validation.validate, number, services.user)
    if report.timed("validate", partial(valid, expected_version=shown.version)) is not None:
        report.decided(shown, "validated", DossierStatus.VALIDATED, services.user)


def lead_turn(services: Services, number: str, rng: random.Random, report: Report) -> None:
    """A lead reopens a dossier on hold or validated, or gives an open one to another technician."""
    shown = services.dossiers.get(number)
    if shown.status in (DossierStatus.ON_HOLD, DossierStatus.VALIDATED):
        reopen = partial(services.dossiers.change_status, number, DossierStatus.OPEN, actor=services.user)
        if report.timed("reopen", partial(reopen, reason="relance", expected_version=shown.version)) is not None:
            report.decided(shown, "status_changed", DossierStatus.OPEN, services.user)
        return
    technician = f"tech{rng.randrange(100)}"
    report.timed("reassign", partial(services.assignment.reassign, [shown.id], technician, services.user))


def busy_for(
    seconds: float,
    turn: Callable[[Services, str, random.Random, Report], None],
    numbers: Sequence[str],
    seed: int,
    services: Services,
) -> Report:
    """Take turns on dossiers drawn from ``numbers`` until ``seconds`` have passed."""
    rng, report = random.Random(seed), Report()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        turn(services, rng.choice(numbers), rng, report)
    return report


@dataclass(frozen=True)
class HistoryCheck:
    """Where the history disagrees with what the processes committed, and with the dossiers."""

    lost: list[str]  # committed, but no history row
    doubled: list[str]  # history rows nobody committed, or committed once and written twice
    broken: list[str]  # dossiers whose rows do not follow from one another, or whose status is not the last

    @property
    def clean(self) -> bool:
        return not (self.lost or self.doubled or self.broken)


def check_history(reports: Iterable[Report]) -> HistoryCheck:
    """Compare the commits the processes saw with the history, and each dossier with its history.

    A decision is one status-changing row (same dossier, event, states, actor); a filed
    file is one arrival row naming it. Each dossier's own history is checked by the
    workspace check's rules (``check_histories``).
    """
    total = merged(reports)
    rows = list(DossierEvent.select(DossierEvent, Dossier).join(Dossier).order_by(DossierEvent.id))
    committed = Counter(total.transitions) + Counter(f"file {name}" for name in total.arrivals)
    recorded: Counter[Transition | str] = Counter()
    for row in rows:
        if row.event in DECISIONS and row.from_status != row.to_status:
            recorded[_transition(row)] += 1
        elif row.event in ARRIVALS and row.reason.startswith("file "):
            recorded[row.reason] += 1
    broken = [finding.message for finding in check_histories()[0]]  # the same rules as 'telvalid check'
    return HistoryCheck(
        lost=[str(item) for item in (committed - recorded).elements()],
        doubled=[str(item) for item in (recorded - committed).elements()],
        broken=broken,
    )


def _transition(row: DossierEvent) -> Transition:
    return Transition(row.dossier.procedure_number, row.event, row.from_status, row.to_status, row.actor)
