"""The settings dialog's tabs: one labelled field per setting, with its explanation as a tooltip."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.settings_check import LIMITS
from telvalid_desktop.core.filing.hot_folder import folder_beside
from telvalid_desktop.db.database import DATABASE_ENV, redacted
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.checked_field import PROBLEM_COLOUR, CheckedField
from telvalid_desktop.gui.widgets.connection_test import ConnectionTest, Probe
from telvalid_desktop.paths import WORKSPACE_ENV, default_workspace

ROOM_FOR_MESSAGES = 60  # pixels: two problems can appear before a page scrolls
FolderChooser = Callable[[QWidget, str, str], str]  # parent, title, folder to start in -> chosen ("" cancelled)


def choose_folder(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


class SettingsTabs(QTabWidget):
    """Owns the editors of every setting, by the setting's name, and the tab each one is on.

    Tabs and labels have mnemonics (Alt+letter) that never clash on a visible page; a label's
    mnemonic gives the focus to its editor, which is also next in the tab order.
    """

    edited = Signal()  # any value changed on screen

    def __init__(
        self,
        tasks: TaskRunner,
        rules: QWidget,
        parent: QWidget | None = None,
        *,
        chooser: FolderChooser,
        probe: Probe,
        team: QWidget | None = None,
        letterhead: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._chooser = chooser
        self._tasks, self._probe = tasks, probe
        self.fields: dict[str, CheckedField] = {}
        self._captions: dict[str, QLabel] = {}
        self._tab_of: dict[str, int] = {}
        self._texts: dict[str, QLineEdit] = {}
        self._choices: dict[str, QComboBox] = {}
        self._numbers: dict[str, QSpinBox] = {}
        self._form = QFormLayout()
        self._pages: list[QWidget] = [rules]  # what the tabs show, scroll areas aside
        self._build_general()
        self._build_scanner()
        self._build_mailbox()
        self.addTab(rules, self.tr("&Règles"))
        if team is not None:  # the team's values, from the database (team_policy_panel.py)
            self._pages.append(team)
            self.addTab(team, self.tr("É&quipe"))
        if letterhead is not None:  # who signs the team's letters, beside its policy (letterhead_panel.py)
            self._pages.append(letterhead)
            self.addTab(letterhead, self.tr("E&xpéditeur des courriers"))
        self._build_thresholds()

    # --- building -----------------------------------------------------------------------------

    def _page(self, title: str) -> None:
        """Start a tab: the rows added next go on it. A page scrolls rather than squeezing its rows
        when messages appear on it while it is hidden (a hidden page does not resize the dialog)."""
        page = QWidget(self)
        self._form = QFormLayout(page)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setAccessibleName(title)
        scroll.viewport().setAutoFillBackground(False)
        page.setAutoFillBackground(False)
        self._pages.append(page)
        self.addTab(scroll, title)

    def _row(self, name: str, caption: str, editor: QWidget, tip: str, *beside: QWidget) -> None:
        label = QLabel(caption, self)
        label.setBuddy(editor)
        label.setToolTip(tip)
        editor.setToolTip(tip)
        field = CheckedField(editor, *beside, parent=self, expand=isinstance(editor, QLineEdit))
        self._form.addRow(label, field)
        self.fields[name], self._captions[name], self._tab_of[name] = field, label, self.count() - 1

    def _folder(self, name: str, caption: str, tip: str) -> QLineEdit:
        editor = self._texts[name] = QLineEdit(self)
        browse = QPushButton(self.tr("Parcourir…"), self)
        browse.clicked.connect(lambda: self._browse(name))
        self._row(name, caption, editor, tip, browse)
        return editor

    def _choice(self, name: str, caption: str, tip: str, choices: list[tuple[str, str]]) -> None:
        combo = self._choices[name] = QComboBox(self)
        for text, value in choices:
            combo.addItem(text, value)
        self._row(name, caption, combo, tip)

    def _number(self, name: str, caption: str, suffix: str, tip: str) -> QSpinBox:
        spin = self._numbers[name] = QSpinBox(self)
        spin.setRange(*LIMITS[name])
        spin.setSuffix(suffix)
        spin.setMinimumWidth(200)
        self._row(name, caption, spin, tip)
        return spin

    def _text(self, text: str, *, bold: bool = False) -> None:
        label = QLabel(text, self)
        label.setWordWrap(True)
        if bold:  # a section's title, set apart from the rows above
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setContentsMargins(0, 0 if self._form.rowCount() == 0 else 10, 0, 0)
        self._form.addRow(label)

    def _build_general(self) -> None:
        self._page(self.tr("&Général"))
        default = str(default_workspace())
        workspace_tip = self.tr(
            "Le dossier des scans, des courriers et des miniatures (et la base SQLite d'un poste seul). "
            "Avec un serveur partagé : le même dossier réseau pour tous les postes."
        )
        self._folder("workspace", self.tr("&Espace de travail"), workspace_tip).setPlaceholderText(
            self.tr("vide : %1").replace("%1", default)
        )
        database = self._texts["database_url"] = QLineEdit(self)
        database.setPlaceholderText(self.tr("vide : SQLite dans l'espace de travail"))
        database_tip = self.tr(
            "Vide : une base SQLite dans l'espace de travail, pour un poste seul. Plusieurs postes partagent un "
            "serveur PostgreSQL : postgresql://utilisateur@serveur/base (le mot de passe va de préférence dans "
            "le fichier .pgpass de l'utilisateur plutôt que dans l'adresse)."
        )
        self._row("database_url", self.tr("B&ase de données"), database, database_tip)
        self.connection = ConnectionTest(self._tasks, self, probe=self._probe)  # made here: next in the tab order
        self._form.addRow("", self.connection)
        station_tip = self.tr(
            "La fenêtre que ce poste ouvre. Un utilisateur du rôle courrier a toujours celle du courrier."
        )
        stations = [
            (self.tr("Technicien : vérification et validation des dossiers"), "technician"),
            (self.tr("Courrier : numérisation et tri des enveloppes"), "mailroom"),
        ]
        self._choice("station", self.tr("&Poste de travail"), station_tip, stations)
        language_tip = self.tr("La langue des menus et des messages de ce poste.")
        self._choice("language", self.tr("&Langue"), language_tip, [("Français", "fr"), ("English", "en")])
        after_tip = self.tr("Ce que la fenêtre montre une fois un dossier validé ou mis en attente.")
        after = [
            (self.tr("Ouvrir le dossier suivant de la file"), "next"),
            (self.tr("Rester sur le dossier"), "stay"),
        ]
        self._choice("after_decision", self.tr("Après une &décision"), after_tip, after)
        for name, variable in (("workspace", WORKSPACE_ENV), ("database_url", DATABASE_ENV)):
            value = os.environ.get(variable, "").strip()
            if value:
                note = self.tr("Sur ce poste, %1 (%2) l'emporte sur ce réglage.")
                self.fields[name].set_note(note.replace("%1", variable).replace("%2", redacted(value)))

    def _build_scanner(self) -> None:
        self._page(self.tr("Dossier du &scanner"))
        self._text(
            self.tr(
                "Le poste courrier importe les fichiers que le scanner réseau dépose dans ce dossier dès qu'ils "
                "sont complets, puis les range : les fichiers traités d'un côté, les refusés de l'autre avec une "
                "note qui dit pourquoi. Rien n'est effacé."
            )
        )
        inbox_tip = self.tr("Il faut pouvoir y lire et y écrire : les fichiers en sont retirés une fois importés.")
        self._folder("hot_folder", self.tr("&Dossier du scanner"), inbox_tip).setPlaceholderText(
            self.tr("vide : aucun dossier surveillé")
        )
        archive_tip = self.tr(
            "Où ranger les fichiers importés, un sous-dossier par jour. Vide : à côté du dossier du scanner."
        )
        self._folder("hot_folder_archive", self.tr("Fichiers &traités"), archive_tip)
        refused_tip = self.tr(
            "Où mettre les fichiers refusés, chacun avec sa note. Vide : à côté du dossier du scanner."
        )
        self._folder("hot_folder_quarantine", self.tr("Fichiers re&fusés"), refused_tip)

    def _build_mailbox(self) -> None:
        """The team's mailbox; its password is kept apart from the settings (``mail_password``)."""
        self._page(self.tr("&Boîte aux lettres"))
        self._text(
            self.tr(
                "Le poste courrier relève la boîte aux lettres de l'équipe (IMAP, connexion chiffrée) : chaque "
                "courriel devient un envoi, puis il est rangé sur le serveur dans le dossier des courriels "
                "importés, ou des refusés. Rien n'est effacé."
            )
        )
        host = self._line("mail_host", self.tr("Ser&veur IMAP"), self.tr("Par exemple imap.entreprise.fr."))
        host.setPlaceholderText(self.tr("vide : aucune boîte relevée"))
        self._number("mail_port", self.tr("&Port"), "", self.tr("993 pour IMAPS, 143 pour STARTTLS."))
        self._line("mail_user", self.tr("I&dentifiant"), self.tr("L'identifiant de connexion de la boîte."))
        self.mail_password = QLineEdit(self)
        self.mail_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.mail_password.setPlaceholderText(self.tr("inchangé"))
        password_tip = self.tr(
            "Gardé dans le trousseau du système, sinon dans un fichier que seul votre compte peut lire ; "
            "jamais dans le fichier des réglages."
        )
        self._row("mail_password", self.tr("&Mot de passe"), self.mail_password, password_tip)
        security = [
            (self.tr("TLS dès la connexion (IMAPS)"), "tls"),
            (self.tr("STARTTLS"), "starttls"),
        ]
        self._choice("mail_security", self.tr("&Chiffrement"), self.tr("Ce que le serveur demande."), security)
        self._line(
            "mail_imported_folder",
            self.tr("Dossier des courriels impor&tés"),
            self.tr("Sur le serveur ; créé s'il n'existe pas."),
        )
        self._line(
            "mail_quarantine_folder",
            self.tr("Dossier des courriels ref&usés"),
            self.tr("Sur le serveur : les courriels dont rien n'a pu être importé, à regarder."),
        )
        self._number(
            "mail_interval_minutes",
            self.tr("Relever &automatiquement toutes les"),
            self.tr(" minutes"),
            self.tr("Tant que la fenêtre du courrier est ouverte ; Ctrl+M relève tout de suite."),
        )

    def _line(self, name: str, caption: str, tip: str) -> QLineEdit:
        editor = self._texts[name] = QLineEdit(self)
        self._row(name, caption, editor, tip)
        return editor

    def _build_thresholds(self) -> None:
        """This workstation's own delays; the team's thresholds are on the Équipe tab."""
        self._page(self.tr("Seu&ils"))
        self._text(self.tr("Dossiers ouverts sur ce poste"), bold=True)
        timeout_tip = self.tr(
            "Un dossier ouvert reste réservé à son technicien ; passé ce délai, un autre peut le reprendre."
        )
        self._number(
            "claim_timeout_minutes", self.tr("Libéré au&tomatiquement après"), self.tr(" minutes"), timeout_tip
        )

    def sizeHint(self) -> QSize:
        """Tall enough for the longest page and a few messages without scrolling."""
        hint = super().sizeHint()
        tallest = max(page.sizeHint().height() for page in self._pages)
        return hint.expandedTo(QSize(hint.width(), tallest + self.tabBar().sizeHint().height() + ROOM_FOR_MESSAGES))

    # --- values -----------------------------------------------------------------------------

    def show_settings(self, settings: Settings) -> None:
        """Put ``settings`` on screen, then tell of every later change (``edited``)."""
        for name, editor in self._texts.items():
            editor.setText(getattr(settings, name))
            editor.textChanged.connect(self.edited)
        for name, combo in self._choices.items():
            combo.setCurrentIndex(combo.findData(getattr(settings, name)))
            combo.currentIndexChanged.connect(self.edited)
        for name, spin in self._numbers.items():
            spin.setValue(getattr(settings, name))
            spin.valueChanged.connect(self.edited)
        self._texts["database_url"].textChanged.connect(lambda text: self.connection.set_url(text.strip()))
        self._texts["hot_folder"].textChanged.connect(self._show_defaults_beside)
        self.connection.set_url(settings.database_url)
        self._show_defaults_beside()

    def values(self, original: Settings) -> Settings:
        """``original`` with the values on screen (a choice this version lacks is kept, to be reported)."""
        values: dict[str, object] = {name: editor.text().strip() for name, editor in self._texts.items()}
        for name, combo in self._choices.items():
            values[name] = combo.currentData() if combo.currentIndex() >= 0 else getattr(original, name)
        values.update({name: spin.value() for name, spin in self._numbers.items()})
        return replace(original, **values)  # type: ignore[arg-type]

    def where(self, name: str) -> str:
        """A setting's label and tab, as "Orange après (Seuils)"."""
        caption, tab = self.caption(name), self.tabText(self._tab_of[name]).replace("&", "")
        return caption if caption == tab else f"{caption} ({tab})"

    def caption(self, name: str) -> str:
        return self._captions[name].text().replace("&", "")

    def show_problems(self, texts: dict[str, list[str]]) -> None:
        """Each field's problems under it; a tab holding one has its title in red."""
        for name, field in self.fields.items():
            field.show_problems(texts.get(name, []))
        wrong = {self._tab_of[name] for name in texts if name in self._tab_of}
        for tab in range(self.count()):
            self.tabBar().setTabTextColor(tab, QColor(PROBLEM_COLOUR) if tab in wrong else QColor())

    def _show_defaults_beside(self) -> None:
        inbox = self._texts["hot_folder"].text().strip()
        for name, kind in (("hot_folder_archive", "archive"), ("hot_folder_quarantine", "quarantine")):
            beside = str(folder_beside(Path(inbox), kind)) if inbox else self.tr("à côté du dossier du scanner")
            self._texts[name].setPlaceholderText(self.tr("vide : %1").replace("%1", beside))

    def _browse(self, name: str) -> None:
        chosen = self._chooser(self, self.caption(name), self._texts[name].text().strip())
        if chosen:
            self._texts[name].setText(chosen)
