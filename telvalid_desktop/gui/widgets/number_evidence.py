"""The procedure number beside the image it was read from, with how sure the reading is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

CROP_HEIGHT_PX = 64


class NumberEvidence(QWidget):
    """Owns the crop of the header band and the reading's method and confidence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLabel(self)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number.setAccessibleName(self.tr("Numéro de procédure lu"))
        font = self.number.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.number.setFont(font)
        self.crop = QLabel(self)
        self.crop.setMinimumHeight(CROP_HEIGHT_PX)
        self.crop.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.detail = QLabel(self)
        self.detail.setStyleSheet("color: palette(mid);")
        text = QVBoxLayout()
        text.addWidget(self.number)
        text.addWidget(self.detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(text)
        layout.addWidget(self.crop, 1)

    def show_reading(
        self, number: str, method: str, confidence: float | None, crop: Path | None, disagreeing_pages: int
    ) -> None:
        """Show ``number`` with the evidence of the reading chosen for the dossier."""
        self.number.setText(number)
        methods = {
            "text": self.tr("texte du PDF"),
            "ocr": self.tr("lecture optique"),
            "manual": self.tr("saisi à la main"),
            "barcode": self.tr("code-barres"),
        }
        parts = [methods.get(method, method or self.tr("affecté"))]
        if confidence is not None and method == "ocr":
            parts.append(self.tr("confiance %1 %").replace("%1", str(round(confidence * 100))))
        if disagreeing_pages:
            parts.append(self.tr("%n page(s) en désaccord", "", disagreeing_pages))
        self.detail.setText(" · ".join(parts))
        pixmap = QPixmap(str(crop)) if crop is not None and crop.exists() else QPixmap()
        if pixmap.isNull():
            self.crop.clear()
        else:
            if pixmap.height() > CROP_HEIGHT_PX:
                pixmap = pixmap.scaledToHeight(CROP_HEIGHT_PX, Qt.TransformationMode.SmoothTransformation)
            self.crop.setPixmap(pixmap)
