"""A window shows only what its user's role may do (the core refuses the rest anyway)."""

from __future__ import annotations

from PySide6.QtGui import QAction

from telvalid_desktop.core.roles import Permission, permissions_of


class RoleGate:
    """Remembers which permission each action needs; hides and disables what the user may not do.

    Read once when the window opens, in one go: a role changed by a lead applies at the
    next start (the services check every call meanwhile).
    """

    def __init__(self, user: str) -> None:
        self.user = user
        self._needs: dict[QAction, Permission] = {}
        self._granted = permissions_of(user)

    def need(self, action: QAction, permission: Permission) -> QAction:
        self._needs[action] = permission
        return action

    def may(self, permission: Permission) -> bool:
        return permission in self._granted

    def apply(self) -> list[QAction]:
        """Hide the forbidden actions; returns them, so the window never enables them again."""
        forbidden = [action for action, permission in self._needs.items() if not self.may(permission)]
        for action in forbidden:
            action.setVisible(False)
            action.setEnabled(False)
        return forbidden
