"""The lead's list of users and roles, and the history of changes to the team."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.audit import AuditLine
from telvalid_desktop.core.roles import Role, UserLine
from telvalid_desktop.gui.time_text import local_time_text


def role_label(role: str) -> str:
    labels = {
        Role.MAILROOM.value: QCoreApplication.translate("Users", "Courrier"),
        Role.TECHNICIAN.value: QCoreApplication.translate("Users", "Technicien"),
        Role.LEAD.value: QCoreApplication.translate("Users", "Responsable d'équipe"),
        "inactive": QCoreApplication.translate("Users", "sans accès"),
    }
    return labels.get(role, role)


def _detail_text(row: AuditLine) -> str:
    """Roles in words ("technician -> lead": "Technicien → Responsable d'équipe"); other details as written."""
    if row.event in ("user_added", "role_changed"):
        return " → ".join(role_label(part.strip()) for part in row.detail.split("->"))
    return str(row.detail)


class UserDialog(QDialog):
    """A login, a name and a role; OK once a login is typed."""

    def __init__(self, user: UserLine | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Utilisateur"))
        self.login = QLineEdit(user.login if user else "", self)
        self.login.setReadOnly(user is not None)
        self.login.setPlaceholderText(self.tr("identifiant de session, ex. mdupont"))
        self.name = QLineEdit(user.display_name if user else "", self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role_label(role.value), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(user.role if user else Role.TECHNICIAN.value)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(self.login.text().strip()))
        form = QFormLayout(self)
        form.addRow(self.tr("Identifiant :"), self.login)
        form.addRow(self.tr("Nom affiché :"), self.name)
        form.addRow(self.tr("Rôle :"), self.role)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, str, str]:
        """(login, role, display name)."""
        return self.login.text().strip(), self.role.currentData(), self.name.text().strip()


class UsersPanel(QWidget):
    """Owns the two lists; the window runs the services with what the lead chose."""

    set_requested = Signal(str, str, str)  # login, role, display name
    deactivate_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users = QTreeWidget(self)
        self.users.setRootIsDecorated(False)
        self.users.setAccessibleName(self.tr("Utilisateurs"))
        self.users.setHeaderLabels([self.tr("Identifiant"), self.tr("Nom"), self.tr("Rôle"), self.tr("Accès")])
        self.users.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.users.itemDoubleClicked.connect(lambda _item: self.edit_current())
        self.audit = QTreeWidget(self)
        self.audit.setRootIsDecorated(False)
        self.audit.setAccessibleName(self.tr("Historique de l'équipe"))
        self.audit.setHeaderLabels(
            [self.tr("Quand"), self.tr("Qui"), self.tr("Quoi"), self.tr("Concerne"), self.tr("Détail")]
        )
        self.audit.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("Ajouter…"), self)
        add.clicked.connect(self.add_user)
        edit = QPushButton(self.tr("Changer le rôle…"), self)
        edit.clicked.connect(self.edit_current)
        deactivate = QPushButton(self.tr("Retirer l'accès"), self)
        deactivate.clicked.connect(self._deactivate_current)
        buttons = QHBoxLayout()
        for button in (add, edit, deactivate):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Utilisateurs</b> (connus par leur identifiant de session)"), self))
        layout.addWidget(self.users, 2)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("<b>Historique de l'équipe</b>"), self))
        layout.addWidget(self.audit, 1)
        self._shown: dict[str, UserLine] = {}

    def show_users(self, users: list[UserLine], audit: list[AuditLine]) -> None:
        self._shown = {user.login: user for user in users}
        self.users.clear()
        for user in users:
            access = self.tr("actif") if user.active else self.tr("retiré")
            item = QTreeWidgetItem([user.login, user.display_name, role_label(user.role), access])
            item.setData(0, Qt.ItemDataRole.UserRole, user.login)
            self.users.addTopLevelItem(item)
        self.audit.clear()
        for row in audit:
            self.audit.addTopLevelItem(
                QTreeWidgetItem(
                    [local_time_text(row.at), row.actor, self._event_text(row.event), row.subject, _detail_text(row)]
                )
            )

    def _event_text(self, event: str) -> str:
        texts = {
            "user_added": self.tr("utilisateur ajouté"),
            "role_changed": self.tr("rôle changé"),
            "user_deactivated": self.tr("accès retiré"),
            "rules_installed": self.tr("règles des pièces installées"),
        }
        return texts.get(event, event)

    def _current(self) -> UserLine | None:
        item = self.users.currentItem()
        return self._shown.get(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def add_user(self) -> None:
        self._ask(None)

    def edit_current(self) -> None:
        user = self._current()
        if user is not None:
            self._ask(user)

    def _ask(self, user: UserLine | None) -> None:
        dialog = UserDialog(user, self)
        if dialog.exec():
            self.set_requested.emit(*dialog.chosen())

    def _deactivate_current(self) -> None:
        user = self._current()
        if user is not None:
            self.deactivate_requested.emit(user.login)
