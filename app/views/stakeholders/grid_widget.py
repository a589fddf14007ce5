"""The power/interest grid widget: drag a marker to set power and interest.

The widget only paints and reports gestures (selection, a finished drag, an arrow-key
nudge); the page turns them into commands. While a marker is dragged it is drawn at
the snapped spot it would be dropped on; the stored scores change once, on release.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.core.stakeholders import quadrant
from app.models.stakeholders import StakeholderRecord
from app.views.stakeholders.grid_picture import GridPicture, GridStyle


class PowerInterestGrid(QWidget):
    selection_requested = Signal(list, bool)  # person ids, toggle (Ctrl+click)
    moved = Signal(int, int, int)  # person id, power, interest: a finished drag
    nudged = Signal(int, int, int)  # the same from an arrow key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records: list[StakeholderRecord] = []
        self.scale = 10
        self.selected: set[int] = set()
        self.show_targets = True
        self._picture: GridPicture | None = None
        self._press: tuple[int, QPointF] | None = None  # marker id, where pressed
        self._moving: dict[int, tuple[int, int]] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- contents ----------------------------------------------------------------------

    def set_records(self, records: Sequence[StakeholderRecord], scale: int) -> None:
        self.records, self.scale = list(records), scale
        self._picture = None
        self.update()

    def set_selected(self, ids: Iterable[int]) -> None:
        ids = set(ids)
        if ids != self.selected:
            self.selected = ids
            self.update()

    def set_show_targets(self, on: bool) -> None:
        self.show_targets = on
        self.update()

    def picture(self) -> GridPicture:
        """The laid-out grid for the current size (recomputed only when stale)."""
        size = QSizeF(self.size())
        if self._picture is None or self._picture.size != size:
            self._picture = GridPicture(self.records, self.scale, size, self.font())
        return self._picture

    def relayout(self) -> None:
        """Forget the layout (language or font changed)."""
        self._picture = None
        self.update()

    def marker_centre(self, person_id: int) -> QPoint:
        x, y = self.picture().layout.markers[person_id]
        return QPoint(round(x), round(y))

    # -- painting ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(440, 380)  # the matrix beside it gets its width first

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 260)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        picture = self.picture()
        picture.paint(painter, GridStyle.from_palette(self.palette()), self.selected,
                      self.show_targets, self._moving)
        if self._moving:
            self._paint_hint(painter, picture)
        if self.hasFocus():
            pen = QColor(self.palette().color(self.palette().ColorRole.Highlight))
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _paint_hint(self, painter: QPainter, picture: GridPicture) -> None:
        """Where the marker will land, in words, at the top of the plot."""
        (power, interest), = self._moving.values()
        text = self.tr("Power {power} \u00b7 Interest {interest} \u00b7 {quadrant}").format(
            power=power, interest=interest,
            quadrant=quadrant(power, interest, self.scale).label)
        fm = QFontMetricsF(self.font())
        box = QRectF(picture.plot.left + 6, picture.plot.top + picture.plot.height / 2
                     - fm.height(), fm.horizontalAdvance(text) + 16, fm.height() + 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(self.palette().ColorRole.ToolTipBase))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(self.palette().color(self.palette().ColorRole.ToolTipText))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # -- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        key = self.picture().marker_at(event.position())
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key is None:
            if not toggle:
                self.selection_requested.emit([], False)
            return
        if toggle:
            self.selection_requested.emit([key], True)
            return
        if key not in self.selected:
            self.selection_requested.emit([key], False)
        self._press = (key, event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        key, start = self._press
        if not self._moving and (event.position() - start).manhattanLength() < \
                QApplication.startDragDistance():
            return
        plot = self.picture().plot
        spot = (plot.power_at(event.position().y()), plot.interest_at(event.position().x()))
        if self._moving.get(key) != spot:
            self._moving = {key: spot}
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        key, _ = self._press
        spot = self._moving.get(key)
        self._press, self._moving = None, {}
        self.update()
        record = next((r for r in self.records if r.id == key), None)
        if spot and record and spot != (record.power, record.interest):
            self.moved.emit(key, *spot)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            key = self.picture().marker_at(QPointF(event.pos()))
            if key is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._details(key), self)
            return True
        return super().event(event)

    def _details(self, key: int) -> str:
        record = next(r for r in self.records if r.id == key)
        lines = [f"<b>{_html(record.name)}</b>"]
        lines += [_html(t) for t in (record.title, record.organisation) if t]
        lines.append(self.tr("Power {power}, interest {interest}: {quadrant}").format(
            power=record.power, interest=record.interest,
            quadrant=record.quadrant(self.scale).label))
        lines.append(self.tr("Attitude: {attitude}").format(attitude=record.attitude.label))
        if record.engagement_current or record.engagement_desired:
            lines.append(self.tr("Engagement: {current} \u2192 {desired}").format(
                current=record.engagement_current.label if record.engagement_current else "?",
                desired=record.engagement_desired.label if record.engagement_desired else "?"))
        if record.has_target:
            lines.append(self.tr("Target: power {power}, interest {interest}").format(
                power=record.target_power, interest=record.target_interest))
        if record.confidential:
            lines.append(f"<i>{self.tr('Confidential')}</i>")
        return "<br>".join(lines)

    # -- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self._press:
            self._press, self._moving = None, {}
            self.update()
            return
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
                 Qt.Key.Key_Up: (1, 0), Qt.Key.Key_Down: (-1, 0)}
        step = steps.get(Qt.Key(event.key()))
        if step is None or len(self.selected) != 1:
            return super().keyPressEvent(event)
        key, = self.selected
        record = next((r for r in self.records if r.id == key), None)
        if record is None:
            return
        power = min(self.scale, max(1, record.power + step[0]))
        interest = min(self.scale, max(1, record.interest + step[1]))
        if (power, interest) != (record.power, record.interest):
            self.nudged.emit(key, power, interest)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange,
                            QEvent.Type.PaletteChange):
            self.relayout()
        super().changeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
