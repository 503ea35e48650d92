"""The services of one workstation session, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from telvalid_desktop.config import Settings
from telvalid_desktop.core.correspondence.letterhead import LetterheadService
from telvalid_desktop.core.correspondence.letters import LetterService
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.assignment import AssignmentService
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.page_operations import PageOperations
from telvalid_desktop.core.lifecycle.supersession import SupersessionService
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.roles import UserService
from telvalid_desktop.core.team_policy import TeamPolicyService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.intake.workers import PageWorkers


@dataclass(frozen=True)
class Services:
    """Owns the service objects the window (and tests) call; no global state."""

    workspace: Workspace
    settings: Settings
    user: str
    dossiers: DossierService
    claims: ClaimService
    checklist: ChecklistService
    validation: ValidationService
    pages: PageOperations
    supersession: SupersessionService
    letters: LetterService
    assignment: AssignmentService
    users: UserService
    policy: TeamPolicyService  # the team's values (allowance, thresholds...): read at each use
    letterhead: LetterheadService  # who signs the letters, set by a lead beside the policy


def build_services(workspace: Workspace, settings: Settings, user: str) -> Services:
    dossiers = DossierService()
    claims = ClaimService(settings)
    checklist = ChecklistService(claims)
    users = UserService()
    return Services(
        workspace=workspace,
        settings=settings,
        user=user,
        dossiers=dossiers,
        claims=claims,
        checklist=checklist,
        validation=ValidationService(claims, checklist, dossiers),
        pages=PageOperations(claims, dossiers),
        supersession=SupersessionService(claims, dossiers),
        letters=LetterService(workspace, checklist, dossiers),
        assignment=AssignmentService(users),
        users=users,
        policy=TeamPolicyService(),
        letterhead=LetterheadService(),
    )


def intake_service(services: Services, workers: PageWorkers) -> IngestService:
    """The intake as this session is set up (its user; the team's envelope limit, read at each file)."""
    return IngestService(services.workspace, workers, services.dossiers, user=services.user)
