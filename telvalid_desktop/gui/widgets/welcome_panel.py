"""What a newcomer sees in an empty workspace: what the tool does, and three ways to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QFrame):
    """Explains the work in three steps and offers the window's own actions as buttons."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_panel")
        title = QLabel(self.tr("<h2>Bienvenue dans TelValid Desktop</h2>"), self)
        lead = QLabel(self.tr("Cet espace de travail est vide : aucun scan n'y a encore été importé."), self)
        steps = QLabel(
            self.tr(
                "<ol>"
                "<li><b>Le courrier</b> scanne les enveloppes, une feuille intercalaire entre deux envois, et "
                "dépose les fichiers dans le dossier surveillé (ou les importe ici).</li>"
                "<li><b>TelValid</b> lit le numéro de procédure imprimé en haut de chaque page et range chaque "
                "envoi dans le dossier de ce numéro : les envois d'un même client, même reçus à des jours "
                "différents, se retrouvent dans un seul dossier.</li>"
                "<li><b>Vous</b> ouvrez un dossier, cochez les pièces reçues (formulaire signé, RIB, pièce "
                "d'identité, chèque barré, Kbis), puis le validez, ou le mettez en attente : la lettre au "
                "client qui dit ce qui manque est prête.</li>"
                "</ol>"
            ),
            self,
        )
        steps.setWordWrap(True)
        steps.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for action in actions:
            button = QPushButton(self._button_text(action), self)
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Vous pouvez aussi glisser des PDF ou des images sur cette fenêtre.  F1 : raccourcis clavier · "
                "Maj+F1 : guide d'utilisation."
            ),
            self,
        )
        hint.setEnabled(False)  # drawn in the palette's quieter colour
        column = QVBoxLayout()
        for widget in (title, lead, steps):
            column.addWidget(widget)
        column.addLayout(buttons)
        column.addWidget(hint)
        column.addStretch(1)
        box = QWidget(self)
        box.setLayout(column)
        box.setMaximumWidth(760)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)
        outer.setContentsMargins(24, 32, 24, 24)

    @staticmethod
    def _button_text(action: QAction) -> str:
        text = action.text().replace("&", "")
        keys = action.shortcut().toString()
        return f"{text} ({keys})" if keys else text
