"""A band above a window's work telling that the workspace is the demo, and how to try it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DemoBanner(QLabel):
    """Says the data is fictitious, so no one mistakes the demo for real customers."""

    def __init__(self, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_banner")
        self.setWordWrap(True)
        self.setText(self.tr("<b>Espace de démonstration</b> : clients et documents fictifs. %1").replace("%1", hint))
        self.setStyleSheet(
            "#demo_banner { background: #fff4ce; color: #4a3b00; border-bottom: 1px solid #e0c96a; padding: 6px 12px; }"
        )


def with_banner(banner: QWidget, content: QWidget) -> QWidget:
    """``content`` with ``banner`` above it, as one central widget."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(content, 1)
    return holder
