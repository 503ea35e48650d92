"""The user guide inside the window: one tab per role, opened on the reader's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from telvalid_desktop.core.roles import Role, role_of
from telvalid_desktop.paths import resource_path

GUIDES = (
    (Role.MAILROOM, "courrier.md"),
    (Role.TECHNICIAN, "technicien.md"),
    (Role.LEAD, "responsable.md"),
)


def guide_folder() -> Path:
    """docs/guide beside resources/, in a source checkout as in the bundle."""
    return resource_path().parent / "docs" / "guide"


class GuideDialog(QDialog):
    """Renders the Markdown guides (with their screenshots) in a text browser."""

    def __init__(self, user: str, parent: QWidget | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide d'utilisation"))
        folder = folder or guide_folder()
        titles = {
            Role.MAILROOM: self.tr("Courrier"),
            Role.TECHNICIAN: self.tr("Technicien"),
            Role.LEAD: self.tr("Responsable"),
        }
        self.tabs = QTabWidget(self)
        for role, name in GUIDES:
            browser = QTextBrowser(self)
            browser.setOpenExternalLinks(True)
            page = folder / name
            if page.is_file():
                browser.setSource(QUrl.fromLocalFile(str(page)))
            else:
                browser.setPlainText(self.tr("Le guide n'est pas installé sur ce poste (%1).").replace("%1", str(page)))
            self.tabs.addTab(browser, titles[role])
        mine = role_of(user)
        self.tabs.setCurrentIndex(next((i for i, (role, _) in enumerate(GUIDES) if role == mine), 1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(900, 760)
