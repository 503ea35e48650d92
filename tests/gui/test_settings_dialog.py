"""The settings dialog: each value checked as it is typed, saved only when nothing is wrong."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings, load_settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.filing.mail_password import load_password
from telvalid_desktop.core.lifecycle.rules import DEFAULT_RULES
from telvalid_desktop.core.lifecycle.rules_store import rules_in_force
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.dialogs.settings_dialog import SettingsDialog
from telvalid_desktop.gui.tasks import TaskRunner, unless_deleted

UNREACHABLE = "postgresql://clerk:secret@127.0.0.1:1/telvalid"  # port 1: nothing listens


class Chooser:
    """Stands for the folder and file pickers: answers ``answer`` and keeps what it was asked."""

    def __init__(self, answer: Path | None = None) -> None:
        self.answer = answer
        self.asked: list[tuple[str, ...]] = []

    def __call__(self, _parent: object, *asked: str) -> str:
        self.asked.append(asked)
        return str(self.answer) if self.answer else ""


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


OpenDialog = Callable[..., SettingsDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, tasks: TaskRunner, settings_file: Path, workspace: Workspace) -> OpenDialog:
    """A dialog on ``settings`` for ``user``, once its first check has answered."""

    def open_it(settings: Settings | None = None, user: str = "tech1", **injected: Any) -> SettingsDialog:
        settings = settings or Settings(workspace=str(workspace.root))
        services: Services = build_services(workspace, settings, user)
        dialog = SettingsDialog(
            settings, services, settings_file=settings_file, tasks=tasks, check_delay_ms=10, **injected
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog._checking)
        return dialog

    return open_it


def text_of(dialog: SettingsDialog, name: str) -> QLineEdit:
    editor = dialog.tabs.fields[name].editor
    assert isinstance(editor, QLineEdit)
    return editor


def number_of(dialog: SettingsDialog, name: str) -> QSpinBox:
    editor = dialog.tabs.fields[name].editor
    assert isinstance(editor, QSpinBox)
    return editor


def problem_of(dialog: SettingsDialog, name: str) -> str:
    field = dialog.tabs.fields[name]
    return "" if field.problem.isHidden() else field.problem.text()


def retype(qtbot: QtBot, editor: QLineEdit, text: str) -> None:
    editor.clear()
    qtbot.keyClicks(editor, text)


def rules_file(folder: Path, version: int, *, twice: bool = False) -> Path:
    data = json.loads(DEFAULT_RULES.read_text(encoding="utf-8"))
    data["version"] = version
    if twice:
        data["requirements"].append(dict(data["requirements"][0]))
    path = folder / f"rules-v{version}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_invalid_value_says_why_under_its_field_and_blocks_saving_until_fixed(
    qtbot: QtBot, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    dialog = open_dialog()
    assert dialog.ok.isEnabled() and dialog.summary.isHidden()

    retype(qtbot, text_of(dialog, "workspace"), "relative/folder")
    assert not dialog.ok.isEnabled()  # at once, before the check answers
    qtbot.waitUntil(lambda: problem_of(dialog, "workspace") != "")
    assert problem_of(dialog, "workspace") == "Indiquez le chemin complet du dossier (le plus simple : « Parcourir… »)."
    assert dialog.summary.text() == "À corriger avant d'enregistrer : Espace de travail (Général)."
    assert not dialog.ok.isEnabled()

    retype(qtbot, text_of(dialog, "workspace"), str(tmp_path / "new-workspace"))
    qtbot.waitUntil(dialog.ok.isEnabled)
    assert problem_of(dialog, "workspace") == "" and dialog.summary.isHidden()
    assert text_of(dialog, "workspace").accessibleDescription() == ""


def test_the_database_address_is_checked(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog()
    retype(qtbot, text_of(dialog, "database_url"), "mysql://dbserver/telvalid")
    qtbot.waitUntil(lambda: problem_of(dialog, "database_url") != "")
    assert problem_of(dialog, "database_url").startswith("Adresse non reconnue : laissez vide")
    assert dialog.summary.text() == "À corriger avant d'enregistrer : Base de données (Général)."
    assert not dialog.ok.isEnabled()

    retype(qtbot, text_of(dialog, "database_url"), "postgresql://telvalid@dbserver/telvalid")
    qtbot.waitUntil(dialog.ok.isEnabled)
    assert problem_of(dialog, "database_url") == ""


def test_the_hot_folder_is_chosen_with_the_picker_and_must_exist(
    qtbot: QtBot, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    scans = tmp_path / "scans"
    chooser = Chooser(scans)
    dialog = open_dialog(choose_folder=chooser)
    browse = dialog.tabs.fields["hot_folder"].findChild(QPushButton)
    assert browse is not None and browse.text() == "Parcourir…"
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert chooser.asked == [("Dossier du scanner", "")]
    assert text_of(dialog, "hot_folder").text() == str(scans)
    assert text_of(dialog, "hot_folder_archive").placeholderText() == f"vide : {tmp_path / 'scans-archive'}"
    qtbot.waitUntil(lambda: problem_of(dialog, "hot_folder") != "")
    assert problem_of(dialog, "hot_folder").startswith(f"Ce dossier n'existe pas ({scans})")
    scans.mkdir()
    retype(qtbot, text_of(dialog, "hot_folder_archive"), str(scans / "done"))
    qtbot.waitUntil(lambda: problem_of(dialog, "hot_folder_archive") != "")
    assert problem_of(dialog, "hot_folder") == ""
    assert problem_of(dialog, "hot_folder_archive").startswith("Ce dossier est à l'intérieur du dossier du scanner")


def test_saving_writes_the_file_and_says_what_changed(
    qtbot: QtBot, open_dialog: OpenDialog, settings_file: Path, workspace: Workspace
) -> None:
    dialog = open_dialog()
    dialog.tabs.fields["language"].editor.setCurrentIndex(1)  # type: ignore[attr-defined]
    number_of(dialog, "claim_timeout_minutes").setValue(200)
    assert dialog.restart_note.text() == "S'appliquera à la réouverture de la fenêtre : Langue."
    qtbot.waitUntil(dialog.ok.isEnabled)

    with qtbot.waitSignal(dialog.settings_saved) as saved:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    expected = Settings(workspace=str(workspace.root), language="en", claim_timeout_minutes=200)
    assert load_settings(settings_file) == expected == dialog.saved
    assert saved.args == [expected, {"language", "claim_timeout_minutes"}]
    assert dialog.changed_fields == {"language", "claim_timeout_minutes"}
    assert dialog.restart_fields == {"language"}
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_escape_cancels_without_writing_anything(qtbot: QtBot, open_dialog: OpenDialog, settings_file: Path) -> None:
    dialog = open_dialog()
    number_of(dialog, "claim_timeout_minutes").setValue(20)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not settings_file.exists() and dialog.changed_fields == set()


def test_the_connection_test_reports_an_unreachable_server_without_freezing_the_window(
    qtbot: QtBot, open_dialog: OpenDialog
) -> None:
    dialog = open_dialog()
    test = dialog.connection
    assert not test.button.isEnabled()  # SQLite in the workspace: no server to test
    retype(qtbot, text_of(dialog, "database_url"), UNREACHABLE)
    assert test.button.isEnabled()

    qtbot.mouseClick(test.button, Qt.MouseButton.LeftButton)
    assert test.result.text() == "Connexion en cours…" and not test.button.isEnabled()  # the click returned at once
    qtbot.waitUntil(lambda: test.result.text().startswith("Échec de la connexion"), timeout=10_000)
    assert "127.0.0.1" in test.result.text() and "secret" not in test.result.text()
    assert test.button.isEnabled()


def test_a_server_that_answers_is_named_with_its_version(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(probe=lambda _url: "15.4")
    retype(qtbot, text_of(dialog, "database_url"), "postgresql://telvalid@dbserver/telvalid")
    qtbot.mouseClick(dialog.connection.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.connection.result.text() == "Connexion réussie (PostgreSQL 15.4).")
    text_of(dialog, "database_url").setText("postgresql://telvalid@other/telvalid")
    assert dialog.connection.result.text() == ""  # an answer about another address is not kept


def test_a_chosen_rules_file_is_checked_at_once_and_its_problems_listed(
    qtbot: QtBot, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    shipped = rules_in_force().version
    dialog = open_dialog(choose_file=Chooser(rules_file(tmp_path, shipped, twice=True)))
    panel = dialog.rules
    qtbot.waitUntil(panel.choose.isEnabled)
    assert panel.in_force.text().startswith(f"<b>En vigueur : version {shipped}</b>")
    assert "livrées avec l'application" in panel.in_force.text() and panel.items.count() > 0

    qtbot.mouseClick(panel.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.problems.text() != "")
    assert "apparaît plusieurs fois" in panel.problems.text()
    assert f"ne sont pas plus récentes que celles en vigueur (version {shipped})" in panel.problems.text()
    assert not panel.install.isEnabled()
    assert dialog.ok.isEnabled()  # the rules are the team's, not a setting of this workstation


def test_a_technician_cannot_install_rules_once_users_exist_and_a_lead_can(
    qtbot: QtBot, open_dialog: OpenDialog, tmp_path: Path
) -> None:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    newer = rules_in_force().version + 1
    asked: list[str] = []

    def confirm(_parent: object, question: str) -> bool:
        asked.append(question)
        return True

    technician = open_dialog(user="tech1", choose_file=Chooser(rules_file(tmp_path, newer)), confirm=confirm)
    qtbot.waitUntil(technician.rules.choose.isEnabled)
    qtbot.mouseClick(technician.rules.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "seul un responsable" in technician.rules.status.text())
    assert not technician.rules.install.isEnabled()

    lead = open_dialog(user="chef", choose_file=Chooser(rules_file(tmp_path, newer)), confirm=confirm)
    qtbot.waitUntil(lead.rules.choose.isEnabled)
    qtbot.mouseClick(lead.rules.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lead.rules.install.isEnabled)
    with qtbot.waitSignal(lead.rules.rules_installed):
        qtbot.mouseClick(lead.rules.install, Qt.MouseButton.LeftButton)
    assert asked and f"version {newer}" in asked[0]
    qtbot.waitUntil(lambda: "installées par un responsable" in lead.rules.in_force.text())
    assert lead.rules.status.text() == f"Règles version {newer} installées pour toute l'équipe."
    assert rules_in_force().version == newer


def test_before_the_first_user_anyone_may_install_rules(qtbot: QtBot, open_dialog: OpenDialog, tmp_path: Path) -> None:
    dialog = open_dialog(choose_file=Chooser(rules_file(tmp_path, rules_in_force().version + 1)))
    qtbot.waitUntil(dialog.rules.choose.isEnabled)
    qtbot.mouseClick(dialog.rules.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.rules.install.isEnabled)


def test_every_field_has_a_mnemonic_reaching_its_editor_and_none_clash_on_a_page(open_dialog: OpenDialog) -> None:
    dialog = open_dialog()

    def mnemonics(texts: list[str]) -> list[str]:
        return [match.group(1).lower() for text in texts if (match := re.search(r"&(\w)", text))]

    always = set(mnemonics([dialog.tabs.tabText(tab) for tab in range(dialog.tabs.count())]))
    assert len(always) == dialog.tabs.count()
    for tab in range(dialog.tabs.count()):
        page = dialog.tabs.widget(tab)
        assert page is not None
        letters = mnemonics([widget.text() for widget in page.findChildren(QLabel) + page.findChildren(QPushButton)])
        assert len(letters) == len(set(letters)) and not set(letters) & always, (tab, letters)
    for name, field in dialog.tabs.fields.items():
        caption = next(label for label in dialog.tabs.findChildren(QLabel) if label.buddy() is field.editor)
        assert "&" in caption.text() and field.editor.toolTip(), name


def test_an_answer_arriving_after_the_dialog_was_deleted_is_dropped(qtbot: QtBot) -> None:
    owner = QLabel()
    answers: list[str] = []
    callback = unless_deleted(owner, answers.append)
    callback("while open")
    shiboken6.delete(owner)
    callback("after")  # would raise on a deleted widget
    assert answers == ["while open"]


def test_tab_goes_through_the_fields_in_the_order_they_are_shown(open_dialog: OpenDialog, workspace: Workspace) -> None:
    dialog = open_dialog(Settings(workspace=str(workspace.root), database_url="postgresql://telvalid@dbserver/t"))
    start = dialog.tabs.fields["workspace"].editor
    order: list[QWidget] = [start]
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start and len(order) < 8:
        if widget.isVisibleTo(dialog) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
        widget = widget.nextInFocusChain()
    fields = dialog.tabs.fields
    assert order[:6] == [
        fields["workspace"].editor,
        fields["workspace"].findChild(QPushButton),
        fields["database_url"].editor,
        dialog.connection.button,
        fields["station"].editor,
        fields["language"].editor,
    ]


def test_a_settings_file_that_cannot_be_written_is_said_and_the_dialog_stays_open(
    qtbot: QtBot, tasks: TaskRunner, workspace: Workspace, tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    blocked = tmp_path / "a-file" / "settings.json"
    settings = Settings(workspace=str(workspace.root))
    dialog = SettingsDialog(
        settings, build_services(workspace, settings, "tech1"), settings_file=blocked, tasks=tasks, check_delay_ms=10
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.ok.isEnabled)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.summary.text().startswith(f"Les réglages n'ont pas pu être enregistrés dans {blocked}")
    assert dialog.isVisible() and dialog.saved is None and dialog.changed_fields == set()


def test_the_mailbox_is_set_on_its_tab_and_its_password_kept_apart(
    qtbot: QtBot, open_dialog: OpenDialog, settings_file: Path, workspace: Workspace
) -> None:
    dialog = open_dialog()
    retype(qtbot, text_of(dialog, "mail_host"), "imap.nuvea-telecom.fr")
    retype(qtbot, text_of(dialog, "mail_user"), "validation")
    dialog.tabs.fields["mail_security"].editor.setCurrentIndex(1)  # type: ignore[attr-defined]
    number_of(dialog, "mail_port").setValue(143)
    number_of(dialog, "mail_interval_minutes").setValue(10)
    dialog.tabs.mail_password.setText("Secret-de-la-boîte")
    qtbot.waitUntil(dialog.ok.isEnabled)

    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    saved = load_settings(settings_file)
    assert (saved.mail_host, saved.mail_user) == ("imap.nuvea-telecom.fr", "validation")
    assert saved.mail_security == "starttls"
    assert (saved.mail_port, saved.mail_interval_minutes, saved.mail_imported_folder) == (143, 10, "Importé")
    assert load_password("validation@imap.nuvea-telecom.fr") == "Secret-de-la-boîte"
    assert "Secret" not in settings_file.read_text(encoding="utf-8")
    assert dialog.tabs.where("mail_password") == "Mot de passe (Boîte aux lettres)"
