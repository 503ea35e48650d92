"""How a hold's age level is told apart without its colour: a word, a glyph and an icon of its own shape.

The rows of the hold review are tinted amber (warning) or red (alert); a reader who does not see
the tint reads "à surveiller" / "en alerte" in the tooltip and what a screen reader says, and sees a
triangle (warning) or a diamond (alert) before the days on hold, the same glyphs as in the counts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from telvalid_desktop.core.supervision.hold_review import AgingLevel

GLYPHS = {AgingLevel.WARNING: "▲", AgingLevel.ALERT: "◆"}
MARK_COLOURS = {AgingLevel.WARNING: QColor("#b26a00"), AgingLevel.ALERT: QColor("#b3261e")}
ICON_PX = 16


def level_word(level: AgingLevel) -> str:
    """The level in words ("" for a hold not yet old)."""
    words = {
        AgingLevel.WARNING: QCoreApplication.translate("HoldReview", "à surveiller"),
        AgingLevel.ALERT: QCoreApplication.translate("HoldReview", "en alerte"),
    }
    return words.get(level, "")


def _shape(level: AgingLevel, size: float) -> QPainterPath:
    path = QPainterPath()
    if level == AgingLevel.WARNING:
        path.addPolygon(QPolygonF([QPointF(size / 2, 1), QPointF(size - 1, size - 1), QPointF(1, size - 1)]))
    else:
        half = size / 2
        path.addPolygon(
            QPolygonF([QPointF(half, 0.5), QPointF(size - 0.5, half), QPointF(half, size - 0.5), QPointF(0.5, half)])
        )
    path.closeSubpath()
    return path


def level_icon(level: AgingLevel) -> QIcon | None:
    """A triangle (warning) or a diamond (alert) with an exclamation mark; None for a normal age."""
    if level not in GLYPHS:
        return None
    pixmap = QPixmap(ICON_PX, ICON_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#202020"), 1))
    painter.setBrush(MARK_COLOURS[level])
    painter.drawPath(_shape(level, ICON_PX))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(ICON_PX - 6)
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(
        QRectF(0, 2 if level == AgingLevel.WARNING else 0, ICON_PX, ICON_PX), Qt.AlignmentFlag.AlignCenter, "!"
    )
    painter.end()
    return QIcon(pixmap)
