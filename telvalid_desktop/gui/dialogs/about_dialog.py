"""The About box: versions and places, what a support request needs, copyable in one click."""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable

import pymupdf
import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop import __version__
from telvalid_desktop.config import settings_path
from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.db.database import redacted, sqlite_path
from telvalid_desktop.intake.ocr import describe_ocr


class AboutDialog(QDialog):
    """Names every version and folder involved, so a user can answer "which version, where?"."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de TelValid Desktop"))
        self._open_url = open_url
        self._workspace = services.workspace.root
        self.rows = self._rows(services)
        title = QLabel(f"<h2>TelValid Desktop {__version__}</h2>", self)
        summary = QLabel(
            self.tr(
                "Lecture du numéro de procédure des scans, regroupement des envois en dossiers, "
                "vérification des pièces, mises en attente et validations des prélèvements "
                "des groupes téléphonie."
            ),
            self,
        )
        summary.setWordWrap(True)
        form = QFormLayout()
        for label, value in self.rows:
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            form.addRow(label, shown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copier ces informations"), self)
        copy.clicked.connect(self.copy_to_clipboard)
        folder = QPushButton(self.tr("&Ouvrir l'espace de travail"), self)
        folder.clicked.connect(lambda: self._open_url(QUrl.fromLocalFile(str(self._workspace))))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _rows(self, services: Services) -> list[tuple[str, str]]:
        workspace = services.workspace
        ocr = describe_ocr()
        tesseract = (
            self.tr("%1 (%2) ; modèles : %3")
            .replace("%1", ocr.version)
            .replace("%2", ocr.engine)
            .replace("%3", str(ocr.tessdata) if ocr.tessdata else self.tr("introuvables"))
            if ocr.engine
            else self.tr("introuvable : les scans sans texte ne peuvent pas être lus")
        )
        sqlite_file = sqlite_path(workspace.database_url, workspace.root)
        database = (
            self.tr("SQLite : %1").replace("%1", str(sqlite_file)) if sqlite_file else redacted(workspace.database_url)
        )
        return [
            (self.tr("Espace de travail"), str(workspace.root)),
            (self.tr("Base de données"), database),
            (self.tr("Réglages"), str(settings_path())),
            (self.tr("Journaux"), str(workspace.logs)),
            (self.tr("Utilisateur"), services.user),
            ("Qt", self.tr("%1 (PySide6 %2)").replace("%1", qVersion()).replace("%2", PySide6.__version__)),
            ("PyMuPDF", self.tr("%1 (MuPDF %2)").replace("%1", pymupdf.VersionBind).replace("%2", pymupdf.VersionFitz)),
            ("Tesseract", tesseract),
            ("Python", sys.version.split()[0]),
            (self.tr("Système"), platform.platform()),
        ]

    def as_text(self) -> str:
        """The rows as plain lines, for a support e-mail."""
        return "\n".join([f"TelValid Desktop {__version__}"] + [f"{label} : {value}" for label, value in self.rows])

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())
