"""The status bar's reminder of imported files that still need a look: an icon and a count, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QToolButton, QWidget


class ImportBadge(QToolButton):
    """Shows "⚠ Importations : N à voir" while N files of the imports wait to be acknowledged; hidden at zero."""

    def __init__(self, shortcut: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shortcut = shortcut
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.show_count(0)

    def show_count(self, waiting: int) -> None:
        self.setText(self.tr("Importations : %1 à voir").replace("%1", str(waiting)))
        self.setAccessibleName(self.tr("Importations à voir : %1").replace("%1", str(waiting)))
        self.setToolTip(
            self.tr("Fichiers importés qui demandent un coup d'œil (doublons, refusés, pages à trier) : %1. (%2)")
            .replace("%1", str(waiting))
            .replace("%2", self._shortcut)
        )
        self.setVisible(waiting > 0)
