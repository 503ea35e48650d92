"""A form field that says what is wrong with its value right under it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

PROBLEM_COLOUR = "#a33"  # as the procedure-number dialog's hint


class CheckedField(QWidget):
    """Owns an editor (with buttons beside it), a grey note and the red problem text below it.

    The editor gets the focus for the field (so a form label's mnemonic reaches it) and is
    outlined in red while there is a problem; the text is also its accessible description.
    The outline is painted around the editor rather than set as a style sheet, which would
    draw a spin box or a combo box in another style.
    """

    def __init__(self, editor: QWidget, *beside: QWidget, parent: QWidget | None = None, expand: bool = True) -> None:
        super().__init__(parent)
        self.editor = editor
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #666;")
        self.note.hide()
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(1, 1, 1, 1)  # room for the outline
        row.addWidget(editor, 1 if expand else 0)
        for widget in beside:
            row.addWidget(widget)
        if not expand:  # a number or a choice keeps its own width
            row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        self.setFocusProxy(editor)

    def show_problems(self, texts: list[str]) -> None:
        """Show ``texts`` (one per line), or nothing when the value is fine."""
        text = "\n".join(texts)
        if text == self.problem.text():
            return
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.editor.setAccessibleDescription(text)
        self.update()

    def set_note(self, text: str) -> None:
        """A remark that is not a problem (an environment variable that wins over the setting)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.problem.text():
            painter = QPainter(self)
            painter.setPen(QPen(QColor(PROBLEM_COLOUR), 1))
            painter.drawRect(self.editor.geometry().adjusted(-1, -1, 0, 0))
