"""Who may do what: mailroom staff take scans in, technicians check and decide, leads manage.

Enforced here, in the core, for every front end (the window hides what a role cannot do,
but the services refuse it). A workspace with no user defined yet is a single workstation
with no roles: everything is allowed until a lead creates the first user (who must be a
lead, so that someone can always manage the list).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import ParamSpec, TypeVar, cast

from telvalid_desktop.core.audit import record_audit
from telvalid_desktop.core.errors import CoreError, InvalidValue
from telvalid_desktop.db.models import User, database_proxy


@dataclass(frozen=True)
class UserLine:
    """A user as the lead's screen and ``telvalid users`` list them."""

    login: str
    display_name: str
    role: str
    active: bool


class Role(StrEnum):
    MAILROOM = "mailroom"
    TECHNICIAN = "technician"
    LEAD = "lead"


class Permission(StrEnum):
    SORT = "sort"  # fix where pages and envelopes belong (numbers, splits, moves)
    CHECK = "check"  # tick, refuse, give the customer's facts
    DECIDE = "decide"  # validate, hold, supersede, write to the customer
    EXPORT = "export"  # send validations to billing
    REOPEN = "reopen"  # reopen a validated, superseded or rejected dossier
    ASSIGN = "assign"  # spread the work: reassign dossiers, release forgotten claims
    MANAGE = "manage"  # users, roles and rules


PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MAILROOM: frozenset({Permission.SORT}),
    Role.TECHNICIAN: frozenset({Permission.SORT, Permission.CHECK, Permission.DECIDE, Permission.EXPORT}),
    Role.LEAD: frozenset(Permission),
}


class NotAllowed(CoreError):
    """The user's role does not allow this action (or the user is unknown or deactivated)."""

    def __init__(self, actor: str, permission: Permission) -> None:
        super().__init__(f"{actor} may not {permission.value}")
        self.actor = actor
        self.permission = permission


def roles_in_use() -> bool:
    """Whether users are defined: before that, one workstation works without roles."""
    return User.select().exists()


def role_of(login: str) -> Role | None:
    user = User.get_or_none((User.login == login) & (User.active == True))  # noqa: E712 - SQL
    return Role(user.role) if user is not None else None


def station_for(user: str, configured: str) -> str:
    """Mailroom staff get the mailroom station whatever this workstation's setting says."""
    return "mailroom" if role_of(user) == Role.MAILROOM else configured


def permissions_of(actor: str) -> frozenset[Permission]:
    """Everything ``actor`` may do, in one or two reads (a window asks once, not per action)."""
    if not roles_in_use():
        return frozenset(Permission)
    role = role_of(actor)
    return PERMISSIONS[role] if role is not None else frozenset()


def allowed(actor: str, permission: Permission) -> bool:
    return permission in permissions_of(actor)


def require(actor: str, permission: Permission) -> None:
    """Raise ``NotAllowed`` unless ``actor`` may do this."""
    if not allowed(actor, permission):
        raise NotAllowed(actor, permission)


P = ParamSpec("P")
R = TypeVar("R")


def requires(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a service method that has an ``actor`` parameter: it refuses users whose role lacks ``permission``."""

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        signature = inspect.signature(method)

        @functools.wraps(method)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            require(signature.bind(*args, **kwargs).arguments["actor"], permission)
            return method(*args, **kwargs)

        return checked

    return decorate


class UserService:
    """The list of users and their roles, managed by leads."""

    def list_users(self) -> list[UserLine]:
        return [
            UserLine(user.login, user.display_name, user.role, bool(user.active))
            for user in User.select().order_by(User.login)
        ]

    def set_user(self, login: str, role: Role | str, actor: str, display_name: str = "") -> User:
        """Add a user or change their role; the very first user must be a lead."""
        try:
            role = Role(role)
        except ValueError as unknown:
            raise InvalidValue("role", role) from unknown
        login = login.strip()
        if not login:
            raise InvalidValue("login", login)
        with database_proxy.atomic():
            if not roles_in_use():
                if role != Role.LEAD:
                    raise InvalidValue("role", role.value)  # someone must be able to manage the list
            else:
                require(actor, Permission.MANAGE)
            user = User.get_or_none(User.login == login)
            if user is not None and role != Role.LEAD:
                _ensure_another_lead(login)
            if user is None:
                record_audit(actor, "user_added", login, role.value)
                return User.create(login=login, role=role.value, display_name=display_name)
            if (user.role, user.active) != (role.value, True):
                before = user.role if user.active else "inactive"
                record_audit(actor, "role_changed", login, f"{before} -> {role.value}")
            user.role, user.active = role.value, True
            if display_name:
                user.display_name = display_name
            user.save()
            return user

    def deactivate(self, login: str, actor: str) -> None:
        """A user who left keeps their name in the history but can no longer act."""
        require(actor, Permission.MANAGE)
        with database_proxy.atomic():
            _ensure_another_lead(login)
            if User.update(active=False).where((User.login == login) & (User.active == True)).execute():  # noqa: E712
                record_audit(actor, "user_deactivated", login)

    def team(self) -> list[str]:
        """Logins that may be given dossiers to follow: active technicians and leads."""
        deciders = [role.value for role, granted in PERMISSIONS.items() if Permission.DECIDE in granted]
        query = User.select(User.login).where(User.role.in_(deciders) & (User.active == True))  # noqa: E712 - SQL
        logins = cast(Iterable[tuple[str]], query.order_by(User.login).tuples())  # the stubs cannot type .tuples()
        return [login for (login,) in logins]


def _ensure_another_lead(login: str) -> None:
    """Never leave the workspace without an active lead: nobody could manage users any more."""
    others = User.select().where(
        (User.role == Role.LEAD.value) & (User.active == True) & (User.login != login)  # noqa: E712 - SQL
    )
    if role_of(login) == Role.LEAD and not others.exists():
        raise InvalidValue("last_lead", login)
